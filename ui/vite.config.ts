/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { svelteTesting } from "@testing-library/svelte/vite";

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
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
    setupFiles: ["src/test/setup.ts"],
    // The palette test reads theme.css as text (`?raw`); other CSS stays out of the tests.
    css: { include: [/theme\.css/] },
  },
});
