import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { describeRule, formatRemaining, status as slaStatus, type SlaTicket } from '@/lib/sla';
import type { SlaPolicy } from '@/lib/policy/sla';
import type { Lang } from '@/lib/ticket';
import { localeOf, t } from '@/lib/i18n/messages';

interface SlaProps {
  clock: StoreApi<{ now: number }>;
  ticket: SlaTicket;
  policy: SlaPolicy;
  lang: Lang;
  timeZone: string;
}

/**
 * The ticket's SLA status now. The two countdowns below are the only components that subscribe
 * to the clock, so a tick re-renders them and nothing else.
 */
function useSlaStatus({ clock, ticket, policy }: SlaProps) {
  const now = useStore(clock, (s) => s.now);
  return slaStatus(ticket, now, policy);
}

/** The countdown in one line, for the collapsed sidebar: the same `sla` hook as the full card. */
export function SlaSummary(props: SlaProps) {
  const s = useSlaStatus(props);
  return (
    <span className="gvul-sla-line" data-testid="sla" data-due-at={s.dueAt} data-state={s.state}>
      {formatRemaining(s, props.lang, props.timeZone)}
    </span>
  );
}

/** The first-response countdown card: when it is due, how long is left, and the rule behind it. */
export function SlaCountdown(props: SlaProps) {
  const { policy, lang, timeZone } = props;
  const s = useSlaStatus(props);
  const due = new Intl.DateTimeFormat(localeOf(lang), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(s.dueAt));
  // The rule beside it is written in the schedule's zone: a time in another zone says which.
  const dueShown = timeZone === s.timeZone ? due : t(lang, 'sla.zoned', { moment: due, zone: `\u2068${timeZone}\u2069` });
  return (
    <section
      className={`gvul-card gvul-sla gvul-sla-${s.state}`}
      data-testid="sla"
      data-due-at={s.dueAt}
      data-state={s.state}
      data-clock={s.clock}
      data-contract={s.target.contract ? 'true' : undefined}
      title={describeRule(s.target, policy, lang)}
      aria-label={t(lang, 'sla.heading')}
    >
      <h2 className="gvul-h2">{t(lang, 'sla.heading')}</h2>
      <div className="gvul-sla-remaining" role="timer" aria-live="off">
        {formatRemaining(s, lang, timeZone)}
      </div>
      <div className="gvul-muted">
        {t(lang, 'sla.due', { time: dueShown })} · {describeRule(s.target, policy, lang)}
      </div>
    </section>
  );
}
