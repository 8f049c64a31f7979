// Produces migration SQL from prisma/schema.prisma with Prisma's own schema engine compiled to wasm
// (@prisma/schema-engine-wasm), because the CLI's native engine cannot be downloaded offline.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { pathToFileURL } from "node:url";

type DiffTarget = { tag: "empty" } | { tag: "schemaDatamodel"; files: { path: string; content: string }[] };

interface WasmSchemaEngine {
  diff(params: {
    from: DiffTarget;
    to: DiffTarget;
    script: boolean;
    exitCode: boolean | null;
    filters: { externalTables: string[]; externalEnums: string[] };
  }): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
}

async function loadEngine(schemaPath: string, schema: string, connectionString: string): Promise<WasmSchemaEngine> {
  const require = createRequire(import.meta.url);
  // The package's own entry imports the .wasm as an ES module, which Node 20 cannot do: instantiate by hand.
  const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const pkgDir = path.dirname(bgPath);
  const bg = await import(pathToFileURL(bgPath).href);
  const bytes = await readFile(path.join(pkgDir, "schema_engine_bg.wasm"));
  const g = globalThis as unknown as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(m: string): void } };
  let panic = "";
  g.PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message: (m: string) => {
      panic = m;
    },
  };
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  // The engine opens a connection on start (it asks the server's version) although a diff from empty runs no SQL.
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString }));
  try {
    return (await bg.SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, () => {}, adapter)) as WasmSchemaEngine;
  } catch (error) {
    throw new Error(`schema engine failed to start: ${panic || String(error)}`);
  }
}

/** SQL that creates the whole schema from an empty database (any reachable PostgreSQL is needed to start the engine). */
export async function sqlFromEmpty(schemaPath: string, connectionString: string): Promise<string> {
  const content = await readFile(schemaPath, "utf8");
  const engine = await loadEngine(schemaPath, content, connectionString);
  try {
    const result = await engine.diff({
      from: { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.stdout ?? "";
  } finally {
    engine.free();
  }
}
