// Reading Excel workbooks for the parsers of xlsx files (IMF DOTS, WITS): open a file as a workbook (size-capped), and
// what a cell holds, as text or number, with the missing-value markers the publishers use.
import type ExcelJS from "exceljs";
import { ImportFileError, type ParserInput } from "../types";

/** Reads the whole file and opens it as a workbook; a file exceljs cannot read is an ImportFileError. */
export async function loadWorkbook(input: ParserInput): Promise<ExcelJS.Workbook> {
  const chunks: Buffer[] = [];
  for await (const chunk of input.open() as AsyncIterable<Buffer | string>) {
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  }
  const data = Buffer.concat(chunks);
  // Loaded here, not at the top: exceljs and jszip are a third of the importer's start-up (~0.4 s), and most files
  // are CSV.
  const { assertInflatedSizeWithin } = await import("../xlsx-guard");
  await assertInflatedSizeWithin(input.file, data);
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (err) {
    throw new ImportFileError(input.file, 1, 1, `not a readable .xlsx workbook: ${(err as Error).message}`);
  }
  return workbook;
}

export type CellContent =
  { kind: "empty" } | { kind: "number"; value: number } | { kind: "text"; value: string } | { kind: "other"; description: string };

/** The content of a cell: formulas give their cached result, rich text its plain text. */
export function cellContent(cell: ExcelJS.Cell): CellContent {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return { kind: "empty" };
  if (typeof v === "number") return { kind: "number", value: v };
  if (typeof v === "string") return v.trim() === "" ? { kind: "empty" } : { kind: "text", value: v };
  if (typeof v === "boolean") return { kind: "other", description: `boolean ${v}` };
  if (v instanceof Date) return { kind: "other", description: `date ${v.toISOString()}` };
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) {
      const text = (o.richText as Array<{ text?: string }>).map((r) => r.text ?? "").join("");
      return text.trim() === "" ? { kind: "empty" } : { kind: "text", value: text };
    }
    if ("formula" in o || "sharedFormula" in o) {
      const r = o.result;
      if (r === undefined || r === null) return { kind: "empty" };
      if (typeof r === "number") return { kind: "number", value: r };
      if (typeof r === "string") return r.trim() === "" ? { kind: "empty" } : { kind: "text", value: r };
      return { kind: "other", description: `formula result ${JSON.stringify(r)}` };
    }
    if (typeof o.text === "string") return { kind: "text", value: o.text };
    if ("error" in o) return { kind: "other", description: `error value ${String(o.error)}` };
  }
  return { kind: "other", description: JSON.stringify(v) };
}

/** Plain text of a label cell ("" when empty). */
export function cellText(cell: ExcelJS.Cell): string {
  const c = cellContent(cell);
  if (c.kind === "text") return c.value.trim();
  if (c.kind === "number") return String(c.value);
  return "";
}

/** Values that mean "no data" in publishers' sheets. */
export const MISSING_MARKERS = new Set(["...", "…", "-", "--", "n.a.", "n/a", "NA", "na", ".", ".."]);

// ---------------------------------------------------------------------------------------------------
