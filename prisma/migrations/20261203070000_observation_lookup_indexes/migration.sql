-- Issue 14: every index on "Observation" is maintained for each row an import writes (a million-row import spent
-- 1–2 s more with these). Lookups by series go through the unique key (seriesId, period, sourceId, vintage), whose
-- first column is the series; nothing reads by publisher; the per-source counts of /sources are one grouped scan.
DROP INDEX "Observation_publisherId_idx";
DROP INDEX "Observation_sourceId_idx";
DROP INDEX "Observation_seriesId_year_idx";
