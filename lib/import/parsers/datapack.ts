// The data pack's own tidy transcriptions (prisma/seed-data/tidy/*.csv): one long table per family, each row naming
// its publisher and the exact file or page it was read from. Detected by header; see prisma/seed-data/README.md.
// Readers: datapack-trade.ts, datapack-statements.ts, datapack-derived.ts (checked, not loaded); shared: datapack-rows.ts.
import { ImportFileError, type ImportRecord, type Parser, type ParserInput } from "../types";
import { DERIVED_HEADERS, readDerived } from "./datapack-derived";
import { Context } from "./datapack-rows";
import { discrepancyNotes, externalDebt, investment, STATEMENT_HEADERS } from "./datapack-statements";
import { tradeByProduct, tradeMirror, TRADE_HEADERS } from "./datapack-trade";

const HEADERS = { ...TRADE_HEADERS, ...STATEMENT_HEADERS };

type Family = keyof typeof HEADERS | keyof typeof DERIVED_HEADERS;

function familyOf(head: Buffer): Family | null {
  const firstLine =
    head
      .toString("utf8")
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/, 1)[0] ?? "";
  for (const [family, header] of Object.entries({ ...HEADERS, ...DERIVED_HEADERS }) as [Family, readonly string[]][]) {
    if (firstLine === header.join(",")) return family;
  }
  return null;
}

const READERS: Record<Family, (ctx: Context) => AsyncGenerator<ImportRecord>> = {
  tradeMirror,
  tradeByProduct,
  investment,
  externalDebt,
  discrepancyNotes,
  tradeMirrorHeadline: (ctx) => readDerived(ctx.input, "tradeMirrorHeadline"),
  discrepancyComputed: (ctx) => readDerived(ctx.input, "discrepancyComputed"),
};

export const datapackParser: Parser = {
  format: "datapack",
  description:
    "the data pack's 7 tidy files (trade_mirror, trade_by_product, investment, external_debt, discrepancy_notes loaded; trade_mirror_headline and discrepancy_computed checked, not loaded)",
  binary: false,
  detect: (_name, head) => familyOf(head) !== null,
  async *parse(input) {
    const head = await firstBytes(input);
    const family = familyOf(head);
    if (!family) {
      throw new ImportFileError(
        input.file,
        1,
        1,
        `wrong header for the datapack format; expected one of: ${Object.values({ ...HEADERS, ...DERIVED_HEADERS })
          .map((h) => h.slice(0, 4).join(",") + ",…")
          .join(" | ")}`,
      );
    }
    yield* READERS[family](new Context(input));
  },
};

async function firstBytes(input: ParserInput): Promise<Buffer> {
  const stream = input.open();
  for await (const chunk of stream) {
    (stream as unknown as { destroy(): void }).destroy();
    return Buffer.from(chunk as Buffer);
  }
  return Buffer.alloc(0);
}
