import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import App from "../../App.svelte";
import BriefScreen from "./BriefScreen.svelte";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import { resetIpc, showPage } from "../../test/ipcMock";
import { brief, customer, followUp, roster } from "../../test/fixtures";
import { app, navigate, openBrief, resetApp } from "../shell/app.svelte";
import { setLanguage } from "../i18n/i18n.svelte";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

const DAY = 86_400_000;

/** `days` from now at `hours`:00 local time. */
function at(days: number, hours = 10): number {
  const d = new Date();
  d.setDate(d.getDate() + days);
  d.setHours(hours, 0, 0, 0);
  return d.getTime();
}

const ID = "id-maggie";

/** A customer with something in every part of the brief. */
const rich = brief({
  customer_id: ID,
  name: "Maggie",
  full_name: "Margaret Okafor",
  pronunciation: "MAG-ee",
  pronouns: "she/her",
  company: "Okafor Bakery",
  phones: [{ label: "mobile", number: "07700 900123", e164: "+447700900123", primary: true }],
  dont: ["call before 10am", "mention the old van"],
  open_issues: [
    {
      id: "issue-1",
      title: "Oven door sticks",
      own_words: "It jams every morning and I burn my hand.",
      state: "waiting",
      waiting_on: "us",
      opened_at: at(-10),
    },
  ],
  promises: [
    { id: "p-late", what: "Send the new hinge", promised_by: "Ben Okoro", due_at: at(-1, 17), overdue: true },
    { id: "p-soon", what: "Refund the call-out fee", promised_by: "Ana", due_at: at(1, 17), overdue: false },
  ],
  follow_ups_due: [
    followUp({
      id: "fu-a",
      customer_id: ID,
      action: "call_back",
      due_at: at(0, 10),
      occurrence_at: at(0, 10),
    }),
    followUp({
      id: "fu-b",
      customer_id: ID,
      action: "check_in",
      due_at: at(-2, 9),
      occurrence_at: at(-2, 9),
    }),
  ],
  recent: [
    {
      at: at(-1),
      channel: "call_in",
      staff: "Ana",
      mood: "worried",
      summary: "Door still sticking, wants a visit",
    },
    { at: at(-8), channel: "visit", staff: "Ben Okoro", mood: "pleased", summary: "Fitted the seal" },
    { at: at(-30), channel: "email", staff: "Ana", mood: null, summary: "Asked for a quote" },
  ],
  preferences: ["oat milk", "mornings are busy"],
  remember: ["hard of hearing: speak slowly"],
  notes: "Deaf in the left ear: speak on her right.",
  best_time: "after 2pm",
  contact_channel: "phone",
  birthday_soon: { date: "2031-06-14", in_days: 3, turns: 40 },
  looked_after_by: "Kathy",
  touch: { state: "drifting", since: Date.now() - 7 * 7 * DAY, amber_at: 0, red_at: 0 },
});

const PARTS = [
  "brief-dont",
  "brief-issues",
  "brief-promises",
  "brief-follow-ups",
  "brief-recent",
  "brief-remember",
  "brief-notes",
  "brief-preferences",
  "brief-best-time",
  "brief-birthday",
  "brief-looked-after",
  "touch-badge",
];

function showBrief() {
  const user = userEvent.setup();
  render(BriefScreen, { props: { id: ID } });
  return user;
}

async function openInApp(b = rich) {
  vi.mocked(ipc.getBrief).mockResolvedValue(b);
  const user = userEvent.setup();
  render(App);
  await screen.findByTestId("app-ready");
  openBrief(ID);
  await screen.findByTestId("brief-name");
  return user;
}

