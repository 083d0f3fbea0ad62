/**
 * The events calendar as a reader and a calendar program meet it: every item of 12号's attachment
 * is on the calendar and linked to its clause both ways; the overview, a list of one page, filters
 * in place, listing exactly what each filter's pre-rendered page lists, and a filter page combines
 * a second filter there (an overview split into pages, whose filters lead to those pages, is tested
 * on the second-year fixture: tests/site/build.test.ts; several filters on it lead to the
 * search page, src/lib/event-filter.ts's completeView in tests/unit/event-filter.test.ts); the month grid is a table a keyboard can walk; the .ics files parse with ical.js, keep their
 * UIDs, repeat as the texts say and never give a day the sources do not give. Bad event files are
 * tested without a build in tests/unit/model-events.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import ICAL from 'ical.js';
import { parse as parseYaml } from 'yaml';
import type { Page } from 'playwright-core';
import { openPage, visibleText, withPage } from '../support/browser';
import { readPolicies } from '../support/content';
import { CONTENT } from '../support/paths';
import { builtFile, builtFiles, builtHtml } from '../support/site';
import { addDays, hasKnownDays, missingFromText, parsePartialDate, type PartialDate } from '../../src/lib/partial-date';
import { plainText } from '../../src/lib/policy-text';
import { t } from '../../src/lib/i18n';

interface EventSource {
  id: string;
  title: string;
  kind: string;
  date: PartialDate;
  repeat?: string;
  actions: string[];
  brands: string[];
  clauses: string[];
  dateSource: { clause?: string; source?: string };
}

/** The event files as editors wrote them, read straight from content/events/. */
function readEvents(): EventSource[] {
  const dir = join(CONTENT, 'events');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
    .sort()
    .map((name) => {
      const data = parseYaml(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>;
      const raw = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : String(data.date);
      const parsed = parsePartialDate(raw, { whole: data.wholePeriod === true });
      if (!parsed.ok) throw new Error(`${name}: ${parsed.error}`);
      return {
        id: basename(name, '.yaml'),
        title: String(data.title),
        kind: String(data.kind),
        date: parsed.value,
        repeat: data.repeat as string | undefined,
        actions: (data.actions as string[] | undefined) ?? [],
        brands: (data.brands as string[] | undefined) ?? [],
        clauses: (data.clauses as string[] | undefined) ?? [],
        dateSource: data.dateSource as EventSource['dateSource'],
      };
    });
}

const events = readEvents();
const workplan = readPolicies().find((doc) => doc.id === 'workplan-2021');
const clauseText = new Map<string, string>(readPolicies().flatMap((doc) => doc.blocks.map((b) => [`${doc.id}#${b.id}`, plainText(b.text)] as const)));
const attachment = (workplan?.blocks ?? []).filter((b) => /^annex-s[12]-\d+$/.test(b.id));

/** Ids of the entries a reader can see in the list, in page order, without repeats. */
/** Every link on a clause's page of all back-links, through its pages (rel="next"). */
function allBackLinks(path: string): string[] {
  const hrefs: string[] = [];
  for (let next: string | undefined = path; next;) {
    const html = builtHtml(next);
    hrefs.push(...[...html.matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)].map((m) => m[1] ?? ''));
    next = /<link\b[^>]*\brel="next"[^>]*\bhref="([^"]+)"/.exec(html)?.[1];
  }
  return hrefs;
}

function visibleEvents(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ids = [...document.querySelectorAll<HTMLElement>('[data-event-list] [data-event]')]
      .filter((el) => el.checkVisibility())
      .map((el) => el.dataset.event ?? '');
    return [...new Set(ids)].sort();
  });
}

