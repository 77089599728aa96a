import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchQuery } from "@/lib/search/build-search-query";

/**
 * The tsquery of a search, as SQL over bound parameters. Every function in it is immutable, so
 * PostgreSQL folds it into a constant when planning and can estimate how many rows it matches.
 * The half-typed last word is tried stemmed ('english': "learning" → learn) and as typed
 * ('simple': a stop word such as "the" still finds "theory"). Null when there is nothing to search.
 */
export function tsquerySql(query: SearchQuery): Prisma.Sql | null {
  const parts: Prisma.Sql[] = [];
  if (query.websearch.trim()) parts.push(Prisma.sql`websearch_to_tsquery('english', ${query.websearch})`);
  if (query.prefixes.length > 0) {
    const prefixes = query.prefixes.flatMap((p) => [Prisma.sql`to_tsquery('english', ${p})`, Prisma.sql`to_tsquery('simple', ${p})`]);
    parts.push(Prisma.sql`(${Prisma.join(prefixes, " || ")})`);
  }
  // websearch_to_tsquery binds `or` looser than the words around it, so "a b or c" is (a & b) | c.
  return parts.length > 0 ? Prisma.sql`(${Prisma.join(parts, query.prefixOr ? " || " : " && ")})` : null;
}
