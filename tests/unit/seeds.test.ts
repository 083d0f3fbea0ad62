import { describe, expect, test } from 'vitest';
import { SEED_FILES, readSeed } from '../support/seeds';
import { readPolicies } from '../support/content';

describe('the source texts the completeness tests compare the site with', () => {
  test('are in the repository and each is found as one notice of content/policies', () => {
    const policies = readPolicies();
    expect(SEED_FILES.map((file) => readSeed(file, policies).notice.data.docNumber)).toEqual(['渝妇发〔2021〕12号', '渝妇发〔2021〕13号']);
  });

  test('a missing one is named, with how to restore it, instead of a bare ENOENT', () => {
    expect(() => readSeed('001_missing.txt', [])).toThrow(
      'The source text tests/seeds/001_missing.txt is missing. The completeness tests compare the site with it; it is part of the repository (see tests/seeds/README.md): restore it with `git checkout -- tests/seeds/`.',
    );
  });
});
