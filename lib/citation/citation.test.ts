// Citations of a dashboard view in APA 7, Chicago author-date, BibTeX and RIS, with the data pack's own publishers
// (UN Comtrade, IMF DOTS, World Bank WITS, National Bank of Kazakhstan via wiiw) and their recorded citations.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { citationFor } from "./source";
import { escapeBibtex, formatBibtex } from "./bibtex";
import { citationFile } from "./download";
import { formatRis } from "./ris";
import { apaReferences, formatApa, formatChicago } from "./styles";
import { citedSource, type CitedSource, type CitedView } from "./view";

const root = path.resolve(import.meta.dirname, "../..");
const rows = (file: string) =>
  parse(readFileSync(path.join(root, "prisma/seed-data/tidy", file)), { columns: true, bom: true }) as Record<string, string>[];

/** A source as the importer stores it (publisher, title, location, citation) from the first pack row of a dataset. */
function packSource(file: string, titlePrefix: string): CitedSource {
  const row = rows(file).find((r) => r.source!.startsWith(titlePrefix));
  if (!row) throw new Error(`no ${titlePrefix} row in ${file}`);
  const location = row.source_url_or_path!;
  return citedSource({
    publisher: row.publisher!,
    title: row.source!,
    location,
    vintage: null,
    citation: citationFor(row.publisher!, row.source!, location, null),
  });
}

const comtrade = packSource("trade_mirror.csv", "UN Comtrade");
const dots = packSource("trade_mirror.csv", "IMF Direction of Trade");
const wits = packSource("trade_mirror.csv", "World Bank WITS API");
const wiiw = packSource("investment.csv", "wiiw FDI Database");

const view: CitedView = {
  title: "Goods trade between China and Kazakhstan, both directions, as each side reports it",
  years: [1992, 2024],
  permalink: "https://monitor.example/trade?from=1992&to=2024&v=12",
  dataVersion: "12",
  versionDate: "2026-12-02T01:46:00.546Z",
  accessed: "2026-12-03",
  sources: [comtrade, dots, { ...dots, location: dots.location.replace("DOTS_40", "DOTS_103") }, wits],
};

describe("APA 7 and Chicago", () => {
  it("cite the view with its data version, version date, access date and pinned permalink", () => {
    const [main] = apaReferences(view);
    expect(main!.text).toBe(
      "China–Kazakhstan Economic Monitor. (2026, December 2). Goods trade between China and Kazakhstan, both directions, as each side reports it, 1992–2024 (Data version 12) [Data set]. Retrieved December 3, 2026, from https://monitor.example/trade?from=1992&to=2024&v=12",
    );
    expect(main!.segments.filter((s) => s.italic).map((s) => s.text)).toEqual([
      "Goods trade between China and Kazakhstan, both directions, as each side reports it, 1992–2024",
    ]);
    expect(formatChicago(view).split("\n\n")[0]).toBe(
      "China–Kazakhstan Economic Monitor. 2026. Goods trade between China and Kazakhstan, both directions, as each side reports it, 1992–2024. Data version 12, December 2, 2026. Dataset. Accessed December 3, 2026. https://monitor.example/trade?from=1992&to=2024&v=12.",
    );
  });

  it("list each dataset once, as its own reference, with its publisher and files", () => {
    const apa = formatApa(view).split("\n\n");
    expect(apa).toHaveLength(4); // the view + UN Comtrade, IMF DOTS (two files, one reference), WITS
    expect(apa[1]).toBe(
      `UN Statistics Division (UN Comtrade), data reported by GACC (China) / Kazakhstan. (n.d.). ${comtrade.title} [Data set]. ${comtrade.location}.`,
    );
    expect(apa[2]).toContain("IMF (Statistics Dept.), reported by national authorities. (n.d.). IMF Direction of Trade Statistics (DOTS)");
    expect(apa[2]).toContain("DOTS_40.xlsx");
    expect(apa[2]).toContain("DOTS_103.xlsx");
    expect(apa[3]).toMatch(/^World Bank WITS \/ UN Comtrade \(Kazakhstan as reporter\)\. \(n\.d\.\)\. World Bank WITS API extract/);
    const chicago = formatChicago({ ...view, sources: [wiiw] }).split("\n\n");
    expect(chicago[1]).toBe(`National Bank of Kazakhstan. n.d. wiiw FDI Database, FDI by partner (Kazakhstan). Dataset. ${wiiw.location}.`);
  });

  it("refuse a permalink that does not pin the data version", () => {
    expect(() => formatApa({ ...view, permalink: "https://monitor.example/trade?from=1992" })).toThrow(/v=12/);
    expect(() => formatRis({ ...view, permalink: "https://monitor.example/?v=11" })).toThrow(/v=12/);
  });

  it("use the calendar date in UTC, whatever the server's time zone", () => {
    const late = { ...view, versionDate: "2026-12-31T23:30:00Z", years: [2024, 2024] as [number, number] };
    expect(formatApa(late)).toContain(
      "(2026, December 31). Goods trade between China and Kazakhstan, both directions, as each side reports it, 2024 (",
    );
  });
});

