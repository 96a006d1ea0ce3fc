// Reading ticket text as it is typed: Hebrew without niqqud, final letters, glued prefixes,
// mixed scripts, invisible control characters, HTML tags. Every normalised character keeps the
// offset of the character it came from, so a phrase found in the normalised text can be
// highlighted in the ticket exactly as given.

import type { Lang } from '../ticket';

export interface NormalisedText {
  /** Lower-cased, niqqud-free text with final letters mapped and whitespace runs collapsed. */
  text: string;
  /** `origin[i]` is the UTF-16 offset in the source of normalised character i. */
  origin: Int32Array;
  /** How much normalised character i counts (quoted earlier messages and signatures count less). */
  weight: Float32Array;
}

/** ך ם ן ף ץ: each final letter's code is one below its ordinary form's. */
const isFinalLetter = (code: number) => code === 0x05da || code === 0x05dd || code === 0x05df || code === 0x05e3 || code === 0x05e5;
export const HEBREW_PREFIX_LETTERS = 'והבלמשכ';

/** One of HEBREW_PREFIX_LETTERS, by code (no one-letter string made per test). */
export function isPrefixLetter(code: number): boolean {
  return code === 0x05d5 || code === 0x05d4 || code === 0x05d1 || code === 0x05dc || code === 0x05de || code === 0x05e9 || code === 0x05db;
}

export function isHebrewLetter(code: number): boolean {
  return code >= 0x05d0 && code <= 0x05ea;
}

function isLatinWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}

/** 0: not part of a word, 1: Hebrew letter, 2: Latin letter, digit or underscore. */
export function scriptOf(code: number): 0 | 1 | 2 {
  if (isHebrewLetter(code)) return 1;
  if (isLatinWordChar(code)) return 2;
  // Other letters (accented Latin, Cyrillic, ...) join Latin words so they stay in one token.
  if (code >= 0xc0 && code <= 0x24f) return 2;
  return 0;
}

/** Characters that carry no meaning for the decision and are dropped. */
function isInvisible(code: number): boolean {
  return (
    (code >= 0x0591 && code <= 0x05c7 && code !== 0x05be && code !== 0x05c3) || // niqqud, cantillation
    (code >= 0x200b && code <= 0x200f) || // zero-width, LRM, RLM
    (code >= 0x202a && code <= 0x202e) || // bidi embeddings
    (code >= 0x2066 && code <= 0x2069) || // bidi isolates
    code === 0xfeff ||
    code === 0x00ad ||
    (code < 0x20 && code !== 0x0a && code !== 0x09 && code !== 0x0d) ||
    code === 0x7f ||
    code === 0xfffd
  );
}

