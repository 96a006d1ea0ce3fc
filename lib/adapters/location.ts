// Where a helpdesk runs and what its pages look like, as each built-in adapter declares them:
// browser match patterns for its hosts (the manifest's matches come from them) and path
// templates for its page shapes (`/agent/tickets/:ticketId`; the demo helpdesk serves them).
// The local demo helpdesk serves each helpdesk under a prefix
// (`http://127.0.0.1:<port>/zendesk/agent/tickets/7`); `realHelpdeskUrl` turns that into the
// URL the real helpdesk would have, so no adapter ever sees a demo URL.

const DEMO_HOSTS = new Set(['127.0.0.1', 'localhost']);

export interface PageShapes {
  /** The ticket list. */
  list: string;
  /** One open ticket; `:ticketId` names it. */
  ticket: string;
}

export function isDemoHost(url: URL): boolean {
  return (url.protocol === 'http:' || url.protocol === 'https:') && DEMO_HOSTS.has(url.hostname);
}

/** A test on URLs: does any of `patterns` (browser match patterns) match? */
export function matchesAny(patterns: readonly string[]): (url: URL) => boolean {
  const tests = patterns.map((p) => {
    const test = compileMatchPattern(p);
    if (!test) throw new Error(`not a match pattern: ${p}`);
    return test;
  });
  return (url) => tests.some((test) => test(url));
}

/** An origin on the helpdesk's first host pattern: `https://*.example.com/desk/*` gives `https://demo.example.com`. */
export function exampleOrigin(patterns: readonly string[]): string {
  const m = /^(\*|https?):\/\/([^/]+)\//.exec(patterns[0] ?? '');
  if (!m) throw new Error(`no host pattern to build an origin from: ${patterns[0]}`);
  return `${m[1] === '*' ? 'https' : m[1]}://${m[2]!.replace(/^\*\./, 'demo.')}`;
}

/** A page shape's path with its `:name` parts filled in (encoded). */
export function fillPage(template: string, params: Record<string, string>): string {
  return template.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${template}: no value for :${name}`);
    return encodeURIComponent(value);
  });
}

/** The `:name` parts of `path` when it has the shape `template` (decoded), else null. */
export function matchPage(template: string, path: string): Record<string, string> | null {
  const names: string[] = [];
  const source = template
    .split(/(:\w+)/)
    .map((part) => {
      if (!part.startsWith(':')) return escapeRegExp(part);
      names.push(part.slice(1));
      return '([^/]+)';
    })
    .join('');
  const m = new RegExp(`^${source}$`).exec(path);
  if (!m) return null;
  const params: Record<string, string> = {};
  for (const [i, name] of names.entries()) {
    try {
      params[name] = decodeURIComponent(m[i + 1]!);
    } catch {
      return null;
    }
  }
  return params;
}

/**
 * `url` as the real helpdesk would have it, when it is the demo helpdesk's page for the
 * helpdesk `id` with the given host patterns (`/<id>/...` on 127.0.0.1 or localhost); else `url`.
 */
export function realHelpdeskUrl(url: URL, id: string, hosts: readonly string[]): URL {
  const prefix = `/${id}`;
  if (!isDemoHost(url) || (url.pathname !== prefix && !url.pathname.startsWith(`${prefix}/`))) return url;
  const path = url.pathname.slice(prefix.length) || '/';
  return new URL(`${exampleOrigin(hosts)}${path}${url.search}${url.hash}`);
}

/**
 * A browser match pattern (`https://help.example.com/*`, `*://*.example.org/desk/*`,
 * `http://localhost:8080/*`) as a test on URLs, or null when the pattern is not valid.
 * The path part is matched against the path plus query, as browsers do; a pattern without a
 * port matches any port.
 */
export function compileMatchPattern(pattern: string): ((url: URL) => boolean) | null {
  const m = /^(\*|https?):\/\/(\*|(?:\*\.)?[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::(\d{1,5}))?(\/.*)$/i.exec(pattern.trim());
  if (!m) return null;
  const scheme = m[1]!.toLowerCase();
  const host = m[2]!.toLowerCase();
  const port = m[3];
  const path = new RegExp(`^${m[4]!.split('*').map(escapeRegExp).join('.*')}$`, 's');
  return (url) => {
    const protocol = url.protocol.slice(0, -1);
    if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
    const hostname = url.hostname.toLowerCase();
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (hostname !== base && !hostname.endsWith(`.${base}`)) return false;
    } else if (host !== '*' && hostname !== host) return false;
    if (port !== undefined && url.port !== port && !(url.port === '' && port === defaultPort(protocol))) return false;
    return path.test(url.pathname + url.search);
  };
}

function defaultPort(protocol: string): string {
  return protocol === 'https' ? '443' : '80';
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
