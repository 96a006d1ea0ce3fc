// @vitest-environment happy-dom
import { expect, it, vi } from 'vitest';
import { RelatedPageLoader } from '../../../lib/page/related-pages';

const ORIGIN = 'https://rt.example.com';
const settle = () => new Promise((r) => setTimeout(r, 0));

it('fetches each wanted page once, on the page origin only, and hands the parsed pages back by name', async () => {
  const fetched: string[] = [];
  const onLoaded = vi.fn();
  const loader = new RelatedPageLoader(ORIGIN, onLoaded, async (url) => {
    fetched.push(url.href);
    return url.pathname.endsWith('/missing') ? null : `<h1>${url.pathname}</h1>`;
  });
  const wanted = {
    ticket: new URL(`${ORIGIN}/rt/Ticket/Display.html?id=7`),
    gone: new URL(`${ORIGIN}/rt/missing`),
    elsewhere: new URL('https://evil.example.net/steal'),
  };
  expect(loader.pagesFor(wanted).size).toBe(0);
  loader.pagesFor(wanted);
  await settle();
  const pages = loader.pagesFor(wanted);
  expect(fetched).toEqual([wanted.ticket.href, wanted.gone.href]);
  expect(pages.get('ticket')?.querySelector('h1')?.textContent).toBe('/rt/Ticket/Display.html');
  expect(pages.has('gone') && pages.get('gone')).toBeNull();
  expect(pages.has('elsewhere') && pages.get('elsewhere')).toBeNull();
  expect(onLoaded).toHaveBeenCalledTimes(3);
});

it('takes a failed fetch as a page that could not be had', async () => {
  const loader = new RelatedPageLoader(ORIGIN, () => {}, () => Promise.reject(new TypeError('Failed to fetch')));
  const wanted = { ticket: new URL(`${ORIGIN}/rt/Ticket/Display.html?id=7`) };
  loader.pagesFor(wanted);
  await settle();
  const pages = loader.pagesFor(wanted);
  expect(pages.has('ticket')).toBe(true);
  expect(pages.get('ticket')).toBeNull();
});
