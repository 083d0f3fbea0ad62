// Generates a large content folder for the benchmark (npm run bench): a copy of content/ plus
// thousands of generated stories and events, so that build and search can be measured at scale.
// The output is never shipped: it goes to .bench/content (git-ignored), never into content/.
//
//   node scripts/generate-scale-content.mjs [--count 3000] [--out .bench/content] [--seed 1]
//
// Half of --count are stories, half events. Each generated story is a copy of one of the sample
// stories (same images, so the image cache serves them) with a new title, date, district and a
// body of sentences drawn from the policy texts; each generated event is a dated, placed event
// whose date source says it is generated. Everything stays valid against the real schemas, so the
// build exercises the same code paths as the real site.
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '3000' },
    out: { type: 'string', default: '.bench/content' },
    seed: { type: 'string', default: '1' },
  },
});
const count = Number(values.count);
if (!Number.isInteger(count) || count < 0) throw new Error(`--count must be a whole number, not ${values.count}`);
const out = resolve(values.out);
const source = resolve('content');
if (out === source || out.startsWith(`${source}/`)) throw new Error('refusing to write into content/: pick another --out');

// A small deterministic random generator, so that two runs with the same seed give the same site.
let state = Number(values.seed) >>> 0 || 1;
const random = () => {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const pickSome = (list, max) => [...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(list)))];
const day = (fromYear, years) => {
  const date = new Date(Date.UTC(fromYear, 0, 1) + Math.floor(random() * years * 365) * 86_400_000);
  return date.toISOString().slice(0, 10);
};

// ---- Vocabulary from the real content ----
const districtLines = (await readFile(join(source, 'districts.yaml'), 'utf8')).split('\n').filter((l) => l.startsWith('- {'));
const districts = districtLines
  .map((l) => ({ id: /id: ([a-z0-9-]+)/.exec(l)?.[1], name: /name: ([^,]+)/.exec(l)?.[1] }))
  .filter((d) => d.id && d.name);
const policyText = (await Promise.all((await readdir(join(source, 'policies'))).map((f) => readFile(join(source, 'policies', f), 'utf8'))))
  .map((text) => text.split(/^---$/m).slice(2).join(''))
  .join('\n');
const sentences = policyText
  .replace(/[#*>-]/g, '')
  .split(/(?<=。)/)
  .map((s) =>
    s
      .replace(/\s*\n\s*/g, '')
      .trim()
      .replace(/^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．])\s*/, ''),
  )
  .filter((s) => s.length >= 12 && s.length <= 160);
const BRANDS = ['qiaojie', 'wangjie', 'dajie', 'zhihui-yujie'];
const ACTIONS = ['rural-revitalization', 'chengyu-circle', 'sci-tech-innovation', 'entrepreneurship', 'green-living'];
const TOPICS = [
  '茶园',
  '网店',
  '直播间',
  '织机',
  '家政站',
  '民宿',
  '院坝',
  '阳台菜园',
  '河岸',
  '书屋',
  '实训室',
  '合作社',
  '果园',
  '绣坊',
  '社区课堂',
];
const KINDS = ['重大活动', '重要会议', '主题活动'];
const EVENT_WORDS = ['培训班', '推进会', '分享会', '展示展演', '技能大赛', '宣讲活动', '志愿服务', '交流会', '发布活动', '观摩活动'];

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await cp(source, out, { recursive: true });

/** A day within the first week of the site's writing (2026-11-22 on): the date a sample may carry. */
function sampleDay() {
  return new Date(Date.UTC(2026, 10, 22) + Math.floor(random() * 7) * 86_400_000).toISOString().slice(0, 10);
}

// ---- Stories: copies of the sample stories with new titles, dates, places and text ----
const storyFiles = (await readdir(join(source, 'stories'))).filter((f) => f.endsWith('.md') && f !== 'README.md');
const templates = await Promise.all(storyFiles.map(async (f) => readFile(join(source, 'stories', f), 'utf8')));
const stories = Math.ceil(count / 2);
for (let i = 0; i < stories; i++) {
  const template = templates[i % templates.length];
  const district = pick(districts);
  const topic = pick(TOPICS);
  const title = `${district.name.replace(/(土家族|苗族|自治县|区|县)+$/u, '')}的${topic}：生成故事第 ${i + 1} 篇`;
  const body = Array.from({ length: 3 + Math.floor(random() * 4) }, () =>
    Array.from({ length: 2 + Math.floor(random() * 4) }, () => pick(sentences)).join(''),
  ).join('\n\n');
  const [, front, ...rest] = template.split(/^---$/m);
  const frontmatter = front
    .replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`)
    // Samples are dated when the site wrote them, never before it started (the content check).
    .replace(/^date: .*$/m, `date: ${sampleDay()}`)
    .replace(/^districts: .*$/m, `districts: [${district.id}]`)
    .replace(/^(\s+district: ).*$/gm, `$1${district.id}`)
    .replace(/^brands: .*$/m, `brands: [${pickSome(BRANDS, 2).join(', ')}]`)
    .replace(/^actions: .*$/m, `actions: [${pickSome(ACTIONS, 2).join(', ')}]`);
  const text = `---${frontmatter}---\n\n${body}\n\n${rest.join('---').trim()}\n`;
  await writeFile(join(out, 'stories', `gen-${String(i + 1).padStart(5, '0')}.md`), text);
}

// ---- Events: dated, placed, clearly generated ----
const events = count - stories;
for (let i = 0; i < events; i++) {
  const district = pick(districts);
  const yaml = [
    `# Generated for the benchmark (scripts/generate-scale-content.mjs); not real.`,
    `title: ${JSON.stringify(`${district.name}${pick(TOPICS)}${pick(EVENT_WORDS)}（生成活动第 ${i + 1} 条）`)}`,
    `kind: ${pick(KINDS)}`,
    `organiser: ${JSON.stringify(`${district.name}妇联`)}`,
    `date: '${day(2021, 4)}'`,
    `place: ${district.id}`,
    `status: 计划`,
    `actions: [${pickSome(ACTIONS, 2).join(', ')}]`,
    `brands: [${pickSome(BRANDS, 1).join(', ')}]`,
    `clauses:`,
    `  - workplan-2021#s2-1`,
    `dateSource:`,
    `  source: 基准测试生成的虚构日期`,
    `  note: 基准测试生成的虚构日期，不是任何资料的原话`,
    `note: ${JSON.stringify(pick(sentences))}`,
    `sequence: 0`,
    `updated: 2026-11-22`,
    '',
  ].join('\n');
  await writeFile(join(out, 'events', `gen-${String(i + 1).padStart(5, '0')}.yaml`), yaml);
}

console.log(`Generated ${stories} stories and ${events} events into ${values.out} (copy of content/ included).`);
