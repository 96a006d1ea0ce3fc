// Bundles the four demo helpdesk pages with esbuild (React, the real CKEditor 5 and Slate, all
// from node_modules) into `.output/demo-helpdesk/<hash>/`, where <hash> covers the demo's own
// sources, the adapters (whose page shapes the demo serves) and the lockfile: an unchanged demo
// is not bundled twice. Never part of the extension.
//
// `npm run build:demo-helpdesk` runs this file on its own.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { FLAVOURS } from './routes.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEMO_DIR = path.join(ROOT, 'demo');
export const CACHE_DIR = path.join(ROOT, '.output', 'demo-helpdesk');

/** Bump when the build options change in a way the sources do not show. */
const BUILD_FORMAT = 'demo-helpdesk/1';

export interface DemoBuild {
  /** Directory holding `<flavour>.js`, `<flavour>.css` and shared chunks. */
  dir: string;
  hash: string;
  /** The build-time hash in Zoho's class names (`zd_<hash>-<module>-<name>`). */
  zohoHash: string;
  /** False when an earlier identical build was reused. */
  built: boolean;
  ms: number;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(tsx?|css)$/.test(entry.name)) out.push(full);
  }
  return out.sort();
}

/** A hash of everything that goes into the bundle. */
export function demoSourceHash(): string {
  const h = createHash('sha256').update(BUILD_FORMAT);
  const files = [...sourceFiles(DEMO_DIR), ...sourceFiles(path.join(ROOT, 'lib', 'adapters')), path.join(ROOT, 'package-lock.json')];
  for (const file of files) {
    if (!existsSync(file)) continue;
    h.update(path.relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return h.digest('hex').slice(0, 16);
}

/** Zoho's CSS modules write `zd_HASH-…` in the stylesheet; the build puts its hash there. */
function zohoClassHashPlugin(zohoHash: string): Plugin {
  return {
    name: 'zoho-class-hash',
    setup(b) {
      b.onLoad({ filter: /[\\/]pages[\\/]zoho[\\/][^\\/]+\.css$/ }, (args) => ({
        contents: readFileSync(args.path, 'utf8').replace(/zd_HASH-/g, `zd_${zohoHash}-`),
        loader: 'css',
      }));
    },
  };
}

function removeStaleBuilds(keep: string) {
  if (!existsSync(CACHE_DIR)) return;
  const hourAgo = Date.now() - 3600_000;
  for (const name of readdirSync(CACHE_DIR)) {
    if (name === keep) continue;
    const full = path.join(CACHE_DIR, name);
    // Another process may be building into a fresh temporary directory right now.
    if (name.startsWith('.tmp-') && statSync(full).mtimeMs > hourAgo) continue;
    rmSync(full, { recursive: true, force: true });
  }
}

export async function buildDemoHelpdesk(opts: { force?: boolean } = {}): Promise<DemoBuild> {
  const started = performance.now();
  const hash = demoSourceHash();
  const zohoHash = createHash('sha256').update(`zoho:${hash}`).digest('hex').slice(0, 6);
  const dir = path.join(CACHE_DIR, hash);
  if (!opts.force && existsSync(path.join(dir, 'build.json'))) {
    return { dir, hash, zohoHash, built: false, ms: performance.now() - started };
  }

  // Build into a private directory and rename it into place, so that two test processes
  // starting at once never serve a half-written build.
  const tmp = path.join(CACHE_DIR, `.tmp-${process.pid}-${Date.now().toString(36)}`);
  await build({
    absWorkingDir: ROOT,
    entryPoints: Object.fromEntries(FLAVOURS.map((f) => [f, path.join(DEMO_DIR, 'pages', f, 'main.tsx')])),
    outdir: tmp,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome120', 'firefox115'],
    jsx: 'automatic',
    loader: { '.css': 'css' },
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
    define: {
      'process.env.NODE_ENV': '"production"',
      __DEMO_ZOHO_HASH__: JSON.stringify(zohoHash),
    },
    plugins: [zohoClassHashPlugin(zohoHash)],
  });
  const ms = performance.now() - started;
  writeFileSync(path.join(tmp, 'build.json'), JSON.stringify({ hash, zohoHash, ms: Math.round(ms) }, null, 2));
  if (opts.force) rmSync(dir, { recursive: true, force: true });
  try {
    renameSync(tmp, dir);
  } catch (err) {
    // Someone else finished the same build first: theirs is identical.
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(path.join(dir, 'build.json'))) throw err;
  }
  removeStaleBuilds(hash);
  return { dir, hash, zohoHash, built: true, ms };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const force = process.argv.includes('--force');
  buildDemoHelpdesk({ force }).then(
    (b) => {
      const what = b.built ? `built in ${Math.round(b.ms)} ms` : 'unchanged, reused';
      console.log(`Demo helpdesk ${what}: ${path.relative(ROOT, b.dir)}`);
    },
    (err: unknown) => {
      console.error(`Could not build the demo helpdesk: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );
}
