import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
const html = `<div id=e contenteditable=true style="min-height:50px"></div>`;
const cases = async (ev: (fn: any, arg: any) => Promise<any>) => {
  const out: any[] = [];
  for (const [where, lead, trail] of [['end1', '<p><br></p>', ''], ['mid1', '<p><br></p>', '<p><br></p>'], ['mid1', '', ''], ['enddoc', '<p><br></p>', ''], ['empty', '', '']] as const) {
    out.push(await ev(([where, lead, trail]: string[]) => {
      const e = document.getElementById('e')!;
      e.innerHTML = where === 'empty' ? '' : (window as any).typed;
      const first = e.firstChild!; const s = getSelection()!; const r = document.createRange();
      if (where === 'end1') r.setStart(first, first.textContent!.length);
      else if (where === 'mid1') r.setStart(first, 3);
      else { r.selectNodeContents(e); r.collapse(false); }
      r.collapse(true); e.focus(); s.removeAllRanges(); s.addRange(r);
      document.execCommand('insertHTML', false, lead + '<p dir="rtl">R1</p><p dir="rtl">R2</p>' + trail);
      return [where, lead, trail, e.innerHTML].join(' | ');
    }, [where, lead, trail]));
  }
  return out;
};
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage(); await p.setContent(html);
await p.click('#e'); await p.keyboard.type('Hi there,'); await p.keyboard.press('Enter'); await p.keyboard.type('Best, Noa');
await p.evaluate(() => ((window as any).typed = document.getElementById('e')!.innerHTML));
console.log('CHROMIUM typed', await p.evaluate(() => (window as any).typed));
console.log((await cases((f, a) => p.evaluate(f, a))).join('\n'));
await b.close();
const f = await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true });
const q = await f.newPage(); await q.setContent(html);
await q.click('#e'); await q.keyboard.type('Hi there,'); await q.keyboard.press('Enter'); await q.keyboard.type('Best, Noa');
await q.evaluate(() => ((window as any).typed = document.getElementById('e')!.innerHTML));
console.log('FIREFOX typed', await q.evaluate(() => (window as any).typed));
console.log((await cases((fn, a) => q.evaluate(fn, a))).join('\n'));
await f.close();
