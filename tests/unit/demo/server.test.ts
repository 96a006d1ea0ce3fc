// The demo helpdesk server: a page shell for every route shape of every flavour, 404 for
// anything else, and nothing in the pages that points outside the machine.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoHelpdesk } from '../../../demo/build.ts';
import { startDemoServer, type DemoServer } from '../../../demo/server.ts';
import { FLAVOURS, parseRoute, ticketPath, listPath, type Flavour } from '../../../demo/routes.ts';
import { flavourShell, indexPage } from '../../../demo/shell.ts';

let server: DemoServer;

beforeAll(async () => {
  server = await startDemoServer({ quiet: true });
}, 60_000);

afterAll(async () => {
  await server?.close();
});

const get = (p: string, init?: RequestInit) => fetch(server.url + p, init);

const PAGES: [string, Flavour][] = [
  ['/zendesk/agent/tickets', 'zendesk'],
  ['/zendesk/agent/tickets/1', 'zendesk'],
  ['/zendesk/agent/tickets/e2e-7', 'zendesk'],
  ['/zoho/agent/demo/support/tickets', 'zoho'],
  ['/zoho/agent/demo/support/tickets/details/1', 'zoho'],
  ['/zoho/agent/acme/billing/tickets/details/12', 'zoho'],
  ['/freshdesk/a/tickets', 'freshdesk'],
  ['/freshdesk/a/tickets/1', 'freshdesk'],
  ['/freshdesk/a/tickets/9?tab=activity', 'freshdesk'],
  ['/helpscout/mailbox', 'helpscout'],
  ['/helpscout/conversation/1/1', 'helpscout'],
  ['/helpscout/conversation/2081/e2e-7', 'helpscout'],
];

const NOT_PAGES = [
  '/nope',
  '/zendesk',
  '/zendesk/agent',
  '/zendesk/agent/tickets/1/extra',
  '/zoho/agent/demo/tickets/details/1',
  '/zoho/agent/demo/support/tickets/details',
  '/freshdesk/tickets/1',
  '/helpscout/conversation/1',
  '/helpscout/mailbox/1',
  '/assets/nope.js',
  '/assets/../package.json',
  '/favicon.ico',
];

describe('demo helpdesk server', () => {
  it('listens on 127.0.0.1 on a free port', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('serves the index page linking every flavour', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    for (const f of FLAVOURS) {
      expect(html).toContain(`href="${listPath(f)}"`);
      expect(html).toContain(`href="${ticketPath(f, '1')}"`);
    }
  });

  it.each(PAGES)('serves the %s shell of its flavour', async (p, flavour) => {
    const res = await get(p);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain(`<script type="module" src="/assets/${flavour}.js"></script>`);
    expect(html).toContain(`href="/assets/${flavour}.css"`);
  });

  it.each(NOT_PAGES)('answers %s with 404', async (p) => {
    expect((await get(p)).status).toBe(404);
  });

  it('answers anything but GET and HEAD with 405', async () => {
    expect((await get('/zendesk/agent/tickets/1', { method: 'POST', body: 'x' })).status).toBe(405);
    const head = await get('/zendesk/agent/tickets/1', { method: 'HEAD' });
    expect(head.status).toBe(200);
  });

  it.each(FLAVOURS)('serves the %s bundle and stylesheet', async (flavour) => {
    const js = await get(`/assets/${flavour}.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await js.text()).length).toBeGreaterThan(1000);
    const css = await get(`/assets/${flavour}.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('serves the shared chunks each bundle imports', async () => {
    for (const flavour of FLAVOURS) {
      const js = await (await get(`/assets/${flavour}.js`)).text();
      for (const [, chunk] of js.matchAll(/from"\.\/(chunks\/[^"]+\.js)"/g)) {
        expect((await get(`/assets/${chunk}`)).status, chunk).toBe(200);
      }
    }
  });
});

describe('demo helpdesk pages reach nothing outside the machine', () => {
  const shells = [indexPage(), ...FLAVOURS.map(flavourShell)];

  it('the HTML shells reference only local assets', () => {
    for (const html of shells) {
      const refs = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]!);
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs) {
        expect(ref, ref).toMatch(/^(\/(?!\/)|data:|#)/);
      }
      expect(html).not.toMatch(/https?:\/\//);
      expect(html).not.toMatch(/@import|fonts\.googleapis/);
    }
  });

  it('the stylesheets load nothing but inline data', async () => {
    for (const flavour of FLAVOURS) {
      const css = await (await get(`/assets/${flavour}.css`)).text();
      expect(css).not.toMatch(/@import/);
      for (const [, url] of css.matchAll(/url\(\s*["']?([^"')]*)/g)) {
        expect(url, `${flavour}.css`).toMatch(/^(data:|#)/);
      }
    }
  });
});

describe('demo helpdesk build', () => {
  it('reuses an unchanged build', async () => {
    const again = await buildDemoHelpdesk();
    expect(again.built).toBe(false);
    expect(again.ms).toBeLessThan(1000);
  });

  it("writes Zoho's class names with a hash derived at build time", async () => {
    const b = await buildDemoHelpdesk();
    expect(b.zohoHash).toMatch(/^[0-9a-f]{6}$/);
    const css = readFileSync(path.join(b.dir, 'zoho.css'), 'utf8');
    const js = readFileSync(path.join(b.dir, 'zoho.js'), 'utf8');
    expect(css).toContain(`.zd_${b.zohoHash}-ticketdetail-header`);
    expect(css).not.toContain('zd_HASH-');
    expect(js).toContain(b.zohoHash);
  });
});

describe('demo helpdesk routes', () => {
  it.each(FLAVOURS)('%s: a ticket path names its ticket, the list path no ticket', (flavour) => {
    for (const id of ['1', '12', 'e2e-7', 'a b/c']) {
      const route = parseRoute(ticketPath(flavour, id));
      expect(route).toMatchObject({ flavour, view: 'ticket', ticketId: id });
    }
    expect(parseRoute(listPath(flavour))).toMatchObject({ flavour, view: 'list' });
  });

  it('the first demo ticket has the paths the issue names', () => {
    expect(ticketPath('zendesk', '1')).toBe('/zendesk/agent/tickets/1');
    expect(ticketPath('zoho', '1')).toBe('/zoho/agent/demo/support/tickets/details/1');
    expect(ticketPath('freshdesk', '1')).toBe('/freshdesk/a/tickets/1');
    expect(ticketPath('helpscout', '1')).toBe('/helpscout/conversation/1/1');
  });

  it('Zoho keeps the portal and department; Help Scout keeps the number', () => {
    expect(parseRoute('/zoho/agent/acme/billing/tickets/details/7')).toEqual({
      flavour: 'zoho',
      view: 'ticket',
      portal: 'acme',
      department: 'billing',
      ticketId: '7',
    });
    expect(parseRoute('/helpscout/conversation/2081/57')).toEqual({
      flavour: 'helpscout',
      view: 'ticket',
      ticketId: '2081',
      number: '57',
    });
  });
});
