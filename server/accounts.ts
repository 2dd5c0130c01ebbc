/** Orgs, users and API tokens: shared by the admin CLI, `npm start` and the admin API. */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from './db/open-db.ts';
import { apiTokens, orgs, users, type Role } from './db/schema/index.ts';
import { hashPassword, randomSecret, sha256 } from './auth/secrets.ts';

export class AccountError extends Error {
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'AccountError';
  }
}

/** Creates an org, or returns the existing one with that name (idempotent). */
export async function addOrg(db: Db, name: string, now = Date.now()): Promise<{ orgId: string; created: boolean }> {
  const trimmed = name.trim();
  if (!trimmed) throw new AccountError('name', 'must not be empty');
  const existing = await db.select({ id: orgs.id }).from(orgs).where(eq(orgs.name, trimmed)).get();
  if (existing) return { orgId: existing.id, created: false };
  const orgId = randomUUID();
  await db.insert(orgs).values({ id: orgId, name: trimmed, createdAt: now }).onConflictDoNothing();
  const row = await db.select({ id: orgs.id }).from(orgs).where(eq(orgs.name, trimmed)).get();
  return { orgId: row!.id, created: row!.id === orgId };
}

export async function findOrgByName(db: Db, name: string) {
  return db.select().from(orgs).where(eq(orgs.name, name.trim())).get();
}

export async function findUserByEmail(db: Db, email: string) {
  return db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).get();
}

/** A new API token for the user; only its hash is stored, the token is returned once. */
export async function issueToken(db: Db, userId: string, now = Date.now()): Promise<string> {
  const token = randomSecret('ps_');
  await db.insert(apiTokens).values({ tokenHash: sha256(token), userId, createdAt: now });
  return token;
}

export interface NewUser {
  orgId: string;
  email: string;
  role: Role;
  name?: string;
  password?: string;
}

/** Adds a user and issues their first API token. Fails if the email is taken. */
export async function addUser(db: Db, input: NewUser, now = Date.now()): Promise<{ userId: string; token: string }> {
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new AccountError('email', 'must be an email address');
  if (input.password !== undefined && input.password.length < 8) throw new AccountError('password', 'must be at least 8 characters');
  if (await findUserByEmail(db, email)) throw new AccountError('email', 'already in use');
  const userId = randomUUID();
  await db.insert(users).values({
    id: userId,
    orgId: input.orgId,
    email,
    name: input.name?.trim() || email.split('@')[0],
    role: input.role,
    passwordHash: input.password ? await hashPassword(input.password) : null,
    createdAt: now,
  });
  return { userId, token: await issueToken(db, userId, now) };
}

export async function setPassword(db: Db, userId: string, password: string): Promise<void> {
  if (password.length < 8) throw new AccountError('password', 'must be at least 8 characters');
  await db.update(users).set({ passwordHash: await hashPassword(password) }).where(eq(users.id, userId));
}
