// Helpers for figure tests: specs built from the data pack's own rows (never typed figures), and a strict XML parse
// of an SVG that returns its text nodes.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { SaxesParser } from "saxes";
import { hsChapterName } from "../series/hs-chapters";
import type { BarChartSpec, FigureSpec, TimeChartSpec, TimePoint } from "../figure/spec";

const root = path.resolve(import.meta.dirname, "../..");

interface MirrorRow {
  reporter: string;
  flow: string;
  year: string;
  value_usd: string;
  source: string;
  flag: string;
}
interface ProductRow {
  reporter: string;
  flow: string;
  year: string;
  hs_level: string;
  hs_code: string;
  hs_desc: string;
  value_usd: string;
  flag: string;
}

function readPack<T>(file: string): T[] {
  return parse(readFileSync(path.join(root, "prisma/seed-data/tidy", file)), { columns: true, bom: true }) as T[];
}

/** One side's annual values from one publisher in the data pack (trade_mirror.csv), flags kept. */
export function packSeries(reporter: "CHN" | "KAZ", flow: "export" | "import", sourcePrefix: string): TimePoint[] {
  return readPack<MirrorRow>("trade_mirror.csv")
    .filter((r) => r.reporter === reporter && r.flow === flow && r.source.startsWith(sourcePrefix))
    .map((r) => ({ year: Number(r.year), value: Number(r.value_usd), flagged: /estimate|INCOMPLETE/i.test(r.flag) }))
    .sort((a, b) => a.year - b.year);
}

export const DOTS = "IMF Direction of Trade";
export const COMTRADE = "UN Comtrade";

/** The four annual trade lines as the overview draws them, from IMF DOTS (1992–2020). */
export function tradeChart(source = DOTS): TimeChartSpec {
  return {
    kind: "time",
    yAxis: { title: "US dollars" },
    layers: [
      {
        type: "line",
        id: "cx",
        label: "China's exports to Kazakhstan (China reports)",
        color: "#b91c1c",
        points: packSeries("CHN", "export", source),
      },
      {
        type: "line",
        id: "km",
        label: "Kazakhstan's imports from China (Kazakhstan reports)",
        color: "#f87171",
        style: "dashed",
        points: packSeries("KAZ", "import", source),
      },
      {
        type: "line",
        id: "kx",
        label: "Kazakhstan's exports to China (Kazakhstan reports)",
        color: "#1d4ed8",
        points: packSeries("KAZ", "export", source),
      },
      {
        type: "line",
        id: "cm",
        label: "China's imports from Kazakhstan (China reports)",
        color: "#60a5fa",
        style: "dashed",
        points: packSeries("CHN", "import", source),
      },
    ],
  };
}

/** The mirror chart of China → Kazakhstan from UN Comtrade (2014–2024): both sides, the importer at FOB and its band, the gap. */
export function mirrorChart(cifFob: number, band: readonly [number, number]): TimeChartSpec {
  const exporter = packSeries("CHN", "export", COMTRADE);
  const importer = packSeries("KAZ", "import", COMTRADE);
  const imp = new Map(importer.map((p) => [p.year, p]));
  const years = [...new Set([...exporter, ...importer].map((p) => p.year))].sort((a, b) => a - b);
  return {
    kind: "time",
    yAxis: { title: "US dollars" },
    zeroLine: true,
    layers: [
      {
        type: "band",
        id: "band",
        label: `Kazakhstan's figure at FOB, CIF/FOB ${band[0]}–${band[1]}`,
        color: "#1d4ed8",
        points: importer.map((p) => ({ year: p.year, lower: p.value! / band[1], upper: p.value! / band[0] })),
      },
      {
        type: "bars",
        id: "gap",
        label: "Gap CIF/FOB does not explain",
        color: "#4b5563",
        flaggedLabel: "Gap built on incomplete data",
        points: exporter.map((e) => {
          const i = imp.get(e.year);
          return {
            year: e.year,
            value: i ? e.value! - i.value! / cifFob : null,
            flagged: !!i?.flagged,
            label: i?.flagged ? "incomplete" : undefined,
          };
        }),
      },
      {
        type: "markers",
        id: "one-side",
        label: "One side only: no gap",
        years: years.filter((y) => !exporter.some((p) => p.year === y) || !imp.has(y)),
      },
      { type: "line", id: "exporter", label: "China reports (exports, FOB)", color: "#b91c1c", points: exporter },
      { type: "line", id: "importer", label: "Kazakhstan reports (imports, CIF)", color: "#1d4ed8", style: "dashed", points: importer },
      {
        type: "line",
        id: "fob",
        label: `Kazakhstan's figure ÷ ${cifFob} (FOB basis)`,
        color: "#1d4ed8",
        style: "dotted",
        weight: 1.4,
        opacity: 0.7,
        points: importer.map((p) => ({ year: p.year, value: p.value! / cifFob })),
      },
    ],
  };
}

