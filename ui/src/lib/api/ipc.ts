/**
 * The only place that talks to the Rust core. Every command is typed with the
 * generated bindings, and every failure is rethrown as a KindlyError. Command
 * names are checked against the generated `Command` list; a test in src-tauri
 * (`commands/typescript.rs`) fails unless every command has its wrapper here.
 */
import { invoke } from "@tauri-apps/api/core";
import type { Command } from "./commands";
import { toKindlyError } from "./errors";
import { reportLocked } from "./locked";
import type { Customer } from "./bindings/Customer";
import type { CustomerInput } from "./bindings/CustomerInput";
import type { CustomerSummary } from "./bindings/CustomerSummary";
import type { NotebookInfo } from "./bindings/NotebookInfo";
import type { TrashedCustomer } from "./bindings/TrashedCustomer";
import type {
  AfterCall,
  ChangesCursor,
  CustomerChangesPage,
  BackupInfo,
  BackupSettings,
  Brief,
  CallerLookup,
  ColumnMap,
  ContactsFile,
  Conversation,
  ConversationInput,
  CustomerPage,
  CustomerPromise,
  DuplicatePair,
  EntryKind,
  FollowUp,
  FollowUpDone,
  FollowUpInput,
  ImportPreview,
  ImportSummary,
  Issue,
  IssueInput,
  IssueMove,
  LockStatus,
  MergeOutcome,
  MergeRecord,
  PromiseInput,
  PromiseOutcome,
  ProtectionSettings,
  ProtectOutcome,
  Snooze,
  StaffRoster,
  TeamStatus,
  JoinLink,
  HandOver,
  Moved,
  StaffLogin,
  TeamCopy,
  Saved,
  About,
  CrashNotice,
  TeamPresence,
  TimelineCursor,
  TimelinePage,
  TimeSettings,
  TodayPage,
  TrashedEntry,
  CloseSituation,
  MemberFilter,
  Situation,
  SituationAction,
  SituationFilter,
  SituationInput,
  SituationMemberPage,
  SituationMessage,
  SituationSummary,
  SituationUpdateInput,
  TellInput,
  Welcome,
  WindowStart,
} from "./types";
import type {
  BulkChange,
  BulkChangeRecord,
  BulkPreview,
  CustomerFilter,
  CustomerListPage,
  ExportFormat,
  ImportRecord,
  ListCursor,
  ListSort,
  SavedList,
  SavedListInput,
  Selection,
} from "./types";

async function call<T>(command: Command, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (reason) {
    const error = toKindlyError(reason);
    // The notebook locked itself (or was locked elsewhere): the window asks for the passphrase.
    if (error.code === "locked") reportLocked();
    throw error;
  }
}

export function searchCustomers(query: string, limit: number): Promise<CustomerSummary[]> {
  return call("search_customers", { query, limit });
}

export function getCustomer(id: string): Promise<Customer> {
  return call("get_customer", { id });
}

export function createCustomer(input: CustomerInput): Promise<Customer> {
  return call("create_customer", { input });
}

/**
 * Saves a profile edited from `version` (the `version` of the customer the form
 * was filled from). Every save below that takes a `version` works the same way:
 * when someone else saved the record since, it is refused with code `conflict`
 * and nothing is saved.
 */
export function updateCustomer(id: string, version: number, input: CustomerInput): Promise<Customer> {
  return call("update_customer", { id, version, input });
}

export function trashCustomer(id: string): Promise<null> {
  return call("trash_customer", { id });
}

export function restoreCustomer(id: string): Promise<null> {
  return call("restore_customer", { id });
}

export function listTrash(): Promise<TrashedCustomer[]> {
  return call("list_trash");
}

/** Deletes everything in Trash for good; resolves to how many were removed. */
export function emptyTrash(): Promise<number> {
  return call("empty_trash");
}

/** A page of a customer's change history, newest first, after `after` (the newest when null). */
export function customerChanges(
  customerId: string,
  after: ChangesCursor | null,
  limit: number,
): Promise<CustomerChangesPage> {
  return call("customer_changes", { customer_id: customerId, after, limit });
}

