// Issue 12: every figure keeps its own publisher and a dated vintage, checked against the data pack itself; a
// database seeded before the publisher model ends up right after `npm run db:migrate` + seed; and a raw file the
// seed loaded, imported again by hand, lands on the same Source (issue 15: one publication, one source).
import { createReadStream } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "../migrate/apply";
import { createTestDatabase, type TestDatabase } from "../testing/db";
import { datapackParser } from "./parsers/datapack";
import { importFiles } from "./pipeline";
import { allProvenance, provenanceOverrides } from "./provenance";
import { seedDatabase } from "./seed";
import { eachRecord } from "./types";

const root = path.resolve(import.meta.dirname, "../..");
const pack = (f: string) => path.join(root, "prisma/seed-data", f);
let db: TestDatabase;
let client: pg.Client;

beforeAll(async () => {
  db = await createTestDatabase();
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
  await db?.drop();
});

/** Every observation the datapack parser reads from a tidy file, with the CSV row it came from (read independently). */
async function packObservations(file: string) {
  const text = await readFile(pack(file));
  const rows = parse(text, { columns: true, bom: true, info: true }) as { record: Record<string, string>; info: { lines: number } }[];
  const byLine = new Map(rows.map((r) => [r.info.lines, r.record]));
  const out: { key: [string, string, string, string]; row: Record<string, string>; line: number }[] = [];
  for await (const r of eachRecord(datapackParser.parse({ file, open: () => createReadStream(pack(file)) }))) {
    if (r.kind === "observation")
      out.push({ key: [r.seriesCode, r.period, r.sourceKey, r.vintage], row: byLine.get(r.line)!, line: r.line });
  }
  return out;
}

async function storedPublisher(key: [string, string, string, string]): Promise<string | undefined> {
  const r = await client.query<{ name: string }>(
    `SELECT p.name FROM "Observation" o JOIN "Series" s ON s.id = o."seriesId" JOIN "Source" so ON so.id = o."sourceId"
       JOIN "Publisher" p ON p.id = o."publisherId"
     WHERE s.code = $1 AND o.period = $2 AND so.key = $3 AND o.vintage = $4`,
    key,
  );
  return r.rows[0]?.name;
}

