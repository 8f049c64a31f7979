// npm run bench:data -- --rows N [--database URL]
// Fills a separate benchmark database (default postgresql://postgres@127.0.0.1:5432/monitor_bench; its name must
// contain "bench") with N synthetic observations in the real schema: reporters × partners × flows × (total + 97 HS
// chapters) × 30 years (1995–2024), log-normal values, a reporter's own customs source for every value, IMF DOTS
// beside the totals, WITS beside a quarter of the chapter values, a second vintage and incomplete/estimate flags
// on a few. CHN and KAZ come first, so the China–Kazakhstan pair exists at every size.
// Loads with COPY (pg-copy-streams) into tables stripped of their indexes and constraints, which are rebuilt
// afterwards from their own definitions (so a new index in a migration is rebuilt too), then VACUUM ANALYZE.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { from as copyFrom } from "pg-copy-streams";
import type pg from "pg";
import { benchUrl, ensureBenchDatabase, fmt, options, parseCount, say, withClient } from "./lib.ts";

const FIRST_YEAR = 1995;
const YEARS = 30;
/** The dated vintage of every synthetic value (Observation.vintageDate is NOT NULL): a fixed date, not a real release. */
const VINTAGE_DATE = "2026-01-01";
const CHAPTERS = Array.from({ length: 97 }, (_, i) => String(i + 1).padStart(2, "0")).filter((c) => c !== "77"); // 77 is reserved in HS
const PRODUCTS = ["TOTAL", ...CHAPTERS];
const REAL = [
  "CHN",
  "KAZ",
  "RUS",
  "KGZ",
  "UZB",
  "USA",
  "DEU",
  "TUR",
  "KOR",
  "JPN",
  "IND",
  "ITA",
  "FRA",
  "NLD",
  "GBR",
  "POL",
  "BLR",
  "UKR",
  "TJK",
  "TKM",
  "MNG",
  "IRN",
  "ARE",
  "AZE",
  "GEO",
  "ARM",
  "BRA",
  "CAN",
  "AUS",
  "ESP",
  "BEL",
  "CHE",
  "SWE",
  "AUT",
  "CZE",
  "FIN",
  "VNM",
  "THA",
  "MYS",
  "IDN",
  "SGP",
  "PAK",
  "AFG",
  "SAU",
  "EGY",
  "ZAF",
  "MEX",
  "ARG",
  "CHL",
  "HKG",
];

/** Countries needed so that the series hold about `rows` observations (~1.3 values per series and year). */
function countries(rows: number): string[] {
  const pairs = rows / (2 * PRODUCTS.length * YEARS * 1.2);
  const n = Math.max(2, Math.ceil((1 + Math.sqrt(1 + 4 * pairs)) / 2));
  const out = REAL.slice(0, n);
  // User-assigned ISO 3166 alpha-3 range X?? for the rest: valid codes that no real country uses.
  for (let i = 0; out.length < n; i++)
    out.push(`X${String.fromCharCode(65 + (Math.floor(i / 26) % 26))}${String.fromCharCode(65 + (i % 26))}`);
  return out;
}

/** Deterministic PRNG (mulberry32), so every run with the same N loads the same data. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(random() || 1e-12)) * Math.cos(2 * Math.PI * random());
}

interface Plan {
  countries: string[];
  rows: number;
}

/** Streams COPY text for `source` rows. */
async function copyRows(client: pg.Client, table: string, columns: string[], lines: () => Generator<string>): Promise<number> {
  let count = 0;
  const body = Readable.from(
    (function* () {
      let chunk = "";
      for (const line of lines()) {
        chunk += line;
        count++;
        if (chunk.length > 256 * 1024) {
          yield chunk;
          chunk = "";
        }
      }
      if (chunk) yield chunk;
    })(),
    { objectMode: false },
  );
  await pipeline(body, client.query(copyFrom(`COPY "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`)));
  return count;
}

