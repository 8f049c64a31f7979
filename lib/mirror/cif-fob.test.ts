import { describe, expect, it } from "vitest";
import { assertCifFob, CIF_FOB_BAND, CIF_FOB_DEFAULT, CIF_FOB_MAX, CIF_FOB_MIN, cifFobBand, parseCifFob } from "./cif-fob";
import { naturalCompare, parseUsd, roundTo } from "./numbers";

describe("CIF/FOB constants", () => {
  it("match the IMF DOTS convention and the documented band", () => {
    expect(CIF_FOB_DEFAULT).toBe(1.06);
    expect(CIF_FOB_BAND).toEqual([1.04, 1.1]);
    expect(CIF_FOB_MIN).toBe(1.0);
    expect(CIF_FOB_MAX).toBe(1.5);
  });
});

describe("parseCifFob", () => {
  it("accepts a decimal in range", () => {
    expect(parseCifFob("1.06")).toEqual({ ok: true, value: 1.06 });
    expect(parseCifFob(" 1.2 ")).toEqual({ ok: true, value: 1.2 });
    expect(parseCifFob("1")).toEqual({ ok: true, value: 1 });
    expect(parseCifFob("1.5")).toEqual({ ok: true, value: 1.5 });
    expect(parseCifFob("1.1e0")).toEqual({ ok: true, value: 1.1 });
  });

  it("uses the default when absent", () => {
    expect(parseCifFob(undefined)).toEqual({ ok: true, value: 1.06 });
    expect(parseCifFob(null)).toEqual({ ok: true, value: 1.06 });
  });

  it.each(["abc", "", "   ", "NaN", "Infinity", "-Infinity", "0x1", "1,06", "1.06abc", "--1"])("rejects non-number %j", (text) => {
    const r = parseCifFob(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/cifFob/);
  });

  it("rejects a value that overflows to Infinity", () => {
    const r = parseCifFob("1e400");
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/cifFob.*finite/) });
  });

  it.each(["1.6", "0.9", "0", "-1.06", "1.5000001", "0.9999"])("rejects out-of-range %j", (text) => {
    const r = parseCifFob(text);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/cifFob must be between 1\.0 and 1\.5/) });
  });

  it("does not echo unbounded input", () => {
    const r = parseCifFob("x".repeat(10_000));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.length).toBeLessThan(200);
  });
});

describe("cifFobBand", () => {
  it("is the default band for factors inside it", () => {
    expect(cifFobBand()).toEqual([1.04, 1.1]);
    expect(cifFobBand(1.06)).toEqual([1.04, 1.1]);
  });

  it("always contains the chosen factor", () => {
    expect(cifFobBand(1.0)).toEqual([1.0, 1.1]);
    expect(cifFobBand(1.25)).toEqual([1.04, 1.25]);
    expect(cifFobBand(1.1)).toEqual([1.04, 1.1]);
  });

  it("orders a custom band and still contains the factor", () => {
    expect(cifFobBand(1.06, [1.08, 1.02])).toEqual([1.02, 1.08]);
    expect(cifFobBand(1.2, [1.02, 1.08])).toEqual([1.02, 1.2]);
  });

  it("rejects an invalid factor", () => {
    expect(() => cifFobBand(0.9)).toThrow(/cifFob/);
    expect(() => assertCifFob(Number.NaN)).toThrow(/cifFob/);
    expect(() => assertCifFob(Number.POSITIVE_INFINITY)).toThrow(/cifFob/);
  });
});

describe("number helpers", () => {
  it("parseUsd reads PostgreSQL numeric text", () => {
    expect(parseUsd("12729100679.000000")).toBe(12729100679);
    expect(parseUsd("-0.000000")).toBe(0);
    expect(Object.is(parseUsd("-0"), 0)).toBe(true);
    expect(parseUsd(null)).toBeNull();
    expect(parseUsd(undefined)).toBeNull();
    expect(parseUsd(42)).toBe(42);
  });

  it("parseUsd refuses to turn bad data into 0 or missing", () => {
    expect(() => parseUsd("")).toThrow(RangeError);
    expect(() => parseUsd("abc")).toThrow(RangeError);
    expect(() => parseUsd("NaN")).toThrow(RangeError);
    expect(() => parseUsd("1e400")).toThrow(RangeError);
    expect(() => parseUsd(Number.NaN)).toThrow(RangeError);
  });

  it("roundTo rounds half away from zero and never returns -0", () => {
    expect(roundTo(0.125, 2)).toBe(0.13);
    expect(roundTo(-0.125, 2)).toBe(-0.13);
    expect(Object.is(roundTo(-0.001, 2), 0)).toBe(true);
    expect(roundTo(46.6666, 2)).toBe(46.67);
  });

  it("naturalCompare compares digit runs by value", () => {
    expect(naturalCompare("2025-9", "2025-10")).toBeLessThan(0);
    expect(naturalCompare("2021/22", "2021/22")).toBe(0);
    expect(naturalCompare("", "2020")).toBeLessThan(0);
    expect(naturalCompare("07", "7")).not.toBe(0);
    expect(["10", "9", "01", "84"].sort(naturalCompare)).toEqual(["01", "9", "10", "84"]);
  });
});
