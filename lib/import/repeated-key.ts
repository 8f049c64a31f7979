// A key given twice among the observations that skipped the merge (batch-writer.ts) breaks the unique index of
// "Observation": the transaction is lost, and the pipeline runs the import again "checked", every row through the
// merge, which refuses the file naming both lines.

/** The unique index of an observation's key (series, period, source, vintage). */
const OBSERVATION_KEY = "Observation_seriesId_period_sourceId_vintage_key";

/**
 * A key given twice among the observations that skipped the merge: the transaction is lost, and the import is run
 * again checked (every row through MERGE_SQL), which refuses the file naming both lines.
 */
export class RepeatedKey extends Error {
  constructor(readonly file: string) {
    super(`${file}: a key is given twice; importing again to find its lines`);
  }
}

/** `work`, with a unique violation of the observation key turned into a RepeatedKey of `file`. */
export async function unlessRepeated<T>(file: string, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    const e = error as { code?: string; constraint?: string };
    if (e.code === "23505" && e.constraint === OBSERVATION_KEY) throw new RepeatedKey(file);
    throw error;
  }
}
