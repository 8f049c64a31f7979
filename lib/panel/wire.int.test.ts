// The packed payload of a page's inline panel (lib/panel/wire.ts) unpacks to exactly the payload the server loaded,
// for every series panel of the site on the seeded data, and is smaller.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SERIES_PANELS, type SeriesPanelId } from "../pages/panels";
import { createTestDatabase, type TestDatabase } from "../testing/db";
import { packPanelPayload, unpackPanelPayload } from "./wire";

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  process.env.MONITOR_CACHE = "off";
});

afterAll(async () => {
  const { db: client } = await import("../db/client");
  await client().$disconnect();
  await db.drop();
});

describe("packed panel payload", () => {
  it.each(Object.keys(SERIES_PANELS) as SeriesPanelId[])("%s: round-trips exactly, in fewer bytes", async (id) => {
    const { loadSeriesPanel } = await import("./load-series");
    const payload = await loadSeriesPanel(SERIES_PANELS[id]);
    expect(Object.values(payload.points).flat().length).toBeGreaterThan(0);
    // Through JSON, as the page sends it: an undefined field is not a "" one.
    const sent = JSON.stringify(packPanelPayload(payload));
    expect(unpackPanelPayload(JSON.parse(sent))).toEqual(JSON.parse(JSON.stringify(payload)));
    expect(sent.length).toBeLessThan(JSON.stringify(payload).length);
  });
});
