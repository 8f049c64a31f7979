// Which errors are an outage (503) and which are a bug (500), including the shapes Prisma 7 and its pg adapter throw.
import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./http";

function prismaRawQueryError(kind: string, extra: Record<string, unknown> = {}) {
  const driverAdapterError = Object.assign(new Error(kind), { name: "DriverAdapterError", cause: { kind, ...extra } });
  return Object.assign(new Error("Invalid `prisma.$queryRaw()` invocation:\n\nRaw query failed. Code: `N/A`."), {
    name: "PrismaClientKnownRequestError",
    code: "P2010",
    meta: { driverAdapterError },
  });
}

describe("isDatabaseUnavailable", () => {
  it.each([
    [
      "refused connection wrapped by Prisma (P2010 → DatabaseNotReachable)",
      prismaRawQueryError("DatabaseNotReachable", { host: "127.0.0.1", port: 5432 }),
    ],
    ["closed connection", prismaRawQueryError("ConnectionClosed")],
    [
      "server shutting down (57P01)",
      prismaRawQueryError("postgres", { code: "57P01", message: "terminating connection due to administrator command" }),
    ],
    ["pool exhausted (P2024)", Object.assign(new Error("Timed out fetching a new connection"), { code: "P2024" })],
    ["pg socket error", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })],
    ["pg pool connect timeout", new Error("timeout exceeded when trying to connect")],
    ["nested cause", new Error("export failed", { cause: Object.assign(new Error("x"), { code: "ECONNRESET" }) })],
  ])("%s → unavailable", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a SQL error through the adapter", prismaRawQueryError("postgres", { code: "42601", message: 'syntax error at or near "x"' })],
    ["invalid input through the adapter", prismaRawQueryError("InvalidInputValue", { message: "invalid input syntax for type integer" })],
    ["a plain bug", new TypeError("cannot read properties of undefined")],
    ["not an error", "oops"],
  ])("%s → not an outage", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
