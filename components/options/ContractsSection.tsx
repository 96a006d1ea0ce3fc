import { QUEUES, type Queue } from '@/lib/policy/labels';
import { DEFAULT_SLA_POLICY } from '@/lib/policy/sla';
import { t } from '@/lib/i18n/messages';
import { useOptions } from './context';
import { LinesField, Locked } from './fields';
import { ChannelHeaders, ChannelTargets } from './SlaSection';
import { o } from './messages';

/** Who has an extended service contract, and the 24/7 targets their tickets get. */
export function ContractsSection() {
  const { lang, draft, set, locked } = useOptions();
  const contract = draft.sla.contract;
  const toggleQueue = (queue: Queue, on: boolean) => {
    if (!contract) return;
    set(['sla', 'contract', 'queues'], QUEUES.filter((q) => (q === queue ? on : contract.queues.includes(q))));
  };
  return (
    <section aria-labelledby="contracts-heading" id="contracts">
      <h2 id="contracts-heading">{o(lang, 'contracts.heading')}</h2>
      <p className="gvul-intro">{o(lang, 'contracts.intro')}</p>
      <div className="gvul-grid">
        <LinesField label={o(lang, 'contracts.tags')} path={['contracts', 'tags']} dir="auto" testId="contract-tags" />
        <LinesField label={o(lang, 'contracts.organizations')} path={['contracts', 'organizations']} dir="auto" testId="contract-organizations" />
        <LinesField label={o(lang, 'contracts.requesters')} path={['contracts', 'requesters']} dir="ltr" testId="contract-requesters" />
      </div>

      <h3 className="gvul-h3">{o(lang, 'contracts.clock')}</h3>
      {contract ? (
        <>
          <fieldset className="gvul-box">
            <legend>
              {o(lang, 'contracts.queues')} <Locked path={['sla', 'contract', 'queues']} />
            </legend>
            {QUEUES.map((q) => (
              <label key={q} className="gvul-check">
                <input
                  type="checkbox"
                  checked={contract.queues.includes(q)}
                  disabled={locked(['sla', 'contract', 'queues'])}
                  data-testid={`contract-queue-${q}`}
                  onChange={(e) => toggleQueue(q, e.target.checked)}
                />
                <span>{t(lang, `queue.${q}`)}</span>
              </label>
            ))}
          </fieldset>
          <div className="gvul-scroll">
            <table className="gvul-table">
              <caption>
                {o(lang, 'contracts.targets')} <Locked path={['sla', 'contract', 'targets']} />
              </caption>
              <thead>
                <tr>
                  <ChannelHeaders />
                </tr>
              </thead>
              <tbody>
                <tr>
                  <ChannelTargets path={['sla', 'contract', 'targets']} queue={o(lang, 'contracts.customers')} testId="contract-target" />
                </tr>
              </tbody>
            </table>
          </div>
        </>
      ) : (
        // Settings imported from a file made before contract targets existed.
        <p>
          {o(lang, 'contracts.noTargets')}{' '}
          <button
            type="button"
            disabled={locked(['sla', 'contract'])}
            onClick={() =>
              set(['sla', 'contract'], {
                queues: DEFAULT_SLA_POLICY.contract?.queues ?? ['technical'],
                targets: draft.sla.targets[draft.sla.urgent.targetsOf],
              })
            }
          >
            {o(lang, 'contracts.setTargets')}
          </button>
        </p>
      )}
    </section>
  );
}
