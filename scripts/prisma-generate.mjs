// Prisma 7's CLI tries to download a native schema engine on start; `generate` does not need it,
// so point it at a no-op binary (see README, "Offline Prisma").
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [cli, "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.platform === "win32" ? "cmd /c exit 0" : "/bin/true",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  },
});
process.exit(result.status ?? 1);
