import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import CustomerProfile from "../customers/CustomerProfile.svelte";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import { resetIpc, showPage } from "../../test/ipcMock";
import { customer, followUp, issue, promise, roster } from "../../test/fixtures";
import { app, resetApp } from "../shell/app.svelte";
import { dateInputInDays } from "../forms/datetime";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

const DAY = 86_400_000;
const rosa = customer({ id: "id-rosa", full_name: "Rosa Diaz" });
const callBack = followUp({ id: "fu-call", customer_id: "id-rosa", note: "Ask about the quote" });
const fortnightly = followUp({
  id: "fu-fortnight",
  customer_id: "id-rosa",
  action: "check_in",
  repeat: "FREQ=WEEKLY;INTERVAL=2",
  assignee: "Ben Okoro",
  about_id: "issue-1",
  about_kind: "issue",
  about_title: "Boiler keeps cutting out",
});
const birthday = followUp({
  id: "fu-birthday",
  customer_id: "id-rosa",
  action: "birthday",
  repeat: "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=14",
  all_day: true,
  time: null,
});

function openProfile() {
  const user = userEvent.setup();
  render(CustomerProfile, { props: { id: rosa.id, initial: rosa } });
  return user;
}

function rowFor(id: string): HTMLElement {
  const row = screen.getAllByTestId("follow-up-row").find((r) => r.getAttribute("data-id") === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
}

describe("Follow-ups on a customer's page", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    app.roster = roster(true);
    app.time = { time_zone: "Europe/London", reminder_time: "09:00" };
    showPage(rosa, {
      follow_ups: [callBack, fortnightly, birthday],
      open_issues: [issue({ id: "issue-1", title: "Boiler keeps cutting out" })],
    });
  });

  it("lists what is still to do, soonest first, with when, who, the repeat and what it is about", async () => {
    openProfile();

    const rows = await screen.findAllByTestId("follow-up-row");
    expect(rows.map((r) => r.getAttribute("data-id"))).toEqual(["fu-call", "fu-fortnight", "fu-birthday"]);
    expect(within(rows[0]).getByTestId("follow-up-kind")).toHaveTextContent("Call back");
    expect(within(rows[0]).getByTestId("follow-up-when")).toHaveTextContent("Tomorrow at 10:30");
    expect(within(rows[0]).getByTestId("follow-up-note-text")).toHaveTextContent("Ask about the quote");
    expect(within(rows[1]).getByTestId("follow-up-who")).toHaveTextContent("Ben Okoro");
    expect(within(rows[1]).getByTestId("follow-up-repeats")).toHaveTextContent("Every 2 weeks");
    expect(within(rows[1]).getByTestId("follow-up-about-title")).toHaveTextContent(
      "Boiler keeps cutting out",
    );
    expect(within(rows[2]).getByTestId("follow-up-kind")).toHaveTextContent("Birthday card");
    expect(within(rows[2]).getByTestId("follow-up-repeats")).toHaveTextContent("Every year on 14 April");
    // A birthday follow-up follows the birthday: it is not edited here.
    expect(within(rows[2]).queryByTestId("follow-up-edit")).not.toBeInTheDocument();
    expect(within(rows[0]).queryByTestId("today-open")).not.toBeInTheDocument();
  });

  it("marks one done by the person at the desk, then reloads the page and says so", async () => {
    const user = openProfile();
    await screen.findAllByTestId("follow-up-row");
    showPage(rosa, { follow_ups: [fortnightly] });

    await user.click(within(rowFor("fu-call")).getByTestId("follow-up-done"));

    expect(vi.mocked(ipc.completeFollowUp)).toHaveBeenCalledWith("fu-call", 3, { staff: "Ana", note: "" });
    await waitFor(() =>
      expect(screen.getAllByTestId("follow-up-row").map((r) => r.getAttribute("data-id"))).toEqual([
        "fu-fortnight",
      ]),
    );
    expect(screen.getByTestId("follow-up-notice")).toHaveTextContent("Marked done.");
    expect(vi.mocked(ipc.customerPage)).toHaveBeenCalledTimes(2);
  });

  it("adds a follow-up: today by default, for the person at the desk, at the reminder time", async () => {
    const user = openProfile();

    await user.click(await screen.findByTestId("add-follow-up"));
    expect(screen.getByTestId("follow-up-action")).toHaveFocus();
    expect(screen.getByTestId("follow-up-date")).toHaveValue(dateInputInDays(0));
    expect(screen.getByTestId("follow-up-time")).toHaveValue("");
    expect(screen.getByTestId("follow-up-time")).toHaveAccessibleDescription(/reminder comes at 09:00/);
    expect(screen.getByTestId("follow-up-assignee")).toHaveValue("Ana");
    expect(screen.getByTestId("follow-up-repeat")).toHaveValue("none");
    expect([...screen.getByTestId<HTMLSelectElement>("follow-up-action").options].map((o) => o.text)).toEqual(
      ["Call back", "Check in", "Send a card", "Other"],
    );

    await user.selectOptions(screen.getByTestId("follow-up-action"), "check_in");
    await user.clear(screen.getByTestId("follow-up-date"));
    await user.type(screen.getByTestId("follow-up-date"), "2031-06-01");
    await user.type(screen.getByTestId("follow-up-time"), "10:15");
    await user.selectOptions(screen.getByTestId("follow-up-about"), "issue-1");
    await user.type(screen.getByTestId("follow-up-note"), "See if the part fixed it");
    await user.click(screen.getByTestId("follow-up-save"));

    expect(vi.mocked(ipc.addFollowUp)).toHaveBeenCalledWith({
      customer_id: "id-rosa",
      about_id: "issue-1",
      action: "check_in",
      date: "2031-06-01",
      time: "10:15",
      repeat: null,
      assignee: "Ana",
      note: "See if the part fixed it",
      staff: "Ana",
    });
    await waitFor(() => expect(screen.queryByTestId("follow-up-save")).not.toBeInTheDocument());
    expect(screen.getByTestId("follow-up-notice")).toHaveTextContent("Follow-up added.");
  });

  it("shows a refused day's message beside the day and keeps what was typed", async () => {
    vi.mocked(ipc.addFollowUp).mockRejectedValue(
      new KindlyError("invalid_input", "Please enter a date such as 2026-03-14.", "date"),
    );
    const user = openProfile();
    await user.click(await screen.findByTestId("add-follow-up"));
    await user.type(screen.getByTestId("follow-up-note"), "Ring before noon");

    await user.click(screen.getByTestId("follow-up-save"));

    const error = await screen.findByTestId("error-date");
    expect(error).toHaveTextContent("Please enter a date such as 2026-03-14.");
    const date = screen.getByTestId("follow-up-date");
    expect(date).toHaveAttribute("aria-invalid", "true");
    expect(date).toHaveAccessibleDescription(/Please enter a date/);
    expect(date).toHaveFocus();
    // Beside the day, not beside the other fields.
    expect(date.closest("div.due")).toContainElement(error);
    expect(screen.getByTestId("follow-up-note")).toHaveValue("Ring before noon");
  });

  it("shows a refused repeat rule beside the rule", async () => {
    vi.mocked(ipc.addFollowUp).mockRejectedValue(
      new KindlyError("invalid_input", "That repeat rule is not one Kindly understands.", "repeat"),
    );
    const user = openProfile();
    await user.click(await screen.findByTestId("add-follow-up"));

    await user.selectOptions(screen.getByTestId("follow-up-repeat"), "custom");
    await user.type(screen.getByTestId("follow-up-repeat-rule"), "FREQ=SOMETIMES");
    await user.click(screen.getByTestId("follow-up-save"));

    expect(await screen.findByTestId("error-repeat")).toHaveTextContent("not one Kindly understands");
    expect(screen.getByTestId("follow-up-repeat-rule")).toHaveFocus();
    expect(vi.mocked(ipc.addFollowUp)).toHaveBeenCalledWith(
      expect.objectContaining({ repeat: "FREQ=SOMETIMES" }),
    );
  });

  it("builds the repeat from the picker: every N weeks, and the 3rd Sunday of June each year", async () => {
    const user = openProfile();
    await user.click(await screen.findByTestId("add-follow-up"));

    expect(screen.queryByTestId("follow-up-repeat-every")).not.toBeInTheDocument();
    await user.selectOptions(screen.getByTestId("follow-up-repeat"), "weeks");
    const every = screen.getByTestId("follow-up-repeat-every");
    await user.clear(every);
    await user.type(every, "3");
    await user.click(screen.getByTestId("follow-up-save"));
    expect(vi.mocked(ipc.addFollowUp)).toHaveBeenLastCalledWith(
      expect.objectContaining({ repeat: "FREQ=WEEKLY;INTERVAL=3" }),
    );

    await user.click(await screen.findByTestId("add-follow-up"));
    await user.selectOptions(screen.getByTestId("follow-up-repeat"), "nth_weekday");
    expect(screen.queryByTestId("follow-up-repeat-every")).not.toBeInTheDocument();
    await user.selectOptions(screen.getByTestId("follow-up-repeat-nth"), "3");
    await user.selectOptions(screen.getByTestId("follow-up-repeat-weekday"), "SU");
    await user.selectOptions(screen.getByTestId("follow-up-repeat-month"), "6");
    await user.keyboard("{Control>}{Enter}{/Control}");
    expect(vi.mocked(ipc.addFollowUp)).toHaveBeenLastCalledWith(
      expect.objectContaining({ repeat: "FREQ=YEARLY;BYMONTH=6;BYDAY=3SU" }),
    );
  });

  it("says beside the number when 'every N weeks' has no number, and sends nothing", async () => {
    const user = openProfile();
    await user.click(await screen.findByTestId("add-follow-up"));

    await user.selectOptions(screen.getByTestId("follow-up-repeat"), "weeks");
    await user.clear(screen.getByTestId("follow-up-repeat-every"));
    await user.click(screen.getByTestId("follow-up-save"));

    expect(await screen.findByTestId("error-repeat")).toHaveTextContent("how many weeks");
    expect(screen.getByTestId("follow-up-repeat-every")).toHaveFocus();
    expect(vi.mocked(ipc.addFollowUp)).not.toHaveBeenCalled();
  });

  it("edits a follow-up with its values filled in; a rule the picker cannot show stays as a custom rule", async () => {
    const odd = followUp({
      id: "fu-odd",
      customer_id: "id-rosa",
      action: "other",
      date: "2031-01-06",
      time: null,
      all_day: true,
      repeat: "FREQ=WEEKLY;BYDAY=MO,TH",
      assignee: "Ben Okoro",
      note: "Water the plants",
    });
    showPage(rosa, { follow_ups: [odd] });
    const user = openProfile();

    await user.click(within(await screen.findByTestId("follow-up-row")).getByTestId("follow-up-edit"));
    expect(screen.getByTestId("follow-up-action")).toHaveValue("other");
    expect(screen.getByTestId("follow-up-date")).toHaveValue("2031-01-06");
    expect(screen.getByTestId("follow-up-time")).toHaveValue("");
    expect(screen.getByTestId("follow-up-repeat")).toHaveValue("custom");
    expect(screen.getByTestId("follow-up-repeat-rule")).toHaveValue("FREQ=WEEKLY;BYDAY=MO,TH");
    expect(screen.getByTestId("follow-up-assignee")).toHaveValue("Ben Okoro");
    expect(screen.getByTestId("follow-up-note")).toHaveValue("Water the plants");

    await user.click(screen.getByTestId("follow-up-save"));
    expect(vi.mocked(ipc.updateFollowUp)).toHaveBeenCalledWith("fu-odd", 3, {
      customer_id: "id-rosa",
      about_id: null,
      action: "other",
      date: "2031-01-06",
      time: null,
      repeat: "FREQ=WEEKLY;BYDAY=MO,TH",
      assignee: "Ben Okoro",
      note: "Water the plants",
      staff: "Ana",
    });
  });

  it("cancels with Esc without leaving the page", async () => {
    const user = openProfile();
    await user.click(await screen.findByTestId("add-follow-up"));
    expect(screen.getByTestId("follow-up-action")).toHaveFocus();

    await user.keyboard("{Escape}");

    expect(screen.queryByTestId("follow-up-save")).not.toBeInTheDocument();
    expect(screen.getByTestId("add-follow-up")).toHaveFocus();
    // Esc closed the form only: the page did not go back to Lookup.
    expect(app.lookupFocusRequests).toBe(0);
    expect(vi.mocked(ipc.addFollowUp)).not.toHaveBeenCalled();
  });

  it("moves a follow-up to Trash, with Undo", async () => {
    const user = openProfile();
    await screen.findAllByTestId("follow-up-row");
    showPage(rosa, { follow_ups: [fortnightly, birthday] });

    await user.click(within(rowFor("fu-call")).getByTestId("follow-up-delete"));

    expect(vi.mocked(ipc.trashEntry)).toHaveBeenCalledWith("fu-call");
    expect(await screen.findByTestId("follow-up-notice")).toHaveTextContent("Follow-up moved to Trash.");
    await user.click(screen.getByTestId("follow-up-undo"));
    expect(vi.mocked(ipc.restoreEntry)).toHaveBeenCalledWith("fu-call");
  });
});

