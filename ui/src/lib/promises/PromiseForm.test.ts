import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import { resetIpc } from "../../test/ipcMock";
import { promise, roster } from "../../test/fixtures";
import { app, resetApp } from "../shell/app.svelte";
import FollowUpForm from "../followups/FollowUpForm.svelte";
import PromiseForm from "./PromiseForm.svelte";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

describe("Empty date and time boxes never look filled in", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    app.roster = roster(true);
    localStorage.clear();
  });

  it("a new promise's 'By when' says no day is chosen, until one is", async () => {
    const user = userEvent.setup();
    render(PromiseForm, { customerId: "id-rosa", issues: [], onsaved: vi.fn(), oncancel: vi.fn() });

    const due = screen.getByTestId("promise-due");
    expect(due).toHaveValue("");
    expect(due).toHaveClass("blank");
    expect(screen.getByTestId("promise-due-blank")).toHaveTextContent("No day chosen yet");
    expect(due).toHaveAccessibleDescription(expect.stringContaining("No day chosen yet"));

    await user.click(screen.getByTestId("promise-due-tomorrow"));
    expect(due).not.toHaveValue("");
    expect(due).not.toHaveClass("blank");
    expect(screen.queryByTestId("promise-due-blank")).not.toBeInTheDocument();
  });

  it("a new follow-up's time says 'Any time' while it is empty", async () => {
    const user = userEvent.setup();
    render(FollowUpForm, {
      customerId: "id-rosa",
      issues: [],
      promises: [],
      onsaved: vi.fn(),
      oncancel: vi.fn(),
    });

    const time = screen.getByTestId("follow-up-time");
    expect(time).toHaveValue("");
    expect(time).toHaveClass("blank");
    expect(screen.getByTestId("follow-up-time-blank")).toHaveTextContent("Any time");

    await user.type(time, "14:30");
    expect(time).toHaveValue("14:30");
    expect(screen.queryByTestId("follow-up-time-blank")).not.toBeInTheDocument();
  });
});

describe("Editing a promise someone else changed first", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    app.roster = roster(true);
    localStorage.clear();
  });

  it("takes their new date in, sets both wordings side by side, and saves the choice on the version now stored", async () => {
    const mine = promise({ what: "Refund the deposit", version: 3 });
    const moved = Date.UTC(2025, 2, 21, 17, 0);
    const bens = promise({ what: "Refund the deposit in full", due_at: moved, version: 5 });
    vi.mocked(ipc.getPromise).mockResolvedValue(bens);
    vi.mocked(ipc.updatePromise)
      .mockRejectedValueOnce(
        new KindlyError("conflict", "Ben saved a change to this promise.", null, {
          thing: "promise",
          version: 5,
          by: "Ben",
          at: Date.now() - 3 * 60_000 - 5_000,
        }),
      )
      .mockImplementation(async (id, version, input) => ({ ...bens, ...input, id, version: version + 1 }));
    const onsaved = vi.fn();
    const user = userEvent.setup();
    render(PromiseForm, {
      customerId: mine.customer_id,
      issues: [],
      editing: mine,
      onsaved,
      oncancel: vi.fn(),
    });

    await user.clear(screen.getByTestId("promise-what"));
    await user.type(screen.getByTestId("promise-what"), "Refund the deposit by card");
    await user.click(screen.getByTestId("promise-save"));

    expect(await screen.findByTestId("clash-what")).toHaveTextContent(
      "Ben changed what we promised to Refund the deposit in full 3 minutes ago; you wrote Refund the deposit by card.",
    );
    expect(screen.getByTestId("conflict-taken")).toHaveTextContent(
      "Ben also changed the date; it is in the form now.",
    );
    expect(screen.getByTestId("promise-what")).toHaveValue("Refund the deposit by card");
    expect(screen.getByTestId("promise-save")).toBeDisabled();

    await user.click(screen.getByTestId("clash-what-mine"));
    await user.click(screen.getByTestId("promise-save"));
    expect(vi.mocked(ipc.updatePromise)).toHaveBeenLastCalledWith(
      mine.id,
      5,
      expect.objectContaining({ what: "Refund the deposit by card", due_at: moved }),
    );
    expect(onsaved).toHaveBeenCalled();
  });
});
