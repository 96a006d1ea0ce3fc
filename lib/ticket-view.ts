// Everything a surface shows for one ticket, derived in one place: the verdict (with the agent's
// correction, if any), how firmly it can be relied on, why, the SLA case, when it is due and the
// replies that fit. The sidebar renders it, the options page's Try-a-ticket renders it with the
// settings being edited, the keyboard command inserts its first reply and the popup's status is
// its summary, so all four agree. The countdown's state, which changes with the clock, is
// `slaShown` of the same SLA case.
import { classifyUnder, questionsFor, type Evidence, type Question, type Verdict } from './classifier';
import { contractOf, type ContractMatch } from './contract';
import { ownerOf, type Certainty, type Owner, type Party } from './policy/labels';
import type { ClassificationPolicy } from './policy/classification';
import { rankReplies, renderReply, type RenderedReply } from './replies/render';
import type { ReplyId } from './replies/templates';
import { describeRule, dueAt, formatDue, formatRemaining, status as slaStatus, type SlaStatus, type SlaTicket } from './sla';
import type { SlaPolicy } from './policy/sla';
import type { Settings } from './settings/defaults';
import type { Lang, Ticket } from './ticket';
import { ticketKey, type PageState } from './store/sidebar';
import { ticketFacts, type TicketFacts } from './replies/facts';
import type { TabStatus } from './protocol/tab-status';

/** One line of "why": a clause of the policy and the customer's phrases that point to it. */
export interface WhyLine {
  clause: string;
  party: Party;
  /** Each phrase once, in ticket order. */
  phrases: Evidence[];
}

export interface TicketView {
  verdict: Verdict;
  /** The party in force: the agent's correction, else the verdict's. */
  party: Party;
  owner: Owner;
  /** The agent's correction of the party, when they made one. */
  override?: Party;
  /**
   * The classifier's confidence as shown: not after a correction (the agent decided) nor for an
   * undetermined verdict (there is no party to be sure of).
   */
  confidence?: number;
  /** The other parties worth weighing, best first: none after a correction or when undetermined, never "unknown". */
  alternatives: { party: Party; probability: number }[];
  /** A 24/7 case: only a provider-side system failure, so a correction to a customer party ends it. */
  urgent: boolean;
  /** What marks the customer as having an extended service contract, or null. */
  contract: ContractMatch | null;
  certainty: Certainty;
  /** What to ask the customer, first on screen unless the verdict is firm. */
  questions: Question[];
  /** For an `ask` verdict: the parties the question decides between, when there are several. */
  between: Party[];
  why: WhyLine[];
  /** The SLA case, when the page gave a created time. */
  sla?: SlaTicket;
  /** When the first response is due (ISO, UTC): absent without an SLA case or when the schedule cannot give one. */
  dueAt?: string;
  /** Shown at once, best first. */
  replies: RenderedReply[];
  /** Behind "More replies". */
  moreReplies: RenderedReply[];
  /** The reply marked as the one to send; none while the verdict is only leaning. */
  primary?: ReplyId;
}

export function certaintyOf(verdict: Verdict, override: Party | undefined, firmThreshold: number): Certainty {
  const owner = ownerOf(override ?? verdict.party);
  if (owner === 'undetermined') return 'ask';
  if (override) return 'firm';
  return verdict.confidence >= firmThreshold ? 'firm' : 'leaning';
}

/**
 * What the card shows of the classifier's numbers: its confidence and the other possibilities
 * (without "unknown": the question is what settles it), neither once the agent has decided nor
 * for an undetermined verdict, which has no party to be sure of.
 */
export function numbersShown(
  verdict: Verdict,
  override: Party | undefined,
  certainty: Certainty,
): Pick<TicketView, 'confidence' | 'alternatives'> {
  if (override || certainty === 'ask') return { alternatives: [] };
  return { confidence: verdict.confidence, alternatives: verdict.alternatives.filter((a) => a.party !== 'unknown') };
}

function candidatesOf(verdict: Verdict) {
  return [{ party: verdict.party, probability: verdict.confidence }, ...verdict.alternatives];
}

/**
 * "Why", once per phrase: the classifier may find one name through several signals. After a
 * correction, only what supports the corrected party, under that party's own clause.
 */
export function whyOf(verdict: Verdict, party: Party, policy: ClassificationPolicy, overridden: boolean): WhyLine[] {
  const seen = new Set<string>();
  const phrases = verdict.evidence.filter((e) => {
    const key = e.text.trim().toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return !overridden || e.party === party;
  });
  const lines = new Map<string, WhyLine>();
  if (overridden) {
    const clause = policy.parties.find((p) => p.id === party)?.clause;
    if (clause && !phrases.some((e) => e.clause === clause)) lines.set(`${clause}:${party}`, { clause, party, phrases: [] });
  }
  for (const e of phrases) {
    const key = `${e.clause}:${e.party}`;
    const line = lines.get(key) ?? { clause: e.clause, party: e.party, phrases: [] };
    line.phrases.push(e);
    lines.set(key, line);
  }
  return [...lines.values()];
}

/**
 * `pageAgent`: the signed-in agent as the helpdesk page shows them; the name set on the options
 * page, when there is one, signs instead.
 */