describe("publishers", () => {
  it("every observation from trade_mirror, investment and external_debt names the pack's publisher", async () => {
    const wrong: string[] = [];
    for (const file of ["tidy/trade_mirror.csv", "tidy/investment.csv", "tidy/external_debt.csv"]) {
      for (const o of await packObservations(file)) {
        const stored = await storedPublisher(o.key);
        if (stored !== o.row.publisher!.trim()) wrong.push(`${file}:${o.line} ${o.key[0]} ${o.key[1]}: ${stored} ≠ ${o.row.publisher}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("trade_by_product.csv (no publisher column) names the publisher trade_mirror.csv gives the same database", async () => {
    const mirror = parse(await readFile(pack("tidy/trade_mirror.csv")), { columns: true, bom: true }) as Record<string, string>[];
    const comtrade = new Set(mirror.filter((r) => /comtrade plus|comtrade \(comtrade plus\)/i.test(r.source!)).map((r) => r.publisher));
    const wits = new Set(mirror.filter((r) => /wits/i.test(r.source!)).map((r) => r.publisher));
    expect([comtrade.size, wits.size]).toEqual([1, 1]);
    const wrong: string[] = [];
    for (const o of await packObservations("tidy/trade_by_product.csv")) {
      const expected = [...(/wits/i.test(o.row.source!) ? wits : comtrade)][0];
      const stored = await storedPublisher(o.key);
      if (stored !== expected) wrong.push(`trade_by_product.csv:${o.line}: ${stored} ≠ ${expected}`);
    }
    expect(wrong).toEqual([]);
  });

  it("two statements of one article keep their own publishers (desht.org 2021; Qazaq Times 2019)", async () => {
    const r = await client.query<{ code: string; period: string; name: string }>(
      `SELECT s.code, o.period, p.name FROM "Observation" o JOIN "Series" s ON s.id = o."seriesId" JOIN "Source" so ON so.id = o."sourceId"
         JOIN "Publisher" p ON p.id = o."publisherId"
       WHERE so.key IN ('https://www.desht.org/en/post/distinctions-in-foreign-trade-statistics-with-china', 'https://qazaqtimes.com/kk/article/69046')
       ORDER BY 1, 2`,
    );
    expect(r.rows.map((x) => `${x.code} ${x.period}: ${x.name}`)).toEqual([
      "fdi.KAZ.CHN.cumulative_statement 1992/2019: as quoted (NBK/MFA/officials)",
      "trade.CHN.KAZ.M 2021: GACC (China customs) as quoted",
      "trade.CHN.KAZ.X 2021: GACC (China customs) as quoted",
      "trade.KAZ.CHN.M 2021: Kazakh official statistics as quoted",
      "trade.KAZ.CHN.T 2018: Kazakh official statistics as quoted",
      "trade.KAZ.CHN.X 2021: Kazakh official statistics as quoted",
    ]);
  });

  it("discrepancy notes name the publisher of the data they quote", async () => {
    const rows = parse(await readFile(pack("tidy/discrepancy_notes.csv")), { columns: true, bom: true }) as Record<string, string>[];
    const r = await client.query<{ body: string; name: string | null }>(
      `SELECT n.body, p.name FROM "Note" n LEFT JOIN "Publisher" p ON p.id = n."publisherId" WHERE n.kind = 'discrepancy_statement'`,
    );
    const byBody = new Map(r.rows.map((x) => [x.body, x.name]));
    for (const row of rows) expect(byBody.get(row.statement!), row.statement).toBe(row.publisher_of_underlying_data!.trim());
  });
});

describe("dated vintages", () => {
  it("every observation's vintage date is its source's date in the provenance list, or the statement's own", async () => {
    const r = await client.query<{ key: string; dates: string[]; n: string }>(
      `SELECT so.key, array_agg(DISTINCT to_char(o."vintageDate", 'YYYY-MM-DD')) AS dates, count(*) AS n
       FROM "Observation" o JOIN "Source" so ON so.id = o."sourceId" GROUP BY so.key`,
    );
    const listed = new Map(allProvenance().map((e) => [e.sourceKey, e.vintageDate]));
    const wrong = r.rows
      .filter((x) => x.dates.length !== 1 || x.dates[0] !== listed.get(x.key))
      .map((x) => `${x.key}: ${x.dates.join(", ")}`);
    expect(wrong).toEqual([]);
    expect(r.rows.length).toBeGreaterThan(40);
  });

  it("no vintage is a relative word, and the two WITS extracts are ordered by date", async () => {
    const words = await client.query(`SELECT 1 FROM "Observation" WHERE vintage ~* '(newer|older)' LIMIT 1`);
    expect(words.rowCount).toBe(0);
    // The pack calls the WITS API extract the newer vintage (2019 revised): its date must be the later one.
    const wits = await client.query<{ title: string; d: string }>(
      `SELECT DISTINCT so.title, to_char(o."vintageDate", 'YYYY-MM-DD') AS d FROM "Observation" o JOIN "Source" so ON so.id = o."sourceId"
         JOIN "Series" s ON s.id = o."seriesId" WHERE s.code = 'trade.KAZ.CHN.X' AND o.period = '2019' AND so.title ILIKE '%WITS%' ORDER BY d`,
    );
    expect(wits.rows.map((x) => /API/.test(x.title))).toEqual([false, true]);
  });
});

describe("one publication, one source", () => {
  it("importing a raw file the seed loaded changes nothing and adds no source", async () => {
    const before = await client.query(`SELECT count(*)::int AS n FROM "Source"`);
    const dir = await mkdtemp(path.join(tmpdir(), "monitor-prov-"));
    try {
      for (const name of ["comtrade_chn_reporter__EXCERPT_2014_partner_KAZ.csv", "DOTS_103.xlsx", "us_cpi_u_monthly_bls.csv"]) {
        // A copy elsewhere with another name: the bytes identify the publication, not the path.
        const copy = path.join(dir, `copy-${name}`);
        await copyFile(pack(`raw/${name}`), copy);
        const [s] = await importFiles([copy], { connectionString: db.url, sourceOverride: await provenanceOverrides([copy]) });
        expect([s!.observations.inserted, s!.observations.updated, s!.sourcesCreated], name).toEqual([0, 0, 0]);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const after = await client.query(`SELECT count(*)::int AS n FROM "Source"`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });
});

describe("a database seeded before the publisher model", () => {
  it("ends up right after the migration and the seed", async () => {
    const old = await createTestDatabase({ empty: true });
    const c = new pg.Client({ connectionString: old.url });
    await c.connect();
    try {
      // The migrated-only template has every migration; rebuild the state before this one: undo it, then write rows
      // the way the old seed did (one Source per URL with the first row's publisher; "newer vintage" labels).
      await c.query(`DROP SCHEMA public CASCADE; CREATE SCHEMA public`);
      const dir = await mkdtemp(path.join(tmpdir(), "monitor-mig-"));
      try {
        const all = (await readdir(path.join(root, "prisma/migrations"))).filter((n) => /^\d{14}_/.test(n)).sort();
        for (const n of all.filter((m) => m < "20261202000000")) {
          await mkdir(path.join(dir, n), { recursive: true });
          await copyFile(path.join(root, "prisma/migrations", n, "migration.sql"), path.join(dir, n, "migration.sql"));
        }
        await applyMigrations(old.url, dir);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
      await c.query(`INSERT INTO "Series" (code, domain, title, reporter, partner, flow, unit, valuation)
        VALUES ('trade.KAZ.CHN.X', 'trade', 'x', 'KAZ', 'CHN', 'X', 'USD', 'FOB')`);
      await c.query(`INSERT INTO "Source" (key, publisher, title, location, "datasetType", rank, citation) VALUES
        ('https://www.desht.org/en/post/distinctions-in-foreign-trade-statistics-with-china', 'GACC (China customs) as quoted', 'desht.org', 'https://www.desht.org/en/post/distinctions-in-foreign-trade-statistics-with-china', 'news_statement', 70, 'c'),
        ('github:omirbeknikar-ship-it/dissertation-final@fd867cec6553b27ed609c462d0fa5dc523205751:Collected_Raw_Data/raw/wits_total_trade_kazakhstan_china.csv', 'World Bank WITS / UN Comtrade (Kazakhstan as reporter)', 'WITS API', 'x', 'official_database_via_third_party', 30, 'c')`);
      await c.query(`INSERT INTO "Observation" ("seriesId", period, year, value, "sourceId", vintage)
        SELECT 1, '2021', 2021, 9800000000, id, '' FROM "Source" WHERE key LIKE '%desht%'
        UNION ALL SELECT 1, '2019', 2019, 8003900000, id, 'newer vintage' FROM "Source" WHERE key LIKE '%wits_total%'`);
      await applyMigrations(old.url, path.join(root, "prisma/migrations"));
      await seedDatabase(old.url);
      const r = await c.query<{ period: string; name: string; vintage: string; n: string }>(
        `SELECT o.period, p.name, o.vintage, count(*) OVER (PARTITION BY o.period, o."sourceId") AS n
         FROM "Observation" o JOIN "Series" s ON s.id = o."seriesId" JOIN "Source" so ON so.id = o."sourceId" JOIN "Publisher" p ON p.id = o."publisherId"
         WHERE s.code = 'trade.KAZ.CHN.X' AND o.period IN ('2019', '2021') AND (so.key LIKE '%desht%' OR so.key LIKE '%wits_total%') ORDER BY 1, 2`,
      );
      expect(r.rows.map((x) => [x.period, x.name, x.vintage, Number(x.n)])).toEqual([
        ["2019", "World Bank WITS / UN Comtrade (Kazakhstan as reporter)", "", 1],
        ["2021", "Kazakh official statistics as quoted", "", 1],
        ["2021", "World Bank WITS / UN Comtrade (Kazakhstan as reporter)", "", 1], // seeded, not written above
      ]);
    } finally {
      await c.end();
      await old.drop();
    }
  });
});
