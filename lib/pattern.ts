// Regular expressions that come from settings (the policy's pasted-output recognisers, a custom
// helpdesk's ticket-id pattern) run here, not in the browser's backtracking engine: a team's
// file or the administrator's configuration must never be able to freeze the helpdesk tab.
// The matcher simulates all alternatives at once (Thompson's construction, Pike's VM), so its
// work is at most the text's length times the program's size, whatever the pattern. It finds
// the same leftmost match, with the same groups, as JavaScript's RegExp with the `u` flag.
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
  | { type: 'char'; test: CharTest }
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
  return { type: 'char', test: (x) => x === cp };
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

/** The tests the first character of a match of `node` must pass; null when it can match nothing. */
function firstChars(node: Node): CharTest[] | null {
  switch (node.type) {
    case 'char':
      return [node.test];
    case 'assert':
      return null;
    case 'group':
      return firstChars(node.body);
    case 'repeat':
      return node.min === 0 ? null : firstChars(node.body);
    case 'alt': {
      const all: CharTest[] = [];
      for (const o of node.options) {
        const f = firstChars(o);
        if (!f) return null;
        all.push(...f);
      }
      return all;
    }
    case 'seq': {
      for (const item of node.items) {
        if (item.type === 'assert') continue;
        return firstChars(item);
      }
      return null;
    }
  }
}

/** Alternatives (directly under the repeated node) that can start with the same character, or one that can be empty. */
function overlappingAlternatives(node: Node): boolean {
  const inner = node.type === 'group' ? node.body : node;
  if (inner.type !== 'alt') return false;
  const firsts = inner.options.map(firstChars);
  if (firsts.some((f) => f === null)) return true;
  for (let a = 0; a < firsts.length; a++) {
    for (let b = a + 1; b < firsts.length; b++) {
      for (let cp = 0; cp <= 0xffff; cp++) {
        if (firsts[a]!.some((t) => t(cp)) && firsts[b]!.some((t) => t(cp))) return true;
      }
    }
  }
  return false;
}

type Instruction =
  | { op: 'char'; test: CharTest }
  | { op: 'assert'; kind: Assertion }
  | { op: 'split'; first: number; second: number }
  | { op: 'jump'; to: number }
  | { op: 'save'; slot: number }
  | { op: 'match' };

class Compiler {
  readonly program: Instruction[] = [];

  private emit(i: Instruction): number {
    if (this.program.length >= MAX_PROGRAM) throw new Refused('too-big');
    this.program.push(i);
    return this.program.length - 1;
  }

  compile(node: Node): void {
    const p = this.program;
    switch (node.type) {
      case 'char':
        this.emit({ op: 'char', test: node.test });
        return;
      case 'assert':
        this.emit({ op: 'assert', kind: node.kind });
        return;
      case 'seq':
        for (const item of node.items) this.compile(item);
        return;
      case 'group':
        if (node.index !== null) this.emit({ op: 'save', slot: node.index * 2 });
        this.compile(node.body);
        if (node.index !== null) this.emit({ op: 'save', slot: node.index * 2 + 1 });
        return;
      case 'alt': {
        const jumps: number[] = [];
        node.options.forEach((option, k) => {
          if (k < node.options.length - 1) {
            const split = this.emit({ op: 'split', first: 0, second: 0 });
            (p[split] as { first: number }).first = split + 1;
            this.compile(option);
            jumps.push(this.emit({ op: 'jump', to: 0 }));
            (p[split] as { second: number }).second = p.length;
          } else {
            this.compile(option);
          }
        });
        for (const j of jumps) (p[j] as { to: number }).to = p.length;
        return;
      }
      case 'repeat': {
        for (let k = 0; k < node.min; k++) this.compile(node.body);
        if (node.max === Infinity) {
          const split = this.emit({ op: 'split', first: 0, second: 0 });
          this.compile(node.body);
          this.emit({ op: 'jump', to: split });
          this.branch(split, split + 1, p.length, node.lazy);
        } else {
          const splits: number[] = [];
          for (let k = node.min; k < node.max; k++) {
            const split = this.emit({ op: 'split', first: 0, second: 0 });
            splits.push(split);
            this.compile(node.body);
          }
          for (const s of splits) this.branch(s, s + 1, p.length, node.lazy);
        }
        return;
      }
    }
  }

