import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import type { BulkChangeRecord, CustomerFilter, CustomerListRow, ListCursor, SavedList } from "../api/types";
import { resetIpc } from "../../test/ipcMock";
import { roster } from "../../test/fixtures";
import { app, resetApp } from "../shell/app.svelte";
import { announceChanges } from "../live/changes";
import CustomersScreen from "./CustomersScreen.svelte";
import { DEFAULT_SORT, emptyFilter, lastView } from "./filters";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

function row(id: string, extra: Partial<CustomerListRow> = {}): CustomerListRow {
  return {
    id,
    full_name: `Customer ${id}`,
    preferred_name: "",
    company: "",
    tags: [],
    looked_after_by: "",
    last_contact_at: null,
    touch: null,
    open_issues: 0,
    next_follow_up_at: null,
    sample: false,
    ...extra,
  };
}

const rosa = row("c-rosa", {
  full_name: "Rosa María Díaz",
  preferred_name: "Rosie",
  company: "Díaz Bakery",
  tags: ["VIP", "wedding"],
  looked_after_by: "Ana",
  last_contact_at: Date.now() - 3 * 86_400_000,
  touch: "drifting",
  open_issues: 2,
});
const ben = row("c-ben", { full_name: "Ben Okoro" });

/** The filter the core was last asked for the list with. */
function lastFilter(): CustomerFilter {
  const calls = vi.mocked(ipc.listCustomers).mock.calls;
  return calls[calls.length - 1][0];
}

/** `n` rows starting at `from`, named so each is different. */
function rows(from: number, n: number): CustomerListRow[] {
  return Array.from({ length: n }, (_, i) => row(`c-${from + i}`));
}

function cursorAfter(id: string): ListCursor {
  return { key: id, id };
}

function record(extra: Partial<BulkChangeRecord> = {}): BulkChangeRecord {
  return {
    id: "bulk-1",
    change: { on: "customers", change: { kind: "add_tag", tag: "VIP" } },
    changed: 1204,
    at: Date.now(),
    by: "Ana",
    undone_at: null,
    ...extra,
  };
}

function saved(id: string, name: string, count: number, filter: Partial<CustomerFilter> = {}): SavedList {
  return { id, name, filter: { ...emptyFilter(), ...filter }, sort: DEFAULT_SORT, count, version: 1 };
}

/** Stands in for the browser's IntersectionObserver: `reachEnd()` says the list's end came into view. */
let observed: ((entries: { isIntersecting: boolean }[]) => void) | null = null;
function reachEnd(): void {
  observed?.([{ isIntersecting: true }]);
}

