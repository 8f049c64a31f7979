// /api/export?view=mirror: the CSV/JSON of a mirror view, the HS chapter table (hs=all) and the data package, against a
// seeded copy of the real data pack; expected values are read from the pack's files, never typed.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { mirrorRoutes, packValue, root } from "../mirror/int-support";

const routes = mirrorRoutes();

describe("GET /api/export?view=mirror", () => {
  it("CSV rows are the API rows", async () => {
    const qs = "exporter=CHN&importer=KAZ&from=1992&to=2024&cifFob=1.08";
    const api = (await routes.getMirror(qs)).body;
    const response = await routes.exportGET(new NextRequest(`http://localhost/api/export?view=mirror&${qs}&format=csv`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("content-disposition")).toMatch(
      /attachment; filename="china-kazakhstan-monitor_mirror_CHN-KAZ_1992-2024_cif-fob-1\.08\.csv"/,
    );
    const csv = parse(await response.text(), { columns: true }) as Record<string, string>[];
    expect(csv).toHaveLength(api.rows.length);
    const num = (v: string) => (v === "" ? null : Number(v));
    csv.forEach((c, k) => {
      const r = api.rows[k]!;
      expect([
        Number(c.year),
        num(c.exporter_reported_usd!),
        num(c.importer_reported_usd!),
        num(c.gap_usd!),
        num(c.unexplained_gap_usd!),
        num(c.importer_fob_usd!),
        c.exporter_source_key || null,
        c.flags,
      ]).toEqual([
        r.year,
        r.exporterReported,
        r.importerReported,
        r.gap,
        r.unexplainedGap,
        r.importerFob,
        r.sources.exporter?.key ?? null,
        r.flags.join(";"),
      ]);
    });
  });

  it("JSON is the API body", async () => {
    const qs = "exporter=KAZ&importer=CHN&cifFob=1.1&source=same";
    const api = (await routes.getMirror(qs)).body;
    const response = await routes.exportGET(new NextRequest(`http://localhost/api/export?view=mirror&${qs}&format=json`));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(api);
  });

  it("validates like /api/mirror and keeps the series export as it was", async () => {
    const bad = await routes.exportGET(new NextRequest("http://localhost/api/export?view=mirror&exporter=CHN&importer=KAZ&cifFob=2"));
    expect(bad.status).toBe(400);
    expect((await bad.json()).parameter).toBe("cifFob");
    const unknown = await routes.exportGET(
      new NextRequest("http://localhost/api/export?view=mirror&exporter=CHN&importer=KAZ&series=trade.CHN.KAZ.X"),
    );
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).parameter).toBe("series");
    const series = await routes.exportGET(
      new NextRequest("http://localhost/api/export?series=trade.CHN.KAZ.X&from=2019&to=2019&format=csv"),
    );
    expect(series.status).toBe(200);
    expect(await series.text()).toContain(packValue("CHN", "KAZ", "export", 2019, "comtrade_chn_reporter.csv").value_usd);
    const view = await routes.exportGET(new NextRequest("http://localhost/api/export?view=nope&series=trade.CHN.KAZ.X"));
    expect(view.status).toBe(400);
  });
});

describe("mirror downloads: the HS chapter table (hs=all) and the data package", () => {
  const products = parse(readFileSync(path.join(root, "prisma/seed-data/tidy/trade_by_product.csv"), "utf8"), {
    columns: true,
  }) as { reporter: string; partner: string; flow: string; year: string; hs_level: string; hs_code: string; value_usd: string }[];
  const packValues = (reporter: string, flow: string, year: number, hs: string) =>
    products
      .filter((r) => r.reporter === reporter && r.flow === flow && r.year === String(year) && r.hs_level === "HS2" && r.hs_code === hs)
      .map((r) => Number(r.value_usd));

  it("hs=all&year: each compared chapter's values from the data pack, its share of the direction's total gap", async () => {
    const year = Math.max(...products.filter((r) => r.reporter === "CHN" && r.hs_level === "HS2").map((r) => Number(r.year)));
    const qs = `exporter=CHN&importer=KAZ&cifFob=1.06&hs=all&year=${year}`;
    const response = await routes.exportGET(new NextRequest(`http://localhost/api/export?view=mirror&${qs}&format=csv`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain(`_${year}-${year}_cif-fob-1.06_hs-chapters.csv`);
    const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
    const both = new Set(
      products
        .filter((r) => r.year === String(year) && r.hs_level === "HS2" && r.reporter === "CHN" && r.flow === "export")
        .map((r) => r.hs_code)
        .filter((hs) => packValues("KAZ", "import", year, hs).length > 0),
    );
    expect(rows.map((r) => r.hs).sort()).toEqual([...both].sort());
    const total = (await routes.getMirror(`exporter=CHN&importer=KAZ&cifFob=1.06&from=${year}&to=${year}`)).body.rows[0]!;
    for (const r of rows) {
      expect(packValues("CHN", "export", year, r.hs!)).toContain(Number(r.exporter_reported_usd));
      expect(packValues("KAZ", "import", year, r.hs!)).toContain(Number(r.importer_reported_usd));
      expect(Number(r.gap_usd)).toBeCloseTo(Number(r.exporter_reported_usd) - Number(r.importer_reported_usd), 2);
      expect(Number(r.total_gap_usd)).toBe(total.gap);
      expect(Number(r.share_of_total_gap)).toBeCloseTo(Number(r.gap_usd) / total.gap!, 4);
    }
    const bad = await routes.exportGET(new NextRequest(`http://localhost/api/export?view=mirror&${qs}&format=json`));
    expect(bad.status).toBe(400);
    expect((await bad.json()).parameter).toBe("format");
  });

  it("format=datapackage: mirror.csv is the CSV export of the view, chapters.csv its chapters, every field described", async () => {
    const JSZip = (await import("jszip")).default;
    const qs = "exporter=CHN&importer=KAZ&from=2015&to=2024&cifFob=1.08";
    const response = await routes.exportGET(new NextRequest(`http://localhost/api/export?view=mirror&${qs}&format=datapackage`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    const zip = await JSZip.loadAsync(await response.arrayBuffer());
    expect(Object.keys(zip.files).sort()).toEqual(["README.md", "chapters.csv", "datapackage.json", "mirror.csv"]);
    const csv = await (await routes.exportGET(new NextRequest(`http://localhost/api/export?view=mirror&${qs}&format=csv`))).text();
    expect(await zip.file("mirror.csv")!.async("string")).toBe(csv);
    const chapters = parse(await zip.file("chapters.csv")!.async("string"), { columns: true }) as Record<string, string>[];
    expect(new Set(chapters.map((r) => Number(r.year))).size).toBeGreaterThan(1);
    expect(chapters.every((r) => Number(r.year) >= 2015 && Number(r.year) <= 2024)).toBe(true);
    const descriptor = JSON.parse(await zip.file("datapackage.json")!.async("string")) as {
      resources: { name: string; schema: { fields: { name: string; description?: string }[] } }[];
      sources: { title: string }[];
    };
    expect(descriptor.resources.map((r) => r.name)).toEqual(["mirror", "chapters"]);
    for (const r of descriptor.resources) for (const f of r.schema.fields) expect(f.description, `${r.name}.${f.name}`).toBeTruthy();
    expect(descriptor.sources.length).toBeGreaterThan(0);
    expect(await zip.file("README.md")!.async("string")).toMatch(/## Cite as/);
  });
});
