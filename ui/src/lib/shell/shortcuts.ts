/**
 * Shortcuts that work on every screen (see `COMBOS` for the keys):
 * Lookup, a new customer form, Today, who is calling, locking a protected
 * notebook, and `?` for the keyboard-shortcut sheet (not while typing in a
 * field, nor while a dialog is open). Screen-specific keys (Save, Esc,
 * arrows) are handled by the screens. None works while the notebook is locked,
 * nor while a question is asked (`ConfirmDialog`): leaving the screen then
 * would hide the question, and a restore or forget in progress with it.
 */
import { COMBOS, matches, type Combo } from "./combos";
import { noteKey } from "./layout";
import { app, openCaller, openCustomers, openLookup, openNewCustomer, openToday } from "./app.svelte";
import { lockNow, usable } from "../privacy/locking";
import { closeShortcutSheet, openShortcutSheet } from "../help/sheet.svelte";

export interface GlobalShortcut {
  combo: Combo;
  /** The message (in `locales/<language>/shell.ftl`) saying what it does, as the shortcut sheet shows it. */
  does: string;
  /** Whether it applies now (e.g. only a protected notebook can be locked). */
  applies?: (event: KeyboardEvent) => boolean;
  run: () => void;
}

/** Typing in a field, where a plain key is text, not a command. */
function typing(event: KeyboardEvent): boolean {
  const target = event.target;
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest("input, textarea, select") !== null;
}

function dialogOpen(): boolean {
  return document.querySelector('[aria-modal="true"]') !== null;
}

/** A question waits for an answer (the shortcut sheet is a dialog, not a question). */
function askingFirst(): boolean {
  return document.querySelector('[role="alertdialog"][aria-modal="true"]') !== null;
}

export const GLOBAL_SHORTCUTS: readonly GlobalShortcut[] = [
  { combo: COMBOS.lookup, does: "shortcut-lookup", run: openLookup },
  { combo: COMBOS.newCustomer, does: "shortcut-new-customer", run: () => openNewCustomer() },
  { combo: COMBOS.today, does: "shortcut-today", run: openToday },
  { combo: COMBOS.caller, does: "shortcut-caller", run: () => openCaller() },
  { combo: COMBOS.customers, does: "shortcut-customers", run: () => openCustomers() },
  {
    combo: COMBOS.lock,
    does: "shortcut-lock",
    applies: () => app.lock?.protected === true,
    run: () => void lockNow(),
  },
  {
    combo: COMBOS.help,
    does: "shortcut-help",
    applies: (event) => !typing(event) && !dialogOpen(),
    run: openShortcutSheet,
  },
];

export function handleGlobalKey(event: KeyboardEvent): void {
  noteKey(event);
  if (event.defaultPrevented || !usable() || askingFirst()) return;
  const shortcut = GLOBAL_SHORTCUTS.find((s) => matches(event, s.combo) && (s.applies?.(event) ?? true));
  if (!shortcut) return;
  event.preventDefault();
  // A shortcut pressed while reading the sheet does what it says, with the sheet out of the way.
  closeShortcutSheet();
  shortcut.run();
}