/**
 * HS chapters of Kazakhstan's imports from China in one year (trade_by_product.csv) beside China's mirror exports:
 * the chapters China's file reports, largest Kazakh figure first.
 */
export function chapterChart(year: number): BarChartSpec {
  const rows = readPack<ProductRow>("trade_by_product.csv").filter((r) => Number(r.year) === year && r.hs_level === "HS2");
  const kaz = new Map(rows.filter((r) => r.reporter === "KAZ" && r.flow === "import").map((r) => [r.hs_code, r]));
  const chn = rows.filter((r) => r.reporter === "CHN" && r.flow === "export");
  const value = (r: ProductRow | undefined) => ({ value: r ? Number(r.value_usd) : null, flagged: !!r && /incomplete/i.test(r.flag) });
  return {
    kind: "bars",
    valueAxis: { title: "US dollars" },
    series: [
      { id: "kaz", label: "Kazakhstan's imports from China (Kazakhstan reports)", color: "#1d4ed8" },
      { id: "chn", label: "China's exports to Kazakhstan (China reports)", color: "#b91c1c" },
    ],
    categories: chn
      .sort((a, b) => Number(kaz.get(b.hs_code)?.value_usd ?? -1) - Number(kaz.get(a.hs_code)?.value_usd ?? -1))
      .map((c) => ({ label: `${c.hs_code} ${c.hs_desc || hsChapterName(c.hs_code)}`, values: [value(kaz.get(c.hs_code)), value(c)] })),
  };
}

/** Kazakhstan's trade balance with China as Kazakhstan reports it (IMF DOTS): negative in 1992, positive after. */
export function balanceChart(): TimeChartSpec {
  const imports = new Map(packSeries("KAZ", "import", DOTS).map((p) => [p.year, p.value!]));
  const points = packSeries("KAZ", "export", DOTS).map((p) => ({ year: p.year, value: p.value! - imports.get(p.year)! }));
  return { kind: "time", yAxis: { title: "US dollars" }, layers: [{ type: "line", id: "b", label: "Balance", color: "#1d4ed8", points }] };
}

export function figure(chart: FigureSpec["chart"], overrides: Partial<FigureSpec> = {}): FigureSpec {
  return {
    locale: "en",
    title: "Goods trade between China and Kazakhstan, as each side reports it",
    subtitle: "US dollars, annual",
    chart,
    source: "Sources: IMF (Statistics Dept.), Direction of Trade Statistics; UN Statistics Division (UN Comtrade).",
    credit: "China–Kazakhstan Economic Monitor · https://monitor.example/?v=7",
    ...overrides,
  };
}

export interface SvgText {
  className: string | undefined;
  text: string;
}

/** Parses an SVG strictly (throws on any XML error) and returns the root's attributes and every <text>'s content. */
export function parseSvg(svg: string): { attributes: Record<string, string>; texts: SvgText[]; elements: Map<string, number> } {
  const parser = new SaxesParser({ xmlns: false });
  const texts: SvgText[] = [];
  const elements = new Map<string, number>();
  let attributes: Record<string, string> | undefined;
  const open: { className: string | undefined; parts: string[] }[] = [];
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("opentag", (tag) => {
    const attrs = tag.attributes as Record<string, string>;
    attributes ??= attrs;
    elements.set(tag.name, (elements.get(tag.name) ?? 0) + 1);
    if (tag.name === "text") open.push({ className: attrs.class, parts: [] });
    if (tag.name === "tspan" && open.length && open[open.length - 1]!.parts.length && attrs.dy) open[open.length - 1]!.parts.push(" ");
  });
  parser.on("text", (t) => open[open.length - 1]?.parts.push(t));
  parser.on("closetag", (tag) => {
    if (tag.name !== "text") return;
    const t = open.pop()!;
    texts.push({ className: t.className, text: t.parts.join("").replace(/\s+/g, " ").trim() });
  });
  parser.write(svg).close();
  return { attributes: attributes ?? {}, texts, elements };
}

/** The text of the <text> elements of one class, e.g. "fig-title". */
export function textsOf(svg: string, className: string): string[] {
  return parseSvg(svg)
    .texts.filter((t) => t.className === className)
    .map((t) => t.text);
}

/** Width and height from a PNG's IHDR chunk; throws unless the bytes start with the PNG signature and IHDR. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const bytes = Buffer.from(png);
  if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) throw new Error("not a PNG signature");
  if (bytes.subarray(12, 16).toString("latin1") !== "IHDR") throw new Error("no IHDR chunk first");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
