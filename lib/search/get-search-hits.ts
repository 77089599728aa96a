import "server-only";
import type { HighlightPart, SearchHit } from "@/lib/api/papers-schemas";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { paperSummaryColumns, toPaperSummary } from "@/lib/papers/paper-summary";
import { MATCH_END, MATCH_START, parseHighlight } from "@/lib/search/highlight";

type Row = Parameters<typeof toPaperSummary>[0] & { titleMarked: string; abstractMarked: string };

const MARKS = `${MATCH_START}${MATCH_END}`;
const TITLE_OPTIONS = `HighlightAll=true, StartSel=${MATCH_START}, StopSel=${MATCH_END}`;
// Up to two fragments of about 30 words around the matches; the start of the abstract otherwise.
const ABSTRACT_OPTIONS = `MaxFragments=2, MaxWords=30, MinWords=12, ShortWord=2, FragmentDelimiter=" … ", StartSel=${MATCH_START}, StopSel=${MATCH_END}`;

/**
 * The papers of one result page, in the given order, with the matches of `tsquery` marked.
 * ts_headline re-parses each text, so it runs for the page's rows only. The marks are
 * private-use characters stripped from the text first, so a title cannot fake a highlight.
 */
export async function getSearchHits(db: PrismaClient, ids: string[], tsquery: Prisma.Sql | null): Promise<SearchHit[]> {
  if (ids.length === 0) return [];
  const marked = (column: Prisma.Sql, options: string) =>
    tsquery ? Prisma.sql`ts_headline('english', translate(${column}, ${MARKS}, ''), ${tsquery}, ${options})` : column;
  const rows = await db.$queryRaw<Row[]>`
    SELECT ${paperSummaryColumns},
      ${marked(Prisma.sql`"title"`, TITLE_OPTIONS)} AS "titleMarked",
      ${marked(Prisma.sql`"abstract"`, ABSTRACT_OPTIONS)} AS "abstractMarked"
    FROM "Paper" WHERE "id" = ANY(${ids}::text[])`;
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return []; // deleted between the two queries
    const { titleMarked, abstractMarked, ...paper } = row;
    return [
      {
        ...toPaperSummary(paper),
        highlight: { title: parseHighlight(titleMarked), abstract: snippet(parseHighlight(abstractMarked), paper.abstract) },
      },
    ];
  });
}

/** Marks a snippet that starts or ends inside the abstract with an ellipsis. */
function snippet(parts: HighlightPart[], abstract: string): HighlightPart[] {
  const text = parts.map((part) => part.text).join("");
  if (text.length === 0) return parts;
  const out = [...parts];
  if (!abstract.startsWith(text.split(" … ")[0]!.trimStart())) out.unshift({ text: "… " });
  if (!abstract.trimEnd().endsWith(text.split(" … ").at(-1)!.trimEnd())) out.push({ text: " …" });
  return out;
}
