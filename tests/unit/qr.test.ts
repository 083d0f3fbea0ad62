import sharp from 'sharp';
import decodeQR from 'qr/decode.js';
import { describe, expect, test } from 'vitest';
import { clauseQrPath, pageQrPath, qrSvg } from '../../src/lib/qr';

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

  test('a page code and its clauses’ codes are published beside the page', () => {
    expect(pageQrPath('workplan-2021')).toBe('/policies/workplan-2021/qr.svg');
    expect(clauseQrPath('workplan-2021', 's2-5')).toBe('/policies/workplan-2021/qr/s2-5.svg');
  });
});
