import { addOrg, addUser } from '../../server/accounts.ts';
import { migrateDb, openDb } from '../../server/db/open-db.ts';
import type { Role } from '../../server/db/schema/index.ts';

export interface SeededUser {
  userId: string;
  token: string;
  email: string;
  password: string;
  role: Role;
}

/** Two orgs with every role: acme (rep1, rep2, manager, admin) and globex (manager, rep). */
export type Team = Record<'rep1' | 'rep2' | 'manager' | 'admin' | 'otherManager' | 'otherRep', SeededUser>;

/** Migrates the database at `url` (file: or a sqld http: URL) and adds the two orgs' users. */
export async function seedTeam(url: string, tag = Math.random().toString(36).slice(2, 8)): Promise<Team> {
  const db = await openDb(url);
  await migrateDb(db);
  const acme = (await addOrg(db, `Acme ${tag}`)).orgId;
  const globex = (await addOrg(db, `Globex ${tag}`)).orgId;
  const make = async (orgId: string, name: string, role: Role): Promise<SeededUser> => {
    const email = `${name}-${tag}@example.test`;
    const password = `pw-${name}-secret`;
    const { userId, token } = await addUser(db, { orgId, email, role, name, password });
    return { userId, token, email, password, role };
  };
  const team: Team = {
    rep1: await make(acme, 'rep1', 'rep'),
    rep2: await make(acme, 'rep2', 'rep'),
    manager: await make(acme, 'manager', 'manager'),
    admin: await make(acme, 'admin', 'admin'),
    otherManager: await make(globex, 'otherManager', 'manager'),
    otherRep: await make(globex, 'otherRep', 'rep'),
  };
  db.$client.close();
  return team;
}
