import { useId, useRef, useState, type FormEvent } from 'react';
import type { Lang } from '@/lib/ticket';
import type { ClassificationPolicy, Signal } from '@/lib/policy/classification';
import { ID_PATTERN, MAX_ID_CHARS, MAX_WEIGHT, SignalSchema } from '@/lib/policy/schema';
import { checkPart, problemsText } from '@/lib/settings/schema';
import { PARTIES, type Party } from '@/lib/policy/labels';
import { useOptions } from './context';
import { FormOutcome, LinesField, Locked, NumberField, TextField, parseLines } from './fields';
import { LANG_NAMES, o, type OptionsKey } from './messages';
import { partyName } from '@/lib/i18n/verdict';
import { dirOf } from '@/lib/i18n/messages';

const LANGS: Lang[] = ['he', 'en'];
const dirFor = dirOf;

export function PartiesSection() {
  const { draft, lang } = useOptions();
  return (
    <section aria-labelledby="parties-heading" id="parties">
      <h2 id="parties-heading">{o(lang, 'parties.heading')}</h2>
      <p className="gvul-intro">{o(lang, 'parties.intro')}</p>
      <div className="gvul-grid">
        {draft.classification.parties.map((party, i) => (
          <fieldset key={party.id} className="gvul-box">
            <legend>{partyName(draft.classification, party.id, lang)}</legend>
            {LANGS.map((l) => (
              <TextField
                key={`name-${l}`}
                label={o(lang, 'parties.name', { lang: LANG_NAMES[lang][l] })}
                path={['classification', 'parties', i, 'name', l]}
                dir={dirFor(l)}
                testId={`party-name-${party.id}-${l}`}
              />
            ))}
            {LANGS.map((l) => (
              <TextField
                key={`desc-${l}`}
                label={o(lang, 'parties.description', { lang: LANG_NAMES[lang][l] })}
                path={['classification', 'parties', i, 'description', l]}
                multiline
                rows={2}
                dir={dirFor(l)}
              />
            ))}
          </fieldset>
        ))}
      </div>
    </section>
  );
}

const GROUPS = ['signals', 'scopeCues', 'requestCues', 'urgencyCues'] as const;
type Group = (typeof GROUPS)[number];


/** Every id the compiled policy keys a signal on: a new signal must not shadow any of them. */
function usedSignalIds(policy: ClassificationPolicy): Set<string> {
  return new Set([
    ...GROUPS.flatMap((g) => policy[g].map((s) => s.id)),
    ...policy.pastedOutput.map((s) => s.id),
    ...policy.services.map((s) => s.id),
  ]);
}


