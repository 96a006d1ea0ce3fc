// npm run eval -- <labelled.jsonl ...> [--cv 5 | --leave-one-set-out] [--train other.jsonl ...] [--seed 7] [--sweep 0.5,0.6] [--json]
// (the files to test come first: every file after --train, up to the next flag, trains)
//
//   --cv k      k-fold cross-validation over the given tickets (folds stratified by party,
//               deterministic for a seed): each fold is classified by a model trained on the
//               other folds only.
//   --leave-one-set-out
//               each given file is classified by a model trained on all the other files (and
//               the --train files): how the model does on a set written apart from the rest.
//               Prints the pooled figures, then one line per set.
//   --train f…  train on these files, test on the given tickets (a held-out test).
//   neither     classify with the bundled model: NOT accuracy if these tickets trained it.
//   --sweep t,… also decide the same held-out scores at each abstain threshold (the policy's
//               `abstainThreshold`, which teams edit): owner accuracy, confident-wrong and
//               abstention per language, the trade-off the default was chosen from.
// Prints owner / party / queue / urgent figures, confident-wrong, the wrong share of verdicts at
// confidence >= 0.9, abstention, reliability and the confusion matrix of parties, per language,
// next to a plain word-level naive Bayes trained on the same tickets.

import { readFileSync } from 'node:fs';
import { DEFAULT_CLASSIFICATION_POLICY } from '../lib/policy/classification';
import { ownerOf } from '../lib/policy/labels';
import type { Lang } from '../lib/ticket';
import { parseLabelled } from '../lib/classifier/dataset';
import { classify, createClassifier, detectLang, type Classifier } from '../lib/classifier/index';
import { packModel, unpackModel } from '../lib/classifier/model';
import { assignFolds, trainModel, type LabelledTicket } from '../lib/classifier/train';
import { predictNaiveBayes, trainNaiveBayes } from '../lib/classifier/baseline';
import { HIGH_CONFIDENCE, figures, type Figures, type Prediction } from '../lib/classifier/metrics';
import { PARTIES } from '../lib/policy/labels';

const args = process.argv.slice(2);
const testFiles: string[] = [];
const trainFiles: string[] = [];
let folds = 0;
let seed = 7;
let json = false;
let leaveOneSetOut = false;
let sweep: number[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i] as string;
  if (a === '--cv') folds = Number(args[++i]);
  // `--train a.jsonl b.jsonl`: every file up to the next flag trains (so a shell glob works).
  else if (a === '--train') while (i + 1 < args.length && !(args[i + 1] as string).startsWith('--')) trainFiles.push(args[++i] as string);
  else if (a === '--seed') seed = Number(args[++i]);
  else if (a === '--json') json = true;
  else if (a === '--leave-one-set-out') leaveOneSetOut = true;
  else if (a === '--sweep') sweep = String(args[++i]).split(',').map(Number);
  else testFiles.push(a);
}
if (
  testFiles.length === 0 ||
  (folds !== 0 && !(folds >= 2)) ||
  (leaveOneSetOut && (folds !== 0 || testFiles.length < 2)) ||
  sweep.some((t) => !(t >= 0 && t <= 1))
) {
  console.error('usage: npm run eval -- <labelled.jsonl ...> [--cv 5 | --leave-one-set-out (two files or more)] [--train other.jsonl ...] [--seed 7] [--sweep 0.5,0.6 (abstain thresholds)] [--json]');
  process.exit(2);
}

function load(files: string[]): LabelledTicket[] {
  const all: LabelledTicket[] = [];
  for (const file of files) {
    const { tickets, errors } = parseLabelled(readFileSync(file, 'utf8'));
    for (const e of errors) console.error(`${file}:${e.line}: ${e.reason} (skipped)`);
    all.push(...tickets);
  }
  return all;
}

const policy = DEFAULT_CLASSIFICATION_POLICY;
const bySet = testFiles.map((file) => load([file]));
const test = bySet.flat();
/** The test file each ticket came from (index into testFiles). */
const setOf = bySet.flatMap((tickets, s) => tickets.map(() => s));
const ours: Prediction[] = new Array(test.length);
/** The same held-out verdicts decided at each `--sweep` threshold. */
const swept = sweep.map((t) => ({ threshold: t, policy: { ...policy, abstainThreshold: t }, predictions: new Array<Prediction>(test.length) }));
const baseline: Prediction[] = new Array(test.length);
const langOf = (t: LabelledTicket): Lang => t.lang ?? detectLang(`${t.subject} ${t.body}`);

