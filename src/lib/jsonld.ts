/**
 * schema.org metadata as JSON-LD, and the one safe way to put it in a page.
 */

export interface NewsArticleInput {
  headline: string;
  description: string;
  /** YYYY-MM-DD */
  datePublished: string;
  /** Absolute URL of the article. */
  url: string;
  /** Absolute URLs of images, largest first. */
  images: string[];
  author: string;
  publisher: string;
  /** Absolute URL of the publisher's logo. */
  publisherLogo?: string | undefined;
  keywords?: string[];
  /** Places the story is about (names). */
  places?: string[];
}

/** A schema.org NewsArticle; dates are given in China Standard Time. */
export function newsArticle(input: NewsArticleInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.headline,
    description: input.description,
    datePublished: `${input.datePublished}T00:00:00+08:00`,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    url: input.url,
    image: input.images,
    inLanguage: 'zh-CN',
    author: { '@type': 'Organization', name: input.author },
    publisher: {
      '@type': 'Organization',
      name: input.publisher,
      ...(input.publisherLogo ? { logo: { '@type': 'ImageObject', url: input.publisherLogo } } : {}),
    },
    ...(input.keywords?.length ? { keywords: input.keywords.join(',') } : {}),
    ...(input.places?.length ? { contentLocation: input.places.map((name) => ({ '@type': 'Place', name })) } : {}),
  };
}

/**
 * A sample story as schema.org data: a CreativeWork that says it is a sample (creativeWorkStatus)
 * and when it was written (dateCreated). It is not a NewsArticle and claims no datePublished: an
 * invented story must not be taken for news.
 */
export function sampleWork(input: Omit<NewsArticleInput, 'datePublished'> & { dateCreated: string; status: string }): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    name: input.headline,
    headline: input.headline,
    description: input.description,
    creativeWorkStatus: input.status,
    dateCreated: `${input.dateCreated}T00:00:00+08:00`,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    url: input.url,
    image: input.images,
    inLanguage: 'zh-CN',
    author: { '@type': 'Organization', name: input.author },
    publisher: {
      '@type': 'Organization',
      name: input.publisher,
      ...(input.publisherLogo ? { logo: { '@type': 'ImageObject', url: input.publisherLogo } } : {}),
    },
    ...(input.keywords?.length ? { keywords: input.keywords.join(',') } : {}),
    ...(input.places?.length ? { contentLocation: input.places.map((name) => ({ '@type': 'Place', name })) } : {}),
  };
}

/**
 * Serialises JSON-LD for a `<script type="application/ld+json">` element: `<`, `>` and `&` are
 * escaped so that no text in the data can close the script element.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
