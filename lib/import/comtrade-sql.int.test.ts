// The set-based Comtrade import (comtrade-sql.ts) against the row-by-row one (the Comtrade parser through the record
// sink, MONITOR_IMPORT_ROW_BY_ROW=1): the same files — the data pack's two excerpts, edited variants with every kind of
// rejected row, monthly data, the world partner, HS4 and flags, a revision — into two databases, and everything written
// compared; files the SQL cannot decide go row by row and give the same result or the same error.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, tableFingerprint, type TestDatabase } from "../testing/db";
import { COMTRADE_COLUMNS } from "./parsers/comtrade";
import { query, ROOT, runCli, startCli, stderrContains, waitForImportSessionsToEnd } from "./test-support";

const CHN = path.join(ROOT, "prisma/seed-data/raw/comtrade_chn_reporter__EXCERPT_2014_partner_KAZ.csv");
const KAZ = path.join(ROOT, "prisma/seed-data/raw/comtrade_kaz_reporter__EXCERPT_2014_partner_CHN.csv");
const VINTAGE = ["--vintage", "comtrade test (2026-01-01)"];
let dir: string;
let setBased: TestDatabase;
let rowByRow: TestDatabase;

type Column = (typeof COMTRADE_COLUMNS)[number];
let header: string;
let rows: string[];
/** A data line of the CHN excerpt with fields replaced (a trailing comma, as Comtrade writes). */
function edit(line: string, changes: Partial<Record<Column, string>>): string {
  const fields = parse(line, { relax_column_count: true })[0] as string[];
  for (const [name, value] of Object.entries(changes)) fields[COMTRADE_COLUMNS.indexOf(name as Column)] = value!;
  return fields.map((f) => (f === "" ? "" : `"${f.replace(/"/g, '""')}"`)).join(",");
}
async function file(name: string, lines: string[], eol = "\n"): Promise<string> {
  const f = path.join(dir, name);
  await writeFile(f, lines.join(eol) + eol);
  return f;
}

const WRITTEN = [
  `SELECT se.code, so.key, pu.name, o.frequency, o.period, o.year, trim_scale(o.value)::text, o.vintage, o."vintageDate"::text, o.flags,
          o.qualifier, o."asPublished", o.note, o.version
     FROM "Observation" o JOIN "Series" se ON se.id = o."seriesId" JOIN "Source" so ON so.id = o."sourceId" JOIN "Publisher" pu ON pu.id = o."publisherId"
    ORDER BY 1, 2, 5, 8`,
  `SELECT se.code, so.key, r.period, trim_scale(r.value)::text, r."validFrom", r."validTo"
     FROM "ObservationRevision" r JOIN "Series" se ON se.id = r."seriesId" JOIN "Source" so ON so.id = r."sourceId" ORDER BY 1, 2, 3, 5`,
  `SELECT code, domain, title, reporter, partner, flow, unit, valuation, "productCode", "productLevel", description FROM "Series" ORDER BY code`,
  `SELECT key, publisher, title, location, vintage, "datasetType", rank, citation, licence, "vintageDate"::text FROM "Source" ORDER BY key`,
  `SELECT version FROM "DataVersion"`,
];
const written = async (db: TestDatabase) => Promise.all(WRITTEN.map((sql) => query(db.url, sql)));
/** The summary line without its time and checksum. */
const summary = (stdout: string) => stdout.replace(/ \([\d.]+ s, sha256 [0-9a-f]+…\)/g, "").trim();

async function both(files: string[], expectSetBased: boolean) {
  const a = await runCli(setBased.url, [...files, ...VINTAGE], { MONITOR_IMPORT_DEBUG: "1" });
  const b = await runCli(rowByRow.url, [...files, ...VINTAGE], { MONITOR_IMPORT_ROW_BY_ROW: "1" });
  expect(a.code, a.stderr).toBe(b.code);
  expect(summary(a.stdout)).toBe(summary(b.stdout));
  expect(a.stderr.includes(": row by row: "), a.stderr).toBe(!expectSetBased);
  const firstError = (s: string) => s.split("\n").find((l) => !/^(copy|rows|stats|defining rows|merge): |: row by row: /.test(l));
  expect(firstError(a.stderr)).toBe(firstError(b.stderr));
  expect(await written(setBased)).toEqual(await written(rowByRow));
  return a;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "monitor-comtrade-sql-"));
  [setBased, rowByRow] = await Promise.all([createTestDatabase({ empty: true }), createTestDatabase({ empty: true })]);
  const lines = (await readFile(CHN, "utf8")).split(/\r?\n/).filter((l) => l !== "");
  header = lines[0]!;
  rows = lines.slice(1);
}, 120_000);

