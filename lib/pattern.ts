// Regular expressions that come from settings (the policy's pasted-output recognisers, a custom
// helpdesk's ticket-id pattern) run here, not in the browser's backtracking engine: a team's
// file or the administrator's configuration must never be able to freeze the helpdesk tab.
// The matcher simulates all alternatives at once (Thompson's construction, Pike's VM), so its
// work is at most the text's length times the program's size, whatever the pattern. It finds
// the same leftmost match, with the same groups, as JavaScript's RegExp with the `u` flag, but
// for one corner: under `?` a group whose body can match nothing may match nothing here, where
// RegExp refuses an empty pass and backtracks into a longer one (`(?:b??)?` on "b").
// Backreferences and lookaround need backtracking and are refused; so are the shapes that are
// catastrophic in a backtracking engine (a repeated group that itself repeats, alternatives
// under a repetition that can match the same character), because a team that writes one will
// also test it in tools that backtrack.

export type PatternProblem = 'syntax' | 'backreference' | 'lookaround' | 'nested-repeat' | 'overlapping-alternatives' | 'too-big';

export interface PatternMatch {
  /** UTF-16 offsets, as `RegExp` gives them. */
  start: number;
  end: number;
  /** Group 1, 2, ...: the text each captured, or undefined. */
  groups: (string | undefined)[];
}

export interface SafePattern {
  source: string;
  /** The leftmost match starting at or after `from`, or null. */
  exec(text: string, from?: number): PatternMatch | null;
}

export type CompiledPattern = { ok: true; pattern: SafePattern } | { ok: false; problem: PatternProblem };

/** A pattern's program may hold at most this many instructions (`{n,m}` repeats count in full). */
export const MAX_PROGRAM = 2000;
const MAX_REPEAT = 1000;

type CharTest = (cp: number) => boolean;
type Assertion = 'start' | 'end' | 'word' | 'not-word';

type Node =
  /** `literal`: the one code point it matches, compared directly instead of through `test`. */
  | { type: 'char'; test: CharTest; literal?: number }
  | { type: 'assert'; kind: Assertion }
  | { type: 'group'; index: number | null; body: Node }
  | { type: 'alt'; options: Node[] }
  | { type: 'seq'; items: Node[] }
  | { type: 'repeat'; body: Node; min: number; max: number; lazy: boolean };

class Refused extends Error {
  constructor(readonly problem: PatternProblem) {
    super(problem);
  }
}

/** One character class or escape, judged by the browser's own engine on one character at a time. */
function nativeTest(source: string): CharTest {
  let re: RegExp;
  try {
    re = new RegExp(`^(?:${source})$`, 'u');
  } catch {
    try {
      re = new RegExp(`^(?:${source})$`);
    } catch {
      throw new Refused('syntax');
    }
  }
  // Each character is judged once; the answers for the Basic Multilingual Plane are kept.
  const known = new Int8Array(0x10000);
  return (cp) => {
    if (cp > 0xffff) return re.test(String.fromCodePoint(cp));
    if (known[cp] === 0) known[cp] = re.test(String.fromCharCode(cp)) ? 1 : -1;
    return known[cp] === 1;
  };
}

