/**
 * The only place that talks to the Rust core. Every command is typed with the
 * generated bindings, and every failure is rethrown as a KindlyError.
 */
import { invoke } from "@tauri-apps/api/core";
import { toKindlyError } from "./errors";
import type { Customer } from "./bindings/Customer";
import type { CustomerInput } from "./bindings/CustomerInput";
import type { CustomerSummary } from "./bindings/CustomerSummary";
import type { NotebookInfo } from "./bindings/NotebookInfo";
import type { TrashedCustomer } from "./bindings/TrashedCustomer";
import type {
  Conversation,
  ConversationInput,
  CustomerPage,
  CustomerPromise,
  EntryKind,
  Issue,
  IssueInput,
  IssueMove,
  PromiseInput,
  PromiseOutcome,
  StaffRoster,
  TimelineCursor,
  TimelinePage,
  TrashedEntry,
} from "./types";

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (reason) {
    throw toKindlyError(reason);
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

export function updateCustomer(id: string, input: CustomerInput): Promise<Customer> {
  return call("update_customer", { id, input });
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
export function updateIssue(id: string, input: IssueInput): Promise<Issue> {
  return call("update_issue", { id, input });
}

/** A move Rust does not allow is refused as `invalid_input` on the field `to`. */
export function moveIssue(id: string, change: IssueMove): Promise<Issue> {
  return call("move_issue", { id, change });
}

export function getIssue(id: string): Promise<Issue> {
  return call("get_issue", { id });
}

export function makePromise(input: PromiseInput): Promise<CustomerPromise> {
  return call("make_promise", { input });
}

/** Changes what was promised, who promised it and its issue; a new date goes through `settlePromise`. */
export function updatePromise(id: string, input: PromiseInput): Promise<CustomerPromise> {
  return call("update_promise", { id, input });
}

export function settlePromise(id: string, outcome: PromiseOutcome): Promise<CustomerPromise> {
  return call("settle_promise", { id, outcome });
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
