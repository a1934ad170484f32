/** Small builders for the data Rust sends, with sensible defaults. */
import type {
  BackupInfo,
  BackupSettings,
  Brief,
  CustomerChange,
  CallerMatch,
  ColumnMap,
  ContactsFile,
  Conversation,
  Customer,
  CustomerPage,
  CustomerPromise,
  CustomerSummary,
  DuplicatePair,
  FollowUp,
  ImportPreview,
  ImportRow,
  Issue,
  LockStatus,
  MergeRecord,
  NotebookInfo,
  MemberFilter,
  Situation,
  SituationMember,
  SituationMemberPage,
  StaffRoster,
  TimelineItem,
  TodayFollowUp,
  TodayPage,
  TrashedCustomer,
} from "../lib/api/types";

export function info(overrides: Partial<NotebookInfo> = {}): NotebookInfo {
  return {
    customer_count: 3,
    trash_count: 0,
    path: "/tmp/kindly.db",
    phone_region: "GB",
    sample_count: 0,
    welcome: false,
    ...overrides,
  };
}

export function summary(overrides: Partial<CustomerSummary> = {}): CustomerSummary {
  return {
    id: "0190a000-0000-7000-8000-000000000001",
    full_name: "Margaret Okafor",
    preferred_name: "",
    company: "",
    primary_phone: null,
    tags: [],
    sample: false,
    ...overrides,
  };
}

export function customer(overrides: Partial<Customer> = {}): Customer {
  return {
    id: "0190a000-0000-7000-8000-000000000001",
    full_name: "Margaret Okafor",
    preferred_name: "",
    pronunciation: "",
    pronouns: "",
    company: "",
    phones: [],
    emails: [],
    address: "",
    birthday: null,
    contact_channel: "no_preference",
    best_time: "",
    language: "",
    dont: [],
    preferences: [],
    remember: [],
    tags: [],
    notes: "",
    looked_after_by: "",
    stay_in_touch: null,
    created_at: Date.UTC(2025, 2, 3, 10, 0),
    updated_at: Date.UTC(2025, 2, 4, 10, 0),
    deleted_at: null,
    version: 3,
    ...overrides,
  };
}

export function trashed(overrides: Partial<TrashedCustomer> = {}): TrashedCustomer {
  return {
    id: "0190a000-0000-7000-8000-000000000009",
    full_name: "Tom Baker",
    preferred_name: "",
    company: "",
    deleted_at: Date.UTC(2025, 2, 3, 10, 0),
    ...overrides,
  };
}