const isWordChar = (cp: number) =>
  (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || cp === 0x5f;

class Parser {
  private i = 0;
  groups = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i < this.src.length) throw new Refused('syntax');
    return node;
  }

  private peek(): string | undefined {
    return this.src[this.i];
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.i++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { type: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      items.push(this.quantified(this.atom()));
    }
    return { type: 'seq', items };
  }

  private quantified(atom: Node): Node {
    let node = atom;
    for (;;) {
      const q = this.quantifier();
      if (!q) return node;
      if (node.type === 'assert' || node.type === 'repeat') throw new Refused('syntax');
      // (a+)+, (a+){3}, (a{1,3})+: the ways of splitting a text between the two repetitions
      // grow exponentially (or as a high power) with its length in a backtracking engine.
      if ((q.max > 1 && repeats(node, true)) || (q.max === Infinity && repeats(node, false))) {
        throw new Refused('nested-repeat');
      }
      if (q.max > 1 && overlappingAlternatives(node)) throw new Refused('overlapping-alternatives');
      node = { type: 'repeat', body: node, ...q };
    }
  }

  private quantifier(): { min: number; max: number; lazy: boolean } | null {
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === '*' || c === '+' || c === '?') {
      this.i++;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Infinity;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return null;
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      if (max < min) throw new Refused('syntax');
      if (min > MAX_REPEAT || (max !== Infinity && max > MAX_REPEAT)) throw new Refused('too-big');
    } else {
      return null;
    }
    const lazy = this.peek() === '?';
    if (lazy) this.i++;
    return { min, max, lazy };
  }

  private atom(): Node {
    const c = this.src[this.i++]!;
    switch (c) {
      case '(':
        return this.group();
      case '[':
        return { type: 'char', test: nativeTest(this.classSource()) };
      case '.':
        return { type: 'char', test: (cp) => cp !== 0x0a && cp !== 0x0d && cp !== 0x2028 && cp !== 0x2029 };
      case '^':
        return { type: 'assert', kind: 'start' };
      case '$':
        return { type: 'assert', kind: 'end' };
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
      case ')':
        throw new Refused('syntax');
      case '{':
        if (/^\d+(,\d*)?\}/.test(this.src.slice(this.i))) throw new Refused('syntax');
        return literal(0x7b);
      default: {
        const cp = this.src.codePointAt(this.i - 1)!;
        if (cp > 0xffff) this.i++;
        return literal(cp);
      }
    }
  }

  private group(): Node {
    let index: number | null = null;
    if (this.src.startsWith('?:', this.i)) {
      this.i += 2;
    } else if (/^\?(?:[=!]|<[=!])/.test(this.src.slice(this.i))) {
      throw new Refused('lookaround');
    } else if (this.src.startsWith('?<', this.i)) {
      const m = /^\?<[A-Za-z_$][\w$]*>/.exec(this.src.slice(this.i));
      if (!m) throw new Refused('syntax');
      this.i += m[0].length;
      index = ++this.groups;
    } else if (this.peek() === '?') {
      throw new Refused('syntax');
    } else {
      index = ++this.groups;
    }
    const body = this.alternation();
    if (this.src[this.i++] !== ')') throw new Refused('syntax');
    return { type: 'group', index, body };
  }

  /** The source of a `[...]` class, from the `[` already read to its closing `]`. */
  private classSource(): string {
    const start = this.i - 1;
    if (this.peek() === '^') this.i++;
    while (this.i < this.src.length && this.peek() !== ']') {
      if (this.peek() === '\\') this.i++;
      this.i++;
    }
    if (this.src[this.i++] !== ']') throw new Refused('syntax');
    return this.src.slice(start, this.i);
  }

  private escape(): Node {
    const c = this.src[this.i++];
    if (c === undefined) throw new Refused('syntax');
    if (c === 'b') return { type: 'assert', kind: 'word' };
    if (c === 'B') return { type: 'assert', kind: 'not-word' };
    if (/[1-9]/.test(c) || (c === 'k' && this.peek() === '<')) throw new Refused('backreference');
    if ('dDwWsS'.includes(c)) return { type: 'char', test: nativeTest(`\\${c}`) };
    const forms: Record<string, RegExp> = {
      p: /^\{[^}]*\}/,
      P: /^\{[^}]*\}/,
      x: /^[0-9a-fA-F]{2}/,
      u: /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]+\})/,
      c: /^[A-Za-z]/,
      0: /^(?!\d)/,
    };
    const form = forms[c];
    if (form) {
      const m = form.exec(this.src.slice(this.i));
      if (!m) throw new Refused('syntax');
      this.i += m[0].length;
      return { type: 'char', test: nativeTest(`\\${c}${m[0]}`) };
    }
    const control: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13 };
    if (control[c] !== undefined) return literal(control[c]);
    if (/[A-Za-z0-9]/.test(c)) throw new Refused('syntax');
    return literal(this.src.codePointAt(this.i - 1)!);
  }
}