function predictWith(classifier: Classifier, t: LabelledTicket, decideBy = policy): Prediction {
  const v = classifier(t, decideBy);
  return { lang: langOf(t), truth: t.labels, owner: v.owner, party: v.party, queue: v.queue, urgent: v.urgent, confidence: v.confidence };
}

function predictBaseline(nb: ReturnType<typeof trainNaiveBayes>, t: LabelledTicket): Prediction {
  const party = predictNaiveBayes(nb, t);
  return { lang: langOf(t), truth: t.labels, owner: ownerOf(party), party, queue: 'technical', urgent: false, confidence: 1 };
}

/** Train as `npm run train` does, then classify through the packed (quantised) form that ships. */
function shippedClassifier(train: LabelledTicket[]): Classifier {
  return createClassifier(unpackModel(packModel(trainModel(train, policy))));
}

/** Classify the test tickets `held` selects with a model, and the naive Bayes reference, trained on `train`. */
function classifyHeldOut(train: LabelledTicket[], held: (i: number) => boolean): void {
  const classifier = shippedClassifier(train);
  const nb = trainNaiveBayes(train.map((x) => ({ ticket: x, party: x.labels.party })));
  test.forEach((t, i) => {
    if (!held(i)) return;
    ours[i] = predictWith(classifier, t);
    for (const s of swept) s.predictions[i] = predictWith(classifier, t, s.policy);
    baseline[i] = predictBaseline(nb, t);
  });
}

let mode: string;
if (leaveOneSetOut) {
  const extra = load(trainFiles);
  mode = `leave one set out over ${testFiles.join(' + ')} (${test.length} tickets)${trainFiles.length > 0 ? `, always training on ${trainFiles.join(' + ')} too` : ''}: each set classified by a model trained on the others`;
  bySet.forEach((_, s) => classifyHeldOut([...test.filter((__, i) => setOf[i] !== s), ...extra], (i) => setOf[i] === s));
} else if (folds >= 2) {
  mode = `${folds}-fold cross-validation on ${testFiles.join(' + ')} (${test.length} tickets; folds stratified by party, seed ${seed})`;
  const fold = assignFolds(test.map((t) => ({ id: t.id, label: t.labels.party })), folds, seed);
  for (let f = 0; f < folds; f++) classifyHeldOut(test.filter((_, i) => fold[i] !== f), (i) => fold[i] === f);
} else if (trainFiles.length > 0) {
  const train = load(trainFiles);
  const trainIds = new Set(train.map((t) => `${t.subject}\u0000${t.body}`));
  const overlap = test.filter((t) => trainIds.has(`${t.subject}\u0000${t.body}`)).length;
  if (overlap > 0) console.error(`warning: ${overlap} test tickets also appear in the training files`);
  mode = `trained on ${trainFiles.join(' + ')} (${train.length} tickets), tested on ${testFiles.join(' + ')} (${test.length} tickets)`;
  classifyHeldOut(train, () => true);
} else {
  mode = `bundled model on ${testFiles.join(' + ')} (${test.length} tickets). NOT an accuracy figure if these tickets trained the model; use --cv or --train`;
  test.forEach((t, i) => {
    ours[i] = predictWith(classify, t);
    for (const s of swept) s.predictions[i] = predictWith(classify, t, s.policy);
    // No fair reference here: a naive Bayes would have to learn from the tickets it is tested on.
    baseline[i] = ours[i]!;
  });
}
const baselineShown = trainFiles.length > 0 || folds > 0 || leaveOneSetOut;

const groups: [string, (p: Prediction) => boolean][] = [
  ['all', () => true],
  ['he', (p) => p.lang === 'he'],
  ['en', (p) => p.lang === 'en'],
];
const results = groups.map(([name, keep]) => ({
  name,
  ours: figures(ours.filter(keep)),
  baseline: baselineShown ? figures(baseline.filter(keep)) : null,
}));

const perSet = leaveOneSetOut ? testFiles.map((file, s) => ({ file, ours: figures(ours.filter((_, i) => setOf[i] === s)) })) : [];
const sweepResults = swept.map(({ threshold, predictions }) => ({ threshold, groups: groups.map(([name, keep]) => ({ name, ours: figures(predictions.filter(keep)) })) }));

