import { describe, expect, it } from "vitest";
import { packNotes, unpackNotes, type BrowsedNote } from "./wire";

const source = { key: "un:imts-2010", publisher: "UNSD", title: "IMTS 2010", location: "M52" };
const notes: BrowsedNote[] = [
  {
    ref: "N22",
    kind: "methodology",
    title: "Страна-партнёр",
    titleLang: "ru",
    original: { language: "en", title: "Partner attribution" },
    quotedValue: null,
    yearFrom: null,
    yearTo: null,
    periodLabel: null,
    body: "Текст",
    bodyLang: "ru",
    source,
    domains: ["trade"],
  },
  {
    ref: "N3",
    kind: "discrepancy_statement",
    title: "Difference",
    titleLang: "en",
    quotedValue: "5.7 bn USD",
    yearFrom: 2021,
    yearTo: 2021,
    periodLabel: "2021",
    body: "Body",
    bodyLang: "en",
    source,
    domains: [],
  },
  {
    ref: "N40",
    kind: "caveat",
    title: "No source",
    titleLang: "en",
    quotedValue: null,
    yearFrom: 2020,
    yearTo: null,
    periodLabel: null,
    body: "Body",
    bodyLang: "en",
    source: null,
    domains: ["investment", "debt"],
  },
];

describe("packed notes", () => {
  it("round-trip through JSON to the same notes, each source written once and shared", () => {
    const sent = JSON.stringify(packNotes(notes));
    const back = unpackNotes(JSON.parse(sent));
    expect(back).toStrictEqual(notes);
    expect(back[0]?.source).toBe(back[1]?.source);
    expect(sent.split('"IMTS 2010"').length - 1).toBe(1);
    expect(sent.length).toBeLessThan(JSON.stringify(notes).length);
  });
});