describe('the attachment of 12号 on the calendar', () => {
  test('the attachment has its 10 activities and 4 meetings', () => {
    expect(attachment.map((b) => b.id)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `annex-s1-${i + 1}`),
      ...Array.from({ length: 4 }, (_, i) => `annex-s2-${i + 1}`),
    ]);
  });

  // The work plan, as a reader without JavaScript gets it: opened once for every item's way back
  // (closed after the file, tests/support/site-setup.ts).
  let workplanOpened: Promise<Page> | undefined;
  const workplanPage = () => (workplanOpened ??= openPage('/policies/workplan-2021/', { javaScript: false }));

  test.each(attachment.map((b) => [b.id] as const))(
    '%s is on the calendar, dated as the text dates it, and linked to its clause and back',
    async (clauseId) => {
      const ref = `workplan-2021#${clauseId}`;
      const event = events.find((e) => e.clauses.includes(ref));
      expect(event, `an event cites ${ref}`).toBeDefined();
      if (!event) return;
      expect(event.kind).toBe(clauseId.startsWith('annex-s1') ? '重大活动' : '重要会议');

      await withPage(`/events/${event.id}/`, { javaScript: false }, async (page) => {
        await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(event.title);
        const facts = await page.locator('.event-facts').innerText();
        expect(facts).toContain('2021 年内');
        expect(facts).toContain('日期待定');
        expect(await page.locator(`a[href="/policies/workplan-2021/#${clauseId}"]`).count()).toBeGreaterThan(0);
        // The quoted clause is the clause as printed.
        const quoted = (await page.locator('blockquote').allInnerTexts()).join('\n');
        expect(quoted.replace(/\s+/g, '')).toContain((clauseText.get(ref) ?? '∅').replace(/\s+/g, ''));
      });

      const back = (await workplanPage())
        .locator(`[id="${clauseId}"]`)
        .locator('xpath=ancestor-or-self::*[self::li or self::p or self::div or self::section][1]')
        .locator(`a[href="/events/${event.id}/"]`);
      expect(await back.count(), `the clause ${clauseId} links back to /events/${event.id}/`).toBeGreaterThan(0);
    },
  );

  test('the overview lists every attachment item in the 2021 “日期待定” group', async () => {
    await withPage('/events/', { javaScript: false }, async (page) => {
      const group = page.locator('#undated-2021');
      await expect(group.getByRole('heading').first().innerText()).resolves.toContain('日期待定');
      const ids = await group.locator('[data-event]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.event));
      for (const clauseId of attachment.map((b) => b.id)) {
        const event = events.find((e) => e.clauses.includes(`workplan-2021#${clauseId}`));
        expect(ids).toContain(event?.id);
      }
    });
  });

  test('every entry links to each of its clauses, and each clause links back', async () => {
    const byPolicy = new Map<string, Array<{ event: string; clause: string }>>();
    for (const event of events) {
      const html = readFileSync(builtFile(`/events/${event.id}/`) ?? '', 'utf8');
      for (const ref of event.clauses) {
        const [policy = '', clause = ''] = ref.split('#');
        expect(html, `${event.id} links to ${ref}`).toContain(`href="/policies/${policy}/#${clause}"`);
        byPolicy.set(policy, [...(byPolicy.get(policy) ?? []), { event: event.id, clause }]);
      }
    }
    const missing: string[] = [];
    for (const [policy, refs] of byPolicy) {
      // Each clause's own block, as a reader without JavaScript sees it: a link to the entry, or
      // (a clause lists its first few back-links) to the clause's page of all back-links.
      const found = await withPage(`/policies/${policy}/`, { javaScript: false }, (page) =>
        page.evaluate(
          (refs) =>
            refs.map(({ event, clause }) => {
              const block = document.getElementById(clause)?.closest('li, p, div, section');
              return {
                direct: Boolean(block?.querySelector(`a[href="/events/${event}/"]`)),
                all: Boolean(block?.querySelector(`a[href="/policies/${location.pathname.split('/')[2]}/links/${clause}/"]`)),
              };
            }),
          refs,
        ),
      );
      refs.forEach(({ event, clause }, i) => {
        const all = `/policies/${policy}/links/${clause}/`;
        const linked = found[i]?.direct || (found[i]?.all && allBackLinks(all).includes(`/events/${event}/`));
        if (!linked) missing.push(`${policy}#${clause} does not link back to ${event}`);
      });
    }
    expect(missing.join('\n')).toBe('');
  });
});

