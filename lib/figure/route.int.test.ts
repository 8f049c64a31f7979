// GET /api/figure end to end on the seeded data, as the read-only web role: real PNGs and SVGs of the annual trade
// totals with their legend and source line, two views that differ, and 400 JSON for bad parameters.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureReadOnlyRole } from "../db/roles";
import { TRADE_TOTAL_LINES } from "../series/catalogue";
import { createTestDatabase, testRoleName, type TestDatabase } from "../testing/db";
import { parseSvg, pngSize, textsOf } from "../testing/figures";

let db: TestDatabase;
let GET: (req: NextRequest) => Promise<Response>;

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  process.env.WEB_DATABASE_URL = await ensureReadOnlyRole(db.url, { role: testRoleName(), password: "test-only-password" });
  GET = (await import("../../app/api/figure/route")).GET as unknown as typeof GET;
});

afterAll(async () => {
  const { db: client } = await import("../db/client");
  await client().$disconnect();
  const { pool } = await import("../db/pool");
  await pool().end();
  await db.drop();
});

const call = (query: string, headers: Record<string, string> = {}) =>
  GET(new NextRequest(new URL(`/api/figure?${query}`, "http://test.local"), { headers }));

async function body(res: Response): Promise<Buffer> {
  return Buffer.from(await res.arrayBuffer());
}

describe("GET /api/figure (PNG)", () => {
  it("draws the trade totals as a 2× download and as a 1200×630 card", async () => {
    const download = await call("figure=trade-totals");
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("image/png");
    // The file names the data version it was drawn from (the permalink printed on it carries the same v=).
    expect(download.headers.get("content-disposition")).toMatch(/china-kazakhstan-monitor_trade-totals_1992-2024_v\d+\.png"$/);
    const size = pngSize(await body(download));
    expect(size.width).toBe(1920);
    expect(size.height).toBeGreaterThan(800);
    const card = await call("figure=trade-totals&size=card");
    expect(pngSize(await body(card))).toEqual({ width: 1200, height: 630 });
  });

  it("differs between two views", async () => {
    const a = await body(await call("figure=trade-totals&from=1992&to=2024"));
    const b = await body(await call("figure=trade-totals&from=2010&to=2020"));
    const c = await body(await call("figure=trade-totals&from=1992&to=2024&scale=log"));
    expect(a.equals(b)).toBe(false);
    expect(a.equals(c)).toBe(false);
  });

  it("answers a repeat request with 304 from its ETag", async () => {
    const first = await call("figure=trade-totals&size=card");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"v\d+-[\w-]+"$/); // the data version and the request (lib/http-cache.ts)
    const again = await call("figure=trade-totals&size=card", { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect((await call("figure=trade-totals&size=card&from=2000", { "if-none-match": etag })).status).toBe(200);
  });
});

describe("GET /api/figure (SVG)", () => {
  it("is a well-formed figure with the title, every line in the legend, the source line and the permalink", async () => {
    const res = await call("figure=trade-totals&format=svg&from=2000&to=2020");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    const svg = await res.text();
    expect(parseSvg(svg).attributes.xmlns).toBe("http://www.w3.org/2000/svg");
    expect(textsOf(svg, "fig-title")[0]).toContain("Goods trade between China and Kazakhstan");
    expect(textsOf(svg, "fig-subtitle")[0]).toContain("2000–2020");
    const legend = textsOf(svg, "fig-legend-label");
    for (const line of TRADE_TOTAL_LINES) expect(legend).toContain(line.label);
    const source = textsOf(svg, "fig-source").join(" ");
    expect(source).toMatch(/^Sources: /);
    // 2000–2013 come from IMF DOTS, 2014 on from UN Comtrade (the headline rule): both publishers are named.
    expect(source).toContain("UN Statistics Division (UN Comtrade)");
    expect(source).toContain("IMF (Statistics Dept.)");
    expect(textsOf(svg, "fig-credit").join("")).toContain("http://test.local/?from=2000&to=2020");
    expect(textsOf(svg, "fig-tick")).toContain("2010");
  });
});

describe("GET /api/figure: bad parameters", () => {
  const cases: [string, string][] = [
    ["", "figure"],
    ["figure=nope", "figure"],
    ["figure=trade-totals&from=19x2", "from"],
    ["figure=trade-totals&from=2020&to=2010", "from"],
    ["figure=trade-totals&from=1800", "from"],
    ["figure=trade-totals&format=gif", "format"],
    ["figure=trade-totals&size=huge", "size"],
    ["figure=trade-totals&scale=sqrt", "scale"],
    ["figure=trade-totals&figure=trade-totals", "figure"],
    ["figure=trade-totals&colour=red", "colour"],
  ];
  for (const [query, parameter] of cases) {
    it(`refuses ?${query} with a 400 naming ${parameter}`, async () => {
      const res = await call(query);
      expect(res.status).toBe(400);
      expect(res.headers.get("content-type")).toContain("application/json");
      const json = (await res.json()) as { error: string; parameter: string };
      expect(json.parameter).toBe(parameter);
      expect(json.error).toContain(parameter);
    });
  }

  it("answers 404 for a range without values", async () => {
    const res = await call("figure=trade-totals&from=1990&to=1991");
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: string }).error).toContain("no values");
  });
});
