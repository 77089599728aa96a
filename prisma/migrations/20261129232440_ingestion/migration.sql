-- AlterTable
ALTER TABLE "Paper" ADD COLUMN     "arxivVersion" INTEGER,
ADD COLUMN     "codeStars" INTEGER,
ADD COLUMN     "codeUrl" TEXT,
ADD COLUMN     "hfUpvotes" INTEGER,
ADD COLUMN     "projectUrl" TEXT;

-- CreateTable
CREATE TABLE "IngestState" (
    "source" TEXT NOT NULL,
    "lastSuccessAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IngestState_pkey" PRIMARY KEY ("source")
);
