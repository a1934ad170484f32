import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "../../App.svelte";
import * as ipc from "../api/ipc";
import { resetIpc } from "../../test/ipcMock";
import { info, trashed } from "../../test/fixtures";
import { resetApp } from "../shell/app.svelte";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

const tom = trashed({ id: "id-tom", full_name: "Tom Baker", company: "Baker & Sons" });
const ria = trashed({ id: "id-ria", full_name: "Maria Silva", preferred_name: "Ria" });

async function openTrash() {
  const user = userEvent.setup();
  render(App);
  await user.click(await screen.findByTestId("nav-trash"));
  return user;
}

describe("Trash", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    vi.mocked(ipc.notebookInfo).mockResolvedValue(info({ trash_count: 2 }));
    vi.mocked(ipc.listTrash).mockResolvedValue([tom, ria]);
  });

  it("lists who is in Trash, with the count in the navigation", async () => {
    const user = await openTrash();
    void user;

    const rows = await screen.findAllByTestId("trash-row");
    expect(rows.map((r) => r.getAttribute("data-id"))).toEqual(["id-tom", "id-ria"]);
    expect(rows[0]).toHaveTextContent("Tom Baker");
    expect(rows[0]).toHaveTextContent("Baker & Sons");
    expect(rows[1]).toHaveTextContent("Ria");
    await waitFor(() => expect(screen.getByTestId("nav-trash")).toHaveTextContent("2"));
  });

  it("empties Trash only after the confirmation, which says how many will be deleted", async () => {
    vi.mocked(ipc.emptyTrash).mockResolvedValue(2);
    const user = await openTrash();
    await screen.findAllByTestId("trash-row");

    await user.click(screen.getByTestId("empty-trash"));
    const dialog = screen.getByRole("alertdialog");
    expect(dialog).toHaveTextContent("Delete 2 customers forever?");
    expect(screen.getByTestId("cancel-empty-trash")).toHaveFocus();
    expect(vi.mocked(ipc.emptyTrash)).not.toHaveBeenCalled();

    await user.click(screen.getByTestId("cancel-empty-trash"));
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(vi.mocked(ipc.emptyTrash)).not.toHaveBeenCalled();
    expect(screen.getAllByTestId("trash-row")).toHaveLength(2);

    await user.click(screen.getByTestId("empty-trash"));
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(vi.mocked(ipc.emptyTrash)).not.toHaveBeenCalled();

    await user.click(screen.getByTestId("empty-trash"));
    await user.click(within(screen.getByRole("alertdialog")).getByTestId("confirm-empty-trash"));

    expect(vi.mocked(ipc.emptyTrash)).toHaveBeenCalledTimes(1);
    expect(await screen.findByTestId("trash-empty-state")).toBeInTheDocument();
    expect(screen.queryByTestId("trash-row")).not.toBeInTheDocument();
  });

  it("restores one customer and takes them off the list", async () => {
    const user = await openTrash();
    const rows = await screen.findAllByTestId("trash-row");

    await user.click(within(rows[1]).getByTestId("trash-restore"));

    expect(vi.mocked(ipc.restoreCustomer)).toHaveBeenCalledWith("id-ria");
    await waitFor(() =>
      expect(screen.getAllByTestId("trash-row").map((r) => r.getAttribute("data-id"))).toEqual(["id-tom"]),
    );
    expect(screen.getByRole("status")).toHaveTextContent("Ria is back in your notebook.");
  });

  it("says Trash is empty and offers nothing to delete when it is", async () => {
    vi.mocked(ipc.listTrash).mockResolvedValue([]);
    await openTrash();

    expect(await screen.findByTestId("trash-empty-state")).toHaveTextContent("Trash is empty.");
    expect(screen.queryByTestId("empty-trash")).not.toBeInTheDocument();
  });

  it("lists conversations, issues and promises in Trash under 'Notes and history', and restores one", async () => {
    vi.mocked(ipc.listTrash).mockResolvedValue([]);
    vi.mocked(ipc.listTrashedEntries).mockResolvedValue([
      {
        id: "conv-1",
        kind: "conversation",
        title: "Asked about the invoice",
        customer_id: "id-rosa",
        customer_name: "Rosa Diaz",
        deleted_at: Date.UTC(2025, 2, 3, 10, 0),
      },
      {
        id: "issue-1",
        kind: "issue",
        title: "Charged twice",
        customer_id: "id-rosa",
        customer_name: "Rosa Diaz",
        deleted_at: Date.UTC(2025, 2, 3, 11, 0),
      },
    ]);
    const user = await openTrash();

    expect(await screen.findByRole("heading", { name: "Notes and history" })).toBeInTheDocument();
    const rows = await screen.findAllByTestId("trash-entry-row");
    expect(rows.map((r) => r.getAttribute("data-id"))).toEqual(["conv-1", "issue-1"]);
    expect(rows[1]).toHaveTextContent("Issue");
    expect(rows[1]).toHaveTextContent("Charged twice");
    expect(rows[1]).toHaveTextContent("Rosa Diaz");
    expect(screen.queryByTestId("trash-empty-state")).not.toBeInTheDocument();

    await user.click(within(rows[1]).getByTestId("trash-entry-restore"));

    expect(vi.mocked(ipc.restoreEntry)).toHaveBeenCalledWith("issue-1");
    await waitFor(() =>
      expect(screen.getAllByTestId("trash-entry-row").map((r) => r.getAttribute("data-id"))).toEqual([
        "conv-1",
      ]),
    );
    expect(screen.getByRole("status")).toHaveTextContent("“Charged twice” is back on Rosa Diaz’s page");

    await user.click(screen.getByTestId("empty-trash"));
    expect(screen.getByRole("alertdialog")).toHaveTextContent("Delete 1 history entry forever?");
  });

  it("lists a follow-up without a note as 'Follow-up', and says it is back when restored", async () => {
    vi.mocked(ipc.listTrash).mockResolvedValue([]);
    vi.mocked(ipc.listTrashedEntries).mockResolvedValue([
      {
        id: "fu-1",
        kind: "follow_up",
        title: "",
        customer_id: "id-rosa",
        customer_name: "Rosa Diaz",
        deleted_at: Date.UTC(2025, 2, 3, 10, 0),
      },
    ]);
    const user = await openTrash();

    const row = await screen.findByTestId("trash-entry-row");
    expect(row).toHaveTextContent("Follow-up");
    expect(row).toHaveTextContent("Rosa Diaz");
    await user.click(within(row).getByTestId("trash-entry-restore"));

    expect(vi.mocked(ipc.restoreEntry)).toHaveBeenCalledWith("fu-1");
    expect(await screen.findByRole("status")).toHaveTextContent("The follow-up is back on Rosa Diaz’s page.");
  });
});
