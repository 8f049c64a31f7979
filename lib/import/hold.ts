// Fault-injection points for the importer's tests (kill.int.test.ts, malformed.int.test.ts): with
// MONITOR_IMPORT_HOLD=<stage> the importer announces the stage on stderr and stops there, its transaction open, until
// it is killed or sent SIGUSR2 (then it goes on). Unset, nothing happens.
export type HoldStage = "staging" | "merging" | "commit";

let held = false;

export async function holdPoint(stage: HoldStage): Promise<void> {
  if (held || process.env.MONITOR_IMPORT_HOLD !== stage) return;
  held = true;
  const keepAlive = setInterval(() => {}, 1 << 30);
  const resumed = new Promise<void>((resolve) => process.once("SIGUSR2", () => resolve()));
  process.stderr.write(`import: holding at ${stage}\n`);
  await resumed;
  clearInterval(keepAlive);
}
