import strings from '../i18n/zh-CN.json';

export type UiKey = keyof typeof strings;

/**
 * Looks up a UI string and fills `{name}` placeholders. An unknown key is a type error, and a
 * missing placeholder value is left visible rather than silently dropped.
 */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return strings[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
