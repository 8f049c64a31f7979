// THE HEADLINE RULE — which of several values for the same series and period the charts show by default.
// Every other value stays stored and is returned with `all=1` / shown in the "all sources" view.
//  1. a value not flagged "incomplete" beats one that is (Kazakhstan's 2020–22 partner detail is incomplete);
//  2. then the lower source rank (lib/import/sources.ts: UN Comtrade 10, IMF DOTS 20, WITS 30/36,
//     figures derived from official publications 50, quoted statements 70, project notes 90);
//  3. then the newest vintage: the later vintage date (every value has one: release, download or publication date),
//     and between two vintages of the same date the greater label;
//  4. then the source key, so the pick is deterministic.

/**
 * ORDER BY fragment over aliases `o` (Observation) and `so` (Source). Text compares byte-wise (COLLATE "C") so the
 * pick does not depend on the server's locale and equals lib/mirror/pick.ts's code-point comparison.
 */
export const HEADLINE_ORDER_SQL = `('incomplete' = ANY(o.flags)), so.rank, o."vintageDate" DESC, o.vintage COLLATE "C" DESC, so.key COLLATE "C"`;

export const HEADLINE_RULE_TEXT =
  "Headline value per year: a value not flagged incomplete first; then UN Comtrade, IMF DOTS, WITS, figures derived from official publications, quoted statements; then the newest vintage (by its date).";

/**
 * WHERE fragment over alias `o` for "annual" views: annual values, plus positions at the year end (period YYYY-12-31,
 * e.g. FDI stocks), which describe the same year.
 */
export const ANNUAL_SQL = `(o.frequency = 'A' OR (o.frequency = 'D' AND o.period LIKE '%-12-31'))`;
