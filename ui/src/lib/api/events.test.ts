import { beforeEach, describe, expect, it, vi } from "vitest";
import { listen } from "@tauri-apps/api/event";
import { listenToShell } from "./events";

vi.mock("@tauri-apps/api/event", () => ({ listen: vi.fn() }));

const listenMock = vi.mocked(listen);

function handlers() {
  return {
    openBrief: vi.fn(),
    openToday: vi.fn(),
    todayChanged: vi.fn(),
    openCall: vi.fn(),
    focusLookup: vi.fn(),
    locked: vi.fn(),
  };
}

describe("listenToShell", () => {
  beforeEach(() => {
    listenMock.mockReset();
  });

  it("passes each shell event to its handler, and stops listening when asked", async () => {
    const callbacks = new Map<string, (event: { payload: unknown }) => void>();
    const unlisten = vi.fn();
    listenMock.mockImplementation(async (name, callback) => {
      callbacks.set(name, callback as never);
      return unlisten;
    });
    const h = handlers();

    const stop = listenToShell(h);
    await vi.waitFor(() => expect(callbacks.size).toBe(6));

    callbacks.get("open-customer")?.({ payload: { customer_id: "id-rosa" } });
    callbacks.get("open-customer")?.({ payload: {} });
    callbacks.get("open-today")?.({ payload: null });
    callbacks.get("today-changed")?.({ payload: null });
    callbacks.get("open-call")?.({ payload: { number: " 07700 900123 " } });
    callbacks.get("open-call")?.({ payload: { number: "" } });
    callbacks.get("open-call")?.({ payload: null });
    callbacks.get("focus-lookup")?.({ payload: null });
    callbacks.get("locked")?.({ payload: null });
    expect(h.openBrief).toHaveBeenCalledTimes(1);
    expect(h.openBrief).toHaveBeenCalledWith("id-rosa");
    expect(h.openToday).toHaveBeenCalledTimes(1);
    expect(h.todayChanged).toHaveBeenCalledTimes(1);
    expect(h.openCall).toHaveBeenCalledTimes(1);
    expect(h.openCall).toHaveBeenCalledWith("07700 900123");
    expect(h.focusLookup).toHaveBeenCalledTimes(1);
    expect(h.locked).toHaveBeenCalledTimes(1);

    await new Promise((resolve) => setTimeout(resolve, 0));
    stop();
    expect(unlisten).toHaveBeenCalledTimes(6);
  });

  it("stops listeners that arrive after it was asked to stop", async () => {
    const unlisten = vi.fn();
    listenMock.mockResolvedValue(unlisten);

    const stop = listenToShell(handlers());
    stop();

    await vi.waitFor(() => expect(unlisten).toHaveBeenCalledTimes(6));
  });

  it("does nothing, and throws nothing, where there is no shell", async () => {
    listenMock.mockRejectedValue(new TypeError("window.__TAURI_INTERNALS__ is undefined"));
    const stop = listenToShell(handlers());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(() => stop()).not.toThrow();

    listenMock.mockImplementation(() => {
      throw new TypeError("no shell");
    });
    expect(() => listenToShell(handlers())()).not.toThrow();
  });
});