describe("The Customers screen", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    app.roster = roster(true);
    lastView.filter = emptyFilter();
    lastView.sort = DEFAULT_SORT;
    lastView.active = null;
    lastView.outcome = null;
    vi.mocked(ipc.listCustomers).mockResolvedValue({ rows: [rosa, ben], next: null });
    vi.mocked(ipc.countCustomers).mockResolvedValue(2431);
    observed = null;
    vi.stubGlobal(
      "IntersectionObserver",
      class {
        constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
          observed = callback;
        }
        observe() {}
        disconnect() {}
      },
    );
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("lists customers by the name they go by, with the full name beneath, and counts all that match", async () => {
    render(CustomersScreen);
    const rows = await screen.findAllByTestId("customer-row");
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent("Rosie");
    expect(rows[0]).toHaveTextContent("Rosa María Díaz");
    expect(rows[0]).toHaveTextContent("Díaz Bakery");
    expect(rows[0]).toHaveTextContent("VIP");
    expect(rows[0]).toHaveTextContent("Ana");
    expect(within(rows[0]).getByTestId("row-last-contact")).toHaveTextContent("3 days ago");
    expect(within(rows[0]).getByTestId("row-last-contact")).toHaveTextContent("Drifting out of touch");
    expect(rows[1]).toHaveTextContent("Nobody yet");
    expect(rows[1]).toHaveTextContent("Never");
    expect(await screen.findByTestId("list-count")).toHaveTextContent("2431 customers");
    expect(ipc.listCustomers).toHaveBeenCalledWith(
      emptyFilter(),
      { column: "name", descending: false },
      null,
      100,
    );
  });

  it("sorts by a column when its head is clicked, and the other way round on a second click", async () => {
    const user = userEvent.setup();
    render(CustomersScreen);
    await screen.findAllByTestId("customer-row");
    expect(screen.getByTestId("col-name")).toHaveAttribute("aria-sort", "ascending");

    await user.click(screen.getByTestId("sort-last-contact"));
    await waitFor(() =>
      expect(ipc.listCustomers).toHaveBeenLastCalledWith(
        emptyFilter(),
        { column: "last_contact", descending: false },
        null,
        100,
      ),
    );
    expect(screen.getByTestId("col-last-contact")).toHaveAttribute("aria-sort", "ascending");
    expect(screen.getByTestId("col-name")).not.toHaveAttribute("aria-sort");

    await user.click(screen.getByTestId("sort-last-contact"));
    await waitFor(() =>
      expect(ipc.listCustomers).toHaveBeenLastCalledWith(
        emptyFilter(),
        { column: "last_contact", descending: true },
        null,
        100,
      ),
    );
    expect(screen.getByTestId("col-last-contact")).toHaveAttribute("aria-sort", "descending");
  });

  it("asks for the next page with the cursor the last one gave when the end comes into view", async () => {
    vi.mocked(ipc.listCustomers)
      .mockResolvedValueOnce({ rows: rows(0, 100), next: cursorAfter("c-99") })
      .mockResolvedValueOnce({ rows: rows(100, 100), next: null });
    render(CustomersScreen);
    await waitFor(() => expect(screen.getAllByTestId("customer-row")).toHaveLength(100));

    reachEnd();
    await waitFor(() => expect(screen.getAllByTestId("customer-row")).toHaveLength(200));
    expect(ipc.listCustomers).toHaveBeenLastCalledWith(emptyFilter(), DEFAULT_SORT, cursorAfter("c-99"), 100);
    expect(screen.queryByTestId("list-more")).toBeNull();
  });

  it("keeps at most four pages loaded, putting the rows furthest up away", async () => {
    for (let page = 0; page < 5; page++) {
      vi.mocked(ipc.listCustomers).mockResolvedValueOnce({
        rows: rows(page * 100, 100),
        next: cursorAfter(`c-${page * 100 + 99}`),
      });
    }
    const user = userEvent.setup();
    render(CustomersScreen);
    for (let page = 1; page < 5; page++) {
      await waitFor(() =>
        expect(screen.getAllByTestId("customer-row")).toHaveLength(Math.min(page * 100, 400)),
      );
      await user.click(screen.getByTestId("list-more"));
    }
    await waitFor(() => expect(screen.getByTestId("list-put-away")).toBeInTheDocument());
    const shown = screen.getAllByTestId("customer-row");
    expect(shown).toHaveLength(400);
    expect(shown[0]).toHaveAttribute("data-id", "c-100");
    expect(shown[399]).toHaveAttribute("data-id", "c-499");
  });

  it("narrows the list as words are typed in the lookup box", async () => {
    const user = userEvent.setup();
    render(CustomersScreen);
    await screen.findAllByTestId("customer-row");
    await user.type(screen.getByTestId("list-search"), "rosa di");
    await waitFor(() => expect(lastFilter().text).toBe("rosa di"));
    expect(ipc.countCustomers).toHaveBeenLastCalledWith({ ...emptyFilter(), text: "rosa di" });
    // Typing quickly asks once for the words, not once a letter.
    const asked = vi.mocked(ipc.listCustomers).mock.calls.filter(([f]) => f.text !== "");
    expect(asked).toHaveLength(1);
  });

  it("builds the filter from the panel, shows each part as a chip, and clears them", async () => {
    vi.mocked(ipc.issueCategories).mockResolvedValue(["Repair", "Billing"]);
    vi.mocked(ipc.listSituations).mockResolvedValue([
      {
        id: "sit-oven",
        title: "Oven recall",
        lead: "Ana",
        expected_fix: null,
        created_at: 0,
        closed_at: null,
        told: 0,
        total: 3,
      },
    ]);
    const user = userEvent.setup();
    render(CustomersScreen);
    await screen.findAllByTestId("customer-row");
    await user.click(screen.getByTestId("filters-toggle"));

    await user.type(screen.getByTestId("filter-tag"), "VIP{Enter}");
    await user.type(screen.getByTestId("filter-tag"), "wedding");
    await user.click(screen.getByTestId("filter-tag-add"));
    await user.selectOptions(screen.getByTestId("filter-looked-after"), "Ben Okoro");
    await user.selectOptions(screen.getByTestId("filter-category"), "Repair");
    await user.click(screen.getByTestId("filter-promise-overdue"));
    await user.selectOptions(screen.getByTestId("filter-touch"), "drifting");
    await user.click(screen.getByTestId("filter-birthday"));
    await user.selectOptions(screen.getByTestId("filter-situation"), "sit-oven");

    await waitFor(() =>
      expect(lastFilter()).toEqual({
        ...emptyFilter(),
        tags: ["VIP", "wedding"],
        looked_after_by: "Ben Okoro",
        open_issue: true,
        open_issue_category: "Repair",
        promise_overdue: true,
        touch: "drifting",
        birthday_this_month: true,
        situation_id: "sit-oven",
      }),
    );
    const chips = screen.getAllByTestId("filter-chip").map((c) => c.textContent?.replace("×", "").trim());
    expect(chips).toEqual([
      "Tag: VIP",
      "Tag: wedding",
      "Looked after by Ben Okoro",
      "Open issue: Repair",
      "Promise overdue",
      "Drifting",
      "Birthday this month",
      "In “Oven recall”",
    ]);
    expect(screen.getByTestId("filters-toggle")).toHaveTextContent("Filters (8)");

    await user.click(screen.getByRole("button", { name: "Remove the filter: Tag: VIP" }));
    await waitFor(() => expect(lastFilter().tags).toEqual(["wedding"]));

    await user.click(screen.getByTestId("clear-filters"));
    await waitFor(() => expect(lastFilter()).toEqual(emptyFilter()));
    expect(screen.queryByTestId("filter-chips")).toBeNull();
  });

  it("asks for 'nobody looks after them' and dates as the start of the day chosen", async () => {
    const user = userEvent.setup();
    render(CustomersScreen);
    await screen.findAllByTestId("customer-row");
    await user.click(screen.getByTestId("filters-toggle"));
    await user.selectOptions(screen.getByTestId("filter-looked-after"), "Nobody yet");
    await user.type(screen.getByTestId("filter-not-contacted"), "2026-06-01");
    await waitFor(() =>
      expect(lastFilter()).toEqual({
        ...emptyFilter(),
        looked_after_by: "",
        not_contacted_since: new Date(2026, 5, 1).getTime(),
      }),
    );
  });

  it("changes all that match, beyond the page, less those unticked afterwards, after a preview; then Undo takes it back", async () => {
    vi.mocked(ipc.previewBulkChange).mockResolvedValue({ selected: 2430, changes: 1204 });
    vi.mocked(ipc.bulkChange).mockResolvedValue(record());
    vi.mocked(ipc.undoBulkChange).mockResolvedValue(record({ undone_at: Date.now() }));
    const user = userEvent.setup();
    const shown = render(CustomersScreen);
    await screen.findAllByTestId("customer-row");

    await user.click(screen.getAllByTestId("row-tick")[0]);
    expect(screen.getByTestId("ticked-count")).toHaveTextContent("1 ticked");
    await user.click(screen.getByTestId("select-all-matching"));
    expect(screen.getByTestId("ticked-count")).toHaveTextContent(
      "All 2431 customers that match are selected.",
    );
    await user.click(screen.getAllByTestId("row-tick")[1]);
    expect(screen.getByTestId("ticked-count")).toHaveTextContent("2430 of the 2431 that match are selected.");

    await user.click(screen.getByTestId("bulk-add_tag"));
    const dialog = screen.getByTestId("bulk-dialog");
    await user.type(within(dialog).getByTestId("bulk-tag"), "VIP");
    await waitFor(() =>
      expect(within(dialog).getByTestId("bulk-preview")).toHaveTextContent(
        "This adds “VIP” to 1204 customers.",
      ),
    );
    expect(within(dialog).getByTestId("bulk-preview")).toHaveTextContent("1226 already have it.");
    const selection = { kind: "all_matching", filter: emptyFilter(), except: ["c-ben"] };
    expect(ipc.previewBulkChange).toHaveBeenLastCalledWith(selection, { kind: "add_tag", tag: "VIP" });

    await user.click(within(dialog).getByTestId("bulk-dialog-confirm"));
    await waitFor(() => expect(screen.queryByTestId("bulk-dialog")).toBeNull());
    expect(ipc.bulkChange).toHaveBeenCalledWith(
      selection,
      { kind: "add_tag", tag: "VIP" },
      expect.any(String),
    );
    expect(screen.getByTestId("bulk-outcome")).toHaveTextContent("Added “VIP” to 1204 customers");
    expect(screen.queryByTestId("bulk-bar")).toBeNull();
    // The header's Today and Trash counts follow the change.
    expect(ipc.getToday).toHaveBeenCalled();
    expect(ipc.notebookInfo).toHaveBeenCalled();

    // Away (to Today, to see the change) and back: the Undo is still there.
    shown.unmount();
    render(CustomersScreen);
    await screen.findAllByTestId("customer-row");
    expect(screen.getByTestId("bulk-outcome")).toHaveTextContent("Added “VIP” to 1204 customers");

    await user.click(screen.getByTestId("bulk-undo"));
    await waitFor(() =>
      expect(screen.getByTestId("bulk-outcome")).toHaveTextContent("Undone: 1204 customers are as before."),
    );
    expect(ipc.undoBulkChange).toHaveBeenCalledWith("bulk-1", expect.any(String));
  });

  it("sends the rows ticked one by one as picked, and shows a refusal beside its field", async () => {
    vi.mocked(ipc.previewBulkChange).mockResolvedValue({ selected: 1, changes: 1 });
    vi.mocked(ipc.bulkChange).mockRejectedValue(
      new KindlyError("invalid_input", "Spread them over 1 to 365 days.", "spread_days"),
    );
    const user = userEvent.setup();
    render(CustomersScreen);
    await screen.findAllByTestId("customer-row");
    await user.click(screen.getAllByTestId("row-tick")[0]);
    await user.click(screen.getByTestId("bulk-add_follow_up"));
    const dialog = screen.getByTestId("bulk-dialog");
    await user.clear(within(dialog).getByTestId("bulk-first-day"));
    await user.type(within(dialog).getByTestId("bulk-first-day"), "2026-12-08");
    await user.clear(within(dialog).getByTestId("bulk-spread"));
    await user.type(within(dialog).getByTestId("bulk-spread"), "5");
    await waitFor(() =>
      expect(within(dialog).getByTestId("bulk-preview")).toHaveTextContent(
        "This adds a follow-up for 1 customer.",
      ),
    );
    await user.click(within(dialog).getByTestId("bulk-dialog-confirm"));

    expect(await within(dialog).findByTestId("error-spread_days")).toHaveTextContent("1 to 365 days");
    expect(within(dialog).getByTestId("bulk-spread")).toHaveAttribute("aria-invalid", "true");
    expect(ipc.bulkChange).toHaveBeenCalledWith(
      { kind: "picked", ids: ["c-rosa"] },
      {
        kind: "add_follow_up",
        action: "Call to check in",
        start_date: "2026-12-08",
        spread_days: 5,
        assignee: "",
      },
      expect.any(String),
    );
  });

  it("moves between rows with the arrow keys, ticks with Space and opens with Enter", async () => {
    const user = userEvent.setup();
    render(CustomersScreen);
    const shown = await screen.findAllByTestId("customer-row");
    await waitFor(() => expect(screen.getByRole("heading", { level: 1 })).toHaveFocus());
    shown[0].focus();
    await user.keyboard("{ArrowDown}");
    expect(shown[1]).toHaveFocus();
    await user.keyboard(" ");
    expect(within(shown[1]).getByTestId("row-tick")).toBeChecked();
    expect(screen.getByTestId("ticked-count")).toHaveTextContent("1 ticked");
    await user.keyboard("{ArrowUp}{Enter}");
    expect(app.route).toEqual({ name: "customer", id: "c-rosa" });
  });

  it("saves the list on show under a name, with a refused name beside the field", async () => {
    vi.mocked(ipc.createSavedList)
      .mockRejectedValueOnce(new KindlyError("invalid_input", "A list is already called that.", "name"))
      .mockImplementationOnce(async (input) => ({
        ...saved("l-1", input.name, 2431, input.filter),
        sort: input.sort,
      }));
    const user = userEvent.setup();
    render(CustomersScreen);
    await screen.findAllByTestId("customer-row");
    await user.type(screen.getByTestId("list-search"), "rosa");
    await waitFor(() => expect(lastFilter().text).toBe("rosa"));

    await user.click(screen.getByTestId("save-list"));
    const name = screen.getByTestId("save-list-dialog-name");
    expect(name).toHaveFocus();
    await user.type(name, "Wedding clients");
    await user.click(screen.getByTestId("save-list-dialog-confirm"));
    expect(await screen.findByTestId("error-name")).toHaveTextContent("already called that");
    expect(name).toHaveAccessibleDescription("A list is already called that.");

    vi.mocked(ipc.savedLists).mockResolvedValue([saved("l-1", "Wedding clients 2", 2431, { text: "rosa" })]);
    await user.type(name, " 2");
    await user.click(screen.getByTestId("save-list-dialog-confirm"));
    await waitFor(() => expect(screen.queryByTestId("save-list-dialog")).toBeNull());
    expect(ipc.createSavedList).toHaveBeenLastCalledWith({
      name: "Wedding clients 2",
      filter: { ...emptyFilter(), text: "rosa" },
      sort: DEFAULT_SORT,
    });
    expect(await screen.findByTestId("saved-list")).toHaveTextContent("Wedding clients 2");
    expect(screen.getByTestId("saved-list-open")).toHaveAttribute("aria-current", "page");
  });

  it("shows the saved lists with their live counts, opens one, and deletes it with Undo", async () => {
    const lists = [
      saved("l-wed", "Wedding clients", 12, { tags: ["wedding"] }),
      saved("l-vip", "VIPs", 1, { tags: ["VIP"] }),
    ];
    vi.mocked(ipc.savedLists).mockResolvedValue(lists);
    vi.mocked(ipc.restoreSavedList).mockResolvedValue(lists[0]);
    const user = userEvent.setup();
    render(CustomersScreen);
    const items = await screen.findAllByTestId("saved-list");
    expect(items[0]).toHaveTextContent("Wedding clients 12 customers");
    expect(items[1]).toHaveTextContent("VIPs 1 customer");

    await user.click(within(items[0]).getByTestId("saved-list-open"));
    await waitFor(() => expect(lastFilter().tags).toEqual(["wedding"]));
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Wedding clients");

    // Another desk changed customers: the counts are asked again.
    vi.mocked(ipc.savedLists).mockResolvedValue([{ ...lists[0], count: 13 }, lists[1]]);
    announceChanges({ everything: false, kinds: ["customers"], customer_ids: ["c-x"], situation_ids: [] });
    await waitFor(() => expect(screen.getAllByTestId("saved-list")[0]).toHaveTextContent("13 customers"));

    vi.mocked(ipc.savedLists).mockResolvedValue([lists[1]]);
    await user.click(screen.getByTestId("saved-list-delete"));
    expect(ipc.deleteSavedList).toHaveBeenCalledWith("l-wed", 1);
    expect(await screen.findByTestId("list-notice")).toHaveTextContent("Deleted “Wedding clients”.");
    await waitFor(() => expect(screen.getAllByTestId("saved-list")).toHaveLength(1));
    expect(lastFilter()).toEqual(emptyFilter());

    vi.mocked(ipc.savedLists).mockResolvedValue(lists);
    await user.click(screen.getByTestId("saved-list-undo"));
    expect(ipc.restoreSavedList).toHaveBeenCalledWith("l-wed");
    await waitFor(() => expect(screen.getAllByTestId("saved-list")).toHaveLength(2));
    expect(screen.getByTestId("list-notice")).toHaveTextContent("“Wedding clients” is back.");
  });

  it("exports just the ticked customers through Save as, saying where the file went", async () => {
    vi.mocked(ipc.exportSelection).mockResolvedValue({
      folder: "/home/shop/Downloads",
      files: ["Kindly customers 2026-12-07.csv"],
    });
    const user = userEvent.setup();
    render(CustomersScreen);
    await screen.findAllByTestId("customer-row");
    await user.click(screen.getAllByTestId("row-tick")[0]);
    await user.click(screen.getAllByTestId("row-tick")[1]);
    await user.click(screen.getByTestId("bulk-export"));
    expect(screen.getByTestId("bulk-preview")).toHaveTextContent("2 customers will be saved in the file.");
    await user.click(screen.getByTestId("bulk-format-csv"));
    await user.click(screen.getByTestId("bulk-dialog-confirm"));
    await waitFor(() => expect(screen.queryByTestId("bulk-dialog")).toBeNull());
    expect(ipc.exportSelection).toHaveBeenCalledWith(
      { kind: "picked", ids: ["c-rosa", "c-ben"] },
      "csv",
      expect.any(String),
    );
    expect(screen.getByTestId("list-notice")).toHaveTextContent(
      "Saved in /home/shop/Downloads: Kindly customers 2026-12-07.csv",
    );
  });

  it("says nothing was changed when a change is stopped with Cancel, and keeps the dialog open", async () => {
    vi.mocked(ipc.previewBulkChange).mockResolvedValue({ selected: 2, changes: 2 });
    vi.mocked(ipc.bulkChange).mockRejectedValue(new KindlyError("cancelled", "Nothing was changed."));
    const user = userEvent.setup();
    render(CustomersScreen);
    await screen.findAllByTestId("customer-row");
    await user.click(screen.getByTestId("tick-page"));
    await user.click(screen.getByTestId("bulk-trash"));
    await waitFor(() =>
      expect(screen.getByTestId("bulk-preview")).toHaveTextContent("This moves 2 customers to Trash."),
    );
    await user.click(screen.getByTestId("bulk-dialog-confirm"));
    expect(await screen.findByTestId("task-stopped")).toBeInTheDocument();
    expect(screen.getByTestId("bulk-dialog")).toBeInTheDocument();
    expect(screen.queryByTestId("bulk-error")).toBeNull();
    expect(screen.queryByTestId("bulk-outcome")).toBeNull();
    expect(ipc.bulkChange).toHaveBeenCalledWith(
      { kind: "picked", ids: ["c-rosa", "c-ben"] },
      { kind: "trash" },
      expect.any(String),
    );
  });

  it("renames a saved list from the version it was read at", async () => {
    const wedding = saved("l-wed", "Wedding clients", 12, { tags: ["wedding"] });
    vi.mocked(ipc.savedLists).mockResolvedValue([wedding]);
    vi.mocked(ipc.updateSavedList).mockImplementation(async (id, _version, input) => ({
      ...wedding,
      id,
      name: input.name,
      version: 2,
    }));
    const user = userEvent.setup();
    render(CustomersScreen);
    await user.click(await screen.findByTestId("saved-list-open"));
    await user.click(screen.getByTestId("saved-list-rename"));
    const name = screen.getByTestId("rename-list-name");
    expect(name).toHaveValue("Wedding clients");
    await user.clear(name);
    await user.type(name, "Weddings 2027");
    vi.mocked(ipc.savedLists).mockResolvedValue([{ ...wedding, name: "Weddings 2027", version: 2 }]);
    await user.click(screen.getByTestId("rename-list-confirm"));
    await waitFor(() => expect(screen.getByTestId("saved-list")).toHaveTextContent("Weddings 2027"));
    expect(ipc.updateSavedList).toHaveBeenCalledWith("l-wed", 1, {
      name: "Weddings 2027",
      filter: wedding.filter,
      sort: wedding.sort,
    });
  });

  it("keeps a changed filter in the saved list on show", async () => {
    const wedding = saved("l-wed", "Wedding clients", 12, { tags: ["wedding"] });
    vi.mocked(ipc.savedLists).mockResolvedValue([wedding]);
    vi.mocked(ipc.updateSavedList).mockImplementation(async (id, _version, input) => ({
      ...wedding,
      ...input,
      id,
      version: 2,
    }));
    const user = userEvent.setup();
    render(CustomersScreen);
    await user.click(await screen.findByTestId("saved-list-open"));
    await waitFor(() => expect(lastFilter().tags).toEqual(["wedding"]));
    expect(screen.queryByTestId("update-list")).toBeNull();

    await user.click(screen.getByTestId("sort-last-contact"));
    await user.click(await screen.findByTestId("update-list"));
    expect(ipc.updateSavedList).toHaveBeenCalledWith("l-wed", 1, {
      name: "Wedding clients",
      filter: wedding.filter,
      sort: { column: "last_contact", descending: false },
    });
    expect(await screen.findByTestId("list-notice")).toHaveTextContent("Saved “Wedding clients”.");
  });
});