/**
 * The window's first answer, at start and after the first unlock: whether the
 * notebook is locked and, only when it is open, what the first screen shows
 * and the number of a kindly://call link Kindly was started by (taken once).
 */
export function windowStart(language: string): Promise<WindowStart> {
  return call("window_start", { language });
}

export function notebookInfo(): Promise<NotebookInfo> {
  return call("notebook_info");
}

/**
 * Sets the country used for phone numbers typed without "+" and a country code.
 * `region` is an ISO 3166 alpha-2 code such as "GB"; resolves to the updated facts.
 * An unknown code is refused as `invalid_input` on the field `phone_region`.
 */
export function setPhoneRegion(region: string): Promise<NotebookInfo> {
  return call("set_phone_region", { region });
}

/**
 * Finishes the first-run welcome in one step: the country for phone numbers,
 * who is at the desk (added to the staff list; empty for nobody), and the
 * sample customers when chosen. Resolves to the notebook facts afterwards.
 */
export function welcome(welcome: Welcome): Promise<NotebookInfo> {
  return call("welcome", { welcome });
}

/** Erases every sample customer for good (real customers stay); resolves to the notebook facts afterwards. */
export function removeSample(): Promise<NotebookInfo> {
  return call("remove_sample");
}

// ---- A customer's story: conversations, issues, promises, and the timeline ----

/** Everything the profile page shows, in one call. `kinds` filters the first timeline page (empty: all). */
export function customerPage(id: string, kinds: EntryKind[]): Promise<CustomerPage> {
  return call("customer_page", { id, kinds });
}

/** The timeline page that starts after `before` (newest first); `next` is null on the last page. */
export function timelinePage(
  customerId: string,
  kinds: EntryKind[],
  before: TimelineCursor | null,
  limit: number,
): Promise<TimelinePage> {
  return call("timeline_page", { customer_id: customerId, kinds, before, limit });
}

export function logConversation(input: ConversationInput): Promise<Conversation> {
  return call("log_conversation", { input });
}

export function updateConversation(id: string, input: ConversationInput): Promise<Conversation> {
  return call("update_conversation", { id, input });
}

export function getConversation(id: string): Promise<Conversation> {
  return call("get_conversation", { id });
}

export function openIssue(input: IssueInput): Promise<Issue> {
  return call("open_issue", { input });
}

/** Changes the issue's text fields only; its state changes through `moveIssue`. */
export function updateIssue(id: string, version: number, input: IssueInput): Promise<Issue> {
  return call("update_issue", { id, version, input });
}

/** A move Rust does not allow is refused as `invalid_input` on the field `to`. */
export function moveIssue(id: string, version: number, change: IssueMove): Promise<Issue> {
  return call("move_issue", { id, version, change });
}

export function getIssue(id: string): Promise<Issue> {
  return call("get_issue", { id });
}

export function makePromise(input: PromiseInput): Promise<CustomerPromise> {
  return call("make_promise", { input });
}

/** Changes what was promised, who promised it and its issue; a new date goes through `settlePromise`. */
export function updatePromise(id: string, version: number, input: PromiseInput): Promise<CustomerPromise> {
  return call("update_promise", { id, version, input });
}

export function settlePromise(
  id: string,
  version: number,
  outcome: PromiseOutcome,
): Promise<CustomerPromise> {
  return call("settle_promise", { id, version, outcome });
}

export function getPromise(id: string): Promise<CustomerPromise> {
  return call("get_promise", { id });
}

/** Moves a conversation, issue or promise to Trash. */
export function trashEntry(id: string): Promise<null> {
  return call("trash_entry", { id });
}

export function restoreEntry(id: string): Promise<null> {
  return call("restore_entry", { id });
}

export function listTrashedEntries(): Promise<TrashedEntry[]> {
  return call("list_trashed_entries");
}

/** Categories used on earlier issues, offered as suggestions. */
export function issueCategories(): Promise<string[]> {
  return call("issue_categories");
}

// ---- Staff ----

export function staffRoster(): Promise<StaffRoster> {
  return call("staff_roster");
}

