// @ts-check
import { defineConfig, sharpImageService } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import imageCache from './src/integrations/image-cache.ts';
import siteAddress from './src/integrations/site-address.ts';
import { buildCacheDir } from './src/lib/build-cache.ts';

export default defineConfig({
  // `site`, the public address of the site, is set by siteAddress() from SITE_URL (see src/lib/site-url.ts).
  // OUT_DIR and CACHE_DIR let several builds run side by side (tests build fixture content).
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: buildCacheDir(),
  trailingSlash: 'always',
  image: {
    // AVIF at sharp's effort 3 instead of 4: a story image encodes about 2.4 times faster (most of
    // a cold build's time) for about 7 % more bytes, still about a third smaller than WebP.
    // imageCache() drops processed images made with other settings.
    service: sharpImageService({ avif: { effort: 3 } }),
  },
  build: {
    format: 'directory',
    // Pages rendered side by side, in one process: with one at a time Astro sat idle about 40 % of
    // the time, waiting on file reads and writes and on image sizes (measured with 10,000 generated
    // stories and events: 93 s to render 18,101 pages, 65 s with 8, at the same peak memory, which
    // is reached while bundling). The output does not depend on it (tests/site/reproducible.test.ts).
    concurrency: 8,
    // The Content-Security-Policy (deploy/headers.mjs) allows stylesheet files only: no <style>.
    inlineStylesheets: 'never',
  },
  devToolbar: { enabled: false },
  markdown: {
    // GFM comes from remark-gfm; SmartyPants stays off so full-width Chinese punctuation is untouched.
    // The content check parses story texts with the same remark-parse and remark-gfm
    // (src/lib/content-files/markdown.ts).
    processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm] }),
  },
  vite: {
    build: {
      // Never inline: every script is a file under /_astro/ (the CSP allows no inline script), and
      // no asset becomes a data: URL (the CSP allows images from the site only).
      assetsInlineLimit: 0,
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro marks each MDX entry (the policy texts) with its own "use astro:head-inject"
          // directive, which the bundler warns it may drop (lines of warnings per build, harmless:
          // Astro reads it before bundling). Only these are silenced; every other warning is shown.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
  // The search index and the compressed copies of files are made after `astro build`, by
  // scripts/build.mjs (`npm run build`), once Astro's process has exited.
  integrations: [siteAddress(), imageCache(), mdx(), sitemap()],
});
