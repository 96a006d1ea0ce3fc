// Where a URL points inside a helpdesk. The same adapters read the real helpdesks and the local
// demo helpdesk, which serves each flavour under a prefix (`http://127.0.0.1:<port>/zendesk/...`);
// this strips that prefix once, so each adapter sees the path the real helpdesk would have.

const DEMO_HOSTS = new Set(['127.0.0.1', 'localhost']);

export type DemoFlavour = 'zendesk' | 'zoho' | 'freshdesk' | 'helpscout';

export interface HelpdeskLocation {
  /** The path as the real helpdesk has it (demo prefix removed), always starting with `/`. */
  path: string;
  /** The URL's hash, e.g. `#Cases/dv/123` in Zoho's classic UI. */
  hash: string;
  demo: boolean;
}

export function isDemoHost(url: URL): boolean {
  return (url.protocol === 'http:' || url.protocol === 'https:') && DEMO_HOSTS.has(url.hostname);
}

/**
 * The helpdesk location of `url` when it belongs to `flavour`: a real host (https, accepted by
 * `isRealHost`) or the demo helpdesk's `/<flavour>/` prefix on 127.0.0.1 or localhost. Else null.
 */
export function helpdeskLocation(
  url: URL,
  flavour: DemoFlavour,
  isRealHost: (hostname: string) => boolean,
): HelpdeskLocation | null {
  if (isDemoHost(url)) {
    const prefix = `/${flavour}`;
    if (url.pathname !== prefix && !url.pathname.startsWith(`${prefix}/`)) return null;
    return { path: url.pathname.slice(prefix.length) || '/', hash: url.hash, demo: true };
  }
  if (url.protocol !== 'https:' || !isRealHost(url.hostname.toLowerCase())) return null;
  return { path: url.pathname, hash: url.hash, demo: false };
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
