// Training the learned part, deterministically (same tickets in the same order -> the same
// model, byte for byte). Pure: the scripts do the file reading and writing.

import type { ClassificationPolicy } from '../policy/classification';
import { PARTIES, type Owner, type Party, type Queue } from '../policy/labels';
import type { Ticket } from '../ticket';
import { analyseTicket, hashString, type TicketAnalysis } from './features';
import { CLASS_COUNT, softmax, type Model } from './model';

export interface Labels {
  owner: Owner;
  party: Party;
  queue: Queue;
  urgent: boolean;
}

export interface LabelledTicket extends Ticket {
  labels: Labels;
}

export interface TrainOptions {
  buckets: number;
  /** L2 penalty on the weights (the policy prior itself is not penalised). */
  l2: number;
  iterations: number;
  learningRate: number;
  /** Folds used to fit the temperature on out-of-fold scores. */
  calibrationFolds: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  buckets: 4096,
  l2: 0.002,
  iterations: 160,
  learningRate: 0.05,
  calibrationFolds: 5,
};

interface Example {
  analysis: TicketAnalysis;
  label: number;
  urgent: boolean;
  offset: Float64Array;
}

function toExamples(tickets: LabelledTicket[], policy: ClassificationPolicy, buckets: number): Example[] {
  return tickets.map((t) => {
    const analysis = analyseTicket(t, policy, buckets);
    const offset = new Float64Array(CLASS_COUNT);
    analysis.compiled.signals.forEach((s, i) => {
      const v = analysis.signalValue[i] as number;
      if (v !== 0) for (let c = 0; c < CLASS_COUNT; c++) offset[c] = (offset[c] as number) + v * (s.prior[c] as number);
    });
    return { analysis, label: PARTIES.indexOf(t.labels.party), urgent: t.labels.urgent, offset };
  });
}

interface Fitted {
  weights: Float64Array;
  bias: Float64Array;
}

/** Full-batch Adam on the softmax loss with the policy prior as a fixed offset. */
function fitSoftmax(examples: Example[], signalCount: number, options: TrainOptions): Fitted {
  const { buckets } = options;
  const rows = buckets + signalCount;
  const weights = new Float64Array(rows * CLASS_COUNT);
  const bias = new Float64Array(CLASS_COUNT);
  const gradW = new Float64Array(weights.length);
  const gradB = new Float64Array(CLASS_COUNT);
  const m = new Float64Array(weights.length);
  const v = new Float64Array(weights.length);
  const mb = new Float64Array(CLASS_COUNT);
  const vb = new Float64Array(CLASS_COUNT);
  const beta1 = 0.9;
  const beta2 = 0.999;
  const n = examples.length || 1;
  const z = new Float64Array(CLASS_COUNT);
  for (let it = 1; it <= options.iterations; it++) {
    gradW.fill(0);
    gradB.fill(0);
    for (const ex of examples) {
      const { index, value, signalValue } = ex.analysis;
      for (let c = 0; c < CLASS_COUNT; c++) z[c] = (bias[c] as number) + (ex.offset[c] as number);
      for (let k = 0; k < index.length; k++) {
        const base = (index[k] as number) * CLASS_COUNT;
        const x = value[k] as number;
        for (let c = 0; c < CLASS_COUNT; c++) z[c] = (z[c] as number) + x * (weights[base + c] as number);
      }
      for (let s = 0; s < signalCount; s++) {
        const x = signalValue[s] as number;
        if (x === 0) continue;
        const base = (buckets + s) * CLASS_COUNT;
        for (let c = 0; c < CLASS_COUNT; c++) z[c] = (z[c] as number) + x * (weights[base + c] as number);
      }
      const p = softmax(z);
      p[ex.label] = (p[ex.label] as number) - 1;
      for (let c = 0; c < CLASS_COUNT; c++) gradB[c] = (gradB[c] as number) + (p[c] as number);
      for (let k = 0; k < index.length; k++) {
        const base = (index[k] as number) * CLASS_COUNT;
        const x = value[k] as number;
        for (let c = 0; c < CLASS_COUNT; c++) gradW[base + c] = (gradW[base + c] as number) + x * (p[c] as number);
      }
      for (let s = 0; s < signalCount; s++) {
        const x = signalValue[s] as number;
        if (x === 0) continue;
        const base = (buckets + s) * CLASS_COUNT;
        for (let c = 0; c < CLASS_COUNT; c++) gradW[base + c] = (gradW[base + c] as number) + x * (p[c] as number);
      }
    }
    const lr = options.learningRate;
    const c1 = 1 - beta1 ** it;
    const c2 = 1 - beta2 ** it;
    for (let i = 0; i < weights.length; i++) {
      const g = (gradW[i] as number) / n + options.l2 * (weights[i] as number);
      m[i] = beta1 * (m[i] as number) + (1 - beta1) * g;
      v[i] = beta2 * (v[i] as number) + (1 - beta2) * g * g;
      weights[i] = (weights[i] as number) - (lr * ((m[i] as number) / c1)) / (Math.sqrt((v[i] as number) / c2) + 1e-8);
    }
    for (let c = 0; c < CLASS_COUNT; c++) {
      const g = (gradB[c] as number) / n;
      mb[c] = beta1 * (mb[c] as number) + (1 - beta1) * g;
      vb[c] = beta2 * (vb[c] as number) + (1 - beta2) * g * g;
      bias[c] = (bias[c] as number) - (lr * ((mb[c] as number) / c1)) / (Math.sqrt((vb[c] as number) / c2) + 1e-8);
    }
  }
  return { weights, bias };
}

