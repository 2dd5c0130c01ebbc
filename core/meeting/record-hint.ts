/**
 * The small "Record with Pitchside" hint shown on a live meeting page. Only the toolbar
 * button or the keyboard shortcut can grant tab capture, so the hint points at them.
 * Lives in a closed shadow root so the page's styles neither leak in nor out.
 */
export interface RecordHint {
  show(): void;
  hide(): void;
  remove(): void;
}

const CSS = `
  :host { all: initial; }
  .hint { position: fixed; left: 16px; bottom: 88px; z-index: 2147483647; display: flex; gap: 8px;
    align-items: center; max-width: 320px; padding: 8px 10px; border-radius: 10px;
    font: 13px/1.35 system-ui, sans-serif; color: #fff; background: rgba(20, 24, 33, 0.92);
    box-shadow: 0 2px 10px rgba(0, 0, 0, 0.3); }
  .dot { width: 10px; height: 10px; border-radius: 50%; background: #e5484d; flex: none; }
  kbd { font: inherit; padding: 0 4px; border: 1px solid #889; border-radius: 4px; }
  button { all: unset; cursor: pointer; padding: 0 4px; font-size: 16px; color: #ccd; }
  button:focus-visible { outline: 2px solid #8ab4f8; }
  [hidden] { display: none; }
`;

export function createRecordHint(doc: Document, shortcut = 'Ctrl+Shift+Y'): RecordHint {
  const host = doc.createElement('pitchside-hint');
  const root = host.attachShadow({ mode: 'closed' });
  root.innerHTML = `<style>${CSS}</style>
    <div class="hint" role="status" hidden>
      <span class="dot" aria-hidden="true"></span>
      <span>Record with Pitchside: click its toolbar button or press <kbd></kbd></span>
      <button type="button" aria-label="Hide the Pitchside hint">×</button>
    </div>`;
  const box = root.querySelector<HTMLElement>('.hint')!;
  root.querySelector('kbd')!.textContent = shortcut;
  let dismissed = false;
  root.querySelector('button')!.addEventListener('click', () => {
    dismissed = true;
    box.hidden = true;
  });
  return {
    show() {
      if (dismissed) return;
      if (!host.isConnected) (doc.body ?? doc.documentElement).append(host);
      box.hidden = false;
    },
    hide() {
      box.hidden = true;
    },
    remove() {
      host.remove();
    },
  };
}
