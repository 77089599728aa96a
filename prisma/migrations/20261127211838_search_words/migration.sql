-- The words of paper titles and author names, for "did you mean": a misspelled query word is
-- corrected to the most similar known word (pg_trgm), which is fast on this small table and
-- would not be on a million titles.

-- CreateTable
CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "SearchWord_word_idx" ON "SearchWord" USING GIN ("word" gin_trgm_ops);

-- Hand-written: a trigger keeps the words current on every insert and on title or author changes
-- (words of deleted papers stay, which costs a suggestion at worst). Prisma does not manage
-- functions or triggers, so later migrations keep them. The migration runner splits scripts at
-- every semicolon, even inside quotes, so the function body is an escape string and \x3B stands
-- for each of its semicolons.
CREATE OR REPLACE FUNCTION paper_search_words() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO "SearchWord" ("word")
  SELECT DISTINCT w.lexeme
  FROM unnest(to_tsvector(''simple'', NEW."title" || '' '' || paper_authors_text(NEW."authors"))) AS w
  WHERE length(w.lexeme) BETWEEN 3 AND 40 AND w.lexeme !~ ''[0-9]''
  ORDER BY w.lexeme
  ON CONFLICT DO NOTHING\x3B
  RETURN NULL\x3B
END';

CREATE TRIGGER "Paper_search_words" AFTER INSERT OR UPDATE OF "title", "authors" ON "Paper"
  FOR EACH ROW EXECUTE FUNCTION paper_search_words();

INSERT INTO "SearchWord" ("word")
SELECT DISTINCT w.lexeme
FROM "Paper" AS p, unnest(to_tsvector('simple', p."title" || ' ' || paper_authors_text(p."authors"))) AS w
WHERE length(w.lexeme) BETWEEN 3 AND 40 AND w.lexeme !~ '[0-9]'
ON CONFLICT DO NOTHING;