/** A promise plus the functions that settle it, to control when an answer arrives. */
export function deferred<T>(): {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
} {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export function page(overrides: Partial<CustomerPage> = {}): CustomerPage {
  return {
    customer: customer(),
    sample: false,
    open_issues: [],
    open_promises: [],
    timeline: { items: [], next: null },
    patterns: [],
    last_contact: null,
    follow_ups: [],
    touch: null,
    situations: [],
    ...overrides,
  };
}

/** An empty roster by default; `roster(true)` has Ana (at the desk) and Ben. */
export function roster(withStaff = false): StaffRoster {
  if (!withStaff) return { staff: [], at_desk: null, signed_in: null };
  return {
    staff: [
      { id: "staff-ana", name: "Ana", initials: "A" },
      { id: "staff-ben", name: "Ben Okoro", initials: "BO" },
    ],
    at_desk: "staff-ana",
    signed_in: null,
  };
}

export function item(overrides: Partial<TimelineItem> = {}): TimelineItem {
  return {
    seq: 1,
    at: Date.UTC(2025, 2, 3, 10, 0),
    event: "conversation",
    entry_kind: "conversation",
    entry_id: "conv-1",
    title: "Asked about the invoice",
    channel: "call_in",
    staff: "Ana",
    mood: null,
    from_state: null,
    to_state: null,
    waiting_on: null,
    note: "",
    old_due_at: null,
    new_due_at: null,
    issue_id: null,
    action: null,
    outcome: null,
    ...overrides,
  };
}

export function issue(overrides: Partial<Issue> = {}): Issue {
  const opened = Date.UTC(2025, 2, 3, 10, 0);
  return {
    id: "issue-1",
    customer_id: "0190a000-0000-7000-8000-000000000001",
    title: "Charged twice",
    own_words: "You took the money twice for March.",
    root_cause: "",
    categories: ["billing"],
    handler: "Ana",
    mood_at_start: "upset",
    state: "open",
    waiting_on: null,
    opened_at: opened,
    history: [
      { at: opened, staff: "Ana", from: null, to: "open", note: "", waiting_on: null, mood: "upset" },
    ],
    version: 3,
    ...overrides,
  };
}

export function promise(overrides: Partial<CustomerPromise> = {}): CustomerPromise {
  return {
    id: "promise-1",
    customer_id: "0190a000-0000-7000-8000-000000000001",
    issue_id: null,
    what: "Refund the deposit",
    due_at: Date.UTC(2025, 2, 7, 17, 0),
    promised_by: "Ana",
    state: "open",
    made_at: Date.UTC(2025, 2, 3, 10, 0),
    overdue: false,
    history: [],
    version: 3,
    ...overrides,
  };
}

/** A one-off "call back" due tomorrow at 10:30 local time, for Ana. */
export function followUp(overrides: Partial<FollowUp> = {}): FollowUp {
  const due = new Date();
  due.setDate(due.getDate() + 1);
  due.setHours(10, 30, 0, 0);
  return {
    id: "fu-1",
    customer_id: "0190a000-0000-7000-8000-000000000001",
    about_id: null,
    about_kind: null,
    action: "call_back",
    date: `${due.getFullYear()}-${String(due.getMonth() + 1).padStart(2, "0")}-${String(due.getDate()).padStart(2, "0")}`,
    time: "10:30",
    repeat: null,
    assignee: "Ana",
    note: "",
    due_at: due.getTime(),
    occurrence_at: due.getTime(),
    snoozed: false,
    all_day: false,
    about_title: null,
    version: 3,
    ...overrides,
  };
}

/** One row of Today for Margaret Okafor. */
export function todayRow(
  f: Partial<FollowUp> = {},
  overrides: Partial<Omit<TodayFollowUp, "follow_up">> = {},
): TodayFollowUp {
  return {
    follow_up: followUp(f),
    customer_name: "Margaret Okafor",
    missed: false,
    ...overrides,
  };
}

/** Today with nothing on it, unless given. */
export function todayPage(overrides: Partial<TodayPage> = {}): TodayPage {
  const base: TodayPage = {
    overdue: [],
    today: [],
    upcoming: [],
    promises: [],
    birthdays: [],
    drifting: [],
    overdue_count: 0,
    today_count: 0,
    anything_due: false,
    ...overrides,
  };
  return {
    ...base,
    overdue_count: overrides.overdue_count ?? base.overdue.length,
    today_count: overrides.today_count ?? base.today.length,
    anything_due:
      overrides.anything_due ??
      (base.overdue.length > 0 || base.today.length > 0 || base.promises.some((p) => p.overdue)),
  };
}

/** A brief for Margaret Okafor with nothing in it but her name. */
export function brief(overrides: Partial<Brief> = {}): Brief {
  return {
    customer_id: "0190a000-0000-7000-8000-000000000001",
    name: "Margaret Okafor",
    full_name: "Margaret Okafor",
    pronunciation: "",
    pronouns: "",
    company: "",
    dont: [],
    open_issues: [],
    promises: [],
    follow_ups_due: [],
    recent: [],
    preferences: [],
    remember: [],
    notes: "",
    best_time: "",
    language: "",
    contact_channel: "no_preference",
    birthday_soon: null,
    looked_after_by: "",
    phones: [],
    touch: null,
    situations: [],
    changed_since: null,
    ...overrides,
  };
}

/** One change-history entry: Ben Ortiz changed the best time, two minutes before `now`. */
export function customerChange(overrides: Partial<CustomerChange> = {}): CustomerChange {
  return {
    seq: 1,
    field: "best_time",
    before: "weekday mornings",
    after: "evenings",
    changed_at: Date.now() - 2 * 60_000,
    changed_by: "Ben Ortiz",
    at_desk: "",
    ...overrides,
  };
}

/** One customer a caller's number matched. */
export function callerMatch(overrides: Partial<CallerMatch> = {}): CallerMatch {
  return {
    customer_id: "0190a000-0000-7000-8000-000000000001",
    name: "Margaret Okafor",
    full_name: "Margaret Okafor",
    company: "",
    phone: "07700 900123",
    phone_label: "mobile",
    matched_by: "exact",
    last_contact_at: null,
    ...overrides,
  };
}

export function conversation(overrides: Partial<Conversation> = {}): Conversation {
  return {
    id: "conv-1",
    customer_id: "0190a000-0000-7000-8000-000000000001",
    channel: "call_out",
    happened_at: Date.UTC(2025, 2, 3, 10, 0),
    staff: "Ana",
    summary: "",
    mood: null,
    issue_id: null,
    outcome: null,
    ...overrides,
  };
}

/** Backup settings for info()'s notebook: the default folder beside it, 10 kept, none taken yet. */
export function backupSettings(overrides: Partial<BackupSettings> = {}): BackupSettings {
  return { folder: "/tmp/backups", keep: 10, last_backup_at: null, trouble: null, ...overrides };
}

/** One backup file in the default folder, taken on 3 March 2025 at 10:00 UTC. */
export function backup(overrides: Partial<BackupInfo> = {}): BackupInfo {
  return {
    path: "/tmp/backups/kindly-backup-20250303-100000-000Z.sqlite",
    file_name: "kindly-backup-20250303-100000-000Z.sqlite",
    taken_at: Date.UTC(2025, 2, 3, 10, 0),
    bytes: 245_760,
    ...overrides,
  };
}

/** A map that reads nothing; tests set the columns they need. */
export function columnMap(overrides: Partial<ColumnMap> = {}): ColumnMap {
  return {
    full_name: null,
    given_name: null,
    middle_name: null,
    family_name: null,
    nickname: null,
    company: null,
    phones: [],
    emails: [],
    addresses: [],
    birthday: null,
    notes: null,
    tags: null,
    pronunciation: null,
    pronouns: null,
    contact_channel: null,
    best_time: null,
    language: null,
    dont: null,
    preferences: null,
    remember: null,
    looked_after_by: null,
    stay_in_touch_ideal: null,
    stay_in_touch_longest: null,
    exact: false,
    ...overrides,
  };
}

/**
 * A small spreadsheet: Name, Mobile, E-mail, Notes, Town, with two rows and
 * the name, mobile and e-mail guessed.
 */
export function csvFile(overrides: Partial<ContactsFile> = {}): ContactsFile {
  return {
    name: "customers.csv",
    csv: {
      headers: ["Name", "Mobile", "E-mail", "Notes", "Town"],
      rows: [
        ["Rosa Diaz", "07700 900123", "rosa@example.com", "Likes <b>bold</b> tea", "Leeds"],
        ["Tom Baker", "07700 900456", "", "", "York"],
      ],
      guess: columnMap({
        full_name: 0,
        phones: [{ column: 1, label: "mobile", label_column: null }],
        emails: [{ column: 2, label: "", label_column: null }],
        notes: 3,
      }),
    },
    ...overrides,
  };
}

export function importRow(overrides: Partial<ImportRow> = {}): ImportRow {
  return {
    line: 2,
    name: "Rosa Diaz",
    action: "create",
    matched: null,
    matched_id: null,
    reason: null,
    changes: [],
    problems: [],
    ...overrides,
  };
}

export function importPreview(overrides: Partial<ImportPreview> = {}): ImportPreview {
  return { create_count: 0, merge_count: 0, skip_count: 0, rows: [], problems: [], notes: [], ...overrides };
}

export function duplicatePair(overrides: Partial<DuplicatePair> = {}): DuplicatePair {
  return {
    a: summary({
      id: "id-rosa",
      full_name: "Rosa Diaz",
      company: "Diaz Flowers",
      primary_phone: "07700 900123",
    }),
    b: summary({
      id: "id-rosa-2",
      full_name: "Rosa Díaz",
      preferred_name: "Rosie",
      primary_phone: "07700 900123",
    }),
    reason: "Same phone number 07700 900123",
    ...overrides,
  };
}

export function mergeRecord(overrides: Partial<MergeRecord> = {}): MergeRecord {
  return {
    id: "merge-1",
    kept_id: "id-rosa",
    kept_name: "Rosa Diaz",
    merged_id: "id-rosa-2",
    merged_name: "Rosa Díaz",
    at: Date.UTC(2025, 2, 4, 10, 0),
    ...overrides,
  };
}

/** A notebook that is not protected, unless told otherwise. */
export function lockStatus(overrides: Partial<LockStatus> = {}): LockStatus {
  return { locked: false, protected: false, lock_after_minutes: 0, remembered: false, ...overrides };
}

/** An open situation with nobody affected yet. */
/**
 * A situation as `get_situation` answers, with the affected customers the
 * mock's `situation_members` pages through (`members`, not part of the real
 * answer); the progress counts them unless given.
 */
export function situation(
  overrides: Partial<Situation> & { members?: SituationMember[] } = {},
): Situation & { members: SituationMember[] } {
  const members = overrides.members ?? [];
  return {
    id: "sit-1",
    title: "Oven recall",
    what_happened: "",
    what_we_do: "",
    expected_fix: null,
    lead: "Ana",
    created_at: 0,
    closed_at: null,
    saved_filter: null,
    updates: [],
    groups: [],
    progress: { told: members.filter((m) => m.told).length, total: members.length, by_concierge: [] },
    upset: members.filter((m) => m.mood === "upset").length,
    undoable: null,
    version: 3,
    ...overrides,
    members,
  };
}

/** The page of `members` a filter picks out, as the core answers it (by name, already sorted). */
export function memberPage(
  members: SituationMember[],
  filter: MemberFilter,
  offset: number,
  limit: number,
): SituationMemberPage {
  const picked = memberIds(members, filter);
  const matching = members.filter((m) => picked.includes(m.customer_id));
  return { members: matching.slice(offset, offset + limit), matching: matching.length, offset };
}

/** The ids of the `members` a filter picks out. */
export function memberIds(members: SituationMember[], filter: MemberFilter): string[] {
  const name = filter.name.toLowerCase();
  return members
    .filter(
      (m) =>
        (!name || m.name.toLowerCase().includes(name) || m.full_name.toLowerCase().includes(name)) &&
        (filter.group_id === null || (m.group_id ?? "") === filter.group_id) &&
        (filter.told === null || m.told === filter.told) &&
        (filter.customer_ids.length === 0 || filter.customer_ids.includes(m.customer_id)),
    )
    .map((m) => m.customer_id);
}

/** Rosie, affected and not told yet. */
export function situationMember(overrides: Partial<SituationMember> = {}): SituationMember {
  return {
    customer_id: "id-rosie",
    name: "Rosie",
    full_name: "Rosalind Park",
    group_id: null,
    concierge: "",
    language: "",
    told: false,
    told_at: null,
    told_by: "",
    told_how: null,
    mood: null,
    ...overrides,
  };
}
