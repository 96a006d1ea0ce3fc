// A ticket as numbers: the policy's signal hits (which also become the verdict's evidence) and
// hashed words, word pairs and character 3-4-grams of the normalised text (which absorb glued
// prefixes, inflections and typos the phrase lists do not spell out).

import type { Ticket } from '../ticket';
import { FNV_PRIME, fnv1a as hashString } from '../hash';
import { META_CONFLICT, META_NO_CUE, compilePolicy, findHits, type CompiledPolicy, type SignalHit } from './signals';
import { PARTIES } from '../policy/labels';
import {
  HEBREW_PREFIX_LETTERS,
  isSentenceBreak,
  normalise,
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

  const hits = [...findHits(compiled, 'subject', subject, subjectTokens), ...findHits(compiled, 'body', body, bodyTokens)];
  const signalValue = new Float64Array(compiled.signals.length);
  for (const hit of hits) {
    if (hit.negated) continue;
    if (hit.weight > (signalValue[hit.signal] as number)) signalValue[hit.signal] = hit.weight;
  }

  setMetaSignals(compiled, signalValue);

  const acc = accumulator(buckets);
  addTextFeatures(subject, subjectTokens, SUBJECT_WEIGHT, acc);
  addTextFeatures(body, bodyTokens, 1, acc);
  acc.add(hashString(lengthBucket(subjectTokens.length + bodyTokens.length)), 1);
  acc.add(hashString(`channel:${ticket.channel ?? 'unknown'}`), 1);

  const touched = acc.touched.slice(0, acc.count).sort(); // a typed array sorts by value
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

/** A cue points to a party when its policy prior for that party is at least this. */
const CUE_PRIOR = 0.5;
const PROVIDER_INDEX = PARTIES.indexOf('provider');
const UNKNOWN_INDEX = PARTIES.indexOf('unknown');

/** The meta signals: no cue for any party; cues for the provider and for a customer party. Vague wording is dropped when a cue decides. */
function setMetaSignals(compiled: CompiledPolicy, signalValue: Float64Array): void {
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
    for (let n = 3; n <= 4; n++) {
      for (let i = 0; i + n <= padded; i++) {
        let h = SEED_GRAM;
        for (let j = i; j < i + n; j++) h = fold(h, j === 0 ? OPEN : j === padded - 1 ? CLOSE : codeAt(text, tok.start + j - 1));
        acc.add(h, gw);
      }
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
