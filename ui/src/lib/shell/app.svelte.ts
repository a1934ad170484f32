/**
 * App-wide state: which screen is showing, the notebook facts shown in the
 * header, the staff list with who is at the desk, and the lookup text (kept
 * so coming back to Lookup keeps it).
 */
import { notebookInfo, staffRoster } from "../api/ipc";
import { messageOf } from "../api/errors";
import type { Customer, NotebookInfo, StaffRoster } from "../api/types";
import type { Draft } from "../customers/draft";
import { entryDrafts } from "../forms/drafts";

/** What a "New customer" form starts with when opened from a lookup that found no one. */
export interface NewCustomerPrefill {
  full_name?: string;
  phone?: string;
}

/**
 * One screen. `customer`, when present, is already-loaded data the screen may
 * show straight away instead of fetching it again.
 */
export type Route =
  | { name: "lookup" }
  | { name: "customer"; id: string; customer?: Customer }
  | { name: "new"; prefill?: NewCustomerPrefill }
  | { name: "edit"; id: string; customer?: Customer }
  | { name: "trash" }
  | { name: "settings" };

class AppState {
  /** Replaced, never mutated: a new object remounts the screen. */
  route = $state.raw<Route>({ name: "lookup" });
  /** The screen before this one, so Cancel on a new-customer form goes back. */
  previous: Route = { name: "lookup" };
  info = $state.raw<NotebookInfo | null>(null);
  /** Set when the notebook could not be opened at start-up. */
  infoError = $state<string | null>(null);
  /** True once the first notebook_info call has answered (either way). */
  ready = $state(false);
  query = $state("");
  /** Bumped to ask the lookup box to take focus (Ctrl+K while already on Lookup). */
  lookupFocusRequests = $state(0);
  /** The staff list and who is at the desk; loaded once at start, replaced after each change. */
  roster = $state.raw<StaffRoster>({ staff: [], at_desk: null });
}

export const app = new AppState();

/**
 * Forms left without Save or Cancel (e.g. Ctrl+K while the phone rings),
 * keyed "new" or "edit:<id>", so reopening the form brings the typing back.
 * Memory only: customer details are never written outside the notebook.
 */
export const unsavedDrafts = new Map<string, Draft>();

export function navigate(route: Route): void {
  app.previous = app.route;
  app.route = route;
}

/** Shows Lookup with the cursor in the lookup box. */
export function openLookup(): void {
  if (app.route.name !== "lookup") navigate({ name: "lookup" });
  app.lookupFocusRequests += 1;
}

/** Opens an empty new-customer form, unless one is already open (so nothing typed is lost). */
export function openNewCustomer(prefill?: NewCustomerPrefill): void {
  if (app.route.name === "new" && !prefill) return;
  navigate({ name: "new", prefill });
}

/** Goes back to where the user was before a new-customer form. */
export function leaveNewCustomer(): void {
  const back = app.previous;
  navigate(back.name === "new" || back.name === "edit" ? { name: "lookup" } : back);
}

/** Reloads the counts for the header and empty states. Failures after start-up are ignored: the old counts stay. */
export async function refreshInfo(): Promise<void> {
  try {
    app.info = await notebookInfo();
    app.infoError = null;
  } catch (reason) {
    if (!app.ready) app.infoError = messageOf(reason);
  } finally {
    app.ready = true;
  }
}

/** Loads the staff list once at start. A failure leaves it empty: every "who" field stays free text. */
export async function loadRoster(): Promise<void> {
  try {
    app.roster = await staffRoster();
  } catch {
    // Nothing to show: the forms still work with names typed by hand.
  }
}

/** Back to the state the app opens in. For tests. */
export function resetApp(): void {
  app.route = { name: "lookup" };
  app.previous = { name: "lookup" };
  app.info = null;
  app.infoError = null;
  app.ready = false;
  app.query = "";
  app.lookupFocusRequests = 0;
  app.roster = { staff: [], at_desk: null };
  unsavedDrafts.clear();
  entryDrafts.clear();
}