export function addStaff(name: string, initials: string): Promise<StaffRoster> {
  return call("add_staff", { name, initials });
}

export function removeStaff(id: string): Promise<StaffRoster> {
  return call("remove_staff", { id });
}

/** Who is at the desk on this computer; null for nobody. */
export function setAtDesk(id: string | null): Promise<StaffRoster> {
  return call("set_at_desk", { id });
}

// ---- Follow-ups, the Today screen and reminders ----

/** A birthday follow-up is refused (it comes from the customer's birthday). */
export function addFollowUp(input: FollowUpInput): Promise<FollowUp> {
  return call("add_follow_up", { input });
}

/** Changes what, when, how it repeats, who, what about and the note. Birthday follow-ups are refused. */
export function updateFollowUp(id: string, version: number, input: FollowUpInput): Promise<FollowUp> {
  return call("update_follow_up", { id, version, input });
}

/** A follow-up as stored now (read again after someone else changed it first). */
export function getFollowUp(id: string): Promise<FollowUp> {
  return call("get_follow_up", { id });
}

/** Marks the due occurrence done (on the timeline); a repeating one moves to its next occurrence. */
export function completeFollowUp(id: string, version: number, done: FollowUpDone): Promise<FollowUp> {
  return call("complete_follow_up", { id, version, done });
}

/** Skips the due occurrence of a repeating follow-up; a one-off is refused. */
export function skipFollowUp(id: string, version: number, staff: string): Promise<FollowUp> {
  return call("skip_follow_up", { id, version, staff });
}

/** Puts the due occurrence off. A moment not in the future is refused on the field `date`. */
export function snoozeFollowUp(id: string, version: number, until: Snooze): Promise<FollowUp> {
  return call("snooze_follow_up", { id, version, until });
}

export function reassignFollowUp(id: string, version: number, assignee: string): Promise<FollowUp> {
  return call("reassign_follow_up", { id, version, assignee });
}

/** Everything the Today screen shows, in one call. */
export function getToday(): Promise<TodayPage> {
  return call("today");
}

/**
 * Saves every follow-up still to do as an .ics file where the person chooses in the system's
 * "Save as" dialog (Rust opens it); resolves to where it went, or null when they cancelled.
 */
export function exportCalendar(): Promise<Saved | null> {
  return call("export_calendar");
}

/** The notebook's time zone and the reminder time for follow-ups without a time. */
export function timeSettings(): Promise<TimeSettings> {
  return call("time_settings");
}

/** `time` is "HH:MM"; a time that cannot be read is refused on the field `reminder_time`. */
export function setReminderTime(time: string): Promise<TimeSettings> {
  return call("set_reminder_time", { time });
}

/** Whether Kindly starts when the user logs in. */
export function autostartEnabled(): Promise<boolean> {
  return call("autostart_enabled");
}

/** Turns starting at log-in on or off; resolves to the setting now in force. */
export function setAutostart(enabled: boolean): Promise<boolean> {
  return call("set_autostart", { enabled });
}

// ---- The callback brief, who is calling, and "after the call" ----

/** Everything to know before (or during) a call with this customer, most important first. */
export function getBrief(id: string): Promise<Brief> {
  return call("brief", { id });
}

/** The brief as plain text, made by the core, for copying into an e-mail or a note. */
export function briefText(id: string): Promise<string> {
  return call("brief_text", { id });
}

/**
 * Who a phone number (or its last digits) may belong to, best first.
 * Fewer than 4 digits is refused as `invalid_input` on the field `number`.
 */
export function findCaller(number: string): Promise<CallerLookup> {
  return call("find_caller", { number });
}

/** Logs a call with how it went, marks the follow-ups it dealt with done, and plans the next one: one step. */
export function logCall(after: AfterCall): Promise<Conversation> {
  return call("log_call", { after });
}

/** The key combination that shows Lookup from anywhere, e.g. "Ctrl+Shift+K"; null when off. */
export function globalShortcut(): Promise<string | null> {
  return call("global_shortcut");
}

