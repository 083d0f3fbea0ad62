/**
 * Nothing the sources do not say (issue 9). Every quotation the site marks as 原文 is the cited
 * clause's own words, and no page quotes 原文 without that mark; every list gives an event the
 * date label its own page gives; status lines claim 按计划（文件部署） only where a document deploys
 * the entry after it was issued; a calendar file is offered only where it would hold an entry;
 * sample stories never pose as news of the documents' time; the footer claims no copyright.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import ICAL from 'ical.js';
import { ELEMENT_NODE, TEXT_NODE, parse, walkSync, type ElementNode, type Node } from 'ultrahtml';
import { parse as parseYaml } from 'yaml';
import { readPolicies } from '../support/content';
import { decodeEntities } from '../support/html';
import { CONTENT } from '../support/paths';
import { builtFile, builtFiles, builtHtml, pagePaths } from '../support/site';
import { clauseScopes } from '../../src/lib/clause-scope';
import { SITE_CONTENT_SINCE } from '../../src/lib/samples';
import { t } from '../../src/lib/i18n';

// ---- Sources --------------------------------------------------------------------------------

/** The honours stories may carry (content/honours.yaml). */
const honourNames = (parseYaml(readFileSync(join(CONTENT, 'honours.yaml'), 'utf8')) as Array<{ name: string }>).map((h) => h.name);

/** The text of every citable unit of every document, by `policy#clause`. */
const clauseText = new Map<string, string>(
  readPolicies().flatMap((doc) => clauseScopes(doc.blocks).map((scope) => [`${doc.id}#${scope.id}`, scope.text] as const)),
);

interface EventFile {
  id: string;
  kind: string;
  date: string;
  dateSource: { clause?: string; source?: string };
}
const events: EventFile[] = readdirSync(join(CONTENT, 'events'))
  .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
  .map((name) => {
    const data = parseYaml(readFileSync(join(CONTENT, 'events', name), 'utf8')) as Record<string, unknown>;
    return { id: basename(name, '.yaml'), kind: String(data.kind), date: String(data.date), dateSource: data.dateSource as EventFile['dateSource'] };
  });

interface StoryFile {
  id: string;
  sample: boolean;
  honours: string[];
}
const stories: StoryFile[] = readdirSync(join(CONTENT, 'stories'))
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .map((name) => {
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(CONTENT, 'stories', name), 'utf8'))?.[1] ?? '';
    const data = parseYaml(front) as { sample: boolean; honours?: string[] };
    return { id: basename(name, '.md'), sample: data.sample, honours: data.honours ?? [] };
  });
const samples = stories.filter((s) => s.sample);

// ---- Reading built HTML -------------------------------------------------------------------

const isElement = (node: Node): node is ElementNode => node.type === ELEMENT_NODE;

/** The text a reader sees in an element (scripts and styles left out), entities decoded. */
function textOf(node: Node): string {
  if (node.type === TEXT_NODE) return decodeEntities(String(node.value));
  if (isElement(node) && (node.name === 'script' || node.name === 'style')) return '';
  return ((node as ElementNode).children ?? []).map(textOf).join('');
}

/** Every element of a page that has an attribute (optionally with a value). */
function elementsWith(html: string, attribute: string, value?: string): ElementNode[] {
  const found: ElementNode[] = [];
  walkSync(parse(html), (node) => {
    if (isElement(node) && attribute in node.attributes && (value === undefined || node.attributes[attribute] === value)) found.push(node);
  });
  return found;
}

function first(node: Node, attribute: string): ElementNode | undefined {
  let hit: ElementNode | undefined;
  walkSync(node, (child) => {
    if (!hit && isElement(child) && attribute in child.attributes) hit = child;
  });
  return hit;
}

const hasClass = (node: Node, name: string): node is ElementNode =>
  isElement(node) &&
  String(node.attributes.class ?? '')
    .split(/\s+/)
    .includes(name);

/** The date label inside an element: the text of its DateLabel (.date-label), as lists and pages show it. */
function dateLabel(node: Node): string | undefined {
  let label: string | undefined;
  walkSync(node, (child) => {
    if (label === undefined && hasClass(child, 'date-label')) label = textOf((child.children ?? []).find(isElement) ?? child);
  });
  return label;
}

/** The page's text with every marked 原文 quotation taken out. */
function textWithoutMarkedQuotes(node: Node): string {
  if (isElement(node) && 'data-quote-from' in node.attributes) return '';
  if (node.type === TEXT_NODE) return decodeEntities(String(node.value));
  if (isElement(node) && (node.name === 'script' || node.name === 'style')) return '';
  return ((node as ElementNode).children ?? []).map(textWithoutMarkedQuotes).join('');
}

