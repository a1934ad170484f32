import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import CustomerProfile from "../customers/CustomerProfile.svelte";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import type { IssueState } from "../api/types";
import { resetIpc, showPage } from "../../test/ipcMock";
import { customer, issue, roster } from "../../test/fixtures";
import { app, resetApp } from "../shell/app.svelte";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

const rosa = customer({ id: "id-rosa", full_name: "Rosa Diaz" });

function moveButtons(card: HTMLElement): string[] {
  return within(card)
    .queryAllByTestId(/^issue-move-/)
    .map((b) => b.getAttribute("data-testid") ?? "");
}

async function cardFor(state: IssueState) {
  showPage(rosa, { open_issues: [issue({ id: `issue-${state}`, state })] });
  const user = userEvent.setup();
  render(CustomerProfile, { props: { id: rosa.id, initial: rosa } });
  const card = await screen.findByTestId("open-issue-card");
  return { user, card };
}

describe("Open issues", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    app.roster = roster(true);
  });

  it.each<[IssueState, string[]]>([
    ["open", ["issue-move-in_progress", "issue-move-waiting", "issue-move-resolved"]],
    ["in_progress", ["issue-move-waiting", "issue-move-resolved"]],
    ["waiting", ["issue-move-in_progress", "issue-move-resolved"]],
  ])("offers only the allowed moves from %s", async (state, expected) => {
    const { card } = await cardFor(state);
    expect(moveButtons(card)).toEqual(expected);
  });

  it.each<[IssueState, string[]]>([
    ["resolved", ["issue-move-open", "issue-move-closed"]],
    ["closed", ["issue-move-open"]],
  ])("offers only the allowed moves from %s when opened from the timeline", async (state, expected) => {
    vi.mocked(ipc.getIssue).mockResolvedValue(issue({ state }));
    showPage(rosa, {
      timeline: {
        items: [
          {
            seq: 1,
            at: 1,
            event: "issue_opened",
            entry_kind: "issue",
            entry_id: "issue-1",
            title: "Charged twice",
            channel: null,
            staff: "Ana",
            mood: null,
            from_state: null,
            to_state: "open",
            waiting_on: null,
            note: "",
            old_due_at: null,
            new_due_at: null,
            issue_id: null,
            action: null,
            outcome: null,
          },
        ],
        next: null,
      },
    });
    const user = userEvent.setup();
    render(CustomerProfile, { props: { id: rosa.id, initial: rosa } });
    await user.click(await screen.findByTestId("entry-open"));
    const detail = await screen.findByTestId("issue-detail");
    expect(moveButtons(detail)).toEqual(expected);
  });

  it("shows the title, the customer's own words and the state", async () => {
    showPage(rosa, { open_issues: [issue({ state: "waiting", waiting_on: "customer" })] });
    render(CustomerProfile, { props: { id: rosa.id, initial: rosa } });
    const card = await screen.findByTestId("open-issue-card");

    expect(card).toHaveAttribute("data-id", "issue-1");
    expect(card).toHaveTextContent("Charged twice");
    expect(card).toHaveTextContent("You took the money twice for March.");
    expect(within(card).getByTestId("issue-state")).toHaveTextContent("Waiting on the customer");
  });

  it("asks what we did before resolving, then sends the note, mood, who and a check-in in 3 days", async () => {
    const { user, card } = await cardFor("in_progress");
    vi.mocked(ipc.moveIssue).mockImplementation(async (id, _version, change) =>
      issue({ id, state: change.to }),
    );

    await user.click(within(card).getByTestId("issue-move-resolved"));
    expect(within(card).getByTestId("move-note")).toHaveFocus();
    expect(within(card).getByTestId("move-staff")).toHaveValue("Ana");
    expect(within(card).getByTestId("check-in-enabled")).toBeChecked();
    expect(within(card).getByTestId("check-in-days")).toHaveValue("3");
    await user.click(within(card).getByTestId("move-save"));

    expect(await within(card).findByTestId("error-note")).toHaveTextContent("what we did");
    expect(vi.mocked(ipc.moveIssue)).not.toHaveBeenCalled();

    await user.type(within(card).getByTestId("move-note"), "Refunded the second payment");
    await user.click(within(card).getByTestId("move-mood-delighted"));
    showPage(rosa);
    await user.click(within(card).getByTestId("move-save"));

    expect(vi.mocked(ipc.moveIssue)).toHaveBeenCalledWith("issue-in_progress", 3, {
      to: "resolved",
      staff: "Ana",
      note: "Refunded the second payment",
      waiting_on: null,
      mood: "delighted",
      check_in: { action: "check_in", in_days: 3, assignee: "Ana", note: "" },
    });
    await waitFor(() => expect(screen.queryByTestId("open-issue-card")).not.toBeInTheDocument());
  });

  it("gives the check-in to whoever handles the issue, after the days chosen", async () => {
    showPage(rosa, { open_issues: [issue({ id: "issue-ben", handler: "Ben Okoro" })] });
    vi.mocked(ipc.moveIssue).mockImplementation(async (id, _version, change) =>
      issue({ id, state: change.to }),
    );
    const user = userEvent.setup();
    render(CustomerProfile, { props: { id: rosa.id, initial: rosa } });
    const card = await screen.findByTestId("open-issue-card");

    await user.click(within(card).getByTestId("issue-move-resolved"));
    await user.type(within(card).getByTestId("move-note"), "Sent a new one");
    await user.clear(within(card).getByTestId("check-in-days"));
    await user.type(within(card).getByTestId("check-in-days"), "7");
    await user.click(within(card).getByTestId("move-save"));

    expect(vi.mocked(ipc.moveIssue)).toHaveBeenCalledWith(
      "issue-ben",
      3,
      expect.objectContaining({
        to: "resolved",
        check_in: { action: "check_in", in_days: 7, assignee: "Ben Okoro", note: "" },
      }),
    );
  });

  it("shows a refused mood beside the mood picker", async () => {
    const { user, card } = await cardFor("open");
    vi.mocked(ipc.moveIssue).mockRejectedValue(
      new KindlyError("invalid_input", "That mood is not one Kindly knows.", "mood"),
    );

    await user.click(within(card).getByTestId("issue-move-resolved"));
    await user.type(within(card).getByTestId("move-note"), "Sorted");
    await user.click(within(card).getByTestId("move-mood-pleased"));
    await user.click(within(card).getByTestId("move-save"));

    expect(await within(card).findByTestId("error-mood")).toHaveTextContent(
      "That mood is not one Kindly knows.",
    );
  });

  it("resolves without a check-in when the box is unticked", async () => {
    const { user, card } = await cardFor("open");
    vi.mocked(ipc.moveIssue).mockImplementation(async (id, _version, change) =>
      issue({ id, state: change.to }),
    );

    await user.click(within(card).getByTestId("issue-move-resolved"));
    await user.type(within(card).getByTestId("move-note"), "Sorted on the phone");
    await user.click(within(card).getByTestId("check-in-enabled"));
    expect(within(card).getByTestId("check-in-days")).toBeDisabled();
    await user.click(within(card).getByTestId("move-save"));

    expect(vi.mocked(ipc.moveIssue)).toHaveBeenCalledTimes(1);
    expect(vi.mocked(ipc.moveIssue).mock.calls[0][2]).not.toHaveProperty("check_in");
  });

  it("says beside the days when they are not a number, and sends nothing", async () => {
    const { user, card } = await cardFor("open");

    await user.click(within(card).getByTestId("issue-move-resolved"));
    await user.type(within(card).getByTestId("move-note"), "Sorted");
    await user.clear(within(card).getByTestId("check-in-days"));
    await user.type(within(card).getByTestId("check-in-days"), "soon");
    await user.click(within(card).getByTestId("move-save"));

    expect(await within(card).findByTestId("error-follow_up")).toHaveTextContent("number of days");
    expect(within(card).getByTestId("check-in-days")).toHaveFocus();
    expect(vi.mocked(ipc.moveIssue)).not.toHaveBeenCalled();
  });

  it("asks who we are waiting on and what for", async () => {
    const { user, card } = await cardFor("open");
    vi.mocked(ipc.moveIssue).mockImplementation(async (id, _version, change) =>
      issue({ id, state: change.to, waiting_on: change.waiting_on }),
    );

    await user.click(within(card).getByTestId("issue-move-waiting"));
    expect(within(card).getByTestId("move-waiting-on")).toHaveFocus();
    await user.type(within(card).getByTestId("move-note"), "Photos of the damage");
    await user.click(within(card).getByTestId("move-save"));
    expect(await within(card).findByTestId("error-waiting_on")).toBeInTheDocument();
    expect(within(card).getByTestId("move-waiting-on")).toHaveFocus();

    await user.selectOptions(within(card).getByTestId("move-waiting-on"), "customer");
    await user.click(within(card).getByTestId("move-save"));
    expect(vi.mocked(ipc.moveIssue)).toHaveBeenCalledWith("issue-open", 3, {
      to: "waiting",
      staff: "Ana",
      note: "Photos of the damage",
      waiting_on: "customer",
      mood: null,
    });
  });

  it("moves straight to in progress, and shows a refusal from the notebook", async () => {
    const { user, card } = await cardFor("waiting");
    vi.mocked(ipc.moveIssue).mockRejectedValueOnce(
      new KindlyError("invalid_input", "That issue cannot move to in progress now.", "to"),
    );

    await user.click(within(card).getByTestId("issue-move-in_progress"));

    expect(vi.mocked(ipc.moveIssue)).toHaveBeenCalledWith("issue-waiting", 3, {
      to: "in_progress",
      staff: "Ana",
      note: "",
      waiting_on: null,
      mood: null,
    });
    expect(await within(card).findByRole("alert")).toHaveTextContent("cannot move to in progress");
  });

  it("shows every state change in the history", async () => {
    showPage(rosa, {
      open_issues: [
        issue({
          state: "waiting",
          waiting_on: "us",
          history: [
            { at: 1, staff: "Ana", from: null, to: "open", note: "", waiting_on: null, mood: "upset" },
            {
              at: 2,
              staff: "Ben",
              from: "open",
              to: "waiting",
              note: "Part ordered",
              waiting_on: "us",
              mood: null,
            },
          ],
        }),
      ],
    });
    const user = userEvent.setup();
    render(CustomerProfile, { props: { id: rosa.id, initial: rosa } });
    const card = await screen.findByTestId("open-issue-card");
    expect(within(card).queryByTestId("issue-history-row")).not.toBeInTheDocument();

    await user.click(within(card).getByTestId("issue-history-toggle"));

    const rows = within(card).getAllByTestId("issue-history-row");
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent("Opened");
    expect(rows[0]).toHaveTextContent("Ana");
    expect(rows[1]).toHaveTextContent("Open → Waiting (on us): Part ordered");
    expect(rows[1]).toHaveTextContent("Ben");
  });
});
