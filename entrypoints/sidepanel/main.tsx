import { render } from 'preact';
import { App } from './App.tsx';
import { startStore } from './store.ts';

startStore();
render(<App />, document.getElementById('app')!);
// The first render is in the DOM: bench/sidepanel.ts reads this mark (target: under 150 ms).
performance.mark('pitchside:first-render');
