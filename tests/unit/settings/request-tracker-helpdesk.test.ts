// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { findAdapter } from '../../../lib/adapters/index.ts';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults.ts';
import { checkSettings } from '../../../lib/settings/schema.ts';
import { customHelpdeskPatterns, requestTrackerHelpdesk } from '../../../lib/settings/custom-helpdesks.ts';
import { loadFixtures } from '../adapters/fixtures.ts';

it('a Request Tracker address becomes a helpdesk entry for the pages under it: that host only', () => {
  for (const address of ['https://rt.example.com/rt', 'https://rt.example.com/rt/', 'https://rt.example.com/rt/Ticket/Display.html?id=4']) {
    const entry = requestTrackerHelpdesk(address, []);
    if (typeof entry === 'string') throw new Error(entry);
    expect(entry.hostPattern).toBe('https://rt.example.com/rt/*');
    expect(customHelpdeskPatterns([entry]).origins).toEqual(['https://rt.example.com/*']);
    expect(checkSettings({ ...DEFAULT_SETTINGS, customHelpdesks: [entry] }).ok).toBe(true);
  }
  const root = requestTrackerHelpdesk('http://helpdesk.example.org:8080/', ['request-tracker-1']);
  expect(root).toMatchObject({ id: 'request-tracker-2', hostPattern: 'http://helpdesk.example.org/*' });
  expect(requestTrackerHelpdesk('rt.example.com', [])).toBe('not a web address');
  expect(requestTrackerHelpdesk('ftp://rt.example.com/rt', [])).toBe('not a web address');
});

it('on the RT pages themselves, the Request Tracker adapter reads them, not the entry\'s selectors', () => {
  for (const fixture of loadFixtures().filter((f) => f.expect.adapter === 'request-tracker')) {
    const entry = requestTrackerHelpdesk(`${fixture.url.origin}/rt`, []);
    if (typeof entry === 'string') throw new Error(entry);
    const doc = new DOMParser().parseFromString(fixture.html, 'text/html');
    expect(findAdapter(fixture.url, doc, [entry])?.id, fixture.name).toBe('request-tracker');
  }
});
