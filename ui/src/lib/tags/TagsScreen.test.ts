import { cleanup, render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "../../App.svelte";
import TagsScreen from "./TagsScreen.svelte";
import { lastTagChange } from "./tags";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import type { TaskProgress } from "../api/events";
import type { BulkChangeRecord, TagChange, TagCount } from "../api/types";
import { deferred } from "../../test/fixtures";
import { resetIpc } from "../../test/ipcMock";
import { app, resetApp } from "../shell/app.svelte";
import { announceChanges } from "../live/changes";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

// The shell's "progress" events: every listener, so a test can send one.
const listeners = vi.hoisted(() => new Set<(report: TaskProgress) => void>());
vi.mock("../api/events", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../api/events")>()),
  listenToProgress: (handler: (report: TaskProgress) => void) => {
    listeners.add(handler);
    return () => listeners.delete(handler);
  },
}));

function report(task: string, stage: TaskProgress["stage"], done: number, of: number): void {
  for (const listener of listeners) listener({ task, stage, done, of });
}

const TAGS: TagCount[] = [
  { tag: "wedding", customers: 12 },
  { tag: "VIP", customers: 1500 },
  { tag: "Mariée", customers: 3 },
  { tag: "vip-old", customers: 4 },
];

function record(change: TagChange, changed: number): BulkChangeRecord {
  return { id: "change-1", change: { on: "tags", change }, changed, at: 0, by: "Ana", undone_at: null };
}

async function open() {
  const user = userEvent.setup();
  render(TagsScreen);
  await screen.findByTestId("tags-table");
  return user;
}

function rows(): { tag: string | null; count: string }[] {
  return screen.getAllByTestId("tag-row").map((row) => ({
    tag: row.getAttribute("data-tag"),
    count: within(row).getByTestId("tag-count").textContent?.trim() ?? "",
  }));
}

function row(tag: string): HTMLElement {
  const found = screen.getAllByTestId("tag-row").find((r) => r.getAttribute("data-tag") === tag);
  if (!found) throw new Error(`no row for ${tag}`);
  return found;
}