/**
 * Sets (or, with null, turns off) the key combination that shows Lookup from anywhere;
 * resolves to the one now in force. One the computer cannot use is refused on the field `shortcut`.
 */
export function setGlobalShortcut(shortcut: string | null): Promise<string | null> {
  return call("set_global_shortcut", { shortcut });
}

/**
 * Tells the shell the window is ready for the person at the desk (only used
 * to time a cold start: `kindly --exit-when-ready` quits here).
 */
export function windowReady(): Promise<null> {
  return call("window_ready");
}

/** The window's language ("en", "fr", …), for the words Kindly says outside it (the tray's menu). */
export function setLanguage(language: string): Promise<null> {
  return call("set_language", { language });
}

// ---- Backups ----

/** Where backups go, how many are kept, and when the last one was taken. */
export function backupSettings(): Promise<BackupSettings> {
  return call("backup_settings");
}

/**
 * How many backups to keep (1 to 365) and, with `defaultFolder`, back to the
 * folder beside the notebook (otherwise the folder stays); resolves to the
 * settings now in force. Refused as `invalid_input` on the field `keep`. The
 * window never names a folder: see `chooseBackupFolder`.
 */
export function setBackupSettings(keep: number, defaultFolder: boolean): Promise<BackupSettings> {
  return call("set_backup_settings", { keep, defaultFolder });
}

/**
 * Opens the system's folder dialog; the folder chosen there becomes the backup
 * folder. Resolves to the settings now in force, or null when the person cancels.
 */
export function chooseBackupFolder(): Promise<BackupSettings | null> {
  return call("choose_backup_folder");
}

/** Takes a checked backup now; resolves to the new backup. Its progress arrives as "progress" events for `task`. */
export function backUpNow(task: string): Promise<BackupInfo> {
  return call("back_up_now", { task });
}

/** The backups in the backup folder, newest first. */
export function listBackups(): Promise<BackupInfo[]> {
  return call("list_backups");
}

/**
 * Replaces the whole notebook with the backup at `path`, after keeping a copy
 * of the notebook as it is now; resolves to that copy (so the restore can be
 * undone). A file that cannot be used is refused as `invalid_input` on the
 * field `backup`; one from a newer Kindly as `newer_notebook`. Its progress arrives as "progress" events for `task`.
 */
export function restoreBackup(path: string, task: string): Promise<BackupInfo> {
  return call("restore_backup", { path, task });
}

// ---- Bringing customers in (import), duplicates, and taking them out (export, forget) ----

/**
 * Opens the system's file dialog for a contacts file (.vcf or .csv); null when
 * the person cancels. Rust remembers the chosen file: no path crosses over.
 * A file that cannot be read is refused as `invalid_input` on the field `file`.
 */
export function chooseImportFile(): Promise<ContactsFile | null> {
  return call("choose_import_file");
}

/**
 * What importing the chosen file would do, with these CSV columns (null: vCard, or the guessed columns). Writes
 * nothing. Its progress arrives as "progress" events for `task` (see `listenToProgress`).
 */
export function previewImport(columns: ColumnMap | null, task: string): Promise<ImportPreview> {
  return call("preview_import", { columns, task });
}

/**
 * Imports the chosen file, all or nothing; resolves to what was done. Its progress arrives as "progress" events for
 * `task`; after `cancelTask(task)` it rejects with the code `cancelled`, having written nothing.
 */
export function importContacts(columns: ColumnMap | null, task: string): Promise<ImportSummary> {
  return call("import_contacts", { columns, task });
}

/** Asks the work started as `task` (an import) to stop; it then answers with the code `cancelled`. */
export function cancelTask(task: string): Promise<void> {
  return call("cancel_task", { task });
}

/** Pairs of customers who look like the same person. */
export function likelyDuplicates(): Promise<DuplicatePair[]> {
  return call("likely_duplicates");
}

/**
 * Moves everything of `mergedId` into `keptId`; the merged customer goes to Trash. Can be undone. With `task`, the
 * entries moved are reported as that task's progress, and `cancelTask(task)` stops it before it commits.
 */
