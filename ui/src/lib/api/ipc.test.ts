import { beforeEach, describe, expect, it, vi } from "vitest";
import { invoke } from "@tauri-apps/api/core";
import { createCustomer, emptyTrash, searchCustomers, setPhoneRegion, updateCustomer } from "./ipc";
import { KindlyError } from "./errors";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));

const invokeMock = vi.mocked(invoke);

describe("ipc", () => {
  beforeEach(() => {
    invokeMock.mockReset();
  });

  it("passes arguments to Rust as one object, named as the commands expect", async () => {
    invokeMock.mockResolvedValue([]);
    await searchCustomers("ana", 50);
    expect(invokeMock).toHaveBeenCalledWith("search_customers", { query: "ana", limit: 50 });

    invokeMock.mockResolvedValue(3);
    await expect(emptyTrash()).resolves.toBe(3);
    expect(invokeMock).toHaveBeenLastCalledWith("empty_trash", undefined);

    invokeMock.mockResolvedValue({ phone_region: "GB" });
    await setPhoneRegion("GB");
    expect(invokeMock).toHaveBeenLastCalledWith("set_phone_region", { region: "GB" });
  });

  it("turns a refused save into a KindlyError naming the field", async () => {
    invokeMock.mockRejectedValue({
      code: "invalid_input",
      message: "Please enter the customer's name.",
      field: "full_name",
    });
    const failure = await updateCustomer("some-id", {} as never).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(KindlyError);
    expect(failure).toBeInstanceOf(Error);
    const error = failure as KindlyError;
    expect([error.code, error.field, error.message]).toEqual([
      "invalid_input",
      "full_name",
      "Please enter the customer's name.",
    ]);
  });

  it("turns a failure that did not come from the core into a plain-language KindlyError", async () => {
    invokeMock.mockRejectedValue("command create_customer not found");
    const failure = (await createCustomer({} as never).catch((e: unknown) => e)) as KindlyError;
    expect(failure).toBeInstanceOf(KindlyError);
    expect([failure.code, failure.field, failure.message]).toEqual([
      "unexpected",
      null,
      "command create_customer not found",
    ]);

    invokeMock.mockRejectedValue(new TypeError("x is undefined"));
    const other = (await createCustomer({} as never).catch((e: unknown) => e)) as KindlyError;
    expect([other.code, other.message]).toEqual(["unexpected", "Something went wrong. Please try again."]);
  });
});