/** The value of a row of a description list, by its term: the 状态 row of an event page. */
function definition(html: string, term: string): string {
  let value = '';
  walkSync(parse(html), (node) => {
    if (!isElement(node) || node.name !== 'div') return;
    const children = (node.children ?? []).filter(isElement);
    const dt = children.find((c) => c.name === 'dt');
    const dd = children.find((c) => c.name === 'dd');
    if (dt && dd && textOf(dt).trim() === term) value = textOf(dd).trim();
  });
  return value;
}

const htmlPages = pagePaths().filter((path) => builtFile(path)?.endsWith('.html'));

// ---- 原文 ------------------------------------------------------------------------------------

describe('every quotation marked 原文 is the clause’s own words', () => {
  test.each(htmlPages.map((path) => [path] as const))('%s', (path) => {
    const html = builtHtml(path);
    const problems: string[] = [];
    for (const element of elementsWith(html, 'data-quote-from')) {
      const ref = String(element.attributes['data-quote-from']);
      const quoted = textOf(element);
      const source = clauseText.get(ref);
      if (source === undefined) problems.push(`${ref} is not a clause of the texts`);
      else if (quoted.trim() === '' || !source.includes(quoted)) problems.push(`“${quoted}” is not in ${ref}`);
    }
    // Nowhere else does the site say 原文：“…” — an unmarked quotation could be anyone's words.
    const rest = textWithoutMarkedQuotes(parse(html));
    for (const match of rest.matchAll(/原文[：:]\s*“[^”]*”/g)) problems.push(`unmarked quotation: ${match[0]}`);
    expect(problems.join('\n')).toBe('');
  });

  test('the pages quote time words from the texts, and say when a period is the site’s reading', () => {
    const tree = parse(builtHtml('/events/2021-spring-tree-planting/'));
    const quote = elementsWith(builtHtml('/events/2021-spring-tree-planting/'), 'data-quote-from').find((q) => q.name === 'q');
    expect(quote && textOf(quote)).toBe('春季义务植树');
    expect(textOf(tree)).toContain('本站据此列为 2021 年春季（3–5 月）；具体日期待定。');
    const camp = textOf(parse(builtHtml('/events/2021-chuanyu-summer-camp/')));
    expect(camp).toContain('原文没有写时间。“2021 年夏季（6–8 月）”是本站的理解');
    // A day set by a regulation quotes the regulation, not 原文.
    const day = textOf(parse(builtHtml('/events/family-education-day/')));
    expect(day).toContain('《重庆市家庭教育促进条例》第九条');
    expect(day).not.toMatch(/原文[：:]/);
  });

  test('calendar files quote 原文 only with the words of the clause that gives the date', () => {
    const problems: string[] = [];
    let quotes = 0;
    for (const file of builtFiles('.ics')) {
      const calendar = new ICAL.Component(ICAL.parse(readFileSync(builtFile(`/${file}`) ?? '', 'utf8')));
      for (const vevent of calendar.getAllSubcomponents('vevent')) {
        const id = String(vevent.getFirstPropertyValue('uid')).split('@')[0];
        const description = String(vevent.getFirstPropertyValue('description') ?? '');
        const clause = events.find((e) => e.id === id)?.dateSource.clause;
        for (const match of description.matchAll(/原文[：:]“([^”]*)”/g)) {
          quotes++;
          if (!clause || !(clauseText.get(clause) ?? '').includes(match[1] ?? '∅')) problems.push(`${file} ${id}: “${match[1]}” is not in ${clause}`);
        }
        if (/原文只给出/.test(description)) problems.push(`${file} ${id}: 原文只给出…`);
      }
    }
    expect(quotes).toBeGreaterThan(0);
    expect(problems.join('\n')).toBe('');
  });
});

// ---- Dates on lists -----------------------------------------------------------------------

/** The label an event's page gives each of its dates: occurrence index → label. */
function pageLabels(id: string): Map<string, string> {
  const html = builtHtml(`/events/${id}/`);
  const tree = parse(html);
  const labels = new Map<string, string>();
  const facts = elementsWith(html, 'class').find((e) => hasClass(e, 'event-facts'));
  const main = facts && dateLabel(facts);
  if (main !== undefined) labels.set('0', main);
  walkSync(tree, (node) => {
    if (isElement(node) && node.name === 'li' && 'data-occurrence' in node.attributes) {
      const label = dateLabel(node);
      if (label !== undefined) labels.set(String(node.attributes['data-occurrence']), label);
    }
  });
  return labels;
}