/** Drops a table's indexes and constraints (keeping their definitions), runs fn, then rebuilds them. */
async function withoutIndexes(client: pg.Client, tables: string[], fn: () => Promise<void>): Promise<number> {
  const constraints = await client.query<{ tbl: string; name: string; def: string; contype: string }>(
    `SELECT conrelid::regclass::text AS tbl, conname AS name, pg_get_constraintdef(oid) AS def, contype
       FROM pg_constraint WHERE conrelid = ANY($1::regclass[]) AND contype IN ('p', 'u', 'f')
      ORDER BY CASE contype WHEN 'f' THEN 1 ELSE 0 END`,
    [tables.map((t) => `"${t}"`)],
  );
  // Foreign keys from other tables pointing at these would block dropping their primary keys.
  const inbound = await client.query<{ tbl: string; name: string; def: string }>(
    `SELECT conrelid::regclass::text AS tbl, conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE contype = 'f' AND confrelid = ANY($1::regclass[]) AND NOT (conrelid = ANY($1::regclass[]))`,
    [tables.map((t) => `"${t}"`)],
  );
  const indexes = await client.query<{ name: string; def: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def FROM pg_index i
      WHERE i.indrelid = ANY($1::regclass[]) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u'))`,
    [tables.map((t) => `"${t}"`)],
  );
  for (const c of inbound.rows) await client.query(`ALTER TABLE ${c.tbl} DROP CONSTRAINT "${c.name}"`);
  for (const c of [...constraints.rows].reverse()) await client.query(`ALTER TABLE ${c.tbl} DROP CONSTRAINT "${c.name}"`);
  for (const i of indexes.rows) await client.query(`DROP INDEX ${i.name}`);
  try {
    await fn();
  } catch (error) {
    // Emptied again so that the definitions can be restored: a later run would otherwise find (and keep) no indexes.
    await client.query(`TRUNCATE ${tables.map((t) => `"${t}"`).join(", ")} CASCADE`);
    await restore(client, constraints.rows, indexes.rows, inbound.rows);
    throw error;
  }
  return restore(client, constraints.rows, indexes.rows, inbound.rows);
}

type Definition = { tbl: string; name: string; def: string; contype?: string };

