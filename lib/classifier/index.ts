// ticket -> verdict: whose fault it is under the policy, who should act, which department,
// whether it is a 24/7 case, how sure, which words decided it, and what to ask when the ticket
// does not say enough. Pure and synchronous: runs on every ticket switch.

import {
  DEFAULT_CLASSIFICATION_POLICY,
  type ClassificationPolicy,
} from '../policy/classification';
import { PARTIES, ownerOf, type Owner, type Party, type Queue } from '../policy/labels';
import type { Lang, Ticket } from '../ticket';
import { analyseTicket, type TicketAnalysis } from './features';
import { META_NO_CUE, clauseBreakBetween, type SignalHit } from './signals';
import { PACKED_MODEL } from './model-data';
import {
  CLASS_COUNT,
  partyLogits,
  signalContributions,
  softmax,
  unpackModel,
  urgentProbability,
  type Model,
} from './model';
import { detectLang as detectTextLang } from './text';
import { clauseFor, conflictingFacts, decisiveFact, extractFacts, settlingQuestion, type Fact } from './facts';

export type { Fact, FactSpan } from './facts';

export interface Evidence {
  field: 'subject' | 'body';
  /** UTF-16 offsets into `ticket.subject` or `ticket.body` exactly as given. */
  start: number;
  end: number;
  text: string;
  party: Party;
  /** Id of the clause in `policy.clauses` this phrase supports. */
  clause: string;
}

export interface Question {
  id: string;
  he: string;
  en: string;
}

export interface Verdict {
  ticketId: string;
  owner: Owner;
  party: Party;
  queue: Queue;
  urgent: boolean;
  /** Calibrated probability that `party` is right. */
  confidence: number;
  alternatives: { party: Party; probability: number }[];
  evidence: Evidence[];
  questions: Question[];
  /** The decision facts found in the ticket, the decisive one first. */
  facts: Fact[];
  lang: Lang;
}

export type Classifier = (ticket: Ticket, policy?: ClassificationPolicy) => Verdict;

const MAX_EVIDENCE = 6;
const MAX_ALTERNATIVES = 3;
const MIN_ALTERNATIVE = 0.02;
/** Nothing is certain on a ticket nobody has seen: confidence is capped below 1. */
const MAX_CONFIDENCE = 0.99;
/**
 * With no policy cue for any party, the verdict rests on the learned word features alone, and
 * on tickets written by other people (the challenge sets in data/) those are right far less often
 * than on the tickets they were trained on: such a verdict, usually "ask first", says so.
 */
const NO_CUE_MAX_CONFIDENCE = 0.75;
/**
 * Facts on both sides of the boundary ("the whole office", "only on my laptop"): whichever the
 * model prefers, the ticket contradicts itself, and the verdict is not one to act on unread.
 */
const CONFLICT_MAX_CONFIDENCE = 0.85;
/** A queue cue must add at least this much before a request leaves the technical queue. */
const QUEUE_THRESHOLD = 0.9;
/** ... and at least this much when the ticket reports a fault or asks for a technical change. */
const FAULT_QUEUE_THRESHOLD = 2.1;
const UNKNOWN = PARTIES.indexOf('unknown');
const PROVIDER = PARTIES.indexOf('provider');

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function detectLang(text: string, fallback?: Lang): Lang {
  return detectTextLang(typeof text === 'string' ? text : '', fallback);
}

/** A classifier backed by a given model (the bundled one is behind `classify`). */
export function createClassifier(model: Model): Classifier {
  return (ticket, policy = DEFAULT_CLASSIFICATION_POLICY) => decide(ticket, policy, model);
}

let bundled: Model | undefined;

export function bundledModel(): Model {
  bundled ??= unpackModel(PACKED_MODEL);
  return bundled;
}

export function classify(ticket: Ticket, policy: ClassificationPolicy = DEFAULT_CLASSIFICATION_POLICY): Verdict {
  return classifyUnder(ticket, policy);
}

/**
 * `classify` with no default policy, for the surfaces that always have the team's: the content
 * script then does not carry the default policy (a fifth of its size budget, issue 10).
 */
export function classifyUnder(ticket: Ticket, policy: ClassificationPolicy): Verdict {
  return decide(ticket, policy, bundledModel());
}

