/**
 * The build's loaders (src/lib/content-files/loaders.ts) with a stand-in for Astro's loader
 * context: a YAML collection is stored as the content check read it (dates stay the text written),
 * and a collection with a mistake stops before anything is stored, with the check's own message.
 */
import { readFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, test } from 'vitest';
import { checkedGlob, contentLoader } from '../../src/lib/content-files/loaders';
import { CONTENT } from '../support/paths';

const scratch = mkdtempSync(join(tmpdir(), 'bayu-loaders-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** What a loader stores, through the parts of Astro's context it uses. */
function fakeContext(root: string) {
  const stored = new Map<string, { data: Record<string, unknown>; filePath?: string }>();
  const context = {
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      clear: () => stored.clear(),
      set: (entry: { id: string; data: Record<string, unknown>; filePath?: string }) => (stored.set(entry.id, entry), true),
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (data: unknown) => JSON.stringify(data).length.toString(16),
    logger: { error: () => undefined },
  } as unknown as LoaderContext;
  return { context, stored };
}

function copyOfContent(name: string): string {
  const dir = join(scratch, name, 'content');
  cpSync(CONTENT, dir, { recursive: true });
  return dir;
}

describe('a YAML collection', () => {
  test('is stored as written: dates stay text, the file path is relative to the project', async () => {
    const root = join(scratch, 'good');
    copyOfContent('good');
    const { context, stored } = fakeContext(root);
    await contentLoader('./content', 'events').load(context);
    const entry = stored.get('womens-day');
    // The day exactly as the file writes it, unquoted: YAML would have made it a Date.
    const written = /^updated: (\d{4}-\d{2}-\d{2})$/m.exec(readFileSync(join(CONTENT, 'events', 'womens-day.yaml'), 'utf8'))?.[1];
    expect(written).toBeDefined();
    expect(entry?.data.updated).toBe(written);
    expect(entry?.data.date).toBe('2021-03-08');
    expect(entry?.filePath).toBe('content/events/womens-day.yaml');
    expect(stored.has('_example')).toBe(false);
  });

  test('with a mistake stops the build with the check’s message, storing nothing', async () => {
    const root = join(scratch, 'bad');
    const content = copyOfContent('bad');
    writeFileSync(join(content, 'events/womens-day - 副本.yaml'), 'title: x\n');
    const { context, stored } = fakeContext(root);
    await expect(contentLoader('./content', 'events').load(context)).rejects.toThrow(
      /content\/events\/womens-day - 副本\.yaml → 文件名：这是 womens-day\.yaml 的副本.*修改方法：删去这个副本/,
    );
    expect(stored.size).toBe(0);
  });
});

describe('the stories', () => {
  test('are checked before Astro’s glob() reads them: a missing image is named, not left to Vite', async () => {
    const root = join(scratch, 'stories');
    const content = copyOfContent('stories');
    rmSync(join(content, 'stories/images/wangjie-tea.jpg'));
    const { context, stored } = fakeContext(root);
    await expect(checkedGlob('./content', 'stories').load(context)).rejects.toThrow(
      /content\/stories\/sample-xiushan-tea-wangjie\.md → image\.src（第 \d+ 行）：找不到图片 content\/stories\/images\/wangjie-tea\.jpg/,
    );
    expect(stored.size).toBe(0);
  });

  test('are read again from their new file when one kept from an earlier build has moved (.mdx to .md)', async () => {
    const root = join(scratch, 'moved');
    const content = copyOfContent('moved');
    const id = 'sample-xiushan-tea-wangjie';
    const text = readFileSync(join(content, `stories/${id}.md`), 'utf8');
    const digest = (data: unknown) => String(data).length.toString(16);
    // What an earlier build stored for the story when it was an .mdx file with the same text.
    const stored = new Map<string, { id: string; filePath?: string; digest?: string; deferredRender?: boolean }>([
      [id, { id, filePath: `content/stories/${id}.mdx`, digest: digest(text), deferredRender: true }],
    ]);
    const modules: string[] = [];
    const context = {
      config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
      collection: 'stories',
      store: {
        keys: () => [...stored.keys()],
        entries: () => [...stored.entries()],
        get: (key: string) => stored.get(key),
        set: (entry: { id: string; filePath?: string }) => (stored.set(entry.id, entry), true),
        delete: (key: string) => stored.delete(key),
        addModuleImport: (path: string) => modules.push(path),
      },
      parseData: async ({ data }: { data: Record<string, unknown> }) => data,
      generateDigest: digest,
      entryTypes: new Map([['.md', { getEntryInfo: ({ contents }: { contents: string }) => ({ data: {}, body: contents }) }]]),
      logger: { error: () => undefined, warn: () => undefined, info: () => undefined },
    } as unknown as LoaderContext;
    await checkedGlob('./content', 'stories').load(context);
    expect(stored.get(id)?.filePath).toBe(`content/stories/${id}.md`);
    expect(modules).toEqual([]);
  });
});
