/**
 * QR codes of the site's addresses, made at build time as SVG by the `qrcode` library (the most
 * used QR encoder on npm; its SVG output is one compact <path>). Dark modules on white whatever
 * the page's colour scheme: phone cameras need the contrast.
 */
import QRCode from 'qrcode';

const QR_OPTIONS = {
  type: 'svg',
  // M recovers from about 15 % damage: enough for a screen or a print, and a smaller code than Q or H.
  errorCorrectionLevel: 'M',
  margin: 4,
  color: { dark: '#000000', light: '#ffffff' },
} as const;

/** The SVG document of a QR code encoding `text`. */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, QR_OPTIONS);
}

/** Where the QR code of a text's or notice's address is published: /policies/<doc>/qr.svg. */
export function pageQrPath(docId: string): string {
  return `/policies/${docId}/qr.svg`;
}

/** Where the QR code of a clause's address is published: /policies/<doc>/qr/<clause>.svg. */
export function clauseQrPath(docId: string, clauseId: string): string {
  return `/policies/${docId}/qr/${clauseId}.svg`;
}
