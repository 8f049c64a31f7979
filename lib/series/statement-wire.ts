// Statement rows as a page sends them inline to its table (/investment): each row a tuple in `STATEMENT_FIELDS`'
// order, not an object with its 13 keys written per row (HTML budget, issue 9). The table unpacks them once. Pure.
import type { StatementRow } from "./statements";

const STATEMENT_FIELDS = [
  "id",
  "seriesCode",
  "measure",
  "period",
  "date",
  "value",
  "unit",
  "display",
  "asPublished",
  "note",
  "source",
  "sourceHref",
  "flags",
] as const satisfies readonly (keyof StatementRow)[];

export interface PackedStatementRows {
  packed: StatementRow[(typeof STATEMENT_FIELDS)[number]][][];
}

export function packStatementRows(rows: readonly StatementRow[]): PackedStatementRows {
  return { packed: rows.map((r) => STATEMENT_FIELDS.map((f) => r[f])) };
}

export function unpackStatementRows(rows: StatementRow[] | PackedStatementRows): StatementRow[] {
  if (Array.isArray(rows)) return rows;
  return rows.packed.map((values) => Object.fromEntries(STATEMENT_FIELDS.map((f, i) => [f, values[i]])) as unknown as StatementRow);
}
