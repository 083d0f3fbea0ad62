/**
 * Reading needs no JavaScript: with scripts off, every policy page shows its title and every
 * paragraph and clause of its text, visibly (not hidden behind a script-only control).
 */
import { describe, expect, test } from 'vitest';
import { visibleText, withPage } from '../support/browser';
import { readPolicies } from '../support/content';
import { plainText } from '../../src/lib/policy-text';

const squash = (text: string) => text.replace(/\s+/g, '');

describe('policy pages without JavaScript', () => {
  test.each(readPolicies().map((doc) => [doc.id, doc] as const))('/policies/%s/ shows its full text with scripts off', async (id, doc) => {
    const text = squash(await withPage(`/policies/${id}/`, { javaScript: false }, (page) => visibleText(page, 'main')));
    const missing = [doc.data.title, ...doc.blocks.map((block) => plainText(block.text))].filter((part) => !text.includes(squash(part)));
    expect(doc.blocks.length, 'the text has blocks').toBeGreaterThan(0);
    expect(missing.map((part) => `missing: ${part.slice(0, 60)}…`).join('\n')).toBe('');
  });
});
