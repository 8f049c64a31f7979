// observationProblem and seriesRecordProblem check a record with ajv (the zod schema compiled from its JSON Schema) and
// ask zod only when ajv refuses it: they must refuse whatever zod refuses, word the problem as zod does, and let the
// real data through without asking zod (the importer's speed depends on it).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { comtradeParser } from "./parsers/comtrade";
import { datapackParser } from "./parsers/datapack";
import { collect } from "./parsers/test-helpers";
import type { ImportRecord, ObservationRecord, SeriesRecord } from "./types";
import { describeIssue, observationProblem, observationSchema, seriesRecordProblem, seriesSchema } from "./validate";

const SEED = fileURLToPath(new URL("../../prisma/seed-data/", import.meta.url));

async function recordsOf(parser: typeof comtradeParser, file: string): Promise<ImportRecord[]> {
  return collect(parser, path.join(SEED, file));
}

async function observationsOf(parser: typeof comtradeParser, file: string): Promise<ObservationRecord[]> {
  return (await recordsOf(parser, file)).filter((r): r is ObservationRecord => r.kind === "observation");
}

type Schema = { safeParse(value: unknown): { success: true } | { success: false; error: Parameters<typeof describeIssue>[0] } };

function zodVerdict(schema: Schema, value: unknown): string | null {
  const check = schema.safeParse(value);
  return check.success ? null : describeIssue(check.error);
}

/** Every record passes `check` without zod being asked (zod agrees that each is valid). */
function expectPassedWithoutZod<T>(schema: Schema, records: T[], check: (r: T) => string | null): void {
  for (const r of records) expect(zodVerdict(schema, r)).toBeNull();
  const zod = vi.spyOn(schema, "safeParse");
  try {
    for (const r of records) expect(check(r)).toBeNull();
    expect(zod).not.toHaveBeenCalled();
  } finally {
    zod.mockRestore();
  }
}

/** `base` with each field set to each listed value (absent for undefined): `check` gives zod's verdict every time. */
function expectZodVerdicts<T extends object>(
  schema: Schema,
  base: T,
  mutations: Record<string, unknown[]>,
  check: (r: T) => string | null,
): number {
  let refused = 0;
  for (const [field, values] of Object.entries(mutations)) {
    for (const value of values) {
      const record = { ...base, [field]: value } as Record<string, unknown>;
      if (value === undefined) delete record[field];
      const expected = zodVerdict(schema, record);
      expect(check(record as T), `${field} = ${JSON.stringify(value)}`).toBe(expected);
      if (expected) refused++;
    }
  }
  return refused;
}

const ASTRAL = "\u{1F600}"; // one code point, two UTF-16 code units: zod and JSON Schema count code points
const MUTATIONS: Record<string, unknown[]> = {
  kind: ["series", undefined, 1],
  seriesCode: ["", 1, null, undefined],
  sourceKey: ["", null, undefined],
  frequency: ["Y", "a", "", null, "M", "Q", "D", "R"],
  period: ["", "199", "1995-13", "1995-Q5", "x".repeat(41), "1995", "1995-01", "1995-Q1", "1995-01-01", "../2001", "1995/2001-02", null],
  year: [1899, 2101, 1995.5, NaN, Infinity, -Infinity, "1995", null, undefined],
  value: [
    "",
    "-",
    "1e5",
    "1.",
    ".5",
    "1,000",
    " 1",
    "1 ",
    "0x10",
    "1".repeat(21),
    `1.${"0".repeat(11)}`,
    "-12.5",
    "1".repeat(20),
    12,
    null,
  ],
  vintage: ["x".repeat(101), ASTRAL.repeat(51), ASTRAL.repeat(50), null, undefined, 1],
  vintageDate: ["2026-02-30", "2024-02-29", "2023-02-29", "2026-1-01", "2026-01-01T00:00:00Z", "", null, undefined, 20260101],
  publisher: ["", "x".repeat(501), ASTRAL.repeat(501), ASTRAL.repeat(500), ASTRAL.repeat(251), null, undefined],
  flags: [["estimate"], ["estimate", "estimate"], ["unknown"], "estimate", [null], null, undefined],
  qualifier: ["x".repeat(41), ASTRAL.repeat(21), ASTRAL.repeat(20), null, undefined],
  asPublished: ["x".repeat(501), ASTRAL.repeat(501), ASTRAL.repeat(500), ASTRAL.repeat(251), null, undefined, 1],
  note: ["x".repeat(4001), ASTRAL.repeat(2001), ASTRAL.repeat(2000), null, undefined],
  line: [0, -1, 1.5, NaN, Infinity, 2 ** 53, "2", null, undefined],
  column: [0, -1, 1.5, NaN, Infinity, 2 ** 53, "2", null, undefined],
};

describe("observationProblem", () => {
  it("lets every observation of the real files through (checked by ajv alone, as zod agrees)", async () => {
    const records = [
      ...(await observationsOf(comtradeParser, "raw/comtrade_chn_reporter__EXCERPT_2014_partner_KAZ.csv")),
      ...(await observationsOf(datapackParser, "tidy/trade_mirror.csv")),
    ];
    expect(records.length).toBeGreaterThan(100);
    expectPassedWithoutZod(observationSchema, records, observationProblem);
  });

  it("refuses whatever zod refuses, in zod's words: every field changed in every way listed", async () => {
    const [base] = await observationsOf(comtradeParser, "raw/comtrade_chn_reporter__EXCERPT_2014_partner_KAZ.csv");
    expect(expectZodVerdicts(observationSchema, base!, MUTATIONS, observationProblem)).toBeGreaterThan(60);
  });
});

const SERIES_MUTATIONS: Record<string, unknown[]> = {
  kind: ["observation", undefined],
  code: ["", "trade.CHN.KAZ", "trade.chn.KAZ.M", "trade.CHN.KAZ.M.HS 01", "other.CHN.KAZ.M", `trade.CHN.KAZ.${"M".repeat(200)}`, null],
  domain: ["prices", "", null],
  title: ["", "x".repeat(501), ASTRAL.repeat(501), ASTRAL.repeat(500), null],
  reporter: ["CH", "chn", "CHNA", "", null],
  partner: ["KA", "kaz", null],
  flow: ["", "x".repeat(61), null],
  unit: ["", "x".repeat(41), null],
  valuation: ["fob", "", null],
  productCode: ["", "x".repeat(41), null],
  productLevel: [-1, 11, 1.5, NaN, "2", null, undefined],
  description: ["x".repeat(2001), ASTRAL.repeat(2001), ASTRAL.repeat(2000), undefined],
};

describe("seriesRecordProblem", () => {
  it("lets every series of the real files through without asking zod, and refuses whatever zod refuses", async () => {
    const series = [
      ...(await recordsOf(comtradeParser, "raw/comtrade_chn_reporter__EXCERPT_2014_partner_KAZ.csv")),
      ...(await recordsOf(datapackParser, "tidy/trade_mirror.csv")),
    ].filter((r): r is SeriesRecord => r.kind === "series");
    expect(series.length).toBeGreaterThan(10);
    expectPassedWithoutZod(seriesSchema, series, seriesRecordProblem);
    expect(expectZodVerdicts(seriesSchema, series[0]!, SERIES_MUTATIONS, seriesRecordProblem)).toBeGreaterThan(30);
  });
});
