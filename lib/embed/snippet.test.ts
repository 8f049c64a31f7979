import { describe, expect, it } from "vitest";
import { embedSnippet, embedUrl, EMBED_HEIGHT_MESSAGE } from "./snippet";

describe("embed snippet", () => {
  it("keeps the page's URL state and pinned version in the embed URL", () => {
    expect(embedUrl("https://monitor.example/trade?from=2010&flows.scale=log&v=3#trade-flows", "trade-flows")).toBe(
      "https://monitor.example/embed/trade-flows?from=2010&flows.scale=log&v=3",
    );
  });

  it("is an iframe with an escaped title and a height listener bound to the embed's origin", () => {
    const html = embedSnippet("https://monitor.example/embed/trade-totals?from=2010", 'Trade "both" <ways>');
    expect(html).toContain('<iframe src="https://monitor.example/embed/trade-totals?from=2010"');
    expect(html).toContain('title="Trade &quot;both&quot; &lt;ways>"');
    expect(html).toContain('e.origin!=="https://monitor.example"');
    expect(html).toContain(JSON.stringify(EMBED_HEIGHT_MESSAGE));
  });
});
