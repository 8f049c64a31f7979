import { describe, expect, it } from "vitest";
import { decimalFromNumber, fitStorage, roundDecimal, scaleDecimal } from "./decimal";

describe("scaleDecimal", () => {
  it("multiplies by powers of ten exactly, on the text", () => {
    expect(scaleDecimal("244.69", 6)).toBe("244690000");
    expect(scaleDecimal("6346.496276", 6)).toBe("6346496276");
    expect(scaleDecimal("459.549123456", 6)).toBe("459549123.456");
    expect(scaleDecimal("34665.884", 3)).toBe("34665884");
    expect(scaleDecimal("17411683.686", 3)).toBe("17411683686");
    expect(scaleDecimal("0.5", 3)).toBe("500");
    expect(scaleDecimal("12", 0)).toBe("12");
    expect(scaleDecimal("1234.5", -3)).toBe("1.2345");
    expect(scaleDecimal("5", -3)).toBe("0.005");
  });
  it("normalises sign, zeros and spacing", () => {
    expect(scaleDecimal("-228.29349", 0)).toBe("-228.29349");
    expect(scaleDecimal("+007.500", 0)).toBe("7.5");
    expect(scaleDecimal("-0.000", 6)).toBe("0");
    expect(scaleDecimal(" 16484409.0 ", 3)).toBe("16484409000");
    expect(scaleDecimal(".5", 1)).toBe("5");
    expect(scaleDecimal("5.", 1)).toBe("50");
  });
  it("expands exponent notation (as in wiiw files and Excel numbers)", () => {
    expect(scaleDecimal("1.5e-7", 0)).toBe("0.00000015");
    expect(scaleDecimal("1.5e-7", 6)).toBe("0.15");
    expect(scaleDecimal("4.7E-5", 0)).toBe("0.000047");
    expect(scaleDecimal("-7.96E-5", 0)).toBe("-0.0000796");
    expect(scaleDecimal("1.2E+10", 0)).toBe("12000000000");
    expect(scaleDecimal("2e3", 3)).toBe("2000000");
  });
  it("rejects anything that is not a plain number", () => {
    for (const bad of [
      "",
      " ",
      "-",
      ".",
      "abc",
      "1,234",
      "12 e",
      "244.69 e",
      "NaN",
      "Infinity",
      "1e",
      "e5",
      "--1",
      "1.2.3",
      "0x10",
      "1e99999",
    ]) {
      expect(scaleDecimal(bad, 0), bad).toBeNull();
    }
  });
});

describe("roundDecimal / fitStorage", () => {
  it("rounds half away from zero, like PostgreSQL numeric", () => {
    expect(roundDecimal("148900000.00000003", 6)).toBe("148900000");
    expect(roundDecimal("4899999.999999997", 6)).toBe("4900000");
    expect(roundDecimal("459549049.79429824", 6)).toBe("459549049.794298");
    expect(roundDecimal("0.0000005", 6)).toBe("0.000001");
    expect(roundDecimal("-0.0000005", 6)).toBe("-0.000001");
    expect(roundDecimal("-0.0000004", 6)).toBe("0");
    expect(roundDecimal("999.9999995", 6)).toBe("1000");
    expect(roundDecimal("12.5", 0)).toBe("13");
    expect(roundDecimal("12.34", 6)).toBe("12.34");
  });
  it("fits NUMERIC(30,10) and says when it rounded", () => {
    expect(fitStorage("1853.9350543")).toEqual({ value: "1853.9350543", rounded: false });
    expect(fitStorage("0.123456789012")).toEqual({ value: "0.123456789", rounded: true });
    expect(fitStorage("123456789012345678901")).toBeNull();
    // Not zero, but NUMERIC(30,10) would store 0: refused rather than silently zeroed.
    expect(fitStorage("1e-300")).toBeNull();
    expect(fitStorage("-0.00000000004")).toBeNull();
    expect(fitStorage("0.00000000005")).toEqual({ value: "0.0000000001", rounded: true });
    expect(fitStorage("0.000")).toEqual({ value: "0", rounded: false });
  });
});

describe("plain integers (the fast path) read as by the general rule", () => {
  it("gives each the same result as the same number written otherwise", () => {
    for (const n of ["0", "7", "-7", "2686963", "-2686963", "12345678901234567890", "-12345678901234567890", "123456789012345678901"]) {
      expect(scaleDecimal(n, 0), n).toBe(scaleDecimal(`${n}.0`, 0));
      expect(fitStorage(n), n).toEqual(fitStorage(`${n}.0`));
    }
    expect(fitStorage("12345678901234567890")).toEqual({ value: "12345678901234567890", rounded: false });
    expect(fitStorage("123456789012345678901")).toBeNull();
    for (const n of ["-0", "007", "+5", " 5", "5 "])
      expect(scaleDecimal(n, 0), n).toBe(
        n
          .trim()
          .replace(/^\+/, "")
          .replace(/^(-?)0+(?=\d)/, "$1")
          .replace(/^-0$/, "0"),
      );
  });
});

describe("decimalFromNumber", () => {
  it("gives the shortest round-tripping decimal of an Excel number", () => {
    expect(decimalFromNumber(459.549123456)).toBe("459.549123456");
    expect(decimalFromNumber(1.5e-7)).toBe("0.00000015");
    expect(decimalFromNumber(69.80000000000003)).toBe("69.80000000000003");
    expect(decimalFromNumber(1e21)).toBe("1000000000000000000000");
    expect(decimalFromNumber(-0)).toBe("0");
    expect(decimalFromNumber(Number.NaN)).toBeNull();
    expect(decimalFromNumber(Number.POSITIVE_INFINITY)).toBeNull();
  });
});
