/** `npm run server`: parse the environment, open and migrate the database, serve on HOST:PORT. */
import { serveApp } from './serve.ts';

serveApp().catch((err: Error) => {
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
});
