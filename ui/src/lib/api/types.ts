// One import point for the generated bindings, so components need not know file names.
export type { Birthday } from "./bindings/Birthday";
export type { ContactChannel } from "./bindings/ContactChannel";
export type { Customer } from "./bindings/Customer";
export type { Stage } from "./bindings/Stage";
export type { CustomerInput } from "./bindings/CustomerInput";
export type { CustomerSummary } from "./bindings/CustomerSummary";
export type { CustomerChange } from "./bindings/CustomerChange";
export type { CustomerChangesPage } from "./bindings/CustomerChangesPage";
export type { ChangesCursor } from "./bindings/ChangesCursor";
export type { EmailInput } from "./bindings/EmailInput";
export type { ErrorCode } from "./bindings/ErrorCode";
export type { ErrorPayload } from "./bindings/ErrorPayload";
export type { ConflictDetail } from "./bindings/ConflictDetail";
export type { NotebookInfo } from "./bindings/NotebookInfo";
export type { Opening } from "./bindings/Opening";
export type { WindowStart } from "./bindings/WindowStart";
export type { Welcome } from "./bindings/Welcome";
export type { Phone } from "./bindings/Phone";
export type { PhoneInput } from "./bindings/PhoneInput";
export type { TrashedCustomer } from "./bindings/TrashedCustomer";
export type { Channel } from "./bindings/Channel";
export type { ConversationInput } from "./bindings/ConversationInput";
export type { CustomerPage } from "./bindings/CustomerPage";
export type { EntryKind } from "./bindings/EntryKind";
export type { EventType } from "./bindings/EventType";
export type { Issue } from "./bindings/Issue";
export type { IssueEvent } from "./bindings/IssueEvent";
export type { IssueInput } from "./bindings/IssueInput";
export type { IssueMove } from "./bindings/IssueMove";
export type { IssueState } from "./bindings/IssueState";
export type { LastContact } from "./bindings/LastContact";
export type { Mood } from "./bindings/Mood";
export type { Pattern } from "./bindings/Pattern";
// Renamed so it never hides the built-in Promise in files that import it.
export type { Promise as CustomerPromise } from "./bindings/Promise";
export type { PromiseEvent } from "./bindings/PromiseEvent";
export type { PromiseInput } from "./bindings/PromiseInput";
export type { PromiseOutcome } from "./bindings/PromiseOutcome";
export type { PromiseState } from "./bindings/PromiseState";
export type { StaffMember } from "./bindings/StaffMember";
export type { StaffRoster } from "./bindings/StaffRoster";
export type { TimelineCursor } from "./bindings/TimelineCursor";
export type { TimelineItem } from "./bindings/TimelineItem";
export type { TimelinePage } from "./bindings/TimelinePage";
export type { TrashedEntry } from "./bindings/TrashedEntry";
export type { WaitingOn } from "./bindings/WaitingOn";

export type { Conversation } from "./bindings/Conversation";

// Follow-ups, the Today screen and reminders.
export type { FollowUp } from "./bindings/FollowUp";
export type { FollowUpAction } from "./bindings/FollowUpAction";
export type { FollowUpDone } from "./bindings/FollowUpDone";
export type { FollowUpInput } from "./bindings/FollowUpInput";
export type { FollowUpPlan } from "./bindings/FollowUpPlan";
export type { Reminder } from "./bindings/Reminder";
export type { Snooze } from "./bindings/Snooze";
export type { StayInTouch } from "./bindings/StayInTouch";
export type { TimeSettings } from "./bindings/TimeSettings";
export type { TodayBirthday } from "./bindings/TodayBirthday";
export type { TodayDrifting } from "./bindings/TodayDrifting";
export type { TodayFollowUp } from "./bindings/TodayFollowUp";
export type { TodayPage } from "./bindings/TodayPage";
export type { TodayPromise } from "./bindings/TodayPromise";
export type { TouchState } from "./bindings/TouchState";
export type { TouchStatus } from "./bindings/TouchStatus";

// The callback brief, the caller lookup and "after the call".
export type { AfterCall } from "./bindings/AfterCall";
export type { Brief } from "./bindings/Brief";
export type { BriefBirthday } from "./bindings/BriefBirthday";
export type { BriefContact } from "./bindings/BriefContact";
export type { BriefChange } from "./bindings/BriefChange";
export type { ChangedSince } from "./bindings/ChangedSince";
export type { BriefIssue } from "./bindings/BriefIssue";
export type { BriefPromise } from "./bindings/BriefPromise";
export type { CallerLookup } from "./bindings/CallerLookup";
export type { CallerMatch } from "./bindings/CallerMatch";
export type { CallOutcome } from "./bindings/CallOutcome";
export type { PhoneMatch } from "./bindings/PhoneMatch";

// Backups.
export type { BackupInfo } from "./bindings/BackupInfo";
export type { BackupSettings } from "./bindings/BackupSettings";

