// `npm test`: everything that decides whether main is sound, in the order a failure is cheapest
// to find: types, lint of the source, unit and contract tests (under two machine time zones,
// since the SLA clock must not depend on the agent's own), the builds, web-ext's lint of the
// built Firefox add-on (it needs the build), then the end-to-end tests that load the built
// extension into real Chromium and Firefox. Stops at the first failing step.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const reports = '.tmp/test-reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

interface Step {
  name: string;
  command: string;
  env?: Record<string, string>;
  report?: string;
}

const vitestJson = (name: string) => `--reporter=default --reporter=json --outputFile.json=${reports}/${name}.json`;

const steps: Step[] = [
  { name: 'typecheck', command: 'npx tsc --noEmit' },
  { name: 'lint (ESLint)', command: 'npx eslint .' },
  { name: 'unit tests', command: `npx vitest run ${vitestJson('unit')}`, report: 'unit' },
  {
    // The SLA clock and the sidebar's time display again under a far-away machine zone.
    name: 'time-zone tests under TZ=America/New_York',
    command: `npx vitest run tests/unit/sla ${vitestJson('unit-tz')}`,
    env: { TZ: 'America/New_York' },
    report: 'unit-tz',
  },
  { name: 'build (Chrome, Firefox; store and demo)', command: 'npm run --silent build:all' },
  { name: 'lint (web-ext, the built Firefox add-on)', command: 'npx web-ext lint --source-dir .output/firefox-mv2 --self-hosted=false' },
  {
    name: 'end-to-end tests (Chromium, Firefox ESR)',
    command: `npx vitest run --config vitest.e2e.config.ts ${vitestJson('e2e')}`,
    report: 'e2e',
  },
];

let passed = 0;
let failed = 0;
for (const step of steps) {
  console.log(`\n=== ${step.name}: ${step.command}`);
  const started = Date.now();
  const run = spawnSync(step.command, {
    shell: true,
    stdio: 'inherit',
    env: { ...process.env, ...step.env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (step.report) {
    const file = path.join(reports, `${step.report}.json`);
    if (existsSync(file)) {
      const r = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number };
      passed += r.numPassedTests;
      failed += r.numFailedTests;
    }
  }
  if (run.status !== 0) {
    console.error(`\n✖ ${step.name} failed (exit ${run.status ?? run.signal}) after ${seconds} s`);
    console.log(`\n${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(1);
  }
  console.log(`✔ ${step.name} (${seconds} s)`);
}
console.log(`\n${passed} passed, ${failed} failed`);
