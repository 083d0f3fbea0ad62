/**
 * The citation of a story in the Chinese form reporters and researchers use for web articles
 * (after GB/T 7714): 作者/机构.《标题》.网站名, 日期. 网址
 */

export interface CitableStory {
  /** Author or publishing body. */
  author: string;
  title: string;
  /** Name of the website, for example 巴渝巾帼网. */
  site: string;
  /** YYYY-MM-DD */
  date: string;
  /** Absolute URL of the story. */
  url: string;
  /** Sample stories say so in their citation too: after the title… */
  sampleMark?: string | undefined;
  /** …and after the date, which is the day the sample was written, not a publication. */
  sampleDateMark?: string | undefined;
}

/** 巴渝巾帼网编辑部.《标题》.巴渝巾帼网, 2021-06-18. https://…/stories/x/ */
export function formatStoryCitation(story: CitableStory): string {
  const mark = story.sampleMark ? story.sampleMark : '';
  const dateMark = story.sampleDateMark ? story.sampleDateMark : '';
  return `${story.author}.《${story.title}》${mark}.${story.site}, ${story.date}${dateMark}. ${story.url}`;
}