describe("The brief", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    app.roster = roster(true);
    vi.mocked(ipc.staffRoster).mockResolvedValue(roster(true));
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("shows only the name when nothing else is known: empty parts take no space, not even a heading", async () => {
    showBrief();

    expect(await screen.findByTestId("brief-name")).toHaveTextContent("Margaret Okafor");
    expect(vi.mocked(ipc.getBrief)).toHaveBeenCalledWith(ID);
    for (const part of [
      ...PARTS,
      "brief-full-name",
      "brief-pronunciation",
      "brief-pronouns",
      "brief-company",
      "brief-phones",
    ]) {
      expect(screen.queryByTestId(part)).not.toBeInTheDocument();
    }
    expect(screen.queryAllByRole("heading", { level: 2 })).toHaveLength(0);
    expect(screen.getByTestId("brief-nothing")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1 })).toHaveFocus();
  });

  it("leaves out just the parts that are empty", async () => {
    vi.mocked(ipc.getBrief).mockResolvedValue({ ...rich, open_issues: [], recent: [], looked_after_by: "" });
    showBrief();

    await screen.findByTestId("brief-name");
    expect(screen.queryByTestId("brief-issues")).not.toBeInTheDocument();
    expect(screen.queryByTestId("brief-recent")).not.toBeInTheDocument();
    expect(screen.queryByTestId("brief-looked-after")).not.toBeInTheDocument();
    expect(screen.queryByText("Open issues")).not.toBeInTheDocument();
    expect(screen.queryByText("Last times we spoke")).not.toBeInTheDocument();
    expect(screen.getByTestId("brief-promises")).toBeInTheDocument();
    expect(screen.queryByTestId("brief-nothing")).not.toBeInTheDocument();
  });

  it("shows every part, most important first", async () => {
    vi.mocked(ipc.getBrief).mockResolvedValue(rich);
    showBrief();

    const name = await screen.findByTestId("brief-name");
    expect(name).toHaveTextContent("Maggie");
    expect(screen.getByTestId("brief-full-name")).toHaveTextContent("Margaret Okafor");
    expect(screen.getByTestId("brief-pronunciation")).toHaveTextContent("MAG-ee");
    expect(screen.getByTestId("brief-pronouns")).toHaveTextContent("she/her");

    const order = [name, ...PARTS.map((part) => screen.getByTestId(part))];
    for (let i = 1; i < order.length; i++) {
      expect(
        order[i - 1].compareDocumentPosition(order[i]) & Node.DOCUMENT_POSITION_FOLLOWING,
        `${PARTS[i - 1] ?? "brief-name"} comes before ${PARTS[i]}`,
      ).toBeTruthy();
    }

    expect(screen.getAllByTestId("brief-dont-item").map((e) => e.textContent)).toEqual([
      "call before 10am",
      "mention the old van",
    ]);
    const issue = screen.getByTestId("brief-issue");
    expect(issue).toHaveTextContent("Oven door sticks");
    expect(issue).toHaveTextContent("Waiting on us");
    expect(issue).toHaveTextContent("“It jams every morning and I burn my hand.”");
    expect(screen.getAllByTestId("brief-follow-up")).toHaveLength(2);

    const contacts = screen.getAllByTestId("brief-contact");
    expect(contacts).toHaveLength(3);
    expect(contacts[0]).toHaveTextContent("Call in");
    expect(contacts[0]).toHaveTextContent("Ana");
    expect(contacts[0]).toHaveTextContent("Worried");
    expect(contacts[0]).toHaveTextContent("Door still sticking, wants a visit");
    expect(contacts[1]).toHaveTextContent("Ben Okoro");
    expect(contacts[1]).toHaveTextContent("Pleased");

    expect(screen.getByTestId("brief-remember")).toHaveTextContent("hard of hearing: speak slowly");
    expect(screen.getByTestId("brief-notes")).toHaveTextContent("Deaf in the left ear: speak on her right.");
    expect(screen.queryByTestId("brief-notes-more")).not.toBeInTheDocument();
    expect(screen.getByTestId("brief-preferences")).toHaveTextContent("oat milk");
    expect(screen.getByTestId("brief-best-time")).toHaveTextContent(
      "Best time: after 2pm · Prefers the phone",
    );
    expect(screen.getByTestId("brief-birthday")).toHaveTextContent("Birthday in 3 days — turns 40");
    expect(screen.getByTestId("brief-looked-after")).toHaveTextContent("Looked after by Kathy");
    expect(screen.getByTestId("touch-badge")).toHaveTextContent("Drifting — last contact 7 weeks ago");
  });

  it("shows the first lines of long notes, and the rest on 'more'", async () => {
    const lines = [
      "Deaf in the left ear: speak on her right.",
      "Two dogs.",
      "Pays cash.",
      "Allergic to nuts.",
    ];
    vi.mocked(ipc.getBrief).mockResolvedValue(brief({ customer_id: ID, notes: lines.join("\n") }));
    const user = showBrief();

    const text = await screen.findByTestId("brief-notes-text");
    expect(text).toHaveTextContent("Deaf in the left ear: speak on her right.");
    expect(text).toHaveTextContent("Pays cash.");
    expect(text).not.toHaveTextContent("Allergic to nuts.");
    await user.click(screen.getByTestId("brief-notes-more"));
    expect(screen.getByTestId("brief-notes-text")).toHaveTextContent("Allergic to nuts.");
    expect(screen.getByTestId("brief-notes-more")).toHaveTextContent("less");
  });

  it("says a late promise is overdue, in words as well as colour", async () => {
    vi.mocked(ipc.getBrief).mockResolvedValue(rich);
    showBrief();

    const [late, soon] = await screen.findAllByTestId("brief-promise");
    expect(late).toHaveTextContent("Send the new hinge");
    expect(late).toHaveTextContent("Overdue — was due yesterday");
    expect(late).toHaveTextContent("promised by Ben Okoro");
    expect(late).toHaveClass("overdue");
    expect(soon).toHaveTextContent("Due tomorrow");
    expect(soon).not.toHaveTextContent("Overdue");
    expect(soon).not.toHaveClass("overdue");
  });

  it("shows a name full of markup as plain text", async () => {
    const nasty = "<img src=x onerror=alert(1)>";
    vi.mocked(ipc.getBrief).mockResolvedValue(
      brief({ customer_id: ID, name: nasty, dont: ["<b>shout</b>"] }),
    );
    showBrief();

    expect(await screen.findByTestId("brief-name")).toHaveTextContent(nasty);
    expect(screen.getByTestId("brief-dont-item")).toHaveTextContent("<b>shout</b>");
    expect(document.querySelector("img")).toBeNull();
    expect(document.querySelector("b")).toBeNull();
  });

  it("says what changed on their profile since we last spoke, who did it and when, and how many more", async () => {
    vi.mocked(ipc.getBrief).mockResolvedValue(
      brief({
        customer_id: ID,
        changed_since: {
          spoke_at: at(-5),
          changes: [
            {
              changed_by: "Ana Lima",
              at: at(0, 9),
              field: "best_time",
              words: "changed the best time to reach them to evenings",
            },
            {
              changed_by: "Ben Ortiz",
              at: at(-1),
              field: "dont",
              words: "added a please-don't: <b>no calls after 6pm</b>",
            },
          ],
          more: 2,
        },
      }),
    );
    showBrief();

    const part = await screen.findByTestId("brief-changed-since");
    expect(within(part).getByRole("heading", { level: 2 })).toHaveTextContent(
      /^Changed since you last spoke \(/,
    );
    expect(
      within(part)
        .getAllByTestId("brief-change")
        .map((li) => li.textContent),
    ).toEqual([
      "Ana Lima changed the best time to reach them to evenings today",
      "Ben Ortiz added a please-don't: <b>no calls after 6pm</b> yesterday",
    ]);
    expect(within(part).getByTestId("brief-change-more")).toHaveTextContent("and 2 more changes");
    expect(document.querySelector("b")).toBeNull();
    expect(screen.queryByTestId("brief-nothing")).not.toBeInTheDocument();
  });

  it("says plainly when the brief cannot be opened", async () => {
    vi.mocked(ipc.getBrief).mockRejectedValue(
      new KindlyError("not_found", "This customer could not be found."),
    );
    showBrief();

    expect(await screen.findByRole("alert")).toHaveTextContent("This customer could not be found.");
  });

  it("copies the brief as text made by the core, and says so", async () => {
    vi.mocked(ipc.briefText).mockResolvedValue("Maggie (Margaret Okafor)\nPlease don't: call before 10am");
    const user = showBrief();
    await screen.findByTestId("brief-name");
    const write = vi.spyOn(navigator.clipboard, "writeText");

    await user.click(screen.getByTestId("brief-copy"));

    expect(vi.mocked(ipc.briefText)).toHaveBeenCalledWith(ID);
    expect(write).toHaveBeenCalledWith("Maggie (Margaret Okafor)\nPlease don't: call before 10am");
    expect(await screen.findByTestId("brief-copied")).toHaveTextContent("Copied.");
  });

  it("copies with the older way when the clipboard cannot be written", async () => {
    const user = showBrief();
    await screen.findByTestId("brief-name");
    vi.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new Error("not allowed"));
    const exec = vi.fn((_command: string) => true);
    Object.defineProperty(document, "execCommand", { value: exec, configurable: true });

    await user.click(screen.getByTestId("brief-copy"));

    expect(exec).toHaveBeenCalledWith("copy");
    expect(await screen.findByTestId("brief-copied")).toHaveTextContent("Copied.");
    expect(document.querySelector("textarea")).toBeNull();

    exec.mockReturnValue(false);
    await user.click(screen.getByTestId("brief-copy"));
    expect(await screen.findByTestId("brief-copy-error")).toHaveTextContent("could not be copied");
    expect(screen.queryByTestId("brief-copied")).not.toBeInTheDocument();
  });

  it("prints, and opens the full page", async () => {
    const print = vi.fn();
    vi.stubGlobal("print", print);
    const user = showBrief();
    await screen.findByTestId("brief-name");

    await user.click(screen.getByTestId("brief-print"));
    expect(print).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();

    await user.click(screen.getByTestId("brief-full-page"));
    expect(app.route).toEqual({ name: "customer", id: ID });
  });

  it("goes back with Esc to where it was opened from", async () => {
    showPage(customer({ id: ID, full_name: "Margaret Okafor", preferred_name: "Maggie" }));
    const user = await openInApp();

    await user.keyboard("{Escape}");
    expect(await screen.findByTestId("lookup-input")).toBeInTheDocument();

    navigate({ name: "customer", id: ID });
    await user.click(await screen.findByTestId("open-brief"));
    expect(app.route).toEqual({ name: "brief", id: ID });
    expect(await screen.findByTestId("brief-name")).toHaveTextContent("Maggie");

    await user.keyboard("{Escape}");
    expect(await screen.findByTestId("profile-name")).toHaveTextContent("Maggie");
  });
});

