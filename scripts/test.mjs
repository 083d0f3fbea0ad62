// `npm test`: every test of the project, in one run.
//   1. the type check (`astro check`), counted as one test;
//   2. ESLint and Prettier (`npm run lint`), counted as one test each;
//   3. `vitest run`: the unit project and the site project (which builds the site into
//      .test-build/dist, serves it locally and drives Chromium).
// The last line printed is always `N passed, N failed`; the exit status is non-zero on any failure.
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

function run(command, args) {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
    running.add(child);
    child.on('error', (error) => {
      console.error(`✗ could not start ${command}: ${error.message}`);
      running.delete(child);
      resolveRun(1);
    });
    child.on('close', (code, signal) => {
      running.delete(child);
      // Anything the child left running in its process group (a stray worker) goes with it.
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // nothing left
      }
      resolveRun(code ?? (signal ? 1 : 0));
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

// 1. Type check.
if (process.env.TEST_SKIP_CHECK === '1') {
  console.log('— type check skipped (TEST_SKIP_CHECK=1)\n');
} else {
  console.log('— type check: astro check\n');
  const status = await run(join(bin, 'astro'), ['check']);
  if (status === 0) passed++;
  else {
    failed++;
    console.log('\n✗ type check failed (astro check reported errors above)\n');
  }
}

// 2. Lint and format: ESLint (no warnings allowed) and Prettier, counted as one test each.
for (const [name, command, args] of [
  ['eslint', join(bin, 'eslint'), ['--max-warnings', '0', '.']],
  ['prettier', join(bin, 'prettier'), ['--check', '.']],
]) {
  console.log(`— ${name}\n`);
  const status = await run(command, args);
  if (status === 0) passed++;
  else {
    failed++;
    console.log(`\n✗ ${name} reported problems (above); \`npm run format\` fixes most of them\n`);
  }
}

// 3. Vitest: readable output on the console, a JSON report to count from.
console.log('— vitest run: unit and site tests\n');
mkdirSync(dirname(reportFile), { recursive: true });
rmSync(reportFile, { force: true });
const vitestStatus = await run(process.execPath, [
  join(root, 'node_modules', 'vitest', 'vitest.mjs'),
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${reportFile}`,
  ...process.argv.slice(2),
]);

let report = null;
if (existsSync(reportFile)) {
  try {
    report = JSON.parse(readFileSync(reportFile, 'utf8'));
  } catch {
    report = null;
  }
}
let vitestFailed = 0;
if (report) {
  passed += report.numPassedTests ?? 0;
  vitestFailed += report.numFailedTests ?? 0;
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  if (skipped > 0) console.log(`\n! ${skipped} test(s) skipped or todo: the project has no skipped tests; remove or fix them.`);
  // A file that fails to load or whose setup throws has no failed test of its own: count it.
  const brokenFiles = (report.testResults ?? []).filter(
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
} else if (!report) {
  console.log('\n✗ vitest wrote no report.');
  vitestFailed = Math.max(vitestFailed, 1);
}
failed += vitestFailed;
rmSync(reportFile, { force: true });

const seconds = Math.round((Date.now() - started) / 1000);
console.log(`\nnpm test took ${Math.floor(seconds / 60)} min ${seconds % 60} s.`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || vitestStatus !== 0 ? 1 : 0);
