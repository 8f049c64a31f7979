// What kind of point a stored or derived value is. Pure.
import type { ObservationRow } from "./types";

/** Whether a point is a quoted statement (or computed from one) rather than a statistical database value. */
export function isStatementPoint(point: { sourceType: string; flags: readonly string[] }): boolean {
  return point.sourceType === "news_statement" || point.flags.includes("from-statement");
}

/** Annual rows a chart can draw: annual values and year-end positions (period YYYY-12-31). */
export function isAnnualPoint(o: Pick<ObservationRow, "frequency" | "period">): boolean {
  return o.frequency === "A" || (o.frequency === "D" && o.period.endsWith("-12-31"));
}
