import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import { resetIpc } from "../../test/ipcMock";
import { situation, situationMember } from "../../test/fixtures";
import { app, resetApp } from "../shell/app.svelte";
import { roster } from "../../test/fixtures";
import CloseForm from "./CloseForm.svelte";
import SituationForm from "./SituationForm.svelte";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

const sit = situation({
  members: [situationMember()],
  what_we_do: "Calling everyone this week",
  lead: "Ana",
});

/** Ben saved the situation 2 minutes ago; it is at version 4 now. */
function bensConflict(): KindlyError {
  return new KindlyError("conflict", "Ben saved a change to this situation.", null, {
    thing: "situation",
    version: 4,
    by: "Ben",
    at: Date.now() - 2 * 60_000,
  });
}

describe("A situation change someone else overtook", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    app.roster = roster(true);
  });

  it("an edit shows both versions of what we are doing, takes his new lead and saves with the new version", async () => {
    vi.mocked(ipc.updateSituation).mockRejectedValueOnce(bensConflict());
    vi.mocked(ipc.getSituation).mockResolvedValue({
      ...sit,
      what_we_do: "Replacing every oven",
      lead: "Ben",
      version: 4,
    });
    vi.mocked(ipc.updateSituation).mockResolvedValueOnce(null);
    const onsaved = vi.fn();
    const user = userEvent.setup();
    render(SituationForm, { props: { editing: sit, onsaved, oncancel: () => {} } });
    const doing = screen.getByTestId("situation-what-we-do");
    await user.clear(doing);
    await user.type(doing, "Calling everyone by Friday");
    await user.click(screen.getByTestId("situation-save"));

    expect(await screen.findByTestId("clash-whatWeDo")).toHaveTextContent(
      "Ben changed what we are doing to Replacing every oven 2 minutes ago; you wrote Calling everyone by Friday.",
    );
    expect(screen.getByTestId("conflict-taken")).toHaveTextContent(
      "Ben also changed who leads it; it is in the form now.",
    );
    expect(doing).toHaveValue("Calling everyone by Friday");
    expect(onsaved).not.toHaveBeenCalled();

    await user.click(screen.getByTestId("clash-whatWeDo-theirs"));
    await user.click(screen.getByTestId("situation-save"));
    expect(vi.mocked(ipc.updateSituation)).toHaveBeenLastCalledWith(
      "sit-1",
      4,
      expect.objectContaining({ what_we_do: "Replacing every oven", lead: "Ben" }),
    );
    expect(onsaved).toHaveBeenCalledWith("sit-1");
  });

  it("closing after Ben's edit says so, keeps the choices and closes with the new version", async () => {
    vi.mocked(ipc.closeSituation).mockRejectedValueOnce(bensConflict());
    vi.mocked(ipc.getSituation).mockResolvedValue({ ...sit, title: "Oven recall (model X)", version: 4 });
    const onchanged = vi.fn(async () => {});
    const user = userEvent.setup();
    render(CloseForm, { situation: sit, onchanged });
    const days = screen.getByTestId<HTMLInputElement>("close-check-in-days");
    await user.clear(days);
    await user.type(days, "7");
    await user.click(screen.getByTestId("close-situation"));

    expect(await screen.findByTestId("overtaken-said")).toHaveTextContent(
      "Ben changed this situation 2 minutes ago.",
    );
    expect(screen.getByTestId("overtaken-next")).toHaveTextContent(
      "Your change was not made yet. Press “Close the situation” to make it now.",
    );
    expect(days).toHaveValue(7);
    expect(onchanged).not.toHaveBeenCalled();
    vi.mocked(ipc.closeSituation).mockResolvedValueOnce(undefined as never);
    await user.click(screen.getByTestId("close-situation"));
    expect(vi.mocked(ipc.closeSituation)).toHaveBeenLastCalledWith(
      "sit-1",
      4,
      expect.objectContaining({ check_in_days: 7 }),
      expect.stringMatching(/^close-/),
    );
    expect(onchanged).toHaveBeenCalledTimes(1);
  });

  it("closing after Ben already closed it hands his sentence to the screen and closes nothing twice", async () => {
    vi.mocked(ipc.closeSituation).mockRejectedValueOnce(bensConflict());
    vi.mocked(ipc.getSituation).mockResolvedValue({ ...sit, closed_at: Date.now() - 2 * 60_000, version: 4 });
    const onchanged = vi.fn(async () => {});
    const onclosedelsewhere = vi.fn(async (_said: string) => {});
    const user = userEvent.setup();
    render(CloseForm, { situation: sit, onchanged, onclosedelsewhere });
    await user.click(screen.getByTestId("close-situation"));
    await vi.waitFor(() =>
      expect(onclosedelsewhere).toHaveBeenCalledWith("Ben already closed this situation 2 minutes ago."),
    );
    expect(vi.mocked(ipc.closeSituation)).toHaveBeenCalledTimes(1);
  });
});
