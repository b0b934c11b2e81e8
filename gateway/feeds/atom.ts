/** Atom (RFC 4287) documents, written by hand: a feed is a few fixed elements, escaped. */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe inside an element or a double-quoted attribute. */
export const xml = (text: string): string =>
  // Characters XML 1.0 forbids are dropped rather than escaped (they cannot be).
  text
    // eslint-disable-next-line no-control-regex -- the allowed control characters, by name
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/g, (c) => ESCAPES[c]);

export interface AtomEntry {
  id: string;
  title: string;
  /** RFC 3339 date-time. */
  updated: string;
  summary: string | null;
  link: string | null;
  category: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  updated: string;
  self: string;
  rights: string;
  entries: AtomEntry[];
}

export function atomDocument(feed: AtomFeed): string {
  const entries = feed.entries.map((e) =>
    [
      '  <entry>',
      `    <id>${xml(e.id)}</id>`,
      `    <title>${xml(e.title)}</title>`,
      `    <updated>${xml(e.updated)}</updated>`,
      `    <category term="${xml(e.category)}"/>`,
      ...(e.link ? [`    <link rel="alternate" href="${xml(e.link)}"/>`] : []),
      ...(e.summary ? [`    <summary>${xml(e.summary)}</summary>`] : []),
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xml(feed.id)}</id>`,
    `  <title>${xml(feed.title)}</title>`,
    `  <subtitle>${xml(feed.subtitle)}</subtitle>`,
    `  <updated>${xml(feed.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(feed.self)}"/>`,
    '  <author><name>Community Power Graph</name></author>',
    `  <rights>${xml(feed.rights)}</rights>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
