import { useState } from 'preact/hooks';
import { formatClock } from '../../components/format-clock.ts';
import { api, type SearchHit } from '../api.ts';
import { formatDateTime } from '../format.ts';
import { hrefFor, navigate } from '../store.ts';
import { useResource } from '../use-resource.ts';

/** The snippet with the server's match marks turned into <mark> (no HTML parsing of user text). */
function Snippet({ text, marks }: { text: string; marks: { start: string; end: string } }) {
  const parts = text.split(marks.start);
  return (
    <>
      {parts.map((part, i) => {
        if (i === 0) return <span key={i}>{part}</span>;
        const [hit, rest = ''] = part.split(marks.end);
        return (
          <span key={i}>
            <mark>{hit}</mark>
            {rest}
          </span>
        );
      })}
    </>
  );
}

function Hit({ hit, marks }: { hit: SearchHit; marks: { start: string; end: string } }) {
  return (
    <li class="m-card m-hit">
      <a href={hrefFor({ page: 'call', id: hit.callId, segmentId: hit.segmentId })} class="m-hit-title">
        {hit.callTitle || 'Untitled call'}
      </a>
      <span class="m-muted">
        {' '}
        · {hit.repName} · {formatDateTime(hit.startedAt)} · {hit.speaker === 'rep' ? 'Rep' : 'Customer'} at {formatClock(hit.start)}
      </span>
      <p class="m-snippet">
        <Snippet text={hit.snippet} marks={marks} />
      </p>
    </li>
  );
}

/** Full-text search over every transcript the user may read (SQLite FTS5 on the server). */
export function SearchPage({ q }: { q: string }) {
  const [text, setText] = useState(q);
  const { data, error, loading } = useResource((signal) => (q ? api.search(q, signal) : Promise.resolve(undefined)), [q]);
  return (
    <section class="m-stack" aria-labelledby="search-title">
      <div class="m-page-head">
        <h1 id="search-title">Search transcripts</h1>
        <p class="m-muted">
          Every word of every call. All words must match; end a word with * for a prefix (<code>integrat*</code>).
        </p>
      </div>
      <form
        role="search"
        class="m-row"
        onSubmit={(e) => {
          e.preventDefault();
          navigate({ page: 'search', q: text.trim() });
        }}
      >
        <label for="search-q" class="m-sr-only">
          Search words
        </label>
        <input id="search-q" type="search" name="q" value={text} onInput={(e) => setText(e.currentTarget.value)} placeholder="e.g. budget next quarter" class="m-search-input" />
        <button type="submit" class="m-button m-button--primary">
          Search
        </button>
      </form>
      {error && (
        <p class="m-error" role="alert">
          {error.message}
        </p>
      )}
      <p class="m-muted" aria-live="polite">
        {q && loading ? 'Searching…' : data ? `${data.hits.length} match${data.hits.length === 1 ? '' : 'es'}${data.hits.length === 50 ? ' (best 50 shown)' : ''}` : ''}
      </p>
      {data && (
        <ol class="m-hits">
          {data.hits.map((h) => (
            <Hit key={h.segmentId} hit={h} marks={data.marks} />
          ))}
        </ol>
      )}
    </section>
  );
}