export function mergeCustomers(keptId: string, mergedId: string, task?: string): Promise<MergeOutcome> {
  return call("merge_customers", { keptId, mergedId, task });
}

export function undoMerge(mergeId: string): Promise<null> {
  return call("undo_merge", { mergeId });
}

/** Merges that can still be undone, newest first. */
export function recentMerges(): Promise<MergeRecord[]> {
  return call("recent_merges");
}

/** Two customers are different people: they are not suggested as duplicates again. */
export function notDuplicates(aId: string, bId: string): Promise<null> {
  return call("not_duplicates", { aId, bId });
}

/**
 * Saves every customer (not Trash) where the person chooses in the system's "Save as" dialog
 * (Rust opens it, in Downloads); resolves to where it went, or null when they cancelled. The
 * writing's progress arrives as "progress" events for `task`.
 */
export function exportContacts(format: "vcard" | "csv", task: string): Promise<Saved | null> {
  return call("export_contacts", { format, task });
}

/**
 * Saves everything held on one customer as .json and .txt (named as the person chooses in the
 * "Save as" dialog); resolves to where both went, or null when they cancelled.
 */
export function exportCustomerRecord(id: string): Promise<Saved | null> {
  return call("export_customer_record", { id });
}

/** Erases the customer and everything about them for good. Cannot be undone. */
export function forgetCustomer(id: string): Promise<null> {
  return call("forget_customer", { id });
}

// ---- Situations: one problem that touches many customers ----

/** Open situations (closed ones too when asked), open first, newest first. */
export function listSituations(includeClosed: boolean): Promise<SituationSummary[]> {
  return call("list_situations", { includeClosed });
}

/** Everything the situation's screen shows. */
export function getSituation(id: string): Promise<Situation> {
  return call("get_situation", { id });
}

/** Starts a situation; resolves to its id. */
export function createSituation(input: SituationInput): Promise<string> {
  return call("create_situation", { input });
}

export function updateSituation(id: string, version: number, input: SituationInput): Promise<null> {
  return call("update_situation", { id, version, input });
}

/** Posts an update: everyone becomes "not yet told" about it. */
export function postSituationUpdate(id: string, input: SituationUpdateInput): Promise<null> {
  return call("post_situation_update", { id, input });
}

/**
 * Records who was told the latest news (a conversation on each one's timeline). With `task`, counted as that task's
 * progress; `cancelTask(task)` stops it with nothing recorded.
 */
export function markTold(id: string, input: TellInput, task?: string): Promise<null> {
  return call("mark_told", { id, input, task });
}

/** A plain-text message per affected customer about the latest news. Nothing is sent. */
export function situationMessages(id: string): Promise<SituationMessage[]> {
  return call("situation_messages", { id });
}

/**
 * Closes it with the follow-ups asked for. Can be undone. With `task`, counted as that task's progress;
 * `cancelTask(task)` stops it with the situation still open and nothing planned.
 */
export function closeSituation(
  id: string,
  version: number,
  close: CloseSituation,
  task?: string,
): Promise<SituationAction> {
  return call("close_situation", { id, version, close, task });
}

/** Undoes the latest bulk change of a situation. */
export function undoSituationAction(actionId: string): Promise<null> {
  return call("undo_situation_action", { actionId });
}

/** One page of a situation's affected customers that `filter` picks out, by name, with how many match. */
export function situationMembers(
  id: string,
  filter: MemberFilter,
  offset: number,
  limit: number,
): Promise<SituationMemberPage> {
  return call("situation_members", { id, filter, offset, limit });
}

/** The ids of every affected customer `filter` picks out: what "Tick all that match" ticks. */
export function situationMemberIds(id: string, filter: MemberFilter): Promise<string[]> {
  return call("situation_member_ids", { id, filter });
}

/** How many live customers a search picks out. Writes nothing. */
export function countMatching(filter: SituationFilter): Promise<number> {
  return call("count_matching", { filter });
}

/**
 * Adds everyone a search picks out, and saves the search on the situation. Can be undone. With `task`, reported as
 * that task's progress (no count: one statement); `cancelTask(task)` before it writes adds nobody.
 */
