import { startServer } from '../harness/start-server.ts';
import { tempDb } from '../harness/temp-db.ts';
import { isolationSuite } from './isolation-suite.ts';
import { seedTeam } from './seed-team.ts';

isolationSuite('one server, libsql file', async () => {
  const db = tempDb();
  const team = await seedTeam(db.url);
  const server = await startServer(db.url);
  return {
    urls: [server.url],
    team,
    cleanup: async () => {
      await server.stop();
      db.cleanup();
    },
  };
});