/** The code of the one character a source character becomes (every mapping is one UTF-16 unit). */
function mapChar(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 32;
  if (code < 0x80) return code;
  if (code >= 0x05d0 && code <= 0x05ea) return isFinalLetter(code) ? code + 1 : code;
  if (code === 0x05be || code === 0x2010 || code === 0x2011 || code === 0x2013 || code === 0x2014) return 0x2d; // -
  if (code === 0x05f3 || code === 0x2019 || code === 0x2018 || code === 0x0060 || code === 0x00b4) return 0x27; // '
  if (code === 0x05f4 || code === 0x201c || code === 0x201d) return 0x22; // "
  if (code === 0x00a0 || code === 0x2007 || code === 0x202f || code === 0x3000) return 0x20;
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

/** Length of an HTML tag or entity starting at `i`, or 0 when there is none. */
function markupLength(source: string, i: number, end: number): number {
  const c = source.charCodeAt(i);
  if (c === 0x3c /* < */) {
    const next = source.charCodeAt(i + 1);
    const isTagStart = (next >= 0x61 && next <= 0x7a) || (next >= 0x41 && next <= 0x5a) || next === 0x2f || next === 0x21;
    if (!isTagStart) return 0;
    const limit = Math.min(end, i + 300);
    for (let j = i + 1; j < limit; j++) {
      const cj = source.charCodeAt(j);
      if (cj === 0x3e /* > */) return j - i + 1;
      if (cj === 0x3c || cj === 0x0a) return 0;
    }
    return 0;
  }
  if (c === 0x26 /* & */) {
    const limit = Math.min(end, i + 10);
    for (let j = i + 1; j < limit; j++) {
      const cj = source.charCodeAt(j);
      if (cj === 0x3b /* ; */) return j - i > 1 ? j - i + 1 : 0;
      if (!((cj >= 0x61 && cj <= 0x7a) || (cj >= 0x30 && cj <= 0x39) || cj === 0x23)) return 0;
    }
  }
  return 0;
}

/** Hebrew letters that are written doubled or single in the same word (ו, י, א): "ווינדוס"/"וינדוס", "אאוטלוק"/"אוטלוק". */
const isDoubledLetter = (code: number) => code === 0x05d5 || code === 0x05d9 || code === 0x05d0;

/** The script of the next source character that will be written, or 0. */
function nextScript(source: string, i: number, end: number): 0 | 1 | 2 {
  for (let j = i + 1; j < end; j++) {
    const code = source.charCodeAt(j);
    if (isInvisible(code)) continue;
    return scriptOf(mapChar(code));
  }
  return 0;
}

/**
 * Spelling variants that are one word, folded to one form so the policy's phrases and the
 * learned features see them alike (applied to ticket text and to policy phrases the same way):
 * - an apostrophe or geresh inside a word: "ג'ימייל" = "גימייל", "don't" = "dont",
 *   "רו\"ח" = "רוח";
 * - a doubled ו, י or א in Hebrew: "ווינדוס" = "וינדוס", "אאוטלוק" = "אוטלוק";
 * - "ei" is read as "ie" in Latin words, the commonest English misspelling ("recieve").
 */
function foldedAway(mapped: number, previous: number, source: string, i: number, end: number): boolean {
  const prevScript = scriptOf(previous);
  if (prevScript === 0) return false;
  if (mapped === 0x27 || mapped === 0x22) return nextScript(source, i, end) === prevScript;
  if (prevScript === 1) return mapped === previous && isDoubledLetter(mapped);
  return false;
}

/**
 * Normalise `source[0 .. min(length, maxChars))`. `lineWeights`, when given, holds one weight
 * per source line (see `regionWeights`).
 */
export function normalise(source: string, maxChars: number, lineWeights?: Float32Array): NormalisedText {
  const end = Math.min(source.length, maxChars);
  // One character code per normalised character; made a string once at the end.
  const out = new Uint16Array(end);
  const origin = new Int32Array(end + 1);
  const weight = new Float32Array(end + 1);
  let n = 0;
  let line = 0;
  let pendingSpace = -1; // source offset of a whitespace run not yet written
  let pendingNewline = false;
  for (let i = 0; i < end; i++) {
    const code = source.charCodeAt(i);
    if (code === 0x0a) line++;
    if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x00a0) {
      if (pendingSpace < 0) pendingSpace = i;
      if (code === 0x0a) pendingNewline = true;
      continue;
    }
    if (isInvisible(code)) continue;
    const skip = markupLength(source, i, end);
    if (skip > 0) {
      // A tag separates words; <br> and </p> also end a line.
      if (pendingSpace < 0) pendingSpace = i;
      const tag = source.slice(i, i + 4).toLowerCase();
      if (tag === '<br>' || tag === '<br/' || tag === '<br ' || tag === '</p>' || tag === '</di') pendingNewline = true;
      i += skip - 1;
      continue;
    }
    const w = lineWeights ? (lineWeights[line] ?? 1) : 1;
    if (pendingSpace >= 0) {
      if (n > 0) {
        out[n] = pendingNewline ? 0x0a : 0x20;
        origin[n] = pendingSpace;
        weight[n] = w;
        n++;
      }
      pendingSpace = -1;
      pendingNewline = false;
    }
    // Surrogate pairs (emoji) are kept as they are: they are not word characters.
    const mapped = mapChar(code);
    if (pendingSpace < 0 && n > 0 && foldedAway(mapped, out[n - 1] as number, source, i, end)) continue;
    if (mapped === 0x69 /* i */ && pendingSpace < 0 && n > 1 && out[n - 1] === 0x65 /* e */ && scriptOf(out[n - 2] as number) === 2) {
      out[n - 1] = 0x69;
      out[n] = 0x65;
    } else out[n] = mapped;
    origin[n] = i;
    weight[n] = w;
    n++;
  }
  origin[n] = end;
  return { text: charsOf(out, n), origin: origin.subarray(0, n + 1), weight: weight.subarray(0, n + 1) };
}

const CHUNK = 8192;

/** The string of `codes[0 .. n)`, lone surrogates kept as they are (a text decoder would replace them). */
function charsOf(codes: Uint16Array, n: number): string {
  let text = '';
  // `apply` takes the typed array as it is (spreading it into arguments is several times slower).
  for (let i = 0; i < n; i += CHUNK) text += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]);
  return text;
}

/** Normalise a policy phrase the same way as ticket text. */
export function normalisePhrase(phrase: string): string {
  return normalise(phrase, phrase.length).text.trim();
}

