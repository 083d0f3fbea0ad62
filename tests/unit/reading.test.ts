import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { READING_KEYS, TEXT_SIZES } from '../../src/lib/reading';

// public/reading.js runs before the page is drawn and cannot import src/lib; it repeats the sizes
// and storage keys, and tokens.css styles each size. They must agree with src/lib/reading.ts.
const script = readFileSync(new URL('../../public/reading.js', import.meta.url), 'utf8');
const tokens = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');

describe('reading controls: one set of choices', () => {
  test('the head script knows every text size and stores under the same keys', () => {
    const sizes = /const SIZES = \[([^\]]*)\]/.exec(script)?.[1] ?? '';
    expect(sizes.split(',').map((s) => s.trim().replace(/'/g, ''))).toEqual([...TEXT_SIZES]);
    expect(script).toContain(`size: '${READING_KEYS.size}'`);
    expect(script).toContain(`contrast: '${READING_KEYS.contrast}'`);
  });

  test('tokens.css scales the root font for every size above standard', () => {
    for (const size of TEXT_SIZES.filter((s) => s !== '100')) {
      expect(tokens).toMatch(new RegExp(`:root\\[data-text-size='${size}'\\] \\{\\s*font-size: ${size}%;`));
    }
  });
});
