// A ticket as numbers: the policy's signal hits (which also become the verdict's evidence) and
// hashed words, word pairs and character 3-4-grams of the normalised text (which absorb glued
// prefixes, inflections and typos the phrase lists do not spell out).

import type { Ticket } from '../ticket';
import { FNV_PRIME, fnv1a as hashString } from '../hash';
import {
  META_CONFLICT,
  META_NARROWED,
  META_NO_CUE,
  META_PROVIDER_ACTION,
  META_PROVIDER_ASK,
  META_REQUEST,
  META_SYSTEM_WIDE,
  TokenWords,
  breaksBetween,
  clauseBreakBetween,
  compilePolicy,
  findHits,
  type CompiledPolicy,
  type SignalHit,
} from './signals';
import { PARTIES } from '../policy/labels';
import {
  HEBREW_PREFIX_LETTERS,
  isSentenceBreak,
  normalise,
  prefixVariants,
  regionWeights,
  tokenize,
  type NormalisedText,
  type Token,
} from './text';
import type { ClassificationPolicy } from '../policy/classification';

export interface TicketAnalysis {
  compiled: CompiledPolicy;
  subject: NormalisedText;
  body: NormalisedText;
  hits: SignalHit[];
  /** Per compiled signal: the strongest non-negated hit's region weight (0 when absent). */
  signalValue: Float64Array;
  /** Hashed text features: bucket indices and L2-normalised values. */
  index: Int32Array;
  value: Float32Array;
}

const MAX_WORD = 24;
const SUBJECT_WEIGHT = 1;
const LONG_WORD = hashString('word:<long>');

export { hashString };

function lengthBucket(tokens: number): string {
  if (tokens <= 4) return 'len:tiny';
  if (tokens <= 12) return 'len:short';
  if (tokens <= 40) return 'len:medium';
  if (tokens <= 120) return 'len:long';
  return 'len:huge';
}

export function analyseTicket(ticket: Ticket, policy: ClassificationPolicy, buckets: number): TicketAnalysis {
  const compiled = compilePolicy(policy);
  const maxChars = Math.max(0, Math.floor(policy.maxChars));
  const subjectSource = typeof ticket.subject === 'string' ? ticket.subject : '';
  const bodySource = typeof ticket.body === 'string' ? ticket.body : '';
  const subject = normalise(subjectSource, Math.min(maxChars, 500));
  const lines = regionWeights(bodySource, maxChars, policy.quotedWeight, policy.signatureWeight);
  const body = normalise(bodySource, maxChars, lines);
  const subjectTokens = tokenize(subject.text);
  const bodyTokens = tokenize(body.text);

  // Each token's word, prefix variants and negation test, made once for the phrases and the open questions.
  const subjectWords = new TokenWords(subject.text, subjectTokens, compiled.negations);
  const bodyWords = new TokenWords(body.text, bodyTokens, compiled.negations);
  const found = [...findHits(compiled, 'subject', subject, subjectTokens, subjectWords), ...findHits(compiled, 'body', body, bodyTokens, bodyWords)];
  for (const hit of found) if (hit.negated) hit.negated = !failsForAll(compiled, hit, hit.field === 'subject' ? subject.text : body.text);
  const openFrom = { subject: questionsLeftOpen(subjectWords, subjectTokens), body: questionsLeftOpen(bodyWords, bodyTokens) };
  for (const hit of found) {
    if (hit.negated) continue;
    const text = hit.field === 'subject' ? subject.text : body.text;
    const tokens = hit.field === 'subject' ? subjectTokens : bodyTokens;
    if (leftOpen(compiled, hit, text, openFrom[hit.field]) || placedWithProvider(compiled, hit, text, tokens)) hit.negated = true;
  }
  askedOfOffice(compiled, found, subject, body);
  const hits = dropCovered(compiled, found, subject, body);
  const signalValue = new Float64Array(compiled.signals.length);
  for (const hit of hits) {
    if (hit.negated) continue;
    if (hit.weight > (signalValue[hit.signal] as number)) signalValue[hit.signal] = hit.weight;
  }

  setProviderAction(compiled, signalValue, hits);
  const { customer } = setMetaSignals(compiled, signalValue);
  const request = setUrgencyFacts(compiled, signalValue);
  const ask = compiled.signalIndex.get(META_PROVIDER_ASK);
  // A complaint about the provider's service is the provider's whatever else the ticket names
  // ("I still can't get mail from Yahoo, I want someone senior"); other requests only when
  // nothing points to a customer-side party.
  if (ask !== undefined) signalValue[ask] = customer === 0 ? request : strongestFact(compiled, signalValue, 'request', 'complaint');

  const acc = accumulator(buckets);
  addTextFeatures(subject, subjectTokens, SUBJECT_WEIGHT, acc);
  addTextFeatures(body, bodyTokens, 1, acc);
  acc.add(hashString(lengthBucket(subjectTokens.length + bodyTokens.length)), 1);
  acc.add(hashString(`channel:${ticket.channel ?? 'unknown'}`), 1);

  const touched = ascending(acc, buckets);
  const index = new Int32Array(touched.length);
  const value = new Float32Array(touched.length);
  let norm = 0;
  for (let k = 0; k < touched.length; k++) {
    const b = touched[k] as number;
    const v = Math.log1p(acc.sums[b] as number);
    acc.sums[b] = 0;
    index[k] = b;
    value[k] = v;
    norm += v * v;
  }
  acc.count = 0;
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < value.length; i++) value[i] = (value[i] as number) / norm;

  return { compiled, subject, body, hits, signalValue, index, value };
}