export interface Token {
  start: number;
  end: number;
  script: 1 | 2;
}

/** Words of normalised text: runs of one script (so "בOutlook" is two words). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const len = text.length;
  while (i < len) {
    const s = scriptOf(text.charCodeAt(i));
    if (s === 0) {
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < len) {
      const c = text.charCodeAt(i);
      const sc = scriptOf(c);
      if (sc === s) {
        i++;
        continue;
      }
      // An apostrophe inside a word belongs to it: "don't", "ג'ימייל".
      if (c === 0x27 && i + 1 < len && scriptOf(text.charCodeAt(i + 1)) === s) {
        i++;
        continue;
      }
      // A Hebrew geresh at the end of a word: "צ'".
      if (c === 0x27 && s === 1) {
        i++;
      }
      break;
    }
    tokens.push({ start, end: i, script: s });
  }
  return tokens;
}

/** Common words whose first letters only look like prefixes ("בלבד" is "only", not "ב" + "לבד"; "מקבלות" is "receive", not "מ" + "קבלות", receipts). */
const NOT_PREFIXED = new Set(['בלבד', 'כלומ', 'מאוד', 'שלומ', 'ביותר', 'לכנ', 'כמו', 'מכיוונ', 'מכיונ', 'מקבל', 'מקבלת', 'מקבלימ', 'מקבלות']);

/** The word with up to three glued Hebrew prefixes removed, leaving at least `minRest` letters. */
export function prefixVariants(word: string, minRest = 2): string[] {
  const variants = [word];
  // Most words start with no prefix letter: done before the look-up (which hashes the word).
  if (word.length - 1 < minRest || !isPrefixLetter(word.charCodeAt(0)) || NOT_PREFIXED.has(word)) return variants;
  for (let k = 1; k <= 3 && word.length - k >= minRest; k++) {
    if (!isPrefixLetter(word.charCodeAt(k - 1))) break;
    variants.push(word.slice(k));
  }
  return variants;
}

export function isSentenceBreak(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x0a || code === 0x3b;
}

const CLOSING_LINE = /^(?:thanks|thank you|many thanks|regards|best regards|kind regards|best|cheers|בברכה|תודה רבה|תודה|בתודה|סורי)\b[^.?!\n]{0,40}$/i;
const SENT_FROM = /^sent from my \S+/i;
const QUOTE_HEADER = /^(?:-{2,} ?original message ?-{2,}|-{2,} ?הודעה מקורית ?-{2,}|on .{1,200} wrote:|בתאריך .{1,200}(?:כתב|כתבה|נכתב):?|>? ?from: support\b.*)$/i;

/**
 * One weight per line of a ticket body: quoted earlier messages and the signature block count
 * less than the customer's own words. Forwarded messages keep full weight: customers forward the
 * bounce or the colleague's note that is the evidence.
 */
export function regionWeights(body: string, maxChars: number, quotedWeight: number, signatureWeight: number): Float32Array {
  const lines = body.slice(0, maxChars).split('\n');
  const weights = new Float32Array(lines.length).fill(1);
  let quoted = false;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (!quoted && i > 0 && QUOTE_HEADER.test(line.slice(0, 260))) quoted = true;
    if (quoted || line.startsWith('>')) weights[i] = quotedWeight;
  }
  // The signature: from a closing line ("Thanks,", "בברכה") near the end to the end.
  const firstCandidate = Math.max(1, lines.length - 7);
  for (let i = firstCandidate; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === '--' || CLOSING_LINE.test(line.slice(0, 60)) || SENT_FROM.test(line)) {
      const rest = lines.slice(i + 1);
      if (rest.every((l) => l.trim().length <= 80)) {
        for (let j = i; j < lines.length; j++) weights[j] = Math.min(weights[j] as number, signatureWeight);
        break;
      }
    }
  }
  return weights;
}

/**
 * The ticket's language: Hebrew when Hebrew letters make up a fair share of the letters (Hebrew
 * tickets often carry pasted English errors), English when there are Latin letters only.
 */
export function detectLang(text: string, fallback: Lang = 'he'): Lang {
  let hebrew = 0;
  let latin = 0;
  const end = Math.min(text.length, 20000);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x05d0 && c <= 0x05ea) hebrew++;
    else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) latin++;
  }
  if (hebrew === 0 && latin === 0) return fallback;
  // 12 letters of normalised text: doubled letters are folded away ("המיילים" counts 6).
  return hebrew * 6 >= latin || hebrew >= 12 ? 'he' : 'en';
}
