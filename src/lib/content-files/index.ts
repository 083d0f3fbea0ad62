/**
 * The content check, for scripts and the build: `checkContent(dir)` returns `{ errors, entries }`;
 * `checkReport` words the result as the scripts print it. Tests and the model's helpers import the
 * parts they need from ./check and ./collections directly.
 */
export { checkContent } from './check';
export { checkReport } from './report';
