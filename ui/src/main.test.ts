import { describe, expect, it } from "vitest";
import source from "./main.ts?raw";

describe("main.ts", () => {
  // The screens loaded later import from the start script that holds main.ts (vite.config.ts, `manualChunks`): a
  // screen imported while main.ts still waited at a top-level `await` never loaded (a blank brief after a call link).
  it("waits for nothing at its top level", () => {
    expect(source).toContain("mount(App");
    expect(source).not.toMatch(/^(?:export\s+default\s+|(?:const|let)\s+\w+\s*=\s*)?await\b/m);
  });
});
