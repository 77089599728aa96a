import "server-only";
import { unstable_cache } from "next/cache";
import { PUBLIC_COLLECTIONS_TAG } from "@/lib/cache/cache-tags";
import { PAPERS_TAG } from "@/lib/cache/cache-tags";
import { listPublicCollectionEntries, listPublicCollectionPageStarts } from "@/lib/sitemap/collection-entries";
import { listListedDays } from "@/lib/sitemap/listed-days";
import { listPaperEntries, listPaperPageStarts } from "@/lib/sitemap/paper-entries";
import { planSitemap, sitePagePaths, type SitemapEntry, type SitemapFile } from "@/lib/sitemap/plan-sitemap";

// Everything here is public and read from Next's data cache, under the tags that the writes already
// revalidate: an import or a new paper (PAPERS_TAG), a collection made public or no longer public
// (PUBLIC_COLLECTIONS_TAG, which expires at once when one leaves public view). Being kept, they are
// read on a replica only once it has caught up with the primary ("fresh", lib/replicas).
const CACHE = { revalidate: 3600 } as const;

const getSitePagePaths = unstable_cache(async () => sitePagePaths(await listListedDays()), ["sitemap-site-pages"], {
  ...CACHE,
  tags: [PAPERS_TAG],
});

/** The files that the sitemap index lists, `pageSize` URLs at most in each. */
export const getSitemapPlan = unstable_cache(
  async (pageSize: number): Promise<SitemapFile[]> => {
    const [paths, paperStarts, collectionStarts] = await Promise.all([
      getSitePagePaths(),
      listPaperPageStarts(pageSize),
      listPublicCollectionPageStarts(pageSize),
    ]);
    return planSitemap({ pageCount: paths.length, paperStarts, collectionStarts }, pageSize);
  },
  ["sitemap-plan"],
  { ...CACHE, tags: [PAPERS_TAG, PUBLIC_COLLECTIONS_TAG] },
);

const getPaperEntries = unstable_cache(listPaperEntries, ["sitemap-papers"], { ...CACHE, tags: [PAPERS_TAG] });
const getCollectionEntries = unstable_cache(listPublicCollectionEntries, ["sitemap-collections"], {
  ...CACHE,
  tags: [PUBLIC_COLLECTIONS_TAG],
});

/** The URLs of one file of the sitemap, by its name in the plan ("papers-3"); null when there is no such file. */
export async function getSitemapFile(name: string, pageSize: number): Promise<SitemapEntry[] | null> {
  const file = (await getSitemapPlan(pageSize)).find((candidate) => candidate.name === name);
  if (!file) return null;
  if (file.section === "pages") return (await getSitePagePaths()).slice(file.from, file.from + pageSize).map((path) => ({ path }));
  const read = file.section === "papers" ? getPaperEntries : getCollectionEntries;
  return read(file.start, file.end, pageSize);
}
