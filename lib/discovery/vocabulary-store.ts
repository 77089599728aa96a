import type { PrismaClient } from "@/lib/generated/prisma/client";
import { vocabularyFrom, type Vocabulary } from "@/lib/discovery/vocabulary";

/** The vocabulary of the last full build, or null before the first. */
export async function loadVocabulary(db: PrismaClient): Promise<(Vocabulary & { builtAt: Date }) | null> {
  const row = await db.tfidfVocabulary.findUnique({ where: { id: 1 } });
  if (!row) return null;
  return { ...vocabularyFrom(row.terms, Float32Array.from(row.idf), row.documentCount), builtAt: row.builtAt };
}

export async function saveVocabulary(db: PrismaClient, vocabulary: Vocabulary): Promise<void> {
  const data = {
    terms: [...vocabulary.terms],
    idf: Array.from(vocabulary.idf),
    documentCount: vocabulary.documentCount,
    builtAt: new Date(),
  };
  await db.tfidfVocabulary.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
}
