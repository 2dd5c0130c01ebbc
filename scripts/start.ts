/**
 * `npm start`: builds the extension (and the manager web app when its build script exists),
 * opens and migrates the database, makes sure a demo org with a manager and a rep exists (with
 * one analysed demo call so the manager view is not empty), prints how to sign in and how to
 * point the extension at this server, and serves the sync API + manager app.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeCall } from '../core/analyze.ts';
import { defaultPlaybook } from '../core/playbook.ts';
import { parseTranscript } from '../core/transcript-input.ts';
import type { SyncPush } from '../core/sync-schema.ts';
import { addOrg, addUser, findUserByEmail, issueToken, setPassword } from '../server/accounts.ts';
import { migrateDb, openDb, type Db } from '../server/db/open-db.ts';
import { parseEnv } from '../server/env.ts';
import { serveApp } from '../server/serve.ts';
import { pushBatch } from '../server/sync/push-batch.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEMO_ORG = 'Demo Sales';
const DEMO_PASSWORD = 'pitchside-demo';
const DEMO_USERS = [
  { email: 'manager@demo.pitchside.test', name: 'Morgan Manager', role: 'manager' as const },
  { email: 'rep@demo.pitchside.test', name: 'Riley Rep', role: 'rep' as const },
];

function npmRun(script: string): void {
  const r = spawnSync('npm', ['run', '--silent', script], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`npm run ${script} failed (exit ${r.status})`);
}

async function ensureUser(db: Db, orgId: string, u: (typeof DEMO_USERS)[number]) {
  const existing = await findUserByEmail(db, u.email);
  if (!existing) return (await addUser(db, { orgId, email: u.email, name: u.name, role: u.role, password: DEMO_PASSWORD })).userId;
  await setPassword(db, existing.id, DEMO_PASSWORD);
  return existing.id;
}

/** One demo call (scripts/demo/discovery-call.json) analysed by the engine and stored as the rep's. */
async function seedDemoCall(db: Db, rep: { id: string; orgId: string }): Promise<void> {
  const transcript = parseTranscript(readFileSync(join(ROOT, 'scripts/demo/discovery-call.json'), 'utf8'), 'demo-call');
  const { moments, metrics, segments } = analyzeCall({ call: transcript.call, segments: transcript.segments, playbook: defaultPlaybook });
  const now = Date.now();
  const startedAt = now - 2 * 3600_000;
  const batch: SyncPush = {
    calls: [
      {
        id: transcript.call.id,
        title: transcript.call.title,
        platform: 'meet',
        status: 'done',
        startedAt,
        endedAt: startedAt + metrics.duration * 1000,
        duration: metrics.duration,
        participants: ['Dana (Acme Logistics)'],
        metrics: Object.fromEntries(Object.entries(metrics).map(([k, v]) => [k, typeof v === 'number' ? v : null])),
        updatedAt: 1,
      },
    ],
    segments: segments.map((s) => ({ id: s.id, callId: s.callId, speaker: s.speaker, start: s.start, end: s.end, text: s.text, sentiment: s.sentiment, updatedAt: 1 })),
    moments: moments.map((m) => ({ ...m, updatedAt: 1 })),
  };
  const user = { id: rep.id, orgId: rep.orgId, role: 'rep' as const, email: DEMO_USERS[1].email, name: DEMO_USERS[1].name };
  await pushBatch(db, user, batch);
}

async function main(): Promise<void> {
  const skipBuild = process.argv.includes('--no-build');
  if (!skipBuild) {
    npmRun('build');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    if (pkg.scripts['build:manager']) npmRun('build:manager');
  }
  const env = parseEnv();
  const db = await openDb(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN, env.DATABASE_SYNCHRONOUS);
  await migrateDb(db);
  const { orgId } = await addOrg(db, DEMO_ORG);
  await ensureUser(db, orgId, DEMO_USERS[0]);
  const repId = await ensureUser(db, orgId, DEMO_USERS[1]);
  await seedDemoCall(db, { id: repId, orgId });
  const repToken = await issueToken(db, repId);
  db.$client.close();

  const { port } = await serveApp(env);
  const url = `http://${env.HOST}:${port}`;
  process.stdout.write(
    [
      '',
      'Pitchside is running.',
      `  Manager web app:  ${url}/  (sign in as ${DEMO_USERS[0].email} / ${DEMO_PASSWORD})`,
      `  Extension:        load ${join(ROOT, '.output/chrome-mv3')} at chrome://extensions (Developer mode, Load unpacked)`,
      `  Rep sync setup:   in the side panel's Settings, server URL ${url} and token ${repToken}`,
      '',
    ].join('\n'),
  );
}

main().catch((err: Error) => {
  process.stderr.write(`start: ${err.message}\n`);
  process.exit(1);
});
