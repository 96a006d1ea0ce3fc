// The learned part: a multinomial logistic regression over the ticket's features, on top of the
// policy's own prior (each signal's party weights, times one learned factor, are added to the
// scores, so the model learns corrections to the policy, and a phrase added to the policy counts
// at once), with a naive Bayes over the same hashed features folded into the text weights.
// Shipped quantised to int8; `npm run train` writes it.

import { PARTIES } from '../policy/labels';
import type { CompiledPolicy } from './signals';
import type { TicketAnalysis } from './features';

export const CLASS_COUNT = PARTIES.length;

/** The committed, bundled form of a model. */
export interface PackedModel {
  /** 3: one character per weight (levels -45..45, see LEVEL_CHARS), urgency weights in `signalIds` order. */
  format: 3;
  policyId: string;
  policyVersion: number;
  /** Hashed text feature buckets; signal columns follow them. */
  buckets: number;
  signalIds: string[];
  /** Weight level i is worth `scale * i`. Row-major: [feature][class]. */
  scale: number;
  weights: string;
  bias: number[];
  /** Learned factor on the policy's signal priors (absent in older models: 1). */
  priorScale?: number;
  temperature: number;
  urgentBias: number;
  /** One per signal id, in `signalIds` order (an array: the ids are not written twice). */
  urgentWeights: number[];
  trainedOn: { tickets: number; fingerprint: string };
}

export interface Model {
  policyId: string;
  policyVersion: number;
  buckets: number;
  signalIds: string[];
  /** (buckets + signalIds.length) * CLASS_COUNT */
  weights: Float32Array;
  bias: Float64Array;
  /** Factor on the policy's signal priors, learned with the weights (1 = the prior as written). */
  priorScale: number;
  temperature: number;
  urgentBias: number;
  urgentWeights: Map<string, number>;
  trainedOn: { tickets: number; fingerprint: string };
}

/**
 * Format 2 writes each weight's level as one printable character that needs no escaping in JSON
 * or a JS string: gzip then codes the levels themselves (base64 splits bytes across characters and
 * hides their repetitions), which is what keeps a dense model small.
 */
export const LEVEL_CHARS = (() => {
  let out = '';
  for (let c = 0x21; c <= 0x7e && out.length < 91; c++) if (c !== 0x22 && c !== 0x5c) out += String.fromCharCode(c);
  return out;
})();
export const MAX_LEVEL = (LEVEL_CHARS.length - 1) / 2;

export function unpackModel(packed: PackedModel): Model {
  const levelOf = new Int8Array(128);
  for (let i = 0; i < LEVEL_CHARS.length; i++) levelOf[LEVEL_CHARS.charCodeAt(i)] = i - MAX_LEVEL;
  const weights = new Float32Array(packed.weights.length);
  for (let i = 0; i < packed.weights.length; i++) weights[i] = (levelOf[packed.weights.charCodeAt(i) & 127] as number) * packed.scale;
  return {
    policyId: packed.policyId,
    policyVersion: packed.policyVersion,
    buckets: packed.buckets,
    signalIds: packed.signalIds,
    weights,
    bias: Float64Array.from(packed.bias),
    priorScale: packed.priorScale ?? 1,
    temperature: packed.temperature,
    urgentBias: packed.urgentBias,
    urgentWeights: new Map(packed.signalIds.map((id, i) => [id, packed.urgentWeights[i] ?? 0])),
    trainedOn: packed.trainedOn,
  };
}

const round = (x: number, digits = 4) => Number(x.toFixed(digits));

/**
 * How many levels either side of zero the packed weights use. Format 2 has room for 45; 15 keeps
 * the verdicts on the training tickets identical to the full-precision model's while the fewer
 * distinct characters cut the model's gzip size by about a quarter (the content script's budget).
 */
export const PACK_LEVELS = 15;

/** Quantise to 2 × PACK_LEVELS + 1 levels, one character each (format 2); zeros compress to almost nothing. */
export function packModel(model: Model): PackedModel {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / PACK_LEVELS : 1;
  let codes = '';
  for (let i = 0; i < model.weights.length; i++) {
    const q = Math.max(-PACK_LEVELS, Math.min(PACK_LEVELS, Math.round((model.weights[i] as number) / scale)));
    codes += LEVEL_CHARS[q + MAX_LEVEL] as string;
  }
  const urgentWeights = model.signalIds.map((id) => {
    const w = model.urgentWeights.get(id) ?? 0;
    return Math.abs(w) >= 0.005 ? round(w, 3) : 0;
  });
  return {
    format: 3,
    policyId: model.policyId,
    policyVersion: model.policyVersion,
    buckets: model.buckets,
    signalIds: model.signalIds,
    scale: round(scale, 8),
    weights: codes,
    bias: [...model.bias].map((b) => round(b)),
    priorScale: round(model.priorScale),
    temperature: round(model.temperature, 3),
    urgentBias: round(model.urgentBias, 3),
    urgentWeights,
    trainedOn: model.trainedOn,
  };
}

