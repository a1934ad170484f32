import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "../../App.svelte";
import TodayScreen from "./TodayScreen.svelte";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import type { ShellHandlers } from "../api/events";
import { resetIpc } from "../../test/ipcMock";
import { roster, todayPage, todayRow } from "../../test/fixtures";
import { app, resetApp } from "../shell/app.svelte";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

// The shell's events: kept so a test can send one.
const shell: { handlers: ShellHandlers | null } = { handlers: null };
vi.mock("../api/events", () => ({
  listenToShell: (handlers: ShellHandlers) => {
    shell.handlers = handlers;
    return () => {
      shell.handlers = null;
    };
  },
}));

const DAY = 86_400_000;

function at(daysFromNow: number, hours: number, minutes = 0): number {
  const d = new Date();
  d.setDate(d.getDate() + daysFromNow);
  d.setHours(hours, minutes, 0, 0);
  return d.getTime();
}

const lateCall = todayRow(
  {
    id: "fu-late",
    action: "call_back",
    due_at: at(-2, 10, 30),
    occurrence_at: at(-2, 10, 30),
    note: "About the quote",
    about_title: "Boiler keeps cutting out",
  },
  { customer_name: "Rosa Diaz", missed: true },
);
const cardToday = todayRow(
  {
    id: "fu-card",
    customer_id: "id-tom",
    action: "send_card",
    all_day: true,
    time: null,
    due_at: at(0, 9),
    occurrence_at: at(0, 9),
    assignee: "Ben Okoro",
  },
  { customer_name: "Tom Baker" },
);
const weeklyCheck = todayRow(
  {
    id: "fu-weekly",
    action: "check_in",
    repeat: "FREQ=WEEKLY;INTERVAL=2",
    due_at: at(0, 14),
    occurrence_at: at(0, 14),
  },
  { customer_name: "Ada Lovelace" },
);
const nextWeek = todayRow(
  { id: "fu-soon", action: "other", due_at: at(3, 11), occurrence_at: at(3, 11) },
  { customer_name: "Grace Hopper" },
);

const everything = todayPage({
  overdue: [lateCall],
  today: [cardToday, weeklyCheck],
  upcoming: [nextWeek],
  promises: [
    {
      id: "p-1",
      customer_id: "id-rosa",
      customer_name: "Rosa Diaz",
      what: "Refund the deposit",
      promised_by: "Ana",
      due_at: at(-1, 17),
      overdue: true,
    },
  ],
  birthdays: [{ customer_id: "id-maggie", customer_name: "Maggie", date: "2031-06-14", turns: 70 }],
  drifting: [
    {
      customer_id: "id-olu",
      customer_name: "Olu Adeyemi",
      touch: { state: "out_of_touch", since: Date.now() - 11 * 7 * DAY, amber_at: 0, red_at: 0 },
    },
    {
      customer_id: "id-kim",
      customer_name: "Kim Park",
      touch: { state: "drifting", since: Date.now() - 7 * 7 * DAY, amber_at: 0, red_at: 0 },
    },
  ],
});

function showToday() {
  const user = userEvent.setup();
  render(TodayScreen);
  return user;
}

