import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CallSummary } from '../../components/CallSummary.tsx';
import { formatClock } from '../../components/format-clock.ts';
import { MomentCard } from '../../components/MomentCard.tsx';
import { momentKindLabel } from '../../components/moment-kind-label.ts';
import { SentimentLine } from '../../components/SentimentLine.tsx';
import { TalkRatioBar } from '../../components/TalkRatioBar.tsx';
import { TranscriptView } from '../../components/TranscriptView.tsx';
import { api, ApiError, type Comment } from '../api.ts';
import { formatDateTime } from '../format.ts';
import { SentimentBadge } from '../SentimentBadge.tsx';
import { hrefFor, isManager, talkRatioLimit } from '../store.ts';
import { useResource } from '../use-resource.ts';
import { CommentForm } from './CommentForm.tsx';
import { customerSentiment, fullMetrics, toMoments, toSegments } from './call-view-model.ts';

/** One call: transcript with moments flagged, the moments listed with a comment box each, talk ratio and sentiment. */
export function CallPage({ id, segmentId }: { id: string; segmentId?: string }) {
  const { data, error, loading } = useResource((signal) => api.call(id, signal), [id]);
  const [selected, setSelected] = useState<string>();
  const [posted, setPosted] = useState<Comment[]>([]);
  const momentsRef = useRef<HTMLOListElement>(null);
  const transcriptRef = useRef<HTMLDivElement>(null);

  const segments = useMemo(() => (data ? toSegments(data) : []), [data]);
  const moments = useMemo(() => (data ? toMoments(data) : []), [data]);
  const comments = useMemo(() => [...(data?.comments ?? []), ...posted], [data, posted]);

  useEffect(() => setPosted([]), [id]);
  useEffect(() => {
    if (!segmentId || !transcriptRef.current) return;
    const row = transcriptRef.current.querySelector<HTMLElement>(`[data-segment-id="${CSS.escape(segmentId)}"]`);
    row?.classList.add('m-segment--found');
    row?.scrollIntoView?.({ block: 'center' });
  }, [segmentId, segments]);

  const select = (momentId: string) => {
    setSelected(momentId);
    momentsRef.current?.querySelector(`[data-moment-id="${CSS.escape(momentId)}"]`)?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  };

  if (error) {
    return (
      <section class="m-stack">
        <a href={hrefFor({ page: 'calls' })}>← All calls</a>
        <p class="m-error" role="alert">
          {error instanceof ApiError && error.status === 404 ? 'This call does not exist or is not yours to see.' : error.message}
        </p>
      </section>
    );
  }
  if (!data) return <p class="m-loading" aria-live="polite">{loading ? 'Loading call…' : ''}</p>;

  const { call } = data;
  const metrics = fullMetrics(data);
  const points = customerSentiment(segments);
  return (
    <article class="m-stack" aria-labelledby="call-title">
      <a href={hrefFor({ page: 'calls' })} class="m-back">
        ← All calls
      </a>
      <header class="m-page-head">
        <h1 id="call-title">{call.title || 'Untitled call'}</h1>
        <p class="m-muted">
          {call.repName} · {formatDateTime(call.startedAt)} · {call.platform}
          {call.duration ? ` · ${formatClock(call.duration)}` : ''}
        </p>
      </header>
      <section class="m-card m-call-overview" aria-label="Call overview">
        <div class="m-overview-main">
          <h2>Talk ratio</h2>
          <TalkRatioBar repSeconds={call.repTalkSeconds ?? 0} customerSeconds={call.customerTalkSeconds ?? 0} repLabel={call.repName} limit={talkRatioLimit.value} />
          <h2>
            Customer sentiment <SentimentBadge score={call.sentimentMean} />
          </h2>
          {points.length ? (
            <SentimentLine points={points} duration={call.duration ?? undefined} height={64} label="Customer sentiment over the call" onSelectTime={(t) => selectAt(t)} />
          ) : (
            <p class="m-muted">No sentiment scores were synced for this call.</p>
          )}
        </div>
        {metrics && (
          <div>
            <h2>Metrics</h2>
            <CallSummary metrics={metrics} />
          </div>
        )}
      </section>
      <div class="m-call-body">
        <section class="m-card m-transcript" aria-labelledby="transcript-title">
          <h2 id="transcript-title">Transcript</h2>
          <div class="m-transcript-box" ref={transcriptRef} tabIndex={0} aria-label="Transcript, scrollable">
            <TranscriptView segments={segments} moments={moments} highlightedMomentId={selected} onSelectMoment={select} speakerLabels={{ rep: call.repName }} emptyText="No transcript was synced for this call." />
          </div>
        </section>
        <section class="m-moments" aria-labelledby="moments-title">
          <h2 id="moments-title">
            Moments <span class="m-count">{moments.length}</span>
          </h2>
          {moments.length === 0 && <p class="m-muted">No coaching moments in this call.</p>}
          <ol class="m-moment-list" ref={momentsRef}>
            {moments.map((m) => (
              <li key={m.id}>
                <MomentCard moment={m} comments={comments.filter((c) => c.momentId === m.id)} selected={m.id === selected} onSelect={setSelected}>
                  {isManager.value && <CommentForm momentId={m.id} about={`${momentKindLabel(m.kind)} at ${formatClock(m.start)}`} onPosted={(c) => setPosted((p) => [...p, c])} />}
                </MomentCard>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </article>
  );

  function selectAt(t: number) {
    const seg = segments.find((s) => s.start === t);
    const row = seg && transcriptRef.current?.querySelector<HTMLElement>(`[data-segment-id="${CSS.escape(seg.id)}"]`);
    row?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }
}
