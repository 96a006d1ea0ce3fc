// The reference point: a plain word-level multinomial naive Bayes over the party labels, with no
// policy, no Hebrew handling and no abstention threshold. Used by `npm run eval` and the bench.

import { PARTIES, type Party } from '../policy/labels';
import type { Ticket } from '../ticket';

export interface NaiveBayes {
  logPrior: Float64Array;
  logLikelihood: Map<string, Float64Array>;
  logUnseen: Float64Array;
}

export function words(ticket: Ticket): string[] {
  return `${ticket.subject ?? ''} ${ticket.body ?? ''}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function trainNaiveBayes(tickets: { ticket: Ticket; party: Party }[]): NaiveBayes {
  const k = PARTIES.length;
  const docs = new Float64Array(k);
  const totals = new Float64Array(k);
  const counts = new Map<string, Float64Array>();
  for (const { ticket, party } of tickets) {
    const c = PARTIES.indexOf(party);
    docs[c] = (docs[c] as number) + 1;
    for (const w of words(ticket)) {
      let row = counts.get(w);
      if (!row) counts.set(w, (row = new Float64Array(k)));
      row[c] = (row[c] as number) + 1;
      totals[c] = (totals[c] as number) + 1;
    }
  }
  const vocabulary = counts.size;
  const logPrior = new Float64Array(k);
  const logUnseen = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    logPrior[c] = Math.log(((docs[c] as number) + 1) / (tickets.length + k));
    logUnseen[c] = Math.log(1 / ((totals[c] as number) + vocabulary + 1));
  }
  const logLikelihood = new Map<string, Float64Array>();
  for (const [w, row] of counts) {
    const l = new Float64Array(k);
    for (let c = 0; c < k; c++) l[c] = Math.log(((row[c] as number) + 1) / ((totals[c] as number) + vocabulary + 1));
    logLikelihood.set(w, l);
  }
  return { logPrior, logLikelihood, logUnseen };
}

export function predictNaiveBayes(model: NaiveBayes, ticket: Ticket): Party {
  const score = Float64Array.from(model.logPrior);
  for (const w of words(ticket)) {
    const l = model.logLikelihood.get(w);
    if (!l) continue;
    for (let c = 0; c < score.length; c++) score[c] = (score[c] as number) + (l[c] as number);
  }
  let best = 0;
  for (let c = 1; c < score.length; c++) if ((score[c] as number) > (score[best] as number)) best = c;
  return PARTIES[best] as Party;
}
