/** Loads a saved meeting-page snippet (test/core/meeting/markup/) into a happy-dom window. */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';

export function loadMarkup(name: string): { window: Window; document: Document } {
  const window = new Window({ url: 'https://meet.example.test/' });
  const html = readFileSync(new URL(`./markup/${name}`, import.meta.url), 'utf8');
  window.document.write(html);
  return { window, document: window.document as unknown as Document };
}

/** A saved shell page whose `iframe#webclient` shows another saved snippet (same origin, as srcdoc). */
export async function loadFramedMarkup(shell: string, inner: string): Promise<{ window: Window; document: Document; frame: Document }> {
  const { window, document } = loadMarkup(shell);
  const iframe = document.querySelector('iframe#webclient') as HTMLIFrameElement;
  iframe.srcdoc = readFileSync(new URL(`./markup/${inner}`, import.meta.url), 'utf8');
  await window.happyDOM.waitUntilComplete();
  return { window, document, frame: iframe.contentDocument! };
}
