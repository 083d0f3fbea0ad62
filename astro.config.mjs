// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import pagefind from './src/integrations/pagefind.ts';

/** The public address of the site: canonical links, the sitemap, feeds and calendar files use it. */
const site = process.env.SITE_URL ?? 'https://bayu-jinguo.example.org';

export default defineConfig({
  site,
  // OUT_DIR and CACHE_DIR let several builds run side by side (tests build fixture content).
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Stylesheets as files, never <style> in the page: pages stay small and share the cached CSS
    // (the same setting as the strict CSP of branch deploy needs).
    inlineStylesheets: 'never',
  },
  devToolbar: { enabled: false },
  markdown: {
    // GFM comes from remark-gfm; SmartyPants stays off so full-width Chinese punctuation is untouched.
    processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm] }),
  },
  integrations: [mdx(), sitemap(), pagefind()],
});