export function addMatching(
  id: string,
  filter: SituationFilter,
  staff: string,
  task?: string,
): Promise<SituationAction> {
  return call("add_matching", { id, filter, staff, task });
}

/**
 * Adds customers picked from a list or a customer's page. Can be undone. With `task`, counted as that task's
 * progress; `cancelTask(task)` stops it with nobody added.
 */
export function addToSituation(
  id: string,
  customerIds: string[],
  staff: string,
  task?: string,
): Promise<SituationAction> {
  return call("add_to_situation", { id, customerIds, staff, task });
}

export function removeFromSituation(id: string, customerId: string): Promise<null> {
  return call("remove_from_situation", { id, customerId });
}

/** Adds a group with the person who keeps in touch with it; resolves to its id. */
export function addSituationGroup(id: string, name: string, concierge: string): Promise<string> {
  return call("add_situation_group", { id, name, concierge });
}

export function setGroupConcierge(id: string, groupId: string, concierge: string): Promise<null> {
  return call("set_group_concierge", { id, groupId, concierge });
}

export function setMemberConcierge(id: string, customerId: string, concierge: string): Promise<null> {
  return call("set_member_concierge", { id, customerId, concierge });
}

/** Puts customers in a group (null: in none). Can be undone. */
export function groupMembers(
  id: string,
  customerIds: string[],
  groupId: string | null,
  staff: string,
): Promise<SituationAction> {
  return call("group_members", { id, customerIds, groupId, staff });
}

// ---- Protecting the notebook with a passphrase, locking and unlocking it ----

/** Whether the notebook is protected and locked, how soon it locks, and whether the keychain remembers it. */
export function lockStatus(): Promise<LockStatus> {
  return call("lock_status");
}

/**
 * Opens the locked notebook; with `remember`, this computer's keychain keeps the
 * passphrase for the next start. A wrong passphrase is refused as `invalid_input`
 * on the field `passphrase`. When the keychain cannot keep it, the notebook is
 * open anyway and the failure comes as `system`.
 */
export function unlock(passphrase: string, remember: boolean): Promise<LockStatus> {
  return call("unlock", { passphrase, remember });
}

/** Locks a protected notebook now; one not protected is refused on the field `lock`. */
export function lockNotebook(): Promise<LockStatus> {
  return call("lock");
}

/**
 * Someone is using the window without asking Kindly for anything yet (typing a
 * note): Kindly's own idle lock counts afresh.
 */
export function stillHere(): Promise<null> {
  return call("still_here");
}

/**
 * Encrypts the notebook with `passphrase` (typed twice: `again`); a protected
 * backup is taken, and older unprotected ones stay until the notebook is unlocked
 * with the passphrase after a restart (`plain_backups_waiting`). Refused on the
 * field `passphrase` (too short, or already protected) or `again` (not the same).
 * When the keychain cannot remember it, the notebook is protected anyway and the
 * failure comes as `system`.
 */
export function protectNotebook(
  passphrase: string,
  again: string,
  remember: boolean,
  task?: string,
): Promise<ProtectOutcome> {
  return call("protect_notebook", { passphrase, again, remember, task });
}

/**
 * Replaces the passphrase; `remember` false also forgets one remembered before. With `task`, its stages are reported
 * as that task's progress (protecting and removing too); it is never cancelled.
 * Refused on the field `current`, `passphrase` or `again`; a keychain failure comes as `system`.
 */
export function changePassphrase(
  current: string,
  passphrase: string,
  again: string,
  remember: boolean,
  task?: string,
): Promise<ProtectionSettings> {
  return call("change_passphrase", { current, passphrase, again, remember, task });
}

/** Decrypts the notebook for good (and forgets a remembered passphrase). A wrong one is refused on the field `current`. */
export function removeProtection(current: string, task?: string): Promise<ProtectionSettings> {
  return call("remove_protection", { current, task });
}

/** Locks the window after `minutes` without use (0: never; at most 1440), refused on the field `lock_after_minutes`. */
export function setLockAfter(minutes: number): Promise<ProtectionSettings> {
  return call("set_lock_after", { minutes });
}

