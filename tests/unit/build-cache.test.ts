import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cachedBytes } from '../../src/lib/build-cache';

describe('cachedBytes, what a build keeps for the next one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'build-cache-'));
  const before = process.env.CACHE_DIR;
  beforeAll(() => {
    process.env.CACHE_DIR = dir;
  });
  afterAll(() => {
    if (before === undefined) delete process.env.CACHE_DIR;
    else process.env.CACHE_DIR = before;
    rmSync(dir, { recursive: true, force: true });
  });

  test('makes the bytes once for the same inputs, and again when an input changes', async () => {
    let made = 0;
    const make = (text: string) => async () => {
      made++;
      return Buffer.from(text);
    };
    const first = await cachedBytes('images', [Buffer.from('master'), '{"credit":"甲"}'], make('one'));
    const again = await cachedBytes('images', [Buffer.from('master'), '{"credit":"甲"}'], make('never made'));
    const changed = await cachedBytes('images', [Buffer.from('master'), '{"credit":"乙"}'], make('two'));
    expect([first.toString(), again.toString(), changed.toString(), made]).toEqual(['one', 'one', 'two', 2]);
    expect(readdirSync(join(dir, 'images')), 'no half-written file is left').toHaveLength(2);
  });

  test('inputs are told apart, not run together', async () => {
    const a = await cachedBytes('split', ['ab', 'c'], async () => Buffer.from('ab|c'));
    const b = await cachedBytes('split', ['a', 'bc'], async () => Buffer.from('a|bc'));
    expect([a.toString(), b.toString()]).toEqual(['ab|c', 'a|bc']);
  });
});
