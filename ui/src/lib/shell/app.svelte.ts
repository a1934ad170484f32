/**
 * App-wide state: which screen is showing, the notebook facts shown in the
 * header, the staff list with who is at the desk, the count of follow-ups
 * due on the header's Today button, and the lookup text (kept so coming back
 * to Lookup keeps it).
 */
import { getToday, notebookInfo, staffRoster, timeSettings, windowReady } from "../api/ipc";
import { afterPaint } from "./frames";
import { preloadScreens } from "./screens";
import { messageOf } from "../api/errors";
import type {
  ContactsFile,
  Customer,
  CustomerFilter,
  LockStatus,
  NotebookInfo,
  Opening,
  StaffRoster,
  TimeSettings,
  TodayPage,
  WindowStart,
} from "../api/types";
import type { Draft, NewCustomerPrefill } from "../customers/draft";
import { entryDrafts } from "../forms/drafts";
import type { TeamConnection } from "../api/events";

/** How long after the first screen is drawn the other screens are loaded (ms). */
const PRELOAD_AFTER_MS = 500;

/**
 * One screen. `customer`, when present, is already-loaded data the screen may
 * show straight away instead of fetching it again.
 */
export type Route =
  | { name: "today" }
  | { name: "lookup" }
  | { name: "customer"; id: string; customer?: Customer }
  /** The one-screen brief to read before (and during) a call. */
  | { name: "brief"; id: string }
  /** Who is calling? `number`, when given, is looked up straight away. */
  | { name: "call"; number?: string }
  | { name: "new"; prefill?: NewCustomerPrefill }
  | { name: "edit"; id: string; customer?: Customer }
  | { name: "trash" }
  | { name: "settings" }
  /**
   * Bringing customers in from a contacts file (reached from Settings, or by dropping a file on
   * the window: `dropped` is that file, already the chosen one, previewed straight away).
   */
  | { name: "import"; dropped?: ContactsFile }
  /** Customers who may be the same person, to merge (reached from Settings and after an import). */
  | { name: "duplicates" }
  /** Problems that touch many customers at once (a late delivery, a broken machine). */
  | { name: "situations" }
  | { name: "situation"; id: string }
  /** The first-run welcome, shown once on a new, empty notebook. */
  | { name: "welcome" }
  /**
   * The Customers list (lists/CustomersScreen.svelte), filtered by `filter` (the parts given; the rest as the
   * list's own default) and, when given, under `heading` saying who they are ("Broken promises · March 2026").
   */
  | { name: "customers"; filter?: Partial<CustomerFilter>; heading?: string }
  /** Every tag with its count: rename, merge, delete from everyone. */
  | { name: "tags" }
  /** How we follow through: promises, check-ins, issues, drifting, new customers. */
  | { name: "reports" };