function literal(cp: number): Node {
  return { type: 'char', test: (x) => x === cp, literal: cp };
}

/** Whether `node` holds a repetition that can match a varying count (only unbounded ones when `unbounded`). */
function repeats(node: Node, unbounded: boolean): boolean {
  switch (node.type) {
    case 'repeat':
      return (unbounded ? node.max === Infinity : node.max > node.min) || repeats(node.body, unbounded);
    case 'group':
      return repeats(node.body, unbounded);
    case 'alt':
      return node.options.some((o) => repeats(o, unbounded));
    case 'seq':
      return node.items.some((i) => repeats(i, unbounded));
    default:
      return false;
  }
}

/**
 * What a match of `node` starts with: the tests its first character passes (any of them), and
 * whether it can match nothing at all (then every position has to be tried). Assertions take no
 * character.
 */
function leadingChars(node: Node): { tests: CharTest[]; empty: boolean } {
  switch (node.type) {
    case 'char':
      return { tests: [node.test], empty: false };
    case 'assert':
      return { tests: [], empty: true };
    case 'group':
      return leadingChars(node.body);
    case 'repeat': {
      const body = leadingChars(node.body);
      return { tests: body.tests, empty: body.empty || node.min === 0 };
    }
    case 'alt': {
      const options = node.options.map(leadingChars);
      return { tests: options.flatMap((o) => o.tests), empty: options.some((o) => o.empty) };
    }
    case 'seq': {
      const tests: CharTest[] = [];
      for (const item of node.items) {
        const lead = leadingChars(item);
        tests.push(...lead.tests);
        if (!lead.empty) return { tests, empty: false };
      }
      return { tests, empty: true };
    }
  }
}

/** Beyond this many two-character starts a pattern is skipped to by its first character only. */
const MAX_STARTS = 64;

/**
 * The first two characters a match of `node` can take, each start as its tests; a shorter start
 * is a match that can end (or take anything) after it. Assertions count as taking nothing, so the
 * starts allow at least every match. Null when there are more than MAX_STARTS.
 */
function leadingPairs(node: Node): CharTest[][] | null {
  switch (node.type) {
    case 'char':
      return [[node.test]];
    case 'assert':
      return [[]];
    case 'group':
      return leadingPairs(node.body);
    case 'alt':
      return anyOf(node.options.map(leadingPairs));
    case 'seq':
      return node.items.reduce<CharTest[][] | null>((starts, item) => followedBy(starts, leadingPairs(item)), [[]]);
    case 'repeat': {
      // Two rounds of the body take at least as much as any number of rounds from two on; a
      // start they leave short only allows more.
      const once = leadingPairs(node.body);
      return anyOf([
        ...(node.min === 0 ? [[[]]] : []),
        ...(node.min <= 1 && node.max >= 1 ? [once] : []),
        ...(node.max >= 2 ? [followedBy(once, once)] : []),
      ]);
    }
  }
}

function anyOf(options: (CharTest[][] | null)[]): CharTest[][] | null {
  const starts: CharTest[][] = [];
  for (const option of options) {
    if (!option || starts.length + option.length > MAX_STARTS) return null;
    starts.push(...option);
  }
  return starts;
}

function followedBy(heads: CharTest[][] | null, tails: CharTest[][] | null): CharTest[][] | null {
  if (!heads || !tails) return null;
  return anyOf(heads.map((head) => (head.length >= 2 ? [head] : tails.map((tail) => [...head, ...tail].slice(0, 2)))));
}

/**
 * Whether a match can start at `at`, by its first two characters; undefined when every position
 * has to be tried (a match can be empty) or the starts are too many to keep.
 */
