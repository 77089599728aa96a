import type { CollectionWithItems } from "@/lib/collections/collection-view";
import { paperLinks } from "@/lib/papers/paper-links";

/** The collection as JSON: what it is, then its papers in order with their notes. */
export function toJsonExport(collection: CollectionWithItems, options: { appUrl: string; collectionUrl: string; exportedAt: Date }) {
  return {
    collection: {
      title: collection.title,
      description: collection.description,
      owner: collection.owner,
      url: options.collectionUrl,
      itemCount: collection.items.length,
      updatedAt: collection.updatedAt,
      exportedAt: options.exportedAt.toISOString(),
    },
    items: collection.items.map((item, index) => {
      const { paper } = item;
      const links = paperLinks({ arxivId: paper.arxivId, url: null, pdfUrl: null });
      return {
        order: index + 1,
        title: paper.title,
        authors: paper.authors,
        publishedAt: paper.publishedAt,
        arxivId: paper.arxivId,
        url: `${options.appUrl}/papers/${paper.slug}`,
        arxivUrl: links.abs,
        pdfUrl: links.pdf,
        categories: paper.categories,
        abstract: paper.abstract,
        addedAt: item.addedAt,
        note: item.note,
      };
    }),
  };
}
