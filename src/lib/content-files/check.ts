/**
 * The content check: reads every collection under a content folder without Astro, the way the
 * build will, and returns plain entries and every problem as a ContentError (Chinese first, with
 * file, line, field, problem and fix). `npm run check:content` prints them; the build's loaders
 * (./loaders.ts) run the same check per collection and stop on the same messages.
 *
 * Per file: the name (./scan.ts), the YAML (./yaml.ts) or the frontmatter (./frontmatter.ts) and
 * text of a story (./markdown.ts) or policy (./mdx.ts), the schema of src/schemas/
 * (./zod-issues.ts), for stories that each image exists where the story says, and for policy texts
 * that the numbering parses. Checks across collections (a clause, brand or action that does not
 * exist…) are added to `checkContent`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import sharp from 'sharp';
import { ContentError, excerptOf } from '../content-error';
import { parsePolicyText, PolicyTextError } from '../policy-text';
import { COLLECTION_NAMES, COLLECTIONS, IMAGE_EXTENSIONS, MIN_IMAGE_WIDTH, type CollectionName, type CollectionSpec } from './collections';
import { splitFrontmatter } from './frontmatter';
import { checkMarkdownBody } from './markdown';
import { checkMdxBody } from './mdx';
import { isSystemFile, scanFolder, type FoundFile } from './scan';
import { normaliseText, splitLines } from './source';
import { parseYaml } from './yaml';
import { issuesToErrors } from './zod-issues';
import { buildSite, type SiteEntries } from '../model/site';

/** One entry as the check read it. */
export interface ContentEntry {
  /** The id: the file name without extension, or the `id` field of a list entry. */
  id: string;
  /** The file as shown in messages, e.g. content/events/womens-day.yaml. */
  file: string;
  /** Absolute path of the file. */
  path: string;
  /** The data after the schema (defaults filled in); a story image's `src` is its path as written. */
  data: Record<string, unknown>;
  /** The data as written (dates as text), for the build's loaders. */
  raw: Record<string, unknown>;
  /** The text below the frontmatter (stories and policies). */
  body?: string;
  /** Line in the file where the body starts (stories and policies). */
  bodyLine?: number;
  /** Line of each field path in the file, e.g. `errata[2].where` → 31. */
  lines: ReadonlyMap<string, number>;
}

export type ContentEntries = Record<CollectionName, ContentEntry[]>;

export interface CollectionCheck {
  entries: ContentEntry[];
  errors: ContentError[];
}

/** How files are named in messages: from the content folder's own name, e.g. content/events/x.yaml. */
function shownPath(contentDir: string, path: string): string {
  return [basename(contentDir), ...relative(contentDir, path).split(sep)].join('/');
}

/** A custom Zod issue that carries its own problem and fix, for issuesToErrors. */
function addProblem(ctx: z.RefinementCtx, problem: string, fix: string): void {
  ctx.addIssue({ code: 'custom', message: `${problem}：${fix}`, params: { problem, fix } });
}

/**
 * Stands in for Astro's image() in the check: the path as written, which must name a JPEG or PNG
 * in the collection's images folder, relative to the story file.
 */
