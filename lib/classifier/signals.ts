// Finding the policy's phrases in a ticket: with Hebrew prefixes, word endings, gaps, negation,
// and the character ranges in the original text that the sidebar highlights.

import type { ClassificationPolicy, FactTag, PastedOutput, Signal } from '../policy/classification';
import { PARTIES, type Party, type Queue } from '../policy/labels';
import { compilePattern, type SafePattern } from '../pattern';
import { MAX_PHRASE_EXPANSIONS, alternativeGroups } from '../policy/phrase-grammar';
import {
  HEBREW_PREFIX_LETTERS,
  isSentenceBreak,
  normalisePhrase,
  prefixVariants,
  scriptOf,
  tokenize,
  type NormalisedText,
  type Token,
} from './text';

export type SignalKind = 'signal' | 'scope' | 'request' | 'urgency' | 'pasted' | 'service' | 'vendor' | 'meta';

export interface CompiledSignal {
  id: string;
  kind: SignalKind;
  clause: string;
  /** Prior log-odds per party, in PARTIES order. */
  prior: Float64Array;
  queue?: { queue: Queue; weight: number };
  urgent: number;
  label: string;
  fact?: FactTag;
}

interface CompiledPhrase {
  signal: number;
  /** Normalised parts; more than one for "a ~ b". */
  parts: string[];
  /** Offset of the first word inside parts[0] (non-zero when a phrase starts with ".", for example). */
  keyOffset: number;
  /** The last part ends with `*`: it matches any word ending. */
  star: boolean;
  /** Index in `policy.vendors` when the phrase is a vendor's name. */
  vendor?: number;
}

/**
 * The phrases whose first word is one key, in policy order, with what follows the key in each:
 * the first two characters after it in parts[0] (`code << 16 | code`), the first alone when only
 * one follows, none when none does (`followsLength` 2, 1, 0). A phrase whose characters after the
 * key are not the text's is passed over from these arrays alone: the commonest first words
 * ("the", "add", "גם") start hundreds of phrases each.
 */
export interface KeyPhrases {
  phrases: CompiledPhrase[];
  follows: Uint32Array;
  followsLength: Uint8Array;
}

export interface CompiledPolicy {
  policy: ClassificationPolicy;
  signals: CompiledSignal[];
  signalIndex: Map<string, number>;
  byKey: Map<string, KeyPhrases>;
  starByKey: Map<string, CompiledPhrase[]>;
  /** The first two letters of every key in `starByKey` (as code * 0x10000 + code). */
  starStarts: Set<number>;
  patterns: { signal: number; re: SafePattern }[];
  negations: Set<string>;
}

export interface SignalHit {
  signal: number;
  field: 'subject' | 'body';
  /** Offsets into the normalised text. */
  normStart: number;
  normEnd: number;
  /** UTF-16 offsets into the ticket field exactly as given. */
  start: number;
  end: number;
  /** Region weight: less in quoted messages and signatures. */
  weight: number;
  negated: boolean;
  /** Index in `policy.vendors` when a vendor's name matched. */
  vendor?: number;
  /** Where the vendor's name itself starts (UTF-16, in the field), after a glued prefix ("ב" in "בגודאדי"). */
  nameStart?: number;
}

export const META_NO_CUE = 'meta.no-cue';
export const META_CONFLICT = 'meta.conflict';
const META_SIGNALS = [META_NO_CUE, META_CONFLICT];

/**
 * The facts that decide a 24/7 case, read together the way POLICY.md reads them ("a system
 * failure of a shared service ... one account's fault is not"): each is set by `analyseTicket`
 * from the fact tags of the hits, carries the policy's urgency prior, and the model learns its
 * correction like any signal's.
 * - system-wide: the fault reaches beyond one user (the whole office, every service of the
 *   account, other customers) and nothing narrows it down;
 * - narrowed: something says it is one user, one account, one location, or still works elsewhere;
 * - request: the ticket asks for something (a change, billing, contacts, a complaint), not a fault.
 */
