// The learned part learns from labelled tickets: a wording the policy does not know moves the
// verdict once the team labels a few tickets that use it; the factor on the policy prior is
// learned and survives packing; the naive Bayes component is folded into the text weights.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DEFAULT_CLASSIFICATION_POLICY as policy } from '../../../lib/policy/classification';
import { PARTIES } from '../../../lib/policy/labels';
import { parseLabelled } from '../../../lib/classifier/dataset';
import { analyseTicket } from '../../../lib/classifier/features';
import { CLASS_COUNT, packModel, partyLogits, softmax, unpackModel, type Model } from '../../../lib/classifier/model';
import { createClassifier } from '../../../lib/classifier/index';
import { trainModel, type LabelledTicket, type TrainOptions } from '../../../lib/classifier/train';

const { tickets } = parseLabelled(readFileSync('data/tickets.dev.jsonl', 'utf8'));
const base = tickets.slice(0, 80);
const options: TrainOptions = {
  buckets: 1024,
  l2: 0.0005,
  iterations: 60,
  learningRate: 0.05,
  calibrationFolds: 0,
  learnPriorScale: false,
  nbFolds: 4,
  nbSmoothing: 0.1,
};

// Made-up words no policy phrase mentions: only labelled examples can teach what they mean.
const wordings = [
  'The kwazzle box in the hallway blinks orange again, kwazzle support said wait',
  'Kwazzle line dropped this morning, the kwazzle modem restarts by itself',
  'our kwazzle connection is flaky since yesterday, kwazzle technician coming',
  'kwazzle outage in the neighbourhood? the kwazzle router lights are off',
  'Since the kwazzle upgrade nothing loads at the office, kwazzle ticket opened',
  'kwazzle modem replaced but still no line, called kwazzle',
  'ה-kwazzle שלנו מהבהב שוב, kwazzle אמרו לחכות',
  'הנתב של kwazzle נכבה, אין קו מהבוקר',
];
const newWording: LabelledTicket[] = wordings.map((body, i) => ({
  id: `kw${i}`,
  subject: '',
  body,
  labels: { owner: 'customer', party: 'isp', queue: 'technical', urgent: false },
}));
const probe = { id: 'probe', subject: 'kwazzle', body: 'kwazzle again, kwazzle box blinking' };
const ISP = PARTIES.indexOf('isp');

const pIsp = (model: Model) => {
  const analysis = analyseTicket(probe, policy, model.buckets);
  return softmax(partyLogits(model, analysis), model.temperature)[ISP] as number;
};

describe('the learned part learns from labelled tickets', () => {
  it('labelled examples of a new wording move the verdict towards their party', () => {
    const without = unpackModel(packModel(trainModel(base, policy, options)));
    const withNew = unpackModel(packModel(trainModel([...base, ...newWording], policy, options)));
    expect(pIsp(withNew)).toBeGreaterThan(pIsp(without) + 0.3);
    expect(createClassifier(withNew)(probe).party).toBe('isp');
  });

  it('the naive Bayes component, folded into the same text weights, strengthens what labelled tickets teach', () => {
    const train = [...base, ...newWording];
    const noNb = trainModel(train, policy, { ...options, nbFolds: 0 });
    const nb = trainModel(train, policy, options);
    expect(nb.weights.length).toBe(noNb.weights.length);
    expect(pIsp(nb)).toBeGreaterThan(pIsp(noNb));
  });

  it('a word that always comes with a policy cue is still learned (the policy does not explain it away)', () => {
    // Every labelled kwazzle ticket also says "no internet", which the policy already reads as
    // the ISP's: a regression on top of the prior has little left to learn from the new word,
    // the naive Bayes component counts it anyway.
    const withCue = newWording.map((t) => ({ ...t, body: `${t.body}. No internet at all.` }));
    const train = [...base, ...withCue];
    const noNb = trainModel(train, policy, { ...options, nbFolds: 0 });
    const nb = trainModel(train, policy, options);
    expect(pIsp(nb)).toBeGreaterThan(pIsp(noNb) + 0.1);
  });

  it('the factor on the policy prior, when learned, is shipped and used for scores', () => {
    const model = trainModel(base, policy, { ...options, learnPriorScale: true });
    expect(model.priorScale).toBeGreaterThan(0);
    expect(model.priorScale).not.toBe(1);
    const shipped = unpackModel(packModel(model));
    expect(shipped.priorScale).toBeCloseTo(model.priorScale, 3);
    // A model that adds the prior as written scores a policy cue differently from a scaled one.
    const analysis = analyseTicket({ id: 'x', subject: '', body: 'no internet in the office, router lights red' }, policy, model.buckets);
    const z1 = partyLogits({ ...shipped, priorScale: 1 }, analysis);
    const z2 = partyLogits({ ...shipped, priorScale: 2 }, analysis);
    let differs = false;
    for (let c = 0; c < CLASS_COUNT; c++) if (Math.abs((z1[c] as number) - (z2[c] as number)) > 1e-6) differs = true;
    expect(differs).toBe(true);
  });

  it('a packed model from before the prior factor existed reads as factor 1', () => {
    const packed = packModel(trainModel(base.slice(0, 30), policy, { ...options, learnPriorScale: false, nbFolds: 0 }));
    const { priorScale: _dropped, ...old } = packed;
    expect(unpackModel(old).priorScale).toBe(1);
  });
});
