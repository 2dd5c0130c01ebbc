import { render } from 'preact';
import { effect } from '@preact/signals';
import { App } from './App.tsx';
import { afterFirstPaint, painted, ready, startStore } from './store.ts';

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

// The tab-capture stream id for the background (capture-grant.ts), after the first frame so as not
// to delay it; within a second in any case, should the store never answer.
let grants = false;
const answerGrants = () => {
  if (!grants) void import('./capture-grant.ts').then((m) => m.answerStreamIdRequests());
  grants = true;
};
afterFirstPaint(answerGrants);
setTimeout(answerGrants, 1000);
