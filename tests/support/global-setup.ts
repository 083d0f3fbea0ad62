/**
 * Global setup of the `site` test project: takes a free localhost port, builds the site once for
 * that address (SITE_URL=http://127.0.0.1:PORT/, so every absolute link of the build points at the
 * server the tests use) and serves it there for the whole run. Test files read the address with
 * `siteUrl()`, the folder with `distDir()`.
 *
 * The build goes to .test-build/dist (cache .test-build/cache). Several people share one checkout,
 * so a run that finds another live run holding .test-build/ builds into .test-build/run-<pid>/
 * instead, and removes it afterwards.
 *
 * TEST_REUSE_BUILD=1 skips the build when .test-build/dist already holds one (handy while writing
 * a test: `TEST_REUSE_BUILD=1 npx vitest run tests/site/links.test.ts`) and serves it on the port it
 * was built for; when that port is taken, it builds again. npm test always rebuilds.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.mjs';
import { IMAGE_SETTINGS_FILE } from '../../src/integrations/image-cache';
import { siteBuild } from './build';
import { TEST_BUILD } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the served test build, without a trailing slash, e.g. http://127.0.0.1:41234. */
    siteUrl: string;
    /** Absolute path of the test build. */
    distDir: string;
    /** This run's folder under .test-build/ (fixture builds go below it). */
    runDir: string;
    /**
     * Whether the test build processed every image afresh (its cache held none, or none made with
     * this build's image settings), rather than taking them from an earlier build's cache.
     */
    imagesFresh: boolean;
  }
}

const LOCK = join(TEST_BUILD, 'run.lock');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes .test-build/ for this run if no live run holds it; returns whether it did. */
function takeLock(): boolean {
  mkdirSync(TEST_BUILD, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(LOCK, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return true;
    } catch {
      const holder = Number(readFileSync(LOCK, 'utf8'));
      if (holder && alive(holder)) return false;
      rmSync(LOCK, { force: true }); // left by a run that died
    }
  }
  return false;
}

/** The local port a previous test build was made for (read from its sitemap), or null. */
function builtPort(distDir: string): number | null {
  const loc = /<loc>\s*([^<\s]+)/.exec(readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8'))?.[1];
  const url = loc ? new URL(loc) : null;
  return url?.hostname === '127.0.0.1' && url.port ? Number(url.port) : null;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const shared = takeLock();
  const runDir = shared ? TEST_BUILD : join(TEST_BUILD, `run-${process.pid}`);
  const distDir = join(runDir, 'dist');
  const reuse = shared && process.env.TEST_REUSE_BUILD === '1' && existsSync(join(distDir, 'sitemap-index.xml'));
  if (!shared) console.log(`.test-build/ is in use by another test run; this run builds into ${runDir}`);

  const release = () => {
    if (shared) rmSync(LOCK, { force: true });
    else rmSync(runDir, { recursive: true, force: true });
  };
  let server: Awaited<ReturnType<typeof startServer>> | null = null;
  let imagesFresh = false;
  try {
    const port = reuse ? builtPort(distDir) : null;
    if (port) server = await startServer({ root: distDir, port }).catch(() => null);
    if (!server) {
      // The port first, then a build for its address.
      server = await startServer({ root: distDir });
      rmSync(distDir, { recursive: true, force: true });
      const cacheDir = join(runDir, 'cache');
      // src/integrations/image-cache.ts keeps the cached images only when they were made with this
      // build's settings, and writes the settings anew when it drops them.
      const settings = () => (existsSync(join(cacheDir, IMAGE_SETTINGS_FILE)) ? readFileSync(join(cacheDir, IMAGE_SETTINGS_FILE), 'utf8') : null);
      const cached = existsSync(join(cacheDir, 'assets')) ? settings() : null;
      const result = await siteBuild({ outDir: distDir, cacheDir, site: `${server.url}/` });
      if (!result.ok) {
        throw new Error(`The site does not build (the build exited with ${result.code}):\n${result.output.slice(-6000)}`);
      }
      imagesFresh = cached === null || cached !== settings();
    }
  } catch (error) {
    await server?.close();
    release();
    throw error;
  }
  const served = server;
  project.provide('siteUrl', served.url);
  project.provide('distDir', distDir);
  project.provide('runDir', runDir);
  project.provide('imagesFresh', imagesFresh);
  return async () => {
    await served.close();
    release();
  };
}
