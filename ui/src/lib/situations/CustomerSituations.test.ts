import { render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as ipc from "../api/ipc";
import type { SituationSummary } from "../api/types";
import { resetIpc } from "../../test/ipcMock";
import { roster } from "../../test/fixtures";
import { app, resetApp } from "../shell/app.svelte";
import CustomerSituations from "./CustomerSituations.svelte";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

const recall: SituationSummary = {
  id: "sit-recall",
  title: "Oven recall",
  lead: "Ana",
  expected_fix: null,
  created_at: 0,
  closed_at: null,
  told: 0,
  total: 4,
};

function renderPart() {
  const onchanged = vi.fn(async () => {});
  render(CustomerSituations, { customerId: "id-rosa", situations: [], editable: true, onchanged });
  return { user: userEvent.setup(), onchanged };
}

describe("Adding one customer to a situation from their page", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    app.roster = roster(true);
    vi.mocked(ipc.listSituations).mockResolvedValue([recall]);
    vi.mocked(ipc.addToSituation).mockResolvedValue(undefined as never);
  });

  it("asks which situation when none is chosen, then adds them to the chosen one", async () => {
    const { user, onchanged } = renderPart();

    await user.click(screen.getByTestId("add-to-situation"));
    const choice = await screen.findByTestId("situation-choice");
    await user.click(screen.getByTestId("add-to-situation-save"));
    expect(await screen.findByTestId("error-situation")).toHaveTextContent(
      "Please choose the situation to add them to.",
    );
    expect(choice).toHaveFocus();
    expect(vi.mocked(ipc.addToSituation)).not.toHaveBeenCalled();

    await user.selectOptions(choice, "sit-recall");
    await user.click(screen.getByTestId("add-to-situation-save"));

    expect(vi.mocked(ipc.addToSituation)).toHaveBeenCalledWith("sit-recall", ["id-rosa"], "Ana");
    await waitFor(() => expect(onchanged).toHaveBeenCalled());
    expect(screen.queryByTestId("error-situation")).not.toBeInTheDocument();
  });

  it("says when there is no open situation, and goes back", async () => {
    vi.mocked(ipc.listSituations).mockResolvedValue([]);
    const { user } = renderPart();

    await user.click(screen.getByTestId("add-to-situation"));
    const none = await screen.findByTestId("no-situation-to-add");
    expect(none).toHaveTextContent("No open situation to add them to.");
    await user.click(screen.getByRole("button", { name: "OK" }));

    expect(screen.getByTestId("add-to-situation")).toBeInTheDocument();
  });
});
