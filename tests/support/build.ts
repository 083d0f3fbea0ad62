/**
 * Building the site from tests, as `npm run build` does (scripts/build.mjs: content check, astro
 * build into a fresh folder, image metadata stripped, then swapped in): the site build of the
 * global setup and the fixture builds of the tests. Every build gets its own OUT_DIR and CACHE_DIR
 * under .test-build/.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { delimiter, dirname, join } from 'node:path';
import { inject } from 'vitest';
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
  /** Content folder to build from instead of ./content (sets CONTENT_DIR). */
  contentDir?: string;
  env?: Record<string, string>;
}

// eslint-disable-next-line no-control-regex -- ANSI colour codes start with ESC
const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;

/** The environment for a child build: the pinned Node first on PATH, no test-runner variables. */
function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = (key: string) => !(key === 'NODE_ENV' || key === 'NODE_OPTIONS' || key.startsWith('VITEST') || key === 'TEST');
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

/** Runs scripts/build.mjs (what `npm run build` runs) and collects its output; never throws on a failed build. */
export function siteBuild(options: BuildOptions): Promise<BuildResult> {
  return oneAtATime(() => runBuild(options));
}

function runBuild({ outDir, cacheDir, contentDir, env = {} }: BuildOptions): Promise<BuildResult> {
  const extra: Record<string, string> = { OUT_DIR: outDir, CACHE_DIR: cacheDir, ...env };
  if (contentDir) extra.CONTENT_DIR = contentDir;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'build.mjs')], {
      cwd: ROOT,
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

/** At most this many fixture builds run at once (each is CPU-heavy). */
const FIXTURE_BUILD_LIMIT = 2;
let running = 0;
const waiting: Array<() => void> = [];

async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= FIXTURE_BUILD_LIMIT) await new Promise<void>((go) => waiting.push(go));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** The folder of a named fixture: fixtures/<name> in this run's folder under .test-build/. */
export function fixtureDir(name: string): string {
  return join(inject('runDir'), 'fixtures', name);
}

/**
 * Copies the project's content/ into a fresh fixture folder and returns the copy's path, for a
 * test to change before calling buildFixture.
 */
export async function copyContent(name: string): Promise<string> {
  const dir = join(fixtureDir(name), 'content');
  await rm(fixtureDir(name), { recursive: true, force: true });
  await mkdir(dirname(dir), { recursive: true });
  await cp(CONTENT, dir, { recursive: true });
  return dir;
}

/**
 * Builds the site from another content folder (CONTENT_DIR) into its own dist and cache beside
 * it; at most two fixture builds run at a time. The built files are removed afterwards unless
 * `keep` is set (a test that serves the fixture build: result.outDir); the build's output stays
 * in build.log beside the content.
 */
export function buildFixture(contentDir: string, { keep = false }: { keep?: boolean } = {}): Promise<BuildResult> {
  const base = dirname(contentDir);
  return slot(async () => {
    const result = await siteBuild({ outDir: join(base, 'dist'), cacheDir: join(base, 'cache'), contentDir });
    if (!keep) await rm(join(base, 'dist'), { recursive: true, force: true });
    // Kept for reading when a case fails: .test-build/fixtures/<name>/build.log
    await writeFile(join(base, 'build.log'), result.output);
    return result;
  });
}
