/**
 * The example messages of the editors' guide (content/README.md): each is marked with the name of
 * the mistake in tests/support/content-mistakes.ts that gives it — `<!-- case: name -->` for the
 * content check, `<!-- build: name -->` for the build's checks across files — so that the tests
 * can hold every example to the message the program really prints.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths';

export interface GuideExample {
  kind: 'case' | 'build';
  /** Name of the mistake (tests/support/content-mistakes.ts). */
  name: string;
  /** The message as the guide shows it. */
  message: string;
}

export const GUIDE = join(ROOT, 'content', 'README.md');

export function guideExamples(): GuideExample[] {
  const text = readFileSync(GUIDE, 'utf8');
  return [...text.matchAll(/<!-- (case|build): (.+?) -->\s*```text\n(.+?)\n```/g)].map(([, kind, name, message]) => ({
    kind: kind as GuideExample['kind'],
    name: name ?? '',
    message: message ?? '',
  }));
}
