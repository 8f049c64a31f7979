import { describe, expect, it } from "vitest";
import { withVersion } from "./permalink";

describe("withVersion", () => {
  it("sets v on an absolute URL, replacing any v and keeping the rest", () => {
    expect(withVersion("https://m.example/trade?from=2010&v=2#trade-flows", "5")).toBe("https://m.example/trade?from=2010&v=5#trade-flows");
  });
  it("keeps a path relative", () => {
    expect(withVersion("/?from=2010", "3")).toBe("/?from=2010&v=3");
  });
});
