/** Small builders for the data Rust sends, with sensible defaults. */
import type { Customer, CustomerSummary, NotebookInfo, TrashedCustomer } from "../lib/api/types";

export function info(overrides: Partial<NotebookInfo> = {}): NotebookInfo {
  return { customer_count: 3, trash_count: 0, path: "/tmp/kindly.db", phone_region: "GB", ...overrides };
}

export function summary(overrides: Partial<CustomerSummary> = {}): CustomerSummary {
  return {
    id: "0190a000-0000-7000-8000-000000000001",
    full_name: "Margaret Okafor",
    preferred_name: "",
    company: "",
    primary_phone: null,
    tags: [],
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
    dont: [],
    preferences: [],
    remember: [],
    tags: [],
    notes: "",
    looked_after_by: "",
    created_at: Date.UTC(2025, 2, 3, 10, 0),
    updated_at: Date.UTC(2025, 2, 4, 10, 0),
    deleted_at: null,
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
