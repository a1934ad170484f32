/**
 * Shortcuts that work on every screen:
 * Ctrl/Cmd+K focuses the lookup box, Ctrl/Cmd+N opens a new customer form.
 * Screen-specific keys (Save, Esc, arrows) are handled by the screens.
 */
import { isModKey } from "./keys";
import { openLookup, openNewCustomer } from "./app.svelte";

export function handleGlobalKey(event: KeyboardEvent): void {
  if (event.defaultPrevented) return;
  if (isModKey(event, "k")) {
    event.preventDefault();
    openLookup();
  } else if (isModKey(event, "n")) {
    event.preventDefault();
    openNewCustomer();
  }
}