/**
 * A clause that narrows the fault down ("everyone else is fine", "other customers of yours I asked
 * aren't affected", "all other mailboxes receive normally") speaks of the others, and the wide
 * words inside it ("everyone", "other customers of yours", "everything works") are part of it,
 * not a fact of their own: the narrowing reading wins. And "from home on 4G: the same" names
 * another network to say it fails there too, which is no "works elsewhere" fact.
 */
function dropCovered(compiled: CompiledPolicy, hits: SignalHit[], subject: NormalisedText, body: NormalisedText): SignalHit[] {
  const fact = (h: SignalHit) => compiled.signals[h.signal]?.fact;
  const narrowing = hits.filter((h) => !h.negated && (fact(h)?.kind === 'works' || (fact(h)?.kind === 'scope' && NARROW_SCOPES.has(fact(h)!.value))));
  const everywhere = hits.filter((h) => !h.negated && fact(h)?.value === EVERY_NETWORK);
  if (narrowing.length === 0) return hits;
  return hits.filter((h) => {
    const f = fact(h);
    const wide = (f?.kind === 'scope' && WIDE_SCOPES.has(f.value)) || compiled.signals[h.signal]?.kind === 'urgency';
    if (wide && narrowing.some((c) => c.field === h.field && c.start <= h.start && h.end <= c.end && c.end - c.start > h.end - h.start)) return false;
    // "Other sites on your network load fine" is the one-account reading (the provider's other
    // customers are fine), not "our other sites work", which would point at the site's own code.
    if (f?.kind === 'works' && narrowing.some((c) => fact(c)?.value === ONE_ACCOUNT && c.field === h.field && c.start <= h.start && h.end <= c.end)) return false;
    // "From home on 4G: the same" names another network to say it fails there too.
    if (f?.kind === 'works' && everywhere.some((c) => c.field === h.field && sameSentence(h.field === 'subject' ? subject.text : body.text, c, h))) return false;
    return true;
  });
}

const EVERY_NETWORK = 'every_network';
const ONE_ACCOUNT = 'one_account';

