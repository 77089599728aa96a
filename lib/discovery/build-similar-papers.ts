import type { PrismaClient } from "@/lib/generated/prisma/client";
import { addDocumentToSketch, createDocumentFrequencySketch, estimateDocumentFrequency } from "@/lib/discovery/document-frequency-sketch";
import { readPaperTexts } from "@/lib/discovery/read-paper-texts";
import { saveSimilarPapers, type SimilarList } from "@/lib/discovery/save-similar-papers";
import { listSimilarRows } from "@/lib/discovery/list-similar-rows";
import { createSimilarityIndex, type SimilarityIndex } from "@/lib/discovery/similarity-index";
import { appendRow, createSparseRowsBuilder, finishRows } from "@/lib/discovery/sparse-rows";
import { tokenizePaper } from "@/lib/discovery/tokenize-paper";
import { vectorizeTerms } from "@/lib/discovery/vectorize-paper";
import { buildVocabulary, vocabularyOptionsFor, type Vocabulary } from "@/lib/discovery/vocabulary";
import { saveVocabulary } from "@/lib/discovery/vocabulary-store";

/** How many similar papers are kept per paper: the API's largest page is 50, the page shows 10. */
export const SIMILAR_PAPERS_KEPT = 20;
const WRITE_BATCH = 500;

export type BuildMode = "full" | "new";
export type BuildResult = { mode: BuildMode; papers: number; terms: number; written: number; refreshed: number };
type Options = { signal?: AbortSignal; log?: (line: string) => void };

/** Two passes over the corpus: a sketch of document frequencies, then exact counts of the terms it lets through. */
async function buildCorpusVocabulary(db: PrismaClient, signal?: AbortSignal): Promise<Vocabulary> {
  const sketch = createDocumentFrequencySketch();
  for await (const page of readPaperTexts(db, { signal })) for (const paper of page) addDocumentToSketch(sketch, tokenizePaper(paper));
  const options = vocabularyOptionsFor(sketch.documents);
  const frequencies = new Map<string, number>();
  for await (const page of readPaperTexts(db, { signal }))
    for (const paper of page)
      for (const term of new Set(tokenizePaper(paper)))
        if (frequencies.has(term) || estimateDocumentFrequency(sketch, term) >= options.minDf)
          frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
  return buildVocabulary(frequencies, sketch.documents, options);
}

/** Every paper as a TF-IDF row, in one more pass; ids[row] is the paper of each row. */
async function indexCorpus(
  db: PrismaClient,
  vocabulary: Vocabulary,
  signal?: AbortSignal,
): Promise<{ ids: string[]; index: SimilarityIndex }> {
  const builder = createSparseRowsBuilder();
  const ids: string[] = [];
  for await (const page of readPaperTexts(db, { signal }))
    for (const paper of page) {
      appendRow(builder, vectorizeTerms(vocabulary, tokenizePaper(paper)));
      ids.push(paper.id);
    }
  return { ids, index: createSimilarityIndex(finishRows(builder), vocabulary.terms.length) };
}

function listOf(index: SimilarityIndex, ids: readonly string[], row: number): SimilarList {
  const neighbours = listSimilarRows(index, row, SIMILAR_PAPERS_KEPT);
  return { paperId: ids[row]!, similarIds: neighbours.map((n) => ids[n.row]!), scores: neighbours.map((n) => n.score) };
}

async function saveInBatches(db: PrismaClient, lists: Iterable<SimilarList>, signal?: AbortSignal): Promise<number> {
  let batch: SimilarList[] = [];
  let written = 0;
  for (const list of lists) {
    batch.push(list);
    if (batch.length === WRITE_BATCH) {
      signal?.throwIfAborted();
      await saveSimilarPapers(db, batch);
      written += batch.length;
      batch = [];
    }
  }
  await saveSimilarPapers(db, batch);
  return written + batch.length;
}

/** Papers that have no list yet: new since the last run (or since the first). */
async function listPapersWithoutList(db: PrismaClient): Promise<Set<string>> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT p."id" FROM "Paper" p WHERE NOT EXISTS (SELECT 1 FROM "SimilarPapers" s WHERE s."paperId" = p."id")`;
  return new Set(rows.map((row) => row.id));
}

/**
 * The lists of other papers that a new paper now belongs in: those whose list is not full, or
 * whose weakest entry scores below the new paper. Others keep their list until the nightly build.
 * With query feedback the score is not symmetric (each side's query is expanded by its own
 * neighbours), so the new paper's score for a list stands in for the list's own: an estimate that
 * the nightly build, which lists every paper, puts right.
 */
async function listPapersToRefresh(db: PrismaClient, candidates: Map<string, number>): Promise<string[]> {
  if (candidates.size === 0) return [];
  const rows = await db.$queryRaw<{ paperId: string; count: number; weakest: number | null }[]>`
    SELECT "paperId", cardinality("scores") AS "count", "scores"[cardinality("scores")] AS "weakest"
    FROM "SimilarPapers" WHERE "paperId" = ANY(${[...candidates.keys()]}::text[])`;
  return rows
    .filter((row) => row.count < SIMILAR_PAPERS_KEPT || (row.weakest ?? 0) < candidates.get(row.paperId)!)
    .map((row) => row.paperId);
}

/**
 * Computes similar papers and stores them. `full` lists every paper (nightly, and the first time).
 * `new` lists the papers that have none yet and refreshes the lists they now belong in; with
 * nothing new it reads no paper text. Both build the vocabulary afresh, so a new paper's own
 * words (a new method's name) count at once rather than after the next night.
 */
export async function buildSimilarPapers(db: PrismaClient, mode: BuildMode, { signal, log }: Options = {}): Promise<BuildResult> {
  const fresh = mode === "new" ? await listPapersWithoutList(db) : null;
  if (fresh?.size === 0) return { mode, papers: 0, terms: 0, written: 0, refreshed: 0 };
  const vocabulary = await buildCorpusVocabulary(db, signal);
  log?.(`vocabulary: ${vocabulary.terms.length} terms from ${vocabulary.documentCount} papers`);
  const { ids, index } = await indexCorpus(db, vocabulary, signal);
  log?.(`index: ${ids.length} vectors, ${index.rows.values.length} weights, ${index.postingRows.length} postings`);
  const result = { papers: ids.length, terms: vocabulary.terms.length };
  // A new server, or one whose papers are mostly new: every list, as at night.
  if (!fresh || fresh.size * 2 > ids.length) {
    const all = (function* () {
      for (let row = 0; row < ids.length; row++) yield listOf(index, ids, row);
    })();
    const written = await saveInBatches(db, all, signal);
    await saveVocabulary(db, vocabulary);
    return { mode: "full", ...result, written, refreshed: 0 };
  }
  const lists = ids.flatMap((id, row) => (fresh.has(id) ? [listOf(index, ids, row)] : []));
  const strongest = new Map<string, number>();
  for (const list of lists)
    list.similarIds.forEach((id, i) => {
      if (!fresh.has(id)) strongest.set(id, Math.max(strongest.get(id) ?? 0, list.scores[i]!));
    });
  const refresh = new Set(await listPapersToRefresh(db, strongest));
  const refreshed = ids.flatMap((id, row) => (refresh.has(id) ? [listOf(index, ids, row)] : []));
  const written = await saveInBatches(db, [...lists, ...refreshed], signal);
  await saveVocabulary(db, vocabulary);
  return { mode: "new", ...result, written, refreshed: refreshed.length };
}