/** Forgets the passphrase this computer's keychain remembers: Kindly asks for it at the next start. */
export function forgetRememberedPassphrase(): Promise<LockStatus> {
  return call("forget_remembered_passphrase");
}

// ---- Working on a team notebook ----

/** Whether this computer works on a team notebook, which, and who is signed in (and whether they are its owner). */
export function teamStatus(): Promise<TeamStatus> {
  return call("team_status");
}

/**
 * Joins the team notebook `login@server/database`: Kindly tests the connection by
 * opening it, and only then notes it on this computer (never the password; the
 * keychain keeps that when `remember`). Refused on `server`, `database`, `login`
 * or `password` (`invalid_input`), or with the server's own code
 * (`server_unreachable`, `sign_in_failed`, `server_too_old`, `not_team_notebook`,
 * …); then nothing was written on this computer.
 */
export function joinTeam(
  server: string,
  database: string,
  login: string,
  password: string,
  remember: boolean,
): Promise<TeamStatus> {
  return call("join_team", { server, database, login, password, remember });
}

/**
 * The number of a kindly://call link that came while Kindly ran, once ("open-call" says one waits); `null` when
 * there is none.
 */
export function takeCall(): Promise<string | null> {
  return call("take_call");
}

/** The kindly://join link Kindly was started (or brought forward) with, once; `null` when there is none. */
export function takeJoinLink(): Promise<JoinLink | null> {
  return call("take_join_link");
}

/** Signs in to the team notebook this computer works on; `sign_in_failed` for a wrong password. */
export function signInTeam(password: string, remember: boolean): Promise<TeamStatus> {
  return call("sign_in_team", { password, remember });
}

/** Tries the team notebook's server again with the remembered password (`sign_in_needed` without one). */
export function retryTeam(): Promise<TeamStatus> {
  return call("retry_team");
}

/** Stops working on the team notebook (forgetting it and its password here); this computer's own notebook opens. */
export function leaveTeam(): Promise<TeamStatus> {
  return call("leave_team");
}

// ---- The team notebook owner's tools (refused for anyone else) ----

/** Every login made on the team notebook, removed ones too, oldest first. */
export function teamLogins(): Promise<StaffLogin[]> {
  return call("team_logins");
}

/** Makes a login for `name` with a new password: the answer is the only time it is shown. */
export function addTeamLogin(name: string): Promise<HandOver> {
  return call("add_team_login", { name });
}

/** Takes away `login`: they can no longer sign in; what they wrote stays. */
export function removeTeamLogin(login: string): Promise<StaffLogin> {
  return call("remove_team_login", { login });
}

/** Who is signed in to the team notebook now, and on which computer. */
export function teamSignedInNow(): Promise<TeamPresence[]> {
  return call("team_signed_in_now");
}

/**
 * What moving this computer's own notebook up would carry (nothing written);
 * a protected one needs its passphrase (an error on `passphrase` without it),
 * and a team notebook holding anything already is `team_notebook_not_empty`.
 */
export function moveUpPreview(passphrase: string | null): Promise<Moved> {
  return call("move_up_preview", { passphrase });
}

/** Moves this computer's own notebook up into the empty team notebook (this computer's stays as it is). */
export function moveUp(passphrase: string | null): Promise<Moved> {
  return call("move_up", { passphrase });
}

/**
 * Writes a complete copy of the team notebook into a new file named for
 * `today` (YYYY-MM-DD) in Downloads, or in a folder the person picks
 * (`null`: they cancelled).
 */
export function copyTeamOut(today: string, chooseFolder: boolean): Promise<TeamCopy | null> {
  return call("copy_team_out", { today, chooseFolder });
}

/** The version and where the notebook is (its file, or the team notebook's server and database). */
export function about(): Promise<About> {
  return call("about");
}

/** Opens the log folder (in the data folder, never named by the window) in the system's file manager. */
export function openLogFolder(): Promise<null> {
  return call("open_log_folder");
}

/** Whether Kindly stopped unexpectedly last time: answered once per crash note, then `null`. */
export function crashNotice(): Promise<CrashNotice | null> {
  return call("crash_notice");
}

