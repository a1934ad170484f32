/**
 * Shortcuts that work on every screen:
 * Ctrl/Cmd+K focuses the lookup box, Ctrl/Cmd+N opens a new customer form,
 * Ctrl/Cmd+T shows Today, Ctrl/Cmd+B asks who is calling, and
 * Ctrl/Cmd+Shift+L locks a protected notebook (Ctrl/Cmd+L is the brief's
 * "After the call" and a customer page's "Log conversation").
 * Screen-specific keys (Save, Esc, arrows) are handled by the screens.
 * None works while the notebook is locked.
 */
import { isModKey, isModShiftKey } from "./keys";
import { app, openCaller, openLookup, openNewCustomer, openToday } from "./app.svelte";
import { lockNow, usable } from "../privacy/locking";

export function handleGlobalKey(event: KeyboardEvent): void {
  if (event.defaultPrevented || !usable()) return;
  if (isModShiftKey(event, "l")) {
    if (!app.lock?.protected) return;
    event.preventDefault();
    void lockNow();
  } else if (isModKey(event, "k")) {
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
