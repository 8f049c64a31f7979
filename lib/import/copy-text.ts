// COPY text collected in a Buffer as each line arrives: 20,000 strings kept until their batch is sent would outlive the
// young generation and be promoted, and the old generation (the RSS) would grow with the file. Two buffers per
// stream: one filling, one being sent.
export class CopyText {
  private buffer: Buffer;
  /** The buffer of the batch before, back once its COPY has finished. */
  private spare: Buffer | null = null;
  private used = 0;
  rows = 0;

  constructor(size = 4 << 20) {
    this.buffer = Buffer.allocUnsafe(size);
  }

  write(line: string): void {
    if (this.used + line.length * 3 > this.buffer.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.used + line.length * 3));
      this.buffer.copy(bigger, 0, 0, this.used);
      this.buffer = bigger;
    }
    this.used += this.buffer.write(line, this.used);
    this.rows++;
  }

  /** The lines written so far (none are left); `release()` once they are sent gives their buffer back. */
  take(): { text: Buffer; rows: number; release: () => void } {
    const sent = this.buffer;
    const taken = { text: sent.subarray(0, this.used), rows: this.rows, release: () => void (this.spare = sent) };
    this.buffer = this.spare && this.spare.length >= sent.length ? this.spare : Buffer.allocUnsafe(sent.length);
    this.spare = null;
    this.used = 0;
    this.rows = 0;
    return taken;
  }
}
