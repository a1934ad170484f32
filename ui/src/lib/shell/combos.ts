/**
 * Every key combination Kindly answers to, named once: the handlers match
 * against these, and the buttons' hints and the keyboard-shortcut sheet
 * (`help/shortcutGroups.ts`) show them with the same words.
 */
import { hasMod, MOD } from "./keys";
import { typedHere } from "./layout";

export interface Combo {
  /** Ctrl, or ⌘ on a Mac. */
  mod?: boolean;
  shift?: boolean;
  /** `KeyboardEvent.key` (letters in lower case), e.g. "k", "Enter", "Escape", "?". */
  key: string;
}

/** What a key is called on screen. */
const KEY_NAMES: Record<string, string> = {
  Escape: "Esc",
  ArrowUp: "↑",
  ArrowDown: "↓",
  " ": "Space",
};

/**
 * The combination as the app writes it, e.g. "Ctrl+Shift+L" (or "⌘+Shift+L"
 * on a Mac). On a layout whose letters are not Latin, the letter this
 * key types follows once known: "Ctrl+K (Л)".
 */
export function comboLabel(combo: Combo): string {
  const name = KEY_NAMES[combo.key] ?? (combo.key.length === 1 ? combo.key.toUpperCase() : combo.key);
  const here = LATIN_LETTER.test(combo.key) ? typedHere(combo.key) : null;
  const label = [combo.mod ? MOD : null, combo.shift ? "Shift" : null, name].filter(Boolean).join("+");
  return here === null ? label : `${label} (${here.toLocaleUpperCase()})`;
}

const LATIN_LETTER = /^[a-z]$/i;

/**
 * Whether the key pressed is `key`: by what it types, or, for a letter on
 * a layout whose letters are not Latin (Cyrillic, Greek, Hebrew…), by
 * where it is (`event.code`), so Ctrl+K is the key marked K there too. A
 * Latin layout (AZERTY, QWERTZ) goes by what the key types only, as its
 * labels say.
 */
function sameKey(event: KeyboardEvent, key: string): boolean {
  if (event.key.toLowerCase() === key.toLowerCase()) return true;
  return LATIN_LETTER.test(key) && !LATIN_LETTER.test(event.key) && event.code === `Key${key.toUpperCase()}`;
}

/**
 * Whether the key event is this combination. Without Ctrl/⌘, Shift only
 * counts for combinations that name it (typing "?" needs Shift on most keyboards).
 */
export function matches(event: KeyboardEvent, combo: Combo): boolean {
  if (!sameKey(event, combo.key)) return false;
  if (combo.mod) return hasMod(event) && event.shiftKey === Boolean(combo.shift);
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  return combo.shift === undefined || event.shiftKey === combo.shift;
}

export const COMBOS = {
  lookup: { mod: true, key: "k" },
  newCustomer: { mod: true, key: "n" },
  today: { mod: true, key: "t" },
  caller: { mod: true, key: "b" },
  /** The Customers list. */
  customers: { mod: true, shift: true, key: "c" },
  lock: { mod: true, shift: true, key: "l" },
  /** The keyboard-shortcut sheet, when not typing in a field. */
  help: { key: "?" },
  /** "Log conversation" on a customer's page, "After the call" on the brief. */
  log: { mod: true, key: "l" },
  save: { mod: true, key: "Enter" },
  saveCustomer: { mod: true, key: "s" },
  close: { key: "Escape" },
  next: { key: "Tab", shift: false },
  previous: { shift: true, key: "Tab" },
  up: { key: "ArrowUp" },
  down: { key: "ArrowDown" },
  open: { key: "Enter", shift: false },
  openBrief: { shift: true, key: "Enter" },
  /** Ticks or unticks the row in the Customers list. */
  tick: { key: " " },
} as const satisfies Record<string, Combo>;
