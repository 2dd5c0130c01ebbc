import { render } from 'preact';
import { App } from './App.tsx';
import { startStore } from './store.ts';

startStore();
render(<App />, document.getElementById('app')!);
