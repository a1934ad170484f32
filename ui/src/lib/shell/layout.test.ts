import { afterEach, describe, expect, it } from "vitest";
import { COMBOS, comboLabel, matches } from "./combos";
import { forgetLayout, noteKey } from "./layout";

/** A key press as the webview reports it: what it types (`key`) and where it is (`code`). */
function press(key: string, code: string, mods: Partial<KeyboardEventInit> = {}): KeyboardEvent {
  return new KeyboardEvent("keydown", { key, code, ...mods });
}

describe("Shortcuts on any keyboard layout", () => {
  afterEach(forgetLayout);

  it("answer the key in the letter's place on a Cyrillic or Greek layout", () => {
    // Ctrl+K on a Russian layout types "л"; on a Greek one, "κ".
    expect(matches(press("л", "KeyK", { ctrlKey: true }), COMBOS.lookup)).toBe(true);
    expect(matches(press("κ", "KeyK", { ctrlKey: true }), COMBOS.lookup)).toBe(true);
    expect(matches(press("т", "KeyN", { ctrlKey: true }), COMBOS.newCustomer)).toBe(true);
    expect(matches(press("Д", "KeyL", { ctrlKey: true, shiftKey: true }), COMBOS.lock)).toBe(true);
    // The same key is not another shortcut's.
    expect(matches(press("л", "KeyK", { ctrlKey: true }), COMBOS.newCustomer)).toBe(false);
    // Without Ctrl it is typing.
    expect(matches(press("л", "KeyK"), COMBOS.lookup)).toBe(false);
  });

  it("go by what a Latin layout's key types, as its labels say (AZERTY)", () => {
    // On AZERTY the key in QWERTY's Q place types "a", and the one in A's place "q".
    expect(matches(press("n", "KeyN", { ctrlKey: true }), COMBOS.newCustomer)).toBe(true);
    expect(matches(press("t", "KeyT", { ctrlKey: true }), COMBOS.today)).toBe(true);
    expect(matches(press("k", "KeyQ", { ctrlKey: true }), COMBOS.lookup)).toBe(true);
    expect(matches(press("q", "KeyK", { ctrlKey: true }), COMBOS.lookup)).toBe(false);
  });

  it("are named with the letter this layout types, once a key has shown it", () => {
    expect(comboLabel(COMBOS.lookup)).toBe("Ctrl+K");
    noteKey(press("л", "KeyK"));
    noteKey(press("д", "KeyL"));
    expect(comboLabel(COMBOS.lookup)).toBe("Ctrl+K (Л)");
    expect(comboLabel(COMBOS.lock)).toBe("Ctrl+Shift+L (Д)");
    // Keys that are not letters, and Latin layouts, are named as before.
    expect(comboLabel(COMBOS.close)).toBe("Esc");
    noteKey(press("z", "KeyY"));
    expect(comboLabel({ mod: true, key: "y" })).toBe("Ctrl+Y");
  });
});