export function SignalsSection() {
  const { draft, lang, set, lockedWithin } = useOptions();
  const [group, setGroup] = useState<Group>('signals');
  const [removing, setRemoving] = useState<string | null>(null);
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());
  const policy = draft.classification;
  const groupLocked = lockedWithin(['classification', group]);
  const cancelRemove = () => {
    const id = removing;
    setRemoving(null);
    if (id) removeButtons.current.get(id)?.focus();
  };
  return (
    <section aria-labelledby="signals-heading" id="signals">
      <h2 id="signals-heading">{o(lang, 'signals.heading')}</h2>
      <NumberField
        label={o(lang, 'signals.threshold')}
        path={['classification', 'abstainThreshold']}
        step={0.05}
        testId="abstain-threshold"
      />
      <NumberField
        label={o(lang, 'signals.firmThreshold')}
        path={['classification', 'firmThreshold']}
        step={0.05}
        testId="firm-threshold"
      />
      <p className="gvul-intro">{o(lang, 'signals.intro')}</p>
      <div role="group" aria-label={o(lang, 'signals.heading')} className="gvul-tabs">
        {GROUPS.map((g) => (
          <button
            key={g}
            type="button"
            aria-pressed={group === g}
            data-testid={`signals-group-${g}`}
            onClick={() => {
              setGroup(g);
              setRemoving(null);
            }}
          >
            {o(lang, `signals.group.${g}` as OptionsKey)}
          </button>
        ))}
      </div>
      {policy[group].map((signal, i) => {
        const parties = Object.entries(signal.parties ?? {})
          .filter(([, w]) => (w ?? 0) > 0)
          .map(([p]) => partyName(policy, p as never, lang));
        return (
          <details key={signal.id} className="gvul-box" data-testid={`signal-${signal.id}`}>
            <summary>
              <code dir="ltr">{signal.id}</code>
              {parties.length > 0 && <span className="gvul-muted"> · {o(lang, 'signals.points', { parties: parties.join(', ') })}</span>}
            </summary>
            <div className="gvul-two">
              {LANGS.map((l) => (
                <LinesField
                  key={l}
                  label={o(lang, 'signals.phrases', { lang: LANG_NAMES[lang][l] })}
                  path={['classification', group, i, 'phrases', l]}
                  dir={dirFor(l)}
                />
              ))}
            </div>
            <div className="gvul-row">
              <button
                type="button"
                disabled={groupLocked}
                data-testid={`signal-remove-${signal.id}`}
                ref={(el) => {
                  if (el) removeButtons.current.set(signal.id, el);
                  else removeButtons.current.delete(signal.id);
                }}
                onClick={() => setRemoving(signal.id)}
              >
                {o(lang, 'signals.remove', { id: signal.id })}
              </button>
            </div>
            {removing === signal.id && (
              <div role="alertdialog" aria-labelledby={`signal-remove-question-${signal.id}`} className="gvul-confirm" data-testid="signal-remove-confirm">
                <p id={`signal-remove-question-${signal.id}`}>{o(lang, 'signals.removeConfirm', { id: signal.id })}</p>
                <button
                  type="button"
                  data-testid="signal-remove-yes"
                  disabled={groupLocked}
                  autoFocus
                  onClick={() => {
                    setRemoving(null);
                    set(['classification', group], policy[group].filter((s) => s.id !== signal.id));
                  }}
                >
                  {o(lang, 'signals.removeYes')}
                </button>{' '}
                <button type="button" data-testid="signal-remove-no" onClick={cancelRemove}>
                  {o(lang, 'signals.removeNo')}
                </button>
              </div>
            )}
          </details>
        );
      })}
      <AddSignalForm key={group} group={group} locked={groupLocked} />
    </section>
  );
}

