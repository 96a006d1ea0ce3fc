import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../..', import.meta.url));

function runCli(lines: string[]) {
  const result = spawnSync('npx', ['tsx', 'scripts/sla.ts'], {
    input: lines.join('\n') + '\n',
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, npm_config_loglevel: 'silent' },
  });
  const stdout = result.stdout.trim() ? result.stdout.trim().split('\n').map((l) => JSON.parse(l)) : [];
  const stderr = result.stderr.split('\n').filter((l) => l.startsWith('line '));
  return { status: result.status, stdout, stderr };
}

describe('npm run sla', () => {
  it('says so when standard input holds no case', () => {
    const result = spawnSync('npx', ['tsx', 'scripts/sla.ts'], { input: '\n', cwd: repo, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('No cases on standard input');
  });

  it('answers each line; names each bad line on stderr and exits 1', () => {
    const { status, stdout, stderr } = runCli([
      '{"id":"a","createdAt":"2025-06-12T17:00:00+03:00","queue":"technical","channel":"email","urgent":false}',
      '{"id":"b","createdAt":"2026-03-26T17:00:00+02:00","queue":"technical","channel":"web","urgent":false,"now":"2026-03-29T09:30:00+03:00"}',
      'not json',
      '{"id":"c","createdAt":"2026-03-26T17:00:00","queue":"technical","channel":"web","urgent":false}',
      '',
      '{"id":"d","createdAt":"2026-03-26T17:00:00Z","queue":"sales","channel":"web","urgent":false}',
      '{"id":"e","createdAt":"2026-03-26T17:00:00Z","queue":"finance","channel":"fax","urgent":false}',
      '{"id":"f","createdAt":"2026-03-26T17:00:00Z","queue":"finance","channel":"phone"}',
      '{"createdAt":"2026-03-26T17:00:00Z","queue":"finance","channel":"phone","urgent":false}',
      '{"id":"g","createdAt":"2026-03-26T17:00:00Z","queue":"finance","channel":"phone","urgent":false,"now":"soon"}',
      '{"id":"h","createdAt":"2026-03-26T15:00:00Z","queue":"finance","channel":"phone","urgent":true,"firstReplyAt":"2026-03-26T16:00:00Z","now":1774600000000}',
    ]);
    expect(status).toBe(1);
    expect(stdout).toEqual([
      { id: 'a', dueAt: '2025-06-15T07:00:00Z', targetMinutes: 120, clock: 'business', clockFor: 'queue' },
      { id: 'b', dueAt: '2026-03-29T07:00:00Z', targetMinutes: 120, clock: 'business', clockFor: 'queue', state: 'warning', remainingMinutes: 30 },
      { id: 'h', dueAt: '2026-03-26T19:00:00Z', targetMinutes: 240, clock: 'calendar', clockFor: 'urgent', state: 'met', remainingMinutes: 180 },
    ]);
    expect(stderr).toHaveLength(7);
    expect(stderr[0]).toMatch(/^line 3: not valid JSON/);
    expect(stderr[1]).toMatch(/^line 4: .*createdAt.*no time-zone offset/);
    expect(stderr[2]).toMatch(/^line 6: "queue" must be one of/);
    expect(stderr[3]).toMatch(/^line 7: "channel" must be one of/);
    expect(stderr[4]).toMatch(/^line 8: "urgent"/);
    expect(stderr[5]).toMatch(/^line 9: "id" is missing/);
    expect(stderr[6]).toMatch(/^line 10: "now"/);
  });

  it('exits 0 when every line is good', () => {
    const { status, stdout, stderr } = runCli([
      '{"id":1,"createdAt":"2026-03-26T15:00:00Z","queue":"management","channel":"chat","urgent":false}',
    ]);
    expect(status).toBe(0);
    expect(stderr).toEqual([]);
    expect(stdout).toEqual([{ id: 1, dueAt: '2026-03-31T14:00:00Z', targetMinutes: 1620, clock: 'business', clockFor: 'queue' }]);
  });

  it('runs a contract customer\'s technical ticket on the 24/7 clock, and says so', () => {
    // Friday 6 March 2026 22:00 in Jerusalem: the office is closed until Sunday 09:00.
    const base = { createdAt: '2026-03-06T22:00:00+02:00', queue: 'technical', channel: 'email', urgent: false };
    const { status, stdout, stderr } = runCli([
      JSON.stringify({ id: 'tag', ...base, tags: ['extended-support'] }),
      JSON.stringify({ id: 'none', ...base, tags: ['vip'], organization: 'Levi Law', requester: { name: 'Dana', email: 'dana@levi-law.co.il' } }),
      JSON.stringify({ id: 'finance', ...base, queue: 'finance', tags: ['extended-support'] }),
      JSON.stringify({ id: 'bad', ...base, organization: ['Levi Law'] }),
    ]);
    expect(status).toBe(1);
    expect(stdout).toEqual([
      { id: 'tag', dueAt: '2026-03-06T22:00:00Z', targetMinutes: 120, clock: 'calendar', clockFor: 'contract' },
      { id: 'none', dueAt: '2026-03-08T09:00:00Z', targetMinutes: 120, clock: 'business', clockFor: 'queue' },
      { id: 'finance', dueAt: '2026-03-09T16:00:00Z', targetMinutes: 1080, clock: 'business', clockFor: 'queue' },
    ]);
    expect(stderr).toEqual(['line 4: "organization" must be a string']);
  });
});
