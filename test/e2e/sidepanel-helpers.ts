/**
 * Helpers for the side panel e2e test: reading the extension's IndexedDB ('pitchside', written by
 * Dexie) from the panel page with the plain IndexedDB API, and dropping a file on an element the
 * way a drag from the desktop does (a `drop` event whose DataTransfer holds a File).
 */
import type { Page } from 'playwright-core';

export interface CallRows {
  calls: number;
  segments: number;
  moments: number;
  audio: number;
}

/** How many rows of each table belong to the call. */
export function idbCounts(panel: Page, callId: string): Promise<CallRows> {
  return panel.evaluate(async (callId) => {
    const idb = await new Promise<IDBDatabase>((ok, no) => {
      const req = indexedDB.open('pitchside');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => no(req.error);
    });
    const count = (table: string, index: string) => new Promise<number>((ok, no) => {
      const store = idb.transaction(table).objectStore(table);
      const req = index === 'id' ? store.count(callId) : store.index(index).count(callId);
      req.onsuccess = () => ok(req.result);
      req.onerror = () => no(req.error);
    });
    const rows = {
      calls: await count('calls', 'id'),
      segments: await count('segments', 'callId'),
      moments: await count('moments', 'callId'),
      audio: await count('audio', 'callId'),
    };
    idb.close();
    return rows;
  }, callId);
}

/** The stored call row, or undefined. */
export function idbCall(panel: Page, callId: string): Promise<{ status: string; model?: string; notes?: string; title: string } | undefined> {
  return panel.evaluate(async (callId) => {
    const idb = await new Promise<IDBDatabase>((ok, no) => {
      const req = indexedDB.open('pitchside');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => no(req.error);
    });
    const row = await new Promise<unknown>((ok, no) => {
      const req = idb.transaction('calls').objectStore('calls').get(callId);
      req.onsuccess = () => ok(req.result);
      req.onerror = () => no(req.error);
    });
    idb.close();
    return row as { status: string; model?: string; notes?: string; title: string } | undefined;
  }, callId);
}

/** The id of the (one) stored call with this title. */
export async function callIdByTitle(panel: Page, title: string): Promise<string> {
  const ids = await panel.evaluate(async (title) => {
    const idb = await new Promise<IDBDatabase>((ok, no) => {
      const req = indexedDB.open('pitchside');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => no(req.error);
    });
    const all = await new Promise<{ id: string; title: string }[]>((ok, no) => {
      const req = idb.transaction('calls').objectStore('calls').getAll();
      req.onsuccess = () => ok(req.result as { id: string; title: string }[]);
      req.onerror = () => no(req.error);
    });
    idb.close();
    return all.filter((c) => c.title === title).map((c) => c.id);
  }, title);
  if (ids.length !== 1) throw new Error(`${ids.length} calls titled ${title}`);
  return ids[0];
}

/** Dispatches dragenter/dragover/drop of a file on the element, like a drag from the desktop. */
export async function dropFile(panel: Page, selector: string, name: string, data: Buffer, type = 'audio/wav'): Promise<void> {
  const transfer = await panel.evaluateHandle(({ name, base64, type }) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], name, { type }));
    return dt;
  }, { name, base64: data.toString('base64'), type });
  for (const event of ['dragenter', 'dragover', 'drop']) await panel.dispatchEvent(selector, event, { dataTransfer: transfer });
  await transfer.dispose();
}

/**
 * A finished 45-minute call as the recorder leaves it, written with plain IndexedDB: 600 segments
 * (every third the customer's, with a sentiment score), 30 moments, metrics; id 'bench-call'.
 */
export function seedLongCall(page: Page): Promise<void> {
  return page.evaluate(`(async () => {
    const callId = 'bench-call';
    const startedAt = Date.now() - 3_600_000;
    const segments = Array.from({ length: 600 }, (_, i) => ({
      id: 'bench-seg-' + i, callId, speaker: i % 3 === 1 ? 'customer' : 'rep', start: i * 4.5, end: i * 4.5 + 4,
      text: 'We looked at the annual plan and the price is a bit higher than what we budgeted for this year, segment ' + i + '.',
      ...(i % 3 === 1 ? { sentiment: { score: Math.sin(i / 20) * 0.6, label: 'neutral' } } : {}),
    }));
    const moments = Array.from({ length: 30 }, (_, i) => ({
      id: 'bench-moment-' + i, callId, kind: ['objection.price', 'buying_signal', 'next_steps', 'talk.monologue'][i % 4],
      speaker: 'customer', start: i * 90 + 4.5, end: i * 90 + 8.5, text: segments[i * 20 + 1].text, severity: 'warning',
      segmentId: segments[i * 20 + 1].id,
    }));
    const metrics = { talkRatio: 0.62, repTalkSeconds: 1600, customerTalkSeconds: 800, longestMonologue: 95, interactivity: 4.1,
      patience: 0.9, questionRate: 2.2, fillerRate: 1.3, wordsPerMinute: 148, customerSentimentMean: 0.1, customerSentimentMin: -0.6, duration: 2700 };
    const call = { id: callId, title: 'Acme renewal', platform: 'meet', status: 'done', startedAt, endedAt: startedAt + 2_700_000,
      duration: 2700, participants: ['Casey Customer'], model: 'onnx-community/whisper-tiny.en', metrics, updatedAt: Date.now() };
    const idb = await new Promise((ok, no) => {
      const req = indexedDB.open('pitchside');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => no(req.error);
    });
    await new Promise((ok, no) => {
      const tx = idb.transaction(['calls', 'segments', 'moments'], 'readwrite');
      tx.objectStore('calls').put(call);
      for (const s of segments) tx.objectStore('segments').put(s);
      for (const m of moments) tx.objectStore('moments').put(m);
      tx.oncomplete = ok;
      tx.onerror = () => no(tx.error);
    });
    idb.close();
  })()`);
}
