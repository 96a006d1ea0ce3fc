// Where Gvul runs. The store build matches only the real helpdesk hosts; the demo build
// (`--mode demo`) adds the local demo helpdesk. Custom helpdesks are added at run time through
// optional host permissions, not here.
export const HELPDESK_MATCHES = [
  'https://*.zendesk.com/agent/*',
  'https://desk.zoho.com/*',
  'https://desk.zoho.eu/*',
  'https://desk.zoho.in/*',
  'https://desk.zoho.com.au/*',
  'https://*.freshdesk.com/a/*',
  'https://secure.helpscout.net/*',
];

export const DEMO_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

/**
 * The same hosts as whole-origin patterns: web_accessible_resources only accepts a path of "/*".
 */
export function originPatterns(matches: string[]): string[] {
  return [...new Set(matches.map((m) => m.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*')))];
}