  private branch(at: number, body: number, skip: number, lazy: boolean): void {
    this.program[at] = lazy ? { op: 'split', first: skip, second: body } : { op: 'split', first: body, second: skip };
  }
}

interface Thread {
  pc: number;
  slots: number[];
}

function run(program: Instruction[], slotCount: number, text: string, from: number): number[] | null {
  let current: Thread[] = [];
  let next: Thread[] = [];
  const seen = new Int32Array(program.length).fill(-1);
  let generation = 0;
  let matched: number[] | null = null;

  const wordAt = (i: number) => i >= 0 && i < text.length && isWordChar(text.charCodeAt(i));
  const holds = (kind: Assertion, at: number): boolean => {
    switch (kind) {
      case 'start':
        return at === 0;
      case 'end':
        return at === text.length;
      case 'word':
        return wordAt(at - 1) !== wordAt(at);
      case 'not-word':
        return wordAt(at - 1) === wordAt(at);
    }
  };
  // Follows jumps, splits, saves and assertions in priority order, so `list` stays ordered
  // by which alternative a backtracking engine would have tried first.
  const add = (list: Thread[], pc: number, slots: number[], at: number): void => {
    if (seen[pc] === generation) return;
    seen[pc] = generation;
    const ins = program[pc]!;
    switch (ins.op) {
      case 'jump':
        add(list, ins.to, slots, at);
        return;
      case 'split':
        add(list, ins.first, slots, at);
        add(list, ins.second, slots, at);
        return;
      case 'save': {
        const copy = slots.slice();
        copy[ins.slot] = at;
        add(list, pc + 1, copy, at);
        return;
      }
      case 'assert':
        if (holds(ins.kind, at)) add(list, pc + 1, slots, at);
        return;
      default:
        list.push({ pc, slots });
    }
  };

  for (let at = from; ; ) {
    generation++;
    if (!matched) {
      const slots = new Array<number>(slotCount).fill(-1);
      slots[0] = at;
      // A new attempt starting here ranks below every attempt that started earlier.
      const seeded: Thread[] = [];
      add(seeded, 0, slots, at);
      if (seeded.length > 0) current = current.length > 0 ? dedupe([...current, ...seeded]) : seeded;
    }
    const cp = at < text.length ? text.codePointAt(at)! : -1;
    const width = cp > 0xffff ? 2 : 1;
    generation++;
    next = [];
    for (const t of current) {
      const ins = program[t.pc]!;
      if (ins.op === 'match') {
        matched = t.slots.slice();
        matched[1] = at;
        // Lower-priority threads lose to this match.
        break;
      }
      if (ins.op === 'char' && cp >= 0 && ins.test(cp)) add(next, t.pc + 1, t.slots, at + width);
    }
    if (at >= text.length) break;
    current = next;
    if (current.length === 0 && matched) break;
    at += width;
  }
  return matched;
}

/** Keeps the first thread at each pc: later duplicates could only find lower-priority matches. */
function dedupe(threads: Thread[]): Thread[] {
  const seen = new Set<number>();
  return threads.filter((t) => (seen.has(t.pc) ? false : (seen.add(t.pc), true)));
}

export function compilePattern(source: string): CompiledPattern {
  try {
    const parser = new Parser(source);
    const tree = parser.parse();
    const compiler = new Compiler();
    compiler.compile(tree);
    compiler.program.push({ op: 'match' });
    const program = compiler.program;
    const slotCount = (parser.groups + 1) * 2;
    return {
      ok: true,
      pattern: {
        source,
        exec(text, from = 0) {
          const slots = run(program, slotCount, text, from);
          if (!slots) return null;
          const groups: (string | undefined)[] = [];
          for (let g = 1; g <= parser.groups; g++) {
            const s = slots[g * 2]!;
            const e = slots[g * 2 + 1]!;
            groups.push(s >= 0 && e >= 0 ? text.slice(s, e) : undefined);
          }
          return { start: slots[0]!, end: slots[1]!, groups };
        },
      },
    };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, problem: e.problem };
    throw e;
  }
}
