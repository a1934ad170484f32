/** Keyboard helpers shared by every screen. */

const isMac =
  typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** The modifier key label to show in hints: "⌘" on a Mac, "Ctrl" elsewhere. */
export const MOD = isMac ? "⌘" : "Ctrl";

/** Ctrl (or Cmd on a Mac) held, without Alt. */
export function hasMod(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey;
}