export function viewTicket(ticket: Ticket, settings: Settings, override?: Party, pageAgent?: string): TicketView {
  const policy = settings.classification;
  const verdict = classifyUnder(ticket, policy);
  const party = override ?? verdict.party;
  const owner = ownerOf(party);
  const certainty = certaintyOf(verdict, override, policy.firmThreshold);
  // The verdict stays the policy's: a contract changes who handles it and how fast, not whose side it is.
  const contract = contractOf(ticket, settings.contracts);
  const questions =
    certainty === 'firm'
      ? []
      : verdict.questions.length > 0
        ? verdict.questions
        : questionsFor(policy, candidatesOf(verdict));
  const asked = policy.questions.find((q) => q.id === questions[0]?.id);
  const between =
    certainty === 'ask' && asked
      ? verdict.alternatives.filter((a) => a.party !== 'unknown' && asked.parties.includes(a.party)).map((a) => a.party)
      : [];
  const urgent = owner === 'provider' && verdict.urgent;
  const sla: SlaTicket | undefined = ticket.createdAt
    ? {
        createdAt: ticket.createdAt,
        queue: verdict.queue,
        channel: ticket.channel ?? 'unknown',
        urgent,
        ...(contract ? { contract: true } : {}),
        firstReplyAt: ticket.firstReplyAt,
      }
    : undefined;
  const due = sla && dueOf(sla, settings.sla);
  const facts = ticketFacts(verdict, party);
  const ranked = rankReplies({
    party,
    clauses: verdict.evidence.filter((e) => !override || e.party === party).map((e) => e.clause),
    facts: facts.decisive,
    contract: !!contract,
  });
  const agentName = settings.agentName.trim() || pageAgent;
  // The reply's {{sla.due}} is written in the reply's language and the schedule's own zone.
  const timeZone = settings.sla.calendar.timeZone;
  const slaDue = due && formatDue(due, verdict.lang, timeZone);
  const render = (ids: ReplyId[]) => renderAll(ids, ticket, verdict, questions, facts, settings, agentName, slaDue);
  const replies = render(ranked.shown);
  return {
    verdict,
    party,
    owner,
    ...(override ? { override } : {}),
    ...numbersShown(verdict, override, certainty),
    urgent,
    contract,
    certainty,
    questions,
    between: between.length >= 2 ? between : [],
    why: whyOf(verdict, party, policy, !!override),
    sla,
    ...(due ? { dueAt: due } : {}),
    replies,
    moreReplies: render(ranked.more),
    primary: certainty === 'leaning' ? undefined : replies[0]?.id,
  };
}

function renderAll(
  ids: ReplyId[],
  ticket: Ticket,
  verdict: Verdict,
  questions: Question[],
  facts: TicketFacts,
  settings: Settings,
  agentName: string | undefined,
  slaDue: string | undefined,
): RenderedReply[] {
  const lang = verdict.lang;
  const question = questions.map((q) => q[lang]).join('\n') || undefined;
  return ids.flatMap((id) => {
    const template = settings.replies.find((r) => r.id === id);
    return template
      ? [renderReply(template, { ticket, lang, agentName, slaDue, question, facts: facts.values })]
      : [];
  });
}

/**
 * The due time, or none when the schedule cannot give one (a team's calendar with no business
 * time): then the countdown says why, and a reply's {{sla.due}} stays visible for the agent to fill.
 */
function dueOf(sla: SlaTicket, policy: SlaPolicy): string | undefined {
  try {
    return dueAt(sla, policy).dueAt;
  } catch {
    return undefined;
  }
}

/** What the sidebar holds: the page, the settings and the agent's corrections. */
export interface SidebarHolding {
  page: PageState | null;
  /** Null before the settings are in, when there is no reading either. */
  settings: Settings | null;
  overrides: Record<string, Party>;
}

/** The view of the ticket on the page, with the agent's correction for it; none without a ticket. */
export function viewOfPage({ page, settings, overrides }: SidebarHolding): TicketView | undefined {
  if (page?.kind !== 'ticket' || !settings) return undefined;
  return viewTicket(page.ticket, settings, overrides[ticketKey(page)], page.agent);
}

/** The reply the insert-top-reply command puts in: the first one the sidebar shows now. */
export const topReply = (state: SidebarHolding): RenderedReply | undefined => viewOfPage(state)?.replies[0];

/** The countdown now: its state and its words, as the SLA card and the collapsed tab show them. */
export interface SlaShown {
  status: SlaStatus;
  /** "1 h 20 min left", "overdue by …", "starts Sunday 09:00". */
  remaining: string;
  /** When it is due, in the agent's zone (labelled when that is not the schedule's). */
  due: string;
  /** The rule behind the target: queue, channel, amount, schedule. */
  rule: string;
}

export function slaShown(sla: SlaTicket, now: number, policy: SlaPolicy, lang: Lang, timeZone: string): SlaShown {
  const status = slaStatus(sla, now, policy);
  return {
    status,
    remaining: formatRemaining(status, lang, timeZone),
    due: formatDue(status.dueAt, lang, timeZone, status.timeZone),
    rule: describeRule(status.target, policy, lang),
  };
}

/** The popup's answer for what the sidebar holds now: the view's summary, without ticket text. */
export function tabStatusOf(state: SidebarHolding, site: string, off: boolean): TabStatus {
  if (off) return { kind: 'off', site };
  const { page } = state;
  // Without the settings no helpdesk is recognised (the sidebar says why it shows no verdict).
  if (!page || !state.settings || page.kind === 'no-settings') return { kind: 'not-helpdesk', site };
  if (page.kind !== 'ticket') return { ...page, site };
  const view = viewOfPage(state)!;
  return {
    kind: 'ticket',
    site,
    helpdesk: page.helpdesk,
    ticketId: page.ticket.id,
    verdict: {
      owner: view.owner,
      party: view.party,
      queue: view.verdict.queue,
      urgent: view.urgent,
      certainty: view.certainty,
      ...(view.confidence !== undefined ? { confidence: view.confidence } : {}),
      overridden: !!view.override,
    },
    contract: view.contract !== null,
  };
}
