import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { SlaTicket } from '@/lib/sla';
import type { SlaPolicy } from '@/lib/policy/sla';
import type { Lang } from '@/lib/ticket';
import { slaShown } from '@/lib/ticket-view';
import { t } from '@/lib/i18n/messages';

interface SlaProps {
  clock: StoreApi<{ now: number }>;
  ticket: SlaTicket;
  policy: SlaPolicy;
  lang: Lang;
  timeZone: string;
}

/**
 * The ticket's SLA countdown now. The two countdowns below are the only components that
 * subscribe to the clock, so a tick re-renders them and nothing else.
 */
function useSlaShown({ clock, ticket, policy, lang, timeZone }: SlaProps) {
  const now = useStore(clock, (s) => s.now);
  return slaShown(ticket, now, policy, lang, timeZone);
}

/** The countdown in one line, for the collapsed sidebar: the same `sla` hook as the full card. */
export function SlaSummary(props: SlaProps) {
  const { status, remaining } = useSlaShown(props);
  return (
    <span className="gvul-sla-line" data-testid="sla" data-due-at={status.dueAt} data-state={status.state}>
      {remaining}
    </span>
  );
}

/** The first-response countdown card: when it is due, how long is left, and the rule behind it. */
export function SlaCountdown(props: SlaProps) {
  const { lang } = props;
  const { status: s, remaining, due, rule } = useSlaShown(props);
  return (
    <section
      className={`gvul-card gvul-sla gvul-sla-${s.state}`}
      data-testid="sla"
      data-due-at={s.dueAt}
      data-state={s.state}
      data-clock={s.clock}
      data-contract={s.target.contract ? 'true' : undefined}
      title={rule}
      aria-label={t(lang, 'sla.heading')}
    >
      <h2 className="gvul-h2">{t(lang, 'sla.heading')}</h2>
      <div className="gvul-sla-remaining" role="timer" aria-live="off">
        {remaining}
      </div>
      <div className="gvul-muted">
        {t(lang, 'sla.due', { time: due })} · {rule}
      </div>
    </section>
  );
}
