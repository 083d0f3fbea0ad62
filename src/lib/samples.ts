/**
 * The production switch for sample content. The site ships invented sample stories until real
 * ones arrive; a build run with
 *
 *   SAMPLES=exclude npm run build
 *
 * leaves every entry marked `sample: true` out of the content store, so no page, listing, facet,
 * feed, sitemap entry, search record, back-link or image of a sample is built. Nothing else
 * changes. `SAMPLES=include` (or no value) keeps them. This module is the only place that reads
 * the variable.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

export const SAMPLES_VARIABLE = 'SAMPLES';
export type SamplesMode = 'include' | 'exclude';

/** Reads the switch; an unknown value stops the build rather than silently shipping samples. */
export function samplesMode(env: Readonly<Record<string, string | undefined>> = process.env): SamplesMode {
  const value = (env[SAMPLES_VARIABLE] ?? '').trim().toLowerCase();
  if (value === '' || value === 'include') return 'include';
  if (value === 'exclude') return 'exclude';
  throw new Error(
    `${SAMPLES_VARIABLE}=${env[SAMPLES_VARIABLE]} 无法识别：请写 ${SAMPLES_VARIABLE}=exclude（不含示例内容）或 ${SAMPLES_VARIABLE}=include（默认）`,
  );
}

/** Whether an entry's parsed data marks it as a sample. */
export function isSampleData(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { sample?: unknown }).sample === true;
}

/**
 * Wraps a collection loader so that, when samples are excluded, sample entries never reach the
 * store: new ones are not stored, and ones kept from an earlier build's cache are removed.
 */
export function withoutSamplesWhenExcluded(loader: Loader, env: Readonly<Record<string, string | undefined>> = process.env): Loader {
  return {
    ...loader,
    name: `${loader.name}-samples-switch`,
    load: async (context: LoaderContext) => {
      if (samplesMode(env) === 'include') return loader.load(context);
      const { store } = context;
      const filtered: LoaderContext['store'] = Object.assign(Object.create(store) as LoaderContext['store'], {
        set: (entry: Parameters<LoaderContext['store']['set']>[0]) => (isSampleData(entry.data) ? false : store.set(entry)),
      });
      await loader.load({ ...context, store: filtered });
      for (const [id, entry] of store.entries()) {
        if (isSampleData(entry.data)) store.delete(id);
      }
    },
  };
}

/**
 * The day the site's own content was first written (its first content commit, 2026-11-22). A
 * sample story was written for the site, so it is dated on or after this day: a sample must never
 * pose as news of 2021, the year of the documents.
 */
export const SITE_CONTENT_SINCE = '2026-11-22';

/** A problem with a sample's date (in Chinese, for the editor), or null when it is not earlier than SITE_CONTENT_SINCE. */
export function sampleDateProblem(date: string): string | null {
  return date < SITE_CONTENT_SINCE
    ? `示例故事的日期 ${date} 早于本站开始编写内容的日期 ${SITE_CONTENT_SINCE}：示例不是当年的报道，不能标成那时发布`
    : null;
}