describe('filters on the overview, a list of one page, work in place; on a filter page they lead to where every match is listed', () => {
  const dajie = events
    .filter((e) => e.brands.includes('dajie'))
    .map((e) => e.id)
    .sort();

  /** Opens the overview with JavaScript, as it is: one page, its form filtering the list in place. */
  async function overview(): Promise<Page> {
    const page = await openPage('/events/');
    await expect(page.locator('head link[rel="next"]').count()).resolves.toBe(0);
    await expect(page.locator('form[data-event-filter]').getAttribute('data-live')).resolves.toBe('true');
    return page;
  }

  test('choosing 巴渝大姐 shows exactly the entries its own page lists without JavaScript, and Back undoes it', async () => {
    expect(dajie.length).toBeGreaterThan(0);
    const page = await overview();
    const all = await visibleEvents(page);
    await page.getByLabel('品牌', { exact: true }).selectOption('dajie');
    await page.waitForURL(/\/events\/\?brand=dajie$/);
    expect(await visibleEvents(page)).toEqual(dajie);
    await withPage('/events/brand/dajie/', { javaScript: false }, async (prerendered) => {
      expect(await visibleEvents(prerendered)).toEqual(dajie);
    });
    await page.goBack();
    await page.waitForURL(/\/events\/$/);
    expect(await visibleEvents(page)).toEqual(all);
    await page.context().close();
  });

  test('choosing June 2021 shows the entries that fall in June, not the others', async () => {
    const page = await overview();
    await page.getByLabel('月份', { exact: true }).selectOption('2021-06');
    await page.waitForURL(/\/events\/\?month=2021-06$/);
    const june = await visibleEvents(page);
    expect(june).toEqual(expect.arrayContaining(['environment-day', 'childrens-day', 'family-tradition-month']));
    expect(june).not.toContain('2021-heart-for-party-campaign');
    await page.context().close();
  });

  test('a kind and a month show exactly the entries of both pre-rendered pages', async () => {
    const [byKind, byMonth] = await Promise.all([
      withPage('/events/kind/observance/', { javaScript: false }, visibleEvents),
      withPage('/events/month/2021-06/', { javaScript: false }, visibleEvents),
    ]);
    const both = byKind.filter((id) => byMonth.includes(id));
    expect(both.length).toBeGreaterThan(0);
    const page = await overview();
    await page.getByLabel('类型', { exact: true }).selectOption('observance');
    await page.getByLabel('月份', { exact: true }).selectOption('2021-06');
    await page.waitForURL(/\/events\/\?kind=observance&month=2021-06$/);
    expect(await visibleEvents(page)).toEqual(both);
    await page.context().close();
  });

  test('on a filter page, adding a filter leads to the overview filtered by both, listing exactly the matching entries', async () => {
    await withPage('/events/brand/dajie/', {}, async (page) => {
      await expect(page.getByLabel('品牌', { exact: true }).inputValue()).resolves.toBe('dajie');
      await page.getByLabel('类型', { exact: true }).selectOption('major-activity');
      await page.getByRole('button', { name: '组合筛选' }).click();
      await page.waitForURL(/\/events\/\?kind=major-activity&brand=dajie$/);
      const expected = events
        .filter((e) => e.brands.includes('dajie') && e.kind === '重大活动')
        .map((e) => e.id)
        .sort();
      expect(expected.length).toBeGreaterThan(0);
      expect(await visibleEvents(page)).toEqual(expected);
      await expect(page.getByLabel('品牌', { exact: true }).inputValue()).resolves.toBe('dajie');
    });
  });

  test('without JavaScript every single filter value is a link to its own page', async () => {
    await withPage('/events/', { javaScript: false }, async (page) => {
      await expect(page.locator('form[data-event-filter]').isVisible()).resolves.toBe(false);
      for (const href of ['/events/kind/major-activity/', '/events/brand/dajie/', '/events/action/green-living/', '/events/month/2021-06/']) {
        await expect(page.locator(`a[href="${href}"]`).first().isVisible(), href).resolves.toBe(true);
      }
    });
  });
});

describe('the month grid', () => {
  test('is a table with a caption and weekday headers, each day listing its entries', async () => {
    await withPage('/events/month/2021-06/', { javaScript: false }, async (page) => {
      const table = page.getByRole('table', { name: /2021 年 6 月/ });
      await expect(table.getByRole('columnheader').count()).resolves.toBe(7);
      await expect(table.getByRole('columnheader').first().locator('abbr').getAttribute('title')).resolves.toBe('星期一');
      const june5 = table.locator('td', { has: page.locator('time[datetime="2021-06-05"]') });
      await expect(june5.getByRole('link', { name: '世界环境日' }).count()).resolves.toBe(1);
      // Entries whose day is not given are never put in a cell.
      await expect(table.getByRole('link', { name: '重庆市家庭教育日' }).count()).resolves.toBe(0);
    });
  });

  test('a keyboard reaches the entries in the grid, opens one, and moves between months', async () => {
    const page = await openPage('/events/month/2021-06/');
    await page
      .getByRole('link', { name: /下一月/ })
      .first()
      .focus();
    let inGrid = false;
    for (let i = 0; i < 20 && !inGrid; i++) {
      await page.keyboard.press('Tab');
      inGrid = await page.evaluate(() => document.activeElement?.closest('td') !== null && document.activeElement?.tagName === 'A');
    }
    expect(inGrid, 'Tab reaches a link inside a day cell').toBe(true);
    const name = await page.evaluate(() => document.activeElement?.textContent ?? '');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/events\/[a-z0-9-]+\/$/);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(name.trim());
    await page.goBack();
    await page
      .getByRole('link', { name: /下一月/ })
      .first()
      .focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/events\/month\/2021-07\/$/);
    await expect(page.getByRole('table', { name: /2021 年 7 月/ }).count()).resolves.toBe(1);
    await page.context().close();
  });
});

