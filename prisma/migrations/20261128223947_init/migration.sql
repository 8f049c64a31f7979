-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Domain" AS ENUM ('trade', 'investment', 'debt');

-- CreateEnum
CREATE TYPE "Valuation" AS ENUM ('FOB', 'CIF', 'none');

-- CreateEnum
CREATE TYPE "Frequency" AS ENUM ('A', 'Q', 'M', 'D', 'R');

-- CreateEnum
CREATE TYPE "NoteKind" AS ENUM ('event', 'discrepancy_statement', 'methodology', 'caveat');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('running', 'succeeded', 'failed', 'dry_run');

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "vintage" TEXT,
    "retrievedAt" DATE,
    "licence" TEXT,
    "datasetType" TEXT NOT NULL,
    "rank" INTEGER NOT NULL DEFAULT 100,
    "citation" TEXT NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Series" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "domain" "Domain" NOT NULL,
    "title" TEXT NOT NULL,
    "reporter" VARCHAR(3) NOT NULL,
    "partner" VARCHAR(3) NOT NULL,
    "flow" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "valuation" "Valuation" NOT NULL DEFAULT 'none',
    "productCode" TEXT NOT NULL DEFAULT 'TOTAL',
    "productLevel" INTEGER,
    "description" TEXT,

    CONSTRAINT "Series_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Observation" (
    "id" BIGSERIAL NOT NULL,
    "seriesId" INTEGER NOT NULL,
    "frequency" "Frequency" NOT NULL DEFAULT 'A',
    "period" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "value" DECIMAL(30,10) NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "vintage" TEXT NOT NULL DEFAULT '',
    "flags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "qualifier" TEXT,
    "asPublished" TEXT,
    "note" TEXT,
    "importRunId" INTEGER,

    CONSTRAINT "Observation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Note" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "NoteKind" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "yearFrom" INTEGER,
    "yearTo" INTEGER,
    "periodLabel" TEXT,
    "quotedValue" TEXT,
    "domains" "Domain"[] DEFAULT ARRAY[]::"Domain"[],
    "seriesCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "sourceId" INTEGER,

    CONSTRAINT "Note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportRun" (
    "id" SERIAL NOT NULL,
    "file" TEXT NOT NULL,
    "checksum" CHAR(64) NOT NULL,
    "format" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "inserted" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0,
    "status" "ImportStatus" NOT NULL DEFAULT 'running',
    "message" TEXT,

    CONSTRAINT "ImportRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Series_code_key" ON "Series"("code");

-- CreateIndex
CREATE INDEX "Series_domain_reporter_partner_idx" ON "Series"("domain", "reporter", "partner");

-- CreateIndex
CREATE INDEX "Series_reporter_partner_flow_productLevel_idx" ON "Series"("reporter", "partner", "flow", "productLevel");

-- CreateIndex
CREATE INDEX "Observation_seriesId_year_idx" ON "Observation"("seriesId", "year");

-- CreateIndex
CREATE INDEX "Observation_sourceId_idx" ON "Observation"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "Observation_seriesId_period_sourceId_vintage_key" ON "Observation"("seriesId", "period", "sourceId", "vintage");

-- CreateIndex
CREATE UNIQUE INDEX "Note_key_key" ON "Note"("key");

-- CreateIndex
CREATE INDEX "Note_kind_idx" ON "Note"("kind");

-- CreateIndex
CREATE INDEX "Note_yearFrom_yearTo_idx" ON "Note"("yearFrom", "yearTo");

-- CreateIndex
CREATE INDEX "ImportRun_checksum_idx" ON "ImportRun"("checksum");

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "Series"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_importRunId_fkey" FOREIGN KEY ("importRunId") REFERENCES "ImportRun"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;
