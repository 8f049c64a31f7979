import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseCsvSync } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { scaleDecimal } from "../../decimal";
import { wiiwParser } from "./wiiw";
import { collect, expectValidStream, failure, obs, observations, tempDir } from "./test-helpers";

const RAW = fileURLToPath(new URL("../../../prisma/seed-data/raw/", import.meta.url));
const TIDY = fileURLToPath(new URL("../../../prisma/seed-data/tidy/", import.meta.url));
const FILE = path.join(RAW, "wiiw_partners.csv");
const tmp = tempDir("wiiw-test-");

const LINES = readFileSync(FILE, "utf8")
  .split(/\r?\n/)
  .filter((l) => l !== "");
const HEADER = LINES[0]!;
const CN_INFLOW = LINES.find((l) => l.includes('"CN","China","EUR m"') && l.includes('"FDI inflow"'))!;

describe("wiiw parser on the real wiiw FDI export", () => {
  it("reads China's FDI inflow into Kazakhstan as published (EUR m)", async () => {
    const rs = await collect(wiiwParser, FILE);
    expectValidStream(rs);
    const line = LINES.indexOf(CN_INFLOW) + 1;
    expect(obs(rs, "fdi.KAZ.CHN.inflow", "2003")).toMatchObject({ value: "90.471131", line, column: 10, flags: [], note: null });
    expect(obs(rs, "fdi.KAZ.CHN.inflow", "2004")!.value).toBe("269.1755492");
    expect(rs.find((r) => r.kind === "series" && r.code === "fdi.KAZ.CHN.inflow")).toMatchObject({
      domain: "investment",
      unit: "EUR million",
      valuation: "none",
      reporter: "KAZ",
      partner: "CHN",
      flow: "inflow",
    });
    expect(rs.find((r) => r.kind === "series" && r.code === "fdi.KAZ.CHN.stock_share")).toMatchObject({
      unit: "percent",
      flow: "stock_share",
    });
    expect(rs[0]).toMatchObject({
      kind: "source",
      key: "wiiw-fdi:wiiw_partners.csv",
      rank: 20,
      datasetType: "official_database_via_third_party",
      publisher: "National Bank of Kazakhstan (via wiiw FDI Database)",
    });
  });

  it("maps WORLD to WLD with its footnote as note, rejects EU groupings, skips '.' values, expands exponents", async () => {
    const rs = await collect(wiiwParser, FILE);
    expect(obs(rs, "fdi.KAZ.WLD.inflow", "2003")!.note).toContain("BPM6");
    const rejected = rs.filter((r) => r.kind === "rejected");
    expect(rejected).toHaveLength(12);
    expect(rejected.every((r) => r.kind === "rejected" && /EU\d/.test(r.reason) && r.reason.includes("aggregate"))).toBe(true);
    const missing = LINES.filter((l) => l.includes(",.,") || l.endsWith(",.")).length;
    expect(missing).toBeGreaterThan(0);
    expect(observations(rs).every((o) => o.value !== "." && /^-?\d+(\.\d+)?$/.test(o.value))).toBe(true);
    expect(observations(rs).some((o) => o.asPublished!.includes("E-5"))).toBe(true);
    expect(observations(rs)).toHaveLength(5634);
  });

  it("agrees with every wiiw value transcribed in the data pack", async () => {
    const rs = await collect(wiiwParser, FILE);
    const rows = (parseCsvSync(readFileSync(path.join(TIDY, "investment.csv")), { columns: true }) as Record<string, string>[]).filter(
      (r) => r.source_url_or_path!.includes("wiiw_partners.csv"),
    );
    expect(rows).toHaveLength(152);
    for (const r of rows) {
      const partner = r.investor!.startsWith("World") ? "WLD" : "CHN";
      const flow = (r.series!.startsWith("FDI inflow") ? "inflow" : "stock") + (r.unit === "in % of total" ? "_share" : "");
      const code = `fdi.KAZ.${partner}.${flow}`;
      // Stocks are positions at the year end, as the pack records them ("end of year").
      const period = flow.startsWith("stock") ? `${r.year}-12-31` : r.year!;
      expect(obs(rs, code, period)?.value, `${code} ${period}`).toBe(scaleDecimal(r.value!, 0));
    }
  });

  it("detects by header", () => {
    expect(wiiwParser.detect("x.csv", readFileSync(FILE).subarray(0, 1024))).toBe(true);
  });
});

describe("wiiw parser: malformed files", () => {
  it("wrong header → line 1, first wrong column", async () => {
    const e1 = await failure(wiiwParser, tmp.write("h1.csv", [HEADER.replace('"Partner-Code"', '"PartnerCode"'), CN_INFLOW].join("\n")));
    expect([e1.line, e1.column]).toEqual([1, 5]);
    const e2 = await failure(wiiwParser, tmp.write("h2.csv", [HEADER.replace("_2005", "y2005"), CN_INFLOW].join("\n")));
    expect([e2.line, e2.column]).toEqual([1, 12]);
  });

  it("truncated row → its line, first missing column", async () => {
    const cut = CN_INFLOW.split(",").slice(0, 15).join(",");
    const e = await failure(wiiwParser, tmp.write("trunc.csv", [HEADER, CN_INFLOW, cut].join("\n")));
    expect([e.line, e.column]).toEqual([3, 16]);
  });

  it("non-numeric value → its line and column; '-', 'NA' and empty are missing values", async () => {
    const fields = CN_INFLOW.split(",");
    const withMissing = [...fields.slice(0, 9), "-", "NA", "", ...fields.slice(12)].join(",");
    const rs = await collect(wiiwParser, tmp.write("missing.csv", [HEADER, withMissing].join("\n")));
    expect(
      observations(rs)
        .map((o) => o.period)
        .slice(0, 2),
    ).toEqual(["2006", "2007"]);
    const bad = [...fields.slice(0, 11), "1 234", ...fields.slice(12)].join(",");
    const e = await failure(wiiwParser, tmp.write("nan.csv", [HEADER, CN_INFLOW, bad].join("\n")));
    expect([e.line, e.column]).toEqual([3, 12]);
  });

  it("bad country code → its line and column", async () => {
    const e1 = await failure(wiiwParser, tmp.write("p.csv", [HEADER, CN_INFLOW.replace('"CN","China"', '"QQ","Nowhere"')].join("\n")));
    expect([e1.line, e1.column]).toEqual([2, 5]);
    const e2 = await failure(
      wiiwParser,
      tmp.write("c.csv", [HEADER, CN_INFLOW.replace('"KZ","Kazakhstan"', '"K1","Kazakhstan"')].join("\n")),
    );
    expect([e2.line, e2.column]).toEqual([2, 2]);
  });

  it("unknown direction or unit → error", async () => {
    const e = await failure(wiiwParser, tmp.write("u.csv", [HEADER, CN_INFLOW.replace('"EUR m"', '"USD m"')].join("\n")));
    expect([e.line, e.column]).toEqual([2, 7]);
  });
});