describe("The Tags screen", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    lastTagChange.done = null;
    vi.mocked(ipc.tagCounts).mockResolvedValue(TAGS);
  });

  it("lists every tag with its count, sorted by name or by count, and finds one as it is typed", async () => {
    const user = await open();

    expect(rows()).toEqual([
      { tag: "Mariée", count: "3" },
      { tag: "VIP", count: "1,500" },
      { tag: "vip-old", count: "4" },
      { tag: "wedding", count: "12" },
    ]);
    await user.click(screen.getByTestId("tags-sort-count"));
    expect(rows().map((r) => r.tag)).toEqual(["VIP", "wedding", "vip-old", "Mariée"]);
    expect(screen.getByTestId("tags-sort-count").closest("th")).toHaveAttribute("aria-sort", "descending");
    await user.click(screen.getByTestId("tags-sort-count"));
    expect(rows().map((r) => r.tag)).toEqual(["Mariée", "vip-old", "wedding", "VIP"]);
    await user.click(screen.getByTestId("tags-sort-name"));
    expect(screen.getByTestId("tags-sort-name").closest("th")).toHaveAttribute("aria-sort", "ascending");

    // Case and accents do not matter.
    await user.type(screen.getByTestId("tags-filter"), "marie");
    expect(rows().map((r) => r.tag)).toEqual(["Mariée"]);
    await user.clear(screen.getByTestId("tags-filter"));
    await user.type(screen.getByTestId("tags-filter"), "vip");
    expect(rows().map((r) => r.tag)).toEqual(["VIP", "vip-old"]);
    expect(screen.getByText("2 tags")).toBeInTheDocument();
    await user.type(screen.getByTestId("tags-filter"), "zz");
    expect(screen.getByTestId("tags-none-match")).toHaveTextContent("No tag matches “vipzz”.");
  });

  it("opens the Customers list filtered by a tag when its count is clicked", async () => {
    const user = await open();

    const count = within(row("wedding")).getByTestId("tag-count");
    expect(count).toHaveAccessibleName("Show the 12 customers tagged “wedding”");
    await user.click(count);

    expect(app.route).toEqual({ name: "customers", filter: { tags: ["wedding"] } });
  });

  it("renames a tag with progress from 200 customers, says what changed, and undoes it", async () => {
    const user = await open();
    const answer = deferred<BulkChangeRecord>();
    vi.mocked(ipc.changeTag).mockReturnValue(answer.promise);

    await user.click(within(row("wedding")).getByTestId("tag-rename"));
    const field = screen.getByTestId("tag-rename-field");
    expect(field).toHaveFocus();
    await user.clear(field);
    await user.type(field, "Wedding 2026");
    expect(screen.queryByTestId("tag-rename-into")).not.toBeInTheDocument();
    await user.click(screen.getByTestId("tag-rename-save"));

    expect(vi.mocked(ipc.changeTag)).toHaveBeenCalledWith(
      { kind: "rename", from: "wedding", to: "Wedding 2026" },
      expect.stringMatching(/^tags-/),
    );
    const task = vi.mocked(ipc.changeTag).mock.calls[0][1] as string;
    report(task, "saving", 120, 450);
    const bar = await screen.findByTestId("task-progress-bar");
    expect(bar).toHaveAttribute("aria-valuenow", "25");
    expect(screen.getByTestId("task-cancel")).toBeEnabled();

    vi.mocked(ipc.tagCounts).mockResolvedValue([{ tag: "Wedding 2026", customers: 12 }, ...TAGS.slice(1)]);
    answer.resolve(record({ kind: "rename", from: "wedding", to: "Wedding 2026" }, 450));
    expect(await screen.findByTestId("tags-done")).toHaveTextContent(
      "Renamed “wedding” to “Wedding 2026” on 450 customers.",
    );
    await waitFor(() => expect(row("Wedding 2026")).toBeInTheDocument());
    expect(screen.queryByTestId("task-progress")).not.toBeInTheDocument();

    // Away (to the renamed tag's customers) and back: the Undo is still there.
    cleanup();
    await open();
    expect(screen.getByTestId("tags-done")).toHaveTextContent(
      "Renamed “wedding” to “Wedding 2026” on 450 customers.",
    );

    vi.mocked(ipc.undoTagChange).mockResolvedValue({
      ...record({ kind: "delete", tag: "x" }, 450),
      undone_at: 1,
    });
    await user.click(screen.getByTestId("tags-undo"));
    expect(vi.mocked(ipc.undoTagChange)).toHaveBeenCalledWith(
      "change-1",
      expect.stringMatching(/^tags-undo-/),
    );
    expect(await screen.findByTestId("tags-notice")).toHaveTextContent(
      "Undone. The tags are as they were before.",
    );
    expect(screen.queryByTestId("tags-done")).not.toBeInTheDocument();
  });

  it("says a rename to an existing tag merges the two, and asks the core for a merge", async () => {
    const user = await open();
    vi.mocked(ipc.changeTag).mockResolvedValue(record({ kind: "merge", from: "vip-old", into: "VIP" }, 4));

    await user.click(within(row("vip-old")).getByTestId("tag-rename"));
    const field = screen.getByTestId("tag-rename-field");
    await user.clear(field);
    await user.type(field, "vip");
    expect(screen.getByTestId("tag-rename-into")).toHaveTextContent(
      "“VIP” is already a tag: saving merges “vip-old” into it.",
    );
    expect(screen.getByTestId("tag-rename-save")).toHaveTextContent("Merge");
    await user.keyboard("{Enter}");

    expect(vi.mocked(ipc.changeTag)).toHaveBeenCalledWith(
      { kind: "merge", from: "vip-old", into: "VIP" },
      expect.any(String),
    );
    expect(await screen.findByTestId("tags-done")).toHaveTextContent(
      "Merged “vip-old” into “VIP” on 4 customers.",
    );
  });

  it("merges a tag into another picked from the list", async () => {
    const user = await open();
    vi.mocked(ipc.changeTag).mockResolvedValue(record({ kind: "merge", from: "Mariée", into: "wedding" }, 1));

    await user.click(within(row("Mariée")).getByTestId("tag-merge"));
    const pick = screen.getByTestId("tag-merge-field");
    expect(within(pick).queryByText(/^Mariée/)).not.toBeInTheDocument();
    expect(screen.getByTestId("tag-merge-go")).toBeDisabled();
    await user.selectOptions(pick, "wedding");
    expect(
      screen.getByText("Everyone tagged “Mariée” will be tagged “wedding” instead."),
    ).toBeInTheDocument();
    await user.click(screen.getByTestId("tag-merge-go"));

    expect(vi.mocked(ipc.changeTag)).toHaveBeenCalledWith(
      { kind: "merge", from: "Mariée", into: "wedding" },
      expect.any(String),
    );
    expect(await screen.findByTestId("tags-done")).toHaveTextContent(
      "Merged “Mariée” into “wedding” on 1 customer.",
    );
  });

  it("deletes a tag from everyone after saying how many carry it, and Cancel changes nothing", async () => {
    const user = await open();
    vi.mocked(ipc.changeTag).mockResolvedValue(record({ kind: "delete", tag: "VIP" }, 1500));

    await user.click(within(row("VIP")).getByTestId("tag-delete"));
    expect(screen.getByTestId("tag-delete-question")).toHaveTextContent(
      "Take “VIP” off all 1,500 customers?",
    );
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByTestId("tag-delete-question")).not.toBeInTheDocument();
    expect(vi.mocked(ipc.changeTag)).not.toHaveBeenCalled();

    await user.click(within(row("VIP")).getByTestId("tag-delete"));
    await user.click(screen.getByTestId("tag-delete-go"));
    expect(vi.mocked(ipc.changeTag)).toHaveBeenCalledWith({ kind: "delete", tag: "VIP" }, expect.any(String));
    expect(await screen.findByTestId("tags-done")).toHaveTextContent("Took “VIP” off 1,500 customers.");
  });

  it("shows why a change was refused and keeps the field open", async () => {
    const user = await open();
    vi.mocked(ipc.changeTag).mockRejectedValue(
      new KindlyError("invalid_input", "A tag can be at most 40 characters long.", "to"),
    );

    await user.click(within(row("wedding")).getByTestId("tag-rename"));
    await user.type(screen.getByTestId("tag-rename-field"), "!");
    await user.click(screen.getByTestId("tag-rename-save"));

    expect(await screen.findByTestId("tags-error")).toHaveTextContent(
      "A tag can be at most 40 characters long.",
    );
    expect(screen.getByTestId("tag-rename-field")).toBeInTheDocument();
    expect(screen.queryByTestId("tags-done")).not.toBeInTheDocument();
  });

  it("counts again when another desk changes customers", async () => {
    await open();
    vi.mocked(ipc.tagCounts).mockResolvedValue([{ tag: "wedding", customers: 13 }]);

    announceChanges({ everything: false, kinds: ["situations"], customer_ids: [], situation_ids: ["s"] });
    expect(vi.mocked(ipc.tagCounts)).toHaveBeenCalledTimes(1);
    announceChanges({
      everything: false,
      kinds: ["customers"],
      customer_ids: ["id-rosa"],
      situation_ids: [],
    });

    await waitFor(() => expect(rows()).toEqual([{ tag: "wedding", count: "13" }]));
  });

  it("says what to do when no customer has a tag yet", async () => {
    vi.mocked(ipc.tagCounts).mockResolvedValue([]);
    render(TagsScreen);
    expect(await screen.findByTestId("tags-empty")).toHaveTextContent("No customer has a tag yet.");
  });
});

