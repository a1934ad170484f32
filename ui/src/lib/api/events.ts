/**
 * Events the desktop shell sends to the window: a reminder notification was
 * clicked ("open-customer"), the tray menu asked for Today ("open-today"),
 * reminders fired and Today has changed ("today-changed"), a kindly://call
 * link arrived while Kindly was running ("open-call"), the look-up-from-
 * anywhere shortcut was pressed ("focus-lookup"), or Kindly locked the
 * notebook after the idle time ("locked").
 *
 * Listening never throws: where there is no shell (tests, a plain browser)
 * it quietly does nothing.
 */
import { listen, type UnlistenFn } from "@tauri-apps/api/event";

export interface ShellHandlers {
  /** A reminder was clicked ("open-customer"): show this customer's brief. */
  openBrief: (customerId: string) => void;
  /** The tray menu's "Today". */
  openToday: () => void;
  /** Reminders fired: what Today shows has changed. */
  todayChanged: () => void;
  /** A kindly://call?number=… link arrived: show who may be calling from this number. */
  openCall: (number: string) => void;
  /** The global shortcut was pressed: show Lookup with the cursor in the box. */
  focusLookup: () => void;
  /** Kindly locked the notebook (it was not used for the "Lock after" time): ask for the passphrase. */
  locked: () => void;
}

interface OpenCustomerPayload {
  customer_id: string;
}

interface OpenCallPayload {
  number: string;
}

function subscribe<T>(name: string, handler: (payload: T) => void): Promise<UnlistenFn | null> {
  try {
    return listen<T>(name, (event) => handler(event.payload)).catch(() => null);
  } catch {
    return Promise.resolve(null);
  }
}

/** Starts listening; the function returned stops it (also before the listeners are in place). */
export function listenToShell(handlers: ShellHandlers): () => void {
  let stopped = false;
  const pending = [
    subscribe<OpenCustomerPayload>("open-customer", (payload) => {
      if (payload && typeof payload.customer_id === "string" && payload.customer_id !== "") {
        handlers.openBrief(payload.customer_id);
      }
    }),
    subscribe<unknown>("open-today", () => handlers.openToday()),
    subscribe<unknown>("today-changed", () => handlers.todayChanged()),
    subscribe<OpenCallPayload>("open-call", (payload) => {
      if (payload && typeof payload.number === "string" && payload.number.trim() !== "") {
        handlers.openCall(payload.number.trim());
      }
    }),
    subscribe<unknown>("focus-lookup", () => handlers.focusLookup()),
    subscribe<unknown>("locked", () => handlers.locked()),
  ];
  const stops: UnlistenFn[] = [];
  for (const p of pending) {
    void p.then((stop) => {
      if (!stop) return;
      if (stopped) stop();
      else stops.push(stop);
    });
  }
  return () => {
    stopped = true;
    for (const stop of stops.splice(0)) stop();
  };
}
