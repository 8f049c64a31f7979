// The production HTTP server: Next's own request handler (the same one `next start` runs, on the build in .next)
// behind a Node server that answers the methods Next cannot. Next turns every request into a WHATWG Request for
// proxy.ts, and the WHATWG Request constructor throws on TRACE and TRACK, so `next start` answers them with a bare
// 500 without security headers; CONNECT reaches Node's "connect" event and no handler at all. Here they get a 405
// with the security headers every response carries (lib/security-headers.mjs). Plain JavaScript: it runs with node.
//
//   node scripts/serve.mjs -p 3000 -H 127.0.0.1      (npm start, the e2e server and the benchmarks start it so)
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
  strict: true,
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? "127.0.0.1";
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`serve: -p ${values.port}: not a TCP port`);
  process.exit(2);
}
// Before Next and the headers module load: both read NODE_ENV when they do (the CSP allows eval in development only).
process.env.NODE_ENV = "production";
const { default: next } = await import("next");
const { securityHeaders } = await import("../lib/security-headers.mjs");

/** Methods no route answers: a 405 before Next sees them. */
const REFUSED = new Set(["TRACE", "TRACK", "CONNECT"]);
const refusalHeaders = {
  ...Object.fromEntries(securityHeaders().map((h) => [h.key, h.value])),
  Allow: "GET, HEAD",
  "Cache-Control": "no-store",
  "Content-Type": "application/json; charset=utf-8",
};
const refusalBody = (method) => `${JSON.stringify({ error: `method not allowed: ${method}` })}\n`;

const app = next({ dev: false, dir: path.resolve(import.meta.dirname, ".."), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  if (REFUSED.has(req.method ?? "")) {
    res.writeHead(405, refusalHeaders).end(refusalBody(req.method));
    return;
  }
  handle(req, res).catch((error) => {
    console.error(`serve: ${req.method} ${req.url}: ${error instanceof Error ? error.message : String(error)}`);
    if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
    res.end();
  });
});
// CONNECT never reaches the request handler in Node: answer it on the socket.
server.on("connect", (req, socket) => {
  const body = refusalBody("CONNECT");
  const head = Object.entries({ ...refusalHeaders, "Content-Length": Buffer.byteLength(body), Connection: "close" })
    .map(([k, v]) => `${k}: ${v}`)
    .join("\r\n");
  socket.end(`HTTP/1.1 405 Method Not Allowed\r\n${head}\r\n\r\n${body}`);
});

server.listen(port, hostname, () => console.log(`serve: ready on http://${hostname.includes(":") ? `[${hostname}]` : hostname}:${port}`));

let closing = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
