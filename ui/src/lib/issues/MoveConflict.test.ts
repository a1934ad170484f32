import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import IssueCard from "./IssueCard.svelte";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import type { Issue } from "../api/types";
import { resetIpc } from "../../test/ipcMock";
import { issue, roster } from "../../test/fixtures";
import { app, resetApp } from "../shell/app.svelte";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

/** Ben saved the issue two minutes ago; it is at version 4 now. */
function bensConflict(): KindlyError {
  return new KindlyError("conflict", "Ben saved a change to this issue.", null, {
    thing: "issue",
    version: 4,
    by: "Ben",
    at: Date.now() - 2 * 60_000,
  });
}

function show(given: Issue = issue({ state: "in_progress" })) {
  const onmoved = vi.fn(async () => {});
  const user = userEvent.setup();
  render(IssueCard, { props: { issue: given, testid: "card", onmoved } });
  return { user, onmoved, card: screen.getByTestId("card") };
}

describe("A move someone else overtook", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    app.roster = roster(true);
  });

  it("says what Ben did, keeps the note and makes the move again with the version read now", async () => {
    vi.mocked(ipc.moveIssue).mockRejectedValueOnce(bensConflict());
    vi.mocked(ipc.getIssue).mockResolvedValue(
      issue({ state: "waiting", waiting_on: "customer", version: 4 }),
    );
    const { user, card, onmoved } = show();
    await user.click(within(card).getByTestId("issue-move-resolved"));
    await user.type(within(card).getByTestId("move-note"), "Refunded the second payment");
    await user.click(within(card).getByTestId("move-save"));

    expect(await within(card).findByTestId("overtaken-said")).toHaveTextContent(
      "Ben moved this issue to Waiting on the customer 2 minutes ago.",
    );
    expect(within(card).getByTestId("overtaken-next")).toHaveTextContent(
      "Nothing you typed is lost. Press “Mark resolved” to make your change now.",
    );
    expect(within(card).getByTestId("move-note")).toHaveValue("Refunded the second payment");
    expect(within(card).getByTestId("issue-state")).toHaveTextContent("Waiting on the customer");
    expect(onmoved).not.toHaveBeenCalled();

    vi.mocked(ipc.moveIssue).mockImplementationOnce(async (id, version, change) =>
      issue({ id, state: change.to, version: version + 1 }),
    );
    await user.click(within(card).getByTestId("move-save"));
    expect(vi.mocked(ipc.moveIssue)).toHaveBeenLastCalledWith(
      "issue-1",
      4,
      expect.objectContaining({ to: "resolved", note: "Refunded the second payment" }),
    );
    expect(onmoved).toHaveBeenCalledWith(expect.objectContaining({ state: "resolved", version: 5 }));
  });

  it("when Ben already resolved it, says so, offers no second move and keeps the note to copy", async () => {
    vi.mocked(ipc.moveIssue).mockRejectedValueOnce(bensConflict());
    vi.mocked(ipc.getIssue).mockResolvedValue(issue({ state: "resolved", version: 4 }));
    const { user, card } = show();
    await user.click(within(card).getByTestId("issue-move-resolved"));
    await user.type(within(card).getByTestId("move-note"), "Refunded");
    await user.click(within(card).getByTestId("move-save"));

    expect(await within(card).findByTestId("overtaken-said")).toHaveTextContent(
      "Ben moved this issue to Resolved 2 minutes ago.",
    );
    expect(within(card).getByTestId("overtaken-next")).toHaveTextContent(
      "It is already resolved. What you typed is still here: copy it if you want to keep it, then close the form.",
    );
    expect(within(card).queryByTestId("move-save")).toBeNull();
    expect(within(card).getByTestId("move-note")).toHaveValue("Refunded");
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await user.click(within(card).getByTestId("overtaken-copy"));
    expect(writeText).toHaveBeenCalledWith("Refunded");
    expect(vi.mocked(ipc.moveIssue)).toHaveBeenCalledTimes(1);
  });

  it("a one-click move says what Ben did and offers it again with the version read now", async () => {
    vi.mocked(ipc.moveIssue).mockRejectedValueOnce(bensConflict());
    vi.mocked(ipc.getIssue).mockResolvedValue(
      issue({ state: "open", title: "Charged twice (March)", version: 4 }),
    );
    const { user, card, onmoved } = show(issue({ state: "open" }));
    await user.click(within(card).getByTestId("issue-move-in_progress"));

    expect(await within(card).findByTestId("overtaken-said")).toHaveTextContent(
      "Ben changed this issue 2 minutes ago.",
    );
    expect(within(card).getByTestId("overtaken-next")).toHaveTextContent(
      "Your change was not made yet. Press “Working on it” to make it now.",
    );
    vi.mocked(ipc.moveIssue).mockImplementationOnce(async (id, version, change) =>
      issue({ id, state: change.to, version: version + 1 }),
    );
    await user.click(within(card).getByTestId("overtaken-retry"));
    expect(vi.mocked(ipc.moveIssue)).toHaveBeenLastCalledWith(
      "issue-1",
      4,
      expect.objectContaining({ to: "in_progress" }),
    );
    expect(onmoved).toHaveBeenCalledTimes(1);
    expect(within(card).queryByTestId("overtaken")).toBeNull();
  });

  it("uses the version a move answered with for the next move on the same card", async () => {
    vi.mocked(ipc.moveIssue).mockImplementation(async (id, version, change) =>
      issue({ id, state: change.to, version: version + 1 }),
    );
    // The page does not reload in between (e.g. the reload failed): the card still knows the new version.
    const { user, card } = show(issue({ state: "open", version: 3 }));
    await user.click(within(card).getByTestId("issue-move-in_progress"));
    await user.click(await within(card).findByTestId("issue-move-waiting"));
    await user.selectOptions(within(card).getByTestId("move-waiting-on"), "customer");
    await user.type(within(card).getByTestId("move-note"), "The photos");
    await user.click(within(card).getByTestId("move-save"));
    expect(vi.mocked(ipc.moveIssue).mock.calls.map((c) => c[1])).toEqual([3, 4]);
  });
});
