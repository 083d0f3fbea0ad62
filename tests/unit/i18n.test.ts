import { expect, test } from 'vitest';
import strings from '../../src/i18n/zh-CN.json';
import { t } from '../../src/lib/i18n';

test('looks up a UI string by key', () => {
  expect(t('site.name')).toBe(strings['site.name']);
});

test('fills {placeholders} with the values given', () => {
  expect(t('clause.linksLabel', { label: '二、（一）3.' })).toBe(strings['clause.linksLabel'].replace('{label}', '二、（一）3.'));
  expect(t('clause.linksLabel', { label: '二、（一）3.' })).not.toContain('{label}');
});

test('leaves a placeholder without a value visible rather than dropping it', () => {
  expect(t('clause.linksLabel')).toContain('{label}');
});

test('numbers are filled in as text', () => {
  const key = Object.keys(strings).find((k) => /\{\w+\}/.test(strings[k as keyof typeof strings])) as keyof typeof strings;
  const name = /\{(\w+)\}/.exec(strings[key])?.[1] ?? '';
  expect(t(key, { [name]: 42 })).toContain('42');
});

test('every UI string is non-empty Chinese-facing text without stray spaces at the ends', () => {
  const bad = Object.entries(strings).filter(([, value]) => value.trim() === '' || value !== value.trim());
  expect(bad).toEqual([]);
});
