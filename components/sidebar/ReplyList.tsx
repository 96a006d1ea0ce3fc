import { useState } from 'react';
import type { RenderedReply } from '@/lib/replies/render';
import type { InsertOutcome } from '@/lib/insert';
import type { Lang } from '@/lib/ticket';
import { dirOf, t } from '@/lib/i18n/messages';
import { insertProblemText } from '@/lib/i18n/problems';

export function ReplyList({
  replies,
  moreReplies,
  primary,
  lang,
  onInsert,
}: {
  replies: RenderedReply[];
  /** The related replies the ticket is not about, behind "More replies". */
  moreReplies: RenderedReply[];
  /** The reply to send, marked as the primary action; none while the verdict is only leaning. */
  primary?: string;
  lang: Lang;
  onInsert: (reply: RenderedReply) => Promise<InsertOutcome>;
}) {
  const [message, setMessage] = useState<{ id: string; text: string; ok: boolean } | null>(null);

  async function insert(reply: RenderedReply) {
    const outcome = await onInsert(reply);
    const text = outcome.ok ? t(lang, 'replies.inserted') : insertProblemText(lang, outcome.problem ?? { code: 'no-editor' });
    setMessage({ id: reply.id, ok: outcome.ok, text });
  }

  async function copy(reply: RenderedReply) {
    try {
      await navigator.clipboard.writeText(reply.text);
      setMessage({ id: reply.id, ok: true, text: t(lang, 'replies.copied') });
    } catch {
      setMessage({ id: reply.id, ok: false, text: t(lang, 'replies.copyFailed') });
    }
  }

  const card = (reply: RenderedReply) => (
    <li key={reply.id} className="gvul-reply" data-testid="reply" data-reply-id={reply.id}>
      <div className="gvul-reply-head">
        <span className="gvul-reply-title">{reply.title}</span>
        <span className="gvul-reply-actions">
          <button
            type="button"
            className={reply.id === primary ? 'gvul-primary' : undefined}
            data-testid="reply-insert"
            onClick={() => void insert(reply)}
          >
            {t(lang, 'replies.insert')}
          </button>
          <button type="button" data-testid="reply-copy" onClick={() => void copy(reply)}>
            {t(lang, 'replies.copy')}
          </button>
        </span>
      </div>
      <details>
        <summary>{t(lang, 'replies.preview')}</summary>
        {/* The reply's own language decides its direction, whatever the UI language. */}
        <p className="gvul-preview" dir={dirOf(reply.lang)} lang={reply.lang}>
          {reply.text}
        </p>
      </details>
      {message?.id === reply.id && (
        <p className={message.ok ? 'gvul-ok' : 'gvul-error'} role="status" data-testid="reply-status">
          {message.text}
        </p>
      )}
    </li>
  );

  return (
    <section className="gvul-card" aria-labelledby="gvul-replies-heading">
      <h2 className="gvul-h2" id="gvul-replies-heading">
        {t(lang, 'replies.heading')}
      </h2>
      <ul className="gvul-replies">{replies.map(card)}</ul>
      {moreReplies.length > 0 && (
        <details className="gvul-more" data-testid="more-replies">
          <summary>{t(lang, 'replies.more')}</summary>
          <ul className="gvul-replies">{moreReplies.map(card)}</ul>
        </details>
      )}
    </section>
  );
}