/** Rebuilds what withoutIndexes dropped; the seconds it took. */
async function restore(client: pg.Client, constraints: Definition[], indexes: { name: string; def: string }[], inbound: Definition[]) {
  const t = performance.now();
  for (const c of constraints.filter((x) => x.contype !== "f")) {
    const t1 = performance.now();
    await client.query(`ALTER TABLE ${c.tbl} ADD CONSTRAINT "${c.name}" ${c.def}`);
    say(`  ${c.tbl} ${c.name} rebuilt in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
  }
  for (const i of indexes) {
    const t1 = performance.now();
    await client.query(i.def);
    say(`  ${i.name} built in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
  }
  for (const c of [...constraints.filter((x) => x.contype === "f"), ...inbound]) {
    const t1 = performance.now();
    await client.query(`ALTER TABLE ${c.tbl} ADD CONSTRAINT "${c.name}" ${c.def}`);
    say(`  ${c.tbl} ${c.name} validated in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
  }
  return (performance.now() - t) / 1000;
}

export async function generate(
  url: string,
  rows: number,
): Promise<{ rows: number; copySeconds: number; indexSeconds: number; totalSeconds: number }> {
  const t0 = performance.now();
  await ensureBenchDatabase(url);
  const plan: Plan = { countries: countries(rows), rows };
  const cs = plan.countries;
  say(
    `${fmt.n(rows)} observations: ${cs.length} countries × ${cs.length - 1} partners × 2 flows × ${PRODUCTS.length} products × ${YEARS} years`,
  );

  return withClient(url, async (client) => {
    await client.query("SET maintenance_work_mem = '1GB'");
    await client.query("SET synchronous_commit = off");
    await client.query(`TRUNCATE "Observation", "Series", "Source", "Note", "ImportRun", "Publisher" RESTART IDENTITY CASCADE`);

    // Sources: each reporter's customs data in UN Comtrade (rank 10), IMF DOTS (20), WITS (30).
    const sourceId = new Map<string, number>();
    const sourceLines: string[] = [];
    // Every value names its publisher (Observation.publisherId, NOT NULL): its source's, by source id.
    const publisherIds = new Map<string, number>();
    const publisherOfSource = new Map<number, number>();
    const addSource = (key: string, publisher: string, title: string, rank: number) => {
      const id = sourceId.size + 1;
      sourceId.set(key, id);
      if (!publisherIds.has(publisher)) publisherIds.set(publisher, publisherIds.size + 1);
      publisherOfSource.set(id, publisherIds.get(publisher)!);
      sourceLines.push(
        [
          id,
          key,
          publisher,
          title,
          "https://example.invalid/bench",
          "\\N",
          "\\N",
          "\\N",
          "official_database",
          rank,
          `${title} (synthetic benchmark data)`,
        ].join("\t") + "\n",
      );
    };
    for (const c of cs)
      addSource(
        `uncomtrade-plus:${c}:HS`,
        "UN Statistics Division (UN Comtrade)",
        `UN Comtrade Plus, goods trade as reported by ${c} (HS)`,
        10,
      );
    addSource("bench:imf-dots", "International Monetary Fund", "Direction of Trade Statistics (synthetic)", 20);
    addSource("bench:wits", "World Bank WITS", "WITS trade data (synthetic)", 30);

    for (const [name, id] of publisherIds) await client.query(`INSERT INTO "Publisher" (id, name) VALUES ($1, $2)`, [id, name]);
    await client.query(`SELECT setval('"Publisher_id_seq"', $1)`, [publisherIds.size]);

    let copySeconds = 0;
    let observations = 0;
    const indexSeconds = await withoutIndexes(client, ["Source", "Series", "Observation"], async () => {
      const t = performance.now();
      await copyRows(
        client,
        "Source",
        ["id", "key", "publisher", "title", "location", "vintage", "retrievedAt", "licence", "datasetType", "rank", "citation"],
        function* () {
          yield* sourceLines;
        },
      );

      // Series, in the order the observations will use their ids.
      const seriesCount = { n: 0 };
      const pairs: [string, string][] = [];
      for (const r of cs) for (const p of cs) if (r !== p) pairs.push([r, p]);
      // China–Kazakhstan first (both directions), then the rest.
      pairs.sort((a, b) => Number(!(a.includes("CHN") && a.includes("KAZ"))) - Number(!(b.includes("CHN") && b.includes("KAZ"))));
      const perSeries = YEARS * 1.25;
      const seriesNeeded = Math.ceil(rows / perSeries) + PRODUCTS.length * 2;
      await copyRows(
        client,
        "Series",
        ["id", "code", "domain", "title", "reporter", "partner", "flow", "unit", "valuation", "productCode", "productLevel", "description"],
        function* () {
          for (const [r, p] of pairs) {
            for (const flow of ["X", "M"]) {
              for (const product of PRODUCTS) {
                if (seriesCount.n >= seriesNeeded) return;
                const id = ++seriesCount.n;
                const code = `trade.${r}.${p}.${flow}${product === "TOTAL" ? "" : `.HS${product}`}`;
                const title = `${r} ${flow === "X" ? "exports to" : "imports from"} ${p}${product === "TOTAL" ? "" : ` — HS ${product}`} (as reported by ${r})`;
                yield (
                  [
                    id,
                    code,
                    "trade",
                    title,
                    r,
                    p,
                    flow,
                    "USD",
                    flow === "X" ? "FOB" : "CIF",
                    product,
                    product === "TOTAL" ? 0 : 2,
                    "\\N",
                  ].join("\t") + "\n"
                );
              }
            }
          }
        },
      );

      // Observations.
      const random = rng(rows);
      observations = await copyRows(
        client,
        "Observation",
        [
          "id",
          "seriesId",
          "frequency",
          "period",
          "year",
          "value",
          "sourceId",
          "vintage",
          "flags",
          "qualifier",
          "asPublished",
          "note",
          "importRunId",
          "vintageDate",
          "publisherId",
        ],
        function* () {
          let id = 0;
          let seriesId = 0;
          for (const [r] of pairs) {
            const own = sourceId.get(`uncomtrade-plus:${r}:HS`)!;
            for (const _flow of ["X", "M"]) {
              for (const product of PRODUCTS) {
                if (++seriesId > seriesCount.n) return;
                const total = product === "TOTAL";
                const mu = total ? Math.log(2e9) : Math.log(5e6);
                const level = mu + 1.5 * gaussian(random);
                for (let y = 0; y < YEARS; y++) {
                  const year = FIRST_YEAR + y;
                  const base = Math.exp(level + 0.04 * y + 0.25 * gaussian(random));
                  const values: [number, number, string, string][] = [[own, base, "", ""]];
                  if (total) values.push([sourceId.get("bench:imf-dots")!, base * (0.9 + 0.2 * random()), "", ""]);
                  else if (random() < 0.25) values.push([sourceId.get("bench:wits")!, base * (0.95 + 0.1 * random()), "", ""]);
                  if (random() < 0.05) values.push([own, base * (0.98 + 0.04 * random()), "2025-06", ""]);
                  const f = random();
                  if (f < 0.02) values[0]![3] = "incomplete";
                  else if (f < 0.03) values[0]![3] = "estimate";
                  for (const [src, v, vintage, flag] of values) {
                    if (id >= rows) return;
                    const value = v.toFixed(2);
                    yield `${++id}\t${seriesId}\tA\t${year}\t${year}\t${value}\t${src}\t${vintage}\t{${flag}}\t\\N\t${value} USD\t\\N\t\\N\t${VINTAGE_DATE}\t${publisherOfSource.get(src)}\n`;
                  }
                }
              }
            }
          }
        },
      );
      copySeconds = (performance.now() - t) / 1000;
      say(
        `COPY: ${fmt.n(observations)} observations, ${fmt.n(seriesCount.n)} series, ${sourceLines.length} sources in ${copySeconds.toFixed(1)} s — ${fmt.n(observations / copySeconds)} rows/s`,
      );
      say("rebuilding indexes and constraints…");
    });
    for (const t of ["Source", "Series", "Observation"]) {
      await client.query(`SELECT setval(pg_get_serial_sequence('"${t}"', 'id'), GREATEST((SELECT max(id) FROM "${t}"), 1))`);
    }
    await client.query(`UPDATE "DataVersion" SET version = version + 1, "changedAt" = now()`).catch(() => {});
    const tv = performance.now();
    await client.query(`VACUUM (ANALYZE) "Source", "Series", "Observation"`);
    say(`indexes ${indexSeconds.toFixed(1)} s, VACUUM ANALYZE ${((performance.now() - tv) / 1000).toFixed(1)} s`);
    const totalSeconds = (performance.now() - t0) / 1000;
    const size = await client.query<{ size: string }>(`SELECT pg_size_pretty(pg_database_size(current_database())) AS size`);
    say(
      `done: ${fmt.n(observations)} rows in ${totalSeconds.toFixed(1)} s in all — ${fmt.n(observations / totalSeconds)} rows/s including indexes; database ${size.rows[0]!.size}`,
    );
    return { rows: observations, copySeconds, indexSeconds, totalSeconds };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const opts = options();
  const rows = parseCount(opts.get("rows") ?? "1M");
  if (rows < 1000 || rows > 100_000_000) throw new Error("--rows must be between 1000 and 100M");
  generate(benchUrl(opts), rows).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
