import { useEffect, useState } from 'preact/hooks';
import { momentKindLabel } from '../../components/moment-kind-label.ts';
import { MOMENT_KINDS } from '../../core/types.ts';
import { api, ApiError } from '../api.ts';
import { playbook as sharedPlaybook } from '../store.ts';
import { useResource } from '../use-resource.ts';
import { fromDraft, LIMIT_FIELDS, toDraft, type PlaybookDraft } from './playbook-draft.ts';

type Status = { ok: boolean; text: string; field?: string } | undefined;

/** The team playbook: competitors, trackers, limits and suggestion cards, which every rep's extension pulls. */
export function PlaybookPage() {
  const { data, error } = useResource(() => api.playbook(), []);
  const [draft, setDraft] = useState<PlaybookDraft>();
  const [version, setVersion] = useState(0);
  const [status, setStatus] = useState<Status>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (data) {
      setDraft(toDraft(data.playbook));
      setVersion(data.version);
    }
  }, [data]);

  if (error) return <p class="m-error" role="alert">{error.message}</p>;
  if (!draft) return <p class="m-loading">Loading playbook…</p>;
  const patch = (p: Partial<PlaybookDraft>) => setDraft({ ...draft, ...p });
  type Rows = 'trackers' | 'cards';
  const edit = <K extends Rows>(key: K, i: number, change: Partial<PlaybookDraft[K][number]>) =>
    patch({ [key]: draft[key].map((x, j) => (j === i ? { ...x, ...change } : x)) });
  const remove = (key: Rows, i: number) => patch({ [key]: draft[key].filter((_, j) => j !== i) });

  const save = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setStatus(undefined);
    try {
      const saved = await api.savePlaybook(fromDraft(draft));
      setDraft(toDraft(saved.playbook));
      setVersion(saved.version);
      sharedPlaybook.value = saved.playbook;
      setStatus({ ok: true, text: `Saved as version ${saved.version}. Reps get it on their next sync.` });
    } catch (err) {
      setStatus({ ok: false, text: err instanceof ApiError && err.field ? `${err.field}: ${err.message}` : (err as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="m-stack m-playbook" onSubmit={save} aria-labelledby="pb-title">
      <div class="m-page-head m-page-head--row">
        <div>
          <h1 id="pb-title">Team playbook</h1>
          <p class="m-muted">Version {version}. Every rep's extension pulls it and coaches with it live.</p>
        </div>
        <button type="submit" class="m-button m-button--primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save playbook'}
        </button>
      </div>
      <p role="status" class={status && !status.ok ? 'm-error' : 'm-ok'} hidden={!status}>
        {status?.text}
      </p>
      <fieldset class="m-card">
        <legend>Competitors</legend>
        <label class="m-field">
          One name per line; a mention flags “Competitor mentioned”.
          <textarea name="competitors" rows={4} value={draft.competitors} onInput={(e) => patch({ competitors: e.currentTarget.value })} />
        </label>
      </fieldset>
      <fieldset class="m-card">
        <legend>Trackers</legend>
        <p class="m-muted">A tracker flags any phrase you list (comma-separated) as “Tracker: name”.</p>
        {draft.trackers.map((t, i) => (
          <div class="m-row m-tracker" key={i}>
            <label class="m-field">
              Name
              <input value={t.name} pattern="[\w.\-]{1,64}" onInput={(e) => edit('trackers', i, { name: e.currentTarget.value })} />
            </label>
            <label class="m-field m-grow">
              Phrases
              <input value={t.phrases} onInput={(e) => edit('trackers', i, { phrases: e.currentTarget.value })} />
            </label>
            <button type="button" class="m-button m-button--quiet" aria-label={`Remove tracker ${t.name}`} onClick={() => remove('trackers', i)}>
              Remove
            </button>
          </div>
        ))}
        <button type="button" class="m-button" onClick={() => patch({ trackers: [...draft.trackers, { name: '', phrases: '' }] })}>
          Add tracker
        </button>
      </fieldset>
      <fieldset class="m-card m-limits">
        <legend>Limits</legend>
        {LIMIT_FIELDS.map((f) => (
          <label class="m-field" key={f.key}>
            {f.label}
            <input type="number" step={f.step} min={f.min} max={f.max} required value={draft.limits[f.key]} onInput={(e) => patch({ limits: { ...draft.limits, [f.key]: e.currentTarget.valueAsNumber } })} />
            <small class="m-muted">{f.hint}</small>
          </label>
        ))}
        <label class="m-field">
          <span>
            <input type="checkbox" name="learnedLayer" checked={draft.learnedLayer} onChange={(e) => patch({ learnedLayer: e.currentTarget.checked })} />
            {' '}Learned layer
          </span>
          <small class="m-muted">Also flag moments a model trained on annotated calls finds where no phrase rule fired (more found, a few more false alarms).</small>
        </label>
      </fieldset>
      <fieldset class="m-card">
        <legend>Suggestion cards</legend>
        <p class="m-muted">
          Shown to the rep when a moment fires. Key: a moment kind, <code>tracker.name</code> or <code>competitor:Name</code>. Built-in cards come back if removed.
        </p>
        <datalist id="card-keys">
          {MOMENT_KINDS.map((k) => (
            <option key={k} value={k} label={momentKindLabel(k)} />
          ))}
        </datalist>
        {draft.cards.map((c, i) => (
          <div class="m-card-row" key={i}>
            <label class="m-field">
              Key
              <input value={c.key} list="card-keys" onInput={(e) => edit('cards', i, { key: e.currentTarget.value })} />
            </label>
            <label class="m-field m-grow">
              Card {c.key ? `(${momentKindLabel(c.key)})` : ''}
              <textarea rows={2} value={c.text} onInput={(e) => edit('cards', i, { text: e.currentTarget.value })} />
            </label>
            <button type="button" class="m-button m-button--quiet" aria-label={`Remove card ${c.key}`} onClick={() => remove('cards', i)}>
              Remove
            </button>
          </div>
        ))}
        <button type="button" class="m-button" onClick={() => patch({ cards: [...draft.cards, { key: '', text: '' }] })}>
          Add card
        </button>
      </fieldset>
    </form>
  );
}
