import { render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import { resetIpc } from "../../test/ipcMock";
import { issue } from "../../test/fixtures";
import { resetApp } from "../shell/app.svelte";
import IssueForm from "./IssueForm.svelte";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

const mine = issue({ version: 3 });
/** The issue as Ben saved it a minute ago: another title, another handler. */
const bens = issue({ title: "Charged twice in March", handler: "Ben", version: 4 });

function bensConflict(): KindlyError {
  return new KindlyError("conflict", "Ben saved a change to this issue.", null, {
    thing: "issue",
    version: 4,
    by: "Ben",
    at: Date.now() - 60_000 - 5_000,
  });
}

async function editIssue() {
  const onsaved = vi.fn();
  vi.mocked(ipc.getIssue).mockResolvedValue(bens);
  vi.mocked(ipc.updateIssue).mockImplementation(async (id, version, input) => ({
    ...bens,
    ...input,
    id,
    version: version + 1,
  }));
  const user = userEvent.setup();
  render(IssueForm, { props: { customerId: mine.customer_id, editing: mine, onsaved, oncancel: vi.fn() } });
  await user.clear(screen.getByTestId("issue-title"));
  await user.type(screen.getByTestId("issue-title"), "Refund the second charge");
  await user.type(screen.getByTestId("issue-root-cause"), "The card reader timed out");
  return { user, onsaved };
}

describe("Editing an issue someone else changed first", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
  });

  it("shows both titles side by side, takes Ben's handler in, and keeps what was typed", async () => {
    vi.mocked(ipc.updateIssue).mockRejectedValueOnce(bensConflict());
    const { user, onsaved } = await editIssue();
    await user.click(screen.getByTestId("issue-save"));

    expect(await screen.findByTestId("conflict")).toHaveTextContent(
      "Ben saved a change to this issue 1 minute ago, while you were making yours.",
    );
    expect(screen.getByTestId("clash-title")).toHaveTextContent(
      "Ben changed the title to Charged twice in March 1 minute ago; you wrote Refund the second charge.",
    );
    expect(screen.getByTestId("conflict-taken")).toHaveTextContent(
      "Ben also changed who handles it; it is in the form now.",
    );
    expect(screen.getByTestId("issue-title")).toHaveValue("Refund the second charge");
    expect(screen.getByTestId("issue-root-cause")).toHaveValue("The card reader timed out");
    expect(screen.getByTestId("issue-handler")).toHaveValue("Ben");
    expect(screen.getByTestId("issue-save")).toBeDisabled();
    expect(onsaved).not.toHaveBeenCalled();
  });

  it("saves the chosen title with the rest on the version now stored", async () => {
    vi.mocked(ipc.updateIssue).mockRejectedValueOnce(bensConflict());
    const { user, onsaved } = await editIssue();
    await user.click(screen.getByTestId("issue-save"));
    await user.click(await screen.findByTestId("clash-title-theirs"));
    expect(screen.getByTestId("issue-title")).toHaveValue("Charged twice in March");

    await user.click(screen.getByTestId("issue-save"));
    expect(vi.mocked(ipc.updateIssue)).toHaveBeenLastCalledWith(
      mine.id,
      4,
      expect.objectContaining({
        title: "Charged twice in March",
        root_cause: "The card reader timed out",
        handler: "Ben",
      }),
    );
    await waitFor(() => expect(onsaved).toHaveBeenCalled());
  });
});