// ---- The Customers list, saved lists and changes to many at once ----

/** One page of the customers `filter` matches, in `sort`'s order, after the previous page's `next`. */
export function listCustomers(
  filter: CustomerFilter,
  sort: ListSort,
  after: ListCursor | null,
  limit: number,
): Promise<CustomerListPage> {
  return call("list_customers", { filter, sort, after, limit });
}

/** How many customers (not in Trash) `filter` matches now. */
export function countCustomers(filter: CustomerFilter): Promise<number> {
  return call("count_customers", { filter });
}

/** Every saved list, by name, each with its live count. */
export function savedLists(): Promise<SavedList[]> {
  return call("saved_lists");
}

/** Saves a new list; a name another list has is refused beside `name`. */
export function createSavedList(input: SavedListInput): Promise<SavedList> {
  return call("create_saved_list", { input });
}

/** Renames a list or changes its filter, from the version it was read at. */
export function updateSavedList(id: string, version: number, input: SavedListInput): Promise<SavedList> {
  return call("update_saved_list", { id, version, input });
}

/** Deletes a list; `restoreSavedList` brings it back (Undo). */
export function deleteSavedList(id: string, version: number): Promise<null> {
  return call("delete_saved_list", { id, version });
}

export function restoreSavedList(id: string): Promise<SavedList> {
  return call("restore_saved_list", { id });
}

/** Every import that added customers, newest first (for the "from an import" filter). */
export function listImports(): Promise<ImportRecord[]> {
  return call("list_imports");
}

/**
 * Saves just the customers `selection` names, where the person chooses in "Save as"; the writing's progress comes
 * as `task`. `null` when they cancel there (nothing written).
 */
export function exportSelection(
  selection: Selection,
  format: ExportFormat,
  task: string,
): Promise<Saved | null> {
  return call("export_selection", { selection, format, task });
}

/** How many customers `selection` names and how many `change` would change. Changes nothing. */
export function previewBulkChange(selection: Selection, change: BulkChange): Promise<BulkPreview> {
  return call("preview_bulk_change", { selection, change });
}

/** Makes `change` to everyone `selection` names, in one step; counted as `task`, which Cancel stops. */
export function bulkChange(
  selection: Selection,
  change: BulkChange,
  task?: string,
): Promise<BulkChangeRecord> {
  return call("bulk_change", { selection, change, task });
}

/** Takes a change to many (or a tag change) back; counted as `task`. */
export function undoBulkChange(id: string, task?: string): Promise<BulkChangeRecord> {
  return call("undo_bulk_change", { id, task });
}

/** The latest changes to many at once, newest first. */
export function recentBulkChanges(limit: number): Promise<BulkChangeRecord[]> {
  return call("recent_bulk_changes", { limit });
}

// ---- Tags (commands/tags.rs) and Reports (commands/reports.rs) ----

/** Every tag on a customer not in Trash, with how many carry it, by name. */
export function tagCounts(): Promise<import("./types").TagCount[]> {
  return call("tags");
}

/**
 * Renames, merges or deletes a tag on everyone, in one step that can be undone. With `task`, the customers
 * changed are counted as that task's progress, and `cancelTask(task)` stops it having changed nothing.
 */
export function changeTag(
  change: import("./types").TagChange,
  task?: string,
): Promise<import("./types").BulkChangeRecord> {
  return call("change_tag", { change, task });
}

/** Takes a tag change back (its record's `id`), counted as `task` when given: a bulk change's Undo. */
export function undoTagChange(id: string, task?: string): Promise<import("./types").BulkChangeRecord> {
  return undoBulkChange(id, task);
}

/** Every figure of the Reports screen for the months of `period`. */
export function reports(period: import("./types").ReportPeriod): Promise<import("./types").Reports> {
  return call("reports", { period });
}

/** The ids of the customers behind one bar (or table cell) of a report for `period`. */
export function customersBehind(
  period: import("./types").ReportPeriod,
  bar: import("./types").ReportBar,
): Promise<string[]> {
  return call("customers_behind", { period, bar });
}
