/**
 * The extension's outbox and sync client in Debian Chromium, end to end: the BUILT extension's
 * store modules (store-harness page) write into real IndexedDB and sync with a real server
 * process over HTTP; what the manager's API shows is asserted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Moment, Segment } from '../../core/types.ts';
import type { NewCall } from '../../store/calls.ts';
import { copyExtension, openStorePage, type StorePage } from '../store/launch-store-page.ts';
import { SyncFixture, type Account } from '../store/sync-fixture.ts';
import { makeCall, makeMoment, makeSegment, makeTranscript } from '../store/store-factories.ts';

type CallDetail = { call: { notes?: string }; segments: Segment[]; moments: Moment[] };

const fx = new SyncFixture();
let ext: ReturnType<typeof copyExtension>;
let browser: StorePage;
let rep: Account;
let manager: Account;
let otherRep: Account;

async function writeCall(call: NewCall, segments: Segment[], moments: Moment[] = []): Promise<void> {
  await browser.page.evaluate(async ({ call, segments, moments }) => {
    const s = window.pitchsideStore;
    await s.saveCall(s.db, call);
    await s.saveSegments(s.db, segments);
    if (moments.length) await s.saveMoments(s.db, moments);
  }, { call, segments, moments });
}

function syncNow(retry = { attempts: 3, baseMs: 200, maxMs: 1000 }) {
  return browser.page.evaluate((retry) => window.pitchsideStore.syncNow(window.pitchsideStore.db, { retry }), retry);
}

const status = () => browser.page.evaluate(() => window.pitchsideStore.getSyncStatus(window.pitchsideStore.db));
const managerView = (callId: string) => fx.api<CallDetail>(manager.token, 'GET', `/api/v1/calls/${callId}`);

beforeAll(async () => {
  await fx.start();
  fx.admin('add-org', 'Acme Sales');
  rep = fx.admin('add-user', '--org', 'Acme Sales', '--email', 'rep@acme.test', '--role', 'rep', '--name', 'Riley Rep');
  manager = fx.admin('add-user', '--org', 'Acme Sales', '--email', 'boss@acme.test', '--role', 'manager', '--name', 'Morgan Manager');
  otherRep = fx.admin('add-user', '--org', 'Acme Sales', '--email', 'other@acme.test', '--role', 'rep');
  ext = copyExtension();
  browser = await openStorePage(ext.dir);
  await browser.page.evaluate(
    ({ url, token }) => window.pitchsideStore.updateSettings(window.pitchsideStore.db, { serverUrl: url, token }),
    { url: fx.url, token: rep.token },
  );
});

afterAll(async () => {
  await browser?.close();
  await fx.dispose();
  ext?.cleanup();
});

describe('sync from the extension (Chromium, real IndexedDB, real server)', () => {
  it('pushes a call written in the extension; the manager sees its transcript and moments, PII redacted', async () => {
    const call = makeCall({ title: 'Acme discovery', status: 'done' });
    const { segments, moments } = makeTranscript(call.id, 40);
    segments[3].text = 'Sure, call me on (415) 555-0132 or mail jo@acme.io.';
    await writeCall(call, segments, moments);

    const report = await syncNow();
    expect(report).toMatchObject({ phase: 'idle', acked: 42, parked: 0 });
    expect(await status()).toMatchObject({ phase: 'idle', pending: 0, parked: 0 });

    const { status: code, json } = await managerView(call.id);
    expect(code).toBe(200);
    expect(json.segments.map((s) => s.id)).toEqual(segments.map((s) => s.id));
    expect(json.segments[3].text).toBe('Sure, call me on [phone] or mail [email].');
    expect(json.segments[10].text).toBe(segments[10].text);
    expect(json.moments.map((m) => m.id)).toEqual([moments[0].id]);
  });

  it('a replay sends nothing twice; a later edit wins', async () => {
    const call = makeCall({ status: 'done' });
    const { segments } = makeTranscript(call.id, 5);
    await writeCall(call, segments);
    // The rows as they were before the sync: re-adding them afterwards is a crash between the
    // server's answer and the local delete.
    const rows = await browser.page.evaluate(() => window.pitchsideStore.db.outbox.toArray());
    expect((await syncNow()).acked).toBe(6);
    expect((await syncNow()).acked).toBe(0); // nothing left to send
    await browser.page.evaluate((rows) => window.pitchsideStore.db.outbox.bulkAdd(rows.map(({ seq: _s, ...r }) => r)), rows);
    expect(await syncNow()).toMatchObject({ phase: 'idle', acked: 6, parked: 0 });
    const seen = (await managerView(call.id)).json;
    expect(seen.segments.map((s) => s.id)).toEqual(segments.map((s) => s.id));

    await browser.page.evaluate((id) => window.pitchsideStore.updateCall(window.pitchsideStore.db, id, { notes: 'send pricing Friday' }), call.id);
    await syncNow();
    expect((await managerView(call.id)).json.call.notes).toBe('send pricing Friday');
  });

  it('parks rows the server refuses, shows why, and still sends the rest', async () => {
    const taken = makeCall({ title: 'someone else', status: 'done' });
    const pushed = await fx.api(otherRep.token, 'POST', '/api/v1/sync', { calls: [{ ...taken, updatedAt: Date.now() }] });
    expect(pushed.status).toBe(200);

    const fine = makeCall({ status: 'done' });
    await writeCall({ ...taken, title: 'my call with a clashing id' }, [makeSegment(taken.id)]);
    await writeCall(fine, [makeSegment(fine.id)]);
    const report = await syncNow();
    expect(report).toMatchObject({ phase: 'problem', parked: 2, acked: 2 });
    const st = await status();
    expect(st).toMatchObject({ phase: 'problem', pending: 0, parked: 2 });
    expect(st.problems).toEqual(['id in use']);
    expect((await managerView(fine.id)).json.segments).toHaveLength(1);

    // The user can send them again once fixed; refused again here, they stay parked.
    await browser.page.evaluate(() => window.pitchsideStore.retryParked(window.pitchsideStore.db));
    expect((await syncNow()).parked).toBe(2);
  });

  it('splits batches the server finds too large and parks only the row that cannot fit', async () => {
    await fx.stop();
    await fx.start({ MAX_SYNC_BYTES: '4096' });
    try {
      const call = makeCall({ status: 'done' });
      const { segments } = makeTranscript(call.id, 12);
      segments[5].text = 'word '.repeat(1_500).trim();
      await writeCall(call, segments);
      const before = (await status()).parked;
      const report = await syncNow();
      expect(report).toMatchObject({ parked: 1, acked: 12 });
      const st = await status();
      expect(st.parked - before).toBe(1);
      expect(st.problems[0]).toMatch(/^413 .*4096 bytes/);
      expect((await managerView(call.id)).json.segments).toHaveLength(11);
    } finally {
      await fx.stop();
      await fx.start();
    }
  });

  it('retries while the server is down and converges once it is back', async () => {
    await fx.stop();
    const call = makeCall({ status: 'done' });
    const { segments, moments } = makeTranscript(call.id, 3);
    await writeCall(call, segments, moments);

    const gaveUp = await syncNow({ attempts: 2, baseMs: 100, maxMs: 200 });
    expect(gaveUp.phase).toBe('offline');
    expect(await status()).toMatchObject({ phase: 'offline', pending: 5, lastError: expect.stringContaining('cannot reach') });

    const pending = syncNow({ attempts: 12, baseMs: 250, maxMs: 1500 });
    await new Promise((r) => setTimeout(r, 1_500));
    expect((await status()).phase).toBe('syncing');
    await fx.start();
    expect(await pending).toMatchObject({ phase: 'idle', acked: 5 });
    expect((await managerView(call.id)).json.segments).toHaveLength(3);
    expect(await status()).toMatchObject({ phase: 'idle', pending: 0 });
  });

  it('keeps rows queued and parks nothing when the token is refused', async () => {
    const call = makeCall({ status: 'done' });
    await writeCall(call, [makeSegment(call.id)]);
    const setToken = (token: string) =>
      browser.page.evaluate((token) => window.pitchsideStore.updateSettings(window.pitchsideStore.db, { token }), token);
    await setToken('not-a-real-token-0000');
    const parkedBefore = (await status()).parked;
    expect((await syncNow()).phase).toBe('unauthorized');
    expect(await status()).toMatchObject({ phase: 'unauthorized', pending: 2, parked: parkedBefore });
    await setToken(rep.token);
    expect((await syncNow()).acked).toBe(2);
  });

  it('sends no transcript when syncing moments only', async () => {
    await browser.page.evaluate(() => window.pitchsideStore.updateSettings(window.pitchsideStore.db, { syncScope: 'moments' }));
    try {
      const call = makeCall({ status: 'done' });
      const { segments, moments } = makeTranscript(call.id, 4);
      await writeCall(call, segments, moments);
      expect((await syncNow()).acked).toBe(6);
      const seen = (await managerView(call.id)).json;
      expect(seen.segments).toEqual([]);
      expect(seen.moments).toHaveLength(1);
    } finally {
      await browser.page.evaluate(() => window.pitchsideStore.updateSettings(window.pitchsideStore.db, { syncScope: 'everything' }));
    }
  });

  it("pulls the manager's comment into IndexedDB next to the rep's moment, and the team playbook", async () => {
    const call = makeCall({ status: 'done' });
    const moment = makeMoment(call.id, { kind: 'objection.competitor', competitor: 'Gong', text: 'We already use Gong.' });
    await writeCall(call, [makeSegment(call.id)], [moment]);
    await syncNow();
    const posted = await fx.api(manager.token, 'POST', `/api/v1/moments/${moment.id}/comments`, { body: 'Lead with our coaching data here.' });
    expect(posted.status).toBe(201);
    const pb = await fx.api(manager.token, 'PUT', '/api/v1/playbook', { competitors: ['Gong', 'Chorus'] });
    expect(pb.status).toBe(200);

    expect((await syncNow()).comments).toBe(1);
    const local = await browser.page.evaluate((id) => window.pitchsideStore.getCall(window.pitchsideStore.db, id), call.id);
    expect(local?.comments).toEqual([
      expect.objectContaining({ momentId: moment.id, body: 'Lead with our coaching data here.', authorName: 'Morgan Manager' }),
    ]);
    const playbook = await browser.page.evaluate(() => window.pitchsideStore.getPulledPlaybook(window.pitchsideStore.db));
    expect(playbook?.competitors).toEqual(['Gong', 'Chorus']);
    expect((await syncNow()).comments).toBe(0); // the cursor moved on
  });
});
