// A mirror view's query — the pair, range, CIF/FOB factor, chapter, source pick and dollars — and its query string for
// links and downloads. No validation here (lib/mirror/params.ts parses requests with zod): the page's browser code
// imports this without the validator.

export interface MirrorQuery {
  exporter: string;
  importer: string;
  from?: number;
  to?: number;
  cifFob: number;
  hs: string | null;
  source: "headline" | "same";
  exporterSource?: string;
  importerSource?: string;
  /** Dollar figures in constant dollars of this year (US CPI-U): real=2024. */
  real?: number;
}

/** The query string of a mirror view, for links and downloads (only what differs from the defaults). */
export function mirrorQueryString(q: MirrorQuery, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams();
  p.set("exporter", q.exporter);
  p.set("importer", q.importer);
  if (q.from !== undefined) p.set("from", String(q.from));
  if (q.to !== undefined) p.set("to", String(q.to));
  p.set("cifFob", String(q.cifFob));
  if (q.hs) p.set("hs", q.hs);
  if (q.source === "same") {
    p.set("source", "same");
    if (q.exporterSource) p.set("exporterSource", q.exporterSource);
    if (q.importerSource) p.set("importerSource", q.importerSource);
  }
  if (q.real !== undefined) p.set("real", String(q.real));
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  return p.toString();
}
