/**
 * Events the desktop shell sends to the window: a reminder notification was
 * clicked ("open-customer"), the tray menu asked for Today ("open-today"),
 * reminders fired and Today has changed ("today-changed"), a kindly://call
 * link arrived while Kindly was running ("open-call": its number waits in
 * the shell until taken, so one that came before the window listened is
 * taken once it does), the look-up-from-
 * anywhere shortcut was pressed ("focus-lookup"), or Kindly locked the
 * notebook after the idle time ("locked"). On a team notebook: another desk
 * (or this one) changed something ("notebook-changed", ids only), and
 * whether the team notebook's server is there ("team-connection"). A file
 * dragged over the window ("file-drag") and dropped on it ("import-dropped":
 * a contacts file to preview, by name only, or why it was not taken). Long
 * work (an import, a backup, an export) reports its progress ("progress",
 * `listenToProgress`).
 *
 * Listening never throws: where there is no shell (tests, a plain browser)
 * it quietly does nothing.
 */
import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import { readChanges, type NotebookChanges } from "../live/changes";
import { takeCall } from "./ipc";
import type { ContactsFile } from "./types";
import type { Stage } from "./bindings/Stage";

/**
 * "team-connection" (src-tauri/src/live.rs): whether the team notebook's
 * server is there, as the window's change feed last found it. Sent once
 * when the feed loses the server (`connected: false`; it then tries again
 * every ~2 s) and once when it is back (`connected: true`, followed by a
 * "notebook-changed" with `everything`, since changes made meanwhile were
 * not heard). Never sent for a notebook file. Stable: other parts (the
 * "server is away" banner, the offline copy) rely on it.
 */
export interface TeamConnection {
  connected: boolean;
  /** When the window last heard from the server (ms since the epoch); null if never in this run. */
  last_heard_at: number | null;
}

/**
 * "import-dropped" (src-tauri/src/dropping.rs): a file was dropped on the window. Either it is
 * now the import's chosen file (as if picked in "Choose a file…"), described by name, never by
 * path; or nothing was taken, and `problem` says why in words for the person.
 */
export type DroppedFile = { file: ContactsFile } | { problem: string };

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
  /** Something changed on the team notebook ("notebook-changed"): screens reload what it touches. */
  notebookChanged: (changes: NotebookChanges) => void;
  /** The team notebook's server went away or came back ("team-connection"). */
  teamConnection: (connection: TeamConnection) => void;
  /** A file was dropped on the window ("import-dropped"). */
  fileDropped: (dropped: DroppedFile) => void;
  /** A dragged file came over the window, or left it or was dropped ("file-drag"). */
  fileDrag: (over: boolean) => void;
}

/** The payload of "import-dropped", or null when it is not one. */
function readDropped(payload: unknown): DroppedFile | null {
  if (typeof payload !== "object" || payload === null) return null;
  const p = payload as { file?: Partial<ContactsFile> | null; problem?: unknown };
  if (typeof p.problem === "string" && p.problem !== "") return { problem: p.problem };
  const file = p.file;
  if (file && typeof file.name === "string" && (file.csv === null || typeof file.csv === "object")) {
    return { file: file as ContactsFile };
  }
  return null;
}

interface OpenCustomerPayload {
  customer_id: string;
}

function subscribe<T>(name: string, handler: (payload: T) => void): Promise<UnlistenFn | null> {
  try {
    return listen<T>(name, (event) => handler(event.payload)).catch(() => null);
  } catch {
    return Promise.resolve(null);
  }
}

/** Takes the number of a kindly://call link waiting in the shell, if any, and opens its call. */
function callWaiting(handlers: ShellHandlers): void {
  void takeCall()
    .then((number) => {
      if (typeof number === "string" && number.trim() !== "") handlers.openCall(number.trim());
    })
    .catch(() => {});
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
    subscribe<unknown>("open-call", () => callWaiting(handlers)).then((stop) => {
      // A link that came while the window was starting, before it listened.
      if (stop && !stopped) callWaiting(handlers);
      return stop;
    }),
    subscribe<unknown>("focus-lookup", () => handlers.focusLookup()),
    subscribe<unknown>("locked", () => handlers.locked()),
    subscribe<unknown>("notebook-changed", (payload) => handlers.notebookChanged(readChanges(payload))),
    subscribe<Partial<TeamConnection> | null>("team-connection", (payload) => {
      if (payload && typeof payload.connected === "boolean") {
        const heard = payload.last_heard_at;
        handlers.teamConnection({
          connected: payload.connected,
          last_heard_at: typeof heard === "number" ? heard : null,
        });
      }
    }),
    subscribe<unknown>("import-dropped", (payload) => {
      const dropped = readDropped(payload);
      if (dropped) handlers.fileDropped(dropped);
    }),
    subscribe<{ over?: unknown } | null>("file-drag", (payload) => {
      if (payload && typeof payload.over === "boolean") handlers.fileDrag(payload.over);
    }),
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

/**
 * "progress" (src-tauri/src/tasks.rs): how far long work the page started as `task` has got. One event when a stage
 * starts (`done` and `of` 0), then counts at most about ten a second, and always a stage's last count. `of` is 0 when
 * the amount is not known.
 */
export interface TaskProgress {
  task: string;
  stage: Stage;
  done: number;
  of: number;
}

const STAGES: readonly Stage[] = [
  "reading",
  "matching",
  "saving",
  "indexing",
  "finishing",
  "copying",
  "checking",
  "restoring",
  "exporting",
  "rewriting",
  "moving",
  "adding",
  "telling",
  "closing",
];

/** A well-formed "progress" payload, or null. */
export function readProgress(payload: unknown): TaskProgress | null {
  if (typeof payload !== "object" || payload === null) return null;
  const p = payload as Record<string, unknown>;
  const count = (v: unknown) => typeof v === "number" && Number.isFinite(v) && v >= 0;
  if (typeof p.task !== "string" || !STAGES.includes(p.stage as Stage) || !count(p.done) || !count(p.of))
    return null;
  return { task: p.task, stage: p.stage as Stage, done: p.done as number, of: p.of as number };
}

/** Starts listening to every task's progress; the function returned stops it (also before the listener is in place). */
export function listenToProgress(handler: (progress: TaskProgress) => void): () => void {
  let stopped = false;
  let stop: UnlistenFn | null = null;
  void subscribe<unknown>("progress", (payload) => {
    const progress = readProgress(payload);
    if (progress) handler(progress);
  }).then((unlisten) => {
    if (!unlisten) return;
    if (stopped) unlisten();
    else stop = unlisten;
  });
  return () => {
    stopped = true;
    stop?.();
  };
}
