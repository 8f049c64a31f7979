// The native fast path of Utf8Checker must report exactly the positions of the byte-by-byte walk.
import { describe, expect, it } from "vitest";
import { Utf8Checker } from "./utf8";

function check(bytes: Buffer, chunk: number, rejectNul = false) {
  const c = new Utf8Checker(rejectNul);
  for (let i = 0; i < bytes.length; i += chunk) c.push(bytes.subarray(i, i + chunk));
  return c.end();
}

describe("Utf8Checker", () => {
  const good = Buffer.from("line one\nzwei: äöü\n三行目 €\n𝄞 clef\nend", "utf8");
  it("accepts valid UTF-8 split anywhere", () => {
    for (let size = 1; size <= good.length; size++) expect(check(good, size)).toBeNull();
  });

  it.each([
    ["Latin-1 é", Buffer.concat([Buffer.from("ab\ncd"), Buffer.from([0xe9]), Buffer.from("f\n")]), { line: 2, column: 3, problem: "utf8" }],
    ["after multi-byte characters", Buffer.concat([Buffer.from("x\näö€"), Buffer.from([0xff])]), { line: 2, column: 4, problem: "utf8" }],
    [
      "truncated sequence at the end",
      Buffer.concat([Buffer.from("ok\n€"), Buffer.from([0xe2, 0x82])]),
      { line: 2, column: 2, problem: "utf8" },
    ],
    ["overlong encoding", Buffer.concat([Buffer.from("a"), Buffer.from([0xc0, 0xaf])]), { line: 1, column: 2, problem: "utf8" }],
    ["surrogate", Buffer.concat([Buffer.from("\n\n"), Buffer.from([0xed, 0xa0, 0x80])]), { line: 3, column: 1, problem: "utf8" }],
  ])("%s: same position at every chunk size", (_, bytes, position) => {
    for (let size = 1; size <= bytes.length; size++) expect(check(bytes, size)).toEqual(position);
  });

  it("finds a NUL byte only when asked to, at the same position at every chunk size", () => {
    const bytes = Buffer.from("id,title\n1,Iron\u0000steel\n", "utf8");
    for (let size = 1; size <= bytes.length; size++) {
      expect(check(bytes, size)).toBeNull();
      expect(check(bytes, size, true)).toEqual({ line: 2, column: 7, problem: "nul" });
    }
  });
});
