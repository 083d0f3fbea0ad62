/**
 * The downloadable master of each story image: full resolution, upright, without the camera's
 * metadata (location, device, owner), and carrying the caption, credit, description and licence
 * the site gives it (src/lib/image-metadata.ts), so that a downloaded copy keeps them.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadSite } from '../../../../data/site';
import { storyImages } from '../../../../lib/model/stories';
import { publishableImage } from '../../../../lib/image-metadata';

export const getStaticPaths = (async () =>
  (await loadSite()).stories.stories.flatMap((story) =>
    storyImages(story).map((item) => ({ params: { id: story.id, file: item.file }, props: { story, item } })),
  )) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { story, item } = props;
  const { caption, credit, alt, licence } = item.image;
  const bytes = await publishableImage(item.master, { caption, credit, alt, licence, source: new URL(story.url, site).href });
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': item.file.endsWith('.png') ? 'image/png' : 'image/jpeg' } });
};
