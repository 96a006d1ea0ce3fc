import type { Evidence, Verdict } from '@/lib/classifier';
import type { ContractMatch } from '@/lib/contract';
import type { ClassificationPolicy } from '@/lib/policy/classification';
import { ownerOf, PARTIES, type Party } from '@/lib/policy/labels';
import type { Lang, Ticket } from '@/lib/ticket';
import { t } from '@/lib/i18n/messages';

export function partyName(policy: ClassificationPolicy, party: Party, lang: Lang): string {
  return policy.parties.find((p) => p.id === party)?.name[lang] ?? party;
}

function clauseText(policy: ClassificationPolicy, id: string, lang: Lang): string {
  return policy.clauses.find((c) => c.id === id)?.[lang] ?? id;
}

/** "Customer side: Internet provider", in plain words. */
export function verdictHeadline(policy: ClassificationPolicy, party: Party, lang: Lang): string {
  const owner = ownerOf(party);
  if (owner === 'customer') return `${t(lang, 'owner.customer')}: ${partyName(policy, party, lang)}`;
  return t(lang, owner === 'provider' ? 'owner.provider' : 'owner.undetermined');
}

/** Phrases that support the same clause are shown together, under the clause, once. */
function groupByClause(evidence: Evidence[]) {
  const groups = new Map<string, { clause: string; party: Party; items: Evidence[] }>();
  for (const e of evidence) {
    const key = `${e.clause}:${e.party}`;
    const group = groups.get(key) ?? { clause: e.clause, party: e.party, items: [] };
    group.items.push(e);
    groups.set(key, group);
  }
  return [...groups.values()];
}

export function VerdictCard({
  verdict,
  ticket,
  policy,
  lang,
  override,
  onOverride,
  contract,
}: {
  verdict: Verdict;
  ticket: Ticket;
  policy: ClassificationPolicy;
  lang: Lang;
  override: Party | undefined;
  /** What marks the customer as having an extended service contract, or null. */
  contract: ContractMatch | null;
  onOverride: (party: Party | undefined) => void;
}) {
  const party = override ?? verdict.party;
  const owner = ownerOf(party);
  const pct = Math.round(verdict.confidence * 100);
  return (
    <section className={`gvul-card gvul-verdict gvul-owner-${owner}`} aria-labelledby="gvul-verdict-heading">
      <h2 className="gvul-h2" id="gvul-verdict-heading">
        {t(lang, 'verdict.heading')}
      </h2>
      <div className="gvul-headline">
        <span data-testid="owner" data-value={owner} className="gvul-owner">
          {verdictHeadline(policy, party, lang)}
        </span>
        <span data-testid="party" data-value={party} className="gvul-visually-hidden">
          {partyName(policy, party, lang)}
        </span>
      </div>
      <div className="gvul-meta">
        {override ? (
          <span className="gvul-badge">{t(lang, 'verdict.overridden')}</span>
        ) : (
          <span data-testid="confidence" data-value={verdict.confidence.toFixed(2)} className="gvul-badge">
            {t(lang, 'verdict.confidence', { pct })}
          </span>
        )}
        <span className="gvul-badge">{t(lang, `queue.${verdict.queue}`)}</span>
        {verdict.urgent && <span className="gvul-badge gvul-urgent">{t(lang, 'verdict.urgent')}</span>}
      </div>
      <p className="gvul-muted">{policy.parties.find((p) => p.id === party)?.description[lang]}</p>

      {owner === 'undetermined' && verdict.questions.length > 0 && (
        <div data-testid="question" className="gvul-question">
          <strong>{t(lang, 'verdict.question')}</strong>
          <ul>
            {verdict.questions.map((q) => (
              <li key={q.id}>{q[lang]}</li>
            ))}
          </ul>
        </div>
      )}

      {verdict.evidence.length > 0 && (
        <div data-testid="evidence" className="gvul-evidence">
          <strong>{t(lang, 'verdict.evidence')}</strong>
          <ul>
            {groupByClause(verdict.evidence).map(({ clause, party: p, items }) => (
              <li key={`${clause}:${p}`}>
                {items.map((e, i) => (
                  <span key={`${e.field}:${e.start}`}>
                    {i > 0 && ', '}
                    {/* The phrase as the customer wrote it, in its own direction. */}
                    <q dir="auto">
                      <mark>{(e.field === 'subject' ? ticket.subject : ticket.body).slice(e.start, e.end)}</mark>
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

      {verdict.alternatives.length > 0 && !override && (
        <div className="gvul-alternatives">
          <strong>{t(lang, 'verdict.alternatives')}</strong>
          <ul>
            {verdict.alternatives.map((a) => (
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
            {t(lang, `verdict.contract.${contract.by}`, { rule: contract.rule })}
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
