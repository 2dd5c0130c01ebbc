// The views' first import (App.tsx), so that the database read starts before they are set up.
import { startFirstRead } from './first-read.ts';

startFirstRead();