function pairTest(tree: Node): ((text: string, at: number) => boolean) | undefined {
  const starts = leadingPairs(tree);
  if (!starts || starts.some((s) => s.length === 0)) return undefined;
  return (text, at) => {
    const first = text.codePointAt(at) as number;
    const next = at + (first > 0xffff ? 2 : 1);
    const second = next < text.length ? (text.codePointAt(next) as number) : -1;
    for (const [a, b] of starts) {
      if (!a!(first)) continue;
      if (!b || (second >= 0 && b(second))) return true;
    }
    return false;
  };
}

/**
 * Alternatives (directly under the repeated node) that can start with the same character, or one
 * that can match nothing.
 */
function overlappingAlternatives(node: Node): boolean {
  const inner = node.type === 'group' ? node.body : node;
  if (inner.type !== 'alt') return false;
  const firsts = inner.options.map(leadingChars);
  if (firsts.some((f) => f.empty)) return true;
  for (let a = 0; a < firsts.length; a++) {
    for (let b = a + 1; b < firsts.length; b++) {
      for (let cp = 0; cp <= 0xffff; cp++) {
        if (firsts[a]!.tests.some((t) => t(cp)) && firsts[b]!.tests.some((t) => t(cp))) return true;
      }
    }
  }
  return false;
}

// The program as flat arrays: op, its two operands, and the class test of a CHAR that is no
// single code point. A CHAR's first operand is its code point, or -1 when `tests` decides.
const CHAR = 0;
const ASSERT = 1;
const SPLIT = 2;
const JUMP = 3;
const SAVE = 4;
const MATCH = 5;
/** ASSERT's operand: the index of its kind here. */
const ASSERTIONS: Assertion[] = ['start', 'end', 'word', 'not-word'];

class Compiler {
  readonly ops: number[] = [];
  readonly x: number[] = [];
  readonly y: number[] = [];
  readonly tests: (CharTest | undefined)[] = [];

  emit(op: number, x = 0, y = 0, test?: CharTest): number {
    if (this.ops.length >= MAX_PROGRAM) throw new Refused('too-big');
    this.ops.push(op);
    this.x.push(x);
    this.y.push(y);
    this.tests.push(test);
    return this.ops.length - 1;
  }

  compile(node: Node): void {
    switch (node.type) {
      case 'char':
        if (node.literal === undefined) this.emit(CHAR, -1, 0, node.test);
        else this.emit(CHAR, node.literal);
        return;
      case 'assert':
        this.emit(ASSERT, ASSERTIONS.indexOf(node.kind));
        return;
      case 'seq':
        for (const item of node.items) this.compile(item);
        return;
      case 'group':
        if (node.index !== null) this.emit(SAVE, node.index * 2);
        this.compile(node.body);
        if (node.index !== null) this.emit(SAVE, node.index * 2 + 1);
        return;
      case 'alt': {
        const jumps: number[] = [];
        node.options.forEach((option, k) => {
          if (k < node.options.length - 1) {
            const split = this.emit(SPLIT, 0, 0);
            this.x[split] = split + 1;
            this.compile(option);
            jumps.push(this.emit(JUMP));
            this.y[split] = this.ops.length;
          } else {
            this.compile(option);
          }
        });
        for (const j of jumps) this.x[j] = this.ops.length;
        return;
      }
      case 'repeat': {
        for (let k = 0; k < node.min; k++) this.compile(node.body);
        if (node.max === Infinity) {
          const split = this.emit(SPLIT);
          this.compile(node.body);
          this.emit(JUMP, split);
          this.branch(split, split + 1, this.ops.length, node.lazy);
        } else {
          const splits: number[] = [];
          for (let k = node.min; k < node.max; k++) {
            splits.push(this.emit(SPLIT));
            this.compile(node.body);
          }
          for (const s of splits) this.branch(s, s + 1, this.ops.length, node.lazy);
        }
        return;
      }
    }
  }

