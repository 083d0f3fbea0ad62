/**
 * The texts are complete and faithful: every sentence of both published documents (the seeds in
 * tests/seeds, with the errata listed in content/ applied) is visible on the page of its own
 * document; a notice's sentences also on the page of each text it issues, once its disclosure is
 * opened. Conversely, the errata
 * are exactly those the pages list, and each correction is in the text shown.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from '../support/browser';
import { readPolicies, type SourcePolicy } from '../support/content';
import { readSeeds, sentences, squash } from '../support/seeds';
import { t } from '../../src/lib/i18n';

const policies = readPolicies();
const seeds = readSeeds(policies);

/** (document, page) pairs: each part of a seed must be on these pages. */
const checks = seeds.flatMap((seed) =>
  seed.parts.flatMap((part) => {
    const pages = part.doc === seed.notice ? [seed.notice, ...seed.texts] : [part.doc];
    return pages.map((page) => ({ part, page }));
  }),
);

/** Visible text of each policy page's main content, loaded once. */
const pageText = new Map<string, string>();
const pages = new Map<string, Page>();

beforeAll(async () => {
  for (const doc of policies) {
    const page = await openPage(`/policies/${doc.id}/`);
    // On a text's page the notice that issued it is a closed disclosure, one tap away: open it.
    const notice = page.getByText(`${t('policy.noticeOf')}：`);
    if ((await notice.count()) > 0) await notice.click();
    pages.set(doc.id, page);
    pageText.set(doc.id, squash(await page.locator('main').innerText()));
  }
});

describe('every sentence of the published documents is on its page', () => {
  test('both seeds are split into the notice and each text it issues', () => {
    expect(seeds.map((s) => [s.notice.id, s.texts.map((x) => x.id)])).toEqual(
      policies.filter((p) => p.data.kind === 'notice').map((n) => [n.id, n.data.transmits]),
    );
    for (const part of seeds.flatMap((s) => s.parts)) expect(sentences(part.text).length, part.doc.id).toBeGreaterThan(0);
  });

  test('each erratum’s printed text is in its own document’s part of the seed, exactly once', () => {
    expect(seeds.flatMap((s) => s.parts.flatMap((p) => p.problems)).join('\n')).toBe('');
  });

  test.each(checks.map(({ part, page }) => [part.doc.id, page.id, part] as const))(
    'every sentence of %s is on /policies/%s/',
    (_docId, pageId, part) => {
      const text = pageText.get(pageId) ?? '';
      const missing = sentences(part.text).filter((sentence) => !text.includes(squash(sentence)));
      expect(missing.map((s) => `not on the page: ${s}`).join('\n')).toBe('');
    },
  );
});

/** The errata tables on a document's page: its own, and on a text's page also its notice's. */
function errataTables(doc: SourcePolicy): Array<{ of: SourcePolicy; name: string }> {
  if (doc.data.kind === 'notice') return [{ of: doc, name: t('policy.errata') }];
  const notice = policies.find((p) => p.id === doc.data.notice);
  if (!notice) throw new Error(`${doc.id}: unknown notice ${doc.data.notice}`);
  const tables = [{ of: doc, name: t('policy.errata') }];
  if ((notice.data.errata ?? []).length > 0) tables.push({ of: notice, name: `${t('policy.errata')}（${t('policy.notice')}）` });
  return tables;
}

describe('the errata listed on each page are exactly the corrections made', () => {
  const cases = policies.flatMap((doc) => errataTables(doc).map((table) => [doc.id, table.of.id, doc, table] as const));
  test.each(cases)('/policies/%s/ lists the %s errata, one row each, and shows each correction', async (_id, _of, doc, table) => {
    const page = pages.get(doc.id);
    if (!page) throw new Error(`page ${doc.id} not loaded`);
    const errata = table.of.data.errata ?? [];
    const region = page.getByRole('region', { name: table.name, exact: true });
    await expect(region.count(), `one errata section named ${table.name}`).resolves.toBe(1);
    // One row per erratum, besides the header row.
    const rows = await region.getByRole('row').count();
    expect(errata.length === 0 ? 0 : rows - 1).toBe(errata.length);

    // The corrected text is in the document itself (outside the errata lists), the misprint is not.
    let body = pageText.get(doc.id) ?? '';
    for (const list of await page
      .locator('main')
      .getByRole('region', { name: t('policy.errata') })
      .all()) {
      body = body.replace(squash(await list.innerText()), '');
    }
    const tableText = squash(await region.innerText());
    for (const erratum of errata) {
      expect(body, `${table.of.id} ${erratum.where}: corrected text in the document`).toContain(squash(erratum.corrected));
      expect(tableText, `${table.of.id} ${erratum.where}: corrected text in the errata table`).toContain(squash(erratum.corrected));
      if (erratum.kind === 'typo') {
        expect(body, `${table.of.id} ${erratum.where}: misprint gone from the document`).not.toContain(squash(erratum.printed));
      }
    }
    // Each row says where as a reader would (标题, 二、3., 正文第 1 段), never by the site's block id.
    const places = await region.locator(`td[data-label="${t('policy.errata.where')}"]`).allInnerTexts();
    expect(places.filter((place) => /^[a-z0-9-]+$/.test(place.trim()))).toEqual([]);
  });
});
