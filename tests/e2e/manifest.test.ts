// The built manifests run Gvul exactly where the built-in adapters declare (plus the local demo
// helpdesk in the demo builds), and nowhere else; the script they load carries none of the
// default settings.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { BUILTIN_ADAPTERS } from '../../lib/adapters';
import { DEMO_MATCHES } from '../../lib/helpdesk-hosts';
import { DEFAULT_CLASSIFICATION_POLICY } from '../../lib/policy/classification';
import { DEFAULT_REPLIES } from '../../lib/replies/templates';
import { CHROME_DEMO_BUILD, FIREFOX_DEMO_BUILD } from '../../scripts/browsers';

interface Manifest {
  content_scripts: { matches: string[]; js?: string[] }[];
  web_accessible_resources?: unknown;
}

const read = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
const declared = [...BUILTIN_ADAPTERS.flatMap((a) => a.hosts), ...DEMO_MATCHES];
const sorted = (list: string[]) => [...list].sort();

test.each([
  ['Chromium', CHROME_DEMO_BUILD],
  ['Firefox', FIREFOX_DEMO_BUILD],
])('%s: the content script matches the adapters\' host patterns and the demo hosts', (_browser, dir) => {
  const manifest = read(dir);
  expect(manifest.content_scripts).toHaveLength(1);
  expect(sorted(manifest.content_scripts[0]!.matches)).toEqual(sorted(declared));
});

test.each([
  ['Chromium', CHROME_DEMO_BUILD],
  ['Firefox', FIREFOX_DEMO_BUILD],
])('%s: nothing is web-accessible, so no page can probe for Gvul', (_browser, dir) => {
  expect(read(dir).web_accessible_resources).toBeUndefined();
});

test.each([
  ['Chromium', CHROME_DEMO_BUILD],
  ['Firefox', FIREFOX_DEMO_BUILD],
])('%s: the content script carries none of the default settings: the background answers with the settings in use', (_browser, dir) => {
  const code = (read(dir).content_scripts[0]!.js ?? []).map((file) => readFileSync(path.join(dir, file), 'utf8')).join('\n');
  expect(code.length).toBeGreaterThan(0);
  const policy = DEFAULT_CLASSIFICATION_POLICY;
  // Text found only in the defaults: a clause, a phrase, a vendor's name, a reply's words.
  const defaults = [
    policy.clauses[0]!.en,
    policy.signals[0]!.phrases.en[0]!,
    policy.vendors[0]!.names[0]!,
    DEFAULT_REPLIES.find((r) => r.id === 'isp')!.body.en.split('\n\n')[1]!.slice(0, 40),
  ];
  expect(defaults.filter((text) => code.includes(text))).toEqual([]);
});
