import { render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import { resetIpc } from "../../test/ipcMock";
import { situation, situationMember } from "../../test/fixtures";
import { resetApp } from "../shell/app.svelte";
import CloseForm from "./CloseForm.svelte";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

const sit = situation({ members: [situationMember()] });

function renderForm() {
  const onchanged = vi.fn(async () => {});
  render(CloseForm, { situation: sit, onchanged });
  return {
    user: userEvent.setup(),
    onchanged,
    days: screen.getByTestId<HTMLInputElement>("close-check-in-days"),
  };
}

describe("Closing a situation", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
  });

  it("closes with check-ins in the number of days given", async () => {
    vi.mocked(ipc.closeSituation).mockResolvedValue(undefined as never);
    const { user, onchanged, days } = renderForm();

    await user.clear(days);
    await user.type(days, "7");
    await user.click(screen.getByTestId("close-situation"));

    expect(vi.mocked(ipc.closeSituation)).toHaveBeenCalledWith(
      "sit-1",
      3,
      expect.objectContaining({ check_in_days: 7 }),
      expect.stringMatching(/^close-/),
    );
    await waitFor(() => expect(onchanged).toHaveBeenCalled());
  });

  it("asks for a number of days beside the box when it is empty or out of range, and closes nothing", async () => {
    const { user, days } = renderForm();

    for (const typed of ["", "400", "2.5"]) {
      await user.clear(days);
      if (typed) await user.type(days, typed);
      await user.click(screen.getByTestId("close-situation"));

      expect(await screen.findByTestId("error-check_in_days")).toHaveTextContent(
        "Please give a whole number of days from 0 (today) to 366.",
      );
      expect(days).toHaveAttribute("aria-invalid", "true");
      expect(days).toHaveFocus();
    }
    expect(vi.mocked(ipc.closeSituation)).not.toHaveBeenCalled();
  });

  it("closes without check-ins when they are not wanted, whatever the box holds", async () => {
    vi.mocked(ipc.closeSituation).mockResolvedValue(undefined as never);
    const { user, days } = renderForm();

    await user.clear(days);
    await user.click(screen.getByTestId("close-check-in"));
    await user.click(screen.getByTestId("close-situation"));

    expect(vi.mocked(ipc.closeSituation)).toHaveBeenCalledWith(
      "sit-1",
      3,
      expect.objectContaining({ check_in_days: null }),
      expect.stringMatching(/^close-/),
    );
  });

  it("offers no check-ins or cards when nobody was added, and closes with none", async () => {
    vi.mocked(ipc.closeSituation).mockResolvedValue(undefined as never);
    const onchanged = vi.fn(async () => {});
    render(CloseForm, { situation: situation(), onchanged });
    const user = userEvent.setup();

    expect(screen.getByTestId("close-nobody")).toHaveTextContent("Nobody was added");
    expect(screen.queryByTestId("close-check-in-days")).not.toBeInTheDocument();
    await user.click(screen.getByTestId("close-situation"));

    expect(vi.mocked(ipc.closeSituation)).toHaveBeenCalledWith(
      "sit-1",
      3,
      expect.objectContaining({ check_in_days: null, cards_for_upset: false }),
      expect.stringMatching(/^close-/),
    );
  });

  it("shows a refused number of days beside the box", async () => {
    vi.mocked(ipc.closeSituation).mockRejectedValue(
      new KindlyError("invalid_input", "Pick a day within the next year.", "check_in_days"),
    );
    const { user } = renderForm();

    await user.click(screen.getByTestId("close-situation"));

    expect(await screen.findByTestId("error-check_in_days")).toHaveTextContent(
      "Pick a day within the next year.",
    );
  });
});
