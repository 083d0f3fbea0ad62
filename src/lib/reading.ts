/**
 * The reading controls' choices (适老化): text sizes as percentages of the browser's own size, and
 * the keys under which public/reading.js stores the reader's choice. public/reading.js (a plain
 * script that runs before the first paint) and src/styles/tokens.css repeat these values;
 * tests/unit/reading.test.ts checks that they agree.
 */
export const TEXT_SIZES = ['100', '150', '200'] as const;

/** localStorage keys of the reader's choices. */
export const READING_KEYS = { size: 'bayu-text-size', contrast: 'bayu-contrast' } as const;
