// The mirror API and the queries behind it, against a seeded copy of the real data pack. Expected values are read
// from prisma/seed-data/tidy/trade_mirror.csv (lib/mirror/int-support.ts), never typed.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { mirrorRoutes, packValue } from "./int-support";

const routes = mirrorRoutes();

describe("GET /api/mirror — China → Kazakhstan, 2019", () => {
  it("matches the data pack to the dollar (Comtrade China X, headline Kazakhstan M)", async () => {
    const { status, body } = await routes.getMirror("exporter=CHN&importer=KAZ&from=2019&to=2019&cifFob=1.06");
    expect(status).toBe(200);
    const cnX = packValue("CHN", "KAZ", "export", 2019, "comtrade_chn_reporter.csv");
    const kzM = packValue("KAZ", "CHN", "import", 2019, "comtrade_kaz_reporter.csv");
    expect(body.rows).toHaveLength(1);
    const row = body.rows[0]!;
    expect(row.year).toBe(2019);
    expect(row.exporterReported).toBe(Number(cnX.value_usd));
    expect(row.importerReported).toBe(Number(kzM.value_usd));
    expect(row.sources.exporter?.key).toBe(cnX.source_url_or_path.split(/\s+\(|;\s/)[0]);
    expect(row.sources.importer?.key).toBe(kzM.source_url_or_path.split(/\s+\(|;\s/)[0]);
    expect(row.gap).toBe(Number(cnX.value_usd) - Number(kzM.value_usd));
    expect(row.gapPctOfExporter).toBe(Number((((Number(cnX.value_usd) - Number(kzM.value_usd)) / Number(cnX.value_usd)) * 100).toFixed(2)));
    expect(row.importerFob).toBeCloseTo(Number(kzM.value_usd) / 1.06, 2);
    // China reports more: CIF/FOB explains none of the gap; on a like-for-like FOB basis the difference is larger.
    expect(row.explainedByCifFob).toBe(0);
    expect(row.unexplainedGap).toBe(row.gap);
    expect(row.fobBasisGap).toBeCloseTo(Number(cnX.value_usd) - Number(kzM.value_usd) / 1.06, 2);
    expect(row.fobBasisLow).toBeCloseTo(Number(cnX.value_usd) - Number(kzM.value_usd) / 1.04, 2);
    expect(row.fobBasisHigh).toBeCloseTo(Number(cnX.value_usd) - Number(kzM.value_usd) / 1.1, 2);
    expect(row.flags).toEqual([]); // the two reporters' Comtrade files are one dataset: not cross-source
    expect(row.reliable).toBe(true);
    expect(body).toMatchObject({
      exporter: "CHN",
      importer: "KAZ",
      cifFob: 1.06,
      band: [1.04, 1.1],
      pick: { mode: "headline" },
      series: { exporter: "trade.CHN.KAZ.X", importer: "trade.KAZ.CHN.M" },
    });
    expect(body.sources.map((s) => s.key).sort()).toEqual([row.sources.exporter!.key, row.sources.importer!.key].sort());
    // Every other source for 2019 is offered for the "same source" switch.
    const dots = packValue("KAZ", "CHN", "import", 2019, "DOTS_103.xlsx");
    expect(body.availableSources.importer.map((s) => s.key)).toContain(dots.source_url_or_path.split(/\s+\(|;\s/)[0]);
  });

  it("recomputes with another factor", async () => {
    const a = (await routes.getMirror("exporter=CHN&importer=KAZ&from=2019&to=2019&cifFob=1.06")).body.rows[0]!;
    const b = (await routes.getMirror("exporter=CHN&importer=KAZ&from=2019&to=2019&cifFob=1.2")).body.rows[0]!;
    expect(b.gap).toBe(a.gap);
    expect(b.importerFob).toBeCloseTo(a.importerReported! / 1.2, 2);
    expect(b.fobBasisGap).toBeGreaterThan(a.fobBasisGap!);
    expect(b.unexplainedGap).toBe(a.unexplainedGap); // the exporter reports more: no factor explains any of it
  });
});

describe("the mirror's headline pick is /api/series' headline, every year", () => {
  for (const [exporter, importer, hs] of [
    ["CHN", "KAZ", null],
    ["KAZ", "CHN", null],
    ["CHN", "KAZ", "72"],
    ["KAZ", "CHN", "26"],
  ] as const) {
    it(`${exporter} → ${importer}${hs ? ` HS ${hs}` : ""}`, async () => {
      const { status, body } = await routes.getMirror(`exporter=${exporter}&importer=${importer}${hs ? `&hs=${hs}` : ""}`);
      expect(status).toBe(200);
      const [x, m] = await Promise.all([routes.seriesHeadline(body.series.exporter), routes.seriesHeadline(body.series.importer)]);
      expect(x.length).toBeGreaterThan(5);
      const mirrorX = body.rows
        .filter((r) => r.exporterReported !== null)
        .map((r) => ({ year: r.year, value: r.exporterReported, source: r.sources.exporter?.key }));
      const mirrorM = body.rows
        .filter((r) => r.importerReported !== null)
        .map((r) => ({ year: r.year, value: r.importerReported, source: r.sources.importer?.key }));
      expect(mirrorX).toEqual(x.map((o) => ({ year: o.year, value: o.value, source: o.source })));
      expect(mirrorM).toEqual(m.map((o) => ({ year: o.year, value: o.value, source: o.source })));
    });
  }

  it("picks a complete value over an incomplete better-ranked one (Kazakhstan 2020–2022)", async () => {
    const { body } = await routes.getMirror("exporter=CHN&importer=KAZ&from=2020&to=2022");
    for (const r of body.rows) {
      expect(r.importerFlags).not.toContain("incomplete");
      const incomplete = packValue("KAZ", "CHN", "import", r.year, "comtrade_kaz_reporter.csv");
      expect(incomplete.flag).toMatch(/incomplete/i);
      expect(r.importerReported).not.toBe(Number(incomplete.value_usd));
    }
  });
});

describe("same source only", () => {
  it("defaults to the widest-coverage source per side and never splices", async () => {
    const { body } = await routes.getMirror("exporter=CHN&importer=KAZ&source=same");
    expect(body.pick.mode).toBe("same");
    if (body.pick.mode !== "same") return;
    const exporterKey = body.pick.exporterSource;
    const importerKey = body.pick.importerSource;
    const widest = (side: "exporter" | "importer") => Math.max(...body.availableSources[side].map((s) => s.years));
    expect(body.availableSources.exporter.find((s) => s.key === exporterKey)?.years).toBe(widest("exporter"));
    expect(body.availableSources.importer.find((s) => s.key === importerKey)?.years).toBe(widest("importer"));
    for (const r of body.rows) {
      if (r.sources.exporter) expect(r.sources.exporter.key).toBe(exporterKey);
      if (r.sources.importer) expect(r.sources.importer.key).toBe(importerKey);
    }
  });

  it("keeps the gaps of the chosen source and flags incomplete years", async () => {
    const cn = packValue("CHN", "KAZ", "export", 2019, "comtrade_chn_reporter.csv").source_url_or_path.split(/\s+\(|;\s/)[0]!;
    const kz = packValue("KAZ", "CHN", "import", 2019, "comtrade_kaz_reporter.csv").source_url_or_path.split(/\s+\(|;\s/)[0]!;
    const { status, body } = await routes.getMirror(
      `exporter=CHN&importer=KAZ&exporterSource=${encodeURIComponent(cn)}&importerSource=${encodeURIComponent(kz)}`,
    );
    expect(status).toBe(200);
    expect(body.rows.map((r) => r.year)).toEqual(Array.from({ length: 11 }, (_, k) => 2014 + k));
    const y2021 = body.rows.find((r) => r.year === 2021)!;
    expect(y2021.importerReported).toBe(Number(packValue("KAZ", "CHN", "import", 2021, "comtrade_kaz_reporter.csv").value_usd));
    expect(y2021.flags).toContain("incomplete");
    expect(y2021.reliable).toBe(false);
  });

  it("refuses a source the side does not have", async () => {
    const { status, body } = await routes.getMirror("exporter=CHN&importer=KAZ&exporterSource=no-such-source");
    expect(status).toBe(400);
    expect(body.parameter).toBe("exporterSource");
  });
});

describe("errors", () => {
  it.each([
    ["exporter=CHN&importer=KAZ&cifFob=1.7", "cifFob"],
    ["exporter=CHN&importer=KAZ&cifFob=0.99", "cifFob"],
    ["exporter=cn&importer=KAZ", "exporter"],
    ["importer=KAZ", "exporter"],
    ["exporter=CHN&importer=KAZ&hs=7", "hs"],
    ["exporter=CHN&importer=KAZ&from=2025&to=2020", "from"],
    ["exporter=CHN&importer=KAZ&colour=red", "colour"],
  ])("%s → 400 naming %s", async (qs, parameter) => {
    const { status, body } = await routes.getMirror(qs);
    expect(status).toBe(400);
    expect(body.parameter).toBe(parameter);
    expect(body.error).toMatch(new RegExp(`^${parameter}`));
  });

  it("unknown pair or chapter → 404", async () => {
    const pair = await routes.getMirror("exporter=CHN&importer=USA");
    expect(pair.status).toBe(404);
    expect(pair.body.parameter).toBe("importer");
    const chapter = await routes.getMirror("exporter=CHN&importer=KAZ&hs=01");
    expect(chapter.status).toBe(404);
    expect(chapter.body.parameter).toBe("hs");
  });
});

describe("queries", () => {
  it("lists both directions of the seeded pair, and a newly imported pair appears", async () => {
    const { listMirrorPairs } = await import("./queries");
    expect(await listMirrorPairs()).toEqual(
      expect.arrayContaining([
        { exporter: "CHN", importer: "KAZ" },
        { exporter: "KAZ", importer: "CHN" },
      ]),
    );
    // What an import of another pair's files leaves behind: two series with annual values.
    const client = new pg.Client({ connectionString: routes.testDb.url });
    await client.connect();
    try {
      const source = await client.query<{ id: number }>(`SELECT id FROM "Source" ORDER BY rank LIMIT 1`);
      for (const [code, reporter, partner, flow, value] of [
        ["trade.CHN.KGZ.X", "CHN", "KGZ", "X", "19000000000"],
        ["trade.KGZ.CHN.M", "KGZ", "CHN", "M", "6000000000"],
      ]) {
        const s = await client.query<{ id: number }>(
          // The seed's IMF DOTS export already holds China's side (trade.CHN.KGZ.X, to 2020): reuse it.
          `INSERT INTO "Series" (code, domain, title, reporter, partner, flow, unit, valuation) VALUES ($1, 'trade', $1, $2, $3, $4, 'USD', 'none')
           ON CONFLICT (code) DO UPDATE SET code = EXCLUDED.code RETURNING id`,
          [code, reporter, partner, flow],
        );
        await client.query(
          `INSERT INTO "Observation" ("seriesId", period, year, value, "sourceId", "publisherId", "vintageDate")
           VALUES ($1, '2023', 2023, $2, $3, (SELECT id FROM "Publisher" ORDER BY id LIMIT 1), '2024-01-01')`,
          [s.rows[0]!.id, value, source.rows[0]!.id],
        );
      }
      // An import bumps the data version in its transaction (lib/import/pipeline.ts); the query cache keys on it.
      await client.query(
        `INSERT INTO "DataVersion" (id, version, "changedAt") VALUES (1, 1, now()) ON CONFLICT (id) DO UPDATE SET version = "DataVersion".version + 1, "changedAt" = now()`,
      );
    } finally {
      await client.end();
    }
    expect(await listMirrorPairs()).toContainEqual({ exporter: "CHN", importer: "KGZ" });
    // China's side also has IMF DOTS values to 2020 (exporter only); the year both sides report is 2023.
    const { status, body } = await routes.getMirror("exporter=CHN&importer=KGZ&from=2023&to=2023");
    expect(status).toBe(200);
    expect(body.importerName).toBe("Kyrgyzstan");
    expect(body.rows).toMatchObject([{ year: 2023, exporterReported: 19e9, importerReported: 6e9, gap: 13e9 }]);
  });

  it("chapter years and rows: both sides only, one-sided chapters listed", async () => {
    const { chapterYears, loadChapters } = await import("./queries");
    const { buildChapterView } = await import("./chapters");
    const years = await chapterYears("CHN", "KAZ");
    expect(years[0]).toBe(2014);
    expect(years.at(-1)).toBe(2024);
    const { chapters } = await loadChapters("CHN", "KAZ", 2019);
    const view = buildChapterView(chapters, 2019, 1.06);
    expect(view.rows.map((r) => r.productCode).sort()).toEqual(["26", "28", "72", "74", "78", "79", "81"]);
    expect(view.importerOnly.length).toBeGreaterThan(50);
    expect(view.exporterOnly).toEqual([]);
    expect(view.rows.find((r) => r.productCode === "72")?.productLabel).toBe("Iron and steel");
  });

  it("methodology notes come from the database with their sources", async () => {
    const { loadMethodologyNotes, METHODOLOGY_NOTE_KEYS } = await import("./queries");
    const notes = await loadMethodologyNotes();
    expect(notes.map((n) => n.key)).toEqual([...METHODOLOGY_NOTE_KEYS]);
    expect(notes.every((n) => n.source !== null && n.body.length > 50)).toBe(true);
  });
});

describe("the mirror identity over every year and direction (the function behind /api/mirror)", () => {
  it("explained + unexplained = gap to the cent; unreliable rows list their reasons", async () => {
    const { getMirrorView } = await import("./get-mirror-view");
    const { parseMirrorQuery } = await import("./params");
    const broken: string[] = [];
    for (const [exporter, importer] of [
      ["CHN", "KAZ"],
      ["KAZ", "CHN"],
    ] as const) {
      for (const cifFob of ["1.0", "1.06", "1.5"]) {
        const result = await getMirrorView(parseMirrorQuery(new URLSearchParams({ exporter, importer, cifFob })));
        expect(result.view.rows.length).toBeGreaterThan(25);
        for (const r of result.view.rows) {
          if (r.gap !== null && Math.round((r.explainedByCifFob! + r.unexplainedGap!) * 100) !== Math.round(r.gap * 100))
            broken.push(`${exporter}→${importer} ${r.year} at ${cifFob}`);
          if (r.reliable !== (r.reliabilityReasons.length === 0))
            broken.push(`${exporter}→${importer} ${r.year}: reliable without reasons`);
          if (r.year >= 2020 && r.year <= 2022 && r.reliable) broken.push(`${exporter}→${importer} ${r.year} reliable`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
