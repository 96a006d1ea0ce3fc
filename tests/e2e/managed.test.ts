// The administrator's configuration through Chromium's real enterprise policy: a policy file for
// the extension (3rdparty.extensions.<id>, checked against public/managed-schema.json) reaches
// storage.managed, wins over the agent's own value, shows locked in the options page, and
// reaches the sidebar. Writing the policy file needs root (CI runs as root); elsewhere the test
// says so and is skipped, and tests/unit/settings covers the precedence with a fake.
import { accessSync, constants, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { launchChromeWithExtension } from '../../scripts/browsers';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = path.join(POLICY_DIR, 'gvul-e2e-test.json');

function canWritePolicies(): boolean {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    console.warn(`managed.test.ts: ${POLICY_DIR} is not writable (not root): the managed-policy test is skipped here; CI runs it.`);
    return false;
  }
}

test.skipIf(!canWritePolicies())('Chromium · a managed value from enterprise policy wins and shows locked', async () => {
  // One profile for both launches, so the agent's own value is there when the policy arrives.
  const profileDir = mkdtempSync(path.join(tmpdir(), 'gvul-managed-'));
  // The unpacked extension's id is derived from its path: learn it once.
  const first = await launchChromeWithExtension({ profileDir });
  const id = first.extensionId;
  // The agent's own value, set before the administrator's arrives.
  const page = await first.context.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  await page.locator('[data-testid="abstain-threshold"]').fill('0.55');
  await page.locator('[data-testid="save-status"][data-kind="saved"]').waitFor({ timeout: 10_000 });
  await first.close();

  writeFileSync(
    POLICY_FILE,
    JSON.stringify({ '3rdparty': { extensions: { [id]: { settings: { classification: { abstainThreshold: 0.77 } } } } } }),
  );
  try {
    const browser = await launchChromeWithExtension({ profileDir });
    try {
      expect(browser.extensionId).toBe(id);
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${id}/options.html`);
      const field = options.locator('[data-testid="abstain-threshold"]');
      await expect.poll(() => field.inputValue(), { timeout: 10_000 }).toBe('0.77');
      expect(await field.isDisabled()).toBe(true);
      expect(await options.locator('[data-testid="locked"]').count()).toBeGreaterThan(0);
      const managed = await options.evaluate(() =>
        (globalThis as unknown as { chrome: { storage: { managed: { get(k: string): Promise<unknown> } } } }).chrome.storage.managed.get('settings'),
      );
      expect(managed).toEqual({ settings: { classification: { abstainThreshold: 0.77 } } });
      // The agent's own value is still stored underneath: the administrator's only wins.
      const own = await options.evaluate(() =>
        (globalThis as unknown as { chrome: { storage: { sync: { get(k: null): Promise<unknown> } } } }).chrome.storage.sync.get(null),
      );
      expect(JSON.stringify(own)).toContain('0.55');
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(POLICY_FILE, { force: true });
    rmSync(profileDir, { recursive: true, force: true });
  }
});
