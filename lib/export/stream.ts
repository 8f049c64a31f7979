// The connection and stream handling of the streamed exports (lib/export/observations.ts): a connection killed
// mid-export, or a reader that goes away, ends the download promptly and returns the connection (issue 16).
import "server-only";
import Cursor from "pg-cursor";
import type pg from "pg";
import type { ExportLease } from "../db/pool";

/**
 * A web stream of `chunks`; whatever way it ends (finished, failed, cancelled), the lease is returned. On cancel it is
 * returned at once: ending the connection also ends a query still running, which the generator may be waiting on.
 */
export function webStream(chunks: AsyncGenerator<Buffer>, leased?: ExportLease): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { value, done } = await chunks.next();
          if (done) controller.close();
          else controller.enqueue(value);
        } catch (error) {
          leased?.release(error as Error);
          controller.error(error);
        }
      },
      async cancel() {
        leased?.release(new Error("export not read to the end"));
        await chunks.return(undefined);
      },
    },
    { highWaterMark: 4 }, // 64 KiB chunks read ahead while the previous ones are sent
  );
}

/**
 * Resolves once `stream`'s first chunk is ready, so that a failure before any byte (the database went away during
 * the query) is thrown — the route answers 503 JSON — instead of a connection closed without a status line (Next
 * sends the headers with the first chunk). A client gone meanwhile (`signal`) cancels the stream: its connection is
 * returned at once, even while the query runs.
 */
export async function started(stream: ReadableStream<Uint8Array>, signal?: AbortSignal): Promise<ReadableStream<Uint8Array>> {
  const reader = stream.getReader();
  const cancel = () => void reader.cancel(signal?.reason).catch(() => {});
  signal?.addEventListener("abort", cancel, { once: true });
  if (signal?.aborted) cancel();
  let first: ReadableStreamReadResult<Uint8Array>;
  try {
    first = await reader.read();
  } finally {
    signal?.removeEventListener("abort", cancel);
  }
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        if (first.done) controller.close();
        else controller.enqueue(first.value);
      },
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      },
      cancel: (reason) => reader.cancel(reason),
    },
    { highWaterMark: 0 }, // the inner stream reads ahead already
  );
}

/**
 * The rows of a query, 2000 at a time. pg-cursor rather than pg-query-stream: on a connection killed mid-export a
 * cursor read rejects at once, whereas the stream's destroy waits for ever for a ReadyForQuery that never comes.
 */
export async function* cursorRows<Row extends object = Record<string, unknown>>(
  client: pg.PoolClient,
  text: string,
  values: unknown[],
): AsyncGenerator<Row> {
  const cursor = client.query(new Cursor<Row>(text, values));
  let next = cursor.read(2000);
  for (;;) {
    const batch = await next;
    const more = batch.length === 2000; // a short batch is the last one (the server has sent ReadyForQuery)
    if (more) {
      next = cursor.read(2000); // the next batch travels while this one is consumed
      next.catch(() => {}); // awaited above on the next turn; a reader that stops early must not leave it unhandled
    }
    yield* batch;
    if (!more) return;
  }
}
