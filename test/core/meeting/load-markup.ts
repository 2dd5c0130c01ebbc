/** Loads a saved meeting-page snippet (test/core/meeting/markup/) into a happy-dom window. */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';

export function loadMarkup(name: string): { window: Window; document: Document } {
  const window = new Window({ url: 'https://meet.example.test/' });
  const html = readFileSync(new URL(`./markup/${name}`, import.meta.url), 'utf8');
  window.document.write(html);
  return { window, document: window.document as unknown as Document };
}
