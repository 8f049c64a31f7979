// Finds the first byte sequence that is not valid UTF-8 (e.g. a Latin-1 "é" = 0xE9), or a NUL byte (PostgreSQL's text
// cannot hold one), and where it is in the file, so the importer can say `file:line:column` instead of loading mojibake.

import { isUtf8 } from "node:buffer";

export interface Utf8Position {
  line: number;
  column: number;
  /** What was found there: an invalid UTF-8 sequence, or a NUL byte (only with `rejectNul`). */
  problem: "utf8" | "nul";
}

/** Streaming validator: feed chunks in order; returns the position of the first invalid sequence, or null. */
export class Utf8Checker {
  private line = 1;
  private column = 1;
  private pending = 0; // continuation bytes still expected
  private seqStartLine = 1;
  private seqStartColumn = 1;
  private minNext = 0x80;
  private maxNext = 0xbf;
  error: Utf8Position | null = null;

  constructor(private readonly rejectNul = false) {}

  push(chunk: Uint8Array): Utf8Position | null {
    if (this.error) return this.error;
    if (this.pending === 0) {
      // Fast path (native): a valid chunk only moves the line/column counters; an invalid one is walked byte by byte
      // below from the same state, so positions are exactly those of the byte-by-byte walk.
      const cut = completePrefixLength(chunk);
      const head = chunk.subarray(0, cut);
      if (isUtf8(head) && !(this.rejectNul && head.indexOf(0) !== -1)) {
        let newlines = 0;
        let last = -1;
        for (let i = indexOfByte(head, 0x0a, 0); i !== -1; i = indexOfByte(head, 0x0a, i + 1)) {
          newlines++;
          last = i;
        }
        if (last === -1) this.column += charCount(head, 0);
        else {
          this.line += newlines;
          this.column = 1 + charCount(head, last + 1);
        }
        return cut === chunk.length ? null : this.walk(chunk.subarray(cut));
      }
    }
    return this.walk(chunk);
  }

  private walk(chunk: Uint8Array): Utf8Position | null {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (this.pending > 0) {
        if (b < this.minNext || b > this.maxNext)
          return (this.error = { line: this.seqStartLine, column: this.seqStartColumn, problem: "utf8" });
        this.minNext = 0x80;
        this.maxNext = 0xbf;
        if (--this.pending === 0) this.column++;
        continue;
      }
      if (b < 0x80) {
        if (b === 0 && this.rejectNul) return (this.error = { line: this.line, column: this.column, problem: "nul" });
        if (b === 0x0a) {
          this.line++;
          this.column = 1;
        } else {
          this.column++;
        }
        continue;
      }
      this.seqStartLine = this.line;
      this.seqStartColumn = this.column;
      if (b >= 0xc2 && b <= 0xdf) this.pending = 1;
      else if (b >= 0xe0 && b <= 0xef) {
        this.pending = 2;
        if (b === 0xe0) this.minNext = 0xa0;
        if (b === 0xed) this.maxNext = 0x9f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        this.pending = 3;
        if (b === 0xf0) this.minNext = 0x90;
        if (b === 0xf4) this.maxNext = 0x8f;
      } else return (this.error = { line: this.line, column: this.column, problem: "utf8" });
    }
    return null;
  }

  /** Call at end of input: a truncated multi-byte sequence is an error too. */
  end(): Utf8Position | null {
    if (!this.error && this.pending > 0) this.error = { line: this.seqStartLine, column: this.seqStartColumn, problem: "utf8" };
    return this.error;
  }
}

function indexOfByte(bytes: Uint8Array, byte: number, from: number): number {
  return bytes.indexOf(byte, from);
}

/** Characters in valid UTF-8 from `from`: every byte that is not a continuation byte (10xxxxxx). */
function charCount(bytes: Uint8Array, from: number): number {
  let n = 0;
  for (let i = from; i < bytes.length; i++) if ((bytes[i]! & 0xc0) !== 0x80) n++;
  return n;
}

/** Length of `chunk` without a multi-byte sequence cut off at its end (that one is completed by the next chunk). */
function completePrefixLength(chunk: Uint8Array): number {
  const n = chunk.length;
  for (let back = 1; back <= Math.min(4, n); back++) {
    const b = chunk[n - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? n - back : n;
  }
  return n;
}
