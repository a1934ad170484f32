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
