/**
 * Pure logic of the search page: what a typed query becomes before it reaches Pagefind, how the
 * first results are re-ranked for Chinese phrases, and how excerpts are turned into safe parts.
 * Nothing here touches the DOM; src/scripts/search-page.ts does.
 */
import { SEARCH_TYPE_LABELS } from './search-types';

/** Longest query searched, in characters; anything longer is cut and the reader is told. */
export const MAX_QUERY_CHARS = 64;

/**
 * Results shown at a time. Each result shown costs a request for its page's fragment (a policy
 * text's is 6–11 KB), and a first query must stay within 100 KB and 15 requests
 * (tests/site/search-budget.test.ts): Pagefind's script, entry, metadata and WebAssembly (about
 * 70 KB), the index chunks of the query's words, then these. Pagefind's own UI shows five.
 */
export const PAGE_SIZE = 6;

export interface NormalisedQuery {
  /** The query as searched: NFKC, single spaces, no control characters, at most MAX_QUERY_CHARS. */
  text: string;
  /** Whether the input was longer than MAX_QUERY_CHARS and was cut. */
  truncated: boolean;
}

/**
 * Cleans a typed (or pasted, or linked) query: full-width letters and digits become half-width
 * (ＮＦＫＣ: ２０万 → 20万, ％ → %), control and zero-width characters become spaces, runs of
 * spaces become one, and the result is cut to MAX_QUERY_CHARS characters (never inside a
 * surrogate pair). Markup stays plain text: nothing here is ever parsed as HTML.
 */
export function normaliseQuery(raw: string, max = MAX_QUERY_CHARS): NormalisedQuery {
  const cleaned = raw
    .normalize('NFKC')
    // Control and invisible characters of a pasted or hostile query become spaces.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u2060\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(cleaned);
  if (chars.length <= max) return { text: cleaned, truncated: false };
  return { text: chars.slice(0, max).join('').trim(), truncated: true };
}

const HAN = /\p{Script=Han}/u;

/** Punctuation and symbols Pagefind drops anyway; dropping them first keeps word boundaries clean. */
const PUNCTUATION = /[\p{P}\p{S}]/gu;

/**
 * Splits a query where the browser cannot (no Intl.Segmenter, as in older in-app browsers): a
 * space is put wherever Chinese meets digits or Latin letters, so `培训妇女20万人次` is searched as
 * `培训妇女 20 万人次`. Runs of Chinese are left whole, and punctuation inside a run (quotes in a
 * clause title: 做亮家政服务“巴渝大姐”品牌) is dropped rather than splitting it: Pagefind splits a
 * run it does not know into the words of its own index, which finds far more than pieces it
 * happens to know as words. Other punctuation becomes a space. A quoted exact-phrase query
 * ("…") is passed through unchanged.
 */