function rowFor(id: string): HTMLElement {
  const row = screen.getAllByTestId("today-row").find((r) => r.getAttribute("data-id") === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
}

describe("Today", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    app.roster = roster(true);
    app.time = { time_zone: "Europe/London", reminder_time: "09:00" };
    vi.mocked(ipc.getToday).mockResolvedValue(everything);
  });

  it("shows each part in order, only when it has something, with how many", async () => {
    showToday();

    await screen.findByTestId("today-overdue");
    const order = [
      "today-overdue",
      "today-due",
      "today-upcoming",
      "today-promises",
      "today-birthdays",
      "today-drifting",
    ];
    const sections = order.map((id) => screen.getByTestId(id));
    for (let i = 1; i < sections.length; i++) {
      expect(
        sections[i - 1].compareDocumentPosition(sections[i]) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
    }
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Today");
    expect(within(screen.getByTestId("today-due")).getAllByTestId("today-row")).toHaveLength(2);
    expect(screen.getByTestId("today-due-count")).toHaveTextContent("2");
    expect(screen.queryByTestId("today-empty")).not.toBeInTheDocument();
  });

  it("leaves out empty parts", async () => {
    vi.mocked(ipc.getToday).mockResolvedValue(todayPage({ upcoming: [nextWeek] }));
    showToday();

    expect(await screen.findByTestId("today-upcoming")).toBeInTheDocument();
    for (const id of [
      "today-overdue",
      "today-due",
      "today-promises",
      "today-birthdays",
      "today-drifting",
      "today-empty",
    ]) {
      expect(screen.queryByTestId(id)).not.toBeInTheDocument();
    }
  });

  it("says so calmly when there is nothing at all", async () => {
    vi.mocked(ipc.getToday).mockResolvedValue(todayPage());
    showToday();

    expect(await screen.findByTestId("today-empty")).toHaveTextContent("Nothing to follow up today");
    expect(screen.queryByTestId("today-row")).not.toBeInTheDocument();
  });

  it("says how many are overdue in all when only the first of them are listed", async () => {
    vi.mocked(ipc.getToday).mockResolvedValue(todayPage({ overdue: [lateCall], overdue_count: 340 }));
    showToday();

    expect(await screen.findByTestId("today-overdue-count")).toHaveTextContent("340");
    expect(screen.getByTestId("today-overdue-capped")).toHaveTextContent("Showing the first 1 of 340.");
  });

  it("shows on each follow-up whose it is, what, when, who, what about, the note, the repeat and 'Missed'", async () => {
    showToday();
    await screen.findByTestId("today-overdue");

    const late = rowFor("fu-late");
    expect(within(late).getByTestId("today-open")).toHaveTextContent("Rosa Diaz");
    expect(within(late).getByTestId("follow-up-kind")).toHaveTextContent("Call back");
    expect(within(late).getByTestId("follow-up-when")).toHaveTextContent("at 10:30");
    expect(within(late).getByTestId("follow-up-who")).toHaveTextContent("Ana");
    expect(within(late).getByTestId("follow-up-about-title")).toHaveTextContent("Boiler keeps cutting out");
    expect(within(late).getByTestId("follow-up-note-text")).toHaveTextContent("About the quote");
    expect(within(late).getByTestId("today-missed")).toHaveTextContent("Missed");
    expect(within(late).getByTestId("follow-up-overdue")).toHaveTextContent("Overdue");

    const card = rowFor("fu-card");
    expect(within(card).getByTestId("follow-up-kind")).toHaveTextContent("Send a card");
    expect(within(card).getByTestId("follow-up-when")).toHaveTextContent("Today, any time");
    expect(within(card).queryByTestId("today-missed")).not.toBeInTheDocument();
    expect(within(card).queryByTestId("follow-up-repeats")).not.toBeInTheDocument();

    const weekly = rowFor("fu-weekly");
    expect(within(weekly).getByTestId("follow-up-repeats")).toHaveTextContent("Every 2 weeks");
    expect(within(weekly).getByTestId("follow-up-when")).toHaveTextContent("Today at 14:00");
  });

  it("says until when a snoozed follow-up is put off", async () => {
    vi.mocked(ipc.getToday).mockResolvedValue(
      todayPage({
        upcoming: [todayRow({ id: "fu-snoozed", snoozed: true, due_at: at(1, 9), occurrence_at: at(-1, 9) })],
      }),
    );
    showToday();

    expect(await screen.findByTestId("follow-up-when")).toHaveTextContent("Snoozed until tomorrow at 09:00");
  });

  it("marks a follow-up done by the person at the desk, then reloads and says so", async () => {
    const user = showToday();
    await screen.findByTestId("today-overdue");
    vi.mocked(ipc.getToday).mockResolvedValue(todayPage({ today: [cardToday, weeklyCheck] }));

    await user.click(within(rowFor("fu-late")).getByTestId("follow-up-done"));

    expect(vi.mocked(ipc.completeFollowUp)).toHaveBeenCalledWith("fu-late", 3, { staff: "Ana", note: "" });
    await waitFor(() => expect(screen.queryByTestId("today-overdue")).not.toBeInTheDocument());
    expect(screen.getByTestId("today-notice")).toHaveTextContent("Marked done.");
    expect(screen.getByTestId("today-notice")).toHaveFocus();
    expect(vi.mocked(ipc.getToday)).toHaveBeenCalledTimes(2);
    expect(app.dueCount).toBe(2);
  });

  it("marks done with nobody as the person when nobody is at the desk", async () => {
    app.roster = roster(false);
    const user = showToday();
    await screen.findByTestId("today-overdue");

    await user.click(within(rowFor("fu-late")).getByTestId("follow-up-done"));

    expect(vi.mocked(ipc.completeFollowUp)).toHaveBeenCalledWith("fu-late", 3, { staff: "", note: "" });
  });

  it.each([
    ["snooze-hour", { for: "hour" }],
    ["snooze-tomorrow", { for: "tomorrow_morning" }],
    ["snooze-next-week", { for: "next_week" }],
  ] as const)("snoozes with %s and reloads", async (testid, until) => {
    const user = showToday();
    await screen.findByTestId("today-overdue");
    const row = rowFor("fu-card");

    await user.click(within(row).getByTestId("follow-up-snooze"));
    expect(within(row).getByTestId("snooze-hour")).toHaveFocus();
    await user.click(within(row).getByTestId(testid));

    expect(vi.mocked(ipc.snoozeFollowUp)).toHaveBeenCalledWith("fu-card", 3, until);
    await waitFor(() => expect(vi.mocked(ipc.getToday)).toHaveBeenCalledTimes(2));
  });

  it("snoozes until a day picked, and shows a refused day's message beside it", async () => {
    const user = showToday();
    await screen.findByTestId("today-overdue");
    const row = rowFor("fu-card");
    vi.mocked(ipc.snoozeFollowUp).mockRejectedValueOnce(
      new KindlyError("invalid_input", "Pick a moment in the future.", "date"),
    );

    await user.click(within(row).getByTestId("follow-up-snooze"));
    await user.click(within(row).getByTestId("snooze-pick"));
    const date = within(row).getByTestId("snooze-date");
    expect(date).toHaveFocus();
    await user.clear(date);
    await user.type(date, "2020-01-01");
    await user.click(within(row).getByTestId("snooze-confirm"));

    expect(vi.mocked(ipc.snoozeFollowUp)).toHaveBeenCalledWith("fu-card", 3, {
      for: "until",
      date: "2020-01-01",
      time: null,
    });
    const error = await within(row).findByTestId("error-date");
    expect(error).toHaveTextContent("Pick a moment in the future.");
    expect(date).toHaveAttribute("aria-invalid", "true");

    await user.clear(date);
    await user.type(date, "2031-05-20");
    await user.type(within(row).getByTestId("snooze-time"), "08:15");
    await user.click(within(row).getByTestId("snooze-confirm"));
    expect(vi.mocked(ipc.snoozeFollowUp)).toHaveBeenLastCalledWith("fu-card", 3, {
      for: "until",
      date: "2031-05-20",
      time: "08:15",
    });
  });

  it("offers Skip only on repeating follow-ups, and skips by the person at the desk", async () => {
    const user = showToday();
    await screen.findByTestId("today-overdue");

    expect(within(rowFor("fu-card")).queryByTestId("follow-up-skip")).not.toBeInTheDocument();
    await user.click(within(rowFor("fu-weekly")).getByTestId("follow-up-skip"));

    expect(vi.mocked(ipc.skipFollowUp)).toHaveBeenCalledWith("fu-weekly", 3, "Ana");
    expect(await screen.findByTestId("today-notice")).toHaveTextContent("Skipped this time.");
  });

  it("gives a follow-up to someone else", async () => {
    const user = showToday();
    await screen.findByTestId("today-overdue");
    const row = rowFor("fu-card");

    await user.click(within(row).getByTestId("follow-up-reassign"));
    const who = within(row).getByTestId("reassign-to");
    expect(who).toHaveFocus();
    await user.click(within(row).getByTestId("reassign-confirm"));
    expect(await within(row).findByTestId("error-assignee")).toBeInTheDocument();
    expect(vi.mocked(ipc.reassignFollowUp)).not.toHaveBeenCalled();

    await user.type(who, "Ana");
    await user.click(within(row).getByTestId("reassign-confirm"));

    expect(vi.mocked(ipc.reassignFollowUp)).toHaveBeenCalledWith("fu-card", 3, "Ana");
    expect(await screen.findByTestId("today-notice")).toHaveTextContent("Now with Ana.");
  });

  it("shows a failure to do something under that follow-up's buttons", async () => {
    vi.mocked(ipc.completeFollowUp).mockRejectedValueOnce(new KindlyError("disk_full", "The disk is full."));
    const user = showToday();
    await screen.findByTestId("today-overdue");

    await user.click(within(rowFor("fu-card")).getByTestId("follow-up-done"));

    expect(await within(rowFor("fu-card")).findByRole("alert")).toHaveTextContent("The disk is full.");
    expect(screen.queryByTestId("today-notice")).not.toBeInTheDocument();
  });

  it("opens the customer's page from their name", async () => {
    const user = showToday();
    await screen.findByTestId("today-overdue");

    await user.click(within(rowFor("fu-card")).getByTestId("today-open"));

    expect(app.route).toEqual({ name: "customer", id: "id-tom" });
  });

  it("opens the customer's brief from a follow-up or a promise, and still the full page from the name", async () => {
    const user = showToday();
    await screen.findByTestId("today-overdue");

    await user.click(within(rowFor("fu-card")).getByTestId("today-brief"));
    expect(app.route).toEqual({ name: "brief", id: "id-tom" });

    app.route = { name: "today" };
    const promise = await screen.findByTestId("today-promise-row");
    await user.click(within(promise).getByTestId("today-brief"));
    expect(app.route).toEqual({ name: "brief", id: "id-rosa" });
    expect(within(promise).getByTestId("today-open")).toHaveTextContent("Rosa Diaz");
  });

  it("shows promises, birthdays and who is drifting, in words as well as colour", async () => {
    const user = showToday();

    const promise = await screen.findByTestId("today-promise-row");
    expect(promise).toHaveTextContent("Rosa Diaz");
    expect(promise).toHaveTextContent("Refund the deposit");
    expect(promise).toHaveTextContent("Overdue");
    expect(promise).toHaveTextContent("promised by Ana");

    const birthday = screen.getByTestId("today-birthday-row");
    expect(birthday).toHaveTextContent("Maggie");
    expect(birthday).toHaveTextContent("14 June");
    expect(birthday).toHaveTextContent("turns 70");

    const [olu, kim] = screen.getAllByTestId("today-drifting-row");
    expect(olu).toHaveAttribute("data-state", "out_of_touch");
    expect(olu).toHaveTextContent("Out of touch — last contact 11 weeks ago");
    expect(kim).toHaveAttribute("data-state", "drifting");
    expect(kim).toHaveTextContent("Drifting — last contact 7 weeks ago");

    await user.click(within(kim).getByTestId("today-open"));
    expect(app.route).toEqual({ name: "customer", id: "id-kim" });
  });

  it("exports the follow-ups to a calendar file and says where it went", async () => {
    const user = showToday();
    await screen.findByTestId("today-overdue");

    await user.click(screen.getByTestId("export-calendar"));

    expect(vi.mocked(ipc.exportCalendar)).toHaveBeenCalledTimes(1);
    expect(await screen.findByTestId("export-result")).toHaveTextContent(
      "Saved “Kindly follow-ups 2026-12-07.ics” in /home/shop/Downloads.",
    );

    // Cancelled in "Save as": the line goes, and nothing alarming is said.
    vi.mocked(ipc.exportCalendar).mockResolvedValueOnce(null);
    await user.click(screen.getByTestId("export-calendar"));
    await waitFor(() => expect(screen.queryByTestId("export-result")).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByTestId("export-calendar")).toBeEnabled());

    vi.mocked(ipc.exportCalendar).mockRejectedValueOnce(
      new KindlyError("unexpected", "The file could not be written."),
    );
    await user.click(screen.getByTestId("export-calendar"));
    await waitFor(() =>
      expect(screen.getByTestId("export-result")).toHaveTextContent("The file could not be written."),
    );
    expect(screen.getByTestId("export-result")).toHaveAttribute("role", "alert");
  });
});

