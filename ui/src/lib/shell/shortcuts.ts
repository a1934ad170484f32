/**
 * Shortcuts that work on every screen:
 * Ctrl/Cmd+K focuses the lookup box, Ctrl/Cmd+N opens a new customer form,
 * Ctrl/Cmd+T shows Today, Ctrl/Cmd+B asks who is calling.
 * Screen-specific keys (Save, Esc, arrows) are handled by the screens.
 */
import { isModKey } from "./keys";
import { openCaller, openLookup, openNewCustomer, openToday } from "./app.svelte";

export function handleGlobalKey(event: KeyboardEvent): void {
  if (event.defaultPrevented) return;
  if (isModKey(event, "k")) {
    event.preventDefault();
    openLookup();
  } else if (isModKey(event, "n")) {
    event.preventDefault();
    openNewCustomer();
  } else if (isModKey(event, "t")) {
    event.preventDefault();
    openToday();
  } else if (isModKey(event, "b")) {
    event.preventDefault();
    openCaller();
  }
}
