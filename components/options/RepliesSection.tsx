import { useId, useState } from 'react';
import type { Lang, Ticket } from '@/lib/ticket';
import { PLACEHOLDERS } from '@/lib/replies/templates';
import { renderReply } from '@/lib/replies/render';
import { useOptions } from './context';
import { TextField } from './fields';
import { LANG_NAMES, o } from './messages';
import { dirOf } from '@/lib/i18n/messages';

const LANGS: Lang[] = ['he', 'en'];

/** The sample ticket of the live preview (made up; no real ticket is ever used here). */
const SAMPLE: Record<Lang, Ticket> = {
  en: { id: '48213', subject: 'Outlook keeps asking for the password', body: '', requester: { name: 'Dana Levi' }, lang: 'en' },
  he: { id: '48213', subject: 'אאוטלוק מבקש סיסמה כל הזמן', body: '', requester: { name: 'דנה לוי' }, lang: 'he' },
};
const SAMPLE_DUE: Record<Lang, string> = { en: 'Sunday 11:00', he: 'יום ראשון 11:00' };

export function RepliesSection() {
  const { draft, lang } = useOptions();
  const [chosen, setChosen] = useState(draft.replies[0]?.id);
  const selectId = useId();
  const index = Math.max(0, draft.replies.findIndex((r) => r.id === chosen));
  const template = draft.replies[index];
  return (
    <section aria-labelledby="replies-heading" id="replies">
      <h2 id="replies-heading">{o(lang, 'replies.heading')}</h2>
      <p className="gvul-intro">{o(lang, 'replies.intro')}</p>
      <div className="gvul-field">
        <label htmlFor={selectId}>{o(lang, 'replies.choose')}</label>
        <select id={selectId} value={template?.id} data-testid="reply-choose" onChange={(e) => setChosen(e.target.value as typeof chosen)}>
          {draft.replies.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title[lang]}
            </option>
          ))}
        </select>
      </div>
      {template && (
        <div className="gvul-two">
          {LANGS.map((l) => {
            const preview = renderReply(template, {
              ticket: SAMPLE[l],
              lang: l,
              agentName: draft.agentName || o(l, 'replies.sampleAgent'),
              slaDue: SAMPLE_DUE[l],
              question: draft.classification.questions[0]?.[l],
            });
            return (
              <div key={l} lang={l}>
                <TextField
                  label={o(lang, 'replies.title', { lang: LANG_NAMES[lang][l] })}
                  path={['replies', index, 'title', l]}
                  dir={dirOf(l)}
                />
                <TextField
                  label={o(lang, 'replies.body', { lang: LANG_NAMES[lang][l] })}
                  path={['replies', index, 'body', l]}
                  multiline
                  rows={10}
                  dir={dirOf(l)}
                  testId={`reply-body-${l}`}
                />
                <h3 className="gvul-h3">{o(lang, 'replies.preview', { lang: LANG_NAMES[lang][l] })}</h3>
                <p className="gvul-preview" dir={dirOf(l)} data-testid={`reply-preview-${l}`}>
                  {preview.text}
                </p>
                {preview.unfilled.length > 0 && (
                  <p className="gvul-muted">{o(lang, 'replies.unfilled', { list: preview.unfilled.join(', ') })}</p>
                )}
              </div>
            );
          })}
        </div>
      )}
      <h3 className="gvul-h3">{o(lang, 'replies.placeholders')}</h3>
      <ul className="gvul-placeholders" dir="ltr">
        {PLACEHOLDERS.map((p) => (
          <li key={p}>
            <code>{p}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
