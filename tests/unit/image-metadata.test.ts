/**
 * Published images say nothing about the camera, the place or the owner (src/lib/image-metadata.ts);
 * a story image's download carries the site's caption, credit and licence instead.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import { imageSize, privateTags, publishableImage, stripPublishedImages } from '../../src/lib/image-metadata';

const scratch = mkdtempSync(join(tmpdir(), 'bayu-image-metadata-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A photo as a phone saves it: GPS, make, model, serial number, turned a quarter (orientation 6). */
function phonePhoto(format: 'jpeg' | 'png' | 'webp' = 'jpeg'): Promise<Buffer> {
  return sharp({ create: { width: 300, height: 200, channels: 3, background: '#36a' } })
    .withExif({
      IFD0: { Make: 'Apple', Model: 'iPhone 12' },
      IFD2: { BodySerialNumber: 'F17ABC123' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '29/1 33/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '106/1 33/1 0/1' },
    })
    .withMetadata({ orientation: 6 })
    .toFormat(format)
    .toBuffer();
}

const credits = {
  caption: '茶园与手机：春茶上网（示例插图）。',
  credit: '示例插图，巴渝巾帼网站绘制',
  alt: '插图：层层茶园前，一位女子举着手机。',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans' },
  source: 'https://bayu-jinguo.example.org/stories/sample-xiushan-tea-wangjie/',
};

describe('a downloadable story image', () => {
  test('has none of the camera’s metadata, and is upright at full size', async () => {
    const photo = await phonePhoto();
    expect(await privateTags(photo)).toEqual(expect.arrayContaining(['gps.latitude', 'ifd0.Make', 'ifd0.Model']));
    const published = await publishableImage(photo, credits);
    expect(await privateTags(published)).toEqual([]);
    expect(await imageSize(published)).toEqual({ width: 200, height: 300, format: 'JPEG' });
  });

  test('carries the caption, credit, description and licence, in Chinese', async () => {
    const published = await publishableImage(await phonePhoto(), credits);
    const xmp = await exifr.parse(published, { xmp: true, tiff: false, mergeOutput: false });
    expect(xmp.dc.description.value).toBe(credits.caption);
    expect(xmp.dc.creator).toBe(credits.credit);
    expect(xmp.dc.rights.value).toBe(`CC BY 4.0 ${credits.licence.url}`);
    expect(xmp.Iptc4xmpCore.AltTextAccessibility.value).toBe(credits.alt);
    expect(xmp.xmpRights.WebStatement).toBe(credits.licence.url);
  });

  test('escapes what XML would read as markup', async () => {
    const published = await publishableImage(await phonePhoto(), { ...credits, caption: '“<一>” & 二' });
    const xmp = (await sharp(published).metadata()).xmp?.toString('utf8');
    expect(xmp).toContain('<rdf:li xml:lang="x-default">“&lt;一&gt;” &amp; 二</rdf:li>');
  });

  test('a PNG stays a PNG, with its credits and without the camera’s data', async () => {
    const photo = await phonePhoto('png');
    expect(await privateTags(photo)).toEqual(expect.arrayContaining(['gps.latitude', 'ifd0.Make']));
    const published = await publishableImage(photo, credits);
    const meta = await sharp(published).metadata();
    expect(meta.format).toBe('png');
    expect(meta.xmp?.toString('utf8')).toContain(credits.caption);
    expect(await privateTags(published)).toEqual([]);
  });
});

describe('the build’s sweep over the built site', () => {
  test('strips every image carrying metadata, and leaves the site’s own downloads and clean images alone', async () => {
    const site = join(scratch, 'site');
    mkdirSync(join(site, 'img'), { recursive: true });
    const clean = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    const ours = await publishableImage(await phonePhoto(), credits);
    writeFileSync(join(site, 'img', 'phone.jpg'), await phonePhoto());
    writeFileSync(join(site, 'img', 'phone.webp'), await phonePhoto('webp'));
    writeFileSync(join(site, 'clean.png'), clean);
    writeFileSync(join(site, 'download.jpg'), ours);

    expect(await stripPublishedImages(site)).toEqual(['img/phone.jpg', 'img/phone.webp']);
    for (const name of ['img/phone.jpg', 'img/phone.webp']) {
      const meta = await sharp(readFileSync(join(site, name))).metadata();
      expect([name, meta.exif, meta.xmp, meta.iptc]).toEqual([name, undefined, undefined, undefined]);
    }
    expect(readFileSync(join(site, 'clean.png')).equals(clean)).toBe(true);
    expect(readFileSync(join(site, 'download.jpg')).equals(ours)).toBe(true);
  });
});
