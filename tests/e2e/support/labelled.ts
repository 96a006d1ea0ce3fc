// Tickets from the labelled data sets picked by what the shipped model makes of them (through the
// classify CLI, as an agent's team would run it): whatever the model is, a test gets a ticket it is
// decided but not firm about, or one it leaves undetermined, in the language asked for.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../../../scripts/browsers';

export type Labelled = { id: string; subject: string; body: string; channel: string; lang: string };

const labelled: Labelled[] = ['data/tickets.extra.jsonl', 'data/tickets.challenge.jsonl', 'data/tickets.challenge3.jsonl']
  .flatMap((f) => readFileSync(path.join(ROOT, f), 'utf8').split('\n').filter(Boolean))
  .map((l) => JSON.parse(l) as Labelled);

function classifyWithCli(tickets: Labelled[]): { id: string; owner: string; confidence: number }[] {
  const run = spawnSync('npx', ['tsx', 'scripts/classify.ts'], {
    cwd: ROOT,
    input: tickets.map((t) => JSON.stringify(t)).join('\n') + '\n',
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`classify CLI failed: ${run.stderr}`);
  return run.stdout.trim().split('\n').map((l) => JSON.parse(l));
}

let verdicts: { owner: string; confidence: number }[] | undefined;
const pick = (want: (v: { owner: string; confidence: number }) => boolean, lang: string) => {
  verdicts ??= classifyWithCli(labelled);
  return labelled.find((t, i) => t.lang === lang && want(verdicts![i]!))!;
};

/** A ticket the model decides below the default firm threshold (0.8). */
export const leaning = (lang: string) => pick((v) => v.owner !== 'undetermined' && v.confidence < 0.8, lang);
/** A ticket the model leaves undetermined. */
export const undetermined = (lang: string) => pick((v) => v.owner === 'undetermined', lang);