export const META_SYSTEM_WIDE = 'meta.system-wide';
export const META_NARROWED = 'meta.narrowed';
export const META_REQUEST = 'meta.request';
/**
 * A request only the provider can act on (billing, contacts, a plan change, a complaint, a domain
 * transfer, a change on what it manages) with nothing in the ticket pointing to a customer-side
 * party: POLICY.md makes it the provider's, however short the ticket ("Cancel my account please").
 * One fact read from two (a request, and no customer-side cue): the linear model cannot form the
 * "and" itself, and without it a one-line request looked like the vague one-liners it learned to
 * abstain on.
 */
export const META_PROVIDER_ASK = 'meta.provider-ask';
/**
 * A change only the provider can make (a DNS record, a port, a PHP version, a restore), asked on
 * what the ticket says the provider holds ("our DNS is with you", "the managed server"), and not
 * as a how-to: the provider's, whichever outside company the ticket names as needing it (Shopify's
 * CNAME, Salesforce's SPF include). 8 of 8 such tickets naming a vendor are the provider's in the
 * labelled sets, where the vendor's name alone pulls most tickets to a customer-side party.
 */
export const META_PROVIDER_ACTION = 'meta.provider-action';
const META_URGENCY: { id: string; urgent: number; parties?: Partial<Record<Party, number>> }[] = [
  // A fault that reaches beyond one user with nothing narrowing it is the provider's by the
  // policy's own 24/7 clause, whatever program the ticket names. As a prior it holds when a batch
  // of one-PC Outlook tickets joins training and the words "Outlook does not receive" lean to the
  // computer person (round six: the Hebrew "nobody in the office gets mail, webmail too" fell to
  // "ask first" without it; on the sets written last, owner 94.0 -> 94.2%, party F1 92.0 -> 92.3%).
  { id: META_SYSTEM_WIDE, urgent: 1.5, parties: { provider: 1.5, customer_it: -1.0 } },
  { id: META_NARROWED, urgent: -1.0 },
  { id: META_REQUEST, urgent: -1.5 },
];

const GAP_WORDS = 5;
const NEGATION_WINDOW = 3;
const MAX_STAR_KEY = 16;
const MAX_PATTERN_HITS = 20;
const MAX_HITS = 400;

const compiledCache = new WeakMap<ClassificationPolicy, CompiledPolicy>();

