// Two projects, run separately by scripts/test.ts (`npm test`):
//   unit        *.test.ts but not *.int.test.ts — pure functions, no database, files in parallel;
//   integration *.int.test.ts — real PostgreSQL. scripts/test.ts sets ADMIN_DATABASE_URL,
//               TEST_TEMPLATE_DATABASE (migrated + seeded) and TEST_EMPTY_TEMPLATE_DATABASE (migrated only);
//               each test copies a template with lib/testing/db.ts's createTestDatabase(). Files run one at a
//               time: they share one server on a 2-core machine, and CREATE DATABASE … TEMPLATE refuses while
//               another session is connected to the template.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));
const exclude = ["**/node_modules/**", "**/.next/**", "e2e/**", "**/.data/**", "**/dist/**", "**/lib/generated/**"];

export default defineConfig({
  resolve: {
    // Modules that reach the database are marked `import "server-only"` (it throws outside React's server
    // environment, so a client component can never bundle them); tests run in that environment's place.
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      { find: /^server-only$/, replacement: `${root}/node_modules/server-only/empty.js` },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["**/*.test.ts"],
          exclude: [...exclude, "**/*.int.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["**/*.int.test.ts"],
          exclude,
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
