// `npm start` skips the seed when the data pack is byte for byte what was last seeded (one query over "ImportRun").
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/db";
import { seedChecksums, seedIsCurrent } from "./seed-state";

let seeded: TestDatabase;
let empty: TestDatabase;
beforeAll(async () => {
  [seeded, empty] = await Promise.all([createTestDatabase(), createTestDatabase({ empty: true })]);
});
afterAll(async () => {
  await Promise.all([seeded?.drop(), empty?.drop()]);
});

it("is current on a seeded database, and not on an empty one or when a file's checksum differs", async () => {
  const files = await seedChecksums();
  expect(files.length).toBeGreaterThan(10);
  expect(await seedIsCurrent(seeded.url, files)).toBe(true);
  expect(await seedIsCurrent(empty.url, files)).toBe(false);
  const changed = files.map((f, i) => (i === 0 ? { ...f, checksum: "0".repeat(64) } : f));
  expect(await seedIsCurrent(seeded.url, changed)).toBe(false);
});