/**
 * "Outlook is not syncing for the whole team" says the failure reaches the whole team: a negation
 * before a wide scope negates the verb, not the scope, unless it stands right before it ("not
 * everyone", "לא כולם"). Returns true when a negated wide-scope hit should count after all.
 */
function failsForAll(compiled: CompiledPolicy, hit: SignalHit, text: string): boolean {
  const fact = compiled.signals[hit.signal]?.fact;
  if (fact?.kind !== 'scope' || !WIDE_SCOPES.has(fact.value)) return false;
  const before = text.slice(Math.max(0, hit.normStart - 24), hit.normStart).trimEnd();
  const words = tokenize(before);
  const last = words[words.length - 1];
  if (!last || last.end < before.length) return true;
  const word = before.slice(last.start, last.end);
  return !prefixVariants(word).some((v) => compiled.negations.has(v));
}

/**
 * "לא בדקתי אם זה אצל כולם או רק אצלי", "לא היה ברור אם זה מחשב אחד או כולם", "not sure if it is
 * just me or the whole office", "האם זה קורה גם לעובדים אחרים?": who is affected and what still
 * works, said after an "if" or "whether" that nobody answered, is a question the ticket leaves
 * open, not a fact; the verdict must not rest on it (it is what the agent asks). The question runs
 * from the "if" to the end of its sentence ("..., ואם זה רק אצלו."). Returns the normalised
 * offsets where such questions start.
 */
function questionsLeftOpen(words: TokenWords, tokens: Token[]): number[] {
  const starts: number[] = [];
  tokens.forEach((tok, i) => {
    if (QUESTION_WORDS.has(words.word(i))) {
      starts.push(tok.end);
      return;
    }
    if (!words.variants(i).some((v) => IF_WORDS.has(v))) return;
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      if (words.negates(j)) {
        starts.push(tok.end);
        return;
      }
    }
  });
  return starts;
}

/** "if" and "whether" after a negation ("לא יודע אם", "not sure whether"); folded as `normalise` writes them. */
const IF_WORDS = new Set(['אמ', 'if', 'whether']);
/** Words that ask by themselves: the Hebrew question particle. */
const QUESTION_WORDS = new Set(['האמ', 'והאמ']);
const LEFT_OPEN_KINDS = new Set(['scope', 'works']);

function leftOpen(compiled: CompiledPolicy, hit: SignalHit, text: string, starts: number[]): boolean {
  const kind = compiled.signals[hit.signal]?.fact?.kind;
  if (kind === undefined || !LEFT_OPEN_KINDS.has(kind)) return false;
  return starts.some((from) => from <= hit.normStart && !breaksBetween(text, from, hit.normStart));
}

/**
 * "How do I pay the invoice", "איך מעדכנים את כרטיס האשראי", "where do I download my receipts":
 * a how-to question whose clause goes on to the provider's own office business (its invoices and
 * payments, the account's details, a plan change, a domain moved in or out) asks the provider's
 * office how that is done; it is no user training (POLICY.md: such requests are the provider's).
 * The how-to hit is negated in place.
 */
function askedOfOffice(compiled: CompiledPolicy, hits: SignalHit[], subject: NormalisedText, body: NormalisedText): void {
  const fact = (h: SignalHit) => compiled.signals[h.signal]?.fact;
  const office = hits.filter((h) => !h.negated && fact(h)?.kind === 'request' && OFFICE_REQUESTS.has(fact(h)!.value));
  if (office.length === 0) return;
  for (const how of hits) {
    if (how.negated || fact(how)?.kind !== 'request' || fact(how)?.value !== 'how_to') continue;
    const text = how.field === 'subject' ? subject.text : body.text;
    if (office.some((o) => o.field === how.field && o.normEnd > how.normStart && (o.normStart < how.normEnd || !clauseBreakBetween(text, how.normEnd, o.normStart)))) how.negated = true;
  }
}

/** The provider's office business: requests that only its office carries out. */
const OFFICE_REQUESTS = new Set(['billing', 'contacts', 'plan_change', 'domain_transfer']);