describe("Opening Today", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    shell.handlers = null;
  });

  it("opens on Today when something is due, with the count on the header's button", async () => {
    vi.mocked(ipc.getToday).mockResolvedValue(everything);
    render(App);

    await screen.findByTestId("app-ready");
    expect(await screen.findByTestId("today-overdue")).toBeInTheDocument();
    expect(screen.getByTestId("nav-today")).toHaveAttribute("aria-current", "page");
    expect(screen.getByTestId("today-count")).toHaveTextContent("3");
  });

  it("stays on Lookup when nothing is due, with no count on the button", async () => {
    vi.mocked(ipc.getToday).mockResolvedValue(todayPage({ upcoming: [nextWeek] }));
    render(App);

    await screen.findByTestId("app-ready");
    expect(screen.getByTestId("lookup-input")).toBeInTheDocument();
    expect(screen.queryByTestId("today-count")).not.toBeInTheDocument();
  });

  it("still opens on Lookup when Today cannot be read", async () => {
    vi.mocked(ipc.getToday).mockRejectedValue(new KindlyError("unexpected", "No answer."));
    render(App);

    await screen.findByTestId("app-ready");
    expect(screen.getByTestId("lookup-input")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("says why when the notebook cannot be read at start, and shows nothing of it", async () => {
    vi.mocked(ipc.windowStart).mockRejectedValue(
      new KindlyError("unexpected", "The notebook file is damaged."),
    );
    render(App);

    await screen.findByTestId("app-ready");
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("Kindly could not open your notebook");
    expect(alert).toHaveTextContent("The notebook file is damaged.");
    expect(screen.queryByTestId("lookup-input")).not.toBeInTheDocument();
  });

  it("opens Today with Ctrl+T and from the header", async () => {
    const user = userEvent.setup();
    render(App);
    await screen.findByTestId("app-ready");

    await user.keyboard("{Control>}t{/Control}");
    expect(await screen.findByTestId("today-empty")).toBeInTheDocument();

    await user.click(screen.getByTestId("nav-lookup"));
    await user.click(screen.getByTestId("nav-today"));
    expect(await screen.findByTestId("today-empty")).toBeInTheDocument();
  });

  it("follows the shell: a clicked reminder opens the customer's brief, the tray opens Today, fired reminders reload it", async () => {
    render(App);
    await screen.findByTestId("app-ready");
    expect(shell.handlers).not.toBeNull();

    shell.handlers?.openBrief("id-rosa");
    await waitFor(() => expect(app.route).toEqual({ name: "brief", id: "id-rosa" }));
    expect(vi.mocked(ipc.getBrief)).toHaveBeenCalledWith("id-rosa");
    expect(await screen.findByTestId("brief-name")).toBeInTheDocument();

    shell.handlers?.openToday();
    expect(await screen.findByTestId("today-empty")).toBeInTheDocument();
    const calls = vi.mocked(ipc.getToday).mock.calls.length;

    vi.mocked(ipc.getToday).mockResolvedValue(todayPage({ today: [cardToday] }));
    shell.handlers?.todayChanged();
    expect(await screen.findByTestId("today-due")).toBeInTheDocument();
    expect(vi.mocked(ipc.getToday).mock.calls.length).toBe(calls + 1);
    expect(screen.getByTestId("today-count")).toHaveTextContent("1");
  });

  it("follows the shell: a kindly://call link shows who is calling, the global shortcut focuses Lookup", async () => {
    vi.mocked(ipc.findCaller).mockResolvedValue({ number: "0123", matches: [] });
    render(App);
    await screen.findByTestId("app-ready");

    shell.handlers?.openCall("0123");
    expect(await screen.findByTestId("caller-none")).toHaveTextContent("No customer has this number.");
    expect(screen.getByTestId("caller-number")).toHaveValue("0123");
    expect(vi.mocked(ipc.findCaller)).toHaveBeenCalledWith("0123");

    shell.handlers?.focusLookup();
    const box = await screen.findByTestId("lookup-input");
    await waitFor(() => expect(box).toHaveFocus());
  });

  it("updates only the count when reminders fire on another screen", async () => {
    render(App);
    await screen.findByTestId("app-ready");
    vi.mocked(ipc.getToday).mockResolvedValue(todayPage({ overdue: [lateCall] }));

    shell.handlers?.todayChanged();

    await waitFor(() => expect(screen.getByTestId("today-count")).toHaveTextContent("1"));
    expect(screen.getByTestId("lookup-input")).toBeInTheDocument();
  });
});
