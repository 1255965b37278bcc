-- CreateTable
CREATE TABLE "ActionReceipt" (
    "token" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "state" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionReceipt_pkey" PRIMARY KEY ("token")
);

-- CreateIndex
CREATE INDEX "ActionReceipt_createdAt_idx" ON "ActionReceipt"("createdAt");