/**
 * "DNS managed by you", "DNS is hosted with you", "registered through you": the words that would
 * place the domain or the site at an outside company name the provider itself, so they are no
 * outside-company fact (the request on what the provider manages is what decides). And "האתר
 * והמייל אצלכם", "site and mail are with you" say what the provider holds, not that every service
 * of the account fails.
 */
function placedWithProvider(compiled: CompiledPolicy, hit: SignalHit, text: string, tokens: Token[]): boolean {
  const fact = compiled.signals[hit.signal]?.fact;
  const outside = fact?.kind === 'location' && fact.value === 'outside_company' && hit.vendor === undefined;
  const wholeAccount = fact?.kind === 'scope' && fact.value === 'whole_account';
  if (!outside && !wholeAccount) return false;
  const next: string[] = [];
  for (const tok of tokens) {
    if (tok.start < hit.normEnd) continue;
    if (next.length >= 3 || clauseBreakBetween(text, hit.normEnd, tok.start)) break;
    next.push(text.slice(tok.start, tok.end));
  }
  if (outside) return next.slice(0, 2).some((w) => PROVIDER_WORDS.has(w));
  return next[0] === PROVIDER_PLACE || next.some((w, k) => w === 'with' && next[k + 1] === 'you');
}

/** The customer's words for the provider ("by you", "אצלכם"); folded as `normalise` writes them. */
const PROVIDER_WORDS = new Set(['you', 'your', 'yours', 'אצלכמ', 'שלכמ', 'אתכמ', 'דרככמ', 'אליכמ']);
/** "With you" in Hebrew, one word. */
const PROVIDER_PLACE = 'אצלכמ';

function sameSentence(text: string, a: SignalHit, b: SignalHit): boolean {
  return !breaksBetween(text, Math.min(a.normEnd, b.normEnd), Math.max(a.normStart, b.normStart));
}

const WIDE_SCOPES = new Set(['other_customers', 'whole_account', 'whole_office']);
const NARROW_SCOPES = new Set(['one_account', 'one_device', 'one_location']);


/** The urgency facts (see META_URGENCY in signals.ts) from the fact tags of the signals present; returns the request's strength. */
function setUrgencyFacts(compiled: CompiledPolicy, signalValue: Float64Array): number {
  let wide = 0;
  let narrow = 0;
  let request = 0;
  compiled.signals.forEach((s, i) => {
    const v = signalValue[i] as number;
    if (v === 0 || !s.fact) return;
    const { kind, value } = s.fact;
    if (kind === 'scope' && WIDE_SCOPES.has(value)) wide = Math.max(wide, v);
    else if ((kind === 'scope' && NARROW_SCOPES.has(value)) || (kind === 'works' && value !== 'internet')) narrow = Math.max(narrow, v);
    else if (kind === 'request' && value !== 'how_to') request = Math.max(request, v);
  });
  const set = (id: string, v: number) => {
    const i = compiled.signalIndex.get(id);
    if (i !== undefined) signalValue[i] = v;
  };
  set(META_SYSTEM_WIDE, Math.max(0, wide - narrow));
  set(META_NARROWED, narrow);
  set(META_REQUEST, request);
  return request;
}

/**
 * META_PROVIDER_ACTION (signals.ts): a provider-only change asked on what the provider holds, not
 * as a how-to, or a domain transfer in or out. The outside company such a ticket names is the one
 * that needs the change, not where the fault lives, so its location fact no longer counts (as with
 * "DNS managed by you" in placedWithProvider). Runs before the meta signals, which then see no
 * customer-side cue in it.
 */