  /** A split tries its first target before its second: the body first unless lazy. */
  private branch(at: number, body: number, skip: number, lazy: boolean): void {
    this.x[at] = lazy ? skip : body;
    this.y[at] = lazy ? body : skip;
  }
}

const isWordAt = (text: string, i: number) => i >= 0 && i < text.length && isWordChar(text.charCodeAt(i));

function holds(kind: number, text: string, at: number): boolean {
  if (kind === 0) return at === 0;
  if (kind === 1) return at === text.length;
  return (isWordAt(text, at - 1) !== isWordAt(text, at)) === (kind === 2);
}

/**
 * Pike's VM over one compiled program: the function that finds the leftmost match at or after
 * `from` and returns its capture slots (valid until the next call), or null. Its buffers are
 * made once per pattern and reused by every call (matching is synchronous), so a ticket costs no
 * allocation but the match it returns. A thread list holds each program position at most once,
 * in the order a backtracking engine would try them, each with its capture slots.
 */
function machine(
  program: Compiler,
  slotCount: number,
  first: CharTest | undefined,
  pair: ((text: string, at: number) => boolean) | undefined,
): (text: string, from: number) => Int32Array | null {
  const size = program.ops.length;
  const ops = Uint8Array.from(program.ops);
  const x = Int32Array.from(program.x);
  const y = Int32Array.from(program.y);
  const tests = program.tests;
  /** Positions already entered in this step: `seen[pc] === generation`. */
  const seen = new Int32Array(size);
  let generation = 0;
  let pcs = new Int32Array(size);
  let caps = new Int32Array(size * slotCount);
  let count = 0;
  let nextPcs = new Int32Array(size);
  let nextCaps = new Int32Array(size * slotCount);
  let nextCount = 0;
  /** The capture slots of the path being followed; `stack` holds the undo of each SAVE on it. */
  const slots = new Int32Array(slotCount);
  // Each position is entered once per step and pushes at most two positions or one undo of two
  // entries: three entries per instruction always suffice.
  const stack = new Int32Array(3 * size + 1);
  const matched = new Int32Array(slotCount);
  /** `first`'s answers for the BMP: 1 can start a match, -1 cannot, 0 not asked yet. */
  const starts = new Int8Array(0x10000);

  /** The first position at or after `at` whose character a match can start with (or the end). */
  const nextStart = (text: string, at: number, test: CharTest): number => {
    while (at < text.length) {
      const c = text.charCodeAt(at);
      if (c >= 0xd800 && c <= 0xdbff) {
        const cp = text.codePointAt(at) as number;
        if (test(cp)) return at;
        at += cp > 0xffff ? 2 : 1;
        continue;
      }
      let known = starts[c] as number;
      if (known === 0) known = starts[c] = test(c) ? 1 : -1;
      if (known === 1) return at;
      at++;
    }
    return at;
  };

  /**
   * Adds to the next list (to the current one when `current`) the threads `start` leads to at
   * `at` without reading a character, with the capture slots in `slots`, in priority order (a
   * SPLIT's first target, and all it leads to, before its second). A thread that waits for a
   * character other than `cp` (the one at `at`, -1 at the end) would die on the next step and is
   * left out at once.
   */
  const add = (current: boolean, start: number, text: string, at: number, cp: number): void => {
    let sp = 0;
    stack[sp++] = start;
    while (sp > 0) {
      const top = stack[--sp] as number;
      if (top < 0) {
        // The undo of a SAVE: the value below it goes back into the slot.
        slots[~top] = stack[--sp] as number;
        continue;
      }
      let pc = top;
      while (seen[pc] !== generation) {
        seen[pc] = generation;
        const op = ops[pc];
        if (op === JUMP) {
          pc = x[pc] as number;
        } else if (op === SPLIT) {
          stack[sp++] = y[pc] as number;
          pc = x[pc] as number;
        } else if (op === SAVE) {
          const slot = x[pc] as number;
          stack[sp++] = slots[slot] as number;
          stack[sp++] = ~slot;
          slots[slot] = at;
          pc++;
        } else if (op === ASSERT) {
          if (!holds(x[pc] as number, text, at)) break;
          pc++;
        } else {
          if (op === CHAR) {
            const literal = x[pc] as number;
            if (cp < 0 || (literal >= 0 ? literal !== cp : !(tests[pc] as CharTest)(cp))) break;
          }
          const n = current ? count++ : nextCount++;
          const into = current ? caps : nextCaps;
          (current ? pcs : nextPcs)[n] = pc;
          for (let s = 0; s < slotCount; s++) into[n * slotCount + s] = slots[s] as number;
          break;
        }
      }
    }
  };

  /** Thread `k`'s slots into `into`. */
  const load = (k: number, into: Int32Array) => {
    for (let s = 0; s < slotCount; s++) into[s] = caps[k * slotCount + s] as number;
  };

  return (text, from) => {
    const end = text.length;
    count = 0;
    let found = false;
    for (let at = from; ; ) {
      if (!found) {
        if (count === 0) {
          // Nothing in flight: go straight to the next character a match can start with.
          if (first) {
            at = nextStart(text, at, first);
            // And past those whose next character no match can take ("d" not before "e" for
            // "delivery has failed"): most of them, in ordinary text.
            while (pair && at < end && !pair(text, at)) at = nextStart(text, at + ((text.codePointAt(at) as number) > 0xffff ? 2 : 1), first);
            if (at >= end) return null;
          }
          generation++;
        }
        // A new attempt starting here ranks below every attempt that started earlier; positions
        // those reached here already hold their better threads.
        slots.fill(-1);
        slots[0] = at;
        add(true, 0, text, at, at < end ? (text.codePointAt(at) as number) : -1);
      }
      // At the end only threads that have matched can be in flight; elsewhere every thread but a
      // match waits for this very character (see `add`).
      const width = at < end && (text.codePointAt(at) as number) > 0xffff ? 2 : 1;
      const after = at + width;
      const cpAfter = after < end ? (text.codePointAt(after) as number) : -1;
      generation++;
      nextCount = 0;
      for (let k = 0; k < count; k++) {
        if (ops[pcs[k] as number] === MATCH) {
          load(k, matched);
          matched[1] = at;
          found = true;
          // Lower-priority threads lose to this match.
          break;
        }
        load(k, slots);
        add(false, (pcs[k] as number) + 1, text, after, cpAfter);
      }
      if (at >= end) break;
      const donePcs = pcs;
      const doneCaps = caps;
      pcs = nextPcs;
      caps = nextCaps;
      nextPcs = donePcs;
      nextCaps = doneCaps;
      count = nextCount;
      if (count === 0 && found) break;
      at = after;
    }
    return found ? matched : null;
  };
}

export function compilePattern(source: string): CompiledPattern {
  try {
    const parser = new Parser(source);
    const tree = parser.parse();
    const compiler = new Compiler();
    compiler.compile(tree);
    compiler.emit(MATCH);
    const lead = leadingChars(tree);
    const run = machine(compiler, (parser.groups + 1) * 2, lead.empty ? undefined : (cp) => lead.tests.some((t) => t(cp)), lead.empty ? undefined : pairTest(tree));
    return {
      ok: true,
      pattern: {
        source,
        exec(text, from = 0) {
          const slots = run(text, from);
          if (!slots) return null;
          const groups: (string | undefined)[] = [];
          for (let g = 1; g <= parser.groups; g++) {
            const s = slots[g * 2] as number;
            const e = slots[g * 2 + 1] as number;
            groups.push(s >= 0 && e >= 0 ? text.slice(s, e) : undefined);
          }
          return { start: slots[0] as number, end: slots[1] as number, groups };
        },
      },
    };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, problem: e.problem };
    throw e;
  }
}
