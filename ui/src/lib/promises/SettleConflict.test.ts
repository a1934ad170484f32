import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import OpenPromises from "./OpenPromises.svelte";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import { resetIpc } from "../../test/ipcMock";
import { promise, roster } from "../../test/fixtures";
import { app, resetApp } from "../shell/app.svelte";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

/** Ben saved the promise a minute ago; it is at version 4 now. */
function bensConflict(): KindlyError {
  return new KindlyError("conflict", "Ben saved a change to this promise.", null, {
    thing: "promise",
    version: 4,
    by: "Ben",
    at: Date.now() - 60_000,
  });
}

function show() {
  const onsettled = vi.fn(async () => {});
  const user = userEvent.setup();
  render(OpenPromises, { props: { promises: [promise()], issues: [], onsettled } });
  return { user, onsettled, row: screen.getByTestId("open-promise") };
}

describe("A settle someone else overtook", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    app.roster = roster(true);
  });

  it("when Ben already kept it, says so and keeps the typed note to copy, with nothing to save", async () => {
    vi.mocked(ipc.settlePromise).mockRejectedValueOnce(bensConflict());
    vi.mocked(ipc.getPromise).mockResolvedValue(promise({ state: "kept", version: 4 }));
    const { user, row, onsettled } = show();
    await user.click(within(row).getByTestId("promise-broken"));
    await user.type(within(row).getByTestId("promise-settle-note"), "The bank bounced it");
    await user.click(within(row).getByTestId("promise-settle-save"));

    expect(await within(row).findByTestId("overtaken-said")).toHaveTextContent(
      "Ben already marked this promise kept 1 minute ago.",
    );
    expect(within(row).getByTestId("overtaken-next")).toHaveTextContent(
      "It is settled. What you typed is still here: copy it if you want to keep it, then close the form.",
    );
    expect(within(row).getByTestId("promise-settle-note")).toHaveValue("The bank bounced it");
    expect(within(row).queryByTestId("promise-settle-save")).toBeNull();
    expect(within(row).getByTestId("overtaken-copy")).toBeInTheDocument();
    expect(onsettled).not.toHaveBeenCalled();
  });

  it("after Ben agreed a new date, keeps the note and records the outcome against the version read now", async () => {
    vi.mocked(ipc.settlePromise).mockRejectedValueOnce(bensConflict());
    const later = promise().due_at + 7 * 86_400_000;
    vi.mocked(ipc.getPromise).mockResolvedValue(promise({ due_at: later, version: 4 }));
    const { user, row, onsettled } = show();
    await user.click(within(row).getByTestId("promise-broken"));
    await user.type(within(row).getByTestId("promise-settle-note"), "The bank bounced it");
    await user.click(within(row).getByTestId("promise-settle-save"));

    expect(await within(row).findByTestId("overtaken-said")).toHaveTextContent(
      /^Ben agreed a new date for this promise 1 minute ago: it is now due .+\.$/,
    );
    expect(within(row).getByTestId("promise-settle-note")).toHaveValue("The bank bounced it");
    vi.mocked(ipc.settlePromise).mockResolvedValueOnce(promise({ state: "broken", version: 5 }));
    await user.click(within(row).getByTestId("promise-settle-save"));
    expect(vi.mocked(ipc.settlePromise)).toHaveBeenLastCalledWith(
      "promise-1",
      4,
      expect.objectContaining({ outcome: "broken", note: "The bank bounced it" }),
    );
    expect(onsettled).toHaveBeenCalledWith(expect.objectContaining({ state: "broken" }));
  });

  it("a one-click Kept says what Ben did and offers it again with the version read now", async () => {
    vi.mocked(ipc.settlePromise).mockRejectedValueOnce(bensConflict());
    vi.mocked(ipc.getPromise).mockResolvedValue(promise({ what: "Refund the whole deposit", version: 4 }));
    const { user, row, onsettled } = show();
    await user.click(within(row).getByTestId("promise-kept"));
    expect(await within(row).findByTestId("overtaken-said")).toHaveTextContent(
      "Ben changed this promise 1 minute ago.",
    );
    expect(within(row).getByText("Refund the whole deposit")).toBeInTheDocument();
    vi.mocked(ipc.settlePromise).mockResolvedValueOnce(promise({ state: "kept", version: 5 }));
    await user.click(within(row).getByTestId("overtaken-retry"));
    expect(vi.mocked(ipc.settlePromise)).toHaveBeenLastCalledWith(
      "promise-1",
      4,
      expect.objectContaining({ outcome: "kept" }),
    );
    expect(onsettled).toHaveBeenCalledTimes(1);
  });
});
