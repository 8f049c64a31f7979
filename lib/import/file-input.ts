// One read of an import file: every byte is read from disk once, and on its way to the parser it is hashed (the
// ImportRun's SHA-256 is of exactly the bytes imported) and, for text formats, checked for invalid UTF-8 and NUL bytes.
// Parsers may open the file several times (a probe of the first bytes, a header read apart): the first MiB is kept
// and replayed, so those re-reads come from the same read too. A file whose size or mtime changes while it is read
// is refused (issue 16: a row appended mid-import was imported under the checksum of the file's earlier state).
import { createHash, type Hash } from "node:crypto";
import { open, type FileHandle } from "node:fs/promises";
import { Readable } from "node:stream";
import { ImportFileError, type ParserInput } from "./types";
import { Utf8Checker } from "./utf8";

/** Bytes kept from the start of the file for parsers that re-open it (probes, headers read apart). */
const REPLAY_BYTES = 1 << 20;
/**
 * Bytes per read. Each read is a turn of the event loop, where the database's replies are handled: with 1 MiB reads
 * the parser ran through ~3,000 rows without one, and the next statement of the batch in flight waited for it
 * (the connection sat idle a third of the time; docs/benchmarks.md, Import).
 */
const CHUNK = 1 << 16;
/** What format detection looks at. */
export const HEAD_BYTES = 65536;

export class FileRead {
  private readonly hash: Hash = createHash("sha256");
  private checker: Utf8Checker | null = null;
  private readonly kept: Buffer[] = [];
  private keptBytes = 0;
  /** Bytes read from disk (and hashed) so far. */
  private offset = 0;
  private eof = false;
  private reading: Promise<Buffer | null> | null = null;

  private constructor(
    readonly file: string,
    private readonly handle: FileHandle,
    readonly size: number,
    private readonly mtimeMs: number,
    private readonly onProgress?: (bytesRead: number, totalBytes: number) => void,
  ) {}

  static async open(file: string, onProgress?: (bytesRead: number, totalBytes: number) => void): Promise<FileRead> {
    let handle: FileHandle | undefined;
    try {
      handle = await open(file, "r");
      const info = await handle.stat();
      if (!info.isFile()) throw new Error("not a regular file");
      return new FileRead(file, handle, info.size, info.mtimeMs, onProgress);
    } catch (error) {
      await handle?.close();
      throw new ImportFileError(file, 1, 1, `cannot read: ${(error as Error).message}`);
    }
  }

  /** The first bytes, for format detection (read through the same single read). */
  async head(): Promise<Buffer> {
    while (!this.eof && this.keptBytes < HEAD_BYTES) await this.readChunk();
    const all = Buffer.concat(this.kept);
    return all.subarray(0, Math.min(HEAD_BYTES, all.length));
  }

  /** Text formats: from here on every byte must be valid UTF-8 without NUL (checked before a parser sees it). */
  checkText(): void {
    if (this.offset !== this.keptBytes) throw new Error("checkText() must be called before the parser reads");
    this.checker = new Utf8Checker(true);
    for (const chunk of this.kept) this.check(chunk);
  }

  /** What the parser reads: each open() starts at byte 0. */
  input(): ParserInput {
    return { file: this.file, open: () => this.stream() };
  }

  /**
   * After parsing: reads what the parser left (so the checksum covers the whole file) and refuses the file if it
   * changed while it was read. Returns the checksum and size of the bytes imported.
   */
  async finish(): Promise<{ checksum: string; bytes: number }> {
    while (!this.eof) await this.readChunk();
    const end = this.checker?.end();
    if (end) throw this.textError(end);
    const now = await this.handle.stat();
    if (now.size !== this.size || now.mtimeMs !== this.mtimeMs || this.offset !== this.size) {
      throw new ImportFileError(
        this.file,
        1,
        1,
        `the file changed while it was being imported (${this.size} bytes when opened, ${now.size} now): import it again once it is complete`,
      );
    }
    return { checksum: this.hash.digest("hex"), bytes: this.offset };
  }

  async close(): Promise<void> {
    await this.handle.close().catch(() => {});
  }

  private stream(): Readable {
    let position = 0;
    const stream = new Readable({
      highWaterMark: CHUNK,
      read: () => {
        const replay = this.replay(position);
        if (replay) {
          position += replay.length;
          stream.push(replay);
        } else if (position !== this.offset) {
          stream.destroy(new Error(`a parser re-read the file beyond its first ${REPLAY_BYTES} bytes (one full read only)`));
        } else {
          this.readChunk().then(
            (chunk) => {
              if (chunk) position += chunk.length;
              stream.push(chunk);
            },
            (error: unknown) => stream.destroy(error as Error),
          );
        }
      },
    });
    return stream;
  }

  private replay(position: number): Buffer | null {
    let start = 0;
    for (const chunk of this.kept) {
      if (position < start + chunk.length) return chunk.subarray(position - start);
      start += chunk.length;
    }
    return null;
  }

  /** Reads the next chunk from disk, hashes and checks it; null at the end of the file. */
  private readChunk(): Promise<Buffer | null> {
    this.reading ??= (async () => {
      if (this.eof) return null;
      const buf = Buffer.allocUnsafe(CHUNK);
      const { bytesRead } = await this.handle.read(buf, 0, CHUNK, this.offset);
      if (bytesRead === 0) {
        this.eof = true;
        return null;
      }
      const chunk = buf.subarray(0, bytesRead);
      this.hash.update(chunk);
      this.offset += bytesRead;
      if (this.keptBytes < REPLAY_BYTES) {
        this.kept.push(chunk);
        this.keptBytes += bytesRead;
      }
      this.onProgress?.(this.offset, this.size);
      this.check(chunk);
      return chunk;
    })().finally(() => (this.reading = null));
    return this.reading;
  }

  private check(chunk: Buffer): void {
    const problem = this.checker?.push(chunk);
    if (problem) throw this.textError(problem);
  }

  private textError(p: { line: number; column: number; problem: "utf8" | "nul" }): ImportFileError {
    return new ImportFileError(
      this.file,
      p.line,
      p.column,
      p.problem === "nul"
        ? "NUL byte (0x00) in a text file: no text field may contain it (is this a binary or UTF-16 file?)"
        : "invalid UTF-8 byte sequence (is the file Latin-1 / Windows-1252? save it as UTF-8)",
    );
  }
}
