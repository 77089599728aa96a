-- Full-text search over papers: a stored tsvector (title A, authors B, abstract C) with a GIN
-- index, and a trigram index on title for the misspelling fallback.
-- Hand-edited: Prisma writes the column as DEFAULT, which PostgreSQL rejects for an expression over
-- other columns: it must be GENERATED ALWAYS AS (...) STORED. array_to_string is only STABLE, and a
-- generated column needs IMMUTABLE functions, hence the wrapper (the authors are plain text, so
-- its result never depends on settings).

CREATE OR REPLACE FUNCTION paper_authors_text(authors TEXT[]) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(array_to_string(authors, ' '), '') $$;

-- AlterTable
ALTER TABLE "Paper" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', "title"), 'A')
  || setweight(to_tsvector('english', paper_authors_text("authors")), 'B')
  || setweight(to_tsvector('english', "abstract"), 'C')
) STORED;

-- CreateIndex
CREATE INDEX "Paper_search_idx" ON "Paper" USING GIN ("search");

-- CreateIndex
CREATE INDEX "Paper_title_idx" ON "Paper" USING GIN ("title" gin_trgm_ops);
