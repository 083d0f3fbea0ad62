/**
 * What a published image may say about itself. A camera or phone writes where a photo was taken
 * (GPS), on which device (make, model, serial numbers) and often who took it into the file; a
 * site that shows women by name and district must not pass that on. At build:
 * - a story image offered for download is re-encoded with sharp without any of the original's
 *   metadata, carrying instead the caption, credit, description and licence the site gives it
 *   (XMP, which reads Chinese correctly), so that a downloaded copy keeps them;
 * - every other image in the built site that still has EXIF, XMP or IPTC data is re-encoded
 *   without it (scripts/build.mjs, `stripPublishedImages`).
 * exifr reads the metadata back (tests, and a last check of the site's own files).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import exifr from 'exifr';
import sharp, { type FormatEnum, type Sharp } from 'sharp';

/** What the site writes into a downloadable image. */
export interface ImageCredits {
  /** The caption printed under the image. */
  caption: string;
  /** Who made it. */
  credit: string;
  /** What it shows, for readers who cannot see it. */
  alt: string;
  /** Terms of reuse. */
  licence: { name: string; url?: string | undefined };
  /** Address of the story page the image belongs to. */
  source: string;
}

/** Marks an image's XMP as written by this site (so the build's sweep leaves its credits in place). */
export const SITE_XMP_TOOL = 'bayu-jinguo site build';

