/**
 * The QR code of each policy page's address, shown in the page's tools (PolicyTools.astro) when the
 * reader opens them: an image file rather than inline markup, so the page does not carry it. The
 * path is pageQrPath() in src/lib/qr.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../data/site';
import { qrSvg } from '../../../lib/qr';

export const getStaticPaths = (async () => {
  const { policies } = await loadSite();
  return [...policies.byId.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  // The page's address as its tools give it (src/pages/policies/[id].astro).
  const url = new URL(`/policies/${params.id ?? ''}/`, site);
  return new Response(await qrSvg(url.href), { headers: { 'Content-Type': 'image/svg+xml' } });
};
