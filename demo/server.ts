// Serves the demo helpdesk on 127.0.0.1: the bundled pages under /assets/, the shell of a
// flavour for every route of that flavour (the page's own script reads the URL), the index at
// `/`, and 404 for anything else. Nothing here reaches outside this machine.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { buildDemoHelpdesk } from './build.ts';
import { parseRoute, FLAVOURS } from './routes.ts';
import { flavourShell, indexPage } from './shell.ts';

export interface DemoServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface DemoServerOptions {
  /** 0 (the default) picks any free port. */
  port?: number;
  host?: string;
  /** No log line about the bundle (the caller prints the URL). */
  quiet?: boolean;
  /** A Content-Security-Policy header on the helpdesk's pages (STRICT_CSP: as strict as a real helpdesk's can be). */
  csp?: string;
}

/** Scripts only from the helpdesk's own origin: no inline script, no eval, nothing from elsewhere. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

function readAssets(dir: string, prefix = ''): Map<string, Buffer> {
  const assets = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      for (const [k, v] of readAssets(path.join(dir, entry.name), rel)) assets.set(k, v);
    } else if (entry.name !== 'build.json') {
      assets.set(rel, readFileSync(path.join(dir, entry.name)));
    }
  }
  return assets;
}

export async function startDemoServer(opts: DemoServerOptions = {}): Promise<DemoServer> {
  const host = opts.host ?? '127.0.0.1';
  const log = opts.quiet ? () => {} : (line: string) => console.log(line);
  const bundle = await buildDemoHelpdesk();
  log(
    bundle.built
      ? `Demo helpdesk bundled in ${Math.round(bundle.ms)} ms.`
      : 'Demo helpdesk bundle unchanged, reused from .output/demo-helpdesk/.',
  );
  const assets = readAssets(bundle.dir);
  const shells = new Map(FLAVOURS.map((f) => [f, flavourShell(f)]));
  const index = indexPage();

  function send(res: ServerResponse, status: number, type: string, body: string | Buffer, head: boolean) {
    res.writeHead(status, {
      ...(opts.csp && type.startsWith('text/html') ? { 'Content-Security-Policy': opts.csp } : {}),
      'Content-Type': type,
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(head ? undefined : body);
  }

  function handle(req: IncomingMessage, res: ServerResponse) {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      res.setHeader('Allow', 'GET, HEAD');
      send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed\n', false);
      return;
    }
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://demo.invalid').pathname;
    } catch {
      send(res, 400, 'text/plain; charset=utf-8', 'Bad request\n', head);
      return;
    }
    if (pathname === '/') {
      send(res, 200, 'text/html; charset=utf-8', index, head);
      return;
    }
    if (pathname.startsWith('/assets/')) {
      const name = pathname.slice('/assets/'.length);
      const body = assets.get(name);
      if (body) {
        send(res, 200, TYPES[path.extname(name)] ?? 'application/octet-stream', body, head);
        return;
      }
    } else {
      const route = parseRoute(pathname);
      if (route) {
        send(res, 200, 'text/html; charset=utf-8', shells.get(route.flavour)!, head);
        return;
      }
    }
    send(res, 404, 'text/plain; charset=utf-8', 'Not found in the demo helpdesk\n', head);
  }

  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