function setProviderAction(compiled: CompiledPolicy, signalValue: Float64Array, hits: SignalHit[]): void {
  const index = compiled.signalIndex.get(META_PROVIDER_ACTION);
  if (index === undefined) return;
  const strongest = (kind: string, value: string) => strongestFact(compiled, signalValue, kind, value);
  const asked = strongest('request', 'how_to') > 0 ? 0 : Math.min(strongest('request', 'provider_only'), strongest('location', 'provider_managed'));
  // Moving a domain in or out is the provider's process whatever registrar it comes from (12 of
  // the 16 labelled transfer tickets; the others are a transfer the old registrar blocks).
  const action = Math.max(asked, strongest('request', 'domain_transfer'));
  signalValue[index] = action;
  if (action === 0) return;
  const outside = (i: number) => compiled.signals[i]?.fact?.kind === 'location' && compiled.signals[i]?.fact?.value === 'outside_company';
  compiled.signals.forEach((_, i) => {
    if (outside(i)) signalValue[i] = 0;
  });
  // Nor are its phrases facts of the verdict (an "outside company" listed with no weight).
  for (const hit of hits) if (outside(hit.signal)) hit.negated = true;
}

/** The strongest non-negated hit's value among the signals tagged with this fact. */
function strongestFact(compiled: CompiledPolicy, signalValue: Float64Array, kind: string, value: string): number {
  let best = 0;
  compiled.signals.forEach((s, i) => {
    if (s.fact?.kind === kind && s.fact.value === value) best = Math.max(best, signalValue[i] as number);
  });
  return best;
}

/** A cue points to a party when its policy prior for that party is at least this. */
const CUE_PRIOR = 0.5;
const PROVIDER_INDEX = PARTIES.indexOf('provider');
const UNKNOWN_INDEX = PARTIES.indexOf('unknown');

/**
 * The meta signals: no cue for any party; cues for the provider and for a customer party. Vague
 * wording is dropped when a cue decides. Returns the strongest cue for each side.
 */
function setMetaSignals(compiled: CompiledPolicy, signalValue: Float64Array): { provider: number; customer: number } {
  let provider = 0;
  let customer = 0;
  compiled.signals.forEach((s, i) => {
    const v = signalValue[i] as number;
    if (v === 0 || s.kind === 'service' || s.kind === 'meta' || s.kind === 'urgency') return;
    for (let c = 0; c < s.prior.length; c++) {
      if (c === UNKNOWN_INDEX || (s.prior[c] as number) < CUE_PRIOR) continue;
      if (c === PROVIDER_INDEX) provider = Math.max(provider, v);
      else customer = Math.max(customer, v);
    }
  });
  // Vague wording ("לא עובד", "not working") says only that the text does not decide: it counts
  // when nothing else is said, not against a cue that does decide.
  if (provider > 0 || customer > 0) {
    compiled.signals.forEach((s, i) => {
      if (s.kind === 'meta' || s.kind === 'service') return;
      let decided = false;
      let vague = false;
      for (let c = 0; c < s.prior.length; c++) {
        if ((s.prior[c] as number) <= 0) continue;
        if (c === UNKNOWN_INDEX) vague = true;
        else decided = true;
      }
      if (vague && !decided) signalValue[i] = 0;
    });
  }
  const noCue = compiled.signalIndex.get(META_NO_CUE);
  const conflict = compiled.signalIndex.get(META_CONFLICT);
  if (noCue !== undefined) signalValue[noCue] = 1 - Math.max(provider, customer);
  if (conflict !== undefined) signalValue[conflict] = Math.min(provider, customer);
  return { provider, customer };
}

/**
 * The touched buckets in ascending order, as the model's sums take them: read off the buckets
 * when many are touched (a ticket of a few lines touches hundreds of the bundled model's 2,048,
 * and one pass over them costs less than sorting those), else sorted.
 */
function ascending(acc: Accumulator, buckets: number): Int32Array {
  if (acc.count * 8 < buckets) return acc.touched.subarray(0, acc.count).sort();
  let k = 0;
  // A touched bucket's sum is never 0 (see `add`); the others are all 0.
  for (let b = 0; b < buckets; b++) if (acc.sums[b] !== 0) acc.touched[k++] = b;
  return acc.touched.subarray(0, k);
}

