// One Request Tracker on 127.0.0.1, for a test file, the fixtures script or the demo: its own
// config directory (RT reads RT_SITE_CONFIG_DIR instead of /etc/…/RT_SiteConfig.d), so several
// can run at once on different ports and options (rich text off) without touching /etc; the
// database is the one the package created. Started as www-data, stopped by its process id.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { INSTALL_RT, RT_ETC, RT_ROOT, RT_SERVER, rtInstalled } from './install';

export interface RtOptions {
  /** RT's editor: CKEditor 4 (RT's default) or a plain textarea (`Set($MessageBoxRichText, 0)`). */
  richText?: boolean;
  /** RT's own time zone for dates on its pages (default Asia/Jerusalem, where the policy's team is). */
  timeZone?: string;
  port?: number;
}

export interface RtServer {
  /** `http://127.0.0.1:<port>/rt` (no trailing slash). */
  url: string;
  port: number;
  pid: number;
  timeZone: string;
  /** Staff login (basic auth for REST 2, the login form for the browser). */
  user: string;
  password: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function wwwDataGid(): number {
  return Number(execFileSync('id', ['-g', 'www-data'], { encoding: 'utf8' }).trim());
}

/** A config directory for one RT: the package's files plus this instance's own settings. */
function configDir(port: number, opts: Required<Omit<RtOptions, 'port'>>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gvul-rt-config-'));
  const gid = wwwDataGid();
  chownSync(dir, 0, gid);
  chmodSync(dir, 0o750);
  const packaged = path.join(RT_ETC, 'RT_SiteConfig.d');
  const files = readdirSync(packaged).filter((f) => f.endsWith('.pm') && !f.includes('timezone'));
  for (const f of files) copyFileSync(path.join(packaged, f), path.join(dir, f));
  const local = [
    `Set($WebDomain, '127.0.0.1');`,
    `Set($WebPort, ${port});`,
    `Set($WebBaseURL, 'http://127.0.0.1:${port}');`,
    `Set($Timezone, '${opts.timeZone}');`,
    // Mail RT would send (autoreplies, notifications) goes to a local mbox, never out.
    `Set($MailCommand, 'mbox');`,
    `Set($LogToSyslog, undef);`,
    `Set($LogToSTDERR, 'error');`,
    `Set($MessageBoxRichText, ${opts.richText ? 1 : 0});`,
    '1;',
  ].join('\n');
  writeFileSync(path.join(dir, '90-gvul-local.pm'), local + '\n');
  for (const f of readdirSync(dir)) {
    chownSync(path.join(dir, f), 0, gid);
    chmodSync(path.join(dir, f), 0o640);
  }
  return dir;
}

async function waitForAnswer(url: string, child: ChildProcess, output: () => string, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`rt-server exited (${child.exitCode}): ${output().slice(-2000)}`);
    try {
      const res = await fetch(`${url}/NoAuth/Login.html`, { signal: AbortSignal.timeout(2000) });
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`rt-server did not answer at ${url} within ${ms / 1000} s: ${output().slice(-2000)}`);
}

export async function startRt(opts: RtOptions = {}): Promise<RtServer> {
  if (!rtInstalled()) throw new Error(INSTALL_RT);
  // RT runs as www-data from a config directory made here: that takes root.
  if (process.getuid?.() !== 0) throw new Error('Starting Request Tracker takes root (it is started as www-data with its own config directory).');
  const port = opts.port || (await freePort());
  const timeZone = opts.timeZone ?? 'Asia/Jerusalem';
  const dir = configDir(port, { richText: opts.richText ?? true, timeZone });
  const url = `http://127.0.0.1:${port}/rt`;
  // Its own process group, so stopping the group by the runuser's pid also ends Starlet's workers.
  const child = spawn(
    'runuser',
    ['-u', 'www-data', '--', 'env', `RT_SITE_CONFIG_DIR=${dir}`, RT_SERVER, '--server', 'Starlet',
      '--host', '127.0.0.1', '--port', String(port), '--webpath', '/rt', '--max-workers', '3'],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const pid = child.pid;
  if (pid === undefined) throw new Error('rt-server could not be started');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-pid, 'SIGTERM');
      } catch {
        // already gone
      }
      const killed = setTimeout(() => {
        try {
          process.kill(-pid, 'SIGKILL');
        } catch {
          // gone meanwhile
        }
      }, 5000);
      await exited;
      clearTimeout(killed);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForAnswer(url, child, () => log);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, port, pid, timeZone, user: RT_ROOT.user, password: RT_ROOT.password, stop };
}