if (json) {
  console.log(JSON.stringify({ mode, results, ...(leaveOneSetOut ? { sets: perSet } : {}), ...(sweep.length > 0 ? { sweep: sweepResults } : {}) }, null, 2));
} else {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(8);
  const row = (label: string, pick: (f: Figures) => string) =>
    console.log(label.padEnd(34) + results.map((r) => pick(r.ours)).join(''));
  const rowNb = (label: string, pick: (f: Figures) => string) =>
    console.log(label.padEnd(34) + results.map((r) => (r.baseline ? pick(r.baseline) : '')).join(''));
  console.log(mode);
  console.log('');
  console.log(''.padEnd(34) + results.map((r) => r.name.padStart(8)).join(''));
  row('tickets', (f) => String(f.n).padStart(8));
  row('owner accuracy', (f) => pct(f.ownerAccuracy));
  row('owner macro-F1', (f) => pct(f.ownerMacroF1));
  row('party accuracy', (f) => pct(f.partyAccuracy));
  row('party macro-F1', (f) => pct(f.partyMacroF1));
  row('queue accuracy', (f) => pct(f.queueAccuracy));
  row('urgent F1', (f) => pct(f.urgentF1));
  row('abstained (undetermined)', (f) => pct(f.abstained));
  row('confident-wrong (of decided)', (f) => pct(f.confidentWrong));
  row('confident-wrong (of all)', (f) => pct(f.confidentWrongOfAll));
  row(`verdicts at confidence >= ${HIGH_CONFIDENCE}`, (f) => String(f.highConfidence).padStart(8));
  row(`  of them owner wrong`, (f) => pct(f.highConfidenceWrong));
  row('calibration error (ECE)', (f) => pct(f.ece));
  console.log('');
  if (baselineShown) {
    rowNb('naive Bayes: owner accuracy', (f) => pct(f.ownerAccuracy));
    rowNb('naive Bayes: party macro-F1', (f) => pct(f.partyMacroF1));
    rowNb('naive Bayes: confident-wrong', (f) => pct(f.confidentWrong));
  } else {
    console.log('naive Bayes: not shown with the bundled model (use --train or --cv for the reference)');
  }
  console.log('');
  if (leaveOneSetOut) {
    console.log('per set'.padEnd(34) + ['tickets', 'owner', 'party F1', 'queue', 'urgent F1', 'conf-wr', 'abstain'].map((h) => h.padStart(10)).join(''));
    for (const { file, ours: f } of perSet) {
      const cells = [String(f.n), pct(f.ownerAccuracy), pct(f.partyMacroF1), pct(f.queueAccuracy), pct(f.urgentF1), pct(f.confidentWrong), pct(f.abstained)];
      console.log(`  ${file.replace(/^.*\//, '')}`.padEnd(34) + cells.map((c) => c.trim().padStart(10)).join(''));
    }
    console.log('');
  }
  if (sweep.length > 0) {
    console.log('abstain threshold'.padEnd(20) + ['owner accuracy', 'confident-wrong', 'abstained'].map((h) => `${h} (all/he/en)`.padStart(30)).join(''));
    for (const { threshold, groups: g } of sweepResults) {
      const cells = [(f: Figures) => f.ownerAccuracy, (f: Figures) => f.confidentWrong, (f: Figures) => f.abstained].map((pick) =>
        g.map((r) => pct(pick(r.ours)).trim()).join(' / ').padStart(30),
      );
      console.log(`  ${threshold}${threshold === policy.abstainThreshold ? ' (default)' : ''}`.padEnd(20) + cells.join(''));
    }
    console.log('');
  }
  const short = PARTIES.map((p) => p.replace('customer_', 'c_').replace('domain_', '').replace('web_developer', 'web_dev').replace('other_vendor', 'o_vendor').slice(0, 9));
  for (const r of results) {
    console.log(`parties (${r.name}): rows are the labels, columns the verdicts`);
    console.log(''.padEnd(12) + short.map((s) => s.padStart(10)).join(''));
    r.ours.confusion.forEach((counts, i) => console.log(`  ${short[i]}`.padEnd(12) + counts.map((c) => String(c).padStart(10)).join('')));
  }
  console.log('');
  for (const r of results) {
    console.log(`reliability (${r.name}): confidence bucket, tickets, mean confidence, party accuracy`);
    for (const b of r.ours.reliability) {
      console.log(
        `  [${b.from.toFixed(2)}, ${b.to.toFixed(2)})`.padEnd(18) +
          String(b.n).padStart(6) +
          pct(b.meanConfidence) +
          pct(b.accuracy),
      );
    }
  }
}
