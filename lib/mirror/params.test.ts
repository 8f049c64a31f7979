import { describe, expect, it } from "vitest";
import { ParamError } from "../errors";
import { parseMirrorQuery } from "./params";
import { mirrorQueryString } from "./query";

const parse = (qs: string) => parseMirrorQuery(new URLSearchParams(qs));

function paramOf(qs: string): string {
  try {
    parse(qs);
  } catch (e) {
    if (e instanceof ParamError) return `${e.parameter}: ${e.message}`;
    throw e;
  }
  throw new Error(`no error for ${qs}`);
}

describe("parseMirrorQuery", () => {
  it("reads a full query", () => {
    expect(parse("exporter=CHN&importer=KAZ&from=2015&to=2020&cifFob=1.1&hs=72")).toEqual({
      exporter: "CHN",
      importer: "KAZ",
      from: 2015,
      to: 2020,
      cifFob: 1.1,
      hs: "72",
      source: "headline",
      exporterSource: undefined,
      importerSource: undefined,
    });
  });

  it("defaults: headline, factor 1.06, all years, total trade", () => {
    expect(parse("exporter=KAZ&importer=CHN")).toMatchObject({
      cifFob: 1.06,
      source: "headline",
      hs: null,
      from: undefined,
      to: undefined,
    });
  });

  it("a source key implies source=same", () => {
    expect(parse("exporter=CHN&importer=KAZ&exporterSource=abc").source).toBe("same");
    expect(parse("exporter=CHN&importer=KAZ&source=same")).toMatchObject({ source: "same", exporterSource: undefined });
  });

  it.each([
    ["importer=KAZ", /^exporter: exporter: required/],
    ["exporter=chn&importer=KAZ", /^exporter: .*three upper-case letters/],
    ["exporter=CHN&importer=KAZA", /^importer: .*three upper-case letters/],
    ["exporter=CHN&importer=CHN", /^importer: .*differ/],
    ["exporter=CHN&importer=KAZ&cifFob=1.6", /^cifFob: cifFob: must be between 1\.0 and 1\.5/],
    ["exporter=CHN&importer=KAZ&cifFob=abc", /^cifFob: /],
    ["exporter=CHN&importer=KAZ&cifFob=", /^cifFob: /],
    ["exporter=CHN&importer=KAZ&hs=7", /^hs: .*two-digit/],
    ["exporter=CHN&importer=KAZ&hs=720", /^hs: /],
    ["exporter=CHN&importer=KAZ&from=2020&to=2019", /^from: /],
    ["exporter=CHN&importer=KAZ&from=19", /^from: /],
    ["exporter=CHN&importer=KAZ&source=best", /^source: .*headline, same/],
    ["exporter=CHN&importer=KAZ&source=headline&exporterSource=x", /^exporterSource: .*source=same/],
    ["exporter=CHN&importer=KAZ&importerSource=a%00b", /^importerSource: .*control/],
    ["exporter=CHN&exporter=USA&importer=KAZ", /^exporter: .*more than once/],
  ])("%s → 400 naming the parameter", (qs, message) => {
    expect(paramOf(qs)).toMatch(message);
  });

  it("does not echo long input", () => {
    expect(paramOf(`exporter=${"X".repeat(5000)}&importer=KAZ`).length).toBeLessThan(200);
  });
});

describe("mirrorQueryString", () => {
  it("round-trips", () => {
    const q = parse("exporter=CHN&importer=KAZ&from=1992&to=2024&cifFob=1.08&source=same&exporterSource=a b&importerSource=c");
    expect(parse(mirrorQueryString(q))).toEqual(q);
    expect(mirrorQueryString(q, { format: "csv" })).toContain("format=csv");
  });

  it("leaves source keys out in headline mode", () => {
    expect(mirrorQueryString(parse("exporter=CHN&importer=KAZ"))).toBe("exporter=CHN&importer=KAZ&cifFob=1.06");
  });
});
