// The end-to-end tests drive what `npm run build:demo` and `build:demo:firefox` wrote. `npm test`
// builds first; a lone `npm run test:e2e` builds here when a build is missing, so the tests never
// run against nothing.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CHROME_DEMO_BUILD, FIREFOX_DEMO_BUILD, ROOT } from '../../scripts/browsers';

export default function setup() {
  const builds: [string, string][] = [
    [CHROME_DEMO_BUILD, 'npm run build:demo'],
    [FIREFOX_DEMO_BUILD, 'npm run build:demo:firefox'],
  ];
  for (const [dir, command] of builds) {
    if (!existsSync(path.join(dir, 'manifest.json'))) {
      execSync(command, { cwd: ROOT, stdio: 'inherit' });
    }
  }
}
