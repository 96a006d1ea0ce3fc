import { useState } from 'react';
import type { Lang } from '@/lib/ticket';
import { useOptions } from './context';
import { LinesField, NumberField, TextField } from './fields';
import { LANG_NAMES, o, type OptionsKey } from './messages';
import { partyName } from '@/components/VerdictCard';

const LANGS: Lang[] = ['he', 'en'];
const dirFor = (l: Lang) => (l === 'he' ? 'rtl' : 'ltr');

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

export function SignalsSection() {
  const { draft, lang } = useOptions();
  const [group, setGroup] = useState<(typeof GROUPS)[number]>('signals');
  const policy = draft.classification;
  return (
    <section aria-labelledby="signals-heading" id="signals">
      <h2 id="signals-heading">{o(lang, 'signals.heading')}</h2>
      <NumberField
        label={o(lang, 'signals.threshold')}
        path={['classification', 'abstainThreshold']}
        min={0}
        max={1}
        step={0.05}
        testId="abstain-threshold"
      />
      <p className="gvul-intro">{o(lang, 'signals.intro')}</p>
      <div role="group" aria-label={o(lang, 'signals.heading')} className="gvul-tabs">
        {GROUPS.map((g) => (
          <button key={g} type="button" aria-pressed={group === g} onClick={() => setGroup(g)}>
            {o(lang, `signals.group.${g}` as OptionsKey)}
          </button>
        ))}
      </div>
      {policy[group].map((signal, i) => {
        const parties = Object.entries(signal.parties ?? {})
          .filter(([, w]) => (w ?? 0) > 0)
          .map(([p]) => partyName(policy, p as never, lang));
        return (
          <details key={signal.id} className="gvul-box">
            <summary>
              <code>{signal.id}</code>
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
          </details>
        );
      })}
    </section>
  );
}
