// The data pack's trade files: trade_mirror.csv (both reporters' totals, with publisher and dataset type) and
// trade_by_product.csv (HS chapters).
import { readCsv } from "../csv";
import { tradeSeriesRecord } from "../series-records";
import type { ImportRecord } from "../types";
import { Context, datasetType, flagsFrom, FLOWS, joinNotes, locationDetail, observation, vintageFrom } from "./datapack-rows";

export const TRADE_HEADERS = {
  tradeMirror: [
    "reporter",
    "partner",
    "flow",
    "year",
    "value_usd",
    "source",
    "source_url_or_path",
    "publisher",
    "dataset_type",
    "value_as_published",
    "unit_as_published",
    "flag",
    "notes",
  ],
  tradeByProduct: [
    "reporter",
    "partner",
    "flow",
    "year",
    "hs_level",
    "hs_code",
    "hs_desc",
    "value_usd",
    "source",
    "source_url_or_path",
    "flag",
  ],
} as const;

export async function* tradeMirror(ctx: Context): AsyncGenerator<ImportRecord> {
  for await (const row of readCsv(ctx.input, { header: TRADE_HEADERS.tradeMirror })) {
    if (row.get("reporter") === "unclear") {
      yield {
        kind: "rejected",
        line: row.line,
        column: row.col("reporter"),
        reason: "the statement does not say which side's statistics it quotes (reporter 'unclear'); kept in the discrepancy notes",
      };
      continue;
    }
    const reporter = ctx.iso3(row, "reporter");
    const partner = ctx.iso3(row, "partner");
    const flow =
      FLOWS[row.get("flow")] ?? ctx.fail(row, "flow", `unknown flow ${JSON.stringify(row.get("flow"))} (export, import or total_trade)`);
    const year = ctx.period(row, "year");
    const value = ctx.decimal(row, "value_usd");
    const title = row.get("source");
    const vintage = vintageFrom(title);
    const sourceKey = yield* ctx.source(row, {
      publisher: row.get("publisher"),
      title,
      location: row.get("source_url_or_path"),
      vintage,
      datasetType: datasetType(ctx, row, "dataset_type"),
    });
    const seriesCode = yield* ctx.seriesOnce(tradeSeriesRecord({ reporter, partner, flow }));
    const flags = flagsFrom(`${row.get("flag")} ${row.get("unit_as_published")} ${row.get("source_url_or_path")}`);
    yield observation(row, {
      seriesCode,
      sourceKey,
      publisher: row.get("publisher").trim(),
      period: year,
      value,
      vintage: vintage ?? "",
      flags,
      asPublished:
        joinNotes(row.get("value_as_published"), row.get("unit_as_published") ? `(${row.get("unit_as_published")})` : null)?.replace(
          "; (",
          " (",
        ) ?? null,
      note: joinNotes(row.get("flag"), row.get("notes"), locationDetail(row.get("source_url_or_path"))),
      column: row.col("value_usd"),
    });
  }
}

export async function* tradeByProduct(ctx: Context): AsyncGenerator<ImportRecord> {
  for await (const row of readCsv(ctx.input, { header: TRADE_HEADERS.tradeByProduct })) {
    const reporter = ctx.iso3(row, "reporter");
    const partner = ctx.iso3(row, "partner");
    const flow = FLOWS[row.get("flow")];
    if (flow !== "X" && flow !== "M") ctx.fail(row, "flow", `unknown flow ${JSON.stringify(row.get("flow"))} (export or import)`);
    const level = row.get("hs_level");
    if (level !== "TOTAL" && level !== "HS2") ctx.fail(row, "hs_level", `unknown hs_level ${JSON.stringify(level)} (TOTAL or HS2)`);
    const hsCode = row.get("hs_code");
    if (level === "HS2" && !/^\d{2}$/.test(hsCode))
      ctx.fail(row, "hs_code", `HS chapter must be two digits, found ${JSON.stringify(hsCode)}`);
    const title = row.get("source");
    const isWits = /wits/i.test(title);
    // The file has no publisher column: the publisher trade_mirror.csv gives the same databases.
    const publisher = isWits
      ? "World Bank WITS / UN Comtrade (Kazakhstan as reporter)"
      : "UN Statistics Division (UN Comtrade), data reported by GACC (China) / Kazakhstan";
    const sourceKey = yield* ctx.source(row, {
      publisher,
      title,
      location: row.get("source_url_or_path"),
      vintage: null,
      datasetType: isWits ? "official_database_via_third_party" : "official_database",
    });
    const productCode = level === "TOTAL" ? "TOTAL" : hsCode;
    const seriesCode = yield* ctx.seriesOnce(
      tradeSeriesRecord({
        reporter,
        partner,
        flow,
        productCode,
        productLevel: level === "TOTAL" ? 0 : 2,
        productLabel: row.get("hs_desc"),
      }),
    );
    yield observation(row, {
      seriesCode,
      sourceKey,
      publisher,
      period: ctx.period(row, "year"),
      value: ctx.decimal(row, "value_usd"),
      vintage: "",
      flags: flagsFrom(row.get("flag")),
      asPublished: null,
      // TOTAL rows repeat trade_mirror.csv, whose note is fuller; a null note never overwrites it.
      note: level === "TOTAL" ? null : joinNotes(row.get("flag")),
      column: row.col("value_usd"),
    });
  }
}
