// Filling a reply template for one ticket. The result is plain text: whoever inserts it puts it
// in as text, so a name like "<b>Dana</b>" from the ticket stays those literal characters.
import type { Lang, Ticket } from '../ticket';
import type { Party } from '../policy/labels';
import type { ReplyId, ReplyTemplate } from './templates';

export interface ReplyContext {
  ticket: Ticket;
  lang: Lang;
  agentName?: string;
  /** The first-response due time, already formatted for the customer. */
  slaDue?: string;
  /** The question that would decide an undetermined ticket, in the ticket's language. */
  question?: string;
  /** The ticket's own facts (lib/replies/facts.ts): the outside company's name, the customer's scope words. */
  facts?: { company?: string; scope?: string };
}

export interface RenderedReply {
  id: ReplyId;
  title: string;
  text: string;
  lang: Lang;
  /** Placeholders the template used that had no value here (left in the text for the agent to see). */
  unfilled: string[];
}

// Characters that would let ticket text reorder, hide or pad what the agent inserts: controls,
// direction marks and embeddings (U+061C, U+200E/F, U+202A-E, U+2066-9), zero-width and invisible
// operators (U+200B-D, U+2060-4, U+FEFF), soft hyphen, combining grapheme joiner, Hangul fillers,
// Mongolian vowel separator, variation selectors and tag characters.
const UNSAFE_CHARS =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb]|\udb40[\udc00-\uddef]/g;

/** A filled placeholder is at most this long: a name or a subject, not a ticket's worth of text. */
export const MAX_PLACEHOLDER = 200;

function clean(value: string | undefined, max = MAX_PLACEHOLDER): string | undefined {
  if (value === undefined) return undefined;
  let v = value.replace(UNSAFE_CHARS, '').replace(/\s+/g, ' ').trim();
  if (v.length > max) v = `${Array.from(v.slice(0, max)).slice(0, -1).join('').trimEnd()}…`;
  return v || undefined;
}

export function firstName(name: string | undefined): string | undefined {
  const n = clean(name);
  if (!n) return undefined;
  // "Levi, Dana" is last-name-first; otherwise the first word.
  if (n.includes(',')) return clean(n.split(',')[1]?.split(' ').filter(Boolean)[0]);
  return n.split(' ')[0];
}

export function placeholderValues(ctx: ReplyContext): Record<string, string | undefined> {
  return {
    'ticket.requester.first_name': firstName(ctx.ticket.requester?.name),
    'ticket.requester.name': clean(ctx.ticket.requester?.name),
    'ticket.id': clean(ctx.ticket.id),
    'ticket.subject': clean(ctx.ticket.subject),
    'current_user.name': clean(ctx.agentName),
    'sla.due': clean(ctx.slaDue),
    'verdict.question': ctx.question?.replace(UNSAFE_CHARS, '').trim().slice(0, 2000) || undefined,
    'fact.company': clean(ctx.facts?.company),
    'fact.scope': clean(ctx.facts?.scope),
  };
}

/**
 * `{% if name %}…{% else %}…{% endif %}` (Liquid's form, not nested): a sentence that uses a fact
 * the ticket may not give has its fallback, instead of a placeholder the agent must delete.
 */
const CONDITION = /\{%\s*if\s+([\w.]+)\s*%\}([\s\S]*?)(?:\{%\s*else\s*%\}([\s\S]*?))?\{%\s*endif\s*%\}/g;

export function renderReply(template: ReplyTemplate, ctx: ReplyContext): RenderedReply {
  const values = placeholderValues(ctx);
  const unfilled: string[] = [];
  const body = template.body[ctx.lang].replace(CONDITION, (_, key: string, then: string, otherwise = '') =>
    values[key] !== undefined ? then : otherwise,
  );
  // One pass: a value that itself contains "{{…}}" is never expanded again.
  let text = body.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, key: string) => {
    const value = values[key];
    if (value !== undefined) return value;
    if (key === 'ticket.requester.first_name' || key === 'current_user.name') return '';
    unfilled.push(whole);
    return whole;
  });
  // A greeting without a name ("Hello ,") and a signature without one read cleanly.
  text = text.replace(/ +([,،])/g, '$1').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  return { id: template.id, title: template.title[ctx.lang], text, lang: ctx.lang, unfilled };
}

/** What decided a verdict, as the reply ranking reads it. */
export interface DecisiveFacts {
  party: Party;
  /** Clauses of the policy the decisive phrases support. */
  clauses: readonly string[];
  /** `kind:value` of the facts the classifier established ("request:contacts"). */
  facts: readonly string[];
  /** The customer has an extended service contract (lib/contract). */
  contract?: boolean;
}

/**
 * Replies that answer one specific thing the ticket is about, by the clause or the fact that
 * decided it: they go before the party's general reply, and stay behind "More replies" otherwise.
 */
const ANSWERS: { reply: ReplyId; clause?: string; fact?: string }[] = [
  { reply: 'email_move', clause: 'old-mailbox-forwarding' },
  { reply: 'single_contact', fact: 'request:contacts' },
];

export interface RankedReplies {
  /** Shown at once, best first. */
  shown: ReplyId[];
  /** Behind "More replies". */
  more: ReplyId[];
}

/** The related articles a ranking did not show. */
const rest = (shown: ReplyId[]) => ANSWERS.map((a) => a.reply).filter((id) => !shown.includes(id));

/**
 * Which replies fit a verdict, best first: the replies that answer what decided it, then the
 * party's own (the question for an undetermined ticket), then the extended-support offer on the
 * customer side. A customer-side ticket of a contract customer gets "we take it on" first, the
 * boundary reply second for the agent who decides otherwise, and no offer of what they have.
 * The related articles that the ticket is not about come last, behind "More".
 */
export function rankReplies(decided: DecisiveFacts): RankedReplies {
  const { party } = decided;
  const answering = ANSWERS.filter(
    (a) => (a.clause && decided.clauses.includes(a.clause)) || (a.fact && decided.facts.includes(a.fact)),
  ).map((a) => a.reply);
  const own: ReplyId[] =
    party === 'unknown' ? ['undetermined'] : party === 'provider' ? ['provider'] : [party, 'extended_support'];
  // An undetermined ticket is answered by the question first, whatever else it mentions.
  if (party === 'unknown') return { shown: [...own, ...answering], more: rest([...own, ...answering]) };
  if (decided.contract && party !== 'provider') {
    const shown: ReplyId[] = ['contract_covered', ...answering, party];
    return { shown, more: rest(shown) };
  }
  const shown = [...answering, ...own];
  return { shown, more: rest(shown) };
}
