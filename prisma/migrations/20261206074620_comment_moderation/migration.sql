-- CreateEnum
CREATE TYPE "CommentReportReason" AS ENUM ('SPAM', 'HARASSMENT', 'OFF_TOPIC', 'OTHER');

-- CreateEnum
CREATE TYPE "CommentNotificationKind" AS ENUM ('REPLY', 'PAPER_COMMENT');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "commentEmailToken" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
ADD COLUMN     "commentEmails" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "suspendedAt" TIMESTAMP(3),
ADD COLUMN     "suspendedReason" TEXT;

-- CreateTable
CREATE TABLE "CommentReport" (
    "commentId" TEXT NOT NULL,
    "reporterId" TEXT NOT NULL,
    "reason" "CommentReportReason" NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "CommentReport_pkey" PRIMARY KEY ("commentId","reporterId")
);

-- CreateTable
CREATE TABLE "CommentNotification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "commentId" TEXT NOT NULL,
    "kind" "CommentNotificationKind" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),
    "emailBatchId" TEXT,

    CONSTRAINT "CommentNotification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommentEmailBatch" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "claimedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "CommentEmailBatch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CommentReport_resolvedAt_createdAt_idx" ON "CommentReport"("resolvedAt", "createdAt");

-- CreateIndex
CREATE INDEX "CommentNotification_userId_createdAt_idx" ON "CommentNotification"("userId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "CommentNotification_emailBatchId_idx" ON "CommentNotification"("emailBatchId");

-- CreateIndex
CREATE UNIQUE INDEX "CommentNotification_userId_commentId_key" ON "CommentNotification"("userId", "commentId");

-- CreateIndex
CREATE INDEX "CommentEmailBatch_sentAt_claimedAt_idx" ON "CommentEmailBatch"("sentAt", "claimedAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_commentEmailToken_key" ON "User"("commentEmailToken");

-- AddForeignKey
ALTER TABLE "CommentReport" ADD CONSTRAINT "CommentReport_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentReport" ADD CONSTRAINT "CommentReport_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentNotification" ADD CONSTRAINT "CommentNotification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentNotification" ADD CONSTRAINT "CommentNotification_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentNotification" ADD CONSTRAINT "CommentNotification_emailBatchId_fkey" FOREIGN KEY ("emailBatchId") REFERENCES "CommentEmailBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentEmailBatch" ADD CONSTRAINT "CommentEmailBatch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
