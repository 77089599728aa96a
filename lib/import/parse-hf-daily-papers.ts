import { z } from "zod";
import { parseArxivId } from "@/lib/import/arxiv-id";
import { ImportError } from "@/lib/import/import-error";
import { cleanText, type ImportedPaper } from "@/lib/import/imported-paper";
import { findGithubUrl } from "@/lib/ingest/find-github-url";

/**
 * The most items a day's listing may hold. Hugging Face lists a few dozen papers a day (the busiest
 * days so far, a few hundred); a "listing" of thousands is not a Daily Papers day, and is refused
 * rather than written.
 */
export const MAX_HF_LISTING_ITEMS = 1000;

const isoDate = z.iso.datetime({ offset: true, error: "must be an ISO date" });

// The fields we use of an item of https://huggingface.co/api/daily_papers; the rest is ignored.
const itemSchema = z.object({
  paper: z.object({
    id: z.string().refine((id) => parseArxivId(id) !== null, "must be an arXiv id"),
    title: z.string().optional(),
    summary: z.string().optional(),
    publishedAt: isoDate.optional(),
    submittedOnDailyAt: isoDate.optional(),
    upvotes: z.number().int().min(0).optional(),
    authors: z.array(z.object({ name: z.string(), hidden: z.boolean().optional() })).default([]),
    // Links the authors gave Hugging Face; checked one by one below, so a bad link is dropped
    // instead of failing the listing.
    githubRepo: z.unknown().optional(),
    githubStars: z.unknown().optional(),
    projectPage: z.unknown().optional(),
  }),
  title: z.string().optional(),
  summary: z.string().optional(),
  publishedAt: isoDate.optional(),
  submittedOnDailyAt: isoDate.optional(),
});

/** An http(s) URL as given, or null for anything else (empty, javascript:, not a string). */
function webUrl(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 2000) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : null;
  } catch {
    return null;
  }
}

function stars(value: unknown): number | null {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0 && value <= 2_000_000_000 ? value : null;
}

function describeIssue(error: z.ZodError, index: number): string {
  const issue = error.issues[0];
  const field = issue?.path.join(".") ?? "";
  return `item ${index + 1}${field ? `, ${field}` : ""}: ${issue?.message ?? "invalid"}`;
}

/**
 * Reads a Hugging Face Daily Papers listing (the JSON of /api/daily_papers). Every item must be
 * valid, so a damaged file is rejected whole instead of half imported.
 */
export function parseHfDailyPapers(json: string, source = "the Daily Papers JSON", options: { maxItems?: number } = {}): ImportedPaper[] {
  const { maxItems = Infinity } = options;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new ImportError(`${source} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!Array.isArray(data)) throw new ImportError(`${source} is not a Daily Papers listing: expected a JSON array of items`);
  if (data.length > maxItems) {
    throw new ImportError(
      `${source} has ${data.length} items, more than a day's listing can (${maxItems}): refused as not a Daily Papers listing`,
    );
  }
  return data.map((raw, index) => {
    const parsed = itemSchema.safeParse(raw);
    if (!parsed.success) throw new ImportError(`${source}: ${describeIssue(parsed.error, index)}`);
    const { paper, ...item } = parsed.data;
    const title = cleanText(item.title ?? paper.title ?? "");
    if (title === "") throw new ImportError(`${source}: item ${index + 1} has no title`);
    const publishedAt = paper.publishedAt ?? item.publishedAt;
    const listing = item.submittedOnDailyAt ?? paper.submittedOnDailyAt;
    const listedAt = listing ?? publishedAt;
    if (!listedAt) throw new ImportError(`${source}: item ${index + 1} has neither submittedOnDailyAt nor publishedAt`);
    const arxivId = parseArxivId(paper.id)!;
    const repo = webUrl(paper.githubRepo);
    return {
      arxivId,
      title,
      abstract: cleanText(item.summary ?? paper.summary ?? ""),
      // Hugging Face hides authors that were attached to a paper by mistake.
      authors: paper.authors
        .filter((a) => !a.hidden)
        .map((a) => cleanText(a.name))
        .filter((name) => name !== ""),
      publishedAt: publishedAt ? new Date(publishedAt) : null,
      sourceUpdatedAt: null,
      listedAt: new Date(listedAt),
      listedAtIsListing: listing !== undefined,
      url: null,
      pdfUrl: null,
      primaryCategory: null,
      categories: [],
      // A new paper starts at Hugging Face's count, so a fresh feed ranks sensibly (see saveImportedPapers).
      upvotes: paper.upvotes ?? 0,
      hfUpvotes: paper.upvotes ?? null,
      code: repo ? { url: findGithubUrl(repo) ?? repo, stars: stars(paper.githubStars), from: "listing" } : null,
      projectUrl: webUrl(paper.projectPage),
    };
  });
}