/** Compile a policy once; policies are treated as immutable values (edit a copy). */
export function compilePolicy(policy: ClassificationPolicy): CompiledPolicy {
  const cached = compiledCache.get(policy);
  if (cached) return cached;
  const signals: CompiledSignal[] = [];
  const signalIndex = new Map<string, number>();
  const byKey = new Map<string, CompiledPhrase[]>();
  const starByKey = new Map<string, CompiledPhrase[]>();
  const patterns: { signal: number; re: SafePattern }[] = [];

  const addSignal = (s: Signal | PastedOutput, kind: SignalKind, label: string): number => {
    const prior = new Float64Array(PARTIES.length);
    for (const [party, w] of Object.entries(s.parties ?? {})) {
      const i = PARTIES.indexOf(party as Party);
      if (i >= 0 && typeof w === 'number' && Number.isFinite(w)) prior[i] = w;
    }
    const index = signals.length;
    signals.push({ id: s.id, kind, clause: s.clause, prior, queue: s.queue, urgent: s.urgent ?? 0, label, ...(s.fact ? { fact: s.fact } : {}) });
    signalIndex.set(s.id, index);
    return index;
  };
  const addPhrase = (compiled: CompiledPhrase | undefined) => {
    if (!compiled) return;
    const first = compiled.parts[0] as string;
    const key = firstWord(first, compiled.keyOffset);
    if (!key) return;
    const map = compiled.star && compiled.parts.length === 1 && key.length === first.length - compiled.keyOffset ? starByKey : byKey;
    const list = map.get(key);
    if (list) list.push(compiled);
    else map.set(key, [compiled]);
  };
  const addPhrases = (index: number, phrases: { he: string[]; en: string[] }) => {
    for (const raw of [...phrases.he, ...phrases.en].flatMap(expandAlternatives)) addPhrase(compilePhrase(index, raw));
  };

  const groups: [Signal[], SignalKind][] = [
    [policy.signals, 'signal'],
    [policy.scopeCues, 'scope'],
    [policy.requestCues, 'request'],
    [policy.urgencyCues, 'urgency'],
  ];
  for (const [list, kind] of groups) {
    for (const s of list) addPhrases(addSignal(s, kind, s.id), s.phrases);
  }
  for (const s of policy.pastedOutput) {
    const index = addSignal(s, 'pasted', s.description.en);
    // A pattern the settings check refuses disables that recogniser only.
    const compiledPattern = compilePattern(s.pattern);
    if (compiledPattern.ok) patterns.push({ signal: index, re: compiledPattern.pattern });
  }
  for (const service of policy.services) {
    const index = addSignal({ id: service.id, phrases: service.phrases, clause: 'server-side' }, 'service', service.name.en);
    addPhrases(index, service.phrases);
  }

  // The vendor directory: one signal per party, so the model learns one weight for "names a
  // registrar" and a vendor a team adds counts at once with that weight; each hit remembers
  // which vendor it named.
  const vendorSignal = new Map<Party, number>();
  (policy.vendors ?? []).forEach((vendor, vendorIndex) => {
    let index = vendorSignal.get(vendor.party);
    if (index === undefined) {
      const clause = policy.parties.find((p) => p.id === vendor.party)?.clause ?? 'third-party-interfaces';
      const parties: Partial<Record<Party, number>> = vendor.party === 'provider' ? { provider: VENDOR_PRIOR } : { [vendor.party]: VENDOR_PRIOR, provider: -VENDOR_PRIOR / 3 };
      // Naming the customer's internet provider says the component is its connection; any other
      // company says the component is that company's.
      const fact: FactTag = { kind: 'location', value: vendor.party === 'isp' ? 'internet_connection' : vendor.party === 'provider' ? 'provider_managed' : 'outside_company' };
      index = addSignal({ id: vendorSignalId(vendor.party), phrases: { he: [], en: [] }, parties, clause, fact }, 'vendor', vendor.party);
      vendorSignal.set(vendor.party, index);
    }
    for (const name of vendor.names) {
      const compiled = compileLiteral(index, name);
      if (compiled) addPhrase({ ...compiled, vendor: vendorIndex });
    }
  });

  // Facts about the evidence as a whole (set by `analyseTicket`, learned by the model): with no
  // cue for any party the text does not decide, so "unknown" is learned from the absence of
  // cues rather than carried by the bias against every ticket; cues for both sides conflict.
  for (const id of META_SIGNALS) addSignal({ id, phrases: { he: [], en: [] }, clause: 'undetermined' }, 'meta', id);
  for (const { id, urgent, parties } of META_URGENCY) addSignal({ id, phrases: { he: [], en: [] }, clause: 'urgent-shared', urgent, ...(parties ? { parties } : {}) }, 'meta', id);
  addSignal({ id: META_PROVIDER_ACTION, phrases: { he: [], en: [] }, clause: 'server-side', parties: { provider: 1.2 }, urgent: -1.0 }, 'meta', META_PROVIDER_ACTION);
  addSignal({ id: META_PROVIDER_ASK, phrases: { he: [], en: [] }, clause: 'provider-account', parties: { provider: 1.0, unknown: -0.8 }, urgent: -1.0 }, 'meta', META_PROVIDER_ASK);

  const negations = new Set<string>();
  for (const w of [...policy.negations.he, ...policy.negations.en]) negations.add(normalisePhrase(w));

  const starStarts = new Set<number>();
  for (const key of starByKey.keys()) starStarts.add(key.charCodeAt(0) * 0x10000 + key.charCodeAt(1));
  const compiled: CompiledPolicy = { policy, signals, signalIndex, byKey: indexFollowers(byKey), starByKey, starStarts, patterns, negations };
  compiledCache.set(policy, compiled);
  return compiled;
}

