// Security headers of every response: next.config.js applies them to what Next serves, proxy.ts to the responses it
// answers itself (304, 405, 400). Plain JavaScript so that next.config.js can import it.
const isDev = process.env.NODE_ENV !== "production";

/** Recharts and Next need inline styles; no script may come from anywhere but this origin. */
export function contentSecurityPolicy({ frameAncestors = "'none'" } = {}) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}

/**
 * Every route refuses to be framed (frame-ancestors 'none' + X-Frame-Options DENY) except the chart embeds
 * (/embed/…), which any site may frame: `{ frameable: true }` drops X-Frame-Options and allows every ancestor.
 * @param {{ frameable?: boolean }} [options]
 * @returns {{ key: string; value: string }[]}
 */
export function securityHeaders({ frameable = false } = {}) {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy({ frameAncestors: frameable ? "*" : "'none'" }) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    ...(frameable ? [] : [{ key: "X-Frame-Options", value: "DENY" }]),
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ];
}
