import { describe, expect, it } from "vitest";
import { notePeriod } from "./markers";

describe("notePeriod", () => {
  it("prefers the source's own label, then the span, then the year", () => {
    expect(notePeriod({ periodLabel: "2023 (Jan-Oct)", yearFrom: 2023, yearTo: 2023 })).toBe("2023 (Jan-Oct)");
    expect(notePeriod({ periodLabel: null, yearFrom: 2017, yearTo: 2020 })).toBe("2017–2020");
    expect(notePeriod({ yearFrom: 2019, yearTo: 2019 })).toBe("2019");
    expect(notePeriod({ yearFrom: 2019, yearTo: null })).toBe("2019");
  });
  it("is null for a note about no particular year (never the text 'null')", () => {
    expect(notePeriod({ periodLabel: null, yearFrom: null, yearTo: null })).toBeNull();
  });
});
