// Shared by the parser unit tests: run a parser over a file and check its record stream against the pipeline's
// own rules (zod schemas, sources and series before the observations that cite them, no duplicate keys).
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect } from "vitest";
import { eachRecord, ImportFileError, type ImportRecord, type ObservationRecord, type Parser } from "../types";
import { observationSchema, seriesSchema, sourceSchema } from "../validate";

export async function collect(parser: Parser, file: string): Promise<ImportRecord[]> {
  const out: ImportRecord[] = [];
  for await (const r of eachRecord(parser.parse({ file, open: () => createReadStream(file) }))) out.push(r);
  return out;
}

export async function failure(parser: Parser, file: string): Promise<ImportFileError> {
  try {
    await collect(parser, file);
  } catch (e) {
    if (e instanceof ImportFileError) return e;
    throw e;
  }
  throw new Error(`no ImportFileError for ${file}`);
}

export function expectValidStream(records: ImportRecord[]): void {
  const sources = new Set<string>();
  const series = new Set<string>();
  const keys = new Set<string>();
  for (const r of records) {
    if (r.kind === "source") {
      expect(sourceSchema.safeParse(r).success, r.key).toBe(true);
      sources.add(r.key);
    }
    if (r.kind === "series") {
      expect(seriesSchema.safeParse(r).success, r.code).toBe(true);
      series.add(r.code);
    }
    if (r.kind === "observation") {
      expect(observationSchema.safeParse(r).success, JSON.stringify(r)).toBe(true);
      expect(series.has(r.seriesCode) && sources.has(r.sourceKey)).toBe(true);
      const key = `${r.seriesCode}|${r.period}|${r.sourceKey}|${r.vintage}`;
      expect(keys.has(key), key).toBe(false);
      keys.add(key);
    }
  }
}

export const observations = (rs: ImportRecord[]) => rs.filter((r): r is ObservationRecord => r.kind === "observation");
export const obs = (rs: ImportRecord[], code: string, period: string) =>
  observations(rs).find((o) => o.seriesCode === code && o.period === period);

/** A temporary folder removed after the test file; `write` puts a file in it and returns its path. */
export function tempDir(prefix: string): { path: string; write(name: string, text: string | Buffer): string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    path: dir,
    write(name, text) {
      const file = path.join(dir, name);
      writeFileSync(file, text);
      return file;
    },
  };
}