/** A reusable sparse accumulator over hash buckets (classification is synchronous). */
interface Accumulator {
  sums: Float64Array;
  touched: Int32Array;
  count: number;
  add: (hash: number, w: number) => void;
}

let scratch: Accumulator | undefined;

function accumulator(buckets: number): Accumulator {
  if (scratch && scratch.sums.length === buckets) return scratch;
  const acc: Accumulator = {
    sums: new Float64Array(buckets),
    touched: new Int32Array(buckets),
    count: 0,
    add(hash, w) {
      const b = hash % buckets;
      if (acc.sums[b] === 0) acc.touched[acc.count++] = b;
      acc.sums[b] = (acc.sums[b] as number) + w;
      // A weight that cancels to exactly 0 would be counted twice; nudge it.
      if (acc.sums[b] === 0) acc.sums[b] = 1e-9;
    },
  };
  scratch = acc;
  return acc;
}

const SEED_WORD = hashString('w:');
const SEED_GRAM = hashString('g:');
const SEED_PAIR = hashString('b:');
const OPEN = 0x3c;
const CLOSE = 0x3e;

const fold = (h: number, code: number) => Math.imul(h ^ code, FNV_PRIME) >>> 0;
/** Digits all read as 0: "550 5.7.1" and "554 5.7.1" share features. */
const codeAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39 ? 0x30 : c;
};

function foldRange(h: number, text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) h = fold(h, codeAt(text, i));
  return h;
}

/**
 * Hashed features of one field: each word, the word without glued Hebrew prefixes, each
 * character 3- and 4-gram of the word padded with boundary marks, and each pair of adjacent
 * words in a sentence. Hashes are computed from the characters in place (no substrings).
 */
function addTextFeatures(norm: NormalisedText, tokens: Token[], fieldWeight: number, acc: Accumulator): void {
  const { text, weight } = norm;
  let previousStart = -1;
  let previousEnd = -1;
  for (const tok of tokens) {
    const w = (weight[tok.start] ?? 1) * fieldWeight;
    const len = tok.end - tok.start;
    if (len > MAX_WORD) {
      acc.add(LONG_WORD, w);
      previousStart = -1;
      continue;
    }
    acc.add(foldRange(SEED_WORD, text, tok.start, tok.end), w);
    if (tok.script === 1) {
      for (let k = 1; k <= 3 && len - k >= 3; k++) {
        if (!HEBREW_PREFIX_LETTERS.includes(text[tok.start + k - 1] as string)) break;
        acc.add(foldRange(SEED_WORD, text, tok.start + k, tok.end), w * 0.5);
      }
    }
    const padded = len + 2;
    const gw = w * 0.4;
    // The 4-gram at i is the 3-gram at i hashed one character further (FNV-1a runs left to
    // right); every gram of the word adds the same weight, so their order does not matter.
    const padAt = (j: number) => (j === 0 ? OPEN : j === padded - 1 ? CLOSE : codeAt(text, tok.start + j - 1));
    for (let i = 0; i + 3 <= padded; i++) {
      const h3 = fold(fold(fold(SEED_GRAM, padAt(i)), padAt(i + 1)), padAt(i + 2));
      acc.add(h3, gw);
      if (i + 4 <= padded) acc.add(fold(h3, padAt(i + 3)), gw);
    }
    if (previousStart >= 0) {
      let broken = false;
      for (let i = previousEnd; i < tok.start; i++) if (isSentenceBreak(text.charCodeAt(i))) broken = true;
      if (!broken) acc.add(foldRange(fold(foldRange(SEED_PAIR, text, previousStart, previousEnd), 0x20), text, tok.start, tok.end), w);
    }
    previousStart = tok.start;
    previousEnd = tok.end;
  }
}