const listPages = htmlPages.filter((path) => /^\/(events\/(([a-z]+\/[^/]+\/)|$)|actions\/[^/]+\/|brands\/[^/]+\/)/.test(path));

describe('a list gives each event the date label of its own page', () => {
  const labelsOf = new Map(events.map((e) => [e.id, pageLabels(e.id)]));

  test('every entry known only by its year reads 2021 年内 on its page', () => {
    for (const event of events.filter((e) => e.date === '2021')) expect(labelsOf.get(event.id)?.get('0'), event.id).toBe('2021 年内');
  });

  test.each(listPages.map((path) => [path] as const))('%s', (path) => {
    const html = builtHtml(path);
    const problems: string[] = [];
    let items = 0;
    walkSync(parse(html), (node) => {
      if (!isElement(node) || node.name !== 'li') return;
      let id = node.attributes['data-event'] as string | undefined;
      // The first (or only) occurrence carries no index.
      let index = (node.attributes['data-occurrence'] as string | undefined) ?? '0';
      if (id === undefined) {
        // A related page on an action or brand page: an event link with its date.
        const link = first(node, 'href');
        const href = link ? String(link.attributes.href) : '';
        const match = /^\/events\/([a-z0-9-]+)\/$/.exec(href);
        if (!match) return;
        id = match[1];
        index = '0';
      }
      const label = dateLabel(node);
      if (label === undefined || id === undefined) return;
      items++;
      const expected = labelsOf.get(id)?.get(index);
      if (label !== expected) problems.push(`${id} [${index}]: “${label}” here, “${expected}” on its page`);
    });
    if (path === '/events/') expect(items, 'the page lists events with dates').toBeGreaterThan(0);
    expect(problems.join('\n')).toBe('');
  });
});

// ---- Status lines -------------------------------------------------------------------------

describe('按计划（文件部署） only where a document deploys the entry after it was issued', () => {
  const planned = t('event.status.planned');
  test.each(events.map((e) => [e.id, e] as const))('%s', (id, event) => {
    const status = definition(builtHtml(`/events/${id}/`), t('event.page.status'));
    if (event.kind === '纪念日/节点') expect(status).toBe(t('event.status.observance'));
    else expect(status).toBe(planned);
  });
});

// ---- Calendar files of a kind, action, brand or district ------------------------------------

describe('a calendar file is offered only where it holds an entry', () => {
  const facetPages = htmlPages.filter((path) => /^\/events\/(kind|action|brand|district)\/[^/]+\/$/.test(path));

  test.each(facetPages.map((path) => [path] as const))('%s', (path) => {
    const ics = `${path.slice(0, -1)}.ics`;
    const file = builtFile(ics);
    const html = builtHtml(path);
    const label = textOf(parse(html)).replace(/\s+/g, ' ');
    if (file) {
      const vevents = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8'))).getAllSubcomponents('vevent');
      expect(vevents.length, `${ics} holds an entry`).toBeGreaterThan(0);
      expect(html).toContain(`href="${ics}"`);
    } else {
      expect(html).not.toContain(`href="${ics}"`);
      expect(label).toContain('没有一项能写入日历文件');
    }
  });

  test('巴渝大姐, whose entries are known only by year, has a page but no calendar file', () => {
    expect(builtFile('/events/brand/dajie/')).not.toBeNull();
    expect(builtFile('/events/brand/dajie.ics')).toBeNull();
  });

  test('the subscribe help covers iOS, Android, Outlook and Google Calendar, and says WeChat cannot', () => {
    const text = textOf(parse(builtHtml('/events/')));
    for (const key of [
      'event.subscribe.ios',
      'event.subscribe.android',
      'event.subscribe.outlook',
      'event.subscribe.google',
      'event.subscribe.wechat',
    ] as const) {
      expect(text).toContain(t(key));
    }
  });
});

// ---- Sample stories -----------------------------------------------------------------------

