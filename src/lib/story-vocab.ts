/**
 * The fixed vocabularies stories are tagged with: the brands and actions of the 2021 texts (their
 * ids are shared with the brand and action pages) and the honours and exemplar titles the texts
 * name (../shared/DOMAIN.md). Each id is an English slug; the name is what readers see.
 */

/** The brands, in the order the texts introduce them; `sichuan` marks the partner brands. */
export const BRANDS = {
  qiaojie: { name: '巴渝巧姐', field: '手工编织', sichuan: false },
  wangjie: { name: '巴渝网姐', field: '城乡电商', sichuan: false },
  dajie: { name: '巴渝大姐', field: '家政服务', sichuan: false },
  'zhihui-yujie': { name: '智慧渝姐', field: '科创兴业', sichuan: false },
  'chuanzhen-yinxian': { name: '川针引线', field: '手工编织（四川）', sichuan: true },
  'tianfu-meizi': { name: '天府妹子', field: '家政服务（四川）', sichuan: true },
} as const;
export type BrandId = keyof typeof BRANDS;

/** The five 巴渝巾帼 actions of the work plan, with their short names. */
export const ACTIONS = {
  'rural-revitalization': { name: '助力乡村振兴' },
  'chengyu-circle': { name: '助力成渝地区双城经济圈建设' },
  'sci-tech-innovation': { name: '助力科技创新' },
  entrepreneurship: { name: '助推创业创新' },
  'green-living': { name: '助推绿色生活' },
} as const;
export type ActionId = keyof typeof ACTIONS;

/**
 * Honours and exemplar titles named in the texts. The slug is the story field value and the last
 * part of the facet page's URL (/stories/honour/<slug>/). Roles the texts name are not honours:
 * a 巾帼志愿河长 (绿色生活实施方案二、（一）3.) is a volunteer's role and belongs in a person's `role`.
 */
export const HONOURS = {
  'sanba-hongqishou': '三八红旗手',
  'sanba-hongqi-jiti': '三八红旗集体',
  'sanba-hongqishou-biaobing': '三八红旗手标兵',
  'jiangong-biaobing': '巾帼建功标兵',
  'wenming-gang': '巾帼文明岗',
  'zuimei-jiating': '最美家庭',
  'zuimei-jianshezhe': '最美巾帼建设者',
  'zuimei-changdaozhe': '最美巾帼倡导者',
  'zuimei-fendouzhe': '最美巾帼奋斗者',
  'zuimei-bangyang': '最美巾帼榜样',
  'zhifu-lingtouyan': '巾帼致富领头雁',
  'zuimei-jiazhengren': '最美巾帼家政人',
  'chuangye-mingxing': '巾帼创业明星',
  'chuangxin-nengshou': '巾帼创新能手',
  'youxiu-chuangye-daoshi': '优秀创业导师',
  'zuimei-jiceng-zhiwei': '最美基层执委',
  'lvse-jiating': '绿色家庭',
  'zuimei-yangtai': '最美阳台',
  'zuimei-tingyuan': '最美庭院',
  'hao-xifu': '好媳妇',
  'hao-popo': '好婆婆',
  'xiaoshan-ernv': '孝善儿女',
  'zuimei-shuxiang-jiating': '最美书香家庭',
} as const;
export type HonourId = keyof typeof HONOURS;

export const brandName = (id: string): string => (BRANDS as Record<string, { name: string }>)[id]?.name ?? id;
export const actionName = (id: string): string => (ACTIONS as Record<string, { name: string }>)[id]?.name ?? id;
export const honourName = (id: string): string => (HONOURS as Record<string, string>)[id] ?? id;
