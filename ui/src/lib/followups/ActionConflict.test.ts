import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import FollowUpRow from "./FollowUpRow.svelte";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import type { FollowUp } from "../api/types";
import { resetIpc } from "../../test/ipcMock";
import { followUp, roster } from "../../test/fixtures";
import { app, resetApp } from "../shell/app.svelte";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

const DAY = 86_400_000;

/** Ana saved the follow-up a minute ago; it is at version 4 now. */
function anasConflict(): KindlyError {
  return new KindlyError("conflict", "Ana saved a change to this follow-up.", null, {
    thing: "follow-up",
    version: 4,
    by: "Ana",
    at: Date.now() - 60_000,
  });
}

function show(given: FollowUp = followUp({ assignee: "Ben" })) {
  const onchanged = vi.fn(async (_updated: FollowUp, _notice: string) => {});
  const user = userEvent.setup();
  render(FollowUpRow, { props: { followUp: given, testid: "row", onchanged } });
  return { user, onchanged, row: screen.getByTestId("row") };
}

describe("A follow-up action someone else overtook", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    app.roster = roster(true);
  });

  it("when Ana already marked it done, closes with her sentence and does nothing twice", async () => {
    vi.mocked(ipc.completeFollowUp).mockRejectedValueOnce(anasConflict());
    vi.mocked(ipc.getFollowUp).mockResolvedValue(
      followUp({ assignee: "Ben", due_at: null, occurrence_at: null, version: 4 }),
    );
    const { user, row, onchanged } = show();
    await user.click(within(row).getByTestId("follow-up-done"));
    await vi.waitFor(() => expect(onchanged).toHaveBeenCalledTimes(1));
    expect(onchanged).toHaveBeenCalledWith(
      expect.objectContaining({ due_at: null }),
      "Ana already marked this follow-up done 1 minute ago.",
    );
    expect(vi.mocked(ipc.completeFollowUp)).toHaveBeenCalledTimes(1);
  });

  it("when Ana dealt with this time of a repeating one, says when the next one is", async () => {
    const repeating = followUp({ assignee: "Ben", repeat: "FREQ=WEEKLY" });
    vi.mocked(ipc.skipFollowUp).mockRejectedValueOnce(anasConflict());
    vi.mocked(ipc.getFollowUp).mockResolvedValue({
      ...repeating,
      due_at: repeating.due_at! + 7 * DAY,
      occurrence_at: repeating.occurrence_at! + 7 * DAY,
      version: 4,
    });
    const { user, row, onchanged } = show(repeating);
    await user.click(within(row).getByTestId("follow-up-skip"));
    await vi.waitFor(() => expect(onchanged).toHaveBeenCalledTimes(1));
    expect(onchanged.mock.calls[0][1]).toMatch(
      /^Ana already dealt with this one 1 minute ago\. Next time: .+ at 10:30\.$/,
    );
  });

  it("keeps the snooze chosen and makes it again against the version read, after Ana gave it to Ben", async () => {
    vi.mocked(ipc.snoozeFollowUp).mockRejectedValueOnce(anasConflict());
    vi.mocked(ipc.getFollowUp).mockResolvedValue(followUp({ assignee: "Ben Okoro", version: 4 }));
    const { user, row, onchanged } = show();
    await user.click(within(row).getByTestId("follow-up-snooze"));
    await user.click(within(row).getByTestId("snooze-next-week"));

    expect(await within(row).findByTestId("overtaken-said")).toHaveTextContent(
      "Ana gave this follow-up to Ben Okoro 1 minute ago.",
    );
    expect(within(row).getByTestId("overtaken-next")).toHaveTextContent(
      "Your change was not made yet. Press “Snooze” to make it now.",
    );
    expect(within(row).getByTestId("follow-up-who")).toHaveTextContent("Ben Okoro");
    expect(onchanged).not.toHaveBeenCalled();

    await user.click(within(row).getByTestId("overtaken-retry"));
    expect(vi.mocked(ipc.snoozeFollowUp)).toHaveBeenLastCalledWith("fu-1", 4, { for: "next_week" });
    expect(onchanged).toHaveBeenCalledTimes(1);
  });

  it("uses the version an action answered with for the next action on the same row", async () => {
    vi.mocked(ipc.reassignFollowUp).mockImplementation(async (id, version, assignee) =>
      followUp({ id, assignee, version: version + 1 }),
    );
    vi.mocked(ipc.completeFollowUp).mockImplementation(async (id, version) =>
      followUp({ id, due_at: null, occurrence_at: null, version: version + 1 }),
    );
    // The list does not reload in between: the row still knows the new version.
    const { user, row } = show(followUp({ assignee: "Ana", version: 3 }));
    await user.click(within(row).getByTestId("follow-up-reassign"));
    const who = within(row).getByTestId("reassign-to");
    await user.clear(who);
    await user.type(who, "Ben");
    await user.click(within(row).getByTestId("reassign-confirm"));
    await vi.waitFor(() => expect(vi.mocked(ipc.reassignFollowUp)).toHaveBeenCalled());
    await user.click(within(row).getByTestId("follow-up-done"));
    expect(vi.mocked(ipc.reassignFollowUp).mock.calls[0][1]).toBe(3);
    expect(vi.mocked(ipc.completeFollowUp).mock.calls[0][1]).toBe(4);
  });
});