function decide(ticket: Ticket, policy: ClassificationPolicy, model: Model): Verdict {
  const analysis = analyseTicket(ticket, policy, model.buckets);
  const contributions = signalContributions(model, analysis);
  const probs = softmax(partyLogits(model, analysis, contributions), model.temperature);
  const lang: Lang =
    ticket.lang === 'he' || ticket.lang === 'en'
      ? ticket.lang
      : detectLang(`${analysis.subject.text} ${analysis.body.text}`, policy.defaultLang);

  const pProvider = probs[PROVIDER] as number;
  let pCustomer = 0;
  let bestCustomer = -1;
  for (let c = 0; c < CLASS_COUNT; c++) {
    if (c === PROVIDER || c === UNKNOWN) continue;
    pCustomer += probs[c] as number;
    if (bestCustomer < 0 || (probs[c] as number) > (probs[bestCustomer] as number)) bestCustomer = c;
  }
  const pUnknown = probs[UNKNOWN] as number;
  const decided = Math.max(pProvider, pCustomer);
  let partyIndex: number;
  if (decided < policy.abstainThreshold || pUnknown >= decided) partyIndex = UNKNOWN;
  else partyIndex = pProvider >= pCustomer ? PROVIDER : bestCustomer;
  const party = PARTIES[partyIndex] as Party;
  const owner = ownerOf(party);

  const noCueIndex = analysis.compiled.signalIndex.get(META_NO_CUE);
  const noCue = noCueIndex !== undefined && (analysis.signalValue[noCueIndex] as number) >= 1;
  const queue = party === 'provider' ? chooseQueue(analysis) : 'technical';
  const urgent = party === 'provider' && queue === 'technical' && urgentProbability(model, analysis) >= 0.5;

  const facts = extractFacts(ticket, analysis, contributions);
  const decisive = decisiveFact(facts, party);
  if (decisive) facts.unshift(...facts.splice(facts.indexOf(decisive), 1));
  const conflict = conflictingFacts(facts);
  let maxConfidence = noCue ? NO_CUE_MAX_CONFIDENCE : MAX_CONFIDENCE;
  if (conflict) maxConfidence = Math.min(maxConfidence, CONFLICT_MAX_CONFIDENCE);
  const settling = conflict ? settlingQuestion(policy.questions, conflict[0].party, conflict[1].party) : undefined;
  let questions: Question[] = owner === 'undetermined' ? questionsFor(policy, PARTIES.map((p, i) => ({ party: p, probability: probs[i] as number }))) : [];
  if (settling) questions = [settling, ...questions.filter((q) => q.id !== settling.id)].slice(0, 2).map((q) => ({ id: q.id, he: q.he, en: q.en }));

  const alternatives = PARTIES.map((p, i) => ({ party: p, probability: round3(probs[i] as number) }))
    .filter((a) => a.party !== party && a.probability >= MIN_ALTERNATIVE)
    .sort((a, b) => b.probability - a.probability)
    .slice(0, MAX_ALTERNATIVES);

  return {
    ticketId: typeof ticket.id === 'string' ? ticket.id : String(ticket.id ?? ''),
    owner,
    party,
    queue,
    urgent,
    confidence: Math.min(maxConfidence, round3(probs[partyIndex] as number)),
    alternatives,
    evidence: collectEvidence(ticket, analysis, contributions, probs, partyIndex, decisive),
    questions,
    facts,
    lang,
  };
}

/**
 * The department of a provider verdict: the queue whose strongest request cue weighs the most, if enough.
 * POLICY.md sends a fault, and a change only the provider's technicians can make, to the technical
 * queue: a ticket that shows one (a pasted bounce or error page) or asks for such a change (a DNS
 * record, a port, a PHP version) leaves it only for a request that is said outright, not for a
 * word such as "receipt" or "move us to" on the way. (An outage alone does not keep it there: an
 * expired domain's site and mail being down is a question for finance, "nobody calls back" a
 * complaint.)
 */
