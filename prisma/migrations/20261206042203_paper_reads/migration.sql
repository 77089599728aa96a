-- CreateTable
CREATE TABLE "PaperRead" (
    "userId" TEXT NOT NULL,
    "paperId" TEXT NOT NULL,
    "readAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaperRead_pkey" PRIMARY KEY ("userId","paperId")
);

-- CreateIndex
CREATE INDEX "PaperRead_userId_readAt_paperId_idx" ON "PaperRead"("userId", "readAt" DESC, "paperId" DESC);

-- AddForeignKey
ALTER TABLE "PaperRead" ADD CONSTRAINT "PaperRead_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaperRead" ADD CONSTRAINT "PaperRead_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper"("id") ON DELETE CASCADE ON UPDATE CASCADE;
