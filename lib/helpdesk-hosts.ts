// Where Gvul runs. The store build matches only the built-in helpdesks' hosts, as their adapters
// declare them; the demo build (GVUL_DEMO=1) adds the local demo helpdesk. Custom helpdesks are
// added at run time through optional host permissions, not here.
import { BUILTIN_HOST_PATTERNS } from './adapters/index.ts';

export const HELPDESK_MATCHES: string[] = [...BUILTIN_HOST_PATTERNS];

export const DEMO_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

/**
 * The same hosts as whole-origin patterns: web_accessible_resources only accepts a path of "/*".
 */
export function originPatterns(matches: string[]): string[] {
  return [...new Set(matches.map((m) => m.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*')))];
}
