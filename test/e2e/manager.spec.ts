/**
 * The manager web app end to end: the app BUILT by Vite, served by a REAL server process on a
 * temporary libsql file, driven in headless Debian Chromium. A rep syncs a call over the API;
 * the manager signs in, finds it, reads transcript and moments, and comments on a moment, which
 * is stored and comes back in the rep's sync pull. A manager of another org cannot see the call.
 *
 * Screenshots go to test-results/manager/; with PITCHSIDE_SCREENSHOTS=1 they are also copied to
 * docs/screenshots/manager-*.png (the README's).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncPush } from '../../core/sync-schema.ts';
import { addOrg, addUser } from '../../server/accounts.ts';
import { migrateDb, openDb } from '../../server/db/open-db.ts';
import { startServer, type RunningServer } from '../harness/start-server.ts';
import { tempDb } from '../harness/temp-db.ts';
import { api } from '../server/api-client.ts';
import { discoveryCall, pastCalls, SCRIPT } from './manager-demo-calls.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SHOTS = join(ROOT, 'test-results/manager');
const db = tempDb('pitchside-manager-e2e-');
const dist = mkdtempSync(join(tmpdir(), 'pitchside-manager-dist-'));
const profile = mkdtempSync(join(tmpdir(), 'pitchside-manager-profile-'));

type User = { userId: string; token: string; email: string; password: string };
let server: RunningServer;
let context: BrowserContext;
let page: Page;
let users: Record<'riley' | 'sam' | 'manager' | 'outsider', User>;
let call: SyncPush;

async function seed(): Promise<void> {
  const d = await openDb(db.url);
  await migrateDb(d);
  const acme = (await addOrg(d, 'Acme Sales')).orgId;
  const globex = (await addOrg(d, 'Globex')).orgId;
  const make = async (orgId: string, name: string, email: string, role: 'rep' | 'manager'): Promise<User> => {
    const password = `pw-${email}-secret`;
    return { ...(await addUser(d, { orgId, name, email, role, password })), email, password };
  };
  users = {
    riley: await make(acme, 'Riley Chen', 'riley@acme.test', 'rep'),
    sam: await make(acme, 'Sam Ortiz', 'sam@acme.test', 'rep'),
    manager: await make(acme, 'Morgan Lee', 'morgan@acme.test', 'manager'),
    outsider: await make(globex, 'Gale Globex', 'gale@globex.test', 'manager'),
  };
  d.$client.close();
}

async function push(token: string, batch: SyncPush): Promise<void> {
  const res = await api(server.url, { token })('POST', '/api/v1/sync', batch);
  expect(res.status).toBe(200);
  expect(res.body.results.every((r: { status: string }) => r.status === 'applied')).toBe(true);
}

async function shot(name: string): Promise<void> {
  await page.mouse.move(1, 799);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, `manager-${name}.png`) });
  if (process.env.PITCHSIDE_SCREENSHOTS === '1') {
    mkdirSync(join(ROOT, 'docs/screenshots'), { recursive: true });
    copyFileSync(join(SHOTS, `manager-${name}.png`), join(ROOT, `docs/screenshots/manager-${name}.png`));
  }
}

async function signIn(user: User): Promise<void> {
  await page.goto(server.url);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Calls' }).waitFor();
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  // The app under test is built here, into its own folder, so it is never stale or shared.
  await build({ configFile: join(ROOT, 'manager/vite.config.ts'), logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
  await seed();
  server = await startServer(db.url, { MANAGER_DIST: dist });
  const now = Date.now();
  call = discoveryCall(now);
  await push(users.riley.token, call);
  await push(users.riley.token, pastCalls(now, 0));
  await push(users.sam.token, pastCalls(now, 1));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  page = context.pages()[0] ?? (await context.newPage());
});

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await server?.stop();
  db.cleanup();
  rmSync(dist, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

describe('manager web app (built app, real server, Chromium)', () => {
  it('serves the app, refuses a wrong password, and signs the manager in with an HttpOnly cookie', async () => {
    await page.goto(server.url);
    await page.getByLabel('Email').fill(users.manager.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Wrong email or password');

    await signIn(users.manager);
    const cookie = (await context.cookies(server.url)).find((c) => c.name === 'ps_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
  });

  it('lists the team calls, filters them, opens the call with its transcript and moments', async () => {
    const title = call.calls[0].title;
    const row = page.locator('tr', { has: page.getByRole('link', { name: title }) });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Riley Chen');
    await expect(page.locator('tbody tr').count()).resolves.toBeGreaterThanOrEqual(7);
    await shot('calls');

    await page.locator('select[name=kind]').selectOption('objection.competitor');
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1);
    await page.locator('select[name=rep]').selectOption({ label: 'Sam Ortiz' });
    await page.getByText('No calls match these filters.').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();

    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { name: title }).waitFor();
    await expect(page.locator('.ps-segment-text').allTextContents()).resolves.toEqual(SCRIPT.map(([, text]) => text));
    const cards = page.locator('.m-moment-list .ps-moment-card');
    await expect(cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-moment-id')))).resolves.toEqual(call.moments.map((m) => m.id));
    await expect(page.locator('.ps-moment-chip').count()).resolves.toBe(call.moments.length);
    await expect(page.getByRole('meter', { name: 'Rep talk ratio' }).getAttribute('aria-valuetext')).resolves.toMatch(/^Riley Chen \d+%, Customer \d+%/);
    await expect(page.getByRole('img', { name: /Customer sentiment over the call: 8 points/ }).count()).resolves.toBe(1);
  });

  it('posts a comment on a moment: shown, stored, and pulled by the rep', async () => {
    const price = call.moments.find((m) => m.kind === 'objection.price')!;
    const card = page.locator(`.ps-moment-card[data-moment-id="${price.id}"]`);
    await card.getByRole('button', { name: /Price objection/ }).click();
    await expect(page.locator('.ps-segment--highlighted .ps-segment-text').textContent()).resolves.toBe(price.text);
    const body = 'Nice recovery. Next time ask what the ramp costs before defending the price.';
    await card.getByLabel(/Comment on Price objection at/).fill(body);
    await card.getByRole('button', { name: 'Post comment' }).click();
    await card.getByRole('status').getByText('Comment posted').waitFor();
    await card.locator('.ps-moment-comments').getByText(body).waitFor();
    await page.setViewportSize({ width: 1280, height: 1000 });
    await shot('call');
    await page.setViewportSize({ width: 1280, height: 800 });

    const stored = await api(server.url, { token: users.manager.token })('GET', `/api/v1/calls/${call.calls[0].id}`);
    expect(stored.body.comments).toEqual([expect.objectContaining({ momentId: price.id, body, authorName: 'Morgan Lee' })]);
    const pull = await api(server.url, { token: users.riley.token })('GET', '/api/v1/sync');
    expect(pull.status).toBe(200);
    expect(pull.body.comments).toEqual([expect.objectContaining({ momentId: price.id, callId: call.calls[0].id, body })]);

    await page.reload();
    await page.locator(`.ps-moment-card[data-moment-id="${price.id}"] .ps-moment-comments`).getByText(body).waitFor();
  });

  it('shows the team dashboard and finds the call by full-text search', async () => {
    await page.getByRole('link', { name: 'Team dashboard' }).click();
    await page.getByRole('table', { name: 'Rep talk ratio' }).waitFor();
    const talk = await page.getByRole('table', { name: 'Rep talk ratio' }).locator('th').allTextContents();
    expect(talk).toEqual(['Riley Chen', 'Sam Ortiz']);
    await expect(page.getByRole('table', { name: 'Objections by kind' }).textContent()).resolves.toContain('Riley Chen');
    await expect(page.getByRole('img', { name: /Riley Chen: weekly customer sentiment/ }).count()).resolves.toBe(1);
    await shot('dashboard');
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot('dashboard-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    await page.getByRole('link', { name: 'Search' }).click();
    await page.getByLabel('Search words').fill('budget tight');
    await page.getByRole('button', { name: 'Search' }).click();
    const hit = page.locator('.m-hit').first();
    await hit.locator('mark').first().waitFor();
    await expect(hit.locator('mark').allTextContents()).resolves.toEqual(['budget', 'tight']);
    await hit.getByRole('link').click();
    await expect(page.locator('.m-segment--found .ps-segment-text').textContent()).resolves.toBe(SCRIPT[7][1]);
  });

  it('edits the team playbook, which reps then pull', async () => {
    await page.getByRole('link', { name: 'Playbook' }).click();
    const competitors = page.getByLabel(/One name per line/);
    await competitors.fill('Gong\nChorus');
    await page.getByRole('button', { name: 'Add tracker' }).click();
    await page.getByLabel('Name', { exact: true }).last().fill('sso');
    await page.getByLabel('Phrases').last().fill('single sign-on, SAML');
    const learned = page.getByLabel('Learned layer');
    expect(await learned.isChecked()).toBe(true);
    await learned.uncheck();
    await page.getByRole('button', { name: 'Save playbook' }).click();
    await page.getByText('Saved as version 1').waitFor();
    const pull = await api(server.url, { token: users.riley.token })('GET', '/api/v1/sync');
    expect(pull.body.playbook).toMatchObject({ competitors: ['Gong', 'Chorus'], trackers: { sso: ['single sign-on', 'SAML'] }, learnedLayer: false });
  });

  it("another org's manager sees none of it", async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(users.outsider);
    await page.getByText('No calls match these filters.').waitFor();
    await page.goto(`${server.url}/#/calls/${encodeURIComponent(call.calls[0].id)}`);
    await page.getByText('This call does not exist or is not yours to see.').waitFor();
    await expect(page.locator('.ps-segment').count()).resolves.toBe(0);
    const res = await api(server.url, { token: users.outsider.token })('GET', `/api/v1/calls/${call.calls[0].id}`);
    expect(res.status).toBe(404);
  });
});