class AppState {
  /** Replaced, never mutated: a new object remounts the screen. */
  route = $state.raw<Route>({ name: "lookup" });
  /** The screen before this one, so Cancel on a new-customer form goes back. */
  previous: Route = { name: "lookup" };
  info = $state.raw<NotebookInfo | null>(null);
  /** Set when the notebook could not be opened at start-up. */
  infoError = $state<string | null>(null);
  /** Why the notebook could not be opened, as the core's code (`sign_in_needed`, `server_unreachable`, …). */
  infoErrorCode = $state<string | null>(null);
  /** True once start-up has had the window's first answer (either way). */
  ready = $state(false);
  query = $state("");
  /** Bumped to ask the lookup box to take focus (Ctrl+K while already on Lookup). */
  lookupFocusRequests = $state(0);
  /** Bumped to ask the caller box to take focus (Ctrl+B while already on the caller screen). */
  callerFocusRequests = $state(0);
  /** The staff list and who is at the desk; loaded once at start, replaced after each change. */
  roster = $state.raw<StaffRoster>({ staff: [], at_desk: null, signed_in: null });
  /** Follow-ups overdue or due today, for the badge on the header's Today button. */
  dueCount = $state(0);
  /** Bumped when the shell says reminders fired, so a Today screen on show reloads. */
  todayChanges = $state(0);
  /** The notebook's time zone and reminder time; null until known. */
  time = $state.raw<TimeSettings | null>(null);
  /** True once start-up has chosen the first screen (Today when something is due, else Lookup). */
  started = $state(false);
  /** A line for the next Lookup screen to show once (e.g. "Rosa Diaz was forgotten."). */
  lookupNotice = $state<string | null>(null);
  /** Whether the notebook is protected and locked; null until known (or when it could not be asked). */
  lock = $state.raw<LockStatus | null>(null);
  /**
   * True once the notebook was found open at start, or unlocked since: from
   * then on the app stays mounted, even under the unlock screen.
   */
  opened = $state(false);
  /** The notebook is waiting for its passphrase: the unlock screen shows. */
  readonly locked = $derived(this.lock?.locked === true);
  /** Whether the team notebook's server is there, as the shell last said ("team-connection"); null until it says. */
  teamConnection = $state.raw<TeamConnection | null>(null);
  /** Something about the passphrase to tell once, above the screen (e.g. the keychain could not keep it). */
  privacyNotice = $state<string | null>(null);
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

/** Shows Today: what is due, promises, birthdays and who is drifting out of touch. */
export function openToday(): void {
  if (app.route.name !== "today") navigate({ name: "today" });
}

/** Opens a customer's full page. */
export function openCustomer(id: string): void {
  navigate({ name: "customer", id });
}

/**
 * Opens the Customers list filtered by `filter` (e.g. `{ tags: ["VIP"] }` from the Tags screen, or
 * `{ customer_ids }` from a report's bar), with `heading` saying who they are when the filter alone does not.
 */
export function openCustomers(filter?: Partial<CustomerFilter>, heading?: string): void {
  // The header and its shortcut: the list as it was left, not reopened when already on show.
  if (filter === undefined) {
    if (app.route.name !== "customers") navigate({ name: "customers" });
    return;
  }
  navigate(heading === undefined ? { name: "customers", filter } : { name: "customers", filter, heading });
}

/**
 * Opens a customer's brief (e.g. from a reminder that was clicked). `back` is
 * where Esc returns to, when that is not simply the screen on show now.
 */
export function openBrief(id: string, back?: Route): void {
  navigate({ name: "brief", id });
  if (back) app.previous = back;
}

/**
 * Shows the brief in place of the screen on show (a caller's number matched
 * one customer): Esc then goes back to where the user was before that screen.
 */
export function replaceWithBrief(id: string): void {
  app.route = { name: "brief", id };
}

/** Leaves a brief for the screen before it (Lookup when that was a form or another brief). */
export function leaveBrief(): void {
  const back = app.previous;
  const nowhere = back.name === "new" || back.name === "edit" || back.name === "brief";
  navigate(nowhere ? { name: "lookup" } : back);
}

/**
 * Shows "Who's calling?" with the cursor in its box, looking `number` up
 * straight away when given. Without a number, an open caller screen keeps what
 * was typed and only takes focus again.
 */
export function openCaller(number?: string): void {
  const n = number?.trim();
  if (n) navigate({ name: "call", number: n });
  else if (app.route.name !== "call") navigate({ name: "call" });
  app.callerFocusRequests += 1;
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

/**
 * After a customer was forgotten (erased for good): drops any unsaved typing
 * about them (`entryIds`: their entries whose edit forms may have kept some)
 * and shows Lookup with `notice`. Nothing leads back to their page.
 */
export function leaveForgotten(customerId: string, entryIds: readonly string[], notice: string): void {
  unsavedDrafts.delete(`edit:${customerId}`);
  for (const key of [...entryDrafts.keys()]) {
    if (key.startsWith(`${customerId}:`)) entryDrafts.delete(key);
  }
  for (const id of entryIds) entryDrafts.delete(`edit:${id}`);
  app.lookupNotice = notice;
  navigate({ name: "lookup" });
  app.previous = { name: "lookup" };
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

/** Loads the staff list again (start-up gets it with the first answer). A failure keeps the one shown: every "who" field stays free text. */
export async function loadRoster(): Promise<void> {
  try {
    app.roster = await staffRoster();
  } catch {
    // Nothing to show: the forms still work with names typed by hand.
  }
}

/** Keeps the header's badge in step with a Today page just loaded. */
export function noteToday(today: TodayPage): void {
  app.dueCount = today.overdue_count + today.today_count;
}

/** Reloads the badge on the Today button. Failures are ignored: the old count stays. */
export async function refreshDueCount(): Promise<void> {
  try {
    noteToday(await getToday());
  } catch {
    // The badge is a hint; Today itself shows any failure.
  }
}

/** Loads the time zone and reminder time. A failure leaves them unknown: forms then say less. */
export async function loadTimeSettings(): Promise<void> {
  try {
    app.time = await timeSettings();
  } catch {
    // Nothing to show: hints fall back to general words.
  }
}

/**
 * Start-up, with the window's first answer (`windowStart`, or why it failed).
 * A notebook never welcomed shows the welcome and nothing else. Otherwise
 * opens Today when anything is overdue or due today, then, if Kindly was
 * started by a kindly://call link, the caller screen for its number (which
 * wins over Today and the welcome, since the phone is ringing; the welcome
 * comes next time). A Today that could not be read opens Lookup. The app and
 * its first screen show together, and `started` (with it the "app-ready"
 * mark) is set in the same change.
 */
export function startUp(answer: WindowStart | { failed: string; code?: string }): void {
  app.opened = true;
  try {
    if ("failed" in answer) {
      app.infoError = answer.failed;
      app.infoErrorCode = answer.code ?? null;
      return;
    }
    const { opening, call } = answer;
    if (!opening) return;
    app.info = opening.info;
    app.infoError = null;
    app.roster = opening.roster;
    app.time = opening.time;
    if (opening.today) noteToday(opening.today);
    const first = firstScreen(opening);
    if (first === "welcome") app.route = { name: "welcome" };
    else if (first === "today" && app.route.name === "lookup") navigate({ name: "today" });
    if (call !== null && call.trim() !== "") openCaller(call);
  } finally {
    app.ready = true;
    app.started = true;
    // Lets the shell time a cold start (make bench-app), once the first
    // screen is on show, not merely decided; otherwise nothing.
    afterPaint(() => {
      void Promise.resolve()
        .then(windowReady)
        .catch(() => {});
      // The other screens, while nobody is waiting for anything.
      setTimeout(() => void preloadScreens().catch(() => {}), PRELOAD_AFTER_MS);
    });
  }
}

/** The screen the window opens on, before a kindly://call link is counted: the welcome, Today or Lookup. */
function firstScreen(opening: Opening): "welcome" | "today" | "lookup" {
  if (opening.info.welcome) return "welcome";
  return opening.today?.anything_due ? "today" : "lookup";
}

/**
 * After the whole notebook was replaced (a backup restored): forgets what
 * belonged to the notebook as it was (unsaved typing, which could otherwise
 * write old details over the restored ones, and the screen to go back to,
 * which may carry an old customer) and loads again everything the app holds
 * between screens. Every screen loads its own data when it is opened.
 */
export async function reloadNotebook(): Promise<void> {
  unsavedDrafts.clear();
  entryDrafts.clear();
  app.previous = { name: "lookup" };
  await Promise.all([refreshInfo(), loadRoster(), loadTimeSettings(), refreshDueCount()]);
}

/**
 * After the sample customers were removed: the screen on show may have been
 * one of theirs, so Lookup with `notice`, and an empty box (what was typed
 * looked among the sample).
 */
export function leaveSample(notice: string): void {
  app.lookupNotice = notice;
  // What was typed looked among the sample: start again from an empty box.
  app.query = "";
  navigate({ name: "lookup" });
  app.previous = { name: "lookup" };
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
  app.callerFocusRequests = 0;
  app.roster = { staff: [], at_desk: null, signed_in: null };
  app.dueCount = 0;
  app.todayChanges = 0;
  app.time = null;
  app.started = false;
  app.lookupNotice = null;
  app.lock = null;
  app.opened = false;
  app.privacyNotice = null;
  app.teamConnection = null;
  unsavedDrafts.clear();
  entryDrafts.clear();
}
