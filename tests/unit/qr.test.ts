import sharp from 'sharp';
import decodeQR from 'qr/decode.js';
import { describe, expect, test } from 'vitest';
import { clauseQrPath, inlineQrSvg, qrSvg } from '../../src/lib/qr';

/** What a phone camera reads from an SVG QR code (rendered by sharp, decoded by the `qr` library). */
async function scan(svg: string): Promise<string> {
  const { data, info } = await sharp(Buffer.from(svg), { density: 300 }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return decodeQR({ width: info.width, height: info.height, data });
}

describe('QR codes of addresses', () => {
  test('a clause address scans back to the same address', async () => {
    const url = 'https://bayu-jinguo.example.org/policies/rural-revitalization/#s2-1-3';
    expect(await scan(await qrSvg(url))).toBe(url);
  });

  test('the inline code of a page is an image with a name and a size, and still scans', async () => {
    const url = 'https://bayu-jinguo.example.org/policies/workplan-2021/';
    const svg = await inlineQrSvg(url, '本文网址的二维码："甲"&乙', 168);
    expect(svg).toMatch(/^<svg role="img" aria-label="本文网址的二维码：&quot;甲&quot;&amp;乙" width="168" height="168" class="qr" /);
    expect(await scan(svg)).toBe(url);
  });

  test('a clause code is published beside its page', () => {
    expect(clauseQrPath('workplan-2021', 's2-5')).toBe('/policies/workplan-2021/qr/s2-5.svg');
  });
});