function AddSignalForm({ group, locked }: { group: Group; locked: boolean }) {
  const { draft, lang, set } = useOptions();
  const policy = draft.classification;
  const uid = useId();
  const targets = policy.parties.filter((p) => p.id !== 'unknown' && PARTIES.includes(p.id));
  const [id, setId] = useState('');
  const [party, setParty] = useState<Party>(targets[0]?.id ?? 'provider');
  const [weight, setWeight] = useState('1.0');
  const [clause, setClause] = useState(() => targets[0]?.clause ?? policy.clauses[0]?.id ?? '');
  const [phrases, setPhrases] = useState<Record<Lang, string>>({ he: '', en: '' });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  /** The new signal as the settings schema checks it (the same words an import would give), then what only this policy can tell. */
  const checked = (): { ok: true; signal: Signal } | { ok: false; text: string } => {
    const candidate = {
      id: id.trim(),
      phrases: { he: parseLines(phrases.he), en: parseLines(phrases.en) },
      parties: { [party]: weight.trim() === '' ? Number.NaN : Number(weight) },
      clause,
    };
    const r = checkPart(SignalSchema, candidate, lang);
    if (!r.ok) return { ok: false, text: problemsText(r.problems, 1) };
    const signal = r.value;
    if (usedSignalIds(policy).has(signal.id)) return { ok: false, text: o(lang, 'signals.add.idTaken', { id: signal.id }) };
    if (!targets.some((p) => p.id === party)) return { ok: false, text: o(lang, 'signals.add.partyMissing') };
    if (!policy.clauses.some((c) => c.id === clause)) return { ok: false, text: o(lang, 'signals.add.clauseMissing') };
    if (LANGS.every((l) => signal.phrases[l].length === 0)) return { ok: false, text: o(lang, 'signals.add.noPhrases') };
    return { ok: true, signal };
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (locked) return;
    const r = checked();
    if (!r.ok) {
      setMessage({ ok: false, text: r.text });
      return;
    }
    const { signal } = r;
    set(['classification', group], [...policy[group], signal]);
    setMessage({ ok: true, text: o(lang, 'signals.add.done', { id: signal.id }) });
    setId('');
    setPhrases({ he: '', en: '' });
  };

  const field = (name: string) => `${uid}-${name}`;
  return (
    <form className="gvul-box" onSubmit={submit} aria-labelledby={field('legend')} data-testid="signal-add-form" noValidate>
      <fieldset disabled={locked}>
        <legend id={field('legend')}>
          {o(lang, 'signals.add.heading', { group: o(lang, `signals.group.${group}` as OptionsKey) })}{' '}
          <Locked path={['classification', group]} />
        </legend>
        <div className="gvul-two">
          <div className="gvul-field">
            <label htmlFor={field('id')}>{o(lang, 'signals.add.id')}</label>
            <input
              id={field('id')}
              type="text"
              dir="ltr"
              value={id}
              required
              pattern={ID_PATTERN.source}
              maxLength={MAX_ID_CHARS}
              aria-invalid={message !== null && !message.ok ? true : undefined}
              aria-describedby={field('message')}
              data-testid="signal-new-id"
              onChange={(e) => setId(e.target.value)}
            />
          </div>
          <div className="gvul-field">
            <label htmlFor={field('party')}>{o(lang, 'signals.add.party')}</label>
            <select
              id={field('party')}
              value={party}
              data-testid="signal-new-party"
              onChange={(e) => {
                const next = e.target.value as Party;
                setParty(next);
                // Follow the party's own clause unless one was picked on purpose.
                const before = targets.find((p) => p.id === party)?.clause;
                const after = targets.find((p) => p.id === next)?.clause;
                if (after && clause === before) setClause(after);
              }}
            >
              {targets.map((p) => (
                <option key={p.id} value={p.id}>
                  {partyName(policy, p.id, lang)}
                </option>
              ))}
            </select>
          </div>
          <div className="gvul-field">
            <label htmlFor={field('weight')}>{o(lang, 'signals.add.weight', { min: -MAX_WEIGHT, max: MAX_WEIGHT })}</label>
            <input
              id={field('weight')}
              type="number"
              inputMode="decimal"
              min={-MAX_WEIGHT}
              max={MAX_WEIGHT}
              step={0.1}
              value={weight}
              data-testid="signal-new-weight"
              onChange={(e) => setWeight(e.target.value)}
            />
          </div>
          <div className="gvul-field">
            <label htmlFor={field('clause')}>{o(lang, 'signals.add.clause')}</label>
            <select id={field('clause')} value={clause} data-testid="signal-new-clause" onChange={(e) => setClause(e.target.value)}>
              {policy.clauses.map((c) => (
                <option key={c.id} value={c.id} title={c[lang]}>
                  {c[lang].length > 60 ? `${c[lang].slice(0, 59)}…` : c[lang]}
                </option>
              ))}
            </select>
          </div>
          {LANGS.map((l) => (
            <div className="gvul-field" key={l}>
              <label htmlFor={field(`phrases-${l}`)}>{o(lang, 'signals.phrases', { lang: LANG_NAMES[lang][l] })}</label>
              <textarea
                id={field(`phrases-${l}`)}
                rows={3}
                dir={dirFor(l)}
                value={phrases[l]}
                data-testid={`signal-new-phrases-${l}`}
                onChange={(e) => setPhrases((old) => ({ ...old, [l]: e.target.value }))}
              />
            </div>
          ))}
        </div>
        <button type="submit" data-testid="signal-add">
          {o(lang, 'signals.add.submit')}
        </button>
      </fieldset>
      <FormOutcome id={field('message')} testId="signal-add-message" message={message} />
    </form>
  );
}