/** Image files of a built site that can carry metadata. */
const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.tif', '.tiff']);

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The XMP packet of a downloadable image: caption, credit, alt text, licence and source page. */
export function creditsXmp(credits: ImageCredits): string {
  const alt = (value: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(value)}</rdf:li></rdf:Alt>`;
  const rights = [credits.licence.name, credits.licence.url].filter(Boolean).join(' ');
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"',
    ' xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/"',
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    ' xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"',
    ` xmp:CreatorTool="${escapeXml(SITE_XMP_TOOL)}"`,
    ` photoshop:Credit="${escapeXml(credits.credit)}"`,
    ' xmpRights:Marked="True"',
    credits.licence.url ? ` xmpRights:WebStatement="${escapeXml(credits.licence.url)}"` : '',
    '>',
    `<dc:description>${alt(credits.caption)}</dc:description>`,
    `<dc:creator><rdf:Seq><rdf:li>${escapeXml(credits.credit)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:rights>${alt(rights)}</dc:rights>`,
    `<dc:source>${escapeXml(credits.source)}</dc:source>`,
    `<Iptc4xmpCore:AltTextAccessibility>${alt(credits.alt)}</Iptc4xmpCore:AltTextAccessibility>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('');
}

/** Re-encodes in the image's own format, at a quality that keeps a master a master. */
function encode(image: Sharp, format: keyof FormatEnum | undefined): Sharp {
  switch (format) {
    case 'jpeg':
      return image.jpeg({ quality: 95, chromaSubsampling: '4:4:4' });
    case 'png':
      return image.png({ compressionLevel: 9 });
    case 'webp':
      return image.webp({ quality: 95 });
    // sharp names AVIF files heif.
    case 'heif':
      return image.avif({ quality: 80 });
    case 'gif':
      return image.gif();
    case 'tiff':
      return image.tiff();
    default:
      throw new Error(`cannot re-encode an image in format ${String(format)}`);
  }
}

/** The encoder behind publishableImage(): a cached download is made again when it changes. */
export const IMAGE_ENCODER = `sharp ${sharp.versions.sharp ?? '?'}, libvips ${sharp.versions.vips}`;

/**
 * The image, upright (camera orientation applied) and in its own format, without any of its
 * EXIF, XMP or IPTC metadata; with `credits`, carrying the site's caption, credit and licence.
 * The colour profile is kept, so colours do not shift.
 */
export async function publishableImage(input: Buffer | string, credits?: ImageCredits): Promise<Buffer> {
  const { format, pages } = await sharp(input).metadata();
  let image = sharp(input, { animated: (pages ?? 1) > 1 })
    .autoOrient()
    .keepIccProfile();
  if (credits) image = image.withXmp(creditsXmp(credits));
  return encode(image, format).toBuffer();
}

/** Width, height (upright, as published) and format name of an image file, e.g. 1600 × 1000 JPEG. */
export async function imageSize(input: Buffer | string): Promise<{ width: number; height: number; format: string }> {
  const meta = await sharp(input).metadata();
  const format = meta.format === 'jpeg' ? 'JPEG' : meta.format.toUpperCase();
  return { width: meta.autoOrient.width, height: meta.autoOrient.height, format };
}

/** EXIF tags that tell where a photo was taken, with what, or whose camera it is. */
const PRIVATE_EXIF = /^(GPS.*|latitude|longitude|Make|Model|Software|HostComputer|Artist|.*SerialNumber|Lens.*|CameraOwnerName|OwnerName)$/i;
/** The same in XMP (and IPTC place names carried in XMP). */
const PRIVATE_XMP =
  /\b(exif:GPS\w+|tiff:(Make|Model|Software|Artist)|aux:\w+|exifEX:(\w*SerialNumber|Lens\w*|CameraOwnerName)|photoshop:(City|State|Country)|Iptc4xmpCore:(Location|CountryCode)|Iptc4xmpExt:Location\w*)\b/g;

/**
 * The location, device and owner tags an image carries (none for a clean image), read from its
 * EXIF (with exifr), XMP and IPTC blocks as sharp finds them in any format (JPEG, PNG, WebP, AVIF…).
 * Any IPTC block counts: the site never writes one, and it holds places and names.
 */
export async function privateTags(input: Buffer | string): Promise<string[]> {
  const meta = await sharp(input).metadata();
  const found = new Set<string>();
  if (meta.exif) {
    const tiff = meta.exif.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? meta.exif.subarray(6) : meta.exif;
    const parsed: Record<string, Record<string, unknown> | undefined> | undefined = await exifr
      .parse(tiff, { tiff: true, exif: true, gps: true, ifd1: true, xmp: false, iptc: false, mergeOutput: false })
      .catch(() => undefined);
    if (!parsed) found.add('exif (unreadable)');
    for (const [segment, tags] of Object.entries(parsed ?? {})) {
      for (const name of Object.keys(tags ?? {})) if (segment === 'gps' || PRIVATE_EXIF.test(name)) found.add(`${segment}.${name}`);
    }
  }
  if (meta.xmp) for (const [name] of meta.xmp.toString('utf8').matchAll(PRIVATE_XMP)) found.add(`xmp.${name}`);
  if (meta.iptc) found.add('iptc');
  return [...found];
}

/** Whether an image carries metadata other than what the site itself wrote. */
async function needsStripping(image: Buffer): Promise<boolean> {
  const meta = await sharp(image).metadata();
  if (!meta.exif && !meta.xmp && !meta.iptc) return false;
  const ours = !meta.exif && !meta.iptc && meta.xmp?.toString('utf8').includes(SITE_XMP_TOOL);
  return !ours || (await privateTags(image)).length > 0;
}

/** Every image file under a folder, relative paths. */
async function imagesUnder(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true });
  return names.filter((name) => IMAGE_EXTENSIONS.has(extname(name).toLowerCase())).sort();
}

/**
 * Re-encodes, in place, every image under `dir` (a built site) that carries EXIF, XMP or IPTC
 * metadata the site did not write itself. Returns the paths (relative to `dir`) it changed, in
 * name order. A few images at a time: sharp reads and writes them in Node's thread pool, on every
 * core (one at a time, the 6,300 images of 10,000 generated stories took 9.5 s).
 */
export async function stripPublishedImages(dir: string): Promise<string[]> {
  const names = await imagesUnder(dir);
  const stripped = new Array<boolean>(names.length).fill(false);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < names.length; i = next++) {
      const path = join(dir, names[i] ?? '');
      const image = await readFile(path);
      if (!(await needsStripping(image))) continue;
      await writeFile(path, await publishableImage(image));
      stripped[i] = true;
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return names.filter((_, i) => stripped[i]);
}
