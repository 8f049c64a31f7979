// A workbook is a zip: a 1.3 MB .xlsx inflated to a sheet big enough to push the importer to 1.4 GB (issue 16).
// Before exceljs builds its model, every entry is inflated once as a stream and counted; past the cap the file is
// refused. Counting the bytes really inflated (not the sizes the zip declares) also catches a zip that lies.
import JSZip from "jszip";
import { ImportFileError } from "./types";

/** Far above any workbook the importer reads (the IMF DOTS exports inflate to under 2 MB). */
export const XLSX_MAX_INFLATED_BYTES = 100 * 1024 * 1024;

interface JSZipStream {
  on(event: "data", fn: (chunk: Uint8Array) => void): JSZipStream;
  on(event: "error", fn: (error: Error) => void): JSZipStream;
  on(event: "end", fn: () => void): JSZipStream;
  pause(): JSZipStream;
  resume(): JSZipStream;
}

export async function assertInflatedSizeWithin(file: string, data: Buffer, limit = XLSX_MAX_INFLATED_BYTES): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch (error) {
    throw new ImportFileError(file, 1, 1, `not a readable .xlsx workbook: ${(error as Error).message}`);
  }
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    // JSZip's own stream helper (untyped, but what its async() uses): inflates chunk by chunk, so a bomb never lands
    // in memory whole.
    const stream = (entry as unknown as { internalStream(type: "uint8array"): JSZipStream }).internalStream("uint8array");
    await new Promise<void>((resolve, reject) => {
      stream
        .on("data", (chunk: Uint8Array) => {
          total += chunk.length;
          if (total <= limit) return;
          stream.pause();
          const mb = limit / 1048576;
          reject(
            new ImportFileError(
              file,
              1,
              1,
              `the workbook inflates to more than ${mb} MB (at ${JSON.stringify(entry.name)}): refused as too large`,
            ),
          );
        })
        .on("error", (error: Error) => reject(new ImportFileError(file, 1, 1, `not a readable .xlsx workbook: ${error.message}`)))
        .on("end", () => resolve())
        .resume();
    });
  }
}
