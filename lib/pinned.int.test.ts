// Citations that pin the data (issue 11), end to end on the import pipeline and the real handlers: import A, cite
// version v1, import B that revises one of A's values. The v1 permalink (the proxy's route and the page's panel data),
// its API call and its CSV give A's value; the current view gives B's; re-importing B changes nothing.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ensureReadOnlyRole } from "./db/roles";
import { importFiles } from "./import/pipeline";
import { query, ROOT } from "./import/test-support";
import { createTestDatabase, testRoleName, type TestDatabase } from "./testing/db";

// pageView tells next-intl the render's locale (setRequestLocale), which only React's server build provides; this test
// reads the page's data outside a render, where the locale plays no part.
vi.mock("next-intl/server", async (original) => ({ ...(await original<object>()), setRequestLocale: () => {} }));

const TRADE_MIRROR = path.join(ROOT, "prisma/seed-data/tidy/trade_mirror.csv");
const CODE = "trade.CHN.KAZ.X";
type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

let db: TestDatabase;
let dir: string;
let fileB: string;
let year: string;
let valueA: string;
let valueB: string;
let routes: { series: Handler; exportCsv: Handler; panels: Handler; revisions: Handler };

const call = (handler: Handler, url: string, params: Record<string, string> = {}) =>
  handler(new NextRequest(new URL(url, "http://test.local")), { params: Promise.resolve(params) });
const currentVersion = async () =>
  ((await query(db.url, `SELECT version::text AS version FROM "DataVersion"`)) as [{ version: string }])[0].version;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "monitor-pinned-"));
  db = await createTestDatabase({ empty: true });
  // B: the data pack's file with China's first reported export value revised by one dollar (its last digit changed).
  const text = await readFile(TRADE_MIRROR, "utf8");
  const rows = parse(text, { columns: true, bom: true }) as Record<string, string>[];
  const index = rows.findIndex(
    (r) => r.reporter === "CHN" && r.partner === "KAZ" && r.flow === "export" && r.source?.startsWith("UN Comtrade"),
  );
  const row = rows[index]!;
  year = row.year!;
  valueA = row.value_usd!;
  valueB = String(BigInt(valueA) + 1n);
  const lines = text.split(/\r?\n/);
  lines[index + 1] = lines[index + 1]!.replace(`,${valueA},`, `,${valueB},`);
  fileB = path.join(dir, "trade_mirror.csv");
  await writeFile(fileB, lines.join("\n"));
  process.env.DATABASE_URL = db.url;
  process.env.WEB_DATABASE_URL = await ensureReadOnlyRole(db.url, { role: testRoleName(), password: "test-only-password" });
  routes = {
    series: (await import("../app/api/series/[code]/route")).GET as unknown as Handler,
    exportCsv: (await import("../app/api/export/route")).GET as unknown as Handler,
    panels: (await import("../app/api/panels/[id]/route")).GET as unknown as Handler,
    revisions: (await import("../app/api/revisions/route")).GET as unknown as Handler,
  };
});

afterAll(async () => {
  const { db: client } = await import("./db/client");
  await client().$disconnect();
  const { pool } = await import("./db/pool");
  await pool().end();
  await (globalThis as { monitorVersionPool?: { end(): Promise<void> } }).monitorVersionPool?.end();
  await db?.drop();
  await rm(dir, { recursive: true, force: true });
});

/** Every source's value of the series in `year` from /api/series/{code} (all=1, so the headline rule does not matter). */
async function apiValues(v?: string): Promise<number[]> {
  const res = await call(routes.series, `/api/series/${CODE}?from=${year}&to=${year}&all=1${v ? `&v=${v}` : ""}`, { code: CODE });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { observations: { value: number }[] };
  return body.observations.map((o) => o.value);
}

async function csvValues(v?: string): Promise<string[]> {
  const res = await call(routes.exportCsv, `/api/export?series=${CODE}&from=${year}&to=${year}&all=1${v ? `&v=${v}` : ""}`);
  expect(res.status).toBe(200);
  return (parse(await res.text(), { columns: true }) as { value: string }[]).map((r) => r.value);
}

