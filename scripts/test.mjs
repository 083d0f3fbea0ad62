// `npm test`: every test of the project, in one run, using both cores of a small machine:
//   1. the type check (`astro check`), and beside it ESLint, Prettier and knip (unused files,
//      exports and dependencies) one after another: each counted as one test, as `npm run check`
//      and `npm run lint` run them;
//   2. once the type check is done (it writes .astro/, as the site build does), `vitest run`: the
//      unit project and the site project (which builds the site into .test-build/dist, serves it
//      locally and drives Chromium), while the lint checks may still be finishing.
// The static checks' output is shown when they are done, Vitest's as it goes. The last line
// printed is always `N passed, N failed`; the exit status is non-zero on any failure.
//
// Arguments are passed to vitest, e.g. `npm test -- tests/unit` or `npm test -- --project site`.
// TEST_SKIP_CHECK=1 leaves out the type check (quicker while writing a test).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'node_modules', '.bin');
// One report per run: several people may run the tests in one checkout at once.
const reportFile = join(root, '.test-build', `vitest-report-${process.pid}.json`);
const started = Date.now();

const env = {
  ...process.env,
  // The pinned Node (running this script) first, so that `astro` and `vitest` run on it too.
  PATH: [dirname(process.execPath), bin, process.env.PATH ?? ''].join(delimiter),
  ASTRO_TELEMETRY_DISABLED: '1',
};

/** Children still running, so an interrupt can stop them (each runs in its own process group). */
const running = new Set();

/**
 * Runs a command in its own process group; resolves with its exit status and, with `capture`, its
 * output (otherwise it goes straight to the console).
 */
function run(command, args, { capture = false } = {}) {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, {
      cwd: root,
      env,
      stdio: ['ignore', capture ? 'pipe' : 'inherit', capture ? 'pipe' : 'inherit'],
      detached: true,
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    running.add(child);
    child.on('error', (error) => {
      running.delete(child);
      resolveRun({ status: 1, output: `${output}✗ could not start ${command}: ${error.message}\n` });
    });
    child.on('close', (code, signal) => {
      running.delete(child);
      // Anything the child left running in its process group (a stray worker) goes with it.
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // nothing left
      }
      resolveRun({ status: code ?? (signal ? 1 : 0), output });
    });
  });
}

function stopAll(signal) {
  for (const child of running) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stopAll('SIGTERM');
    setTimeout(() => stopAll('SIGKILL'), 5000).unref();
    console.log('\n0 passed, 1 failed');
    process.exit(130);
  });
}

let passed = 0;
let failed = 0;

/** Runs checks one after another, each with its output kept; resolves with their results. */
async function sequence(list) {
  const results = [];
  for (const [name, command, args, advice] of list) results.push({ name, advice, ...(await run(command, args, { capture: true })) });
  return results;
}

/** Prints a check's output and counts it. */
function report(result) {
  console.log(`\n— ${result.name}\n`);
  if (result.output.trim()) console.log(result.output.trimEnd());
  if (result.status === 0) passed++;
  else {
    failed++;
    console.log(`\n✗ ${result.name} failed: ${result.advice}`);
  }
}

// 1. The type check, and beside it the lint checks.
const lint = sequence([
  ['eslint', join(bin, 'eslint'), ['--max-warnings', '0', '.'], '`npm run format` fixes most of them'],
  ['prettier', join(bin, 'prettier'), ['--check', '.'], '`npm run format` fixes them'],
  ['knip', join(bin, 'knip'), ['--no-progress'], 'remove what is no longer used, or list a dependency the code imports'],
]);
if (process.env.TEST_SKIP_CHECK === '1') console.log('— type check skipped (TEST_SKIP_CHECK=1)\n');
else {
  console.log('— type check (astro check), with eslint, prettier and knip beside it\n');
  for (const result of await sequence([['type check', join(bin, 'astro'), ['check'], 'see the errors above']])) report(result);
}

// 2. Vitest: readable output on the console, a JSON report to count from.
console.log('\n— vitest run: unit and site tests\n');
mkdirSync(dirname(reportFile), { recursive: true });
rmSync(reportFile, { force: true });
const { status: vitestStatus } = await run(process.execPath, [
  join(root, 'node_modules', 'vitest', 'vitest.mjs'),
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${reportFile}`,
  ...process.argv.slice(2),
]);
for (const result of await lint) report(result);

let vitestReport = null;
if (existsSync(reportFile)) {
  try {
    vitestReport = JSON.parse(readFileSync(reportFile, 'utf8'));
  } catch {
    vitestReport = null;
  }
}
let vitestFailed = 0;
if (vitestReport) {
  passed += vitestReport.numPassedTests ?? 0;
  vitestFailed += vitestReport.numFailedTests ?? 0;
  const skipped = (vitestReport.numPendingTests ?? 0) + (vitestReport.numTodoTests ?? 0);
  if (skipped > 0) console.log(`\n! ${skipped} test(s) skipped or todo: the project has no skipped tests; remove or fix them.`);
  // A file that fails to load or whose setup throws has no failed test of its own: count it.
  const brokenFiles = (vitestReport.testResults ?? []).filter(
    (file) => file.status === 'failed' && (file.assertionResults ?? []).every((test) => test.status !== 'failed'),
  );
  for (const file of brokenFiles) console.log(`\n✗ ${file.name}: ${String(file.message || 'failed to run').split('\n')[0]}`);
  vitestFailed += brokenFiles.length;
}
if (vitestStatus !== 0 && vitestFailed === 0) {
  // Vitest failed outside any test (e.g. the site did not build in the global setup, or an
  // unhandled error): one failure.
  console.log(`\n✗ vitest exited with status ${vitestStatus} without a failed test to show for it (see above).`);
  vitestFailed = 1;
} else if (!vitestReport) {
  console.log('\n✗ vitest wrote no report.');
  vitestFailed = Math.max(vitestFailed, 1);
}
failed += vitestFailed;
if (!process.env.TEST_KEEP_REPORT) rmSync(reportFile, { force: true });

const seconds = Math.round((Date.now() - started) / 1000);
console.log(`\nnpm test took ${Math.floor(seconds / 60)} min ${seconds % 60} s.`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || vitestStatus !== 0 ? 1 : 0);
