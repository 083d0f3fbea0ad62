/**
 * Looks at the names of the files in content/ before anything is read. The build's loaders only
 * pick up `*.yaml`, `*.md` (stories) or `*.mdx` (policies) files, so a file saved as `.yml`,
 * `.yaml.txt`, a story still named `.mdx`, a copy made by the
 * file manager (“… - 副本.yaml”, “… - Copy.yaml”, “… (1).yaml”) or a file in the wrong folder
 * would be skipped or published twice without a word; here each is reported. File names are
 * ids in web addresses: they must be lower-case slugs, and unique whatever the letter case.
 */
import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from '../content-error';
import { IMAGE_EXTENSIONS } from './collections';

/** A file the loaders will read, with its id. */
export interface FoundFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the content folder, with `/`. */
  relative: string;
  /** The file name without its extension. */
  id: string;
  /** A template (`_example.yaml`): checked, not published. */
  template: boolean;
}

/** Files no editor put there on purpose: system files, hidden files, office lock files. */
export function isSystemFile(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$') || /^(thumbs\.db|desktop\.ini|ehthumbs\.db)$/i.test(name);
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** The file in a content folder that explains it to editors: never an entry. */
export const FOLDER_GUIDE = 'README.md';

/** Extensions an editor mixes up with the one a folder wants: `.yml` for `.yaml`, `.mdx` and `.md`. */
const NEAR_MISSES: Record<FolderRules['extension'], string> = { '.yaml': '.yml', '.md': '.mdx', '.mdx': '.md' };

/** The name an editor probably meant for a copy, or null: “x - 副本” → “x”. */
export function copiedFrom(stem: string): string | null {
  const patterns = [
    /^(.+?) - (副本|复制|copy)( \(\d+\))?$/i,
    /^(.+?)\s*\(\d+\)$/,
    /^(.+?) (copy|副本)( \d+)?$/i,
    /^(.+?)的副本$/,
    /^(.+?)副本$/,
    /^复件 (.+)$/,
    /^Copy of (.+)$/i,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(stem);
    if (match?.[1]) return match[1].trim();
  }
  return null;
}

/** A slug for a file name an editor wrote, or null when nothing of it can be kept (all Chinese). */
export function suggestSlug(stem: string): string | null {
  const slug = stem
    .toLowerCase()
    .replace(/[\s_.]+/g, '-')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return SLUG.test(slug) ? slug : null;
}

/** Splits “x.yaml.txt” into the stem “x” and the extensions “.yaml.txt”. */
function splitName(name: string): { stem: string; extension: string } {
  const dot = name.indexOf('.', 1);
  return dot === -1 ? { stem: name, extension: '' } : { stem: name.slice(0, dot), extension: name.slice(dot) };
}

function readFolder(path: string): Dirent[] {
  try {
    return readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  } catch {
    return [];
  }
}

export interface FolderRules {
  /** How the folder is shown in messages, e.g. content/events. */
  shown: string;
  /** `.yaml`, `.md` or `.mdx`. */
  extension: '.yaml' | '.md' | '.mdx';
  templates: boolean;
  images?: string;
}

const isImageName = (name: string) => /\.(jpe?g|png|webp|gif|heic|heif|tiff?|bmp|avif)$/i.test(name);

/** The entry files of a collection folder, and what is wrong with the others. */
export function scanFolder(folder: string, rules: FolderRules): { files: FoundFile[]; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const files: FoundFile[] = [];
  const entries = readFolder(folder).filter((e) => !isSystemFile(e.name));
  const wanted = rules.extension;
  const names = new Set(entries.filter((e) => e.isFile()).map((e) => e.name));
  const fileError = (name: string, problem: string, fix: string) => errors.push(new ContentError(`${rules.shown}/${name}`, '文件名', problem, fix));
  const exampleName = `xiushan-chaye${rules.extension}（秀山茶叶）`;

  for (const entry of entries) {
    const name = entry.name;
    if (entry.isDirectory()) {
      if (rules.images && name === rules.images) {
        errors.push(...scanImages(join(folder, name), `${rules.shown}/${name}`));
        continue;
      }
      fileError(`${name}/`, '这个文件夹里不应有子文件夹', `把其中的文件移到 ${rules.shown}/ 下（或删去这个文件夹）`);
      continue;
    }
    if (!entry.isFile()) continue;
    if (name === FOLDER_GUIDE) continue;
    const { stem, extension } = splitName(name);

    if (extension !== wanted) {
      const lower = extension.toLowerCase();
      const same = `${stem}${wanted}`;
      const twin = names.has(same) ? `；同一文件夹里已有 ${same}，两个文件是同一条内容` : '';
      // “x.yaml.txt”, “x.md.txt”: the wanted extension (or its near miss), then more.
      const before = [wanted, NEAR_MISSES[wanted]].sort((x, y) => y.length - x.length).find((e) => lower.startsWith(e));
      if (rules.images && isImageName(name)) {
        fileError(name, '图片放错了文件夹', `把它移到 ${rules.shown}/${rules.images}/，并在故事里写成 ./${rules.images}/${name}`);
      } else if (lower === wanted || lower === NEAR_MISSES[wanted]) {
        fileError(
          name,
          `扩展名是 ${extension}，网站只读取 ${wanted} 文件，这个文件会被跳过${twin}`,
          twin ? `删去 ${name}（先把需要的改动并入 ${same}）` : `把文件改名为 ${same}`,
        );
      } else if (before) {
        fileError(
          name,
          `文件名末尾多了 ${extension.slice(before.length)}，网站不会读取这个文件${twin}`,
          `把文件改名为 ${same}（在资源管理器中打开“文件扩展名”显示，才能看到完整的名字）`,
        );
      } else {
        fileError(name, `这个文件夹只放 ${wanted} 文件，${name} 不会上网站`, `把它移出 content/ 文件夹；如果它是一条内容，请按 ${wanted} 的格式重写`);
      }
      continue;
    }

    if (stem.startsWith('_') && rules.templates) {
      files.push({ path: join(folder, name), relative: `${rules.shown}/${name}`, id: stem, template: true });
      continue;
    }
    const original = copiedFrom(stem);
    if (original) {
      const exists = names.has(`${original}${wanted}`);
      fileError(
        name,
        exists
          ? `这是 ${original}${wanted} 的副本（复制文件时自动起的名字），同一条内容会出现两次`
          : '文件名像是复制文件时自动起的名字，不能用作网址',
        exists
          ? `删去这个副本；如果它是一条新内容，请改成新的文件名，例如 ${original}-2${wanted}`
          : `把文件改名为 ${suggestSlug(original) ?? 'xiushan-tea'}${wanted}（只用小写英文字母、数字和连字符）`,
      );
      continue;
    }
    if (!SLUG.test(stem)) {
      const twin = [...names].find((other) => other !== name && other.toLowerCase() === name.toLowerCase());
      const suggestion = suggestSlug(stem);
      fileError(
        name,
        `文件名 “${stem}” 不能用作网址：只能用小写英文字母、数字和连字符${twin ? `；它与 ${twin} 只差大小写，网址相同` : ''}`,
        twin
          ? `两个文件只保留一个：删去 ${name}，或把它改成另一个名字`
          : suggestion
            ? `把文件改名为 ${suggestion}${wanted}`
            : `用拼音或英文改名，例如 ${exampleName}`,
      );
      continue;
    }
    files.push({ path: join(folder, name), relative: `${rules.shown}/${name}`, id: stem, template: false });
  }
  return { files, errors };
}

/** The images folder of a collection: only JPEG and PNG files a browser can show. */
function scanImages(folder: string, shown: string): ContentError[] {
  const errors: ContentError[] = [];
  for (const entry of readFolder(folder).filter((e) => !isSystemFile(e.name))) {
    const name = entry.name;
    const error = (problem: string, fix: string) => errors.push(new ContentError(`${shown}/${name}`, '文件名', problem, fix));
    if (entry.isDirectory()) {
      error('images 文件夹里不应有子文件夹', `把图片移到 ${shown}/ 下`);
      continue;
    }
    const lower = name.toLowerCase();
    if (IMAGE_EXTENSIONS.some((ext) => lower.endsWith(ext))) continue;
    if (/\.(heic|heif)$/.test(lower)) error('HEIC 格式（手机照片）浏览器不能显示', '在手机或电脑上把它导出为 JPEG（.jpg），再放进来');
    else if (isImageName(lower)) error('图片只收 JPEG（.jpg）或 PNG（.png）格式', '用看图软件把它另存为 JPEG，再放进来');
    else error('images 文件夹只放图片', `把它移出 ${shown}/`);
  }
  return errors;
}
