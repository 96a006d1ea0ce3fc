// Robustness figures for `npm run bench`, on the built demo extension in real Chromium: the
// longest main-thread stall while a settings pattern that backtracks badly elsewhere meets its
// trigger text.
import { startDemoServer } from '../../demo/server';
import { ticketPath } from '../../demo/routes';
import { launchChromeWithExtension } from '../browsers';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { compilePattern } from '../../lib/pattern';

/** Accepted by the settings check (no nested repetition), yet cubic for a backtracking engine. */
const HOSTILE = '[a-z]*[a-z]*[a-z]*!';
const TRIGGER_CHARS = 8000;

// Runs in the page (as a string: tsx names functions with a helper the page does not have):
// the longest task on the main thread from opening the ticket until its verdict shows.
const LONGEST_TASK = (id: string, body: string) => `new Promise((resolve) => {
  let longest = 0;
  const tasks = new PerformanceObserver((list) => { for (const e of list.getEntries()) longest = Math.max(longest, e.duration); });
  tasks.observe({ type: 'longtask' });
  window.demoHelpdesk.openTicket({
    id: '${id}', subject: 'Pasted output', body: ${JSON.stringify(body)}, channel: 'email',
    createdAt: new Date(Date.now() - 20 * 60000).toISOString(), requester: { name: 'Dana Levi', email: 'dana@example.com' },
  });
  const check = () => {
    const root = document.querySelector('gvul-sidebar')?.shadowRoot;
    if (root?.querySelector('[data-testid="ticket"][data-ticket-id="${id}"]') && root.querySelector('[data-testid="party"]')) {
      setTimeout(() => { tasks.disconnect(); resolve(longest); }, 300);
    } else setTimeout(check, 10);
  };
  check();
})`;

function nativeMs(chars: number): number {
  const re = new RegExp(HOSTILE, 'gu');
  const started = performance.now();
  re.exec('a'.repeat(chars));
  return performance.now() - started;
}

export async function runHardeningBench(): Promise<void> {
  console.log('\n== Hostile settings (built demo extension, Chromium) ==');
  const ours = compilePattern(HOSTILE);
  if (!ours.ok) throw new Error(`${HOSTILE} is refused (${ours.problem}); the bench needs an accepted pattern`);
  const started = performance.now();
  ours.pattern.exec('a'.repeat(TRIGGER_CHARS));
  console.log(
    `pattern ${HOSTILE} on ${TRIGGER_CHARS.toLocaleString('en')} "a"s: Gvul's matcher ${(performance.now() - started).toFixed(1)} ms in Node; ` +
      `a backtracking RegExp takes ${nativeMs(100).toFixed(0)} ms on 100 and ${nativeMs(200).toFixed(0)} ms on 200`,
  );

  const server = await startDemoServer({ quiet: true });
  const browser = await launchChromeWithExtension();
  try {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('[data-testid="ui-lang"]').waitFor();
    const classification = structuredClone(DEFAULT_SETTINGS.classification);
    classification.pastedOutput[0]!.pattern = HOSTILE;
    await options.locator('[data-testid="import"]').setInputFiles({
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'gvul-settings', version: 1, settings: { classification } })),
    });
    await options.locator('[data-testid="import-result"][data-ok="true"]').waitFor();

    const page = await browser.context.newPage();
    await page.goto(server.url + ticketPath('zendesk', '1'));
    await page.locator('gvul-sidebar [data-testid="party"]').waitFor({ timeout: 15_000 });
    const longest = async (body: string, from: number) => {
      const stalls: number[] = [];
      for (let i = 0; i < 5; i++) stalls.push(await page.evaluate<number>(LONGEST_TASK(String(from + i), body)));
      return Math.max(...stalls).toFixed(0);
    };
    const ordinary = await longest('b '.repeat(TRIGGER_CHARS / 2), 9000);
    const hostile = await longest('a'.repeat(TRIGGER_CHARS), 9100);
    console.log(
      `longest main-thread task while that pattern meets ${TRIGGER_CHARS.toLocaleString('en')} "a"s in a ticket: ${hostile} ms ` +
        `(an ordinary ticket of that size: ${ordinary} ms; worst of 5 each; 0 = no task over 50 ms; target: no freeze)`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
