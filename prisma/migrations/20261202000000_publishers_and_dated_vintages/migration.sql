-- Sources keep their publisher (issue 12): a Source is the publication (file or page); each Observation and Note
-- names its own Publisher, so two statements in one article keep their own. Every Observation carries a dated
-- vintage (label + date). Existing rows are carried over: each value gets its Source's publisher, and a date from
-- its vintage label, else its Source's retrieval date, else the date it was imported; `npm run db:seed` then
-- corrects the data pack's rows (publisher and vintage date per row, from the pack and raw/provenance.csv).

-- AlterEnum
ALTER TYPE "Domain" ADD VALUE 'reference';

-- CreateTable
CREATE TABLE "Publisher" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Publisher_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Publisher_name_key" ON "Publisher"("name");

INSERT INTO "Publisher" ("name") SELECT DISTINCT "publisher" FROM "Source" ORDER BY 1;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN "vintageDate" DATE;

-- AlterTable
ALTER TABLE "Observation" ADD COLUMN "publisherId" INTEGER, ADD COLUMN "vintageDate" DATE;

UPDATE "Observation" o SET "publisherId" = p.id
  FROM "Source" so JOIN "Publisher" p ON p.name = so.publisher
 WHERE so.id = o."sourceId";

-- "newer vintage" / "older vintage" were words the data-pack importer made up, not release labels: the date says it now.
UPDATE "Observation" o SET vintage = ''
 WHERE o.vintage IN ('newer vintage', 'older vintage')
   AND NOT EXISTS (SELECT 1 FROM "Observation" x WHERE x."seriesId" = o."seriesId" AND x.period = o.period AND x."sourceId" = o."sourceId" AND x.vintage = '');
UPDATE "Source" SET vintage = NULL WHERE vintage IN ('newer vintage', 'older vintage');

UPDATE "Observation" o SET "vintageDate" = COALESCE(
    CASE WHEN o.vintage ~ '\d{4}-\d{2}-\d{2}' THEN substring(o.vintage FROM '\d{4}-\d{2}-\d{2}')::date END,
    (SELECT so."retrievedAt" FROM "Source" so WHERE so.id = o."sourceId"),
    (SELECT r."startedAt"::date FROM "ImportRun" r WHERE r.id = o."importRunId"),
    CURRENT_DATE);

ALTER TABLE "Observation" ALTER COLUMN "publisherId" SET NOT NULL, ALTER COLUMN "vintageDate" SET NOT NULL;

-- AlterTable
ALTER TABLE "Note" ADD COLUMN "publisherId" INTEGER;

UPDATE "Note" n SET "publisherId" = p.id
  FROM "Source" so JOIN "Publisher" p ON p.name = so.publisher
 WHERE so.id = n."sourceId";

-- CreateIndex
CREATE INDEX "Observation_publisherId_idx" ON "Observation"("publisherId");

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_publisherId_fkey" FOREIGN KEY ("publisherId") REFERENCES "Publisher"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_publisherId_fkey" FOREIGN KEY ("publisherId") REFERENCES "Publisher"("id") ON DELETE SET NULL ON UPDATE CASCADE;