function logitsOf(fitted: Fitted, ex: Example, buckets: number, signalCount: number): Float64Array {
  const z = new Float64Array(CLASS_COUNT);
  for (let c = 0; c < CLASS_COUNT; c++) z[c] = (fitted.bias[c] as number) + (ex.offset[c] as number);
  const { index, value, signalValue } = ex.analysis;
  for (let k = 0; k < index.length; k++) {
    const base = (index[k] as number) * CLASS_COUNT;
    for (let c = 0; c < CLASS_COUNT; c++) z[c] = (z[c] as number) + (value[k] as number) * (fitted.weights[base + c] as number);
  }
  for (let s = 0; s < signalCount; s++) {
    const x = signalValue[s] as number;
    if (x === 0) continue;
    const base = (buckets + s) * CLASS_COUNT;
    for (let c = 0; c < CLASS_COUNT; c++) z[c] = (z[c] as number) + x * (fitted.weights[base + c] as number);
  }
  return z;
}

/** Deterministic, stratified fold of each item: sorted by (label, hash of id), dealt round-robin. */
export function assignFolds(items: { id: string; label: string }[], folds: number, seed = 7): number[] {
  const order = items
    .map((item, i) => ({ i, label: item.label, h: hashString(item.id, (0x811c9dc5 ^ seed) >>> 0) }))
    .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : a.h - b.h || a.i - b.i));
  const fold = new Array<number>(items.length).fill(0);
  order.forEach((o, k) => {
    fold[o.i] = k % folds;
  });
  return fold;
}

/** The temperature that minimises the log loss of out-of-fold scores. */
function fitTemperature(logits: Float64Array[], labels: number[]): number {
  let best = 1;
  let bestLoss = Infinity;
  for (let t = 0.3; t <= 5.0001; t += 0.05) {
    let loss = 0;
    logits.forEach((z, i) => {
      const p = softmax(z, t);
      loss -= Math.log(Math.max(1e-12, p[labels[i] as number] as number));
    });
    if (loss < bestLoss - 1e-12) {
      bestLoss = loss;
      best = t;
    }
  }
  return Number(best.toFixed(2));
}

/** Logistic regression for urgency over the signals, on the provider's tickets. */
function fitUrgent(examples: Example[], signalCount: number, l2: number): { bias: number; weights: Float64Array } {
  const provider = examples.filter((e) => PARTIES[e.label] === 'provider');
  const weights = new Float64Array(signalCount);
  let bias = 0;
  const n = provider.length || 1;
  for (let it = 0; it < 400; it++) {
    const grad = new Float64Array(signalCount);
    let gb = 0;
    for (const ex of provider) {
      let z = bias;
      ex.analysis.compiled.signals.forEach((s, i) => {
        const x = ex.analysis.signalValue[i] as number;
        if (x !== 0) z += x * (s.urgent + (weights[i] as number));
      });
      const err = 1 / (1 + Math.exp(-z)) - (ex.urgent ? 1 : 0);
      gb += err;
      for (let i = 0; i < signalCount; i++) {
        const x = ex.analysis.signalValue[i] as number;
        if (x !== 0) grad[i] = (grad[i] as number) + err * x;
      }
    }
    bias -= (0.5 * gb) / n;
    for (let i = 0; i < signalCount; i++) {
      weights[i] = (weights[i] as number) - 0.5 * ((grad[i] as number) / n + l2 * 10 * (weights[i] as number));
    }
  }
  return { bias, weights };
}

export function fingerprint(tickets: LabelledTicket[]): string {
  let h = 0x811c9dc5;
  for (const t of tickets) h = hashString(`${t.id}\u0000${t.subject}\u0000${t.body}\u0000${t.labels.party}\u0000${t.labels.urgent}`, h);
  return h.toString(16).padStart(8, '0');
}

export function trainModel(
  tickets: LabelledTicket[],
  policy: ClassificationPolicy,
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): Model {
  const examples = toExamples(tickets, policy, options.buckets);
  const signals = examples[0]?.analysis.compiled.signals ?? [];
  const signalCount = signals.length;
  const fitted = fitSoftmax(examples, signalCount, options);

  // Calibration: fit the temperature on scores of tickets the fold's model did not see.
  let temperature = 1;
  if (options.calibrationFolds > 1 && examples.length >= options.calibrationFolds * 4) {
    const folds = assignFolds(
      tickets.map((t) => ({ id: t.id, label: t.labels.party })),
      options.calibrationFolds,
      11,
    );
    const logits: Float64Array[] = [];
    const labels: number[] = [];
    for (let f = 0; f < options.calibrationFolds; f++) {
      const train = examples.filter((_, i) => folds[i] !== f);
      const held = examples.filter((_, i) => folds[i] === f);
      const inner = fitSoftmax(train, signalCount, options);
      for (const ex of held) {
        logits.push(logitsOf(inner, ex, options.buckets, signalCount));
        labels.push(ex.label);
      }
    }
    temperature = fitTemperature(logits, labels);
  }

  const urgent = fitUrgent(examples, signalCount, options.l2);
  const urgentWeights = new Map<string, number>();
  signals.forEach((s, i) => urgentWeights.set(s.id, urgent.weights[i] as number));

  return {
    policyId: policy.id,
    policyVersion: policy.version,
    buckets: options.buckets,
    signalIds: signals.map((s) => s.id),
    weights: Float32Array.from(fitted.weights),
    bias: fitted.bias,
    temperature,
    urgentBias: urgent.bias,
    urgentWeights,
    trainedOn: { tickets: tickets.length, fingerprint: fingerprint(tickets) },
  };
}