describe("BibTeX", () => {
  const bib = formatBibtex({ ...view, sources: [comtrade, dots, wiiw] });

  it("escapes the characters (La)TeX treats specially", () => {
    expect(escapeBibtex("50% of X & Y_Z #1 {a} $5 ~ ^ \\ – —")).toBe(
      "50\\% of X \\& Y\\_Z \\#1 \\{a\\} \\$5 \\textasciitilde{} \\textasciicircum{} \\textbackslash{} -- ---",
    );
    expect(escapeBibtex("Қазақстан 中国")).toBe("Қазақстан 中国");
  });

  it("gives a @misc for the view with version, dates and pinned url, and one per dataset", () => {
    const entries = bib.trim().split(/\n\n(?=@)/);
    expect(entries).toHaveLength(4);
    expect(entries[0]).toMatch(/^@misc\{monitor-goods-trade-china-kazakhstan-directions-side-v12,\n/);
    expect(entries[0]).toContain("  author       = {{China--Kazakhstan Economic Monitor}},");
    expect(entries[0]).toContain(
      "  title        = {Goods trade between China and Kazakhstan, both directions, as each side reports it, 1992--2024},",
    );
    expect(entries[0]).toContain("  version      = {12},");
    expect(entries[0]).toContain("  date         = {2026-12-02},");
    expect(entries[0]).toContain("  urldate      = {2026-12-03},");
    expect(entries[0]).toContain("  url          = {https://monitor.example/trade?from=1992&to=2024&v=12},");
    expect(entries[3]).toContain("  author       = {{National Bank of Kazakhstan}},");
    expect(entries[3]).toContain("  howpublished = {github:dfshapir/kazakhstan\\_ipe@");
    for (const e of entries) {
      expect(e.endsWith("\n}")).toBe(true);
      // Balanced braces: an unescaped brace in a value would end the field early.
      const depth = [...e.replace(/\\[{}]/g, "")].reduce((d, c) => d + (c === "{" ? 1 : c === "}" ? -1 : 0), 0);
      expect(depth).toBe(0);
    }
  });
});

describe("RIS", () => {
  const ris = formatRis({ ...view, sources: [comtrade, wiiw] });
  const records = ris.split("ER  - \r\n").filter(Boolean);

  it("writes TY  - DATA … ER  -  records with CRLF tag lines", () => {
    expect(records).toHaveLength(3);
    for (const line of ris.split("\r\n").filter(Boolean)) expect(line).toMatch(/^[A-Z][A-Z0-9]  - /);
    expect(ris.endsWith("ER  - \r\n")).toBe(true);
    expect(ris).not.toMatch(/[^\r]\n/);
    for (const r of records) expect(r.startsWith("TY  - DATA\r\n")).toBe(true);
  });

  it("carries the view's version, dates and permalink, and each dataset's own citation", () => {
    const main = records[0]!.split("\r\n");
    expect(main).toContain("TI  - Goods trade between China and Kazakhstan, both directions, as each side reports it, 1992–2024");
    expect(main).toContain("ET  - Data version 12");
    expect(main).toContain("DA  - 2026/12/02");
    expect(main).toContain("Y2  - 2026/12/03");
    expect(main).toContain("UR  - https://monitor.example/trade?from=1992&to=2024&v=12");
    expect(main).toContain(`N1  - Data: ${wiiw.citation}`);
    expect(records[2]).toContain("AU  - National Bank of Kazakhstan\r\n");
    expect(records[2]).toContain(`AV  - ${wiiw.location}`);
  });
});

describe("citationFile", () => {
  it("gives each format its content type and an ASCII file name with the data version", () => {
    const files = (["apa", "chicago", "bibtex", "ris"] as const).map((f) => citationFile(f, view));
    expect(files.map((f) => f.contentType)).toEqual([
      "text/plain; charset=utf-8",
      "text/plain; charset=utf-8",
      "application/x-bibtex; charset=utf-8",
      "application/x-research-info-systems; charset=utf-8",
    ]);
    expect(files.map((f) => f.filename)).toEqual([
      "china-kazakhstan-monitor_goods-trade-china-kazakhstan-directions-side_v12.apa.txt",
      "china-kazakhstan-monitor_goods-trade-china-kazakhstan-directions-side_v12.chicago.txt",
      "china-kazakhstan-monitor_goods-trade-china-kazakhstan-directions-side_v12.bib",
      "china-kazakhstan-monitor_goods-trade-china-kazakhstan-directions-side_v12.ris",
    ]);
    expect(files[3]!.body).toBe(formatRis(view));
    expect(citationFile("apa", { ...view, title: "中国与哈萨克斯坦的贸易" }).filename).toBe("china-kazakhstan-monitor_view_v12.apa.txt");
  });
});
