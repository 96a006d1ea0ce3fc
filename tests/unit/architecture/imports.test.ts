// The shape of the code, checked on its import graph: lib/ stands alone, no two folders need each
// other, and each surface (sidebar, options page, popup) uses only lib/ and components/shared.
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, folderGraph, importGraph } from './import-graph';

const files = importGraph(['lib', 'components', 'entrypoints']);

/**
 * The unit a cycle is counted between: a top folder of lib/, components/ or entrypoints/ (with
 * its subfolders, such as lib/page/concerns inside lib/page), or a file directly in lib/.
 */
const unitOf = (file: string) => {
  const parts = file.split('/');
  return parts.length <= 2 ? file : parts.slice(0, 2).join('/');
};

const SURFACES = ['components/sidebar', 'components/options', 'components/popup'];
const SHARED = 'components/shared';

const edges = () => [...files].flatMap(([from, targets]) => targets.map((to) => ({ from, to })));

describe('the import graph', () => {
  it('is read from the source (a known import is in it)', () => {
    expect(files.get('components/sidebar/Sidebar.tsx')).toContain('components/shared/VerdictCard.tsx');
    expect(files.get('lib/page/concerns/tab-status.ts')).toContain('lib/protocol/tab-status.ts');
    expect(files.size).toBeGreaterThan(100);
  });

  it('finds a cycle where there is one', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['a'])],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c']]);
    expect(cycles(new Map([['a', new Set(['b'])], ['b', new Set<string>()]]))).toEqual([]);
  });
});

describe('folders', () => {
  it('lib/ imports nothing from components/ or entrypoints/', () => {
    const bad = edges().filter(({ from, to }) => from.startsWith('lib/') && !to.startsWith('lib/'));
    expect(bad).toEqual([]);
  });

  it('no two folders import each other, directly or around a circle', () => {
    const found = cycles(folderGraph(files, unitOf));
    const explain = found.map((group) =>
      edges()
        .filter(({ from, to }) => unitOf(from) !== unitOf(to) && group.includes(unitOf(from)) && group.includes(unitOf(to)))
        .map(({ from, to }) => `${from} -> ${to}`),
    );
    expect(explain).toEqual([]);
  });
});

describe('surfaces', () => {
  it('every component belongs to a surface or to components/shared', () => {
    const loose = [...files.keys()].filter(
      (f) => f.startsWith('components/') && ![...SURFACES, SHARED].includes(unitOf(f)),
    );
    expect(loose).toEqual([]);
  });

  it('a surface imports lib/, components/shared and itself, never another surface', () => {
    const bad = edges().filter(({ from, to }) => {
      const surface = SURFACES.find((s) => from.startsWith(`${s}/`));
      return surface && to.startsWith('components/') && !to.startsWith(`${surface}/`) && !to.startsWith(`${SHARED}/`);
    });
    expect(bad).toEqual([]);
  });

  it('shared pieces import only lib/ and each other', () => {
    const bad = edges().filter(({ from, to }) => from.startsWith(`${SHARED}/`) && !to.startsWith('lib/') && dirname(to) !== SHARED);
    expect(bad).toEqual([]);
  });

  it('an entrypoint imports only its own surface and components/shared', () => {
    const surfaceOf: Record<string, string> = {
      'entrypoints/helpdesk.content': 'components/sidebar',
      'entrypoints/options': 'components/options',
      'entrypoints/popup': 'components/popup',
    };
    const bad = edges().filter(({ from, to }) => {
      if (!from.startsWith('entrypoints/')) return false;
      const own = surfaceOf[unitOf(from)];
      return to.startsWith('components/') && !to.startsWith(`${SHARED}/`) && (!own || !to.startsWith(`${own}/`));
    });
    expect(bad).toEqual([]);
  });
});