function imageCheck(contentDir: string, entryPath: string, imagesFolder: string) {
  return () =>
    z.string().superRefine((src, ctx) => {
      const folder = dirname(entryPath);
      const target = resolve(folder, src);
      const shown = shownPath(contentDir, target);
      const expected = `./${imagesFolder}/${basename(src)}`;
      if (!src.startsWith('./') && !src.startsWith('../')) {
        addProblem(ctx, `图片路径 “${src}” 应以 ./${imagesFolder}/ 开头`, `写成 ${expected}`);
        return;
      }
      if (!existsSync(target)) {
        const name = basename(src).toLowerCase();
        const inImages = join(folder, imagesFolder);
        const elsewhere = [folder, inImages].flatMap((dir) =>
          listNames(dir)
            .filter((n) => n.toLowerCase() === name)
            .map((n) => join(dir, n)),
        );
        const found = elsewhere[0];
        const hint = !found
          ? `把图片放进 ${shownPath(contentDir, inImages)}/，或改正这里的文件名（注意大小写和扩展名 .jpg/.png）`
          : dirname(found) === inImages
            ? `图片的文件名是 ${basename(found)}（大小写不同）：把这里改成 ./${imagesFolder}/${basename(found)}`
            : `图片在 ${shownPath(contentDir, found)}：把它移到 ${shownPath(contentDir, inImages)}/ 里`;
        addProblem(ctx, `找不到图片 ${shown}`, hint);
        return;
      }
      if (dirname(target) !== join(folder, imagesFolder)) {
        addProblem(
          ctx,
          `图片 ${shown} 没有放在 ${shownPath(contentDir, join(folder, imagesFolder))}/ 里`,
          `把图片移到那里，并把这里改成 ${expected}`,
        );
        return;
      }
      if (!IMAGE_EXTENSIONS.some((ext) => target.toLowerCase().endsWith(ext))) {
        addProblem(ctx, `图片 ${shown} 不是 JPEG 或 PNG`, '另存为 JPEG（.jpg）后放进 images/，并改正这里的文件名');
      }
    });
}

/** The names in a folder an editor can see (no system files); none if it does not exist. */
function listNames(dir: string): string[] {
  try {
    return readdirSync(dir).filter((n) => !isSystemFile(n));
  } catch {
    return [];
  }
}

/** Widths of image files already read, by content: a check run again (tests, dev) reads only new images. */
const widths = new Map<string, Promise<number | undefined>>();

/** The width of an image as shown (a photo turned by its camera's orientation counts upright). */
function imageWidth(path: string): Promise<number | undefined> {
  const bytes = readFileSync(path);
  const key = createHash('sha1').update(bytes).digest('hex');
  let width = widths.get(key);
  if (!width) {
    width = sharp(bytes)
      .metadata()
      .then((m) => m.autoOrient.width);
    widths.set(key, width);
  }
  return width;
}

/** The width of every story image, checked once its path is known to be right. */
async function checkImageSizes(
  file: string,
  data: Record<string, unknown>,
  entryPath: string,
  lines: ReadonlyMap<string, number>,
): Promise<ContentError[]> {
  const images = [data.image, ...(Array.isArray(data.gallery) ? data.gallery : [])];
  const errors: ContentError[] = [];
  for (const [i, image] of images.entries()) {
    const src = (image as { src?: unknown } | undefined)?.src;
    if (typeof src !== 'string') continue;
    const field = i === 0 ? 'image.src' : `gallery[${i - 1}].src`;
    const line = lines.get(field);
    const place = line === undefined ? {} : { line };
    try {
      const width = await imageWidth(resolve(dirname(entryPath), src));
      if (width !== undefined && width < MIN_IMAGE_WIDTH) {
        errors.push(
          new ContentError(
            file,
            field,
            `图片只有 ${width} 像素宽，下载和大屏显示需要至少 ${MIN_IMAGE_WIDTH} 像素`,
            `换成至少 ${MIN_IMAGE_WIDTH} 像素宽的原图（不要用截图或压缩过的图）`,
            place,
          ),
        );
      }
    } catch {
      errors.push(
        new ContentError(
          file,
          field,
          '图片文件无法读取：可能已损坏，或者不是真正的 JPEG/PNG（只是改了扩展名）',
          '用看图软件重新导出为 JPEG（.jpg）',
          place,
        ),
      );
    }
  }
  return errors;
}

