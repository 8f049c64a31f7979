// FastReader decides which chunks skip csv-parse: plain ones must be read by it (the importer's speed depends on it),
// and every other kind must be left to csv-parse (readCsv's tests check that what is read is the same either way).
import { describe, expect, it } from "vitest";
import { FastReader } from "./csv-fast";

const comtrade = new FastReader({ width: 3, trailing: true });
const plain = new FastReader({ width: 3, trailing: false });

describe("FastReader", () => {
  it("reads plain chunks: quoted and unquoted fields, empty ones, commas inside quotes, a last line without newline", () => {
    expect(comtrade.records('"C","A","1995",\n"C","","x, y",')).toEqual([
      ["C", "A", "1995", ""],
      ["C", "", "x, y", ""],
    ]);
    expect(plain.records('a,"b",\n,,"c"')).toEqual([
      ["a", "b", ""],
      ["", "", "c"],
    ]);
  });

  it.each([
    ["an escaped quote", 'a,"b""c",d'],
    ["a quote in an unquoted field", 'a,b"c,d'],
    ["text after a closing quote", 'a,"b"c,d'],
    ["white space after a closing quote", 'a,"b" ,d'],
    ["a quoted newline", 'a,"b\nc",d'],
    ["a CR", "a,b,c\r\na,b,c"],
    ["a blank line", "a,b,c\n\na,b,c"],
    ["an empty chunk", ""],
    ["a field too few", "a,b"],
    ["a field too many", "a,b,c,d"],
    ["a byte-order mark", "\uFEFFa,b,c"],
  ])("leaves %s to csv-parse", (_, text) => {
    expect(plain.records(text)).toBeNull();
  });

  it("where the format has a trailing comma, a line without it goes to csv-parse", () => {
    expect(comtrade.records('"C","A","1995"')).toBeNull();
    expect(comtrade.records('"C","A","1995",x')).toBeNull();
  });
});
