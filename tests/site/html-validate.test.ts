/**
 * Every HTML file in the build passes html-validate with the recommended preset and the project's
 * .htmlvalidate.json (where any rule switched off says why).
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { builtFiles, distDir } from '../support/site';

const validator = new HtmlValidate(new FileSystemConfigLoader());

function format(file: string, messages: Message[]): string {
  if (messages.length === 0) return '';
  const lines = messages.map((m) => `  ${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}\n    at ${m.selector ?? '(document)'}`);
  return `html-validate found ${messages.length} problem(s):\n${lines.join('\n')}`;
}

describe('html-validate', () => {
  test.each(builtFiles('.html'))('%s is valid HTML', async (file) => {
    const report = await validator.validateFile(join(distDir(), file));
    const messages = report.results.flatMap((r) => r.messages);
    expect(format(file, messages)).toBe('');
  });
});