/** A policy text's numbering, parsed as the pages will: a skipped or repeated number, or markup. */
function checkPolicyText(file: string, body: string, bodyLine: number): ContentError[] {
  try {
    parsePolicyText(body);
    return [];
  } catch (error) {
    if (!(error instanceof PolicyTextError)) throw error;
    const line = bodyLine + error.line - 1;
    const text = splitLines(body)[error.line - 1] ?? '';
    const place = { line, excerpt: excerptOf(text) };
    const markup = /含有 “(.)”/.exec(error.message)?.[1];
    if (markup) {
      return [
        new ContentError(
          file,
          '正文',
          `这一行含有 “${markup}”，政策原文是纯文字，不能有 HTML 或 MDX 标记`,
          `删去 “${markup}” 和它所在的标签；正文只照印发的原文逐字录入`,
          place,
        ),
      ];
    }
    const problem = error.message.replace(/^第 \d+ 行[：:]?/, '').trim();
    return [new ContentError(file, '正文', problem, '对照印发的原文核对这一行的编号或文字：编号不能跳过，也不能重复', place)];
  }
}

function schemaFor(spec: CollectionSpec, contentDir: string, entryPath: string): z.core.$ZodType {
  if (typeof spec.schema !== 'function') return spec.schema;
  const images = spec.kind === 'folder' ? (spec.images ?? 'images') : 'images';
  return spec.schema({ image: imageCheck(contentDir, entryPath, images) } as unknown as SchemaContext);
}

/** A content file's text, normalised (see normaliseText), or what stops it being read. */
function readText(path: string, file: string): string | ContentError {
  let text: string;
  try {
    text = normaliseText(readFileSync(path, 'utf8'));
  } catch {
    return new ContentError(file, '文件', '文件无法读取', '确认文件没有被其他程序占用，再试一次');
  }
  if (text.includes('\uFFFD')) {
    return new ContentError(file, '文件', '文件不是 UTF-8 编码，中文会变成乱码', '用编辑器把文件另存为 UTF-8 编码（记事本：另存为 → 编码选 UTF-8）');
  }
  return text;
}

/** Reads and checks one file of a folder collection. */
async function checkFile(spec: CollectionSpec & { kind: 'folder' }, contentDir: string, found: FoundFile): Promise<CollectionCheck> {
  const file = shownPath(contentDir, found.path);
  const text = readText(found.path, file);
  if (text instanceof ContentError) return { entries: [], errors: [text] };
  let yamlText = text;
  let firstLine = 1;
  let body: string | undefined;
  let bodyLine: number | undefined;
  if (spec.format !== 'yaml') {
    const parts = splitFrontmatter(file, text);
    if (parts instanceof ContentError) return { entries: [], errors: [parts] };
    ({ frontmatter: yamlText, frontmatterLine: firstLine, body, bodyLine } = parts);
  }
  const parsed = parseYaml({ file, text: yamlText, firstLine });
  const errors = [...parsed.errors];

  let entry: ContentEntry | undefined;
  if (parsed.errors.length === 0) {
    const raw = parsed.data;
    if (raw === null || raw === undefined || typeof raw !== 'object' || Array.isArray(raw)) {
      errors.push(
        new ContentError(
          file,
          '文件内容',
          raw === null || raw === undefined ? '没有写任何字段' : '内容应是一行一个 “字段名: 值”',
          `照同一文件夹里的其他文件写（字段说明见 ${spec.guide}）`,
        ),
      );
    } else {
      const schema = schemaFor(spec, contentDir, found.path);
      const result = z.safeParse(schema, raw, { reportInput: true });
      if (result.success) {
        entry = {
          id: found.id,
          file,
          path: found.path,
          data: result.data as Record<string, unknown>,
          raw: raw as Record<string, unknown>,
          lines: parsed.lines,
        };
        if (body !== undefined && bodyLine !== undefined) Object.assign(entry, { body, bodyLine });
        if (spec.images) errors.push(...(await checkImageSizes(file, raw as Record<string, unknown>, found.path, parsed.lines)));
      } else {
        errors.push(...issuesToErrors(result.error.issues, { file, lines: parsed.lines, schema, guide: spec.guide }, raw));
      }
    }
  }
  if (body !== undefined && bodyLine !== undefined) {
    if (spec.format === 'md') errors.push(...checkMarkdownBody(file, { body, bodyLine }));
    else {
      // A policy text's own check refuses any markup first; MDX then reads what is left.
      const textErrors = checkPolicyText(file, body, bodyLine);
      errors.push(...textErrors);
      if (textErrors.length === 0) errors.push(...(await checkMdxBody(file, { body, bodyLine })));
    }
  }
  return { entries: entry && !found.template ? [entry] : [], errors };
}

