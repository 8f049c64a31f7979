// Finds the first byte sequence that is not valid UTF-8 (e.g. a Latin-1 "é" = 0xE9) and where it is in the file,
// so the importer can say `file:line:column` instead of loading mojibake.

export interface Utf8Position {
  line: number;
  column: number;
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

  push(chunk: Uint8Array): Utf8Position | null {
    if (this.error) return this.error;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (this.pending > 0) {
        if (b < this.minNext || b > this.maxNext) return (this.error = { line: this.seqStartLine, column: this.seqStartColumn });
        this.minNext = 0x80;
        this.maxNext = 0xbf;
        if (--this.pending === 0) this.column++;
        continue;
      }
      if (b < 0x80) {
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
      } else return (this.error = { line: this.line, column: this.column });
    }
    return null;
  }

  /** Call at end of input: a truncated multi-byte sequence is an error too. */
  end(): Utf8Position | null {
    if (!this.error && this.pending > 0) this.error = { line: this.seqStartLine, column: this.seqStartColumn };
    return this.error;
  }
}
