// Training is reproducible and the shipped (quantised) model is the one that was trained.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DEFAULT_CLASSIFICATION_POLICY } from '../../../lib/policy/classification';
import { parseLabelled } from '../../../lib/classifier/dataset';
import { packModel, unpackModel } from '../../../lib/classifier/model';
import { assignFolds, trainModel } from '../../../lib/classifier/train';
import { createClassifier } from '../../../lib/classifier/index';
import { PACKED_MODEL } from '../../../lib/classifier/model-data';

const { tickets } = parseLabelled(readFileSync('data/tickets.dev.jsonl', 'utf8'));
const small = tickets.slice(0, 60);
const options = { buckets: 512, l2: 0.002, iterations: 30, learningRate: 0.05, calibrationFolds: 3 };

describe('training', () => {
  it('the same tickets give a byte-identical model', () => {
    const a = JSON.stringify(packModel(trainModel(small, DEFAULT_CLASSIFICATION_POLICY, options)));
    const b = JSON.stringify(packModel(trainModel(small, DEFAULT_CLASSIFICATION_POLICY, options)));
    expect(a).toBe(b);
  });

  it('packing survives a round trip and classifies like the float model', () => {
    const model = trainModel(small, DEFAULT_CLASSIFICATION_POLICY, options);
    const shipped = unpackModel(packModel(model));
    expect(shipped.weights.length).toBe(model.weights.length);
    const float = createClassifier(model);
    const quantised = createClassifier(shipped);
    const agree = small.filter((t) => float(t).party === quantised(t).party).length;
    expect(agree / small.length).toBeGreaterThan(0.95);
  });

  it('folds are deterministic and stratified by party', () => {
    const items = tickets.map((t) => ({ id: t.id, label: t.labels.party }));
    const a = assignFolds(items, 5, 7);
    expect(assignFolds(items, 5, 7)).toEqual(a);
    expect(assignFolds(items, 5, 8)).not.toEqual(a);
    for (const party of new Set(items.map((i) => i.label))) {
      const sizes = [0, 1, 2, 3, 4].map((f) => items.filter((it, i) => it.label === party && a[i] === f).length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });

  it('the bundled model belongs to the default policy and covers its signals', () => {
    expect(PACKED_MODEL.policyId).toBe(DEFAULT_CLASSIFICATION_POLICY.id);
    expect(PACKED_MODEL.policyVersion).toBe(DEFAULT_CLASSIFICATION_POLICY.version);
    const ids = [
      ...DEFAULT_CLASSIFICATION_POLICY.signals,
      ...DEFAULT_CLASSIFICATION_POLICY.scopeCues,
      ...DEFAULT_CLASSIFICATION_POLICY.requestCues,
    ].map((s) => s.id);
    for (const id of ids) expect(PACKED_MODEL.signalIds).toContain(id);
  });
});