describe('past and upcoming are counted from the reader’s today', () => {
  const at = (iso: string) => ({ beforeGoto: (page: Page) => page.clock.setFixedTime(new Date(`${iso}T10:00:00+08:00`)) });
  const badge = (page: Page) => page.locator('.event-facts [data-rel-start]').innerText();

  test('the same built page says 即将到来, 进行中 or 已过去 by the reader’s date', async () => {
    await withPage('/events/2021-party-centenary/', at('2021-06-30'), async (page) => expect(await badge(page)).toBe('即将到来'));
    await withPage('/events/2021-party-centenary/', at('2021-07-01'), async (page) => expect(await badge(page)).toBe('进行中'));
    await withPage('/events/2021-party-centenary/', at('2021-07-02'), async (page) => {
      expect(await badge(page)).toBe('已过去');
      await expect(page.locator('[data-today-note]').innerText()).resolves.toContain('按您设备上的今天（2021 年 7 月 2 日）');
    });
  });

  test('without JavaScript no entry is labelled past or upcoming, and no day is claimed', async () => {
    for (const path of ['/events/2021-party-centenary/', '/events/']) {
      await withPage(path, { javaScript: false }, async (page) => {
        const text = await visibleText(page, 'main');
        // The labels are also the start of the note that names the day they are counted from.
        for (const label of [t('event.rel.past'), t('event.rel.ongoing'), t('event.rel.upcoming')]) expect(text, path).not.toContain(label);
      });
    }
  });
});

describe('schema.org Event only where the day is known', () => {
  test.each(events.map((e) => [e.id, e] as const))('%s', (id, event) => {
    const html = readFileSync(builtFile(`/events/${id}/`) ?? '', 'utf8');
    const match = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html);
    if (!hasKnownDays(event.date)) {
      expect(match).toBeNull();
      return;
    }
    const json = JSON.parse(match?.[1] ?? 'null') as { '@type': string; startDate: string; endDate: string };
    expect(json['@type']).toBe('Event');
    expect(json.startDate.slice(0, 10)).toBe(event.date.start);
    expect(json.endDate.slice(0, 10)).toBe(event.date.end);
  });
});

