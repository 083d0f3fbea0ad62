// Rewrites the example messages of the editors' guide (content/README.md) with the messages the
// content check prints today: each example marked `<!-- case: name -->` gets the message of that
// mistake (tests/support/content-mistakes.ts). Run it when a message changes:
//
//   node_modules/.bin/node --import tsx scripts/update-guide.ts
//
// Examples marked `<!-- build: name -->` come from the build's checks across files; the build test
// (tests/site/build.test.ts) checks them, and they are edited by hand.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../src/lib/content-files';
import { MISTAKES } from '../tests/support/content-mistakes';
import { GUIDE } from '../tests/support/guide';
import { CONTENT } from '../tests/support/paths';

const scratch = mkdtempSync(join(tmpdir(), 'bayu-guide-'));
let text = readFileSync(GUIDE, 'utf8');
try {
  for (const mistake of MISTAKES.filter((m) => !m.crossCheck)) {
    const marker = `<!-- case: ${mistake.name} -->`;
    if (!text.includes(marker)) continue;
    const content = join(scratch, String(MISTAKES.indexOf(mistake)), 'content');
    cpSync(CONTENT, content, { recursive: true });
    await mistake.apply(content);
    const { errors } = await checkContent(content);
    const own = errors.find((e) => e.file === mistake.expected.file && e.field === mistake.expected.field) ?? errors[0];
    if (!own) throw new Error(`${mistake.name}: the check found nothing`);
    const block = new RegExp(`(${marker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\`\`\`text\\n)(.+?)(\\n\`\`\`)`);
    text = text.replace(block, (_, open: string, __: string, close: string) => `${open}${own.message}${close}`);
  }
  writeFileSync(GUIDE, text);
  console.log(`updated ${GUIDE}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