function indexFollowers(byKey: Map<string, CompiledPhrase[]>): Map<string, KeyPhrases> {
  const indexed = new Map<string, KeyPhrases>();
  for (const [key, phrases] of byKey) {
    const follows = new Uint32Array(phrases.length);
    const followsLength = new Uint8Array(phrases.length);
    phrases.forEach((cp, k) => {
      const first = cp.parts[0] as string;
      const keyEnd = cp.keyOffset + key.length;
      const length = Math.min(2, first.length - keyEnd);
      followsLength[k] = length;
      if (length === 2) follows[k] = ((first.charCodeAt(keyEnd) << 16) | first.charCodeAt(keyEnd + 1)) >>> 0;
      else if (length === 1) follows[k] = first.charCodeAt(keyEnd);
    });
    indexed.set(key, { phrases, follows, followsLength });
  }
  return indexed;
}

/**
 * `{a|b|c}` in a phrase stands for any one of the alternatives, so one line of policy covers a
 * class of wording: "{others|colleagues} ~ {fine|work}" is four phrases. An empty alternative
 * ("{my |}laptop") is allowed. At most MAX_PHRASE_EXPANSIONS phrases come from one line
 * (the settings schema refuses a longer line; this cap only guards a policy that skipped it).
 */
export function expandAlternatives(raw: string): string[] {
  const { groups, tail } = alternativeGroups(raw);
  let out = [''];
  for (const { head, options } of groups) {
    const next: string[] = [];
    for (const o of out) for (const opt of options) if (next.length < MAX_PHRASE_EXPANSIONS) next.push(o + head + opt);
    out = next;
  }
  return out.map((o) => (o + tail).replace(/\s+/g, ' ').trim()).filter((o) => o.length > 0);
}

/** Log-odds toward its party for naming a vendor (before what the model learned). */
const VENDOR_PRIOR = 1.5;

export const vendorSignalId = (party: Party) => `directory.${party}`;

/** A vendor's name as written: no alternatives, gaps or word endings. */
function compileLiteral(signal: number, name: string): CompiledPhrase | undefined {
  const part = normalisePhrase(name.replace(/[{}~*|]/g, ' ').replace(/\s+/g, ' ').trim());
  if (!part) return undefined;
  let keyOffset = 0;
  while (keyOffset < part.length && scriptOf(part.charCodeAt(keyOffset)) === 0) keyOffset++;
  if (keyOffset >= part.length) return undefined;
  return { signal, parts: [part], keyOffset, star: false };
}

function compilePhrase(signal: number, raw: string): CompiledPhrase | undefined {
  const parts = raw
    .split(' ~ ')
    .map((part) => normalisePhrase(part))
    .map((part) => part.replace(/^[והבלמשכ]{1,3}-(?=[a-z0-9])/u, ''))
    .filter((part) => part.length > 0);
  if (parts.length === 0) return undefined;
  const last = parts[parts.length - 1] as string;
  const star = last.endsWith('*');
  if (star) parts[parts.length - 1] = last.slice(0, -1);
  const first = parts[0] as string;
  let keyOffset = 0;
  while (keyOffset < first.length && scriptOf(first.charCodeAt(keyOffset)) === 0) keyOffset++;
  if (keyOffset >= first.length) return undefined;
  return { signal, parts, keyOffset, star };
}

/** The first word of a normalised phrase, as `tokenize` would cut it. */
function firstWord(phrase: string, from: number): string {
  const token = tokenize(phrase.slice(from))[0];
  return token ? phrase.slice(from + token.start, from + token.end) : '';
}

function endsAtBoundary(text: string, end: number): boolean {
  if (end >= text.length || end === 0) return true;
  const after = scriptOf(text.charCodeAt(end));
  if (after === 0) return true;
  return after !== scriptOf(text.charCodeAt(end - 1));
}

