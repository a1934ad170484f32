import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import CustomerProfile from "../customers/CustomerProfile.svelte";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import { resetIpc, showPage } from "../../test/ipcMock";
import { customer, issue, item, promise, roster } from "../../test/fixtures";
import { app, resetApp } from "../shell/app.svelte";
import { PAGE_SIZE } from "./story.svelte";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

const rosa = customer({ id: "id-rosa", full_name: "Rosa Diaz", preferred_name: "Rosa" });

function openProfile() {
  const user = userEvent.setup();
  render(CustomerProfile, { props: { id: rosa.id, initial: rosa } });
  return user;
}

function rowIds(): string[] {
  return screen.getAllByTestId("timeline-item").map((r) => r.getAttribute("data-entry-id") ?? "");
}

describe("A customer's history", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    app.roster = roster(true);
    showPage(rosa);
  });

  it("takes no room without history: the buttons and one line of hint", async () => {
    openProfile();

    expect(await screen.findByTestId("history-empty")).toHaveTextContent("Nothing noted yet.");
    expect(screen.getByTestId("log-conversation")).toBeInTheDocument();
    expect(screen.getByTestId("open-issue")).toBeInTheDocument();
    expect(screen.getByTestId("make-promise")).toBeInTheDocument();
    expect(screen.queryByTestId("timeline")).not.toBeInTheDocument();
    expect(screen.queryByTestId("timeline-filter-all")).not.toBeInTheDocument();
    expect(screen.queryByTestId("open-promise")).not.toBeInTheDocument();
  });

  it("logs a conversation with Ctrl+L: sends the summary as typed, the mood and who is at the desk", async () => {
    vi.mocked(ipc.logConversation).mockImplementation(async (input) => ({
      ...input,
      id: "conv-new",
      happened_at: Date.now(),
      outcome: null,
    }));
    const user = openProfile();
    await screen.findByTestId("history-empty");

    await user.keyboard("{Control>}l{/Control}");
    const summary = await screen.findByTestId("conv-summary");
    expect(summary).toHaveFocus();
    expect(screen.getByTestId("conv-staff")).toHaveValue("Ana");

    await user.keyboard("Wants the blue one instead{Enter}Will pop in Friday");
    await user.click(screen.getByTestId("conv-mood-pleased"));
    expect(screen.getByTestId("conv-mood-pleased")).toHaveAttribute("aria-pressed", "true");
    await user.selectOptions(screen.getByTestId("conv-channel"), "visit");
    showPage(rosa, { timeline: { items: [item({ entry_id: "conv-new" })], next: null } });
    await user.click(screen.getByTestId("conv-summary"));
    await user.keyboard("{Control>}{Enter}{/Control}");

    expect(vi.mocked(ipc.logConversation)).toHaveBeenCalledWith({
      customer_id: "id-rosa",
      channel: "visit",
      happened_at: null,
      staff: "Ana",
      summary: "Wants the blue one instead\nWill pop in Friday",
      mood: "pleased",
      issue_id: null,
    });
    await waitFor(() => expect(screen.queryByTestId("conv-summary")).not.toBeInTheDocument());
    expect(vi.mocked(ipc.customerPage)).toHaveBeenCalledTimes(2);
    expect(await screen.findByTestId("timeline-item")).toHaveAttribute("data-entry-id", "conv-new");
    expect(screen.getByTestId("log-conversation")).toHaveFocus();
  });

  it("says what the latest action did, never an earlier one", async () => {
    const frame = issue({ id: "issue-7", title: "Scratched frame", state: "in_progress" });
    const made = promise({ id: "p-new", what: "Call back Friday" });
    showPage(rosa, { open_issues: [frame] });
    vi.mocked(ipc.makePromise).mockResolvedValue(made);
    vi.mocked(ipc.settlePromise).mockImplementation(async (id) => promise({ id, state: "kept" }));
    vi.mocked(ipc.moveIssue).mockImplementation(async (id, _version, change) =>
      issue({ id, state: change.to }),
    );
    const user = openProfile();

    await user.click(await screen.findByTestId("make-promise"));
    await user.type(screen.getByTestId("promise-what"), "Call back Friday");
    await user.type(screen.getByTestId("promise-due"), "2031-03-14");
    showPage(rosa, { open_issues: [frame], open_promises: [made] });
    await user.click(screen.getByTestId("promise-save"));
    expect(await screen.findByTestId("history-notice")).toHaveTextContent("Promise recorded.");

    showPage(rosa, { open_issues: [frame] });
    await user.click(within(screen.getByTestId("open-promise")).getByTestId("promise-kept"));
    await waitFor(() => expect(screen.getByTestId("history-notice")).toHaveTextContent("Promise kept."));
    expect(screen.getByTestId("history-notice")).not.toHaveTextContent("recorded");

    const card = screen.getByTestId("open-issue-card");
    await user.click(within(card).getByTestId("issue-move-resolved"));
    await user.type(within(card).getByTestId("move-note"), "Sent a new frame");
    showPage(rosa);
    await user.click(within(card).getByTestId("move-save"));
    await waitFor(() => expect(screen.getByTestId("history-notice")).toHaveTextContent("Issue resolved."));
    expect(screen.getByTestId("history-notice")).not.toHaveTextContent("Promise");

    await user.click(screen.getByTestId("log-conversation"));
    expect(screen.queryByTestId("history-notice")).not.toBeInTheDocument();
  });

  it("adds 'write the card' for today, for whoever spoke, when 'A card to send' is ticked", async () => {
    vi.mocked(ipc.logConversation).mockImplementation(async (input) => ({
      ...input,
      id: "conv-new",
      happened_at: Date.now(),
      outcome: null,
    }));
    const user = openProfile();
    await user.click(await screen.findByTestId("log-conversation"));

    await user.keyboard("Their mum is in hospital");
    await user.clear(screen.getByTestId("conv-staff"));
    await user.type(screen.getByTestId("conv-staff"), "Ben Okoro");
    expect(screen.getByTestId("card-to-send")).not.toBeChecked();
    await user.click(screen.getByTestId("card-to-send"));
    await user.click(screen.getByTestId("conv-save"));

    expect(vi.mocked(ipc.logConversation)).toHaveBeenCalledWith(
      expect.objectContaining({
        summary: "Their mum is in hospital",
        staff: "Ben Okoro",
        follow_up: { action: "send_card", in_days: 0, assignee: "Ben Okoro", note: "Write the card" },
      }),
    );
  });

  it("sends no follow-up with a conversation when 'A card to send' is left unticked", async () => {
    vi.mocked(ipc.logConversation).mockImplementation(async (input) => ({
      ...input,
      id: "conv-new",
      happened_at: Date.now(),
      outcome: null,
    }));
    const user = openProfile();
    await user.click(await screen.findByTestId("log-conversation"));

    await user.keyboard("Just checking in");
    await user.click(screen.getByTestId("conv-save"));

    expect(vi.mocked(ipc.logConversation)).toHaveBeenCalledTimes(1);
    expect(vi.mocked(ipc.logConversation).mock.calls[0][0]).not.toHaveProperty("follow_up");
  });

  it("lets the person at the desk change who spoke, and links the conversation to an open issue", async () => {
    showPage(rosa, { open_issues: [issue({ id: "issue-7", title: "Scratched frame" })] });
    vi.mocked(ipc.logConversation).mockResolvedValue({
      id: "c",
      customer_id: "id-rosa",
      channel: "call_in",
      happened_at: 0,
      staff: "Ben Okoro",
      summary: "x",
      mood: null,
      issue_id: "issue-7",
      outcome: null,
    });
    const user = openProfile();

    await user.click(await screen.findByTestId("log-conversation"));
    await user.type(screen.getByTestId("conv-summary"), "Called back about the frame");
    await user.clear(screen.getByTestId("conv-staff"));
    await user.type(screen.getByTestId("conv-staff"), "Ben Okoro");
    await user.selectOptions(screen.getByTestId("conv-issue"), "issue-7");
    await user.click(screen.getByTestId("conv-save"));

    expect(vi.mocked(ipc.logConversation)).toHaveBeenCalledWith(
      expect.objectContaining({ staff: "Ben Okoro", issue_id: "issue-7", mood: null }),
    );
  });

  it("closes the form with Esc without leaving the page, and puts the focus back on its button", async () => {
    const user = openProfile();

    await user.click(await screen.findByTestId("make-promise"));
    expect(screen.getByTestId("promise-what")).toHaveFocus();
    await user.keyboard("{Escape}");

    expect(screen.queryByTestId("promise-what")).not.toBeInTheDocument();
    expect(screen.getByTestId("make-promise")).toHaveFocus();
    expect(app.lookupFocusRequests).toBe(0);
    expect(screen.getByTestId("profile-name")).toBeInTheDocument();
    expect(vi.mocked(ipc.makePromise)).not.toHaveBeenCalled();
  });

  it("shows a refused save beside the field it names and keeps the typing", async () => {
    vi.mocked(ipc.logConversation).mockRejectedValue(
      new KindlyError("invalid_input", "Please say who spoke with them.", "staff"),
    );
    const user = openProfile();

    await user.click(await screen.findByTestId("log-conversation"));
    await user.type(screen.getByTestId("conv-summary"), "Asked for a quote");
    await user.clear(screen.getByTestId("conv-staff"));
    await user.click(screen.getByTestId("conv-save"));

    expect(await screen.findByTestId("error-staff")).toHaveTextContent("Please say who spoke with them.");
    expect(screen.getByTestId("conv-staff")).toHaveFocus();
    expect(screen.getByTestId("conv-summary")).toHaveValue("Asked for a quote");
  });

  it("keeps unsaved typing when switching to another form, and brings it back", async () => {
    const user = openProfile();

    await user.click(await screen.findByTestId("log-conversation"));
    await user.type(screen.getByTestId("conv-summary"), "Half-typed note");
    await user.click(screen.getByTestId("open-issue"));
    expect(screen.queryByTestId("conv-summary")).not.toBeInTheDocument();
    expect(screen.getByTestId("issue-title")).toHaveFocus();

    await user.click(screen.getByTestId("log-conversation"));
    expect(screen.getByTestId("conv-summary")).toHaveValue("Half-typed note");

    // Cancel asks first: Keep writing keeps the note, Discard drops it.
    await user.click(screen.getByTestId("conv-cancel"));
    await user.click(await screen.findByTestId("discard-keep"));
    expect(screen.getByTestId("conv-summary")).toHaveValue("Half-typed note");
    await user.click(screen.getByTestId("conv-cancel"));
    await user.click(await screen.findByTestId("discard-confirm"));
    expect(screen.queryByTestId("conv-summary")).not.toBeInTheDocument();
    await user.click(screen.getByTestId("log-conversation"));
    expect(screen.getByTestId("conv-summary")).toHaveValue("");
  });

  it("opens an issue with the customer's own words, categories (typed and suggested) and the handler", async () => {
    vi.mocked(ipc.issueCategories).mockResolvedValue(["billing", "delivery", "late"]);
    vi.mocked(ipc.openIssue).mockImplementation(async (input) => issue({ ...input, id: "issue-new" }));
    const user = openProfile();

    await user.click(await screen.findByTestId("open-issue"));
    expect(screen.getByText(/Let me repeat this back to make sure I understand/)).toBeInTheDocument();
    await user.type(screen.getByTestId("issue-title"), "Charged twice");
    await user.type(screen.getByTestId("issue-own-words"), "You took my money twice, I'm furious");
    await user.type(screen.getByTestId("issue-categories"), "billing, bank ");
    const suggestions = await screen.findAllByTestId("issue-category-suggestion");
    expect(suggestions.map((s) => s.textContent?.trim())).toEqual(["+ delivery", "+ late"]);
    await user.click(suggestions[1]);
    await user.click(screen.getByTestId("issue-mood-upset"));
    expect(screen.getByTestId("issue-handler")).toHaveValue("Ana");
    await user.click(screen.getByTestId("issue-save"));

    expect(vi.mocked(ipc.openIssue)).toHaveBeenCalledWith({
      customer_id: "id-rosa",
      title: "Charged twice",
      own_words: "You took my money twice, I'm furious",
      root_cause: "",
      categories: ["billing", "bank", "late"],
      handler: "Ana",
      mood_at_start: "upset",
      staff: "Ana",
    });
    await waitFor(() => expect(screen.queryByTestId("issue-title")).not.toBeInTheDocument());
  });

  it("shows a refused category beside the categories field", async () => {
    vi.mocked(ipc.openIssue).mockRejectedValue(
      new KindlyError("invalid_input", "A category can be at most 40 characters.", "categories.0"),
    );
    const user = openProfile();

    await user.click(await screen.findByTestId("open-issue"));
    await user.type(screen.getByTestId("issue-title"), "Late");
    await user.type(screen.getByTestId("issue-categories"), "x".repeat(41));
    await user.click(screen.getByTestId("issue-save"));

    expect(await screen.findByTestId("error-categories")).toHaveTextContent("at most 40 characters");
    expect(screen.getByTestId("issue-categories")).toHaveFocus();
  });

  it("lists the timeline newest first, readable at a glance, and 'Show older' passes the cursor", async () => {
    const now = Date.now();
    showPage(rosa, {
      timeline: {
        items: [
          item({
            seq: 30,
            at: now - 5 * 60_000,
            event: "issue_state",
            entry_kind: "issue",
            entry_id: "issue-1",
            title: "Deposit not returned",
            channel: null,
            staff: "Ben Okoro",
            from_state: "waiting",
            to_state: "resolved",
            note: "refunded the deposit",
            mood: "pleased",
          }),
          item({
            seq: 20,
            at: now - 60 * 60_000 * 30,
            event: "promise_made",
            entry_kind: "promise",
            entry_id: "promise-1",
            title: "Refund the deposit",
            channel: null,
            new_due_at: now + 86_400_000 * 30,
          }),
        ],
        next: { at: now - 60 * 60_000 * 30, seq: 20 },
      },
    });
    vi.mocked(ipc.timelinePage).mockResolvedValue({
      items: [item({ seq: 10, at: now - 86_400_000 * 40, entry_id: "conv-old", title: "First visit" })],
      next: null,
    });
    const user = openProfile();

    const rows = await screen.findAllByTestId("timeline-item");
    expect(rowIds()).toEqual(["issue-1", "promise-1"]);
    expect(rows[0]).toHaveAttribute("data-event", "issue_state");
    expect(rows[0]).toHaveTextContent("Waiting → Resolved: refunded the deposit");
    expect(rows[0]).toHaveTextContent("5 minutes ago");
    expect(rows[0]).toHaveTextContent("Ben Okoro");
    expect(rows[0]).toHaveTextContent("Felt pleased at the end");
    expect(rows[1]).toHaveTextContent("Promise made");
    expect(rows[1]).toHaveTextContent("Due");

    await user.click(screen.getByTestId("timeline-more"));

    expect(vi.mocked(ipc.timelinePage)).toHaveBeenCalledWith(
      "id-rosa",
      [],
      { at: now - 60 * 60_000 * 30, seq: 20 },
      PAGE_SIZE,
    );
    await waitFor(() => expect(rowIds()).toEqual(["issue-1", "promise-1", "conv-old"]));
    expect(screen.queryByTestId("timeline-more")).not.toBeInTheDocument();
  });

  it("says which follow-ups were done or skipped, by whom, with the note", async () => {
    const now = Date.now();
    showPage(rosa, {
      timeline: {
        items: [
          item({
            seq: 40,
            at: now - 10 * 60_000,
            event: "follow_up_done",
            entry_kind: "follow_up",
            entry_id: "fu-1",
            title: "",
            channel: null,
            staff: "Ben Okoro",
            note: "Happy with the repair",
            action: "call_back",
          }),
          item({
            seq: 39,
            at: now - 20 * 60_000,
            event: "follow_up_done",
            entry_kind: "follow_up",
            entry_id: "fu-2",
            title: "See how the new boiler is",
            channel: null,
            action: "check_in",
          }),
          item({
            seq: 38,
            at: now - 30 * 60_000,
            event: "follow_up_skipped",
            entry_kind: "follow_up",
            entry_id: "fu-3",
            title: "",
            channel: null,
            action: "check_in",
          }),
        ],
        next: null,
      },
    });
    const user = openProfile();

    const rows = await screen.findAllByTestId("timeline-item");
    expect(rows[0]).toHaveAttribute("data-event", "follow_up_done");
    expect(rows[0]).toHaveTextContent("Called back");
    expect(within(rows[0]).getByTestId("timeline-title")).toHaveTextContent("Call back");
    expect(within(rows[0]).getByTestId("timeline-staff")).toHaveTextContent("Ben Okoro");
    expect(within(rows[0]).getByTestId("timeline-detail")).toHaveTextContent("Happy with the repair");
    expect(rows[1]).toHaveTextContent("Check-in done");
    expect(within(rows[1]).getByTestId("timeline-title")).toHaveTextContent("See how the new boiler is");
    expect(rows[2]).toHaveTextContent("Follow-up skipped");
    expect(within(rows[2]).getByTestId("timeline-detail")).toHaveTextContent("Check in skipped this time");
    // Follow-ups are edited in their own part of the page; here they can only be deleted.
    expect(within(rows[0]).queryByTestId("entry-edit")).not.toBeInTheDocument();
    expect(within(rows[0]).getByTestId("entry-delete")).toBeInTheDocument();

    await user.click(screen.getByTestId("timeline-filter-follow_up"));
    expect(vi.mocked(ipc.timelinePage)).toHaveBeenLastCalledWith("id-rosa", ["follow_up"], null, PAGE_SIZE);
    expect(screen.getByTestId("timeline-filter-follow_up")).toHaveTextContent("Follow-ups");
  });

  it("filters the timeline with the chips, sending the kinds", async () => {
    showPage(rosa, { timeline: { items: [item()], next: null } });
    const user = openProfile();

    await user.click(await screen.findByTestId("timeline-filter-issue"));
    expect(vi.mocked(ipc.timelinePage)).toHaveBeenLastCalledWith("id-rosa", ["issue"], null, PAGE_SIZE);
    expect(screen.getByTestId("timeline-filter-issue")).toHaveAttribute("aria-pressed", "true");
    expect(await screen.findByTestId("timeline-empty")).toHaveTextContent("No issues yet.");

    await user.click(screen.getByTestId("timeline-filter-conversation"));
    expect(vi.mocked(ipc.timelinePage)).toHaveBeenLastCalledWith(
      "id-rosa",
      ["conversation"],
      null,
      PAGE_SIZE,
    );

    await user.click(screen.getByTestId("timeline-filter-promise"));
    expect(vi.mocked(ipc.timelinePage)).toHaveBeenLastCalledWith("id-rosa", ["promise"], null, PAGE_SIZE);

    await user.click(screen.getByTestId("timeline-filter-all"));
    expect(vi.mocked(ipc.timelinePage)).toHaveBeenLastCalledWith("id-rosa", [], null, PAGE_SIZE);
  });

  it("shows how often a kind of issue came back, and who spoke to them last", async () => {
    const thisYear = new Date().getFullYear();
    const twoDaysAgo = new Date();
    twoDaysAgo.setDate(twoDaysAgo.getDate() - 3);
    showPage(rosa, {
      patterns: [{ category: "billing", count: 3, since: new Date(thisYear, 2, 5).getTime() }],
      last_contact: { staff: "Ana", at: twoDaysAgo.getTime(), channel: "call_in" },
    });
    openProfile();

    expect(await screen.findByTestId("pattern")).toHaveTextContent(/^3rd billing issue since March$/);
    const weekday = twoDaysAgo.toLocaleDateString("en-GB", { weekday: "long" });
    expect(screen.getByTestId("last-contact")).toHaveTextContent(`Last spoke: Ana, ${weekday}`);
  });

  it("says on a call's row when nobody answered or a message was left", async () => {
    showPage(rosa, {
      timeline: {
        items: [
          item({
            seq: 3,
            entry_id: "c-3",
            channel: "call_out",
            title: "Tried about the quote",
            outcome: "no_answer",
          }),
          item({
            seq: 2,
            entry_id: "c-2",
            channel: "call_out",
            title: "Asked her to ring back",
            outcome: "left_message",
          }),
          item({ seq: 1, entry_id: "c-1", channel: "call_out", title: "Happy with it", outcome: "spoke" }),
        ],
        next: null,
      },
    });
    openProfile();

    const rows = await screen.findAllByTestId("timeline-item");
    expect(within(rows[0]).getByTestId("timeline-outcome")).toHaveTextContent("No answer");
    expect(within(rows[1]).getByTestId("timeline-outcome")).toHaveTextContent("Left a message");
    expect(within(rows[2]).queryByTestId("timeline-outcome")).not.toBeInTheDocument();
  });

  it("shows text with markup in a summary as text", async () => {
    showPage(rosa, {
      timeline: {
        items: [item({ title: '<img src=x onerror="alert(1)"><b>loud</b>', note: "<script>x</script>" })],
        next: null,
      },
    });
    const { container } = render(CustomerProfile, { props: { id: rosa.id, initial: rosa } });

    const row = await screen.findByTestId("timeline-item");
    expect(within(row).getByTestId("timeline-title")).toHaveTextContent(
      '<img src=x onerror="alert(1)"><b>loud</b>',
    );
    expect(row).toHaveTextContent("<script>x</script>");
    expect(container.querySelector("img, b, script")).toBeNull();
  });

  it("deletes an entry to Trash, the row goes, and Undo brings it back", async () => {
    showPage(rosa, {
      timeline: { items: [item({ entry_id: "conv-1" }), item({ seq: 0, entry_id: "conv-0" })], next: null },
    });
    const user = openProfile();
    const rows = await screen.findAllByTestId("timeline-item");
    showPage(rosa, { timeline: { items: [item({ seq: 0, entry_id: "conv-0" })], next: null } });

    await user.click(within(rows[0]).getByTestId("entry-delete"));

    expect(vi.mocked(ipc.trashEntry)).toHaveBeenCalledWith("conv-1");
    await waitFor(() => expect(rowIds()).toEqual(["conv-0"]));
    const undo = screen.getByTestId("entry-undo");
    expect(undo).toHaveFocus();

    await user.click(undo);
    expect(vi.mocked(ipc.restoreEntry)).toHaveBeenCalledWith("conv-1");
  });

  it("edits a conversation from its row: the form is prefilled and saves with update_conversation", async () => {
    const when = new Date(2025, 2, 3, 9, 30).getTime();
    showPage(rosa, { timeline: { items: [item({ entry_id: "conv-1" })], next: null } });
    vi.mocked(ipc.getConversation).mockResolvedValue({
      id: "conv-1",
      customer_id: "id-rosa",
      channel: "email",
      happened_at: when,
      staff: "Ben Okoro",
      summary: "Asked about the invoice",
      mood: "worried",
      issue_id: null,
      outcome: null,
    });
    vi.mocked(ipc.updateConversation).mockImplementation(async (id, input) => ({
      ...input,
      id,
      happened_at: input.happened_at ?? 0,
      outcome: null,
    }));
    const user = openProfile();

    await user.click(within(await screen.findByTestId("timeline-item")).getByTestId("entry-edit"));
    const summary = await screen.findByTestId("conv-summary");
    expect(summary).toHaveValue("Asked about the invoice");
    expect(screen.getByTestId("conv-staff")).toHaveValue("Ben Okoro");
    expect(screen.getByTestId("conv-when")).toHaveValue("2025-03-03T09:30");
    expect(screen.getByTestId("conv-mood-worried")).toHaveAttribute("aria-pressed", "true");

    await user.type(summary, " and the discount");
    await user.click(screen.getByTestId("conv-save"));

    expect(vi.mocked(ipc.updateConversation)).toHaveBeenCalledWith("conv-1", {
      customer_id: "id-rosa",
      channel: "email",
      happened_at: when,
      staff: "Ben Okoro",
      summary: "Asked about the invoice and the discount",
      mood: "worried",
      issue_id: null,
    });
  });

  it("opens a resolved issue from the timeline with its history, and can reopen it", async () => {
    showPage(rosa, {
      timeline: {
        items: [
          item({
            event: "issue_state",
            entry_kind: "issue",
            entry_id: "issue-1",
            to_state: "resolved",
            from_state: "open",
          }),
        ],
        next: null,
      },
    });
    const resolved = issue({
      state: "resolved",
      history: [
        { at: 1, staff: "Ana", from: null, to: "open", note: "", waiting_on: null, mood: "upset" },
        {
          at: 2,
          staff: "Ben Okoro",
          from: "open",
          to: "resolved",
          note: "Refunded",
          waiting_on: null,
          mood: "pleased",
        },
      ],
    });
    vi.mocked(ipc.getIssue).mockResolvedValue(resolved);
    vi.mocked(ipc.moveIssue).mockResolvedValue({ ...resolved, state: "open" });
    const user = openProfile();

    await user.click(within(await screen.findByTestId("timeline-item")).getByTestId("entry-open"));
    const detail = await screen.findByTestId("issue-detail");
    const history = within(detail).getAllByTestId("issue-history-row");
    expect(history).toHaveLength(2);
    expect(history[1]).toHaveTextContent("Open → Resolved: Refunded");
    expect(history[1]).toHaveTextContent("Ben Okoro");
    expect(within(detail).queryByTestId("issue-move-resolved")).not.toBeInTheDocument();

    await user.click(within(detail).getByTestId("issue-move-open"));
    await user.type(within(detail).getByTestId("move-note"), "Charged again");
    await user.click(within(detail).getByTestId("move-save"));

    expect(vi.mocked(ipc.moveIssue)).toHaveBeenCalledWith("issue-1", 3, {
      to: "open",
      staff: "Ana",
      note: "Charged again",
      waiting_on: null,
      mood: null,
    });
  });
});
