/**
 * What the keyboard-shortcut sheet lists: the shortcuts that work everywhere
 * (from the global handler itself) and each screen's own keys, all named
 * from `COMBOS`, the combinations the handlers match.
 */
import { COMBOS, type Combo } from "../shell/combos";
import { GLOBAL_SHORTCUTS } from "../shell/shortcuts";

export interface ShortcutLine {
  /** One or more combinations that do the same thing (e.g. ↑ and ↓). */
  keys: readonly Combo[];
  does: string;
}

export interface ShortcutGroup {
  title: string;
  lines: readonly ShortcutLine[];
}

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    title: "Anywhere",
    lines: [
      ...GLOBAL_SHORTCUTS.map((s) => ({ keys: [s.combo], does: s.does })),
      { keys: [COMBOS.next, COMBOS.previous], does: "Move to the next (or previous) button or field" },
    ],
  },
  {
    title: "Lookup",
    lines: [
      { keys: [COMBOS.up, COMBOS.down], does: "Choose a customer in the list" },
      { keys: [COMBOS.open], does: "Open their page" },
      { keys: [COMBOS.openBrief], does: "Open their brief, to read before calling" },
      { keys: [COMBOS.close], does: "Clear the box" },
    ],
  },
  {
    title: "Who’s calling?",
    lines: [
      { keys: [COMBOS.up, COMBOS.down], does: "Choose among customers with that number" },
      { keys: [COMBOS.open], does: "Look the number up, or open the chosen brief" },
      { keys: [COMBOS.close], does: "Clear the box" },
    ],
  },
  {
    title: "A customer’s page",
    lines: [
      { keys: [COMBOS.log], does: "Log a conversation" },
      { keys: [COMBOS.close], does: "Back to Lookup" },
    ],
  },
  {
    title: "The brief",
    lines: [
      { keys: [COMBOS.log], does: "After the call: note how it went" },
      { keys: [COMBOS.close], does: "Back to where you were" },
    ],
  },
  {
    title: "Forms",
    lines: [
      { keys: [COMBOS.save], does: "Save" },
      { keys: [COMBOS.saveCustomer], does: "Save a customer’s details" },
      { keys: [COMBOS.close], does: "Cancel" },
    ],
  },
  {
    title: "Dialogs like this one",
    lines: [{ keys: [COMBOS.close], does: "Close without changing anything" }],
  },
];
