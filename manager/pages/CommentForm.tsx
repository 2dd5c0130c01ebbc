import { useState } from 'preact/hooks';
import { api, type Comment } from '../api.ts';

export interface CommentFormProps {
  momentId: string;
  /** What the comment is about, for the field's accessible name. */
  about: string;
  onPosted: (comment: Comment) => void;
}

/** A manager's comment box under a moment; the rep's extension pulls the comment on its next sync. */
export function CommentForm({ momentId, about, onPosted }: CommentFormProps) {
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  const fieldId = `comment-${momentId}`;

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!body.trim()) return;
    setBusy(true);
    setStatus(undefined);
    try {
      const { comment } = await api.comment(momentId, body.trim());
      onPosted(comment);
      setBody('');
      setStatus({ ok: true, text: 'Comment posted; the rep sees it on their next sync.' });
    } catch (err) {
      setStatus({ ok: false, text: (err as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="m-comment-form" onSubmit={submit}>
      <label for={fieldId} class="m-sr-only">
        Comment on {about}
      </label>
      <textarea
        id={fieldId}
        name="comment"
        rows={2}
        maxLength={5000}
        placeholder="Coach the rep on this moment…"
        value={body}
        onInput={(e) => setBody(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit(e);
        }}
      />
      <div class="m-row">
        <button type="submit" class="m-button m-button--primary" disabled={busy || !body.trim()}>
          {busy ? 'Posting…' : 'Post comment'}
        </button>
        <span role="status" class={status && !status.ok ? 'm-error-text' : 'm-muted'}>
          {status?.text}
        </span>
      </div>
    </form>
  );
}
