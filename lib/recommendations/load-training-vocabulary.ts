import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadVocabulary } from "@/lib/discovery/vocabulary-store";
import type { Vocabulary } from "@/lib/discovery/vocabulary";

let cached: { vocabulary: Vocabulary; builtAt: number } | null = null;

/**
 * The similar-papers build's vocabulary, kept in memory until a newer build: at 100,000 papers it is
 * a few hundred thousand terms, which a training per request (a collection as the seed) must not
 * load again each time. Null before the first build.
 */
export async function loadTrainingVocabulary(db: PrismaClient): Promise<Vocabulary | null> {
  const latest = await db.tfidfVocabulary.findUnique({ where: { id: 1 }, select: { builtAt: true } });
  if (!latest) return null;
  if (cached?.builtAt !== latest.builtAt.getTime()) {
    const vocabulary = await loadVocabulary(db);
    if (!vocabulary) return null;
    cached = { vocabulary, builtAt: vocabulary.builtAt.getTime() };
  }
  return cached.vocabulary;
}
