// @vitest-environment happy-dom
// The signed-in agent, read from each helpdesk's header avatar as demo/README.md describes it:
// the name signs the replies; a page without it gives null, never a guess.
import { describe, expect, test } from 'vitest';
import { freshdesk } from '../../../lib/adapters/freshdesk';
import { helpscout } from '../../../lib/adapters/helpscout';
import { zendesk } from '../../../lib/adapters/zendesk';
import { zoho } from '../../../lib/adapters/zoho';

const doc = (html: string) => new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');

describe.each([
  [zendesk, '<span data-test-id="header-profile-avatar" role="img" aria-label="  Noa   Barak ">NB</span>'],
  [freshdesk, '<span data-test-id="header-user-avatar" title="Noa Barak">NB</span>'],
  [helpscout, '<span data-cy="CurrentUserAvatar" title="Noa Barak">NB</span>'],
  [zoho, '<span class="zd_3f9a1-app-avatar" title="Noa Barak">NB</span>'],
])('%s', (adapter, header) => {
  test('reads the full name from the header avatar, tidied', () => {
    expect(adapter.signedInAgent!(doc(`<header>${header}</header>`))).toBe('Noa Barak');
  });
  test('no avatar, or one without a name: null', () => {
    expect(adapter.signedInAgent!(doc('<header><span>NB</span></header>'))).toBeNull();
    expect(adapter.signedInAgent!(doc(header.replace(/(aria-label|title)="[^"]*"/, '$1=" "')))).toBeNull();
  });
});