describe('calendar files', () => {
  const icsFiles = builtFiles('.ics');
  const parsed = new Map(icsFiles.map((file) => [file, new ICAL.Component(ICAL.parse(readFileSync(builtFile(`/${file}`) ?? '', 'utf8')))] as const));
  const vevents = (file: string) => parsed.get(file)?.getAllSubcomponents('vevent') ?? [];
  const byUid = (file: string) => new Map(vevents(file).map((v) => [String(v.getFirstPropertyValue('uid')), v]));
  const uid = (id: string) => `${id}@events.bayu-jinguo`;
  const all = () => byUid('events/calendar.ics');

  test('there is one for the whole calendar, for kinds and actions with entries a calendar can hold, and for each entry with a day or window', () => {
    expect(icsFiles).toContain('events/calendar.ics');
    expect(icsFiles).toEqual(expect.arrayContaining(['events/kind/observance.ics', 'events/action/green-living.ics', 'events/environment-day.ics']));
  });

  test.each(icsFiles.map((f) => [f] as const))(
    '%s parses, with CRLF lines of at most 75 octets, and every VEVENT has UID, DTSTAMP and SEQUENCE',
    (file) => {
      const raw = readFileSync(builtFile(`/${file}`) ?? '', 'utf8');
      expect(raw.endsWith('\r\n')).toBe(true);
      for (const line of raw.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      expect(parsed.get(file)?.getFirstPropertyValue('x-wr-calname')).toMatch(/\S/);
      for (const vevent of vevents(file)) {
        expect(String(vevent.getFirstPropertyValue('uid'))).toMatch(/^[a-z0-9-]+@events\.bayu-jinguo$/);
        expect(vevent.getFirstPropertyValue('dtstamp')).toBeTruthy();
        expect(typeof vevent.getFirstPropertyValue('sequence')).toBe('number');
      }
    },
  );

  test('UIDs come from the file name and are the same in every file that holds the entry', () => {
    const seen = new Map<string, string>();
    for (const file of icsFiles) {
      for (const vevent of vevents(file)) {
        const id = String(vevent.getFirstPropertyValue('uid'));
        const summary = String(vevent.getFirstPropertyValue('summary'));
        expect(
          events.some((e) => uid(e.id) === id),
          `${id} names an event file`,
        ).toBe(true);
        if (seen.has(id)) expect(summary, `${id} in ${file}`).toBe(seen.get(id));
        seen.set(id, summary);
      }
    }
  });

  test.each(events.map((e) => [e.id, e] as const))('%s is in the calendar file only with days the sources give', (id, event) => {
    const vevent = all().get(uid(id));
    if (!vevent) {
      // Left out only when the sources give no day or window, or a repeating window whose length changes.
      const onlyYear = !event.date.start || (event.date.precision === 'year' && !event.date.whole);
      expect(onlyYear || (event.repeat !== undefined && !hasKnownDays(event.date)), 'left out of the calendar file').toBe(true);
      expect(builtFile(`/events/${id}.ics`)).toBeNull();
      const page = readFileSync(builtFile(`/events/${id}/`) ?? '', 'utf8');
      expect(page).toContain('没有写入日历文件');
      return;
    }
    expect(vevent).toBeDefined();
    if (!vevent) return;
    const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = vevent.getFirstPropertyValue('dtend') as ICAL.Time;
    expect(start.isDate, 'all-day').toBe(true);
    expect(start.toString()).toBe(event.date.start);
    expect(end.toString(), 'DTEND is the day after the last day').toBe(addDays(event.date.end ?? '', 1));
    const status = vevent.getFirstPropertyValue('status');
    if (hasKnownDays(event.date)) {
      expect(status).toBe('CONFIRMED');
      // A day comes from the clause that states it, or from a named public source.
      if (event.dateSource.clause) {
        const freq = event.repeat === '每月' ? 'monthly' : event.repeat === '每季度' ? 'quarterly' : event.repeat === '每年' ? 'yearly' : undefined;
        expect(missingFromText(event.date, clauseText.get(event.dateSource.clause) ?? '', freq)).toBeNull();
      } else {
        expect(event.dateSource.source).toMatch(/《.+》|决议/);
      }
    } else {
      expect(status).toBe('TENTATIVE');
      expect(String(vevent.getFirstPropertyValue('summary'))).toContain('日期待定');
      expect(vevent.getFirstPropertyValue('x-bayu-date-precision')).toBe(event.date.precision);
    }
  });

  test('the monthly progress sheet repeats on every 23rd of 2021 and the theme month is May–June 2021: the plans set no end, the site ends with their year', () => {
    const occurrences = (id: string) => {
      const it = new ICAL.Event(all().get(uid(id))!).iterator();
      const out: string[] = [];
      for (let next = it.next(); next && out.length < 50; next = it.next()) out.push(next.toString());
      return out;
    };
    const monthly = occurrences('chengyu-monthly-progress');
    expect(monthly.slice(0, 3)).toEqual(['2021-04-23', '2021-05-23', '2021-06-23']);
    expect(monthly.at(-1)).toBe('2021-12-23');
    expect(monthly).toHaveLength(9);

    expect(occurrences('family-tradition-month')).toEqual(['2021-05-01']);
    const theme = new ICAL.Event(all().get(uid('family-tradition-month'))!);
    expect(theme.endDate.toString()).toBe('2021-07-01');
    // Why it ends there is said in the file too.
    expect(String(all().get(uid('chengyu-monthly-progress'))?.getFirstPropertyValue('description'))).toContain('2021 年 12 月 31 日');
  });

  test('every repeating entry ends: no calendar program repeats it for ever', () => {
    for (const [id, vevent] of all()) {
      const rrule = vevent.getFirstPropertyValue('rrule');
      if (rrule) expect(String(rrule), id).toMatch(/UNTIL=/);
    }
  });

  test('a facet file holds exactly the entries of its page that have a place in a calendar', async () => {
    const inFile = [...byUid('events/action/green-living.ics').keys()].sort();
    const onPage = events
      .filter((e) => e.actions.includes('green-living') && all().has(uid(e.id)))
      .map((e) => uid(e.id))
      .sort();
    expect(inFile).toEqual(onPage);
  });
});