afterAll(async () => {
  await Promise.all([setBased?.drop(), rowByRow?.drop()]);
  await rm(dir, { recursive: true, force: true });
});

describe("set-based and row-by-row Comtrade imports write the same", () => {
  it("the data pack's excerpts, then the same again (nothing changes)", async () => {
    const first = await both([CHN, KAZ], true);
    expect(first.stdout).toContain("16 inserted");
    const again = await both([CHN, KAZ], true);
    expect(again.stdout).toContain("0 inserted, 0 updated, 16 unchanged");
  }, 120_000);

  it("rejected rows of every kind, the world partner, monthly data, HS4 and flags; a revised value", async () => {
    const total = rows[15]!;
    const general = await file("general.csv", [
      header,
      edit(total, { reporterCode: "643", reporterISO: "RUS", reporterDesc: "Russian Federation", partnerCode: "0", partnerISO: "W00" }),
      edit(total, { freqCode: "M", refMonth: "3", period: "201403", isReported: "false", isAggregate: "true" }),
      edit(total, { cmdCode: "2601", cmdDesc: "Iron ores", aggrLevel: "4", refYear: "2015", isOriginalClassification: "false" }),
      edit(total, { flowCode: "RX", flowDesc: "Re-export" }),
      edit(total, { partner2Code: "156" }),
      edit(total, { customsCode: "C01" }),
      edit(total, { motCode: "2000" }),
      edit(total, { partnerCode: "899", partnerISO: "_X ", partnerDesc: "Areas, nes" }),
      edit(total, { typeCode: "S" }),
      edit(total, { partnerISO: "CHN", partnerCode: "156" }),
      edit(total, { classificationSearchCode: "SITC", cmdCode: "26" }),
      edit(total, { refYear: "2016", primaryValue: "" }),
      edit(total, { refYear: "2017", primaryValue: " 1.5E+3 " }),
      edit(total, { refYear: "2018", primaryValue: "0.123456789012345" }),
      ...rows.slice(0, 3),
    ]);
    const r = await both([general], true);
    expect(r.stdout).toMatch(/9 rejected/);
    const revised = await file("revised.csv", [header, edit(rows[0]!, { primaryValue: "1155299112" }), ...rows.slice(1)]);
    expect((await both([revised], true)).stdout).toContain("1 updated");
  }, 120_000);

  it("a BOM and CRLF line ends", async () => {
    const text = (await readFile(KAZ, "utf8")).split(/\r?\n/).filter((l) => l !== "");
    const f = await file("bom-crlf.csv", [`\ufeff${text[0]}`, ...text.slice(1)], "\r\n");
    await both([f], true);
  }, 120_000);

  it("what the SQL leaves to the row-by-row import: a field spanning lines, no trailing comma, a bad value, a repeated key", async () => {
    const multiline = await file("multiline.csv", [header, edit(rows[0]!, { cmdDesc: "Ores,\nslag and ash", refYear: "2013" }), rows[15]!]);
    await both([multiline], false);
    await both([await file("no-trailing-comma.csv", [header, ...rows.map((l) => l.replace(/,$/, ""))])], false);
    const bad = await file("bad.csv", [header, rows[0]!, edit(rows[1]!, { primaryValue: "12x" })]);
    expect((await both([bad], false)).code).toBe(1);
    const repeated = await file("repeated.csv", [header, rows[0]!, rows[1]!, rows[0]!]);
    expect((await both([repeated], false)).stderr).toMatch(/repeated\.csv:4:44: duplicate/);
  }, 240_000);

  it("killed with SIGKILL after COPY and after a merge, the set-based import leaves the database exactly as before", async () => {
    const f = await file("kill.csv", [header, ...rows.map((l) => edit(l, { refYear: "2012" }))]);
    for (const stage of ["staging", "merging"]) {
      const before = await tableFingerprint(setBased.url);
      const child = startCli(setBased.url, [f, ...VINTAGE], { MONITOR_IMPORT_HOLD: stage });
      await stderrContains(child, `import: holding at ${stage}`);
      child.kill("SIGKILL");
      await new Promise((r) => child.once("exit", r));
      await waitForImportSessionsToEnd(setBased.url);
      expect(await tableFingerprint(setBased.url)).toEqual(before);
    }
  }, 120_000);
});