/** Reads and checks a list collection (districts.yaml, media.yaml): entries by their `id`. */
function checkList(spec: CollectionSpec & { kind: 'list' }, contentDir: string): CollectionCheck {
  const path = join(contentDir, spec.file);
  const file = shownPath(contentDir, path);
  if (!existsSync(path)) return { entries: [], errors: [new ContentError(file, '文件', '文件不见了', `恢复 ${file}（网站需要它）`)] };
  const text = readText(path, file);
  if (text instanceof ContentError) return { entries: [], errors: [text] };
  const parsed = parseYaml({ file, text });
  if (parsed.errors.length > 0) return { entries: [], errors: parsed.errors };
  if (!Array.isArray(parsed.data)) {
    return { entries: [], errors: [new ContentError(file, '文件内容', '内容应是一个列表，每项以 “- ” 开头', `照文件开头的说明写（${spec.guide}）`)] };
  }
  const errors: ContentError[] = [];
  const entries: ContentEntry[] = [];
  const seen = new Map<string, number>();
  parsed.data.forEach((item: unknown, i: number) => {
    const prefix = `[${i}]`;
    const own = (key: string) => key.startsWith(`${prefix}.`) || key.startsWith(`${prefix}[`);
    const lines = new Map([...parsed.lines].filter(([key]) => own(key)).map(([key, line]) => [key.slice(prefix.length).replace(/^\./, ''), line]));
    const result = z.safeParse(spec.schema, item, { reportInput: true });
    if (!result.success) {
      const nested = issuesToErrors(result.error.issues, { file, lines, schema: spec.schema, guide: spec.guide }, item);
      // A missing field points at the line of its item.
      errors.push(...nested.map((e) => new ContentError(file, e.field, e.problem, e.fix, { line: e.line ?? parsed.lines.get(prefix) })));
      return;
    }
    const data = result.data as Record<string, unknown>;
    const id = String(data.id);
    const line = parsed.lines.get(`${prefix}.id`);
    const first = seen.get(id.toLowerCase());
    if (first !== undefined) {
      errors.push(
        new ContentError(
          file,
          'id',
          `编号 “${id}” 与第 ${first} 行的一项重复（不分大小写）`,
          '每一项的 id 必须不同：删去重复的一项，或给它另起一个编号',
          line === undefined ? {} : { line },
        ),
      );
      return;
    }
    seen.set(id.toLowerCase(), line ?? 0);
    entries.push({ id, file, path, data, raw: item as Record<string, unknown>, lines });
  });
  return { entries, errors };
}

/** Checks one collection of a content folder. */
export async function checkCollection(contentDir: string, name: CollectionName): Promise<CollectionCheck> {
  const dir = resolve(contentDir);
  const spec: CollectionSpec = COLLECTIONS[name];
  if (spec.kind === 'list') return checkList(spec, dir);
  const folder = join(dir, spec.folder);
  const shown = shownPath(dir, folder);
  if (!existsSync(folder)) return { entries: [], errors: [new ContentError(shown, '文件夹', '文件夹不见了', `恢复 ${shown}/（网站需要它）`)] };
  const scan = scanFolder(folder, {
    shown,
    extension: `.${spec.format}`,
    templates: spec.templates ?? false,
    ...(spec.images ? { images: spec.images } : {}),
  });
  const checks = await Promise.all(scan.files.map((found) => checkFile(spec, dir, found)));
  return { entries: checks.flatMap((c) => c.entries), errors: [...scan.errors, ...checks.flatMap((c) => c.errors)] };
}

