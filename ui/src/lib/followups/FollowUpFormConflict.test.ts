import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import FollowUpForm from "./FollowUpForm.svelte";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import { resetIpc } from "../../test/ipcMock";
import { followUp, roster } from "../../test/fixtures";
import { app, resetApp } from "../shell/app.svelte";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

const stored = followUp({ id: "fu-call", note: "Ask about the quote", assignee: "Ana", version: 3 });

function anasConflict(): KindlyError {
  return new KindlyError("conflict", "Ana saved a change to this follow-up.", null, {
    thing: "follow-up",
    version: 4,
    by: "Ana",
    at: Date.now() - 2 * 60_000,
  });
}

describe("A follow-up edit someone else overtook", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    app.roster = roster(true);
    app.time = { time_zone: "Europe/London", reminder_time: "09:00" };
  });

  it("shows both notes side by side, takes her new assignee, keeps the typing and saves with the new version", async () => {
    vi.mocked(ipc.updateFollowUp).mockRejectedValueOnce(anasConflict());
    vi.mocked(ipc.getFollowUp).mockResolvedValue({
      ...stored,
      note: "Ask about the invoice",
      assignee: "Ben Okoro",
      version: 4,
    });
    const onsaved = vi.fn(async () => {});
    const user = userEvent.setup();
    render(FollowUpForm, {
      props: {
        customerId: stored.customer_id,
        issues: [],
        promises: [],
        editing: stored,
        onsaved,
        oncancel: () => {},
      },
    });
    const note = screen.getByTestId("follow-up-note");
    await user.clear(note);
    await user.type(note, "Ask about the quote and the boiler");
    await user.click(screen.getByTestId("follow-up-save"));

    expect(await screen.findByTestId("conflict")).toHaveTextContent(
      "Ana saved a change to this follow-up 2 minutes ago, while you were making yours.",
    );
    expect(screen.getByTestId("clash-note")).toHaveTextContent(
      "Ana changed the note to Ask about the invoice 2 minutes ago; you wrote Ask about the quote and the boiler.",
    );
    expect(screen.getByTestId("conflict-taken")).toHaveTextContent(
      "Ana also changed who should do it; it is in the form now.",
    );
    expect(note).toHaveValue("Ask about the quote and the boiler");
    expect(screen.getByTestId("follow-up-save")).toBeDisabled();
    expect(onsaved).not.toHaveBeenCalled();

    await user.click(screen.getByTestId("clash-note-mine"));
    await user.click(screen.getByTestId("follow-up-save"));
    expect(vi.mocked(ipc.updateFollowUp)).toHaveBeenLastCalledWith(
      "fu-call",
      4,
      expect.objectContaining({ note: "Ask about the quote and the boiler", assignee: "Ben Okoro" }),
    );
    expect(onsaved).toHaveBeenCalledTimes(1);
  });
});
