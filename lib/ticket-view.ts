// Everything the sidebar shows for one ticket, derived in one place: the verdict (with the
// agent's correction, if any), the SLA case and the replies that fit. The sidebar renders it;
// the keyboard command and the popup's status use the same derivation, so all three agree.
import { classify, type Verdict } from './classifier';
import { contractOf, type ContractMatch } from './contract';
import { ownerOf, type Owner, type Party } from './policy/labels';
import { renderReply, replyIdsFor, type RenderedReply } from './replies/render';
import { dueAt, type SlaTicket } from './sla';
import type { Settings } from './settings/defaults';
import type { Ticket } from './ticket';
import { ticketKey, type PageState } from './store/sidebar';
import { localeOf } from './i18n/messages';

export interface TicketView {
  verdict: Verdict;
  /** The party in force: the agent's correction, else the verdict's. */
  party: Party;
  owner: Owner;
  /** What marks the customer as having an extended service contract, or null. */
  contract: ContractMatch | null;
  /** The SLA case, when the page gave a created time. */
  sla?: SlaTicket;
  replies: RenderedReply[];
}

export function viewTicket(ticket: Ticket, settings: Settings, override?: Party): TicketView {
  const verdict = classify(ticket, settings.classification);
  const party = override ?? verdict.party;
  const owner = ownerOf(party);
  // The verdict stays the policy's: a contract changes who handles it and how fast, not whose side it is.
  const contract = contractOf(ticket, settings.contracts);
  const sla: SlaTicket | undefined = ticket.createdAt
    ? {
        createdAt: ticket.createdAt,
        queue: verdict.queue,
        channel: ticket.channel ?? 'unknown',
        // 24/7 only for a provider-side system failure: a correction to a customer party ends it.
        urgent: owner === 'provider' && verdict.urgent,
        ...(contract ? { contract: true } : {}),
        firstReplyAt: ticket.firstReplyAt,
      }
    : undefined;
  return { verdict, party, owner, contract, sla, replies: repliesFor(ticket, verdict, party, settings, !!contract, sla) };
}

function repliesFor(
  ticket: Ticket,
  verdict: Verdict,
  party: Party,
  settings: Settings,
  contract: boolean,
  sla?: SlaTicket,
): RenderedReply[] {
  const lang = verdict.lang;
  let slaDue: string | undefined;
  try {
    slaDue = sla
      ? new Intl.DateTimeFormat(localeOf(lang), {
          weekday: 'long',
          hour: '2-digit',
          minute: '2-digit',
          timeZone: settings.sla.calendar.timeZone,
        }).format(new Date(dueAt(sla, settings.sla).dueAt))
      : undefined;
  } catch {
    // Without a due time the {{sla.due}} placeholder stays visible for the agent to fill.
  }
  const question = verdict.questions.map((q) => q[lang]).join('\n') || undefined;
  return replyIdsFor(party, { contract }).flatMap((id) => {
    const template = settings.replies.find((r) => r.id === id);
    return template ? [renderReply(template, { ticket, lang, agentName: settings.agentName, slaDue, question })] : [];
  });
}

/** The reply the insert-top-reply command puts in: the first one the sidebar shows now. */
export function topReply(state: {
  page: PageState | null;
  settings: Settings;
  overrides: Record<string, Party>;
}): RenderedReply | undefined {
  const { page, settings, overrides } = state;
  if (page?.kind !== 'ticket') return undefined;
  return viewTicket(page.ticket, settings, overrides[ticketKey(page.helpdesk, page.ticket.id)]).replies[0];
}
