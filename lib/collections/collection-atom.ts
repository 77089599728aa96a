import type { CollectionWithItems } from "@/lib/collections/collection-view";
import { escapeXml as x } from "@/lib/feeds/escape-xml";

/**
 * A collection as an Atom 1.0 feed (RFC 4287): one entry per paper, newest addition first, so a
 * reader subscribed to a colleague's list sees what they add. Every text is escaped; notes and
 * abstracts are `type="text"`, so nothing in them is ever read as markup.
 */
export function renderCollectionAtom(collection: CollectionWithItems, urls: { appUrl: string; selfUrl: string; pageUrl: string }): string {
  const items = [...collection.items].sort((a, b) => b.addedAt.localeCompare(a.addedAt));
  const updated = [collection.updatedAt, ...items.map((i) => i.addedAt)].sort().at(-1)!;
  const entries = items.map((item) => {
    const { paper } = item;
    const link = `${urls.appUrl}/papers/${paper.slug}`;
    const summary = item.note || paper.abstract;
    return [
      "  <entry>",
      `    <title type="text">${x(paper.title)}</title>`,
      `    <id>${x(`urn:papershelf:collection:${collection.id}:paper:${paper.id}`)}</id>`,
      `    <link rel="alternate" type="text/html" href="${x(link)}"/>`,
      `    <published>${item.addedAt}</published>`,
      `    <updated>${item.addedAt}</updated>`,
      ...paper.authors.slice(0, 10).map((name) => `    <author><name>${x(name)}</name></author>`),
      ...paper.categories.map((term) => `    <category term="${x(term)}"/>`),
      `    <summary type="text">${x(summary)}</summary>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title type="text">${x(collection.title)}</title>`,
    collection.description ? `  <subtitle type="text">${x(collection.description)}</subtitle>` : null,
    `  <id>${x(`urn:papershelf:collection:${collection.id}`)}</id>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${x(urls.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(urls.pageUrl)}"/>`,
    `  <author><name>${x(collection.owner.name)}</name><uri>${x(`${urls.appUrl}/u/${encodeURIComponent(collection.owner.username)}`)}</uri></author>`,
    "  <generator>Papershelf</generator>",
    ...entries,
    "</feed>",
    "",
  ]
    .filter((line) => line !== null)
    .join("\n");
}