describe('sample stories never pose as news of the documents’ time', () => {
  test('there are samples to check', () => {
    expect(samples.length).toBeGreaterThan(0);
  });

  test.each(samples.map((s) => [s.id, s] as const))('%s: date, citation, structured data and honours', (id, story) => {
    const html = builtHtml(`/stories/${id}/`);
    const tree = parse(html);
    const text = textOf(tree).replace(/\s+/g, ' ');
    // Every date on the page is the day it was written for the site, and is said to be a sample's.
    const times = elementsWith(html, 'datetime').map((e) => String(e.attributes.datetime));
    expect(times.length).toBeGreaterThan(0);
    for (const day of times) expect(day >= SITE_CONTENT_SINCE, `${day} is not before ${SITE_CONTENT_SINCE}`).toBe(true);
    expect(text).toContain(t('story.meta.sampleDate'));
    const citation = elementsWith(html, 'data-cite-source', 'citation').map(textOf)[0] ?? '';
    const citedDate = /, (\d{4}-\d{2}-\d{2})/.exec(citation)?.[1] ?? '';
    expect(citedDate >= SITE_CONTENT_SINCE, citation).toBe(true);
    expect(citation).toContain(t('story.sampleDateCite'));
    // Structured data: not a news article, no publication date.
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? 'null') as Record<string, unknown>;
    expect(jsonLd['@type']).not.toBe('NewsArticle');
    expect(jsonLd).not.toHaveProperty('datePublished');
    expect(String(jsonLd.creativeWorkStatus)).toContain('示例');
    expect(String(jsonLd.dateCreated) >= SITE_CONTENT_SINCE).toBe(true);
    expect(html).not.toContain('article:published_time');
    // Each honour of an invented person is marked as invented.
    expect(elementsWith(html, 'data-fictional-honour').length).toBe(story.honours.length);
    // No press contact: nobody can be interviewed about an invented story.
    expect(text).toContain(t('story.contact.sample'));
    expect(html).not.toMatch(/class="press-contact[ "]/);
  });

  test('listings mark a sample’s date and its honours as a sample’s', () => {
    const html = builtHtml('/stories/');
    const cards = elementsWith(html, 'class').filter((e) => String(e.attributes.class).split(' ').includes('story-card__meta'));
    expect(cards.length).toBe(stories.length);
    const marked = cards.map(textOf).filter((text) => text.includes(t('story.card.sampleDate')));
    expect(marked.length).toBe(samples.length);
    for (const text of marked) {
      for (const name of honourNames) if (text.includes(name)) expect(text, text).toContain(`${name}（${t('story.sampleHonour')}）`);
    }
  });

  test('feeds date samples when they were written and say so', () => {
    for (const file of builtFiles('.xml').filter((f) => f.startsWith('stories/') && f.endsWith('feed.xml'))) {
      const xml = readFileSync(builtFile(`/${file}`) ?? '', 'utf8');
      for (const item of xml.split('<item>').slice(1)) {
        const pubDate = new Date(/<pubDate>([^<]+)<\/pubDate>/.exec(item)?.[1] ?? '');
        expect(pubDate.getTime() >= new Date(`${SITE_CONTENT_SINCE}T00:00:00+08:00`).getTime(), `${file}: ${pubDate.toISOString()}`).toBe(true);
        if (item.includes('【示例】')) expect(item, file).toMatch(/编写/);
      }
    }
  });

  test('the home page does not offer samples for publication', () => {
    const text = textOf(parse(builtHtml('/'))).replace(/\s+/g, ' ');
    expect(text).toContain(t('home.storiesLeadSamplesOnly', { count: samples.length }));
    expect(text).not.toContain('供公众阅读和媒体采用');
  });
});

// ---- What the site says about itself --------------------------------------------------------

describe('the site claims nothing nobody stated', () => {
  test('no page claims a copyright', () => {
    const claims = htmlPages.filter((path) => /©|版权所有/.test(textOf(parse(builtHtml(path)))));
    expect(claims).toEqual([]);
  });

  test('a joint work is not another name of either partner brand', () => {
    for (const path of ['/brands/qiaojie/', '/brands/chuanzhen-yinxian/']) {
      const html = builtHtml(path);
      expect(definition(html, t('brand.otherNames')), path).toBe('');
      expect(definition(html, t('brand.partner')), path).toContain(t('brand.joint', { joint: '川渝巧姐' }));
    }
  });

  test('the title corrections are listed as line breaks, on the title', () => {
    const text = textOf(parse(builtHtml('/policies/yufufa-2021-13/'))).replace(/\s+/g, ' ');
    expect(text).toContain('重庆市妇女联合会关于印发《重庆市妇联关于深化开展“助力乡村振兴巴渝巾帼行动”的实施方案》等四个实施方案的通知');
    expect(text).toContain(t('policy.errata.title'));
    expect(text).toContain(t('policy.errata.kind.linebreak'));
  });
});
