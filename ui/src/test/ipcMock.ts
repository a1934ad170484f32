/**
 * Stand-in for src/lib/api/ipc.ts. Use in a test file with
 *   vi.mock("<relative path>/api/ipc", () => import("<relative path>/test/ipcMock"));
 * then `vi.mocked(ipc.searchCustomers)` etc. `resetIpc()` gives every command
 * a harmless default answer.
 */
import { vi } from "vitest";
import type * as Real from "../lib/api/ipc";
import type { Customer, CustomerPage } from "../lib/api/types";
import { customer, info, page, roster } from "./fixtures";

export const searchCustomers = vi.fn<typeof Real.searchCustomers>();
export const getCustomer = vi.fn<typeof Real.getCustomer>();
export const createCustomer = vi.fn<typeof Real.createCustomer>();
export const updateCustomer = vi.fn<typeof Real.updateCustomer>();
export const trashCustomer = vi.fn<typeof Real.trashCustomer>();
export const restoreCustomer = vi.fn<typeof Real.restoreCustomer>();
export const listTrash = vi.fn<typeof Real.listTrash>();
export const emptyTrash = vi.fn<typeof Real.emptyTrash>();
export const notebookInfo = vi.fn<typeof Real.notebookInfo>();
export const setPhoneRegion = vi.fn<typeof Real.setPhoneRegion>();
export const customerPage = vi.fn<typeof Real.customerPage>();
export const timelinePage = vi.fn<typeof Real.timelinePage>();
export const logConversation = vi.fn<typeof Real.logConversation>();
export const updateConversation = vi.fn<typeof Real.updateConversation>();
export const getConversation = vi.fn<typeof Real.getConversation>();
export const openIssue = vi.fn<typeof Real.openIssue>();
export const updateIssue = vi.fn<typeof Real.updateIssue>();
export const moveIssue = vi.fn<typeof Real.moveIssue>();
export const getIssue = vi.fn<typeof Real.getIssue>();
export const makePromise = vi.fn<typeof Real.makePromise>();
export const updatePromise = vi.fn<typeof Real.updatePromise>();
export const settlePromise = vi.fn<typeof Real.settlePromise>();
export const getPromise = vi.fn<typeof Real.getPromise>();
export const trashEntry = vi.fn<typeof Real.trashEntry>();
export const restoreEntry = vi.fn<typeof Real.restoreEntry>();
export const listTrashedEntries = vi.fn<typeof Real.listTrashedEntries>();
export const issueCategories = vi.fn<typeof Real.issueCategories>();
export const staffRoster = vi.fn<typeof Real.staffRoster>();
export const addStaff = vi.fn<typeof Real.addStaff>();
export const removeStaff = vi.fn<typeof Real.removeStaff>();
export const setAtDesk = vi.fn<typeof Real.setAtDesk>();

export function resetIpc(): void {
  for (const fn of [
    searchCustomers,
    getCustomer,
    createCustomer,
    updateCustomer,
    trashCustomer,
    restoreCustomer,
    listTrash,
    emptyTrash,
    notebookInfo,
    setPhoneRegion,
    customerPage,
    timelinePage,
    logConversation,
    updateConversation,
    getConversation,
    openIssue,
    updateIssue,
    moveIssue,
    getIssue,
    makePromise,
    updatePromise,
    settlePromise,
    getPromise,
    trashEntry,
    restoreEntry,
    listTrashedEntries,
    issueCategories,
    staffRoster,
    addStaff,
    removeStaff,
    setAtDesk,
  ] as const) {
    fn.mockReset();
  }
  searchCustomers.mockResolvedValue([]);
  listTrash.mockResolvedValue([]);
  emptyTrash.mockResolvedValue(0);
  trashCustomer.mockResolvedValue(null);
  restoreCustomer.mockResolvedValue(null);
  notebookInfo.mockResolvedValue(info());
  setPhoneRegion.mockImplementation(async (region) => info({ phone_region: region }));
  // A customer with nothing recorded yet; tests showing a customer set their own page.
  customerPage.mockImplementation(async (id) => page({ customer: customer({ id }) }));
  timelinePage.mockResolvedValue({ items: [], next: null });
  trashEntry.mockResolvedValue(null);
  restoreEntry.mockResolvedValue(null);
  listTrashedEntries.mockResolvedValue([]);
  issueCategories.mockResolvedValue([]);
  staffRoster.mockResolvedValue(roster());
  setAtDesk.mockImplementation(async (id) => ({ ...roster(), at_desk: id }));
}

/** Makes customer_page answer with this customer and, optionally, more of their page. */
export function showPage(c: Customer, more: Partial<CustomerPage> = {}): void {
  customerPage.mockResolvedValue(page({ customer: c, ...more }));
}
