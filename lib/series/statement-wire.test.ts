import { describe, expect, it } from "vitest";
import { packStatementRows, unpackStatementRows } from "./statement-wire";
import type { StatementRow } from "./statements";

const row: StatementRow = {
  id: "fdi.KAZ.CHN.cumulative_statement-2009/2010-8",
  seriesCode: "fdi.KAZ.CHN.cumulative_statement",
  measure: "cumulative investment (as quoted) from China",
  period: "2009–2010",
  date: "2010-12-31",
  value: "8400000000",
  unit: "USD",
  display: "около 8,4 млрд долл. США",
  asPublished: "8.4 USD billion",
  note: null,
  source: "Newsline.kz",
  sourceHref: null,
  flags: "",
};

describe("packed statement rows", () => {
  it("round-trip through JSON to the same rows, in fewer bytes; unpacked rows pass as they are", () => {
    const rows = [row, { ...row, id: "b", note: "n", sourceHref: "https://example.org/" }];
    const sent = JSON.stringify(packStatementRows(rows));
    expect(unpackStatementRows(JSON.parse(sent))).toStrictEqual(rows);
    expect(sent.length).toBeLessThan(JSON.stringify(rows).length);
    expect(unpackStatementRows(rows)).toBe(rows);
  });
});
