/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { svelteTesting } from "@testing-library/svelte/vite";

/** The modules the entries import, directly or not, without a dynamic `import()` on the way. */
function staticallyImported(entries: string[], importsOf: (id: string) => readonly string[]): Set<string> {
  const found = new Set<string>();
  const todo = [...entries];
  for (let next = todo.pop(); next !== undefined; next = todo.pop()) {
    if (found.has(next)) continue;
    found.add(next);
    todo.push(...importsOf(next));
  }
  return found;
}

/** The entry's static imports, found the first time `manualChunks` asks (one build per `vite build`). */
let startGraph: Set<string> | undefined;

// Built into ui/dist, which the Tauri shell embeds (build.frontendDist).
// The dev server port matches the usual Tauri devUrl (http://localhost:1420).
export default defineConfig({
  plugins: [svelte(), svelteTesting()],
  clearScreen: false,
  server: {
    port: 1420,
    strictPort: true,
    // The words' catalogues sit beside ui/, at the repository's root (shared with the Rust side).
    fs: { allow: [".", "../locales"] },
  },
  envPrefix: ["VITE_", "TAURI_ENV_"],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: ["es2022", "chrome105", "safari16"],
    // Keep every asset a real file: a strict CSP forbids inline data for scripts and styles.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        // Everything the first screen needs in one script, the rest per screen as before: 26 small chunks
        // fetched one by one cost a cold start about 5 ms (BENCHMARKS.md, "Three builds side by side").
        manualChunks(id, { getModuleInfo, getModuleIds }) {
          startGraph ??= staticallyImported(
            [...getModuleIds()].filter((m) => getModuleInfo(m)?.isEntry),
            (m) => getModuleInfo(m)?.importedIds ?? [],
          );
          return startGraph.has(id) ? "index" : undefined;
        },
      },
    },
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
    setupFiles: ["src/test/setup.ts"],
    // The palette test reads theme.css as text (`?raw`); other CSS stays out of the tests.
    css: { include: [/theme\.css/] },
  },
});
