// The project's import graph, read from the source: which file imports which, resolved the way
// the bundler resolves them (relative paths and the `@/` root alias; packages are left out).
// Style sheets count: a surface that takes another's CSS depends on its class names.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];
// Static imports and re-exports (`import … from`, `export … from`, bare `import '…'`) and dynamic `import('…')`.
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.(tsx?|css)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | undefined {
  // `styles.css?inline` is the file styles.css.
  const spec = specifier.replace(/\?.*$/, '');
  let base: string;
  if (spec.startsWith('@/')) base = join(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) base = resolve(ROOT, dirname(from), spec);
  else return undefined;
  const candidates = /\.(tsx?|css)$/.test(base) ? [base] : EXTENSIONS.map((ext) => base + ext);
  const hit = candidates.find((c) => existsSync(c) && statSync(c).isFile());
  return hit && relative(ROOT, hit);
}

/** Every source file under `dirs`, with the project files it imports. */
export function importGraph(dirs: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of dirs.flatMap(sourceFiles)) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const targets = new Set<string>();
    for (const [, spec] of text.matchAll(IMPORT)) {
      const target = spec && resolveImport(file, spec);
      if (target) targets.add(target);
    }
    graph.set(file, [...targets]);
  }
  return graph;
}

/** The folder a file belongs to: `lib/sla/clock.ts` → `lib/sla`, `lib/ticket.ts` → `lib`. */
export const folderOf = (file: string) => dirname(file);

/** Folder-level edges (a folder importing itself is left out). */
export function folderGraph(files: Map<string, string[]>, folder: (file: string) => string = folderOf): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const [file, targets] of files) {
    const from = folder(file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const target of targets) if (folder(target) !== from) edges.add(folder(target));
  }
  return graph;
}

/** The strongly connected groups of more than one node (Tarjan): each is a cycle. */
export function cycles(graph: Map<string, Set<string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}