export function chooseQueue(analysis: TicketAnalysis): Queue {
  const scores = new Map<Queue, number>();
  let technical = false;
  const priced = pricedChanges(analysis);
  analysis.compiled.signals.forEach((s, i) => {
    const v = analysis.signalValue[i] as number;
    if (v === 0) return;
    // Each department counts its strongest request, not how many of its words the ticket has:
    // "add a mailbox; what does it cost and is it on the same invoice?" asks for a change.
    if (s.queue && !priced.has(i)) scores.set(s.queue.queue, Math.max(scores.get(s.queue.queue) ?? 0, v * s.queue.weight));
    if (s.kind === 'pasted' || (s.fact?.kind === 'request' && s.fact.value === 'provider_only')) technical = true;
  });
  let best: Queue = 'technical';
  let bestScore = technical ? FAULT_QUEUE_THRESHOLD : QUEUE_THRESHOLD;
  // A complaint or a request to speak with a manager goes to management whatever else the ticket
  // asks (POLICY.md; the refund or the outage it complains of is what management hears about).
  if ((scores.get('management') ?? 0) >= bestScore) return 'management';
  for (const [queue, score] of scores) {
    if (score >= bestScore) {
      best = queue;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The plan changes a ticket asks the price of ("how much would it cost to upgrade our plan"):
 * signals of a change whose every hit follows a price question in the same clause. Such a change
 * is what is priced, not what is asked for, and the question is finance's.
 */
function pricedChanges(analysis: TicketAnalysis): Set<number> {
  const { compiled, hits } = analysis;
  const fact = (h: SignalHit) => compiled.signals[h.signal]?.fact;
  const prices = hits.filter((h) => !h.negated && fact(h)?.kind === 'request' && fact(h)?.value === 'billing');
  const changes = hits.filter((h) => !h.negated && fact(h)?.kind === 'request' && fact(h)?.value === 'plan_change');
  const out = new Set<number>();
  if (prices.length === 0) return out;
  const askedPrice = (c: SignalHit) =>
    prices.some((p) => p.field === c.field && p.normEnd <= c.normStart && !clauseBreakBetween((c.field === 'subject' ? analysis.subject : analysis.body).text, p.normEnd, c.normStart));
  for (const c of changes) out.add(c.signal);
  for (const c of changes) if (!askedPrice(c)) out.delete(c.signal);
  return out;
}

/**
 * The phrases that pushed the decision: hits whose policy prior plus learned weight favours the
 * chosen party over the average party, each citing the clause it supports for that party. For an
 * undetermined verdict, the phrases that point to the leading candidates, so the agent sees what
 * the ticket does say. The decisive fact's phrase comes first; a phrase is listed once however
 * often it is written.
 */
function collectEvidence(
  ticket: Ticket,
  analysis: TicketAnalysis,
  contributions: Float64Array,
  probs: Float64Array,
  partyIndex: number,
  decisive: Fact | undefined,
): Evidence[] {
  const targets =
    partyIndex === UNKNOWN
      ? [...PARTIES.keys()]
          .filter((c) => c !== UNKNOWN)
          .sort((a, b) => (probs[b] as number) - (probs[a] as number))
          .slice(0, 2)
      : [partyIndex];
  const scored: { evidence: Evidence; score: number }[] = [];
  for (const hit of analysis.hits) {
    if (hit.negated) continue;
    const signal = analysis.compiled.signals[hit.signal];
    if (!signal || signal.kind === 'service') continue;
    let bestTarget = -1;
    let bestScore = 0.05;
    for (const c of targets) {
      let mean = 0;
      for (let k = 0; k < CLASS_COUNT; k++) mean += contributions[hit.signal * CLASS_COUNT + k] as number;
      mean /= CLASS_COUNT;
      const score = (contributions[hit.signal * CLASS_COUNT + c] as number) - mean;
      if (score > bestScore) {
        bestScore = score;
        bestTarget = c;
      }
    }
    if (bestTarget < 0) continue;
    const source = hit.field === 'subject' ? ticket.subject : ticket.body;
    scored.push({
      score: bestScore * hit.weight,
      evidence: {
        field: hit.field,
        start: hit.start,
        end: hit.end,
        text: typeof source === 'string' ? source.slice(hit.start, hit.end) : '',
        party: PARTIES[bestTarget] as Party,
        clause: clauseFor(analysis, hit.signal, PARTIES[bestTarget] as Party),
      },
    });
  }
  const isDecisive = (e: Evidence) => decisive !== undefined && e.field === decisive.span.field && e.start === decisive.span.start;
  scored.sort((a, b) => Number(isDecisive(b.evidence)) - Number(isDecisive(a.evidence)) || b.score - a.score || a.evidence.start - b.evidence.start);
  const chosen: Evidence[] = [];
  const phrases = new Set<string>();
  for (const { evidence } of scored) {
    const phrase = evidence.text.toLocaleLowerCase().replace(/\s+/g, ' ').trim();
    const overlaps = chosen.some((e) => e.field === evidence.field && e.start < evidence.end && evidence.start < e.end);
    if (!overlaps && !phrases.has(phrase)) chosen.push(evidence);
    phrases.add(phrase);
    if (chosen.length >= MAX_EVIDENCE) break;
  }
  const [first, ...rest] = chosen;
  rest.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === 'subject' ? -1 : 1));
  return first && isDecisive(first) ? [first, ...rest] : chosen.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === 'subject' ? -1 : 1));
}

/**
 * The one or two questions whose answer separates the live candidates. Exported for a verdict
 * that is decided but not firmly: the sidebar asks the same question before the agent relies on it.
 */
export function questionsFor(policy: ClassificationPolicy, parties: readonly { party: Party; probability: number }[]): Question[] {
  const candidates = parties
    .filter((c) => c.party !== 'unknown' && c.probability >= 0.08)
    .sort((a, b) => b.probability - a.probability)
    .slice(0, 3);
  const scored = policy.questions
    .map((q, order) => {
      const covered = candidates.filter((c) => q.parties.includes(c.party));
      const mass = covered.reduce((sum, c) => sum + c.probability, 0);
      const score = covered.length >= 2 ? mass : covered.length === 1 ? 0.5 * mass : 0;
      return { q, score, order };
    })
    .filter((s) => s.score > 0.04)
    .sort((a, b) => b.score - a.score || a.order - b.order);
  const chosen = scored.slice(0, 2).map((s) => s.q);
  for (const q of policy.questions) {
    if (chosen.length >= 2) break;
    if (q.parties.length === 0 && !chosen.includes(q)) chosen.push(q);
  }
  return chosen.map((q) => ({ id: q.id, he: q.he, en: q.en }));
}