describe("After the call", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    app.roster = roster(true);
    vi.mocked(ipc.staffRoster).mockResolvedValue(roster(true));
  });

  it("opens with Ctrl+L, ready to type, with everything due ticked as done", async () => {
    const user = await openInApp();

    await user.keyboard("{Control>}l{/Control}");

    const form = await screen.findByTestId("after-call-form");
    expect(screen.getByTestId("call-summary")).toHaveFocus();
    expect(screen.getByTestId("call-outcome-spoke")).toHaveAttribute("aria-checked", "true");
    expect(screen.getByTestId("call-outcome-no_answer")).toHaveAttribute("aria-checked", "false");
    expect(screen.getByTestId("call-staff")).toHaveValue("Ana");
    expect(screen.getByTestId("call-incoming")).not.toBeChecked();
    expect(screen.getByTestId("call-done-fu-a")).toBeChecked();
    expect(screen.getByTestId("call-done-fu-b")).toBeChecked();
    expect(within(form).getByText(/Call back — Today at 10:00/)).toBeInTheDocument();
    expect(screen.getByTestId("call-next")).not.toBeChecked();
    expect(screen.queryByTestId("call-next-days")).not.toBeInTheDocument();
  });

  it("logs the call as it was, marks the due follow-ups done, reloads and says so", async () => {
    const user = await openInApp();
    await user.click(screen.getByTestId("brief-after-call"));

    await user.type(screen.getByTestId("call-summary"), "Happy with the new hinge");
    await user.click(screen.getByTestId("call-mood-pleased"));
    await user.click(screen.getByTestId("call-save"));

    expect(vi.mocked(ipc.logCall)).toHaveBeenCalledWith({
      call: {
        customer_id: ID,
        channel: "call_out",
        happened_at: null,
        staff: "Ana",
        summary: "Happy with the new hinge",
        mood: "pleased",
        issue_id: null,
      },
      outcome: "spoke",
      done_follow_up_ids: ["fu-a", "fu-b"],
    });
    expect(await screen.findByTestId("brief-notice")).toHaveTextContent("Call logged.");
    expect(screen.queryByTestId("after-call-form")).not.toBeInTheDocument();
    expect(vi.mocked(ipc.getBrief)).toHaveBeenCalledTimes(2);
  });

  it("says the call was logged even when the brief cannot be read again, and keeps it on show", async () => {
    const user = await openInApp();
    vi.mocked(ipc.getBrief).mockRejectedValue(new KindlyError("storage", "The notebook could not be read."));
    await user.click(screen.getByTestId("brief-after-call"));
    await user.type(screen.getByTestId("call-summary"), "Happy with the new hinge");
    await user.click(screen.getByTestId("call-save"));

    const notice = await screen.findByTestId("brief-notice");
    expect(notice).toHaveTextContent(/^Call logged\. The brief below could not be brought up to date/);
    expect(notice).toHaveTextContent("The notebook could not be read.");
    expect(screen.getByTestId("brief-name")).toBeInTheDocument();
    expect(vi.mocked(ipc.logCall)).toHaveBeenCalledTimes(1);
  });

  it("sends how it went, who called whom, only the follow-ups still ticked, and the next one planned", async () => {
    const user = await openInApp();
    await user.keyboard("{Control>}l{/Control}");

    await user.click(screen.getByTestId("call-outcome-no_answer"));
    expect(screen.queryByTestId("call-mood-pleased")).not.toBeInTheDocument();
    await user.click(screen.getByTestId("call-incoming"));
    await user.click(screen.getByTestId("call-done-fu-a"));
    await user.click(screen.getByTestId("call-next"));
    expect(screen.getByTestId("call-next-action")).toHaveValue("call_back");
    expect(screen.getByTestId("call-next-days")).toHaveValue(7);
    await user.selectOptions(screen.getByTestId("call-next-action"), "check_in");
    await user.clear(screen.getByTestId("call-next-days"));
    await user.type(screen.getByTestId("call-next-days"), "3");
    await user.clear(screen.getByTestId("call-staff"));
    await user.type(screen.getByTestId("call-staff"), "Ben Okoro");
    await user.type(screen.getByTestId("call-summary"), "Rang at 10:30, no voicemail");
    await user.keyboard("{Control>}{Enter}{/Control}");

    expect(vi.mocked(ipc.logCall)).toHaveBeenCalledWith({
      call: {
        customer_id: ID,
        channel: "call_in",
        happened_at: null,
        staff: "Ben Okoro",
        summary: "Rang at 10:30, no voicemail",
        mood: null,
        issue_id: null,
        follow_up: { action: "check_in", in_days: 3, assignee: "Ben Okoro", note: "" },
      },
      outcome: "no_answer",
      done_follow_up_ids: ["fu-b"],
    });
    expect(await screen.findByTestId("brief-notice")).toHaveTextContent("Call logged.");
  });

  it("picks how it went with the arrow keys", async () => {
    const user = await openInApp();
    await user.keyboard("{Control>}l{/Control}");

    screen.getByTestId("call-outcome-spoke").focus();
    await user.keyboard("{ArrowRight}");
    expect(screen.getByTestId("call-outcome-left_message")).toHaveAttribute("aria-checked", "true");
    expect(screen.getByTestId("call-outcome-left_message")).toHaveFocus();
  });

  it("shows a refused summary's message beside the summary, and keeps the form open", async () => {
    vi.mocked(ipc.logCall).mockRejectedValue(
      new KindlyError("invalid_input", "Please write a few words about what was said.", "call.summary"),
    );
    const user = await openInApp();
    await user.click(screen.getByTestId("brief-after-call"));

    await user.click(screen.getByTestId("call-save"));

    const error = await screen.findByTestId("error-summary");
    expect(error).toHaveTextContent("Please write a few words about what was said.");
    const summary = screen.getByTestId("call-summary");
    expect(summary).toHaveAttribute("aria-invalid", "true");
    expect(summary).toHaveAccessibleDescription(/Please write a few words/);
    expect(summary).toHaveFocus();
    expect(screen.getByTestId("after-call-form")).toBeInTheDocument();
    expect(screen.queryByTestId("brief-notice")).not.toBeInTheDocument();
  });

  it("shows a refused next follow-up beside its days, and a refused done list beside the list", async () => {
    vi.mocked(ipc.logCall).mockRejectedValueOnce(
      new KindlyError("invalid_input", "Pick up to 365 days.", "follow_up.in_days"),
    );
    const user = await openInApp();
    await user.click(screen.getByTestId("brief-after-call"));
    await user.click(screen.getByTestId("call-next"));
    await user.type(screen.getByTestId("call-next-days"), "0");
    await user.click(screen.getByTestId("call-save"));

    expect(await screen.findByTestId("error-follow_up.in_days")).toHaveTextContent("Pick up to 365 days.");
    expect(screen.getByTestId("call-next-days")).toHaveAttribute("aria-invalid", "true");

    vi.mocked(ipc.logCall).mockRejectedValueOnce(
      new KindlyError("invalid_input", "This follow-up is already done.", "done_follow_up_ids.1"),
    );
    await user.click(screen.getByTestId("call-save"));
    expect(await screen.findByTestId("error-done_follow_up_ids")).toHaveTextContent(
      "This follow-up is already done.",
    );
    expect(screen.queryByTestId("error-follow_up.in_days")).not.toBeInTheDocument();
  });

  it("asks for the days before sending when the box is empty", async () => {
    const user = await openInApp();
    await user.click(screen.getByTestId("brief-after-call"));
    await user.click(screen.getByTestId("call-next"));
    await user.clear(screen.getByTestId("call-next-days"));
    await user.click(screen.getByTestId("call-save"));

    expect(await screen.findByTestId("error-follow_up.in_days")).toHaveTextContent("number of days");
    expect(vi.mocked(ipc.logCall)).not.toHaveBeenCalled();
  });

  it("closes with Cancel or Esc without leaving the brief", async () => {
    const user = await openInApp();
    await user.click(screen.getByTestId("brief-after-call"));
    await user.click(screen.getByTestId("call-cancel"));
    expect(screen.queryByTestId("after-call-form")).not.toBeInTheDocument();
    expect(screen.getByTestId("brief-after-call")).toHaveFocus();

    await user.keyboard("{Control>}l{/Control}");
    await screen.findByTestId("after-call-form");
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByTestId("after-call-form")).not.toBeInTheDocument());
    expect(screen.getByTestId("brief-name")).toBeInTheDocument();
    expect(vi.mocked(ipc.logCall)).not.toHaveBeenCalled();
  });
});

