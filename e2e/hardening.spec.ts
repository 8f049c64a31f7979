// Hardening, against the production build: security headers, a sweep of more than a thousand hostile requests over
// every route (no 5xx, JSON errors from the API, pages answer with their default view or 404, no stack trace in the
// server log), and proof that the web app's database connections belong to a role that cannot write.
// The sweep runs against its own production server (same build, same database as the config's webServer) so that its
// log can be read.
import http from "node:http";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { startOwnServer, type OwnServer } from "./own-server";

// ---------------------------------------------------------------------------------------------- hostile inputs
const LONG = "a".repeat(8 * 1024);
const HOSTILE_VALUES = [
  "",
  " ",
  "-1",
  "0",
  "-2019",
  "99999",
  "2019.5",
  "1e9",
  "0x7E3",
  "NaN",
  "Infinity",
  "2019abc",
  "２０１９",
  "9".repeat(400),
  "' OR 1=1 --",
  '1; DROP TABLE "Observation"; --',
  '" OR ""="',
  "$1",
  "%",
  "_",
  "\\",
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "{{7*7}}",
  "${7*7}",
  "../../../../etc/passwd",
  "..%2f..%2fetc%2fpasswd",
  "/etc/passwd",
  "C:\\Windows\\win.ini",
  "\u0000",
  "x\u0000y",
  "\u202e\u0041",
  "😀",
  "Кыргызстан",
  "中国",
  "trade.XXX.YYY.X",
  "trade.CHN.KAZ.X,trade.CHN.KAZ.X",
  "trade.CHN.KAZ.X;DROP",
  "TRADE.CHN.KAZ.X",
  "trade..X",
  LONG,
  "true",
  "1",
  "yes",
  "null",
  "undefined",
  "[]",
  "{}",
  '=HYPERLINK("http://x")',
  "+cmd|' /C calc'!A0",
  "\r\nSet-Cookie: x=1",
];
const PAGES = ["/", "/trade", "/mirror", "/investment", "/debt", "/notes", "/sources", "/about", "/embed/trade-totals"];
const PAGE_PARAMS = ["from", "to", "year", "view", "series", "hs", "exporter", "importer", "cifFob", "source", "tab", "all", "zzz"];
const API_ROUTES: [string, string[]][] = [
  ["/api/health", ["x"]],
  ["/api/series", ["domain", "products", "zzz"]],
  ["/api/series/trade.CHN.KAZ.X", ["from", "to", "all", "v", "zzz"]],
  ["/api/export", ["series", "group", "from", "to", "format", "all", "view", "exporter", "importer", "hs", "cifFob", "v"]],
  ["/api/mirror", ["exporter", "importer", "from", "to", "cifFob", "hs", "source", "exporterSource", "importerSource", "v"]],
  ["/api/figure", ["figure", "from", "to", "scale", "real", "format", "size", "v"]],
];
const VALID_BASE: Record<string, string> = {
  "/api/export": "series=trade.CHN.KAZ.X",
  "/api/mirror": "exporter=CHN&importer=KAZ",
  // SVG, so the answers that succeed are text the sweep can search for stack traces.
  "/api/figure": "figure=trade-totals&format=svg",
};

interface Probe {
  method: string;
  path: string;
}

