import { startServer } from '../harness/start-server.ts';
import { tempDb } from '../harness/temp-db.ts';
import { seedTeam } from './seed-team.ts';
import { syncSuite } from './sync-suite.ts';

syncSuite('one server, libsql file', async () => {
  const db = tempDb();
  const team = await seedTeam(db.url);
  const server = await startServer(db.url, { MAX_SYNC_BYTES: String(256 * 1024) });
  return {
    urls: [server.url],
    dbUrl: db.url,
    team,
    cleanup: async () => {
      await server.stop();
      db.cleanup();
    },
  };
});
