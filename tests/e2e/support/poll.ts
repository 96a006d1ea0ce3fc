// For the browsers vitest's expect.poll cannot reach (puppeteer's Firefox, page-world reads
// wanted as values): read until `ok` holds or the time is up, then say what was last seen.
export async function poll<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string, timeoutMs = 5_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last = await read();
  while (!ok(last) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  if (!ok(last)) throw new Error(`${what}: still ${JSON.stringify(last)}`);
  return last;
}
