// Fails early, with a plain message, when the project's pinned Node is not the one running.
// npm puts node_modules/.bin first on PATH, so every npm script runs on the `node`
// devDependency; this guard catches a missing or blocked install of it.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    [
      '',
      `✗ This project needs Node ≥ 22.12, but it is running on Node ${process.versions.node}.`,
      '  Node is pinned as the `node` devDependency and is installed into node_modules/.bin/node.',
      '  Fix: run `npm install` in the project folder (not `npm ci`), and allow its install script:',
      '  package.json lists `node` under `allowScripts`; do not pass --ignore-scripts.',
      '  Then run the command again through npm (for example `npm run dev`), not with a global `astro`.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}