/**
 * Words that are negative themselves ("nobody", "אף אחד", "שום"): in Hebrew they come with a
 * second negation ("לא מקבלים אף אחד" = nobody gets), so a phrase that starts with one is not
 * negated by a negation before it. Stored folded, as `normalise` writes them.
 */
const NEGATIVE_CONCORD = new Set(['אפ', 'שומ', 'כלומ', 'אפס', 'nobody', 'none', 'nothing', 'noone', 'neither', 'niether']);

/**
 * The words of one field's tokens, each made once when first needed: a token is looked at as a
 * phrase's first word, inside a phrase's gap and as a possible negation before many phrases.
 */
export class TokenWords {
  private readonly words: (string | undefined)[];
  private readonly variantList: (string[] | undefined)[];
  /** 0: not known yet, 1: no, 2: yes. */
  private readonly negator: Uint8Array;
  private readonly concord: Uint8Array;

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly negations: Set<string>,
  ) {
    this.words = new Array<string | undefined>(tokens.length);
    this.variantList = new Array<string[] | undefined>(tokens.length);
    this.negator = new Uint8Array(tokens.length);
    this.concord = new Uint8Array(tokens.length);
  }

  word(i: number): string {
    const tok = this.tokens[i] as Token;
    return (this.words[i] ??= this.text.slice(tok.start, tok.end));
  }

  /** The word and the word without its glued Hebrew prefixes (a Latin word has no others). */
  variants(i: number): string[] {
    return (this.variantList[i] ??= prefixVariants(this.word(i)));
  }

  /** A negation ("לא", "not"), glued prefixes and all. */
  negates(i: number): boolean {
    if (this.negator[i] === 0) this.negator[i] = this.variants(i).some((v) => this.negations.has(v)) ? 2 : 1;
    return this.negator[i] === 2;
  }

  /** Negative itself ("nobody", "אף"): see NEGATIVE_CONCORD. */
  negativeConcord(i: number): boolean {
    if (this.concord[i] === 0) this.concord[i] = this.variants(i).some((v) => NEGATIVE_CONCORD.has(v)) ? 2 : 1;
    return this.concord[i] === 2;
  }
}

/** Is there a sentence break between normalised offsets [from, to)? */
export function breaksBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isSentenceBreak(text.charCodeAt(i)) && !insideName(text, i)) return true;
  return false;
}

/** The dot of a host name or file name ("kaplan-dental.com", "index.php") ends no sentence. */
function insideName(text: string, i: number): boolean {
  return text.charCodeAt(i) === 0x2e && i > 0 && i + 1 < text.length && isNameChar(text.charCodeAt(i - 1)) && isNameChar(text.charCodeAt(i + 1));
}

function isNameChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/**
 * A negation does not reach past a comma, colon or parenthesis either: "Outlook doesn't work,
 * only on my laptop" / "לא עובד, רק אצלי" negates the first clause, not the scope cue after it;
 * "(לא אצלכם) וגם ה-DNS מנוהל שם" keeps its negation inside the brackets.
 */
export function clauseBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x3a || c === 0x28 || c === 0x29 || (isSentenceBreak(c) && !insideName(text, i))) return true;
  }
  return false;
}

/** Try to match the rest of a phrase after its first part ends at `end`; returns the end or -1. */
function matchGapParts(
  text: string,
  tokens: Token[],
  fromToken: number,
  end: number,
  cp: CompiledPhrase,
  words: TokenWords,
): { end: number; negated: boolean } | undefined {
  let negated = false;
  let cursor = end;
  let t = fromToken;
  for (let p = 1; p < cp.parts.length; p++) {
    const part = cp.parts[p] as string;
    const isLast = p === cp.parts.length - 1;
    let found = -1;
    for (let skipped = 0; t < tokens.length && skipped <= GAP_WORDS; t++, skipped++) {
      const tok = tokens[t] as Token;
      if (breaksBetween(text, cursor, tok.start)) return undefined;
      for (const v of words.variants(t)) {
        const at = tok.end - v.length;
        if (!text.startsWith(part, at)) continue;
        let e = at + part.length;
        if (isLast && cp.star) {
          while (e < text.length && scriptOf(text.charCodeAt(e)) === tok.script) e++;
        } else if (!endsAtBoundary(text, e)) continue;
        found = e;
        break;
      }
      if (found >= 0) break;
      if (words.negates(t)) negated = true;
      cursor = tok.end;
    }
    if (found < 0) return undefined;
    cursor = found;
    while (t < tokens.length && (tokens[t] as Token).start < found) t++;
  }
  return { end: cursor, negated };
}

