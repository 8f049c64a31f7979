import { describe, expect, it } from "vitest";
import { webRoleName } from "./roles";

describe("webRoleName", () => {
  it("is <database>_web while that fits in 63 bytes", () => {
    expect(webRoleName("monitor")).toBe("monitor_web");
    const fits = "d".repeat(59);
    expect(webRoleName(fits)).toBe(`${fits}_web`);
  });

  it("cuts longer names to 63 bytes, keeping two names with a common prefix apart", () => {
    const one = webRoleName(`${"d".repeat(60)}_one`);
    const two = webRoleName(`${"d".repeat(60)}_two`);
    expect(Buffer.byteLength(one)).toBe(63);
    expect(one).toMatch(/^d+_[0-9a-f]{8}_web$/);
    expect(one).not.toBe(two);
  });

  it("never splits a multi-byte character", () => {
    const role = webRoleName("ü".repeat(31)); // 62 bytes
    expect(Buffer.byteLength(role)).toBeLessThanOrEqual(63);
    expect(role).toMatch(/^ü+_[0-9a-f]{8}_web$/);
    expect(Buffer.from(role).toString("utf8")).toBe(role);
  });
});
