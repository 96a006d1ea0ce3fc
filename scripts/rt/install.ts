// Installing Request Tracker 5 from Debian's packages without a single question, as
// ../shared/TOOLCHAIN.md ("Request Tracker 5") records: the debconf answers are given up front,
// the SQLite database is created by the package's own dbconfig-common step.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const RT_ETC = '/etc/request-tracker5';
export const RT_SERVER = '/usr/share/request-tracker5/libexec/rt-server';
export const RT_MAILGATE = '/usr/bin/rt-mailgate';
export const RT_SETUP_DATABASE = '/usr/sbin/rt-setup-database-5';
export const RT_PACKAGES = ['request-tracker5', 'rt5-db-sqlite', 'rt5-standalone'];

/** The staff login the install creates (the local test RT only; never a real helpdesk). */
export const RT_ROOT = { user: 'root', password: 'gvul-rt-root' };

export const INSTALL_RT =
  'Request Tracker 5 is not installed: `npx tsx scripts/rt.ts install` (as root, from Debian\'s packages: request-tracker5, rt5-db-sqlite, rt5-standalone).';

export function rtInstalled(): boolean {
  return existsSync(RT_SERVER) && existsSync(RT_MAILGATE) && existsSync(path.join(RT_ETC, 'RT_SiteConfig.pm'));
}

const PRESEED: [string, string, string][] = [
  ['rtname', 'string', 'gvul-rt'],
  ['organization', 'string', 'gvul.test'],
  ['correspondaddress', 'string', 'support@gvul.test'],
  ['commentaddress', 'string', 'support-comment@gvul.test'],
  ['webbaseurl', 'string', 'http://127.0.0.1'],
  ['webpath', 'string', '/rt'],
  ['handle-siteconfig-permissions', 'boolean', 'true'],
  ['install-cronjobs', 'boolean', 'false'],
  ['dbconfig-install', 'boolean', 'true'],
  ['database-type', 'select', 'sqlite3'],
  ['initial-root-password', 'password', RT_ROOT.password],
];

export function installRt(log: (line: string) => void = console.log): void {
  if (!rtInstalled()) {
    if (process.getuid?.() !== 0) throw new Error(INSTALL_RT);
    const selections = PRESEED.map(([key, type, value]) => `request-tracker5 request-tracker5/${key} ${type} ${value}`).join('\n');
    execFileSync('debconf-set-selections', { input: selections + '\n' });
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    log('Installing Request Tracker 5 from Debian\'s packages…');
    aptGet(['update', '-qq'], env, log);
    aptGet(['install', '-y', '-qq', '--no-install-recommends', ...RT_PACKAGES], env, log);
  }
  fixConfigPermissions();
  letCustomersMailIn();
  log('Request Tracker 5 is installed.');
}

/**
 * Stock RT turns away mail from senders it does not know; a helpdesk takes it. The group Everyone
 * gets CreateTicket and ReplyToTicket on the General queue through RT's own initialdata loader
 * (granting a right that is already there only logs that it is).
 */
function letCustomersMailIn(): void {
  if (process.getuid?.() !== 0) return;
  const dir = mkdtempSync(path.join(tmpdir(), 'gvul-rt-acl-'));
  try {
    chmodSync(dir, 0o755);
    const file = path.join(dir, 'everyone-mails-in.pl');
    const rights = ['CreateTicket', 'ReplyToTicket'].map(
      (right) => `  { GroupDomain => 'SystemInternal', GroupType => 'Everyone', Queue => 'General', Right => '${right}' },`,
    );
    writeFileSync(file, ['@ACL = (', ...rights, ');', '1;', ''].join('\n'), { mode: 0o644 });
    const run = spawnSync('runuser', ['-u', 'www-data', '--', RT_SETUP_DATABASE, '--action', 'insert', '--skip-create', '--datafile', file], {
      encoding: 'utf8',
      cwd: '/',
    });
    if (run.status !== 0) throw new Error(`rt-setup-database could not grant the rights (${run.status}): ${run.stderr.slice(-2000)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** apt-get, waiting while another install holds the dpkg lock (up to 10 minutes). */
function aptGet(args: string[], env: NodeJS.ProcessEnv, log: (line: string) => void) {
  const run = spawnSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', ...args], { env, encoding: 'utf8' });
  if (run.status !== 0) {
    log(run.stdout.slice(-2000));
    throw new Error(`apt-get ${args.join(' ')} failed (${run.status}): ${run.stderr.slice(-2000)}`);
  }
}

/**
 * The package leaves the site config readable by root alone, and RT run as www-data then ignores
 * it without a word (wrong database, wrong paths): root:www-data 0640 for every config file.
 */
export function fixConfigPermissions(): void {
  if (process.getuid?.() !== 0) return;
  const wwwData = Number(execFileSync('id', ['-g', 'www-data'], { encoding: 'utf8' }).trim());
  const files = [
    path.join(RT_ETC, 'RT_SiteConfig.pm'),
    ...readdirSync(path.join(RT_ETC, 'RT_SiteConfig.d')).map((f) => path.join(RT_ETC, 'RT_SiteConfig.d', f)),
  ];
  for (const file of files) {
    if (!statSync(file).isFile()) continue;
    chownSync(file, 0, wwwData);
    chmodSync(file, 0o640);
  }
}
