// The verdict card: the sidebar's, and the options page's Try-a-ticket shows the same card so a
// team sees exactly what its agents will see with the settings being edited.
import type { ClassificationPolicy } from '@/lib/policy/classification';
import { PARTIES, type Party } from '@/lib/policy/labels';
import type { Lang } from '@/lib/ticket';
import type { TicketView } from '@/lib/ticket-view';
import { isolate, t } from '@/lib/i18n/messages';
import { clauseText, listOf, partyName, verdictHeadline } from '@/lib/i18n/verdict';

export function VerdictCard({
  view,
  policy,
  lang,
  onOverride,
}: {
  view: TicketView;
  policy: ClassificationPolicy;
  lang: Lang;
  onOverride: (party: Party | undefined) => void;
}) {
  const { verdict, party, owner, override, confidence, alternatives, urgent, certainty, questions, between, why, contract } = view;
  const question = questions.length > 0 && (
    <div data-testid="question" data-certainty={certainty} className="gvul-question">
      <strong>{t(lang, certainty === 'ask' ? 'verdict.question' : 'verdict.checkFirst')}</strong>
      <ul>
        {questions.map((q) => (
          <li key={q.id}>{q[lang]}</li>
        ))}
      </ul>
      {between.length > 0 && (
        <p className="gvul-muted">
          {t(lang, 'verdict.between', { parties: listOf(between.map((p) => partyName(policy, p, lang)), lang) })}
        </p>
      )}
    </div>
  );
  return (
    <section
      className={`gvul-card gvul-verdict gvul-owner-${owner} gvul-certainty-${certainty}`}
      aria-labelledby="gvul-verdict-heading"
    >
      <h2 className="gvul-h2" id="gvul-verdict-heading">
        {t(lang, 'verdict.heading')}
      </h2>
      {/* Unless the verdict is firm, what to ask comes before what Gvul thinks. */}
      {certainty !== 'firm' && question}
      <div className="gvul-headline">
        <span data-testid="owner" data-value={owner} data-certainty={certainty} className="gvul-owner">
          {verdictHeadline(policy, party, lang, certainty)}
        </span>
        <span data-testid="party" data-value={party} className="gvul-visually-hidden">
          {partyName(policy, party, lang)}
        </span>
      </div>
      <div className="gvul-meta">
        {override && <span className="gvul-badge">{t(lang, 'verdict.overridden')}</span>}
        {confidence !== undefined && (
          <span data-testid="confidence" data-value={confidence.toFixed(2)} className="gvul-badge">
            {t(lang, 'verdict.confidence', { pct: Math.round(confidence * 100) })}
          </span>
        )}
        <span className="gvul-badge">{t(lang, `queue.${verdict.queue}`)}</span>
        {urgent && <span className="gvul-badge gvul-urgent">{t(lang, 'verdict.urgent')}</span>}
      </div>
      <p className="gvul-muted">{policy.parties.find((p) => p.id === party)?.description[lang]}</p>

      {why.length > 0 && (
        <div data-testid="evidence" className="gvul-evidence">
          <strong>{t(lang, 'verdict.evidence')}</strong>
          <ul>
            {why.map(({ clause, party: p, phrases }) => (
              <li key={`${clause}:${p}`} data-clause={clause}>
                {phrases.map((e, i) => (
                  <span key={`${e.field}:${e.start}`}>
                    {i > 0 && ', '}
                    {/* The phrase as the customer wrote it, isolated in its own direction so the
                        quotation marks around it stay where the UI's direction puts them. */}
                    <q>
                      <bdi>
                        <mark data-testid="evidence-phrase">{e.text}</mark>
                      </bdi>
                    </q>
                  </span>
                ))}
                <div className="gvul-muted">
                  {partyName(policy, p, lang)}: {clauseText(policy, clause, lang)}
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}

      {alternatives.length > 0 && (
        <div className="gvul-alternatives">
          <strong>{t(lang, 'verdict.alternatives')}</strong>
          <ul>
            {alternatives.map((a) => (
              <li key={a.party}>
                {partyName(policy, a.party, lang)} · {Math.round(a.probability * 100)}%
              </li>
            ))}
          </ul>
        </div>
      )}

      {contract ? (
        <div className="gvul-contract" data-testid="contract" data-by={contract.by} data-rule={contract.rule}>
          <strong>{t(lang, 'verdict.contract')}</strong>
          <div className="gvul-muted" dir="auto">
            {t(lang, `verdict.contract.${contract.by}`, { rule: isolate(contract.rule) })}
          </div>
        </div>
      ) : (
        owner === 'customer' && <p className="gvul-extended">{t(lang, 'verdict.extended')}</p>
      )}

      <label className="gvul-override">
        <span>{t(lang, 'verdict.override')}</span>
        <select
          data-testid="override"
          value={override ?? ''}
          onChange={(e) => onOverride((e.target.value || undefined) as Party | undefined)}
        >
          <option value="">
            {t(lang, 'verdict.overrideNone')} ({partyName(policy, verdict.party, lang)})
          </option>
          {PARTIES.map((p) => (
            <option key={p} value={p}>
              {partyName(policy, p, lang)}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
