/**
 * Unlisted page (/store-harness.html) that exposes the REAL store modules on `window.pitchsideStore`,
 * so Chromium tests can drive them through `page.evaluate` against real IndexedDB and a real server.
 * It renders nothing and is never linked from the product UI.
 */
import { db } from '../../store/db.ts';
import { deleteCall, getCall, listCalls, markInterruptedCalls, saveCall, updateCall } from '../../store/calls.ts';
import { saveMoments, saveSegment, saveSegments } from '../../store/transcript.ts';
import { getSettings, getPulledPlaybook, updateSettings } from '../../store/settings.ts';
import { retryParked } from '../../store/outbox.ts';
import { getSyncStatus } from '../../store/sync-state.ts';
import { syncNow } from '../../store/sync-client.ts';
import { hasServerPermission } from '../../store/server-permission.ts';

const store = {
  db,
  saveCall,
  updateCall,
  deleteCall,
  getCall,
  listCalls,
  markInterruptedCalls,
  saveSegment,
  saveSegments,
  saveMoments,
  getSettings,
  updateSettings,
  getPulledPlaybook,
  retryParked,
  getSyncStatus,
  syncNow,
  hasServerPermission,
};

declare global {
  interface Window {
    pitchsideStore: typeof store;
  }
}

window.pitchsideStore = store;