const columnCache = new WeakMap<Model, WeakMap<CompiledPolicy, Int32Array>>();

/** For each compiled signal of a policy, its weight row in the model (-1 when the model never saw it). */
export function signalColumns(model: Model, compiled: CompiledPolicy): Int32Array {
  let perModel = columnCache.get(model);
  if (!perModel) {
    perModel = new WeakMap();
    columnCache.set(model, perModel);
  }
  const cached = perModel.get(compiled);
  if (cached) return cached;
  const byId = new Map(model.signalIds.map((id, i) => [id, i]));
  const columns = new Int32Array(compiled.signals.length);
  compiled.signals.forEach((s, i) => {
    const j = byId.get(s.id);
    columns[i] = j === undefined ? -1 : model.buckets + j;
  });
  perModel.set(compiled, columns);
  return columns;
}

/**
 * How much each present signal adds to each party's score (scaled policy prior + learned weight),
 * indexed [signal * CLASS_COUNT + class].
 */
export function signalContributions(model: Model, analysis: TicketAnalysis): Float64Array {
  const { compiled, signalValue } = analysis;
  const columns = signalColumns(model, compiled);
  const out = new Float64Array(compiled.signals.length * CLASS_COUNT);
  for (let s = 0; s < compiled.signals.length; s++) {
    const v = signalValue[s] as number;
    if (v === 0) continue;
    const prior = (compiled.signals[s] as { prior: Float64Array }).prior;
    const col = columns[s] as number;
    for (let c = 0; c < CLASS_COUNT; c++) {
      const learned = col >= 0 ? (model.weights[col * CLASS_COUNT + c] as number) : 0;
      out[s * CLASS_COUNT + c] = v * (model.priorScale * (prior[c] as number) + learned);
    }
  }
  return out;
}

/**
 * Adds the text part of each party's score to `z`: every hashed feature's value times its weight
 * row. The one loop that scores text, for the classifier and for training alike.
 */
export function addTextScores(z: Float64Array, weights: ArrayLike<number>, index: Int32Array, value: Float32Array): void {
  for (let k = 0; k < index.length; k++) {
    const base = (index[k] as number) * CLASS_COUNT;
    const x = value[k] as number;
    for (let c = 0; c < CLASS_COUNT; c++) z[c] = (z[c] as number) + x * (weights[base + c] as number);
  }
}

/** Adds each present signal's value times its learned row (the rows from `firstRow` on) to `z`. */
export function addSignalScores(z: Float64Array, weights: ArrayLike<number>, signalValue: Float64Array, firstRow: number): void {
  for (let s = 0; s < signalValue.length; s++) {
    const x = signalValue[s] as number;
    if (x === 0) continue;
    const base = (firstRow + s) * CLASS_COUNT;
    for (let c = 0; c < CLASS_COUNT; c++) z[c] = (z[c] as number) + x * (weights[base + c] as number);
  }
}

/** Raw (uncalibrated) party scores; `contributions` as `signalContributions` gives them. */
export function partyLogits(model: Model, analysis: TicketAnalysis, contributions = signalContributions(model, analysis)): Float64Array {
  const z = Float64Array.from(model.bias);
  addTextScores(z, model.weights, analysis.index, analysis.value);
  for (let i = 0; i < contributions.length; i++) {
    const c = i % CLASS_COUNT;
    z[c] = (z[c] as number) + (contributions[i] as number);
  }
  return z;
}

export function softmax(z: ArrayLike<number>, temperature = 1): Float64Array {
  const out = new Float64Array(z.length);
  let max = -Infinity;
  for (let i = 0; i < z.length; i++) max = Math.max(max, (z[i] as number) / temperature);
  let sum = 0;
  for (let i = 0; i < z.length; i++) {
    const e = Math.exp((z[i] as number) / temperature - max);
    out[i] = e;
    sum += e;
  }
  for (let i = 0; i < z.length; i++) out[i] = (out[i] as number) / sum;
  return out;
}

/** Probability that a provider fault is a 24/7 case. */
export function urgentProbability(model: Model, analysis: TicketAnalysis): number {
  let z = model.urgentBias;
  const { compiled, signalValue } = analysis;
  for (let s = 0; s < compiled.signals.length; s++) {
    const v = signalValue[s] as number;
    if (v === 0) continue;
    const signal = compiled.signals[s] as { id: string; urgent: number };
    z += v * (signal.urgent + (model.urgentWeights.get(signal.id) ?? 0));
  }
  return 1 / (1 + Math.exp(-z));
}
