/**
 * How story images are resized at build time. Every size reuses the same few widths, so a story's
 * image is encoded once per width and format, whatever the page: AVIF for browsers that take it,
 * WebP otherwise (every current browser). The master is offered for download without its camera
 * metadata (src/lib/image-metadata.ts).
 */
import type { ImageOutputFormat } from 'astro';

/** Modern formats offered as <source>s, best first. */
export const PICTURE_FORMATS: ImageOutputFormat[] = ['avif'];
/** The format of the <img> itself. */
export const PICTURE_FALLBACK: ImageOutputFormat = 'webp';
/** Widths for an image shown at column width (up to 48rem, 2× screens up to 1200 px). */
export const FULL_WIDTHS = [400, 800, 1200];
/** Widths for a thumbnail or preview (a subset of FULL_WIDTHS, so nothing is encoded twice). */
export const THUMB_WIDTHS = [400, 800];
/** The Open Graph preview: the size link previews expect. */
export const OG_SIZE = { width: 1200, height: 630 } as const;
