// npm run --silent classify < tickets.jsonl > verdicts.jsonl
// One ticket per input line ({id, subject, body, channel?, lang?, tags?, organization?,
// requester?: {name, email}, ...}; other fields ignored), one verdict per output line, with
// `contract` (what marks an extended-support customer under the default settings, or null) and
// `replies` (the reply ids the sidebar offers, best first, then those behind "More replies"). A line that is not JSON or lacks `id` or `body` gets one line on
// stderr naming its number and why; the other lines are still classified; exit code 1 if any
// line failed. Nothing but verdicts goes to stdout.

import { createInterface } from 'node:readline';
import { parseTicketLine } from '../lib/classifier/dataset';
import { DEFAULT_SETTINGS } from '../lib/settings/defaults';
import { viewTicket } from '../lib/ticket-view';

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
let lineNumber = 0;
let failed = 0;
let tickets = 0;
const out: string[] = [];
const flush = () => {
  if (out.length) process.stdout.write(out.join(''));
  out.length = 0;
};

for await (const line of lines) {
  lineNumber++;
  if (line.trim() === '') continue;
  tickets++;
  const ticket = parseTicketLine(line);
  if (typeof ticket === 'string') {
    failed++;
    process.stderr.write(`line ${lineNumber}: ${ticket}\n`);
    continue;
  }
  try {
    // The sidebar's own derivation under the default settings, so the replies are the sidebar's.
    const view = viewTicket(ticket, DEFAULT_SETTINGS);
    const { verdict: v, contract } = view;
    out.push(
      JSON.stringify({
        id: ticket.id,
        owner: v.owner,
        party: v.party,
        queue: v.queue,
        urgent: v.urgent,
        confidence: v.confidence,
        alternatives: v.alternatives,
        evidence: v.evidence,
        questions: v.questions,
        facts: v.facts,
        contract,
        replies: [...view.replies, ...view.moreReplies].map((r) => r.id),
      }) + '\n',
    );
  } catch (error) {
    failed++;
    process.stderr.write(`line ${lineNumber}: could not classify (${error instanceof Error ? error.message : String(error)})\n`);
  }
  if (out.length >= 256) flush();
}
flush();
if (tickets === 0) {
  // Most often a redirect from the wrong file: say so rather than print nothing.
  process.stderr.write('No tickets on standard input: give one JSON ticket a line (npm run --silent classify < tickets.jsonl).\n');
}
process.exitCode = failed > 0 || tickets === 0 ? 1 : 0;