function hostileRequests(): Probe[] {
  const probes: Probe[] = [];
  const q = (k: string, v: string) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`;
  // Pages: the parameters the pages read (and one they do not), a third of the values each (a page render costs
  // far more than an API call; the API below gets every combination).
  for (const [n, page] of PAGES.entries()) {
    for (const [i, v] of HOSTILE_VALUES.entries())
      if ((i + n) % 3 === 0) probes.push({ method: "GET", path: `${page}?${q(PAGE_PARAMS[i % PAGE_PARAMS.length]!, v)}` });
    probes.push({ method: "GET", path: `${page}?from=2019&from=2020&to=1&to=2` });
    probes.push({ method: "POST", path: page });
  }
  // API: every parameter with every value, alone and next to valid ones.
  for (const [route, params] of API_ROUTES) {
    const base = VALID_BASE[route];
    for (const p of params) {
      for (const v of HOSTILE_VALUES) probes.push({ method: "GET", path: `${route}?${base ? `${base}&` : ""}${q(p, v)}` });
      probes.push({ method: "GET", path: `${route}?${q(p, "1")}&${q(p, "2")}` });
    }
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) probes.push({ method, path: route });
  }
  // Series codes in the path: traversal, encodings, overlong, NUL.
  for (const code of [
    "..%2F..%2Fetc%2Fpasswd",
    "%2e%2e",
    "trade.CHN.KAZ.X%00",
    "%00",
    "%3Cscript%3E",
    encodeURIComponent(LONG),
    "trade.CHN.KAZ.X%27%20OR%201%3D1",
    "%F0%9F%98%80",
    "trade.CHN.KAZ.X.HS99",
    "%C0%AE%C0%AE",
  ]) {
    probes.push({ method: "GET", path: `/api/series/${code}` });
  }
  // Export file names are built from validated codes only: hostile names must never reach Content-Disposition.
  for (const name of ["../../etc/passwd", "a\r\nX-Injected: 1", 'x"; filename=evil.exe', "%00.csv"]) {
    probes.push({ method: "GET", path: `/api/export?series=${encodeURIComponent(name)}` });
    probes.push({ method: "GET", path: `/api/export?series=trade.CHN.KAZ.X&format=${encodeURIComponent(name)}` });
  }
  probes.push(
    { method: "GET", path: "/api/nope" },
    { method: "GET", path: "/api/series/a/b/c" },
    { method: "GET", path: "/trade/../../etc/passwd" },
    { method: "GET", path: "/%00" },
    { method: "GET", path: `/${LONG}` },
  );
  // Percent-encodings that are not UTF-8, in page and API paths.
  for (const bad of ["%C0%AE", "%FF", "%E0%A4%A", "%", "%zz"])
    probes.push({ method: "GET", path: `/trade/${bad}` }, { method: "GET", path: `/${bad}` }, { method: "GET", path: `/api/${bad}` });
  return probes;
}

/** Runs probes with bounded concurrency; every request has a timeout. */
async function sweep(baseUrl: string, probes: Probe[], concurrency: number) {
  const results: { probe: Probe; status: number; type: string; body: string; ms: number }[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < probes.length) {
        const probe = probes[next++]!;
        const t = performance.now();
        const res = await fetch(baseUrl + probe.path, { method: probe.method, redirect: "manual", signal: AbortSignal.timeout(30_000) });
        const body = await res.text();
        results.push({ probe, status: res.status, type: res.headers.get("content-type") ?? "", body, ms: performance.now() - t });
      }
    }),
  );
  return results;
}

test.describe("hardening", () => {
  test.describe.configure({ mode: "serial", timeout: 240_000 });
  let server: OwnServer;
  test.beforeAll(async () => {
    server = await startOwnServer();
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test("security headers: CSP without unsafe-eval, frame-ancestors, nosniff, referrer policy", async () => {
    for (const p of ["/", "/about", "/mirror", "/api/health", "/api/series", "/no-such-page"]) {
      const res = await fetch(server.url + p);
      const h = res.headers;
      const csp = h.get("content-security-policy") ?? "";
      expect(csp, p).toContain("default-src 'self'");
      expect(csp, p).toMatch(/frame-ancestors 'none'/);
      expect(csp, p).toMatch(/object-src 'none'/);
      const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? "";
      expect(scriptSrc, `${p}: script-src in production`).not.toContain("unsafe-eval");
      expect(h.get("x-content-type-options"), p).toBe("nosniff");
      expect(h.get("referrer-policy"), p).toBe("strict-origin-when-cross-origin");
      expect(h.get("x-frame-options"), p).toBe("DENY");
      expect(h.get("x-powered-by"), p).toBeNull();
    }
  });

  test("TRACE and CONNECT answer 405 with the security headers (fetch cannot send them: node:http does)", async () => {
    const raw = (method: string, target: string) =>
      new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
        const { hostname, port } = new URL(server.url);
        const req = http.request({ hostname, port, method, path: target }, (res) => {
          let body = "";
          res.on("data", (d) => (body += d));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        });
        // A CONNECT's answer arrives as "connect" (with the socket), not as a response.
        req.on("connect", (res, socket, head) => {
          let body = head.toString();
          socket.on("data", (d) => (body += d));
          socket.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        });
        req.on("error", reject);
        req.end();
      });
    for (const [method, target] of [
      ["TRACE", "/"],
      ["TRACE", "/mirror?cifFob=1.08"],
      ["TRACE", "/api/health"],
      ["CONNECT", "example.org:443"],
    ] as const) {
      const res = await raw(method, target);
      expect(res.status, `${method} ${target}`).toBe(405);
      expect(res.headers["allow"]).toBe("GET, HEAD");
      expect(res.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(res.headers["x-content-type-options"]).toBe("nosniff");
      expect(JSON.parse(res.body)).toEqual({ error: `method not allowed: ${method}` });
    }
  });

  test("more than a thousand hostile requests: no 5xx, JSON errors from the API, pages 200 or 404, no stack traces logged", async () => {
    const probes = hostileRequests();
    expect(probes.length).toBeGreaterThanOrEqual(1000);
    const logBefore = server.log().length;
    const results = await sweep(server.url, probes, 8);
    expect(results).toHaveLength(probes.length);
    const problems: string[] = [];
    for (const r of results) {
      const where = `${r.probe.method} ${r.probe.path.slice(0, 120)} → ${r.status}`;
      if (r.status >= 500) problems.push(`${where}: server error`);
      const api = r.probe.path.startsWith("/api/");
      if (api && r.status >= 400 && r.status < 500 && !(r.status === 431 || r.status === 414)) {
        let error: unknown;
        try {
          error = (JSON.parse(r.body) as { error?: unknown }).error;
        } catch {
          error = undefined;
        }
        if (!r.type.includes("application/json") || typeof error !== "string" || error.length === 0)
          problems.push(`${where}: API error without a JSON body naming the error (${r.type}: ${r.body.slice(0, 80)})`);
      }
      if (!api && r.probe.method === "GET" && r.status !== 200 && r.status !== 404 && r.status !== 431 && r.status !== 414)
        problems.push(`${where}: a page should answer 200 (default view) or 404`);
      if (/\n\s+at .+\(|node_modules\/|webpack-internal|\.next\/server/.test(r.body))
        problems.push(`${where}: stack trace or server path in the body`);
      if (r.probe.path.startsWith("/api/export") && r.status === 200) {
        // Only validated codes and years reach the file name.
        const res = await fetch(server.url + r.probe.path, { method: "HEAD" });
        expect(res.headers.get("content-disposition") ?? "").toMatch(/^attachment; filename="[A-Za-z0-9._-]+"$/);
      }
    }
    expect(problems, problems.slice(0, 30).join("\n")).toEqual([]);
    const log = server.log().slice(logBefore);
    const traces = log.split("\n").filter((l) => /^\s+at .+[(:]/.test(l));
    expect(traces.slice(0, 10), `stack traces in the server log:\n${log.slice(0, 3000)}`).toEqual([]);
  });

  test("the web app's connections belong to a role that can read but not write", async () => {
    const owner = process.env.DATABASE_URL;
    const web = process.env.WEB_DATABASE_URL;
    test.skip(!owner || !web, "needs DATABASE_URL and WEB_DATABASE_URL (set by npm test)");
    // Make sure the server holds connections, then see which role they use.
    await fetch(`${server.url}/api/series/trade.CHN.KAZ.X?all=1`);
    await fetch(`${server.url}/api/export?series=trade.CHN.KAZ.X`).then((r) => r.text());
    const admin = new pg.Client({ connectionString: owner });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ usename: string; application_name: string }>(
        `SELECT DISTINCT usename, application_name FROM pg_stat_activity WHERE datname = current_database() AND application_name IN ('monitor-web', 'monitor-export')`,
      );
      const webRole = new URL(web!).username;
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) expect(r.usename, r.application_name).toBe(webRole);
      const super_ = await admin.query<{ rolsuper: boolean; rolcreaterole: boolean }>(
        `SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = $1`,
        [webRole],
      );
      expect(super_.rows[0]).toEqual({ rolsuper: false, rolcreaterole: false });
    } finally {
      await admin.end();
    }
    const client = new pg.Client({ connectionString: web });
    await client.connect();
    try {
      expect((await client.query(`SELECT count(*)::int AS n FROM "Series"`)).rows[0].n).toBeGreaterThan(0);
      for (const sql of [
        `INSERT INTO "Source" (key, publisher, title, location, "datasetType", citation) VALUES ('x', 'x', 'x', 'x', 'x', 'x')`,
        `UPDATE "Observation" SET value = 0`,
        `DELETE FROM "Note"`,
        `UPDATE "DataVersion" SET version = version + 1`,
        `CREATE TABLE evil (id int)`,
      ]) {
        const error = await client.query(sql).then(
          () => null,
          (e: { code?: string }) => e,
        );
        expect(error?.code, sql).toBe("42501"); // insufficient_privilege
      }
    } finally {
      await client.end();
    }
  });
});