describe("Staying in touch on a customer's page", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
  });

  it.each([
    ["in_touch", 2, "In touch"],
    ["drifting", 7, "Drifting — last contact 7 weeks ago"],
    ["out_of_touch", 11, "Out of touch — last contact 11 weeks ago"],
  ] as const)("shows %s in words near the name", async (state, weeks, words) => {
    showPage(rosa, {
      touch: { state, since: Date.now() - weeks * 7 * DAY - 3_600_000, amber_at: 0, red_at: 0 },
    });
    openProfile();

    const badge = await screen.findByTestId("touch-badge");
    expect(badge).toHaveAttribute("data-state", state);
    expect(badge).toHaveTextContent(words);
  });

  it("shows no badge without a rhythm", async () => {
    openProfile();
    await screen.findByTestId("add-follow-up");
    expect(screen.queryByTestId("touch-badge")).not.toBeInTheDocument();
  });
});

describe("A promise as what a follow-up is about", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    app.roster = roster(true);
  });

  it("offers the open issues and promises", async () => {
    showPage(rosa, {
      open_issues: [issue({ id: "issue-1", title: "Boiler keeps cutting out" })],
      open_promises: [promise({ id: "p-1", what: "Refund the deposit" })],
    });
    const user = openProfile();
    await user.click(await screen.findByTestId("add-follow-up"));

    const about = screen.getByTestId<HTMLSelectElement>("follow-up-about");
    expect([...about.options].map((o) => o.text)).toEqual([
      "Nothing in particular",
      "Issue: Boiler keeps cutting out",
      "Promise: Refund the deposit",
    ]);
  });
});
