/**
 * Admin CLI: `npm run admin -- add-org NAME`,
 * `npm run admin -- add-user --org NAME --email E --role rep|manager|admin [--name N] [--password P]`
 * (prints `{ "userId": ..., "token": ... }` once), `npm run admin -- token --email E` (a new token).
 */
import { parseArgs } from 'node:util';
import { AccountError, addOrg, addUser, findOrgByName, findUserByEmail, issueToken } from './accounts.ts';
import { migrateDb, openDb } from './db/open-db.ts';
import { ROLES, type Role } from './db/schema/index.ts';
import { parseEnv } from './env.ts';

const USAGE = `usage:
  admin add-org NAME
  admin add-user --org NAME --email EMAIL --role rep|manager|admin [--name NAME] [--password PASSWORD]
  admin token --email EMAIL`;

async function main(argv: string[]): Promise<unknown> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { org: { type: 'string' }, email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } },
  });
  const [command, ...rest] = positionals;
  const env = parseEnv();
  const db = await openDb(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN, env.DATABASE_SYNCHRONOUS);
  await migrateDb(db);
  switch (command) {
    case 'add-org': {
      if (!rest[0]) throw new AccountError('NAME', 'missing');
      return addOrg(db, rest.join(' '));
    }
    case 'add-user': {
      if (!values.org) throw new AccountError('--org', 'missing');
      if (!values.email) throw new AccountError('--email', 'missing');
      if (!ROLES.includes(values.role as Role)) throw new AccountError('--role', `must be one of ${ROLES.join(', ')}`);
      const org = await findOrgByName(db, values.org);
      if (!org) throw new AccountError('--org', `no org named "${values.org}" (add-org first)`);
      return addUser(db, { orgId: org.id, email: values.email, role: values.role as Role, name: values.name, password: values.password });
    }
    case 'token': {
      if (!values.email) throw new AccountError('--email', 'missing');
      const user = await findUserByEmail(db, values.email);
      if (!user) throw new AccountError('--email', 'no such user');
      return { userId: user.id, token: await issueToken(db, user.id) };
    }
    default:
      throw new AccountError('command', `unknown "${command ?? ''}"\n${USAGE}`);
  }
}

main(process.argv.slice(2)).then(
  (out) => process.stdout.write(JSON.stringify(out) + '\n'),
  (err: Error) => {
    process.stderr.write(`admin: ${err.message}\n`);
    process.exitCode = 1;
  },
);
