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
  /** The message id (`locales/<language>/help.ftl` or `shell.ftl`) saying what they do. */
  does: string;
}

export interface ShortcutGroup {
  /** The message id of the group's heading. */
  title: string;
  lines: readonly ShortcutLine[];
}

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    title: "group-anywhere",
    lines: [
      ...GLOBAL_SHORTCUTS.map((s) => ({ keys: [s.combo], does: s.does })),
      { keys: [COMBOS.next, COMBOS.previous], does: "group-anywhere-next" },
    ],
  },
  {
    title: "group-lookup",
    lines: [
      { keys: [COMBOS.up, COMBOS.down], does: "group-lookup-choose" },
      { keys: [COMBOS.open], does: "group-lookup-open" },
      { keys: [COMBOS.openBrief], does: "group-lookup-brief" },
      { keys: [COMBOS.close], does: "group-lookup-clear" },
    ],
  },
  {
    title: "group-caller",
    lines: [
      { keys: [COMBOS.up, COMBOS.down], does: "group-caller-choose" },
      { keys: [COMBOS.open], does: "group-caller-open" },
      { keys: [COMBOS.close], does: "group-caller-clear" },
    ],
  },
  {
    title: "group-customers",
    lines: [
      { keys: [COMBOS.up, COMBOS.down], does: "group-customers-move" },
      { keys: [COMBOS.open], does: "group-customers-open" },
      { keys: [COMBOS.tick], does: "group-customers-tick" },
    ],
  },
  {
    title: "group-customer",
    lines: [
      { keys: [COMBOS.log], does: "group-customer-log" },
      { keys: [COMBOS.close], does: "group-customer-back" },
    ],
  },
  {
    title: "group-brief",
    lines: [
      { keys: [COMBOS.log], does: "group-brief-log" },
      { keys: [COMBOS.close], does: "group-brief-back" },
    ],
  },
  {
    title: "group-forms",
    lines: [
      { keys: [COMBOS.save], does: "group-forms-save" },
      { keys: [COMBOS.saveCustomer], does: "group-forms-save-customer" },
      { keys: [COMBOS.close], does: "group-forms-cancel" },
    ],
  },
  {
    title: "group-dialogs",
    lines: [{ keys: [COMBOS.close], does: "group-dialogs-close" }],
  },
];
