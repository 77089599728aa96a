import { getDb } from "@/lib/db";

/**
 * A new reader's starting categories, until they save or upvote something. One upsert; its
 * updatedAt tells the job to train the reader within a minute.
 */
export async function setStartCategories(userId: string, categories: string[]): Promise<void> {
  await getDb().$executeRaw`
    INSERT INTO "ReaderRecommendations" ("userId", "paperIds", "scores", "reasons", "startCategories", "updatedAt")
    VALUES (${userId}, ARRAY[]::text[], ARRAY[]::real[], ARRAY[]::text[], ${categories}, clock_timestamp() AT TIME ZONE 'UTC')
    ON CONFLICT ("userId") DO UPDATE SET "startCategories" = EXCLUDED."startCategories", "updatedAt" = EXCLUDED."updatedAt"`;
}