describe("Reaching Tags and Reports", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    lastTagChange.done = null;
    vi.mocked(ipc.tagCounts).mockResolvedValue(TAGS);
  });

  it("opens them from the header's More menu, which Esc closes", async () => {
    const user = userEvent.setup();
    render(App);
    await screen.findByTestId("app-ready");
    const more = screen.getByTestId("nav-more");
    expect(more).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByTestId("nav-tags")).not.toBeInTheDocument();

    await user.click(more);
    expect(more).toHaveAttribute("aria-expanded", "true");
    await user.keyboard("{Escape}");
    expect(screen.queryByTestId("nav-more-menu")).not.toBeInTheDocument();
    expect(more).toHaveFocus();

    // A click elsewhere closes it too.
    await user.click(more);
    await user.click(screen.getByRole("banner"));
    expect(screen.queryByTestId("nav-more-menu")).not.toBeInTheDocument();

    await user.click(more);
    await user.click(screen.getByTestId("nav-tags"));
    expect(await screen.findByRole("heading", { name: "Tags" })).toBeInTheDocument();
    expect(app.route).toEqual({ name: "tags" });
    expect(screen.queryByTestId("nav-more-menu")).not.toBeInTheDocument();
    expect(more).toHaveAttribute("aria-current", "page");

    await user.click(more);
    await user.click(screen.getByTestId("nav-reports"));
    expect(app.route).toEqual({ name: "reports" });
  });
});
