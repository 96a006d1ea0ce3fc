// Each built-in helpdesk is declared once, in its adapter file: its host patterns are where the
// manifest runs Gvul, and they appear nowhere else in the code.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILTIN_ADAPTERS } from '../../../lib/adapters/index.ts';
import { exampleOrigin, fillPage } from '../../../lib/adapters/location.ts';
import { DEMO_MATCHES, HELPDESK_MATCHES } from '../../../lib/helpdesk-hosts.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const doc = { querySelector: () => null, querySelectorAll: () => [] } as unknown as Document;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs|json)$/.test(entry.name) ? [path] : [];
  });
}

describe('the built-in helpdesks', () => {
  it('each live in the file named by their id', () => {
    for (const adapter of BUILTIN_ADAPTERS) {
      expect(readFileSync(join(ROOT, 'lib/adapters', `${adapter.id}.ts`), 'utf8')).toContain(`id: '${adapter.id}'`);
    }
  });

  it('run exactly where their adapters say: the manifest\'s matches are the declared host patterns', () => {
    const declared = BUILTIN_ADAPTERS.flatMap((a) => a.hosts);
    expect(new Set(declared).size).toBe(declared.length);
    expect([...HELPDESK_MATCHES].sort()).toEqual([...declared].sort());
    expect(HELPDESK_MATCHES.some((m) => DEMO_MATCHES.includes(m))).toBe(false);
  });

  it('claim a ticket page on every host they declare, and say which ticket', () => {
    for (const adapter of BUILTIN_ADAPTERS) {
      for (const host of adapter.hosts) {
        const url = new URL(exampleOrigin([host]) + fillPage(adapter.pages.ticket, { ticketId: '4711', number: '1', portal: 'p', department: 'd' }));
        expect(adapter.matches(url, doc), url.href).toBe(true);
        expect(adapter.ticketId(url, doc), url.href).toBe('4711');
      }
    }
  });

  it('have host patterns that appear in no file but their own adapter\'s', () => {
    const files = ['lib', 'components', 'entrypoints', 'demo', 'scripts', 'tests', 'public']
      .flatMap(sourceFiles)
      .concat(['wxt.config.ts', 'package.json']);
    for (const adapter of BUILTIN_ADAPTERS) {
      const own = join('lib/adapters', `${adapter.id}.ts`);
      for (const pattern of adapter.hosts) {
        const elsewhere = files.filter((f) => f !== own && readFileSync(join(ROOT, f), 'utf8').includes(pattern));
        expect(elsewhere.map((f) => relative('.', f)), pattern).toEqual([]);
      }
    }
  });
});
