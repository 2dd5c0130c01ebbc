import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempDb {
  /** `file:/tmp/.../pitchside.db`: a real libsql file database (never :memory:). */
  url: string;
  dir: string;
  cleanup: () => void;
}

/** A fresh, empty libsql file database in its own temporary folder. */
export function tempDb(prefix = 'pitchside-db-'): TempDb {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { url: `file:${join(dir, 'pitchside.db')}`, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
