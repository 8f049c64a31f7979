import { afterEach, describe, expect, it } from "vitest";
import { checkPostgresUrl, databaseUrl, webDatabaseUrl } from "./env";

const saved = { ...process.env };
afterEach(() => {
  for (const k of ["DATABASE_URL", "WEB_DATABASE_URL"]) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

describe("checkPostgresUrl", () => {
  it("takes postgresql:// and postgres:// URLs, a socket folder as ?host=", () => {
    for (const url of [
      "postgresql://postgres@127.0.0.1:5432/monitor",
      "postgres://user:p%40ss@db.example:6543/x?sslmode=require",
      "postgresql:///monitor?host=/var/run/postgresql",
    ]) {
      expect(checkPostgresUrl("DATABASE_URL", url)).toBe(url);
    }
  });

  it.each([
    ["not-a-url", /^DATABASE_URL is not a valid URL; expected postgresql:\/\//],
    ["postgresql://db:99999/monitor", /^DATABASE_URL is not a valid URL/],
    ["mysql://root:s3cret-pw@db/monitor", /^DATABASE_URL must be a postgresql:\/\/ URL \(it starts with "mysql:"\)/],
    ["localhost:5432/monitor", /^DATABASE_URL must be a postgresql:\/\/ URL \(it starts with "localhost:"\)/],
    ["postgresql:monitor", /^DATABASE_URL names no host/],
  ])("refuses %s with a message naming the variable, without echoing the value", (value, message) => {
    const error = (() => {
      try {
        checkPostgresUrl("DATABASE_URL", value);
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error?.message).toMatch(message);
    expect(error?.message).not.toContain("s3cret-pw");
  });
});

describe("databaseUrl / webDatabaseUrl", () => {
  it("check the variable they read", () => {
    process.env.DATABASE_URL = "not-a-url";
    expect(() => databaseUrl()).toThrow(/^DATABASE_URL is not a valid URL/);
    process.env.WEB_DATABASE_URL = "mysql://x@y/z";
    expect(() => webDatabaseUrl()).toThrow(/^WEB_DATABASE_URL must be a postgresql:\/\/ URL/);
  });
});
