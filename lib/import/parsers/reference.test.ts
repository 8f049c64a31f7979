// The three reference files of the data pack (BLS CPI-U, Federal Reserve FX, AidData GCDF 3.0), read in full.
import { describe, expect, it } from "vitest";
import { aiddataGcdfParser, gcdfSeriesCode } from "./aiddata-gcdf";
import { annualAverages, blsCpiParser, CPI_SERIES } from "./bls-cpi";
import { fedFxParser, fxSeriesCode } from "./fed-fx";
import { collect, expectValidStream, failure, obs, observations, tempDir } from "./test-helpers";

const RAW = new URL("../../../prisma/seed-data/raw/", import.meta.url).pathname;

describe("bls-cpi", () => {
  it("reads every month and computes annual averages by the stated rule", async () => {
    const rs = await collect(blsCpiParser, `${RAW}us_cpi_u_monthly_bls.csv`);
    expectValidStream(rs);
    const months = observations(rs).filter((o) => o.frequency === "M");
    expect(months).toHaveLength(1360); // 1913-01 … 2026-05 less October 2025
    expect(obs(rs, CPI_SERIES, "2025-10")).toBeUndefined();
    // BLS's published annual averages (CPI-U, US city average): 2019 255.657, 2024 313.689.
    expect(obs(rs, CPI_SERIES, "2019")?.value).toBe("255.657");
    expect(obs(rs, CPI_SERIES, "2024")?.value).toBe("313.689");
    const y2025 = obs(rs, CPI_SERIES, "2025")!;
    expect(y2025.flags).toEqual(["derived"]);
    expect(y2025.note).toMatch(/11 months published.*2025-10/);
    // 2026 has 5 months only: no annual value.
    expect(obs(rs, CPI_SERIES, "2026")).toBeUndefined();
  });

  it("any other missing month leaves the year without an average", () => {
    const months = new Map<string, string>(Array.from({ length: 11 }, (_, k) => [`2019-${String(k + 1).padStart(2, "0")}`, "100"]));
    expect(annualAverages(months).has(2019)).toBe(false);
    months.set("2019-12", "112");
    expect(annualAverages(months).get(2019)?.value).toBe("101");
  });

  it("a bad index names file, line and column", async () => {
    const dir = tempDir("cpi-");
    const f = dir.write("cpi.csv", "Date,Index,Inflation\n2019-01-01,251.712,\n2019-02-01,n/a,\n");
    expect((await failure(blsCpiParser, f)).message).toMatch(/cpi\.csv:3:2: Index "n\/a"/);
  });
});

describe("fed-fx", () => {
  it("every rate is currency per USD: the euro's 2021 rate is 1 / 1.1830 (the Fed's published USD per EUR)", async () => {
    const rs = await collect(fedFxParser, `${RAW}fx_annual_federal_reserve.csv`);
    expectValidStream(rs);
    const eur = obs(rs, fxSeriesCode("Euro")!, "2021")!;
    expect(eur.value).toBe("0.8453");
    expect(Number((1 / Number(eur.value)).toFixed(4))).toBe(1.183);
    expect(obs(rs, "fx.USA.CHN.CNY_per_USD", "2019")?.value).toBe("6.9081");
    const rejected = rs.filter((r) => r.kind === "rejected");
    expect(rejected).toHaveLength(31);
    expect(rejected.every((r) => r.kind === "rejected" && r.reason.startsWith("Venezuela: "))).toBe(true);
  });

  it("an unknown currency is an error at its line", async () => {
    const dir = tempDir("fx-");
    const f = dir.write("fx.csv", "Date,Country,Exchange rate\n2021-01-01,Atlantis,1.5\n");
    expect((await failure(fedFxParser, f)).message).toMatch(/fx\.csv:2:2: unknown currency "Atlantis"/);
  });
});

describe("aiddata-gcdf", () => {
  it("reads the Kazakhstan commitments by flow class, and no row for 2001", async () => {
    const rs = await collect(aiddataGcdfParser, `${RAW}aiddata_gcdf3_china_official_finance_to_kazakhstan_2000_2021.csv`);
    expectValidStream(rs);
    // raw/SOURCES.txt: verified 2008 oof 12,552,952,614; 2019 oof 2,108,004,185; sum 2000–2021 (all classes) 64.15 bn.
    expect(Math.round(Number(obs(rs, gcdfSeriesCode("KAZ", "oof", false), "2008")!.value))).toBe(12552952614);
    expect(Math.round(Number(obs(rs, gcdfSeriesCode("KAZ", "oof", false), "2019")!.value))).toBe(2108004185);
    const amounts = observations(rs).filter((o) => !o.seriesCode.endsWith("_adjusted"));
    const total = amounts.reduce((s, o) => s + Number(o.value), 0);
    expect((total / 1e9).toFixed(2)).toBe("64.15");
    expect(amounts.some((o) => o.period === "2001")).toBe(false);
    const series = rs.filter((r) => r.kind === "series");
    expect(series.every((s) => s.kind === "series" && /commitments, not debt/.test(s.title))).toBe(true);
  });
});
