// Draws the site's own illustrations as SVG and rasterises them with sharp:
//   - one master JPEG per sample story image (content/stories/images/*.jpg, 1600 × 1067), each
//     stamped "示例插图" in a corner so a downloaded copy still says it is a sample;
//   - the default Open Graph image public/og-default.png (1200 × 630).
// The outputs are committed; run again only to change them:
//   node_modules/.bin/node scripts/make-sample-images.mjs
// Shapes only, plus text set in the system CJK font (Noto Sans CJK SC via fontconfig).
import sharp from 'sharp';
import { mkdir, writeFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const W = 1600;
const H = 1067;
const FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";

const palette = {
  red: '#a4161a',
  rose: '#e07a7a',
  blush: '#f7d9d3',
  cream: '#fbf4ea',
  sand: '#ead9bd',
  ochre: '#d9a441',
  leaf: '#5b8c5a',
  moss: '#3f6b46',
  tea: '#7fae6f',
  sky: '#cfe3ee',
  river: '#7fb2c9',
  ink: '#2d2a32',
  plum: '#6d3b5e',
  indigo: '#2f4b7c',
  orange: '#e8893a',
  white: '#ffffff',
};

// ---- small drawing helpers (each returns an SVG fragment) ----
const rect = (x, y, w, h, fill, extra = '') => `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${fill}" ${extra}/>`;
const circle = (cx, cy, r, fill, extra = '') => `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}" ${extra}/>`;
const path = (d, fill, extra = '') => `<path d="${d}" fill="${fill}" ${extra}/>`;

function sky(top, bottom) {
  return `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs>${rect(0, 0, W, H, 'url(#sky)')}`;
}

/** A rolling hill line across the picture at height y with amplitude a. */
function hills(y, a, fill, phase = 0) {
  let d = `M0 ${H} L0 ${y}`;
  for (let x = 0; x <= W; x += 40)
    d += ` L${x} ${(y + Math.sin((x / W) * Math.PI * 2 + phase) * a + Math.sin((x / W) * Math.PI * 5 + phase) * a * 0.3).toFixed(1)}`;
  return path(`${d} L${W} ${H} Z`, fill);
}

/** Terraced rows (tea or rice) as curved stripes. */
function terraces(y0, rows, fill1, fill2) {
  let out = '';
  for (let i = 0; i < rows; i++) {
    const y = y0 + i * 55;
    let d = `M0 ${y}`;
    for (let x = 0; x <= W; x += 50) d += ` L${x} ${(y + Math.sin(x / 260 + i * 0.7) * 18).toFixed(1)}`;
    d += ` L${W} ${y + 40} `;
    for (let x = W; x >= 0; x -= 50) d += ` L${x} ${(y + 40 + Math.sin(x / 260 + i * 0.7) * 18).toFixed(1)}`;
    out += path(`${d} Z`, i % 2 ? fill1 : fill2);
  }
  return out;
}

/** A simple figure: head, hair, body. scale 1 is about 300 px tall. */
function person(x, y, s, { body = palette.red, skin = '#f1c9a5', hair = palette.ink, bun = true } = {}) {
  return `<g transform="translate(${x} ${y}) scale(${s})">
    ${path('M-70 300 Q-70 150 0 140 Q70 150 70 300 Z', body)}
    ${circle(0, 90, 48, skin)}
    ${path('M-50 85 Q-48 30 0 32 Q48 30 50 85 Q30 60 0 62 Q-30 60 -50 85 Z', hair)}
    ${bun ? circle(38, 48, 20, hair) : ''}
  </g>`;
}

function sun(cx, cy, r, fill = palette.ochre) {
  return circle(cx, cy, r, fill, 'opacity="0.9"');
}

function house(x, y, s, wall = palette.cream, roof = palette.plum) {
  return `<g transform="translate(${x} ${y}) scale(${s})">
    ${rect(-110, 0, 220, 150, wall)}
    ${path('M-140 10 L0 -90 L140 10 Z', roof)}
    ${rect(-25, 70, 50, 80, palette.ink, 'opacity="0.75"')}
    ${rect(-90, 40, 45, 40, palette.sky)}
    ${rect(45, 40, 45, 40, palette.sky)}
  </g>`;
}

function tree(x, y, s, fill = palette.leaf) {
  return `<g transform="translate(${x} ${y}) scale(${s})">${rect(-8, 0, 16, 60, '#7a5a3a')}${circle(0, -20, 55, fill)}</g>`;
}

function phone(x, y, s, screen = palette.blush) {
  return `<g transform="translate(${x} ${y}) scale(${s})">
    ${rect(-80, -150, 160, 300, palette.ink, 'rx="24"')}
    ${rect(-68, -132, 136, 250, screen, 'rx="10"')}
    ${circle(0, 132, 8, '#555')}
  </g>`;
}

function parcel(x, y, s, fill = '#c8925a') {
  return `<g transform="translate(${x} ${y}) scale(${s})">
    ${rect(-60, -45, 120, 90, fill, 'rx="6"')}
    ${rect(-10, -45, 20, 90, palette.ochre, 'opacity="0.8"')}
  </g>`;
}

/** The corner stamp every sample illustration carries. */
function sampleStamp() {
  return `<g>
    ${rect(W - 330, H - 110, 290, 70, palette.white, 'rx="10" opacity="0.92"')}
    <text x="${W - 185}" y="${H - 62}" font-family="${FONT}" font-size="38" font-weight="700" fill="${palette.red}" text-anchor="middle">示例插图</text>
  </g>`;
}

// ---- the illustrations ----
const scenes = {
  // 巴渝巧姐: a weaving workshop, a loom with coloured warp.
  'qiaojie-weaving': () => {
    let warp = '';
    const colours = [palette.red, palette.ochre, palette.indigo, palette.rose, palette.leaf];
    for (let i = 0; i < 22; i++) warp += rect(560 + i * 22, 300, 10, 420, colours[i % colours.length]);
    let weft = '';
    for (let j = 0; j < 9; j++) weft += rect(550, 480 + j * 26, 500, 12, colours[(j + 2) % colours.length], 'opacity="0.85"');
    return `${sky(palette.cream, palette.blush)}
      ${rect(0, 760, W, H - 760, palette.sand)}
      ${rect(520, 260, 560, 30, '#7a5a3a')}${rect(520, 730, 560, 30, '#7a5a3a')}
      ${rect(520, 260, 24, 560, '#7a5a3a')}${rect(1056, 260, 24, 560, '#7a5a3a')}
      ${warp}${weft}
      ${person(330, 430, 1.25, { body: palette.plum })}
      ${person(1280, 470, 1.1, { body: palette.red, hair: '#4a3b2f' })}
      ${circle(1300, 860, 60, palette.ochre)}${circle(1420, 880, 48, palette.indigo)}`;
  },
  // 巴渝网姐: tea terraces, a phone streaming the harvest.
  'wangjie-tea': () =>
    `${sky('#e3f0f4', palette.cream)}${sun(1300, 210, 90)}
      ${hills(420, 40, '#9cc39a', 0.5)}${terraces(520, 10, palette.tea, palette.leaf)}
      ${person(430, 520, 1.2, { body: palette.red })}
      ${phone(1050, 560, 1.35, '#dff0dc')}
      ${path('M990 560 Q1050 470 1110 560 Q1050 640 990 560 Z', palette.leaf)}
      ${circle(1050, 420, 14, palette.red)}`,
  // 巴渝网姐: a livestream of mountain produce (ring light, baskets).
  'wangjie-livestream': () =>
    `${sky('#f3e6da', palette.cream)}${hills(620, 60, '#b9cfa6', 1.2)}${hills(720, 40, palette.leaf, 2.1)}
      ${circle(1120, 420, 170, 'none', `stroke="${palette.white}" stroke-width="34"`)}
      ${rect(1112, 590, 16, 300, palette.ink)}
      ${person(760, 450, 1.3, { body: palette.indigo })}
      ${path('M420 820 L600 820 L570 930 L450 930 Z', '#a0703a')}${circle(470, 800, 30, palette.orange)}${circle(540, 795, 34, palette.red)}${circle(505, 770, 28, palette.ochre)}
      ${phone(1120, 420, 0.6, '#fbe3da')}`,
  // 巴渝网姐: orchard and parcels ready to ship.
  'wangjie-orchard': () => {
    let orchard = '';
    for (let i = 0; i < 6; i++) orchard += tree(160 + i * 250, 520 + (i % 2) * 30, 1.3, palette.moss);
    let fruit = '';
    for (let i = 0; i < 6; i++)
      for (let k = 0; k < 4; k++) fruit += circle(130 + i * 250 + k * 22, 480 + (k % 2) * 30 + (i % 2) * 30, 12, palette.orange);
    return `${sky(palette.sky, palette.cream)}${hills(470, 50, '#a7c79a', 0.3)}${orchard}${fruit}
      ${rect(0, 700, W, H - 700, palette.sand)}
      ${parcel(900, 820, 1.3)}${parcel(1080, 820, 1.3)}${parcel(990, 720, 1.3)}
      ${person(560, 640, 1.05, { body: palette.red })}`;
  },
  // 巴渝大姐: a service station in a residential block (a collective).
  'dajie-station': () => {
    let windows = '';
    for (let r = 0; r < 5; r++) for (let c = 0; c < 4; c++) windows += rect(980 + c * 90, 200 + r * 95, 56, 60, palette.sky);
    return `${sky('#eef2f6', palette.cream)}
      ${rect(940, 160, 400, 760, '#d8cfc4')}${windows}
      ${rect(200, 560, 620, 360, palette.cream)}${rect(200, 520, 620, 60, palette.red)}
      ${rect(260, 640, 160, 280, palette.sky)}${rect(470, 640, 120, 120, palette.sky)}
      ${rect(0, 920, W, H - 920, palette.sand)}
      ${person(640, 640, 0.95, { body: palette.red })}${person(760, 660, 0.9, { body: palette.red, hair: '#4a3b2f' })}${person(1440, 640, 0.95, { body: palette.red, bun: false })}`;
  },
  // 川渝巧姐: an embroidery hoop with two patterns meeting.
  'chuanyu-embroidery': () => {
    let stitches = '';
    for (let i = 0; i < 10; i++) stitches += path(`M${620 + i * 36} 420 l18 30 l-18 30 l-18 -30 Z`, i % 2 ? palette.red : palette.indigo);
    for (let i = 0; i < 8; i++) stitches += circle(650 + i * 42, 560, 14, i % 2 ? palette.ochre : palette.rose);
    return `${sky(palette.blush, palette.cream)}
      ${circle(800, 520, 300, palette.cream, `stroke="#a0703a" stroke-width="26"`)}
      ${stitches}
      ${path('M560 650 Q800 560 1040 650', 'none', `stroke="${palette.leaf}" stroke-width="14"`)}
      ${person(260, 560, 1.05, { body: palette.indigo })}${person(1340, 560, 1.05, { body: palette.red })}`;
  },
  // Gallery of the 川渝巧姐 story: threads, a fabric swatch, a market stall.
  'chuanyu-threads': () => {
    let spools = '';
    const colours = [palette.red, palette.indigo, palette.ochre, palette.leaf, palette.rose, palette.plum];
    colours.forEach((c, i) => {
      spools +=
        rect(260 + i * 190, 420, 120, 240, c, 'rx="20"') +
        rect(240 + i * 190, 400, 160, 30, '#a0703a', 'rx="8"') +
        rect(240 + i * 190, 650, 160, 30, '#a0703a', 'rx="8"');
    });
    return `${sky(palette.cream, palette.sand)}${spools}${rect(0, 780, W, H - 780, '#c9b28f')}`;
  },
  'chuanyu-swatch': () => {
    let cells = '';
    for (let r = 0; r < 8; r++)
      for (let c = 0; c < 12; c++)
        cells += rect(
          200 + c * 100,
          100 + r * 100,
          92,
          92,
          (r + c) % 3 === 0 ? palette.red : (r + c) % 3 === 1 ? palette.cream : palette.indigo,
          'rx="6"',
        );
    return `${rect(0, 0, W, H, palette.sand)}${cells}`;
  },
  'chuanyu-market': () =>
    `${sky(palette.sky, palette.cream)}
      ${rect(250, 380, 1100, 40, palette.red)}${path('M250 420 L1350 420 L1300 480 L300 480 Z', palette.rose)}
      ${rect(280, 480, 16, 400, '#7a5a3a')}${rect(1304, 480, 16, 400, '#7a5a3a')}
      ${rect(300, 700, 1000, 40, '#a0703a')}
      ${rect(380, 600, 120, 100, palette.indigo)}${rect(560, 580, 140, 120, palette.ochre)}${rect(760, 610, 110, 90, palette.red)}${rect(930, 590, 130, 110, palette.leaf)}
      ${person(1150, 560, 0.75, { body: palette.plum })}${rect(0, 880, W, H - 880, palette.sand)}`,
  // 天府妹子 + 巴渝大姐: a training room with a demonstration table.
  'jiazheng-training': () =>
    `${sky('#f1efe9', palette.cream)}
      ${rect(200, 180, 620, 360, palette.white, `stroke="${palette.sand}" stroke-width="10"`)}
      ${rect(260, 250, 300, 24, palette.red)}${rect(260, 310, 460, 18, palette.sand)}${rect(260, 360, 400, 18, palette.sand)}${rect(260, 410, 440, 18, palette.sand)}
      ${rect(100, 760, 1400, 40, '#a0703a')}
      ${person(1000, 460, 1.0, { body: palette.red })}${person(1250, 470, 1.0, { body: palette.indigo, hair: '#4a3b2f' })}
      ${person(420, 600, 0.8, { body: palette.leaf })}${person(640, 610, 0.8, { body: palette.ochre })}
      ${rect(0, 900, W, H - 900, palette.sand)}`,
  // 智慧渝姐: a lab bench, a chart and a flask.
  'zhihui-lab': () => {
    let lines = '';
    for (let i = 0; i < 7; i++)
      lines += path(`M${200 + i * 60} 200 L${200 + i * 60} 320 L${260 + i * 60} 360`, 'none', `stroke="${palette.sky}" stroke-width="8"`);
    return `${rect(0, 0, W, H, palette.indigo)}${lines}
      ${rect(900, 180, 500, 320, '#24395e', 'rx="14"')}
      ${path('M950 440 L1050 360 L1150 400 L1250 280 L1350 300', 'none', `stroke="${palette.ochre}" stroke-width="12"`)}
      ${rect(0, 760, W, H - 760, '#1f3150')}
      ${path('M560 560 L560 650 L480 760 L720 760 L640 650 L640 560 Z', palette.sky, 'opacity="0.9"')}${path('M505 725 L695 725 L720 760 L480 760 Z', palette.rose)}
      ${person(1100, 520, 1.0, { body: palette.white, hair: palette.ink })}`;
  },
  // 最美家庭 / 绿色家庭: a balcony full of plants.
  'green-balcony': () => {
    let plants = '';
    for (let i = 0; i < 7; i++)
      plants +=
        rect(240 + i * 170, 690, 110, 80, '#b5653a', 'rx="8"') + circle(295 + i * 170, 650, 60 + (i % 3) * 12, i % 2 ? palette.leaf : palette.tea);
    return `${sky(palette.sky, palette.cream)}
      ${rect(120, 120, 1360, 560, '#e7ded2')}${rect(200, 180, 420, 400, palette.sky)}${rect(980, 180, 420, 400, palette.sky)}
      ${person(800, 330, 1.0, { body: palette.red })}${person(700, 420, 0.7, { body: palette.ochre, bun: false })}${person(900, 420, 0.7, { body: palette.leaf, bun: false })}
      ${plants}
      ${rect(120, 770, 1360, 20, palette.ink)}${(() => {
        let b = '';
        for (let x = 140; x < 1480; x += 60) b += rect(x, 790, 12, 180, palette.ink);
        return b;
      })()}
      ${rect(120, 960, 1360, 20, palette.ink)}`;
  },
  // 巾帼志愿河长: a river walk.
  'river-patrol': () =>
    `${sky('#dcebf2', palette.cream)}${hills(380, 50, '#a7c79a', 2.4)}
      ${path(`M0 600 Q400 520 800 600 T${W} 600 L${W} ${H} L0 ${H} Z`, palette.river)}
      ${path(`M0 720 Q400 660 800 720 T${W} 720`, 'none', `stroke="${palette.white}" stroke-width="8" opacity="0.7"`)}
      ${rect(0, 520, W, 60, palette.sand)}
      ${person(500, 280, 0.9, { body: palette.red })}${person(700, 290, 0.85, { body: palette.ochre })}
      ${rect(470, 250, 60, 24, palette.red)}
      ${tree(1200, 450, 1.2, palette.moss)}${tree(1400, 430, 1.0, palette.leaf)}`,
  // 巾帼致富领头雁: a mountain guesthouse.
  'homestay-mountain': () =>
    `${sky('#f6e7d6', palette.cream)}${sun(300, 230, 80, palette.orange)}
      ${hills(380, 90, '#9fb79a', 0.9)}${hills(520, 60, palette.leaf, 2.6)}
      ${house(900, 560, 1.6, palette.cream, palette.plum)}
      ${tree(480, 700, 1.2, palette.moss)}${tree(1380, 720, 1.0, palette.moss)}
      ${rect(0, 860, W, H - 860, palette.sand)}
      ${person(620, 630, 0.9, { body: palette.red })}`,
  // 创业创新: a small studio with a mentor and a founder.
  'startup-studio': () =>
    `${rect(0, 0, W, H, palette.cream)}
      ${rect(180, 160, 560, 380, palette.white, `stroke="${palette.sand}" stroke-width="10"`)}
      ${rect(240, 220, 200, 150, palette.blush)}${rect(470, 220, 210, 60, palette.sky)}${rect(470, 300, 210, 70, palette.sand)}${rect(240, 400, 440, 80, palette.tea, 'opacity="0.6"')}
      ${rect(700, 720, 700, 30, '#a0703a')}
      ${rect(850, 600, 220, 130, palette.ink, 'rx="8"')}${rect(870, 618, 180, 96, palette.sky)}
      ${person(780, 470, 0.95, { body: palette.plum })}${person(1240, 470, 0.95, { body: palette.red, hair: '#4a3b2f' })}
      ${rect(0, 900, W, H - 900, palette.sand)}`,
  // 最美庭院: a village courtyard, swept and planted.
  courtyard: () =>
    `${sky(palette.sky, palette.cream)}${hills(420, 60, '#a7c79a', 1.7)}
      ${house(800, 470, 1.7, palette.cream, '#5a4a5e')}
      ${rect(0, 740, W, H - 740, palette.sand)}
      ${(() => {
        let f = '';
        for (let x = 0; x < W; x += 70) f += rect(x, 700, 14, 100, '#8a6a48');
        return f + rect(0, 730, W, 12, '#8a6a48');
      })()}
      ${circle(300, 860, 50, palette.rose)}${circle(380, 880, 40, palette.ochre)}${circle(1260, 860, 55, palette.rose)}${circle(1340, 880, 42, palette.leaf)}
      ${person(1000, 700, 0.85, { body: palette.red })}`,
};

function frame(inner, { stamp = true } = {}) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${inner}${stamp ? sampleStamp() : ''}</svg>`;
}

/** The default Open Graph image: site name, tagline and a band of the site's red. */
function ogDefault() {
  const w = 1200;
  const h = 630;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
    ${rect(0, 0, w, h, palette.cream)}
    ${rect(0, 0, w, 24, palette.red)}${rect(0, h - 120, w, 120, palette.red)}
    ${path(`M0 ${h - 120} Q300 ${h - 200} 600 ${h - 150} T${w} ${h - 170} L${w} ${h - 120} Z`, palette.rose, 'opacity="0.6"')}
    ${rect(w - 320, 90, 220, 220, palette.red, 'rx="40"')}
    <text x="${w - 210}" y="255" font-family="${FONT}" font-size="150" font-weight="700" fill="${palette.white}" text-anchor="middle">巾</text>
    <text x="90" y="250" font-family="${FONT}" font-size="120" font-weight="700" fill="${palette.red}">巴渝巾帼</text>
    <text x="94" y="345" font-family="${FONT}" font-size="42" fill="${palette.ink}">重庆市妇女联合会 2021 年工作要点</text>
    <text x="94" y="405" font-family="${FONT}" font-size="42" fill="${palette.ink}">与巴渝巾帼五大行动</text>
  </svg>`;
}

const imagesDir = new URL('content/stories/images/', root);
await mkdir(imagesDir, { recursive: true });
let total = 0;
for (const [name, draw] of Object.entries(scenes)) {
  const out = new URL(`${name}.jpg`, imagesDir);
  await sharp(Buffer.from(frame(draw())))
    .jpeg({ quality: 80, mozjpeg: true, chromaSubsampling: '4:2:0' })
    .toFile(fileURLToPath(out));
  const { size } = await stat(out);
  total += size;
  console.log(`${name}.jpg  ${(size / 1024).toFixed(0)} KB`);
}
const og = new URL('public/og-default.png', root);
await writeFile(og, await sharp(Buffer.from(ogDefault())).png({ compressionLevel: 9, palette: true }).toBuffer());
console.log(`og-default.png  ${((await stat(og)).size / 1024).toFixed(0)} KB`);
console.log(`sample image masters: ${(total / 1024).toFixed(0)} KB in all`);
