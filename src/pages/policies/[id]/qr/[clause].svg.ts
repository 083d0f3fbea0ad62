/**
 * The QR code of each clause's address, one SVG file per clause, shown in the clause's citation
 * box (ClauseCite.astro) only when the clause is opened, so that a page of a hundred clauses does
 * not carry a hundred codes. The path is clauseQrPath() in src/lib/qr.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../../data/site';
import { qrSvg } from '../../../../lib/qr';

export const getStaticPaths = (async () => {
  const { policies } = await loadSite();
  return policies.texts.flatMap((doc) =>
    doc.blocks.filter((block) => block.kind === 'clause').map((block) => ({ params: { id: doc.id, clause: block.id } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { id = '', clause = '' } = params;
  // The clause's address as its citation box gives it (src/pages/policies/[id].astro).
  const url = new URL(`/policies/${id}/#${clause}`, site);
  return new Response(await qrSvg(url.href), { headers: { 'Content-Type': 'image/svg+xml' } });
};
