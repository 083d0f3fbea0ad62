/**
 * Building the site from tests, as `npm run build` does (scripts/build.mjs: content check, astro
 * build into a fresh folder, image metadata stripped, then swapped in): the site build of the
 * global setup and the few builds of the tests (tests/site/build.test.ts, the SAMPLES=exclude build
 * of tests/site/stories.test.ts). Every build gets its own OUT_DIR and CACHE_DIR under .test-build/.
 * A test that builds waits for the others' builds: give it `{ timeout: BUILD_HANG_GUARD }`
 * (tests/support/limits.ts).
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { delimiter, dirname, join } from 'node:path';
import { inject } from 'vitest';
import { IMAGE_SETTINGS_FILE } from '../../src/integrations/image-cache';
import { CONTENT, ROOT, TEST_BUILD } from './paths';

export interface BuildResult {
  /** Whether the build exited with status 0. */
  ok: boolean;
  code: number | null;
  /** Everything the build printed (stdout and stderr interleaved), without colour codes. */
  output: string;
  outDir: string;
}

export interface BuildOptions {
  outDir: string;
  cacheDir: string;
  /** The address the build is for (SITE_URL), e.g. the local server's http://127.0.0.1:PORT/. */
  site: string;
  /** Content folder to build from instead of ./content (sets CONTENT_DIR). */
  contentDir?: string;
  /** The project folder to build (default: this repository). */
  cwd?: string;
  env?: Record<string, string>;
}

// eslint-disable-next-line no-control-regex -- ANSI colour codes start with ESC
const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;

/**
 * Variables a Vitest worker sets that must not reach a build: Astro reads import.meta.env.X from
 * process.env, so a DEV=1 inherited from a worker would build parts of the site as in `astro dev`.
 */
const TEST_RUNNER_VARIABLES = new Set(['NODE_ENV', 'NODE_OPTIONS', 'TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']);

/** The environment for a child build: the pinned Node first on PATH, no test-runner variables. */
function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = (key: string) => !(TEST_RUNNER_VARIABLES.has(key) || key.startsWith('VITEST'));
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => inherited(key)));
  return {
    ...env,
    PATH: [dirname(process.execPath), join(ROOT, 'node_modules', '.bin'), env.PATH ?? ''].join(delimiter),
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ...extra,
  };
}

/**
 * Runs one build at a time across all test workers: Astro writes content-assets.mjs and
 * content-modules.mjs into the project's .astro/ whatever OUT_DIR and CACHE_DIR say, so two builds
 * at once can bundle each other's content (a SAMPLES=exclude build then publishes sample images).
 */
async function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const lock = join(TEST_BUILD, 'site-build.lock');
  await mkdir(TEST_BUILD, { recursive: true });
  for (;;) {
    try {
      await mkdir(lock);
      await writeFile(join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      const holder = Number(await readFile(join(lock, 'pid'), 'utf8').catch(() => ''));
      if (holder > 0 && !alive(holder)) await rm(lock, { recursive: true, force: true });
      else await new Promise((wait) => setTimeout(wait, 500));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Runs scripts/build.mjs (what `npm run build` runs) of the project in `cwd` for the address
 * `site` (SITE_URL) and collects its output; never throws on a failed build.
 */
export function siteBuild(options: BuildOptions): Promise<BuildResult> {
  return oneAtATime(() => runBuild(options));
}

function runBuild({ outDir, cacheDir, site, contentDir, cwd = ROOT, env = {} }: BuildOptions): Promise<BuildResult> {
  const extra: Record<string, string> = { OUT_DIR: outDir, CACHE_DIR: cacheDir, SITE_URL: site, ...env };
  if (contentDir) extra.CONTENT_DIR = contentDir;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(cwd, 'scripts', 'build.mjs')], {
      cwd,
      env: buildEnv(extra),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ok: code === 0, code, output: output.replace(ANSI, ''), outDir }));
  });
}

/** The folder of a named fixture: fixtures/<name> in this run's folder under .test-build/. */
export function fixtureDir(name: string): string {
  return join(inject('runDir'), 'fixtures', name);
}

/**
 * The build cache of a named fixture (fixtures/<name>/cache), holding a copy of the images the
 * site build of this run has processed (Astro's cacheDir/assets, and the settings they were made
 * with: src/integrations/image-cache.ts): encoding them again (AVIF above
 * all) is most of a cold build, and a fixture build is there to show what its fixture changes. Only
 * the images are copied, not Astro's content store, so nothing else of the site build is reused;
 * an image the fixture adds or changes has another name and is processed afresh. (The reproducible
 * build, tests/site/reproducible.test.ts, uses it only when the site build made its images afresh:
 * one of the two builds it compares always starts without processed images.)
 */
export async function fixtureCache(name: string): Promise<string> {
  const cacheDir = join(fixtureDir(name), 'cache');
  await rm(cacheDir, { recursive: true, force: true });
  await mkdir(cacheDir, { recursive: true });
  for (const name of ['assets', IMAGE_SETTINGS_FILE]) {
    await cp(join(inject('runDir'), 'cache', name), join(cacheDir, name), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
  return cacheDir;
}

/**
 * Copies the project's content/ into a fresh fixture folder and returns the copy's path, for a
 * test to change before building it with `siteBuild({ contentDir })`.
 */
export async function copyContent(name: string): Promise<string> {
  const dir = join(fixtureDir(name), 'content');
  await rm(fixtureDir(name), { recursive: true, force: true });
  await mkdir(dirname(dir), { recursive: true });
  await cp(CONTENT, dir, { recursive: true });
  return dir;
}