// Importing contacts, duplicates and merges.
export type { AddressColumns } from "./bindings/AddressColumns";
export type { ColumnMap } from "./bindings/ColumnMap";
export type { ContactsFile } from "./bindings/ContactsFile";
export type { CsvPreview } from "./bindings/CsvPreview";
export type { DuplicatePair } from "./bindings/DuplicatePair";
export type { ImportAction } from "./bindings/ImportAction";
export type { ImportPreview } from "./bindings/ImportPreview";
export type { ImportRow } from "./bindings/ImportRow";
export type { ImportSummary } from "./bindings/ImportSummary";
export type { LabeledColumn } from "./bindings/LabeledColumn";
export type { MergeOutcome } from "./bindings/MergeOutcome";
export type { MergeRecord } from "./bindings/MergeRecord";
export type { RowProblem } from "./bindings/RowProblem";

// Situations: one problem that touches many customers.
export type { CloseSituation } from "./bindings/CloseSituation";
export type { ConciergeProgress } from "./bindings/ConciergeProgress";
export type { CustomerSituation } from "./bindings/CustomerSituation";
export type { MemberFilter } from "./bindings/MemberFilter";
export type { Situation } from "./bindings/Situation";
export type { SituationAction } from "./bindings/SituationAction";
export type { SituationActionKind } from "./bindings/SituationActionKind";
export type { SituationFilter } from "./bindings/SituationFilter";
export type { SituationGroup } from "./bindings/SituationGroup";
export type { SituationInput } from "./bindings/SituationInput";
export type { SituationMember } from "./bindings/SituationMember";
export type { SituationMemberPage } from "./bindings/SituationMemberPage";
export type { SituationMessage } from "./bindings/SituationMessage";
export type { SituationProgress } from "./bindings/SituationProgress";
export type { SituationSummary } from "./bindings/SituationSummary";
export type { SituationUpdate } from "./bindings/SituationUpdate";
export type { SituationUpdateInput } from "./bindings/SituationUpdateInput";
export type { TellHow } from "./bindings/TellHow";
export type { TellInput } from "./bindings/TellInput";
// Protecting the notebook with a passphrase, locking and unlocking it.
export type { LockStatus } from "./bindings/LockStatus";
export type { TeamStatus } from "./bindings/TeamStatus";
export type { JoinLink } from "./bindings/JoinLink";
export type { StaffLogin } from "./bindings/StaffLogin";
export type { TeamPresence } from "./bindings/TeamPresence";
export type { Moved } from "./bindings/Moved";

/**
 * A new team login, as `add_team_login` answers once (the shell's `HandOver`,
 * src-tauri/src/commands/team_owner.rs): the only time its password is shown.
 */
export interface HandOver {
  login: string;
  display_name: string;
  password: string;
  /** kindly://join?server=…&database=…&login=… — never the password. */
  join_link: string;
}

/**
 * Settings → About (the shell's `About`, src-tauri/src/commands/about.rs): the
 * version, and the notebook file or the team notebook's server and database.
 */
export interface About {
  version: string;
  path: string | null;
  server: string | null;
  database: string | null;
}

/** Kindly stopped unexpectedly last time (the shell's `CrashNotice`): when its crash note was written. */
export interface CrashNotice {
  noted_at: number | null;
}

/**
 * Where an export went (the shell's `Saved`, src-tauri/src/commands/export.rs): the folder the
 * person chose in "Save as", and the names of the files written there, in the order written.
 */
export interface Saved {
  folder: string;
  files: string[];
}

/** A complete copy of the team notebook (the shell's `TeamCopy`): where it went, what it holds. */
export interface TeamCopy {
  path: string;
  moved: import("./bindings/Moved").Moved;
}
export type { TeamAddress } from "./bindings/TeamAddress";
export type { SignedIn } from "./bindings/SignedIn";
export type { ProtectionSettings } from "./bindings/ProtectionSettings";
export type { ProtectOutcome } from "./bindings/ProtectOutcome";

// The Customers list, saved lists and changes to many at once (#26).
export type { BulkChange } from "./bindings/BulkChange";
export type { BulkChangeRecord } from "./bindings/BulkChangeRecord";
export type { BulkPreview } from "./bindings/BulkPreview";
export type { ChangeMade } from "./bindings/ChangeMade";
export type { CustomerFilter } from "./bindings/CustomerFilter";
export type { CustomerListPage } from "./bindings/CustomerListPage";
export type { CustomerListRow } from "./bindings/CustomerListRow";
export type { ExportFormat } from "./bindings/ExportFormat";
export type { ImportRecord } from "./bindings/ImportRecord";
export type { ListColumn } from "./bindings/ListColumn";
export type { ListCursor } from "./bindings/ListCursor";
export type { ListSort } from "./bindings/ListSort";
export type { SavedList } from "./bindings/SavedList";
export type { SavedListInput } from "./bindings/SavedListInput";
export type { Selection } from "./bindings/Selection";
export type { TagChange } from "./bindings/TagChange";
// Tags and Reports.
export type { TagCount } from "./bindings/TagCount";
export type { ReportPeriod } from "./bindings/ReportPeriod";
export type { Reports } from "./bindings/Reports";
export type { ReportBar } from "./bindings/ReportBar";
export type { PromiseOutcomes } from "./bindings/PromiseOutcomes";
export type { CheckIns } from "./bindings/CheckIns";
export type { Resolution } from "./bindings/Resolution";
export type { MonthCount } from "./bindings/MonthCount";
export type { UpsetWaiting } from "./bindings/UpsetWaiting";
