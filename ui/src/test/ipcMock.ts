/**
 * Stand-in for src/lib/api/ipc.ts. Use in a test file with
 *   vi.mock("<relative path>/api/ipc", () => import("<relative path>/test/ipcMock"));
 * then `vi.mocked(ipc.searchCustomers)` etc. `resetIpc()` gives every command
 * a harmless default answer.
 */
import { vi } from "vitest";
import type * as Real from "../lib/api/ipc";
import { info } from "./fixtures";

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
  ]) {
    fn.mockReset();
  }
  searchCustomers.mockResolvedValue([]);
  listTrash.mockResolvedValue([]);
  emptyTrash.mockResolvedValue(0);
  trashCustomer.mockResolvedValue(null);
  restoreCustomer.mockResolvedValue(null);
  notebookInfo.mockResolvedValue(info());
  setPhoneRegion.mockImplementation(async (region) => info({ phone_region: region }));
}
