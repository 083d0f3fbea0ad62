/**
 * Feed items for stories: what an RSS reader shows. A sample story is marked in its title and its
 * description, so that a reader who only sees the feed knows it is one and that its date is the
 * day it was written.
 */
import { formatChineseDay } from './dates';

export interface FeedStory {
  title: string;
  standfirst: string;
  /** YYYY-MM-DD */
  date: string;
  /** Root-relative or absolute URL of the story page. */
  link: string;
  sample: boolean;
  /** Brand, action, place and honour names. */
  categories: string[];
}

export interface SampleMarks {
  /** Put before the title of a sample, for example 【示例】. */
  titlePrefix: string;
  /**
   * Put before the description of a sample. A `{date}` in it is filled with the story's date in
   * Chinese (2026 年 11 月 22 日), so that the feed says the date is the day the sample was written.
   */
  descriptionPrefix: string;
}

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/** Midnight in China Standard Time of a YYYY-MM-DD day. */
export function storyPubDate(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

export function feedItem(story: FeedStory, marks: SampleMarks): FeedItem {
  return {
    title: story.sample ? `${marks.titlePrefix}${story.title}` : story.title,
    link: story.link,
    pubDate: storyPubDate(story.date),
    description: story.sample ? `${marks.descriptionPrefix.replaceAll('{date}', formatChineseDay(story.date))}${story.standfirst}` : story.standfirst,
    categories: [...new Set(story.categories)],
  };
}