/**
 * A Latin phrase inside an e-mail address or host name ("sales@partner.com", "billing@ourfirm.co.il",
 * "smtp.hot.net.il")
 * names a machine, not the thing the phrase is about; phrases that contain a dot themselves
 * ("monday.com", "my.cnf") are meant as written. Likewise the second half of a hyphenated
 * compound ("self-managed").
 */
function insideAddress(text: string, at: number, end: number, cp: CompiledPhrase): boolean {
  if (scriptOf(text.charCodeAt(at)) !== 2 || cp.parts.some((part) => part.includes('.') || part.includes('@'))) return false;
  const before = text.charCodeAt(at - 1);
  if (before === 0x40 /* @ */) return true;
  // A mailbox's own name ("billing@ourfirm.co.il", "only sales@ can't send") names the mailbox.
  if (text.charCodeAt(end) === 0x40 /* @ */) return true;
  // The second half of a compound: "managed" in "self-managed" is not the phrase "managed".
  if (before === 0x2d /* - */ && scriptOf(text.charCodeAt(at - 2)) === 2) return true;
  if (before === 0x2e /* . */ && scriptOf(text.charCodeAt(at - 2)) === 2) return true;
  // A company's own domain ("GoDaddy.com" on a card statement) names the company.
  if (cp.vendor !== undefined) return false;
  return text.charCodeAt(end) === 0x2e && scriptOf(text.charCodeAt(end + 1)) === 2;
}

/** Where the written word starts when a phrase matched after glued Hebrew prefix letters. */
function gluedPrefixStart(text: string, tokens: Token[], ti: number, at: number): number {
  const tok = tokens[ti] as Token;
  if (at > tok.start) return tok.start;
  const previous = tokens[ti - 1];
  if (!previous || previous.script !== 1 || previous.end - previous.start > 3) return at;
  const gap = text.slice(previous.end, at);
  if (gap !== '' && gap !== '-') return at;
  for (let i = previous.start; i < previous.end; i++) if (!HEBREW_PREFIX_LETTERS.includes(text[i] as string)) return at;
  const before = previous.start > 0 ? scriptOf(text.charCodeAt(previous.start - 1)) : 0;
  return before === 0 ? previous.start : at;
}

