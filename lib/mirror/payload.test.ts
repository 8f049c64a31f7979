import { describe, expect, it } from "vitest";
import { compactObservations, expandObservations } from "./payload";
import { obs, SOURCES } from "./test-fixtures";

describe("compact observations", () => {
  it("round-trip: every value keeps its source, vintage and date, written only where they change", () => {
    const list = [
      { ...obs(2018, "100", "dots-cn", 20, [], "2021/22 vintage"), vintageDate: "2022-02-02" },
      { ...obs(2019, "110", "dots-cn", 20, ["estimate"], "2021/22 vintage"), vintageDate: "2022-02-02" },
      { ...obs(2019, "120", "ct-cn", 10), vintageDate: "2025-06-01" },
      { ...obs(2020, "130", "ct-cn", 10), vintageDate: null },
      { ...obs(2021, "140", "quote", 70), vintageDate: null },
    ];
    const sources = [...SOURCES.values()];
    const index = new Map(sources.map((s, i) => [s.key, i]));
    const compact = compactObservations(list, index);
    expect(compact.filter((o) => o[4]?.t !== undefined)).toHaveLength(3);
    const back = expandObservations(compact, sources);
    expect(back.map((o) => [o.year, o.value, o.sourceKey, o.vintage, o.vintageDate, o.flags])).toEqual(
      list.map((o) => [o.year, o.value, o.sourceKey, o.vintage, o.vintageDate, o.flags]),
    );
  });

  it("interleaved sources: each source's vintage is written once, where it changes for that source", () => {
    const list = [2018, 2019, 2020].flatMap((y) => [
      { ...obs(y, String(y), "dots-cn", 20, [], "2021/22 vintage"), vintageDate: "2022-02-02", headline: true },
      { ...obs(y, String(y + 1), "ct-cn", 10), vintageDate: "2025-06-01" },
    ]);
    const sources = [...SOURCES.values()];
    const index = new Map(sources.map((s, i) => [s.key, i]));
    const compact = compactObservations(list, index);
    expect(compact.filter((o) => o[4]?.t !== undefined)).toHaveLength(2);
    expect(expandObservations(compact, sources)).toEqual(list.map((o) => ({ ...o, sourceLabel: expect.any(String) })));
  });
});
