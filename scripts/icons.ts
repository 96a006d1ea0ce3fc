// `npx tsx scripts/icons.ts`: renders the mark (scripts/gvul-icon.svg) to the PNG sizes the
// manifest and the stores use (WXT picks up public/icon/<size>.png by itself). The PNGs are
// committed, so a build needs no browser; run this again after changing the SVG.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome, INSTALL_CHROMIUM, QUIET_CHROME_FLAGS, ROOT } from './browsers';

export const ICON_SIZES = [16, 32, 48, 128] as const;

const executablePath = findChrome();
if (!executablePath) {
  console.error(INSTALL_CHROMIUM);
  process.exit(2);
}
const svg = readFileSync(path.join(ROOT, 'scripts/gvul-icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath, headless: true, args: QUIET_CHROME_FLAGS });
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.screenshot({ path: path.join(ROOT, `public/icon/${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`public/icon/{${ICON_SIZES.join(',')}}.png written`);
