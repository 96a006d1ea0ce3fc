// Everything the sidebar shows for one ticket, derived in one place: the verdict (with the
// agent's correction, if any), how firmly it can be relied on, why, the SLA case and the replies
// that fit. The sidebar renders it; the keyboard command and the popup's status use the same
// derivation, so all three agree.
import { classify, questionsFor, type Evidence, type Question, type Verdict } from './classifier';
import { contractOf, type ContractMatch } from './contract';
import { ownerOf, type Certainty, type Owner, type Party } from './policy/labels';
import type { ClassificationPolicy } from './policy/classification';
import { rankReplies, renderReply, type RenderedReply } from './replies/render';
import type { ReplyId } from './replies/templates';
import { dueAt, type SlaTicket } from './sla';
import type { Settings } from './settings/defaults';
import type { Ticket } from './ticket';
import { localeOf } from './i18n/messages';
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
  const verdict = classify(ticket, policy);
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
  const facts = ticketFacts(ticket, verdict, policy, party);
  const ranked = rankReplies({
    party,
    clauses: verdict.evidence.filter((e) => !override || e.party === party).map((e) => e.clause),
    facts: facts.decisive,
    contract: !!contract,
  });
  const agentName = settings.agentName.trim() || pageAgent;
  const render = (ids: ReplyId[]) => renderAll(ids, ticket, verdict, questions, facts, settings, agentName, sla);
  const replies = render(ranked.shown);
  return {
    verdict,
    party,
    owner,
    contract,
    certainty,
    questions,
    between: between.length >= 2 ? between : [],
    why: whyOf(verdict, party, policy, !!override),
    sla,
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
  const question = questions.map((q) => q[lang]).join('\n') || undefined;
  return ids.flatMap((id) => {
    const template = settings.replies.find((r) => r.id === id);
    return template
      ? [renderReply(template, { ticket, lang, agentName, slaDue, question, facts: facts.values })]
      : [];
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
  return viewTicket(page.ticket, settings, overrides[ticketKey(page.helpdesk, page.ticket.id)], page.agent).replies[0];
}

/** The answer for what the sidebar holds now (the same derivation as the sidebar's own). */
export function tabStatusOf(
  state: { page: PageState | null; settings: Settings; overrides: Record<string, Party> },
  site: string,
  off: boolean,
): TabStatus {
  if (off) return { kind: 'off', site };
  const { page, settings, overrides } = state;
  if (!page) return { kind: 'not-helpdesk', site };
  if (page.kind !== 'ticket') return { ...page, site };
  const override = overrides[ticketKey(page.helpdesk, page.ticket.id)];
  const { verdict, party, owner, contract } = viewTicket(page.ticket, settings, override);
  return {
    kind: 'ticket',
    site,
    helpdesk: page.helpdesk,
    ticketId: page.ticket.id,
    verdict: { owner, party, queue: verdict.queue, urgent: verdict.urgent, confidence: verdict.confidence, overridden: !!override },
    contract: contract !== null,
  };
}
