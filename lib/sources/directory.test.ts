// The /sources list leaves out what is usual (no vintage, no notes, the built citation, an anchor built from the
// location) and gets it back whole.
import { describe, expect, it } from "vitest";
import { sourceAnchor } from "../notes/links";
import { receiveEntry, sendEntry, type DirectoryEntry } from "./directory";

const entry: DirectoryEntry = {
  anchor: "src-a",
  title: "A table",
  publisher: "A statistics office",
  location: "https://example.org/a",
  vintage: null,
  rank: 10,
  observations: 12,
  notes: 0,
  citation: "",
};

describe("sendEntry / receiveEntry", () => {
  it("leaves out the usual values and restores them", () => {
    const sent = sendEntry(entry);
    expect(sent).not.toHaveProperty("vintage");
    expect(sent).not.toHaveProperty("notes");
    expect(sent).not.toHaveProperty("citation");
    expect(receiveEntry(sent)).toEqual(entry);
  });

  it("leaves out the anchor of a source whose key is its location, and rebuilds it", () => {
    const keyed = { ...entry, anchor: sourceAnchor(entry.location) };
    expect(sendEntry(keyed)).not.toHaveProperty("anchor");
    expect(receiveEntry(sendEntry(keyed))).toEqual(keyed);
  });

  it("keeps every value that is not the usual one", () => {
    const full = { ...entry, vintage: "2024 release", notes: 3, citation: "Written by hand." };
    expect(sendEntry(full)).toEqual(full);
    expect(receiveEntry(sendEntry(full))).toEqual(full);
  });
});
