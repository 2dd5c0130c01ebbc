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
