/**
 * The downloadable master of each story image: full resolution, upright, without the camera's
 * metadata (location, device, owner), and carrying the caption, credit, description and licence
 * the site gives it (src/lib/image-metadata.ts), so that a downloaded copy keeps them.
 * Re-encoding an image takes a tenth of a second or more: each download is kept in the build cache
 * under its master's bytes, its credits and the encoder's version, and made again only when one changes.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadSite } from '../../../../data/site';
import { storyImages } from '../../../../lib/model/stories';
import { IMAGE_ENCODER, publishableImage } from '../../../../lib/image-metadata';
import { cachedBytes } from '../../../../lib/build-cache';
import { readFile } from 'node:fs/promises';

export const getStaticPaths = (async () =>
  (await loadSite()).stories.stories.flatMap((story) =>
    storyImages(story).map((item) => ({ params: { id: story.id, file: item.file }, props: { story, item } })),
  )) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { story, item } = props;
  const { caption, credit, alt, licence } = item.image;
  const credits = { caption, credit, alt, licence, source: new URL(story.url, site).href };
  const inputs = [await readFile(item.master), JSON.stringify(credits), IMAGE_ENCODER];
  const bytes = await cachedBytes('story-images', inputs, () => publishableImage(item.master, credits));
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': item.file.endsWith('.png') ? 'image/png' : 'image/jpeg' } });
};
