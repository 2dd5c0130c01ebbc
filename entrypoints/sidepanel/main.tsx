import { render } from 'preact';
import { effect } from '@preact/signals';
import { App } from './App.tsx';
import { painted, ready, startStore } from './store.ts';

startStore();
render(<App />, document.getElementById('app')!);

// bench/sidepanel.ts reads this mark (target: under 150 ms): the panel's first meaningful frame is
// painted, i.e. the header and the call (live, picked or latest, with its transcript) or "No call
// yet", rendered from the store's answer. Set once `ready`: Preact renders that in a microtask, the
// next animation frame paints it, and a task queued from that frame runs after its paint.
effect(() => {
  if (!ready.value) return;
  requestAnimationFrame(() =>
    setTimeout(() => {
      performance.mark('pitchside:first-render');
      painted.value = true;
    }),
  );
});
