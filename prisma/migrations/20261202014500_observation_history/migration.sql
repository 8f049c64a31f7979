-- The history of every observation's value (issue 11): the import transaction stamps each row it inserts or updates
-- with the new data version, writes the superseded state of every updated row to "ObservationRevision", and logs every
-- version bump in "DataVersionLog". observations_as_of(v) rebuilds "Observation" as it was at version v.

-- AlterTable: rows that predate version stamping belong to every version.
ALTER TABLE "Observation" ADD COLUMN "version" BIGINT NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "ObservationRevision" (
    "id" BIGSERIAL NOT NULL,
    "observationId" BIGINT NOT NULL,
    "seriesId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "vintage" TEXT NOT NULL,
    "frequency" "Frequency" NOT NULL,
    "year" INTEGER NOT NULL,
    "value" DECIMAL(30,10) NOT NULL,
    "flags" TEXT[],
    "qualifier" TEXT,
    "asPublished" TEXT,
    "note" TEXT,
    "importRunId" INTEGER,
    "vintageDate" DATE NOT NULL,
    "publisherId" INTEGER NOT NULL,
    "validFrom" BIGINT NOT NULL,
    "validTo" BIGINT NOT NULL,

    CONSTRAINT "ObservationRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataVersionLog" (
    "version" BIGINT NOT NULL,
    "committedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importRunIds" INTEGER[],
    "summary" TEXT NOT NULL,

    CONSTRAINT "DataVersionLog_pkey" PRIMARY KEY ("version")
);

-- CreateIndex
CREATE INDEX "ObservationRevision_seriesId_year_idx" ON "ObservationRevision"("seriesId", "year");

-- CreateIndex
CREATE INDEX "ObservationRevision_observationId_idx" ON "ObservationRevision"("observationId");

-- AddForeignKey
ALTER TABLE "ObservationRevision" ADD CONSTRAINT "ObservationRevision_observationId_fkey" FOREIGN KEY ("observationId") REFERENCES "Observation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObservationRevision" ADD CONSTRAINT "ObservationRevision_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "Series"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObservationRevision" ADD CONSTRAINT "ObservationRevision_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObservationRevision" ADD CONSTRAINT "ObservationRevision_importRunId_fkey" FOREIGN KEY ("importRunId") REFERENCES "ImportRun"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObservationRevision" ADD CONSTRAINT "ObservationRevision_publisherId_fkey" FOREIGN KEY ("publisherId") REFERENCES "Publisher"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The version a database already has (from imports before this migration) gets its log row, so "data as of" has a date.
INSERT INTO "DataVersionLog" ("version", "committedAt", "importRunIds", "summary")
SELECT "version", "changedAt", ARRAY[]::INTEGER[], 'data imported before version history was kept'
  FROM "DataVersion" WHERE "id" = 1 AND "version" > 0;

-- "Observation" as it was at data version v: current rows introduced at or before v, plus the superseded states that
-- were current at v. LANGUAGE sql, STABLE, not STRICT, one SELECT: PostgreSQL inlines it into the calling query, so
-- `FROM observations_as_of($1) o WHERE o."seriesId" = …` uses the ("seriesId", "year") indexes of both tables.
-- Its columns are "Observation"'s, in table order (this migration runs after 20261202000000, which added "publisherId"
-- and "vintageDate"): a column added to "Observation" must be added here too (and to "ObservationRevision"), or every
-- call fails with "return type mismatch" (lib/import/columns.int.test.ts checks both).
CREATE FUNCTION observations_as_of(v BIGINT) RETURNS SETOF "Observation"
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT o."id", o."seriesId", o."frequency", o."period", o."year", o."value", o."sourceId", o."vintage", o."flags",
         o."qualifier", o."asPublished", o."note", o."importRunId", o."publisherId", o."vintageDate", o."version"
    FROM "Observation" o
   WHERE o."version" <= v
  UNION ALL
  SELECT r."observationId", r."seriesId", r."frequency", r."period", r."year", r."value", r."sourceId", r."vintage", r."flags",
         r."qualifier", r."asPublished", r."note", r."importRunId", r."publisherId", r."vintageDate", r."validFrom"
    FROM "ObservationRevision" r
   WHERE r."validFrom" <= v AND r."validTo" > v
$$;
