import { afterEach, describe, expect, it, vi } from "vitest";
import { typefaceReady } from "./typeface";

function withFonts(load: () => Promise<unknown>) {
  Object.defineProperty(document, "fonts", { value: { load }, configurable: true });
}

describe("The bundled typeface at start", () => {
  afterEach(() => {
    vi.useRealTimers();
    Reflect.deleteProperty(document, "fonts");
  });

  it("is waited for until it has loaded", async () => {
    let loaded!: () => void;
    const load = vi.fn(() => new Promise<void>((resolve) => (loaded = resolve)));
    withFonts(load);
    let ready = false;
    const waiting = typefaceReady().then(() => (ready = true));
    await Promise.resolve();
    expect(ready).toBe(false);
    expect(load).toHaveBeenCalledWith('1rem "Inter"');
    loaded();
    await waiting;
    expect(ready).toBe(true);
  });

  it("never keeps the first screen waiting long, nor stops it when it fails", async () => {
    vi.useFakeTimers();
    withFonts(() => new Promise(() => {}));
    let ready = false;
    void typefaceReady().then(() => (ready = true));
    await vi.advanceTimersByTimeAsync(299);
    expect(ready).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(ready).toBe(true);

    withFonts(() => Promise.reject(new Error("no such font")));
    await expect(typefaceReady()).resolves.toBeUndefined();
  });
});
