-- CreateTable
CREATE TABLE "SimilarPapers" (
    "paperId" TEXT NOT NULL,
    "similarIds" TEXT[],
    "scores" REAL[],
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SimilarPapers_pkey" PRIMARY KEY ("paperId")
);

-- CreateTable
CREATE TABLE "TfidfVocabulary" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "terms" TEXT[],
    "idf" REAL[],
    "documentCount" INTEGER NOT NULL,
    "builtAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TfidfVocabulary_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "SimilarPapers" ADD CONSTRAINT "SimilarPapers_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper"("id") ON DELETE CASCADE ON UPDATE CASCADE;
