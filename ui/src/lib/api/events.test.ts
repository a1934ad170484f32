import { beforeEach, describe, expect, it, vi } from "vitest";
import { listen } from "@tauri-apps/api/event";
import { listenToProgress, listenToShell } from "./events";
import { takeCall } from "./ipc";

vi.mock("@tauri-apps/api/event", () => ({ listen: vi.fn() }));
vi.mock("./ipc", () => ({ takeCall: vi.fn() }));

const listenMock = vi.mocked(listen);
const takeCallMock = vi.mocked(takeCall);

function handlers() {
  return {
    openBrief: vi.fn(),
    openToday: vi.fn(),
    todayChanged: vi.fn(),
    openCall: vi.fn(),
    focusLookup: vi.fn(),
    locked: vi.fn(),
    notebookChanged: vi.fn(),
    teamConnection: vi.fn(),
    fileDropped: vi.fn(),
    fileDrag: vi.fn(),
  };
}

describe("listenToShell", () => {
  beforeEach(() => {
    listenMock.mockReset();
    takeCallMock.mockReset();
    takeCallMock.mockResolvedValue(null);
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
    await vi.waitFor(() => expect(callbacks.size).toBe(10));

    callbacks.get("open-customer")?.({ payload: { customer_id: "id-rosa" } });
    callbacks.get("open-customer")?.({ payload: {} });
    callbacks.get("open-today")?.({ payload: null });
    callbacks.get("today-changed")?.({ payload: null });
    // "open-call" says a number waits in the shell: it is taken from there.
    takeCallMock
      .mockResolvedValueOnce(" 07700 900123 ")
      .mockResolvedValueOnce("")
      .mockResolvedValueOnce(null);
    callbacks.get("open-call")?.({ payload: null });
    callbacks.get("open-call")?.({ payload: null });
    callbacks.get("open-call")?.({ payload: null });
    await vi.waitFor(() => expect(takeCallMock).toHaveBeenCalledTimes(4));
    await new Promise((resolve) => setTimeout(resolve, 0));
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

    const changed = { everything: false, kinds: ["story"], customer_ids: ["id-rosa"], situation_ids: [] };
    callbacks.get("notebook-changed")?.({ payload: changed });
    expect(h.notebookChanged).toHaveBeenLastCalledWith(changed);
    // Unreadable: everything may have changed.
    callbacks.get("notebook-changed")?.({ payload: { kinds: "story" } });
    expect(h.notebookChanged).toHaveBeenLastCalledWith(expect.objectContaining({ everything: true }));
    callbacks.get("team-connection")?.({ payload: { connected: false, last_heard_at: 1_700_000_000_000 } });
    callbacks.get("team-connection")?.({ payload: { connected: true } });
    callbacks.get("team-connection")?.({ payload: null });
    expect(h.teamConnection.mock.calls).toEqual([
      [{ connected: false, last_heard_at: 1_700_000_000_000 }],
      [{ connected: true, last_heard_at: null }],
    ]);

    const file = { name: "Rosie.vcf", csv: null };
    callbacks.get("import-dropped")?.({ payload: { file } });
    callbacks.get("import-dropped")?.({ payload: { problem: "“photo.jpg” is neither." } });
    callbacks.get("import-dropped")?.({ payload: { file: { csv: null } } });
    callbacks.get("import-dropped")?.({ payload: "/home/ana/Rosie.vcf" });
    callbacks.get("import-dropped")?.({ payload: null });
    expect(h.fileDropped.mock.calls).toEqual([[{ file }], [{ problem: "“photo.jpg” is neither." }]]);
    callbacks.get("file-drag")?.({ payload: { over: true } });
    callbacks.get("file-drag")?.({ payload: { over: false } });
    callbacks.get("file-drag")?.({ payload: {} });
    expect(h.fileDrag.mock.calls).toEqual([[true], [false]]);

    await new Promise((resolve) => setTimeout(resolve, 0));
    stop();
    expect(unlisten).toHaveBeenCalledTimes(10);
  });

  it("opens the call of a link that came before it listened, once it does", async () => {
    listenMock.mockResolvedValue(vi.fn());
    takeCallMock.mockResolvedValueOnce("020 7946 0958");
    const h = handlers();

    listenToShell(h);

    await vi.waitFor(() => expect(h.openCall).toHaveBeenCalledWith("020 7946 0958"));
    expect(takeCallMock).toHaveBeenCalledTimes(1);
  });

  it("stops listeners that arrive after it was asked to stop", async () => {
    const unlisten = vi.fn();
    listenMock.mockResolvedValue(unlisten);

    const stop = listenToShell(handlers());
    stop();

    await vi.waitFor(() => expect(unlisten).toHaveBeenCalledTimes(10));
    expect(takeCallMock).not.toHaveBeenCalled();
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

describe("listenToProgress", () => {
  beforeEach(() => {
    listenMock.mockReset();
  });

  it("passes on each well-formed report, and stops listening when asked", async () => {
    let callback: ((event: { payload: unknown }) => void) | null = null;
    const unlisten = vi.fn();
    listenMock.mockImplementation(async (name, cb) => {
      expect(name).toBe("progress");
      callback = cb as never;
      return unlisten;
    });
    const handler = vi.fn();

    const stop = listenToProgress(handler);
    await vi.waitFor(() => expect(callback).not.toBeNull());
    const send = (payload: unknown) => callback?.({ payload });
    send({ task: "import-1", stage: "saving", done: 200, of: 20_000 });
    send({ task: "import-1", stage: "dancing", done: 1, of: 2 });
    send({ task: "import-1", stage: "saving", done: -1, of: 2 });
    send({ task: 7, stage: "saving", done: 1, of: 2 });
    send(null);
    expect(handler).toHaveBeenCalledTimes(1);
    expect(handler).toHaveBeenCalledWith({ task: "import-1", stage: "saving", done: 200, of: 20_000 });

    stop();
    await vi.waitFor(() => expect(unlisten).toHaveBeenCalledTimes(1));
  });

  it("stops a listener that arrives after it was stopped", async () => {
    const unlisten = vi.fn();
    let arrive: (fn: () => void) => void = () => {};
    listenMock.mockImplementation(() => new Promise((resolve) => (arrive = resolve)));
    const stop = listenToProgress(vi.fn());
    stop();
    arrive(unlisten);
    await vi.waitFor(() => expect(unlisten).toHaveBeenCalledTimes(1));
  });
});
