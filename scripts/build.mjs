// `npm run build`: builds the site so that a failed build never costs the last good one.
//   0. the site's address: SITE_URL must be set and usable (src/lib/site-url.ts), or nothing runs;
//   1. the content check (src/lib/content-files, run as `npm run check:content`): any problem in
//      content/ stops the build, with its messages;
//   2. `astro build` into a fresh folder beside the target (dist.building-<pid>), once the check has
//      passed, with a bounded JavaScript heap (ASTRO_MAX_HEAP_MB, below);
//   3. every published image is stripped of location and device metadata (src/lib/image-metadata.ts);
//   4. the search index (src/integrations/pagefind.ts), and beside it the .br and .gz copies of
//      the text files it does not write (src/integrations/precompress.ts); then those of the files
//      it writes. These run once Astro's process has exited, so that Pagefind's memory and Astro's
//      never add up;
//   5. only then is dist/ replaced by the new build.
// A failure at any step removes the new folder, leaves dist/ exactly as it was, and says so.
//
// SITE_URL is the public address the site is built for (`npm start` sets it to the local address it
// serves, the tests to their server's). OUT_DIR sets the target (default dist), CONTENT_DIR the content folder, CACHE_DIR Astro's cache
// (astro.config.mjs reads them), ASTRO_MAX_HEAP_MB Astro's JavaScript heap. Run as
// `node --import tsx scripts/build.mjs` (package.json does), so that it can use the project's TypeScript.
//
// The steps run one after another, each in a process of its own that gives its memory back when it
// ends: with 10,000 generated stories and events (npm run bench) the check holds up to 1.1 GB,
// Astro 1.4 GB and each Pagefind run 1 GB, so that side by side any two would pass 2 GB.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex, writtenBySearchIndex } from '../src/integrations/pagefind.ts';
import { precompress } from '../src/integrations/precompress.ts';
import { stripPublishedImages } from '../src/lib/image-metadata.ts';
import { siteUrlProblem } from '../src/lib/site-url.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(root, process.env.OUT_DIR ?? 'dist');
const shown = relative(root, target).startsWith('..') ? target : `${relative(root, target)}/`;
const staging = `${target}.building-${process.pid}`;
const previous = `${target}.previous-${process.pid}`;

/** Whether a process is still running. */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Removes the folders of earlier builds that were killed before they could clean up. */
function removeAbandoned() {
  const prefix = new RegExp(`^${basename(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(building|previous)-(\\d+)$`);
  if (!existsSync(dirname(target))) return;
  for (const name of readdirSync(dirname(target))) {
    const match = prefix.exec(name);
    if (match && !alive(Number(match[2]))) rmSync(join(dirname(target), name), { recursive: true, force: true });
  }
}

/** Stops the build: removes the new folder and says that the last good site is untouched. */
function fail(reason) {
  rmSync(staging, { recursive: true, force: true });
  const kept = existsSync(join(target, 'index.html'));
  console.error(
    [
      '',
      `✗ 构建失败（${reason.zh}）：网站没有更新。${kept ? `${shown} 中仍是上一次成功构建的网站，一个文件也没有改动。` : `${shown} 中还没有成功构建的网站。`}按上面的提示改好后，再运行 npm run build。`,
      `✗ Build failed (${reason.en}): the site was not updated. ${kept ? `${shown} still holds the last good build, untouched.` : `There is no good build in ${shown} yet.`}`,
    ].join('\n'),
  );
  process.exit(1);
}

