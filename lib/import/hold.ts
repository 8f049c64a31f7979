// Fault-injection points for the SIGKILL tests (lib/import/kill.int.test.ts): with MONITOR_IMPORT_HOLD=<stage> the
// importer announces the stage on stderr and stops there, its transaction open, until it is killed. Unset, nothing.
export type HoldStage = "staging" | "merging" | "commit";

let held = false;

export async function holdPoint(stage: HoldStage): Promise<void> {
  if (held || process.env.MONITOR_IMPORT_HOLD !== stage) return;
  held = true;
  process.stderr.write(`import: holding at ${stage}\n`);
  await new Promise<never>(() => setInterval(() => {}, 1 << 30));
}
