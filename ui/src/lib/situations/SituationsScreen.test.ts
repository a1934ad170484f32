import { render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import type { SituationSummary } from "../api/types";
import { resetIpc } from "../../test/ipcMock";
import { deferred } from "../../test/fixtures";
import { resetApp } from "../shell/app.svelte";
import SituationsScreen from "./SituationsScreen.svelte";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

function summary(id: string, title: string, closed_at: number | null): SituationSummary {
  return { id, title, lead: "Ana", expected_fix: null, created_at: 0, closed_at, told: 0, total: 1 };
}
const recall = summary("sit-recall", "Oven recall", null);
const flood = summary("sit-flood", "Flooded shop", 1_700_000_000_000);

describe("The list of situations", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
  });

  it("shows the answer to the last flip of 'Show closed ones too', even when an older answer comes later", async () => {
    vi.mocked(ipc.listSituations).mockResolvedValueOnce([recall]);
    const user = userEvent.setup();
    render(SituationsScreen);
    await waitFor(() => expect(screen.getAllByTestId("situation-row")).toHaveLength(1));

    const withClosed = deferred<SituationSummary[]>();
    const openOnly = deferred<SituationSummary[]>();
    vi.mocked(ipc.listSituations)
      .mockReturnValueOnce(withClosed.promise)
      .mockReturnValueOnce(openOnly.promise);
    await user.click(screen.getByTestId("show-closed"));
    await user.click(screen.getByTestId("show-closed"));
    openOnly.resolve([recall]);
    await waitFor(() => expect(screen.getByTestId("show-closed")).not.toBeChecked());
    withClosed.resolve([recall, flood]);
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(screen.getAllByTestId("situation-row")).toHaveLength(1);
    expect(screen.getByTestId("situation-row")).toHaveTextContent("Oven recall");
  });
});

describe("Starting a situation", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    vi.mocked(ipc.listSituations).mockResolvedValue([]);
  });

  it("puts the cursor on a refused field, with its message linked to it", async () => {
    vi.mocked(ipc.createSituation).mockRejectedValue(
      new KindlyError("invalid_input", "Keep what we are doing under 2,000 characters.", "what_we_do"),
    );
    const user = userEvent.setup();
    render(SituationsScreen);
    await user.click(await screen.findByTestId("new-situation"));
    await user.type(screen.getByTestId("situation-title"), "Oven recall");
    await user.click(screen.getByTestId("situation-save"));

    const field = screen.getByTestId("situation-what-we-do");
    expect(await screen.findByTestId("error-what_we_do")).toHaveTextContent("under 2,000 characters");
    await waitFor(() => expect(field).toHaveFocus());
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field).toHaveAccessibleDescription("Keep what we are doing under 2,000 characters.");
  });
});