describe("The brief in French", () => {
  beforeEach(async () => {
    resetIpc();
    resetApp();
    app.roster = roster(true);
    vi.mocked(ipc.staffRoster).mockResolvedValue(roster(true));
    await setLanguage("fr", false);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  afterAll(async () => {
    await setLanguage("en", false);
  });

  it("shows its parts, buttons, dates and counts in French", async () => {
    const spoke = new Date(2025, 2, 3, 10).getTime();
    vi.mocked(ipc.getBrief).mockResolvedValue({
      ...rich,
      changed_since: {
        spoke_at: spoke,
        changes: [{ changed_by: "Ana Lima", at: spoke, field: "notes", words: "a changé les notes" }],
        more: 1,
      },
    });
    const user = showBrief();
    await screen.findByTestId("brief-name");

    expect(screen.getByRole("article", { name: "Fiche" })).toBeInTheDocument();
    expect(screen.getByTestId("brief-after-call")).toHaveTextContent("Après l’appel");
    expect(screen.getByTestId("brief-copy")).toHaveTextContent("Copier le texte");
    expect(screen.getByRole("heading", { name: "À éviter" })).toBeInTheDocument();
    const since = screen.getByTestId("brief-changed-since");
    expect(within(since).getByRole("heading", { level: 2 })).toHaveTextContent(
      "Modifié depuis votre dernier échange (3 mars 2025)",
    );
    expect(within(since).getByTestId("brief-change")).toHaveTextContent(
      "Ana Lima a changé les notes le 3 mars 2025",
    );
    expect(within(since).getByTestId("brief-change-more")).toHaveTextContent(
      "et 1 autre modification (sur la page complète)",
    );
    const late = screen.getAllByTestId("brief-promise")[0];
    expect(late).toHaveTextContent("En retard — prévue hier");
    expect(late).toHaveTextContent("· promise par Ben Okoro");
    expect(screen.getByTestId("brief-issue-words")).toHaveTextContent(
      "« It jams every morning and I burn my hand. »",
    );
    expect(screen.getByTestId("brief-best-time")).toHaveTextContent(
      "Meilleur moment : after 2pm · Préfère le téléphone",
    );
    expect(screen.getByTestId("brief-birthday")).toHaveTextContent("Anniversaire dans 3 jours — aura 40 ans");
    expect(screen.getByTestId("brief-looked-after")).toHaveTextContent("Suivi assuré par Kathy");

    await user.click(screen.getByTestId("brief-after-call"));
    const form = await screen.findByTestId("after-call-form");
    expect(within(form).getByRole("radio", { name: "Joint" })).toBeChecked();
    expect(within(form).getByLabelText(/Ce qui s’est dit/)).toHaveFocus();
    expect(within(form).getByTestId("call-save")).toHaveTextContent("Enregistrer");
  });
});
