-- CreateEnum
CREATE TYPE "AlertKind" AS ENUM ('SEARCH', 'CATEGORY', 'AUTHOR');

-- CreateTable
CREATE TABLE "Alert" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "kind" "AlertKind" NOT NULL,
    "query" TEXT NOT NULL,
    "hasCode" BOOLEAN NOT NULL DEFAULT false,
    "tsquery" TEXT,
    "feedToken" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Alert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InboxItem" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "paperId" TEXT NOT NULL,
    "alertId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "InboxItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertMatchQueue" (
    "paperId" TEXT NOT NULL,
    "queuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertMatchQueue_pkey" PRIMARY KEY ("paperId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Alert_feedToken_key" ON "Alert"("feedToken");

-- CreateIndex
CREATE INDEX "Alert_kind_query_idx" ON "Alert"("kind", "query");

-- CreateIndex
CREATE UNIQUE INDEX "Alert_ownerId_kind_query_hasCode_key" ON "Alert"("ownerId", "kind", "query", "hasCode");

-- CreateIndex
CREATE INDEX "InboxItem_userId_createdAt_idx" ON "InboxItem"("userId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "InboxItem_alertId_createdAt_idx" ON "InboxItem"("alertId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "InboxItem_paperId_idx" ON "InboxItem"("paperId");

-- CreateIndex
CREATE UNIQUE INDEX "InboxItem_userId_paperId_alertId_key" ON "InboxItem"("userId", "paperId", "alertId");

-- CreateIndex
CREATE INDEX "AlertMatchQueue_queuedAt_idx" ON "AlertMatchQueue"("queuedAt");

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InboxItem" ADD CONSTRAINT "InboxItem_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InboxItem" ADD CONSTRAINT "InboxItem_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InboxItem" ADD CONSTRAINT "InboxItem_alertId_fkey" FOREIGN KEY ("alertId") REFERENCES "Alert"("id") ON DELETE CASCADE ON UPDATE CASCADE;
