// Loading the saved-page fixtures of tests/fixtures/<helpdesk>/ with their expectations.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CustomHelpdeskConfig } from '../../../lib/adapters/custom.ts';
import type { HelpdeskId } from '../../../lib/adapters/index.ts';
import type { EditorKind } from '../../../lib/adapters/types.ts';
import type { Ticket } from '../../../lib/ticket.ts';

// Paths, not file: URLs: under happy-dom the global URL is not the one node:fs accepts.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures');

export interface Expectation {
  adapter: HelpdeskId | null;
  ticketId: string | null;
  read?:
    | { ok: true; ticket: Ticket; messageCount: number }
    | { ok: false; ticketId?: string; missing: string[]; /** The reason's code, where the page shows why. */ reason?: string };
  editor?: EditorKind | null;
  notInBody?: string[];
  /** Pages the reading fetches (`relatedPages`), by name: files in `<helpdesk>/fetched/`. */
  related?: Record<string, string>;
}

export interface Fixture {
  /** `zendesk/plain-english` */
  name: string;
  html: string;
  url: URL;
  expect: Expectation;
  related: Map<string, Document>;
}

export function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function fixtureUrl(html: string, name: string): URL {
  const content = parse(html).querySelector('meta[name="fixture-url"]')?.getAttribute('content');
  if (!content) throw new Error(`${name}: no <meta name="fixture-url">`);
  return new URL(content);
}

export function loadFixtures(): Fixture[] {
  const fixtures: Fixture[] = [];
  for (const dir of readdirSync(ROOT, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const file of readdirSync(join(ROOT, dir.name)).sort()) {
      if (!file.endsWith('.html')) continue;
      const name = `${dir.name}/${file.slice(0, -'.html'.length)}`;
      const html = readFileSync(join(ROOT, `${name}.html`), 'utf8');
      const expect = JSON.parse(readFileSync(join(ROOT, `${name}.json`), 'utf8')) as Expectation;
      const related = new Map(
        Object.entries(expect.related ?? {}).map(([key, file]) => [key, parse(readFileSync(join(ROOT, dir.name, 'fetched', `${file}.html`), 'utf8'))]),
      );
      fixtures.push({ name, html, url: fixtureUrl(html, name), expect, related });
    }
  }
  return fixtures;
}

/** The custom helpdesk the `custom/` fixtures were saved from. */
export function customFixtureConfig(): CustomHelpdeskConfig {
  return JSON.parse(readFileSync(join(ROOT, 'custom/helpdesk-config.json'), 'utf8')) as CustomHelpdeskConfig;
}

/** A small seeded random number generator (mulberry32), so a failing mangled page can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