/** Runs a step of the build and logs how long it took (npm run bench reads these lines). */
async function step(name, work) {
  const started = performance.now();
  const result = await work();
  console.log(`[build] ${name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/**
 * Runs a Node script of the project in a process of its own, on this Node, and logs how long it
 * took. Its memory is given back when it exits: the content check of 10,000 stories and events
 * would otherwise keep about 600 MB in this process all through the build. Resolves to how it
 * ended: its exit code, or the signal that ended it.
 */
function runNode(name, args, env = {}) {
  return step(
    name,
    () =>
      new Promise((done) => {
        const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'inherit' });
        child.on('error', () => done({ code: 1, signal: null }));
        child.on('close', (code, signal) => done({ code, signal }));
      }),
  );
}

/**
 * Astro's JavaScript heap, in MB. Node lets a heap grow well past what is live before it collects:
 * unbounded, Astro's process reached 1.9 GB building 10,000 generated stories and events; at
 * 1,280 MB it stays near 1.4 GB, a few seconds slower (it collects more often). A much larger
 * site may need more: the build says so when Astro runs out.
 */
const ASTRO_MAX_HEAP_MB = Number(process.env.ASTRO_MAX_HEAP_MB || 1280);
if (!Number.isInteger(ASTRO_MAX_HEAP_MB) || ASTRO_MAX_HEAP_MB < 64) {
  console.error(`ASTRO_MAX_HEAP_MB 应是不小于 64 的整数（MB），现在是“${process.env.ASTRO_MAX_HEAP_MB}”。`);
  fail({ zh: 'ASTRO_MAX_HEAP_MB 无效', en: 'ASTRO_MAX_HEAP_MB must be a whole number of MB, at least 64' });
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => fail({ zh: '被中断', en: 'interrupted' }));
}

removeAbandoned();

// 0. The address every absolute link is made from: without it the build would be of no use.
const siteProblem = siteUrlProblem(process.env.SITE_URL);
if (siteProblem) {
  console.error(`\n${siteProblem}`);
  fail({ zh: '没有可用的 SITE_URL', en: 'no usable SITE_URL' });
}

// 1. The content check (`npm run check:content`, which prints the problems or the all-clear).
rmSync(staging, { recursive: true, force: true });
const check = await runNode('content check', ['--import', 'tsx', join(root, 'scripts', 'check-content.ts')], {
  CONTENT_DIR: resolve(root, process.env.CONTENT_DIR ?? 'content'),
});
if (check.code !== 0) fail({ zh: '内容有问题', en: 'content problems' });

// 2. The site, into a fresh folder.
// Astro's native modules in Rust (the bundler rolldown, the Astro compiler, oxc) allocate with
// mimalloc, which by default keeps freed memory for later: Astro's process then held about 1.3 GB
// rather than 0.8 GB all through the build of 2,000 generated stories and events, bundling done.
// These make mimalloc give freed memory back at once and commit memory only as it is used.
const MIMALLOC = { MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ARENA_EAGER_COMMIT: '0' };
const astroArgs = [`--max-old-space-size=${ASTRO_MAX_HEAP_MB}`, join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'];
const astro = await runNode('astro build', astroArgs, { OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1', ...MIMALLOC });
if (astro.signal === 'SIGABRT' || astro.code === 134) {
  console.error(
    [
      '',
      `Astro 的进程中止了，多半是用完了允许它使用的内存（${ASTRO_MAX_HEAP_MB} MB；上面若有“heap out of memory”就是这个原因）。内容很多时，请调大这个上限再构建，例如：ASTRO_MAX_HEAP_MB=2048 npm run build`,
      `Astro's process aborted, most likely out of the memory it may use (${ASTRO_MAX_HEAP_MB} MB; “heap out of memory” above says so). For a larger site raise it, e.g. ASTRO_MAX_HEAP_MB=2048 npm run build`,
    ].join('\n'),
  );
}
if (astro.code !== 0) fail({ zh: 'astro build 出错', en: 'astro build failed' });

// 3. No location or device metadata in any published image.
try {
  const stripped = await step('image metadata', () => stripPublishedImages(staging));
  if (stripped.length > 0) {
    console.log(
      `已去除 ${stripped.length} 张图片中的位置、设备等信息（stripped location and device metadata from ${stripped.length} images）：${stripped.join('、')}`,
    );
  }
} catch (error) {
  console.error(error);
  fail({ zh: '处理图片信息出错', en: 'could not strip image metadata' });
}

// 4. The search index. While Pagefind reads the pages (on one core), the compressed copies of every
// other text file are made on the other; once every page is in the index they go on, on every
// core, beside Pagefind building and writing the index (which leaves part of the second core idle):
// side by side they are done sooner than one after the other (the step took 129 s rather than
// 147 s in one run with 10,000 stories and events). Then the copies of the files the index wrote.
try {
  const started = performance.now();
  const others = precompress(staging, (file) => !writtenBySearchIndex(staging, file), { oneCore: true });
  let compressed;
  await step('search index', () =>
    buildSearchIndex(staging, (message) => console.log(message), {
      pagesRead: () => {
        compressed = others.finish().then((count) => {
          console.log(`[build] compressed copies: ${((performance.now() - started) / 1000).toFixed(1)} s`);
          return count;
        });
        compressed.catch(() => undefined); // awaited below
      },
    }),
  );
  const count = await (compressed ?? others.finish());
  const rest = await step('compressed copies of the search index', () =>
    precompress(staging, (file) => writtenBySearchIndex(staging, file)).finish(),
  );
  console.log(`已压缩 ${count + rest} 个文件（compressed ${count + rest} files: .br and .gz）`);
} catch (error) {
  console.error(error);
  fail({ zh: '生成搜索索引或压缩文件出错', en: 'could not build the search index or the compressed files' });
}

// 5. The new site replaces the old one: two renames, the old build removed only once the new one is in place.
try {
  if (existsSync(target)) renameSync(target, previous);
  try {
    renameSync(staging, target);
  } catch (error) {
    if (existsSync(previous)) renameSync(previous, target);
    throw error;
  }
} catch (error) {
  console.error(error);
  fail({ zh: '无法替换网站文件夹', en: `could not replace ${shown}` });
}
rmSync(previous, { recursive: true, force: true });
console.log(`✓ 网站已构建到 ${shown}（site built into ${shown}）`);
