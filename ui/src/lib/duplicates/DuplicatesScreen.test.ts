import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import DuplicatesScreen from "./DuplicatesScreen.svelte";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import { resetIpc } from "../../test/ipcMock";
import { customer, duplicatePair, mergeRecord, summary } from "../../test/fixtures";
import { app, resetApp } from "../shell/app.svelte";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

const rosas = duplicatePair();
const toms = duplicatePair({
  a: summary({ id: "id-tom", full_name: "Tom Baker" }),
  b: summary({ id: "id-tom-2", full_name: "Tom Baker" }),
  reason: "Same name and email tom@example.com",
});
const merged = mergeRecord();

async function open() {
  const user = userEvent.setup();
  render(DuplicatesScreen);
  const pairs = await screen.findAllByTestId("duplicate-pair");
  return { user, pairs };
}

describe("Possible duplicates", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    vi.mocked(ipc.likelyDuplicates).mockResolvedValue([rosas, toms]);
  });

  it("explains merging once, and shows each pair with why they look alike", async () => {
    const { pairs } = await open();

    expect(
      screen.getByText(/keeps every phone number, email, note and all the history of both/),
    ).toBeInTheDocument();
    expect(screen.getByText(/can be undone/)).toBeInTheDocument();
    expect(pairs).toHaveLength(2);
    expect(pairs[0]).toHaveAttribute("data-a", "id-rosa");
    expect(pairs[0]).toHaveAttribute("data-b", "id-rosa-2");
    expect(within(pairs[0]).getByTestId("duplicate-reason")).toHaveTextContent(
      "Same phone number 07700 900123",
    );
    expect(pairs[0]).toHaveTextContent("Rosa Diaz");
    expect(pairs[0]).toHaveTextContent("Diaz Flowers");
    // The second Rosa likes to be called Rosie; her full name is shown too.
    expect(pairs[0]).toHaveTextContent("Rosie");
    expect(pairs[0]).toHaveTextContent("Full name: Rosa Díaz");
    expect(within(pairs[0]).getAllByText("07700 900123")).toHaveLength(2);
    expect(within(pairs[0]).getByTestId("merge-keep-a")).toHaveTextContent(
      "Keep Rosa Diaz, merge the other into it",
    );
    expect(within(pairs[0]).getByTestId("merge-keep-b")).toHaveTextContent(
      "Keep Rosie, merge the other into it",
    );
    expect(within(pairs[0]).getByTestId("not-duplicates")).toHaveTextContent("Not the same person");
    // Two people with the same name are told apart by which was added first.
    expect(within(pairs[1]).getByTestId("merge-keep-a")).toHaveTextContent("Keep Tom Baker (added first)");
    expect(within(pairs[1]).getByTestId("merge-keep-b")).toHaveTextContent("Keep Tom Baker (added later)");
    expect(screen.queryByTestId("duplicates-empty")).not.toBeInTheDocument();
  });

  it("merges the other into the one kept, says so, offers Undo, and shows the list afresh", async () => {
    const { user, pairs } = await open();
    vi.mocked(ipc.likelyDuplicates).mockResolvedValue([toms]);
    vi.mocked(ipc.recentMerges).mockResolvedValue([merged]);

    await user.click(within(pairs[0]).getByTestId("merge-keep-a"));

    expect(vi.mocked(ipc.mergeCustomers)).toHaveBeenCalledWith(
      "id-rosa",
      "id-rosa-2",
      expect.stringMatching(/^merge-/),
    );
    const done = await screen.findByTestId("merge-done");
    expect(done).toHaveTextContent("Merged Rosa Díaz into Rosa Diaz.");
    await waitFor(() => expect(screen.getAllByTestId("duplicate-pair")).toHaveLength(1));
    expect(vi.mocked(ipc.likelyDuplicates)).toHaveBeenCalledTimes(2);
    expect(screen.getByTestId("recent-merge")).toHaveTextContent("Rosa Díaz merged into Rosa Diaz");

    vi.mocked(ipc.likelyDuplicates).mockResolvedValue([rosas, toms]);
    vi.mocked(ipc.recentMerges).mockResolvedValue([]);
    await user.click(screen.getByTestId("merge-undo"));

    expect(vi.mocked(ipc.undoMerge)).toHaveBeenCalledWith("merge-1");
    expect(await screen.findByTestId("duplicates-notice")).toHaveTextContent(
      "Undone. Rosa Díaz and Rosa Diaz are two customers again.",
    );
    expect(screen.queryByTestId("merge-done")).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByTestId("duplicate-pair")).toHaveLength(2));
    expect(screen.queryByTestId("recent-merge")).not.toBeInTheDocument();
  });

  it("keeps the second one when asked, and opens the customer kept", async () => {
    vi.mocked(ipc.mergeCustomers).mockResolvedValue({
      merge: mergeRecord({
        kept_id: "id-rosa-2",
        kept_name: "Rosa Díaz",
        merged_id: "id-rosa",
        merged_name: "Rosa Diaz",
      }),
      kept: customer({ id: "id-rosa-2", full_name: "Rosa Díaz" }),
      left_out: ["The note “Paid in cash” did not fit and stays with Rosa Diaz in Trash."],
    });
    const { user, pairs } = await open();

    await user.click(within(pairs[0]).getByTestId("merge-keep-b"));

    expect(vi.mocked(ipc.mergeCustomers)).toHaveBeenCalledWith(
      "id-rosa-2",
      "id-rosa",
      expect.stringMatching(/^merge-/),
    );
    expect(await screen.findByTestId("merge-done")).toHaveTextContent("Merged Rosa Diaz into Rosa Díaz.");
    expect(screen.getByTestId("merge-left-out")).toHaveTextContent("did not fit");
    await user.click(screen.getByTestId("merge-open-kept"));
    expect(app.route).toMatchObject({ name: "customer", id: "id-rosa-2" });
  });

  it("remembers two customers are different people and asks about them no more", async () => {
    const { user, pairs } = await open();
    vi.mocked(ipc.likelyDuplicates).mockResolvedValue([rosas]);

    await user.click(within(pairs[1]).getByTestId("not-duplicates"));

    expect(vi.mocked(ipc.notDuplicates)).toHaveBeenCalledWith("id-tom", "id-tom-2");
    expect(vi.mocked(ipc.mergeCustomers)).not.toHaveBeenCalled();
    expect(await screen.findByTestId("duplicates-notice")).toHaveTextContent(
      "Tom Baker and Tom Baker will not be suggested as the same person again.",
    );
    await waitFor(() => expect(screen.getAllByTestId("duplicate-pair")).toHaveLength(1));
  });

  it("undoes a recent merge from the list", async () => {
    vi.mocked(ipc.likelyDuplicates).mockResolvedValue([]);
    vi.mocked(ipc.recentMerges).mockResolvedValue([merged]);
    const user = userEvent.setup();
    render(DuplicatesScreen);

    const row = await screen.findByTestId("recent-merge");
    expect(screen.getByTestId("duplicates-empty")).toHaveTextContent("No likely duplicates found.");
    vi.mocked(ipc.recentMerges).mockResolvedValue([]);
    vi.mocked(ipc.likelyDuplicates).mockResolvedValue([rosas]);
    await user.click(within(row).getByTestId("recent-merge-undo"));

    expect(vi.mocked(ipc.undoMerge)).toHaveBeenCalledWith("merge-1");
    expect(await screen.findByTestId("duplicate-pair")).toBeInTheDocument();
    expect(screen.queryByTestId("recent-merge")).not.toBeInTheDocument();
  });

  it("says calmly when there are no likely duplicates", async () => {
    vi.mocked(ipc.likelyDuplicates).mockResolvedValue([]);
    render(DuplicatesScreen);

    expect(await screen.findByTestId("duplicates-empty")).toHaveTextContent("No likely duplicates found.");
    expect(screen.queryByRole("heading", { name: "Recent merges" })).not.toBeInTheDocument();
  });

  it("shows why a merge could not be done, and changes nothing on screen", async () => {
    vi.mocked(ipc.mergeCustomers).mockRejectedValue(new KindlyError("not_found", "That customer is gone."));
    const { user, pairs } = await open();

    await user.click(within(pairs[0]).getByTestId("merge-keep-a"));

    expect(await screen.findByTestId("duplicates-error")).toHaveTextContent("That customer is gone.");
    expect(screen.queryByTestId("merge-done")).not.toBeInTheDocument();
    expect(screen.getAllByTestId("duplicate-pair")).toHaveLength(2);
  });
});
