/**
 * `npm run build` (scripts/build.mjs) end to end, on a copy of content/:
 * 1. a good build, with a story photo that carries its camera's GPS position, device and owner:
 *    no image anywhere in the built site has such metadata, and the photo's download carries the
 *    site's caption and credit instead;
 * 2. a failing build on top of it, with the mistakes that only the build's checks across files
 *    find (tests/support/content-mistakes.ts, `crossCheck`): the build fails with their messages,
 *    says the last good site was kept, and leaves that site byte for byte as it was.
 * Each editor mistake the content check finds is tested without a build in
 * tests/unit/content-check.test.ts. Last, the site the other tests use has no such metadata either.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { privateTags } from '../../src/lib/image-metadata';
import { copyContent, fixtureCache, siteBuild } from '../support/build';
import { MISTAKES } from '../support/content-mistakes';
import { BUILD_HANG_GUARD } from '../support/limits';
import { guideExamples } from '../support/guide';
import { distDir, siteUrl } from '../support/site';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every file under a folder, with the SHA-256 of its bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(dir, name)).isFile());
  return new Map(
    files.sort().map((name) => [
      name,
      createHash('sha256')
        .update(readFileSync(join(dir, name)))
        .digest('hex'),
    ]),
  );
}

const IMAGE = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;

/** The images of a built site that carry location, device or owner metadata, with the tags found. */
async function leakingImages(dir: string): Promise<string[]> {
  const images = [...snapshot(dir).keys()].filter((name) => IMAGE.test(name));
  expect(images.length).toBeGreaterThan(0);
  const leaks: string[] = [];
  for (const name of images) {
    const tags = await privateTags(readFileSync(join(dir, name)));
    if (tags.length > 0) leaks.push(`${name}: ${tags.join(', ')}`);
  }
  return leaks;
}

/** A 1600 × 1000 JPEG as a phone would save it: GPS position, make, model, serial number, owner. */
function cameraPhoto(): Promise<Buffer> {
  return sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#4a7a3a' } })
    .withExif({
      IFD0: { Make: 'Apple', Model: 'iPhone 12', Software: '14.4', Artist: 'Photographer Name' },
      IFD2: { BodySerialNumber: 'F17ABC123', CameraOwnerName: 'Owner Name', DateTimeOriginal: '2021:06:18 10:20:00' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '28/1 27/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '108/1 59/1 0/1' },
    })
    .withXmp(
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
        '<rdf:Description rdf:about="" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:exif="http://ns.adobe.com/exif/1.0/"' +
        ' photoshop:City="秀山" exif:GPSLatitude="28,27.0N" exif:GPSLongitude="108,59.0E"/></rdf:RDF></x:xmpmeta>',
    )
    .jpeg({ quality: 90 })
    .toBuffer();
}

describe('npm run build', () => {
  test('publishes no camera metadata, and a failed build leaves the last good site untouched', { timeout: BUILD_HANG_GUARD }, async () => {
    const content = await copyContent('build');
    const base = dirname(content);
    const outDir = join(base, 'dist');
    const options = { outDir, cacheDir: await fixtureCache('build'), site: siteUrl('/'), contentDir: content };

    // The lead image of a story is a phone photo with its metadata.
    const story = 'sample-xiushan-tea-wangjie';
    const photo = await cameraPhoto();
    await writeFile(join(content, 'stories/images/wangjie-tea.jpg'), photo);
    expect(await privateTags(photo)).toEqual(expect.arrayContaining(['gps.latitude', 'ifd0.Make', 'ifd0.Model', 'xmp.photoshop:City']));

    const good = await siteBuild(options);
    expect(good.ok, good.output.slice(-4000)).toBe(true);
    expect(good.output).toContain('内容检查通过');
    expect(await leakingImages(outDir)).toEqual([]);

    // Its download: full size, with the site's caption and credit, without the camera's data.
    const download = readFileSync(join(outDir, 'stories', story, 'images', `${story}-1.jpg`));
    expect(await sharp(download).metadata()).toMatchObject({ width: 1600, height: 1000 });
    const xmp = await exifr.parse(download, { xmp: true, tiff: false, mergeOutput: false });
    expect(xmp.dc.description.value).toMatch(/示例插图/);
    expect(xmp.dc.creator).toMatch(/示例插图/);
    expect(await privateTags(download)).toEqual([]);
    // No copy of the photo as it was uploaded is published anywhere.
    const published = snapshot(outDir);
    const uploaded = createHash('sha256').update(photo).digest('hex');
    expect([...published].filter(([, hash]) => hash === uploaded).map(([name]) => name)).toEqual([]);

    // Now mistakes that only the build's checks across files find, so that Astro has started
    // writing the new site when it fails. (Once checkContent makes every check, pick any mistake
    // that still fails inside astro build, or one of the content check's.)
    const mistakes = MISTAKES.filter((m) => m.crossCheck);
    expect(mistakes.length).toBeGreaterThan(0);
    for (const mistake of mistakes) await mistake.apply(content);
    const bad = await siteBuild(options);
    expect(bad.ok).toBe(false);
    for (const { name, expected } of mistakes) {
      // file → field：…, with （第 N 行） after the field where the file has that line.
      const head = new RegExp(`${escapeRegExp(`${basename(expected.file)} → ${expected.field}`)}(（第 \\d+ 行）)?：`);
      const line = bad.output.split('\n').find((l) => head.test(l));
      expect(line, `${name}: no message for ${expected.file} → ${expected.field}\n${bad.output.slice(-3000)}`).toBeDefined();
      if (expected.problem) expect(line).toMatch(expected.problem);
      expect(line).toMatch(expected.fix);
    }
    // The editors' guide shows these messages as the build prints them (the fixture's path aside).
    for (const example of guideExamples().filter((e) => e.kind === 'build')) {
      expect(bad.output).toContain(example.message.replace(/^content\//, ''));
    }
    expect(bad.output).toContain('仍是上一次成功构建的网站，一个文件也没有改动');
    expect(bad.output).toContain('still holds the last good build, untouched');

    // The last good site, byte for byte, and nothing left of the failed one.
    expect(snapshot(outDir)).toEqual(published);
    expect(readdirSync(base).filter((name) => name.startsWith('dist.'))).toEqual([]);
  });

  test('no image of the site carries location, device or owner metadata', async () => {
    expect(await leakingImages(distDir())).toEqual([]);
  });
});
