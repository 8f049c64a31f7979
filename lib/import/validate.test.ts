// isValidObservation (the importer's fast check) and observationSchema (zod) must give the same verdict.
import { describe, expect, it } from "vitest";
import { isValidObservation, observationSchema } from "./validate";

const valid = {
  kind: "observation",
  seriesCode: "trade.CHN.KAZ.X",
  sourceKey: "uncomtrade-plus:CHN:HS",
  frequency: "A",
  period: "2019",
  year: 2019,
  value: "12729100679",
  vintage: "",
  flags: [],
  qualifier: null,
  asPublished: "12729100679 USD",
  note: null,
  line: 2,
  column: 44,
};

const variants: [string, unknown][] = [
  ["kind", "series"], ["seriesCode", ""], ["seriesCode", 5], ["sourceKey", ""], ["frequency", "X"], ["frequency", "Q"], ["frequency", "M"], ["frequency", "D"], ["frequency", "R"],
  ["period", "201"], ["period", "2019-Q3"], ["period", "2019-07"], ["period", "2019-13"], ["period", "2019-12-31"], ["period", "2015/2019"], ["period", "../2019"], ["period", "x".repeat(41)],
  ["year", 1899], ["year", 2100], ["year", 2101], ["year", 2019.5], ["year", "2019"],
  ["value", "-1.5"], ["value", "1e5"], ["value", "1."], ["value", ".5"], ["value", "1".repeat(20)], ["value", "1".repeat(21)], ["value", "1.12345678901"], ["value", "1.1234567890"], ["value", " 1"],
  ["vintage", "v".repeat(100)], ["vintage", "v".repeat(101)], ["vintage", null],
  ["flags", ["estimate", "incomplete"]], ["flags", ["bogus"]], ["flags", "estimate"], ["flags", [1]],
  ["qualifier", "about"], ["qualifier", "q".repeat(41)], ["qualifier", undefined], ["asPublished", "a".repeat(501)], ["asPublished", null], ["note", "n".repeat(4000)], ["note", "n".repeat(4001)],
  ["line", 0], ["line", 1.5], ["column", -1], ["column", 3],
];

describe("isValidObservation", () => {
  it("accepts a valid observation", () => {
    expect(isValidObservation(valid)).toBe(true);
    expect(observationSchema.safeParse(valid).success).toBe(true);
  });

  it.each(variants)("%s = %j: same verdict as zod", (key, value) => {
    const o = { ...valid, [key]: value };
    expect(isValidObservation(o)).toBe(observationSchema.safeParse(o).success);
  });

  it("frequency × period combinations agree with zod", () => {
    for (const frequency of ["A", "Q", "M", "D", "R"]) {
      for (const period of ["2019", "2019-Q1", "2019-Q5", "2019-01", "2019-00", "2019-06-30", "2019/2020", "2019-01/2020-06", "../2020", "20199"]) {
        const o = { ...valid, frequency, period };
        expect(isValidObservation(o), `${frequency} ${period}`).toBe(observationSchema.safeParse(o).success);
      }
    }
  });
});
