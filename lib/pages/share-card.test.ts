import { describe, expect, it } from "vitest";
import { loadPageState } from "./registry";
import { pageShareCard } from "./share-card";

const imageOf = (m: ReturnType<typeof pageShareCard>) => {
  const images = m.openGraph?.images;
  const first = Array.isArray(images) ? images[0] : images;
  return new URL(String(typeof first === "object" && first !== null && "url" in first ? first.url : first), "http://x.invalid");
};

describe("share cards", () => {
  it("draw the page's first chart in the view's years, scale and pinned version", () => {
    const query = "from=2010&to=2015&flows.scale=log";
    const card = pageShareCard("trade", { query, state: loadPageState("trade", query), pinned: true, version: "3" });
    const image = imageOf(card);
    expect(image.pathname).toBe("/api/figure");
    expect(Object.fromEntries(image.searchParams)).toEqual({
      figure: "trade-flows",
      from: "2010",
      to: "2015",
      scale: "log",
      size: "card",
      format: "png",
      v: "3",
    });
    expect(card.twitter).toEqual({ card: "summary_large_image" });
    expect(card.openGraph).toMatchObject({ title: "Trade · China–Kazakhstan Economic Monitor" });
  });

  it("a chart view (an embed) shows that chart; the current data carry no v", () => {
    const card = pageShareCard(
      "investment",
      { query: "", state: loadPageState("investment", ""), pinned: false, version: "3" },
      "fdi-stock",
    );
    expect(Object.fromEntries(imageOf(card).searchParams)).toEqual({ figure: "fdi-stock", size: "card", format: "png" });
  });
});