/** All phrase and pattern hits in one field of a ticket. */
export function findHits(
  compiled: CompiledPolicy,
  field: 'subject' | 'body',
  norm: NormalisedText,
  tokens: Token[],
  words = new TokenWords(norm.text, tokens, compiled.negations),
): SignalHit[] {
  const { text, origin, weight } = norm;
  const hits: SignalHit[] = [];
  const seen = new Set<number>();
  const negatedBefore = (ti: number): boolean => {
    let right = (tokens[ti] as Token).start;
    for (let j = ti - 1; j >= 0 && j >= ti - NEGATION_WINDOW; j--) {
      const tok = tokens[j] as Token;
      if (clauseBreakBetween(text, tok.end, right)) return false;
      if (words.negates(j)) return true;
      right = tok.start;
    }
    return false;
  };
  const record = (signal: number, normStart: number, normEnd: number, negated: boolean, vendor?: number, nameAt = normStart) => {
    const key = signal * 1_000_003 + normStart;
    // A longer vendor name on the same words is another company ("Bezeq International", not
    // "Bezeq"): it goes on to the longer-wins rule below rather than being dropped as a repeat.
    if ((vendor === undefined && seen.has(key)) || hits.length >= MAX_HITS) return;
    seen.add(key);
    // Two phrases of one signal over the same words ("כל העובדים" in "לכל העובדים"): keep the
    // longer, or the one that is not negated.
    for (let k = 0; k < hits.length; k++) {
      const h = hits[k] as SignalHit;
      if (h.signal !== signal || h.normEnd <= normStart || normEnd <= h.normStart) continue;
      // A negated reading never hides a plain one of the same words, however long it is.
      if (h.negated !== negated ? negated : normEnd - normStart <= h.normEnd - h.normStart) return;
      hits.splice(k, 1);
      k--;
    }
    const start = origin[normStart] as number;
    const end = (origin[normEnd - 1] as number) + 1;
    hits.push({ signal, field, normStart, normEnd, start, end, weight: weight[normStart] ?? 1, negated, ...(vendor === undefined ? {} : { vendor, nameStart: origin[nameAt] as number }) });
  };

  // One phrase whose first word is the token's variant starting at `vStart`.
  const tryPhrase = (cp: CompiledPhrase, ti: number, vStart: number) => {
    const at = vStart - cp.keyOffset;
    if (at < 0) return;
    const first = cp.parts[0] as string;
    if (!text.startsWith(first, at)) return;
    let end = at + first.length;
    if (cp.parts.length === 1 && cp.star) {
      const script = scriptOf(text.charCodeAt(end - 1));
      while (end < text.length && scriptOf(text.charCodeAt(end)) === script) end++;
    } else if (!endsAtBoundary(text, end)) return;
    if (insideAddress(text, at, end, cp)) return;
    let negated = words.negativeConcord(ti) ? false : negatedBefore(ti);
    // Highlight the whole written word, glued prefix included ("בגודאדי", "ה-DNS").
    let shown = at;
    if (cp.keyOffset === 0) shown = gluedPrefixStart(text, tokens, ti, at);
    if (cp.parts.length > 1) {
      let next = ti;
      while (next < tokens.length && (tokens[next] as Token).start < end) next++;
      const rest = matchGapParts(text, tokens, next, end, cp, words);
      if (!rest) return;
      end = rest.end;
      negated = negated || rest.negated;
    }
    record(cp.signal, shown, end, negated, cp.vendor, at);
  };

  for (let ti = 0; ti < tokens.length; ti++) {
    const tok = tokens[ti] as Token;
    // Every variant, and so every exact key, ends where the token does. (Past the text's end,
    // `charCodeAt` gives NaN, which `<<` makes 0: no phrase holds that character.)
    const next = text.charCodeAt(tok.end) << 0;
    const nextTwo = ((next << 16) | text.charCodeAt(tok.end + 1)) >>> 0;
    for (const v of words.variants(ti)) {
      const vStart = tok.end - v.length;
      const exact = compiled.byKey.get(v);
      if (exact) {
        const { phrases, follows, followsLength } = exact;
        for (let k = 0; k < phrases.length; k++) {
          const length = followsLength[k];
          if (length === 2 ? follows[k] !== nextTwo : length === 1 && follows[k] !== next) continue;
          tryPhrase(phrases[k] as CompiledPhrase, ti, vStart);
        }
      }
      // Word-ending phrases by each length of their key, shortest first; most words start with
      // no key's first two letters and are done here.
      if (v.length < 2 || !compiled.starStarts.has(v.charCodeAt(0) * 0x10000 + v.charCodeAt(1))) continue;
      for (let len = 2; len <= Math.min(v.length, MAX_STAR_KEY); len++) {
        const star = compiled.starByKey.get(v.slice(0, len));
        if (star) for (const cp of star) tryPhrase(cp, ti, vStart);
      }
    }
  }

  for (const { signal, re } of compiled.patterns) {
    let count = 0;
    for (let m = re.exec(text); m && count < MAX_PATTERN_HITS; m = m.end < text.length ? re.exec(text, m.end > m.start ? m.end : m.end + 1) : null) {
      if (m.end === m.start) continue;
      record(signal, m.start, m.end, false);
      count++;
    }
  }
  return hits;
}
