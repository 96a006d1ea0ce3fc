// The classify CLI: verdicts on stdout, one stderr line per bad input line, exit code 1.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

function run(input: string) {
  const r = spawnSync('npx', ['tsx', 'scripts/classify.ts'], { input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.split('\n').filter((l) => l.startsWith('line ')) };
}

describe('npm run classify', () => {
  it('classifies good lines and names each bad line on stderr', () => {
    const input = [
      JSON.stringify({ id: 'a', subject: 'Outlook', body: 'Outlook crashes on my laptop, webmail works', labels: { party: 'x' } }),
      'this is not json',
      JSON.stringify({ subject: 'no id', body: 'x' }),
      '',
      JSON.stringify({ id: 'c' }),
      JSON.stringify({ id: 'd', body: 'אין אינטרנט במשרד, הראוטר של בזק מהבהב באדום' }),
    ].join('\n');
    const { code, stdout, stderr } = run(input);
    expect(code).toBe(1);
    const verdicts = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(verdicts.map((v) => v.id)).toEqual(['a', 'd']);
    expect(Object.keys(verdicts[0]).sort()).toEqual(['alternatives', 'confidence', 'contract', 'evidence', 'facts', 'id', 'owner', 'party', 'queue', 'questions', 'replies', 'urgent'].sort());
    expect(verdicts[0].party).toBe('customer_it');
    expect(verdicts[1].party).toBe('isp');
    expect(stderr).toEqual(['line 2: not valid JSON', 'line 3: no "id"', 'line 5: no "body" (or it is not text)']);
  });

  it('says when the customer has an extended service contract, keeps the verdict, and offers contract_covered first', () => {
    const outlook = { subject: 'Outlook', body: 'Outlook crashes on my laptop, webmail works' };
    const input = [
      JSON.stringify({ id: 'plain', ...outlook }),
      JSON.stringify({ id: 'tagged', ...outlook, tags: ['vip', 'Extended-Support'], organization: 'Levi Law' }),
      JSON.stringify({ id: 'bad', ...outlook, tags: 'extended-support' }),
      JSON.stringify({ id: 'who', ...outlook, requester: { name: 'Dana', email: 7 } }),
    ].join('\n');
    const { code, stdout, stderr } = run(input);
    expect(code).toBe(1);
    const [plain, tagged] = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(plain.contract).toBeNull();
    expect(plain.replies.slice(0, 2)).toEqual(['customer_it', 'extended_support']);
    expect(tagged.contract).toEqual({ by: 'tag', rule: 'extended-support' });
    expect({ owner: tagged.owner, party: tagged.party }).toEqual({ owner: plain.owner, party: plain.party });
    expect(tagged.replies.slice(0, 2)).toEqual(['contract_covered', 'customer_it']);
    expect(tagged.replies).not.toContain('extended_support');
    expect(stderr).toEqual(['line 3: "tags" must be a list of strings', 'line 4: "requester.email" must be a string']);
  });

  it('exits 0 when every line is classified', () => {
    const { code, stdout, stderr } = run(`${JSON.stringify({ id: 1, subject: '', body: '' })}\n`);
    expect(code).toBe(0);
    expect(stderr).toEqual([]);
    expect(JSON.parse(stdout).owner).toBe('undetermined');
  });

  it('says so when standard input holds no ticket', () => {
    const r = spawnSync('npx', ['tsx', 'scripts/classify.ts'], { input: '\n\n', encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('No tickets on standard input');
  });
});
