// Figures for `npm run eval`: accuracy, macro-F1, confident-wrong rate and reliability of the
// confidence, overall and per language.

import { OWNERS, PARTIES, type Owner, type Party, type Queue } from '../policy/labels';
import type { Lang } from '../ticket';
import type { Labels } from './train';

export interface Prediction {
  lang: Lang;
  truth: Labels;
  owner: Owner;
  party: Party;
  queue: Queue;
  urgent: boolean;
  confidence: number;
}

export interface Figures {
  n: number;
  ownerAccuracy: number;
  ownerMacroF1: number;
  partyAccuracy: number;
  partyMacroF1: number;
  queueAccuracy: number;
  urgentF1: number;
  abstained: number;
  /** Owner wrong although it did not abstain, as a share of the tickets it decided. */
  confidentWrong: number;
  /** The same, as a share of all tickets. */
  confidentWrongOfAll: number;
  /** Verdicts at confidence >= HIGH_CONFIDENCE, and the share of them whose owner is wrong. */
  highConfidence: number;
  highConfidenceWrong: number;
  /** confusion[truth][predicted]: counts of parties, in PARTIES order. */
  confusion: number[][];
  reliability: { from: number; to: number; n: number; meanConfidence: number; accuracy: number }[];
  /** Expected calibration error of `confidence` against party correctness. */
  ece: number;
}

export function macroF1<T extends string>(labels: readonly T[], truth: T[], predicted: T[]): number {
  let sum = 0;
  let classes = 0;
  for (const label of labels) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < truth.length; i++) {
      if (predicted[i] === label && truth[i] === label) tp++;
      else if (predicted[i] === label) fp++;
      else if (truth[i] === label) fn++;
    }
    if (tp + fp + fn === 0) continue;
    classes++;
    sum += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return classes ? sum / classes : 0;
}

const BUCKETS = [0, 0.5, 0.7, 0.85, 0.95, 1.0001];
/** A verdict an agent would act on without reading further. */
export const HIGH_CONFIDENCE = 0.9;

export function figures(predictions: Prediction[]): Figures {
  const n = predictions.length;
  const share = (count: number, of = n) => (of ? count / of : 0);
  const ownerRight = predictions.filter((p) => p.owner === p.truth.owner).length;
  const partyRight = predictions.filter((p) => p.party === p.truth.party).length;
  const queueRight = predictions.filter((p) => p.queue === p.truth.queue).length;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const p of predictions) {
    if (p.urgent && p.truth.urgent) tp++;
    else if (p.urgent) fp++;
    else if (p.truth.urgent) fn++;
  }
  const decided = predictions.filter((p) => p.owner !== 'undetermined');
  const wrongDecided = decided.filter((p) => p.owner !== p.truth.owner).length;
  const high = predictions.filter((p) => p.confidence >= HIGH_CONFIDENCE);
  const confusion = PARTIES.map(() => PARTIES.map(() => 0));
  for (const p of predictions) (confusion[PARTIES.indexOf(p.truth.party)] as number[])[PARTIES.indexOf(p.party)]! += 1;
  const reliability = [];
  let ece = 0;
  for (let b = 0; b + 1 < BUCKETS.length; b++) {
    const from = BUCKETS[b] as number;
    const to = BUCKETS[b + 1] as number;
    const inBucket = predictions.filter((p) => p.confidence >= from && p.confidence < to);
    if (inBucket.length === 0) continue;
    const meanConfidence = inBucket.reduce((s, p) => s + p.confidence, 0) / inBucket.length;
    const accuracy = share(inBucket.filter((p) => p.party === p.truth.party).length, inBucket.length);
    ece += (inBucket.length / n) * Math.abs(meanConfidence - accuracy);
    reliability.push({ from, to: Math.min(1, to), n: inBucket.length, meanConfidence, accuracy });
  }
  return {
    n,
    ownerAccuracy: share(ownerRight),
    ownerMacroF1: macroF1(OWNERS, predictions.map((p) => p.truth.owner), predictions.map((p) => p.owner)),
    partyAccuracy: share(partyRight),
    partyMacroF1: macroF1(PARTIES, predictions.map((p) => p.truth.party), predictions.map((p) => p.party)),
    queueAccuracy: share(queueRight),
    urgentF1: tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn),
    abstained: share(n - decided.length),
    confidentWrong: share(wrongDecided, decided.length),
    confidentWrongOfAll: share(wrongDecided),
    highConfidence: high.length,
    highConfidenceWrong: share(high.filter((p) => p.owner !== p.truth.owner).length, high.length),
    confusion,
    reliability,
    ece,
  };
}
