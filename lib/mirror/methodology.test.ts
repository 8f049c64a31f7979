// The mirror's methodology section gets what it shows of each note, and nothing else: no original text (it opens on
// demand), a link only where the source's location is a web address.
import { describe, expect, it } from "vitest";
import type { NoteRow } from "../notes/queries";
import { methodologyItems } from "./methodology";

const row: NoteRow = {
  ref: "N16",
  key: "methodology:cif-fob",
  kind: "methodology",
  yearFrom: null,
  yearTo: null,
  periodLabel: null,
  quotedValue: "factor 1.06",
  domains: ["trade"],
  seriesCodes: [],
  title: "Импорт учитывается в ценах СИФ",
  titleLang: "ru",
  body: "Страна-импортёр учитывает товары…",
  bodyLang: "ru",
  original: { language: "en", title: "Imports are valued CIF", body: "The importing country records…", translatedBy: "project" },
  source: {
    key: "datapack:README",
    publisher: "Data pack",
    title: "README",
    location: "prisma/seed-data/README.md",
    citation: "Data pack. README.",
  },
};

describe("methodologyItems", () => {
  it("keeps what the section shows: the original's title but not its text, the citation, no link to a file path", () => {
    expect(methodologyItems([row])).toEqual([
      {
        ref: "N16",
        id: "methodology-cif-fob",
        title: row.title,
        titleLang: "ru",
        original: { language: "en", title: "Imports are valued CIF" },
        body: row.body,
        bodyLang: "ru",
        source: { citation: "Data pack. README." },
      },
    ]);
  });

  it("links a web source and keeps a period label; a note as written has no original", () => {
    const [item] = methodologyItems([
      { ...row, original: null, periodLabel: "2021 (or 2020)", source: { ...row.source!, location: "https://example.org/a" } },
    ]);
    expect(item).toMatchObject({
      periodLabel: "2021 (or 2020)",
      source: { citation: "Data pack. README.", link: "https://example.org/a" },
    });
    expect(item).not.toHaveProperty("original");
  });
});
