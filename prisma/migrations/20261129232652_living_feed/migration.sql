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

-- CreateTable
CREATE TABLE "JobRun" (
    "id" TEXT NOT NULL,
    "job" TEXT NOT NULL,
    "queueJobId" TEXT NOT NULL,
    "attempt" INTEGER NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),
    "ok" BOOLEAN,
    "summary" TEXT,
    "worker" TEXT NOT NULL,

    CONSTRAINT "JobRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "JobRun_job_startedAt_idx" ON "JobRun"("job", "startedAt" DESC);
