import { useId, useMemo, useState } from 'react';
import type { Party } from '@/lib/policy/labels';
import { formatDue } from '@/lib/sla';
import { viewTicket } from '@/lib/ticket-view';
import { CHANNELS, type Channel, type Ticket } from '@/lib/ticket';
import { VerdictCard } from '@/components/shared/VerdictCard';
import { useOptions } from './context';
import { CHANNEL_NAMES, o } from './messages';

/** A pasted ticket through the same classifier and SLA clock as the sidebar, with the draft settings. */
export function TryTicket({ now }: { now: () => Date }) {
  const { lang, draft } = useOptions();
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [channel, setChannel] = useState<Channel>('email');
  const [email, setEmail] = useState('');
  const [tags, setTags] = useState('');
  const [organization, setOrganization] = useState('');
  const [override, setOverride] = useState<Party | undefined>();
  const ids = { body: useId(), channel: useId() };
  // Created "now" once per text, so the due time does not move while the agent reads it.
  const ticket = useMemo<Ticket | null>(() => {
    if (!body.trim() && !subject.trim()) return null;
    const tagList = tags.split(',').map((t) => t.trim()).filter(Boolean);
    return {
      id: 'try',
      subject,
      body,
      channel,
      createdAt: now().toISOString(),
      ...(email.trim() ? { requester: { email: email.trim() } } : {}),
      ...(tagList.length ? { tags: tagList } : {}),
      ...(organization.trim() ? { organization: organization.trim() } : {}),
    };
  }, [subject, body, channel, email, tags, organization, now]);
  // The sidebar's own derivation, with the settings being edited; the due time in the schedule's zone.
  const view = useMemo(() => (ticket ? viewTicket(ticket, draft, override) : null), [ticket, draft, override]);
  const at = view?.dueAt;
  return (
    <section aria-labelledby="try-heading" id="try">
      <h2 id="try-heading">{o(lang, 'try.heading')}</h2>
      <p className="gvul-intro">{o(lang, 'try.intro')}</p>
      <TryInput label={o(lang, 'try.subject')} value={subject} onChange={setSubject} testId="try-subject" />
      <div className="gvul-field">
        <label htmlFor={ids.body}>{o(lang, 'try.body')}</label>
        <textarea id={ids.body} rows={5} dir="auto" value={body} data-testid="try-body" onChange={(e) => setBody(e.target.value)} />
      </div>
      <div className="gvul-field">
        <label htmlFor={ids.channel}>{o(lang, 'try.channel')}</label>
        <select id={ids.channel} value={channel} data-testid="try-channel" onChange={(e) => setChannel(e.target.value as Channel)}>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {CHANNEL_NAMES[lang][c]}
            </option>
          ))}
        </select>
      </div>
      <div className="gvul-two">
        <TryInput label={o(lang, 'try.email')} value={email} onChange={setEmail} testId="try-email" type="email" dir="ltr" />
        <TryInput label={o(lang, 'try.tags')} value={tags} onChange={setTags} testId="try-tags" />
        <TryInput label={o(lang, 'try.organization')} value={organization} onChange={setOrganization} testId="try-organization" />
      </div>
      {ticket && view && (
        <div className="gvul-try-result" data-testid="try-result" lang={lang}>
          <VerdictCard view={view} policy={draft.classification} lang={lang} onOverride={setOverride} />
          <p className="gvul-card" data-testid="try-due" data-due-at={at}>
            {at ? o(lang, 'try.due', { time: formatDue(at, lang, draft.sla.calendar.timeZone) }) : o(lang, 'try.noDue')}
          </p>
        </div>
      )}
    </section>
  );
}

/** One line of the try-a-ticket form: nothing here is a setting, so it is kept in the section's own state. */
function TryInput({
  label,
  value,
  onChange,
  testId,
  type = 'text',
  dir = 'auto',
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
  type?: 'text' | 'email';
  dir?: 'auto' | 'ltr';
}) {
  const id = useId();
  return (
    <div className="gvul-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} dir={dir} value={value} data-testid={testId} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
