// Bulk-loads synthetic papers in SQL (INSERT ... SELECT generate_series), which is ~100x faster
// than row-by-row inserts. Titles and abstracts are cycled from the real seed listing so pages
// have realistic sizes; dates spread over six years and votes follow a long tail.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { SECONDS_PER_DECADE_OF_VOTES } from "@/lib/ranking";
import { loadSeedPapers } from "@/lib/seed/load-seed-papers";

export async function insertSyntheticPapers(db: PrismaClient, count: number, onProgress?: (done: number) => void) {
  const seed = await loadSeedPapers();
  const titles = seed.map((p) => p.title);
  const abstracts = seed.map((p) => p.abstract);
  const batch = 50_000;
  for (let start = 1; start <= count; start += batch) {
    const end = Math.min(count, start + batch - 1);
    await db.$executeRaw`
      INSERT INTO "Paper" ("id", "slug", "title", "abstract", "authors", "authorCount", "publishedAt", "listedAt", "updatedAt", "upvotes", "score")
      SELECT 'bench' || i, 'bench-paper-' || i, (${titles}::text[])[1 + i % ${titles.length}] || ' (' || i || ')',
             (${abstracts}::text[])[1 + (i * 7) % ${abstracts.length}], ARRAY['Ada Lovelace', 'Alan Turing'], 2, at, at, now(), up,
             log(greatest(up, 1)::numeric)::float8 + extract(epoch from at)::float8 / ${SECONDS_PER_DECADE_OF_VOTES}
      FROM (
        SELECT i, timestamp '2020-01-01' + ((i::bigint * 7919) % 2190) * interval '1 day' AS at,
               floor(power(((i::bigint * 104729) % 1000) / 1000.0, 6) * 800)::int AS up
        FROM generate_series(${start}::int, ${end}::int) AS i
      ) AS s`;
    onProgress?.(end);
  }
  await db.$executeRaw`ANALYZE "Paper"`;
}
