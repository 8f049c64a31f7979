-- Planner statistics for "Observation"."seriesId" (no schema change, so nothing in schema.prisma; Prisma has no
-- syntax for it). Series hold ~40 values each, so a table of 50 M observations has over a million series; with the
-- default sample ANALYZE estimated 67 k distinct series (741 rows per series instead of ~40), and the mirror page's
-- chapter-years query (lib/mirror/queries.ts chapterYears) switched to a parallel sequential scan of "Series":
-- 534 ms at 50 M rows. With a 1000-entry statistics target the estimate is 616 k, the plan stays on the
-- (reporter, partner, flow, productLevel) index and the query takes 14 ms (docs/benchmarks.md).
ALTER TABLE "Observation" ALTER COLUMN "seriesId" SET STATISTICS 1000;