export function fallbackSegment(query: string): string {
  if (/^\s*".+"\s*$/.test(query)) return query;
  const joined = query.replace(/(?<=\p{Script=Han})[\p{P}\p{S}]+(?=\p{Script=Han})/gu, (run) => (run.includes('%') ? ' ' : ''));
  const spaced = joined.replace(PUNCTUATION, (ch) => (ch === '%' ? ch : ' '));
  let out = '';
  let previous: 'han' | 'other' | 'space' = 'space';
  for (const ch of spaced) {
    const kind = /\s/.test(ch) ? 'space' : HAN.test(ch) ? 'han' : 'other';
    if (kind !== 'space' && previous !== 'space' && kind !== previous) out += ' ';
    out += ch;
    previous = kind;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * The term handed to Pagefind. Where Intl.Segmenter exists, Pagefind segments the query itself;
 * where it does not, fallbackSegment does the part that matters.
 */
export function searchTerm(query: string, hasSegmenter: boolean): string {
  return hasSegmenter ? query : fallbackSegment(query);
}

/** Query or text reduced for phrase comparison: lower case, no spaces or punctuation. */
export function compact(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(PUNCTUATION, '').replace(/\s+/g, '');
}

function occurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

/** What re-ranking needs to know about one result. */
export interface RankInput {
  /** Pagefind's own score. */
  score: number;
  title: string;
  content: string;
  /** The page type (search meta `type`), e.g. 政策. */
  type?: string | undefined;
  /** Titles of the page's sections (headings with ids, titled clauses): a glossary entry, a clause. */
  sections?: string[] | undefined;
  /** The page's address, for pinned pages. */
  url?: string | undefined;
}

/**
 * The type of the site's primary sources. Other pages quote clauses of the policy texts (brands,
 * events, targets, actions), so a phrase from a text is found on many short pages; the text that
 * says it gets a small edge over the pages that repeat it.
 */
export const PRIMARY_TYPE = SEARCH_TYPE_LABELS.policy;

/**
 * How well a page matches the query as a phrase: Pagefind scores words, and Chinese words are
 * short and ambiguous (网 is a prefix of 网姐 and of 网络), so a page holding the exact phrase — above
 * all in its title — should come first. 0 when the phrase is not on the page at all.
 */
export function phraseBoost(query: string, result: Pick<RankInput, 'title' | 'content' | 'type' | 'sections'>): number {
  const parts = query
    .split(' ')
    .map(compact)
    .filter((p) => p.length > 0);
  const whole = compact(query);
  if (whole.length === 0) return 0;
  const title = compact(result.title);
  const content = compact(result.content);
  let boost = 0;
  if (title.includes(whole)) boost += 4;
  if (title === whole) boost += 2;
  // A query that names the page and says more (巴渝网姐邀你购 on the page 巴渝网姐).
  else if (title.length >= 2 && whole.includes(title)) boost += 2;
  // A section named by the query (a glossary entry, a clause title) counts almost like the title.
  const sections = (result.sections ?? []).map(compact);
  if (!title.includes(whole) && sections.some((t) => t.includes(whole))) boost += sections.includes(whole) ? 4 : 3;
  const hits = occurrences(content, whole);
  if (hits > 0) boost += 2 + Math.min(1, Math.log2(1 + hits) / 4);
  if (hits > 0 && result.type === PRIMARY_TYPE) boost += 1;
  // Several words: reward pages that hold every one of them, in the title or the text.
  if (parts.length > 1) {
    const held = parts.filter((p) => title.includes(p) || content.includes(p)).length;
    boost += held / parts.length;
    boost += parts.filter((p) => title.includes(p)).length / parts.length;
  }
  return boost;
}

/** What a page the query names outright (a document by its number, a brand in pinyin) gains: it comes first. */
export const PINNED_BOOST = 100;

/**
 * Re-ranks the first results by phrase matches (phraseBoost) plus Pagefind's score scaled to 0–1,
 * so that Pagefind's order decides among pages that match the phrase equally well; pages the
 * query names outright (`pinned`, by path) come first.
 * Returns the indexes of `results` in their new order.
 */
export function rerank(query: string, results: RankInput[], pinned: readonly string[] = []): number[] {
  const top = Math.max(...results.map((r) => r.score), 0);
  const pin = (r: RankInput) => (r.url !== undefined && pinned.includes(r.url.split('#')[0] ?? '') ? PINNED_BOOST : 0);
  const keyed = results.map((r, i) => ({ i, key: pin(r) + phraseBoost(query, r) + (top > 0 ? r.score / top : 0) }));
  keyed.sort((a, b) => b.key - a.key || a.i - b.i);
  return keyed.map((k) => k.i);
}

/** A section of a result page that Pagefind found hits in. */
export interface SubResultInput {
  title: string;
  url: string;
  /** Present when the section starts at an element with an id (a clause, a heading). */
  anchor?: unknown;
  excerpt: string;
  weighted_locations?: Array<{ balanced_score: number }>;
}

/**
 * The sections worth showing for a result, best first: only those with an anchor (a clause or a
 * heading to link to), ranked by phrase matches in their title and excerpt, then by Pagefind's
 * weighted hits, then by their order on the page.
 */
export function bestSubResults<T extends SubResultInput>(query: string, subs: T[], limit = 3): T[] {
  const whole = compact(query);
  const keyed = subs
    .map((sub, i) => {
      const title = compact(sub.title);
      const text = compact(excerptText(sub.excerpt));
      const weight = (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
      const phrase = whole ? (title.includes(whole) ? 2 : 0) + (text.includes(whole) ? 1 : 0) : 0;
      return { sub, i, phrase, weight };
    })
    .filter((k) => k.sub.anchor !== undefined && k.sub.anchor !== null);
  keyed.sort((a, b) => b.phrase - a.phrase || b.weight - a.weight || a.i - b.i);
  return keyed.slice(0, limit).map((k) => k.sub);
}

/**
 * Whether a query is also searched as an exact phrase: one run of at least two characters with a
 * Chinese one, not quoted already (Pagefind indexes Chinese almost character by character, so
 * without it 网姐 finds every page with 网 and 姐 anywhere).
 */
export function phraseSearchable(query: string): boolean {
  return !/\s/.test(query.trim()) && HAN.test(query) && !query.includes('"') && Array.from(query).length > 1;
}

/** Longest phrase tried in two pieces where the browser cannot segment it (see phraseSplits). */
export const MAX_SPLIT_PHRASE = 6;

/**
 * Without Intl.Segmenter Pagefind looks a Chinese phrase up as one word, and the index holds it
 * as two or more (妇女之家 as 妇女 之家): the ways of writing a short phrase as two words, longer
 * first words first, each an exact-phrase term (["\"妇女之 家\"", "\"妇女 之家\"", …]). None for a
 * phrase longer than MAX_SPLIT_PHRASE characters or not phraseSearchable.
 */
export function phraseSplits(phrase: string): string[] {
  const chars = Array.from(phrase);
  if (!phraseSearchable(phrase) || chars.length > MAX_SPLIT_PHRASE) return [];
  const out: string[] = [];
  for (let at = chars.length - 1; at >= 1; at--) out.push(`"${chars.slice(0, at).join('')} ${chars.slice(at).join('')}"`);
  return out;
}

/**
 * A long Chinese phrase as the run of its single characters, as an exact-phrase term
 * (`"巴 渝 网 姐 邀 你 购"`): the index holds a run it has no word for (a campaign's name, a name
 * followed by more) character by character, so the phrase is found there whether or not the
 * browser segments it. Only for a phrase of Chinese characters too long for phraseSplits: a short
 * one is found as words (each character looked up costs the reader its index chunk).
 */
export function characterPhrase(phrase: string): string | null {
  const chars = Array.from(phrase);
  if (!phraseSearchable(phrase) || chars.length <= MAX_SPLIT_PHRASE || !chars.every((ch) => HAN.test(ch))) return null;
  return `"${chars.join(' ')}"`;
}

/**
 * Kinds of page whose sections are where an answer is: a policy's clauses, the rows of the
 * targets table, the glossary's entries, an event's sections. The result links there.
 */
const ANCHORED_TYPES: ReadonlySet<string> = new Set([
  SEARCH_TYPE_LABELS.policy,
  SEARCH_TYPE_LABELS.target,
  SEARCH_TYPE_LABELS.term,
  SEARCH_TYPE_LABELS.event,
]);

/**
 * The sections of a result to link under its title: on pages where the answer is in a section
 * (ANCHORED_TYPES) the best anchored ones (three in a policy text, two elsewhere); on other
 * pages only a section the query names (“related stories” and the like only repeat titles).
 */
export function subResultsToShow<T extends SubResultInput>(type: string, query: string, subs: T[], pageTitle = ''): T[] {
  if (!query) return [];
  // The page's own heading is the result's title already.
  const sections = subs.filter((sub) => compact(sub.title) !== compact(pageTitle));
  const best = bestSubResults(query, sections, type === SEARCH_TYPE_LABELS.policy ? 3 : 2);
  if (ANCHORED_TYPES.has(type)) return best;
  return best.filter((sub) => compact(sub.title).includes(compact(query)));
}

/** What Pagefind returns for a record (as much of it as mergeParts needs). */
interface RecordData<A = unknown, S = unknown> {
  url: string;
  meta: Record<string, string | undefined>;
  excerpt: string;
  content: string;
  anchors?: A[];
  sub_results: S[];
}

/**
 * A long text's result from the parts of it a query found (best first; see
 * src/integrations/search-parts.ts): the page's address (the parts' `url` meta) and metadata, the
 * best part's excerpt, and the text, anchors and sections of all of them.
 */
export function mergeParts<T extends RecordData>(parts: readonly T[]): T {
  const best = parts[0];
  if (!best) throw new Error('mergeParts needs at least one part');
  return {
    ...best,
    url: best.meta.url ?? best.url.split('#')[0] ?? best.url,
    content: parts.map((p) => p.content).join(' '),
    anchors: parts.flatMap((p) => p.anchors ?? []),
    sub_results: parts.flatMap((p) => p.sub_results),
  };
}

/** One run of an excerpt: plain text, highlighted or not. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the few HTML entities Pagefind writes into excerpts; anything else stays as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1]?.toLowerCase() === 'x' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Pagefind ends each block of text with “. ” where it ends in a letter, Chinese characters
 * included (重庆. 巴渝巧姐. 领域…): after Chinese text that is a 。, with no space. An excerpt
 * that starts just after a term's colon or a stop starts at the next word.
 */
function chineseStops(excerpt: string): string {
  return excerpt.replace(/([\p{Script=Han}）》」』”](?:<\/mark>)?)\.(?: |$)/gu, '$1。').replace(/^[：。，、；\s]+/u, '');
}

/**
 * Splits a Pagefind excerpt (escaped text with `<mark>` around hits) into parts, so the page can
 * build it with text nodes and <mark> elements instead of innerHTML. Any other tag is kept as
 * literal text.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of chineseStops(excerpt).split(/(<\/?mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (piece !== '') {
      const text = decodeEntities(piece);
      const last = parts[parts.length - 1];
      if (last && last.mark === mark) last.text += text;
      else parts.push({ text, mark });
    }
  }
  return parts;
}

/** The plain text of an excerpt. */
export function excerptText(excerpt: string): string {
  return excerptParts(excerpt)
    .map((p) => p.text)
    .join('');
}