/** What the page shows: the proxy's internal route for the URL, then the panel data that route renders. */
async function pageValue(search: string): Promise<{ target: string; value: string | undefined }> {
  const { proxy } = await import("../proxy");
  const res = await proxy(new NextRequest(new URL(`/trade${search}`, "http://test.local")));
  const target = res.headers.get("x-middleware-request-x-monitor-target") ?? "";
  const [locale, version, state] = target.split("/") as [string, string, string];
  const { pageView } = await import("./pages/params");
  const { loadPanel } = await import("./pages/panel-source");
  const view = await pageView("trade", Promise.resolve({ locale, version, state }));
  const panel = await loadPanel("trade-flows", view.state, view.pin);
  return { target, value: panel.payload.points[CODE]?.find((p) => String(p.year) === year)?.value };
}

describe("a citation pinned to a data version", () => {
  it("reproduces A's values after B revises one, while the current view shows B's; re-importing B changes nothing", async () => {
    await importFiles([TRADE_MIRROR], { connectionString: db.url });
    const v1 = await currentVersion();
    expect(await apiValues()).toContain(Number(valueA));

    const [b] = await importFiles([fileB], { connectionString: db.url });
    expect(b!.observations.updated).toBe(1);
    const v2 = await currentVersion();
    expect(BigInt(v2)).toBe(BigInt(v1) + 1n);

    // The v1 permalink: the proxy routes it to its own pinned route, whose panel data are A's.
    const pinned = await pageValue(`?v=${v1}`);
    expect(pinned.target).toBe(`en/p${v1}/-/trade`);
    expect(pinned.value).toBe(valueA);
    // Its API call and its CSV.
    expect(await apiValues(v1)).toContain(Number(valueA));
    expect(await apiValues(v1)).not.toContain(Number(valueB));
    expect(await csvValues(v1)).toContain(valueA);
    expect(await csvValues(v1)).not.toContain(valueB);
    const panelRes = await call(routes.panels, `/api/panels/trade-flows?v=${v1}`, { id: "trade-flows" });
    expect(panelRes.headers.get("X-Data-Version")).toBe(v1);

    // The current view (and v=current, the same route): B's value.
    const current = await pageValue("");
    expect(current.target).toBe(`en/${v2}/-/trade`);
    expect(current.value).toBe(valueB);
    expect((await pageValue(`?v=${v2}`)).target).toBe(`en/${v2}/-/trade`);
    expect(await apiValues()).toContain(Number(valueB));
    expect(await apiValues()).not.toContain(Number(valueA));
    expect(await csvValues()).toContain(valueB);

    // The revision is visible: A's value until v2 (with the commit dates), B's since.
    const rev = await call(routes.revisions, `/api/revisions?series=${CODE}&year=${year}`);
    expect(rev.status).toBe(200);
    const { values } = (await rev.json()) as {
      values: { value: string; from: { version: string }; to: { version: string; committedAt: string } | null }[];
    };
    const old = values.find((e) => e.value === valueA)!;
    expect(old.to).toMatchObject({ version: v2, committedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
    expect(values.find((e) => e.value === valueB)).toMatchObject({ from: { version: v2 }, to: null });

    // Re-importing B: no new version; the pinned and the current answers stay as they were.
    await importFiles([fileB], { connectionString: db.url });
    expect(await currentVersion()).toBe(v2);
    expect(await apiValues(v1)).toContain(Number(valueA));
    expect(await csvValues()).toContain(valueB);
  });

  it("answers a malformed v with 400 and a version no import committed with 404, naming the parameter", async () => {
    const bad = await call(routes.series, `/api/series/${CODE}?v=abc`, { code: CODE });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ parameter: "v" });
    const future = await call(routes.exportCsv, `/api/export?series=${CODE}&v=999999`);
    expect(future.status).toBe(404);
    expect(await future.json()).toMatchObject({ parameter: "v", error: expect.stringMatching(/does not exist/) });
    const { proxy } = await import("../proxy");
    const page = await proxy(new NextRequest(new URL("/trade?v=999999", "http://test.local")));
    expect(page.status).toBe(404);
    expect(await page.text()).toMatch(/No such data version/);
  });
});
