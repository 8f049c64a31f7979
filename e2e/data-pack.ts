// Expected values for the page specs come from the data pack (prisma/seed-data) or from the JSON API, never typed in.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { APIRequestContext } from "@playwright/test";
import { expect } from "./fixtures";

const SEED = path.resolve(import.meta.dirname, "../prisma/seed-data");

export function readPackCsv<T extends object>(relative: string): T[] {
  return parse(readFileSync(path.join(SEED, relative)), { columns: true, bom: true }) as T[];
}

export interface ApiObservation {
  year: number;
  value: number;
  source: string;
  vintage: string | null;
  flags: string[];
  period?: string;
  qualifier?: string;
  headline?: boolean;
}

export interface ApiSeries {
  series: { code: string; title: string; unit: string };
  observations: ApiObservation[];
  sources: { key: string; title: string; publisher: string }[];
}

/** GET /api/series/{code} with the given query, asserting 200. */
export async function apiSeries(request: APIRequestContext, code: string, query: Record<string, string | number> = {}): Promise<ApiSeries> {
  const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
  const res = await request.get(`/api/series/${code}${qs ? `?${qs}` : ""}`);
  expect(res.status(), `GET /api/series/${code}?${qs}`).toBe(200);
  return (await res.json()) as ApiSeries;
}

export interface CsvRow {
  code: string;
  year: string;
  period: string;
  value: string;
  flags: string;
  headline: string;
  source: string;
}

export function parseCsv(text: string): CsvRow[] {
  return parse(text, { columns: true, bom: true }) as CsvRow[];
}

/** Every value of the CSV equals the API's value for the same series and year (and the counts match). */
export async function expectCsvMatchesApi(
  request: APIRequestContext,
  csvText: string,
  codes: string[],
  query: Record<string, string | number>,
): Promise<number> {
  const rows = parseCsv(csvText);
  let compared = 0;
  for (const code of codes) {
    const api = await apiSeries(request, code, query);
    const csvRows = rows.filter((r) => r.code === code);
    expect(csvRows.length, `rows of ${code}`).toBe(api.observations.length);
    for (const o of api.observations) {
      const match = csvRows.find(
        (r) => Number(r.year) === o.year && (o.period === undefined || r.period === o.period) && Number(r.value) === o.value,
      );
      expect(match, `${code} ${o.year}${o.period ? ` ${o.period}` : ""} = ${o.value} in the CSV`).toBeTruthy();
      compared++;
    }
  }
  return compared;
}