/** Files and folders content/ itself may hold: the collections' own, and the editors' guide. */
function checkRoot(contentDir: string): ContentError[] {
  // README.md explains the folder; target-exclusions.yaml is the reviewed list of figures in the
  // texts that are not commitments, read by the targets test (tests/site/programme.test.ts).
  const expected = new Set<string>(['README.md', 'target-exclusions.yaml']);
  for (const spec of Object.values(COLLECTIONS) as CollectionSpec[]) expected.add(spec.kind === 'list' ? spec.file : spec.folder);
  const errors: ContentError[] = [];
  for (const name of listNames(contentDir).sort()) {
    if (expected.has(name)) continue;
    const shown = shownPath(contentDir, join(contentDir, name));
    const lists = (Object.values(COLLECTIONS) as CollectionSpec[]).flatMap((s) => (s.kind === 'list' ? [s.file] : []));
    const twin = lists.find((f) => name.toLowerCase().startsWith(f.replace(/\.yaml$/, '').toLowerCase()));
    errors.push(
      new ContentError(
        shown,
        '文件名',
        twin ? `网站只读取 ${twin}，这个文件会被跳过` : 'content 文件夹里多了这个文件或文件夹，网站不会读取它',
        twin ? `把需要的改动并入 ${twin}，再删去 ${name}` : '把它放进对应的文件夹（例如 content/events/），或把它移出 content/',
      ),
    );
  }
  return errors;
}

export interface ContentCheck {
  errors: ContentError[];
  entries: ContentEntries;
}

/**
 * Checks a whole content folder: every collection and the folder itself. Returns the entries of
 * each collection (those without problems) and every problem, in file order.
 */
export async function checkContent(contentDir: string): Promise<ContentCheck> {
  const dir = resolve(contentDir);
  const checks = await Promise.all(COLLECTION_NAMES.map(async (name) => [name, await checkCollection(dir, name)] as const));
  const entries = Object.fromEntries(checks.map(([name, check]) => [name, check.entries])) as ContentEntries;
  // In file order, then line order, as an editor goes through them.
  const byFile = (a: ContentError, b: ContentError) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1);
  const errors = [...checkRoot(dir), ...checks.flatMap(([, check]) => check.errors)];
  // Checks across collections (a clause, brand or action that does not exist, a quote that is not
  // in its clause…) run once every file reads well: on half-read content they would only repeat
  // the files' own problems.
  if (errors.length === 0) errors.push(...placeProblems(buildSite(siteEntries(entries)).problems, entries));
  return { errors: errors.sort(byFile), entries };
}

/** The check's entries as the model reads them. */
export function siteEntries(entries: ContentEntries): SiteEntries {
  const plain = (name: CollectionName) => entries[name].map(({ id, file, data, body }) => ({ id, file, data, body }));
  return Object.fromEntries(COLLECTION_NAMES.map((name) => [name, plain(name)])) as unknown as SiteEntries;
}

/**
 * The model's problems with the line of their field, where the check read it: `sources[0].clause`
 * of a target file, or `wanzhou.region` of the list in districts.yaml.
 */
export function placeProblems(problems: readonly ContentError[], entries: ContentEntries): ContentError[] {
  const byFile = new Map<string, ContentEntry[]>();
  for (const entry of Object.values(entries).flat()) byFile.set(entry.file, [...(byFile.get(entry.file) ?? []), entry]);
  return problems.map((problem) => {
    const candidates = byFile.get(problem.file) ?? [];
    const listed = candidates.length > 1 ? candidates.find((e) => problem.field.startsWith(`${e.id}.`)) : undefined;
    const entry = listed ?? (candidates.length === 1 ? candidates[0] : undefined);
    const field = listed ? problem.field.slice(listed.id.length + 1) : problem.field;
    const line = entry?.lines.get(field) ?? entry?.lines.get(field.replace(/\[\d+\]$/, ''));
    return line === undefined || problem.line !== undefined
      ? problem
      : new ContentError(problem.file, problem.field, problem.problem, problem.fix, { line });
  });
}
