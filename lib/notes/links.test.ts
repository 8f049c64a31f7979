import { describe, expect, it } from "vitest";
import { sourceName } from "../labels";
import { sourceAnchor, sourceHref } from "./links";

describe("sourceHref", () => {
  it("links URLs and repository files at their commit; nothing else", () => {
    expect(sourceHref("https://kz.kursiv.media/?p=6612928")).toBe("https://kz.kursiv.media/?p=6612928");
    expect(sourceHref("github:dfshapir/kazakhstan_qual@f7e3e785ecf24c5afea71b5a20d747f6b26d2750:Kazakhstan China Data.xlsx")).toBe(
      "https://github.com/dfshapir/kazakhstan_qual/blob/f7e3e785ecf24c5afea71b5a20d747f6b26d2750/Kazakhstan%20China%20Data.xlsx",
    );
    expect(sourceHref("prisma/seed-data/README.md")).toBeNull();
    expect(sourceHref("javascript:alert(1)")).toBeNull();
  });
});

describe("source names", () => {
  it("a database by its name, a statement by who said it where", () => {
    expect(sourceName({ datasetType: "official_database", title: "UN Comtrade (Comtrade Plus) CSV download, HS as reported" })).toBe(
      "UN Comtrade",
    );
    expect(sourceName({ title: "Kursiv (kz.kursiv.media) citing National Bank of Kazakhstan", datasetType: "news_statement" })).toBe(
      "Kursiv citing National Bank of Kazakhstan",
    );
  });
  it("anchors are stable, distinct and valid ids", () => {
    const a = sourceAnchor("https://en.trend.az/casia/kazakhstan/3812743.html");
    expect(a).toBe(sourceAnchor("https://en.trend.az/casia/kazakhstan/3812743.html"));
    expect(a).not.toBe(sourceAnchor("https://en.trend.az/casia/kazakhstan/3879898.html"));
    expect(a).toMatch(/^src-[A-Za-z0-9-]+$/);
  });
});
