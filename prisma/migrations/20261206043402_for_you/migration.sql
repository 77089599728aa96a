-- CreateTable
CREATE TABLE "PaperDismissal" (
    "userId" TEXT NOT NULL,
    "paperId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaperDismissal_pkey" PRIMARY KEY ("userId","paperId")
);

-- CreateTable
CREATE TABLE "ReaderRecommendations" (
    "userId" TEXT NOT NULL,
    "paperIds" TEXT[],
    "scores" REAL[],
    "reasons" TEXT[],
    "startCategories" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "positives" INTEGER NOT NULL DEFAULT 0,
    "trainedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReaderRecommendations_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE INDEX "PaperDismissal_createdAt_idx" ON "PaperDismissal"("createdAt");

-- AddForeignKey
ALTER TABLE "PaperDismissal" ADD CONSTRAINT "PaperDismissal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaperDismissal" ADD CONSTRAINT "PaperDismissal_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReaderRecommendations" ADD CONSTRAINT "ReaderRecommendations_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
