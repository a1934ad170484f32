import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import CustomerProfile from "../customers/CustomerProfile.svelte";
import * as ipc from "../api/ipc";
import { resetIpc, showPage } from "../../test/ipcMock";
import { customer, issue, promise, roster } from "../../test/fixtures";
import { app, resetApp } from "../shell/app.svelte";
import { setLanguage, t } from "../i18n/i18n.svelte";
import OpenPromises from "./OpenPromises.svelte";
import { SETTLED_NOTICE } from "./outcome";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

const rosa = customer({ id: "id-rosa", full_name: "Rosa Diaz" });
const late = promise({
  id: "p-late",
  what: "Call when the part arrives",
  overdue: true,
  due_at: Date.now() - 86_400_000,
});
const soon = promise({ id: "p-soon", what: "Refund the deposit", due_at: Date.now() + 3 * 86_400_000 });

function profile() {
  const user = userEvent.setup();
  render(CustomerProfile, { props: { id: rosa.id, initial: rosa } });
  return user;
}

describe("Promises", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    app.roster = roster(true);
    showPage(rosa, { open_promises: [late, soon] });
    vi.mocked(ipc.settlePromise).mockImplementation(async (id) => promise({ id, state: "kept" }));
  });

  it("shows open promises at the top, overdue ones marked 'Overdue'", async () => {
    profile();

    const rows = await screen.findAllByTestId("open-promise");
    expect(rows.map((r) => r.getAttribute("data-id"))).toEqual(["p-late", "p-soon"]);
    expect(within(rows[0]).getByTestId("promise-overdue")).toHaveTextContent("Overdue");
    expect(rows[0]).toHaveTextContent("Call when the part arrives");
    expect(rows[0]).toHaveTextContent("promised by Ana");
    expect(within(rows[1]).queryByTestId("promise-overdue")).not.toBeInTheDocument();
    expect(screen.getByRole("heading", { name: /We promised/ })).toHaveTextContent("1 overdue");
    // Before the name's details and the history: nobody can miss it.
    expect(
      rows[0].compareDocumentPosition(screen.getByTestId("log-conversation")) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it("marks a promise kept in one click, by the person at the desk, and reloads the page", async () => {
    const user = profile();
    const rows = await screen.findAllByTestId("open-promise");
    showPage(rosa, { open_promises: [soon] });

    await user.click(within(rows[0]).getByTestId("promise-kept"));

    expect(vi.mocked(ipc.settlePromise)).toHaveBeenCalledWith("p-late", 3, {
      outcome: "kept",
      staff: "Ana",
      note: "",
    });
    await waitFor(() =>
      expect(screen.getAllByTestId("open-promise").map((r) => r.getAttribute("data-id"))).toEqual(["p-soon"]),
    );
  });

  it("asks what happened before marking a promise broken", async () => {
    const user = profile();
    const rows = await screen.findAllByTestId("open-promise");

    await user.click(within(rows[1]).getByTestId("promise-broken"));
    expect(within(rows[1]).getByTestId("promise-settle-note")).toHaveFocus();
    await user.click(within(rows[1]).getByTestId("promise-settle-save"));
    expect(await within(rows[1]).findByTestId("error-note")).toBeInTheDocument();
    expect(vi.mocked(ipc.settlePromise)).not.toHaveBeenCalled();

    await user.type(within(rows[1]).getByTestId("promise-settle-note"), "Bank holiday, refund delayed");
    await user.click(within(rows[1]).getByTestId("promise-settle-save"));
    expect(vi.mocked(ipc.settlePromise)).toHaveBeenCalledWith("p-soon", 3, {
      outcome: "broken",
      staff: "Ana",
      note: "Bank holiday, refund delayed",
    });
  });

  it("keeps a half-typed 'what happened' when the page is left, and asks before Esc drops it", async () => {
    const user = userEvent.setup();
    const first = render(CustomerProfile, { props: { id: rosa.id, initial: rosa } });
    let rows = await screen.findAllByTestId("open-promise");
    await user.click(within(rows[1]).getByTestId("promise-broken"));
    await user.type(within(rows[1]).getByTestId("promise-settle-note"), "Supplier");
    first.unmount();

    render(CustomerProfile, { props: { id: rosa.id, initial: rosa } });
    rows = await screen.findAllByTestId("open-promise");
    await user.click(within(rows[1]).getByTestId("promise-broken"));
    const note = within(rows[1]).getByTestId("promise-settle-note");
    expect(note).toHaveValue("Supplier");
    expect(within(rows[1]).getByRole("status")).toHaveTextContent("Brought back what you typed earlier.");

    await user.keyboard("{Escape}");
    expect(await screen.findByTestId("discard-dialog")).toBeInTheDocument();
    await user.click(screen.getByTestId("discard-keep"));
    expect(note).toHaveValue("Supplier");
    await user.keyboard("{Escape}");
    await user.click(await screen.findByTestId("discard-confirm"));
    expect(within(rows[1]).queryByTestId("promise-settle-note")).not.toBeInTheDocument();

    await user.click(within(rows[1]).getByTestId("promise-broken"));
    expect(within(rows[1]).getByTestId("promise-settle-note")).toHaveValue("");
    expect(vi.mocked(ipc.settlePromise)).not.toHaveBeenCalled();
  });

  it("agrees a new date: sends that day at 17:00 local time and the note", async () => {
    const user = profile();
    const rows = await screen.findAllByTestId("open-promise");

    await user.click(within(rows[0]).getByTestId("promise-renegotiate"));
    const date = within(rows[0]).getByTestId("promise-settle-date");
    expect(date).toHaveFocus();
    await user.type(date, "2031-05-20");
    await user.type(within(rows[0]).getByTestId("promise-settle-note"), "Supplier is late");
    await user.click(within(rows[0]).getByTestId("promise-settle-save"));

    expect(vi.mocked(ipc.settlePromise)).toHaveBeenCalledWith("p-late", 3, {
      outcome: "renegotiated",
      staff: "Ana",
      note: "Supplier is late",
      new_due_at: new Date(2031, 4, 20, 17, 0).getTime(),
    });
  });

  it("records a promise: what, by when (17:00 that day), who, and its issue", async () => {
    showPage(rosa, { open_issues: [issue({ id: "issue-9", title: "Deposit" })] });
    vi.mocked(ipc.makePromise).mockImplementation(async (input) => promise({ ...input, id: "p-new" }));
    const user = profile();

    await user.click(await screen.findByTestId("make-promise"));
    expect(screen.getByTestId("promise-what")).toHaveFocus();
    await user.keyboard("Refund by Friday");
    await user.click(screen.getByTestId("promise-save"));
    expect(await screen.findByTestId("error-due_at")).toBeInTheDocument();
    expect(vi.mocked(ipc.makePromise)).not.toHaveBeenCalled();

    await user.type(screen.getByTestId("promise-due"), "2031-03-14");
    expect(screen.getByTestId("promise-by")).toHaveValue("Ana");
    await user.selectOptions(screen.getByTestId("promise-issue"), "issue-9");
    await user.click(screen.getByTestId("promise-save"));

    expect(vi.mocked(ipc.makePromise)).toHaveBeenCalledWith({
      customer_id: "id-rosa",
      issue_id: "issue-9",
      what: "Refund by Friday",
      due_at: new Date(2031, 2, 14, 17, 0).getTime(),
      promised_by: "Ana",
    });
  });
});

describe("Promises in French", () => {
  beforeEach(async () => {
    resetIpc();
    resetApp();
    app.roster = roster(true);
    await setLanguage("fr", false);
  });

  afterAll(async () => {
    await setLanguage("en", false);
  });

  it("lists them with French words, dates and counts, and asks for the new day in French", async () => {
    const later = promise({
      id: "p-later",
      what: "Rappeler pour le devis",
      promised_by: "Ben",
      issue_id: "issue-1",
      due_at: new Date(2031, 2, 14, 17).getTime(),
    });
    const user = userEvent.setup();
    render(OpenPromises, {
      props: {
        promises: [late, { ...late, id: "p-late-2" }, later],
        issues: [issue({ id: "issue-1", title: "Porte du four" })],
        onsettled: vi.fn(async () => {}),
      },
    });

    expect(screen.getByRole("heading", { name: /Nos promesses/ })).toHaveTextContent("· 2 en retard");
    const rows = screen.getAllByTestId("open-promise");
    expect(rows[0]).toHaveTextContent("En retard · prévue hier · promise par Ana");
    expect(rows[2]).toHaveTextContent(
      "Prévue le 14 mars 2031 · promise par Ben · à propos de « Porte du four »",
    );
    expect(within(rows[2]).getByTestId("promise-kept")).toHaveTextContent("Tenue");

    await user.click(within(rows[2]).getByTestId("promise-renegotiate"));
    expect(
      within(rows[2]).getByRole("heading", { name: "Convenir d’une nouvelle date" }),
    ).toBeInTheDocument();
    expect(within(rows[2]).getByTestId("promise-settle-date-tomorrow")).toHaveTextContent("Demain");
    await user.click(within(rows[2]).getByTestId("promise-settle-save"));
    expect(await within(rows[2]).findByText("Choisissez le nouveau jour.")).toBeInTheDocument();
    expect(vi.mocked(ipc.settlePromise)).not.toHaveBeenCalled();
  });

  it("counts late promises with each language's plural", async () => {
    await setLanguage("es", false);
    expect(t("promises-overdue-count", { count: 1 })).toBe("· 1 atrasada");
    expect(t("promises-overdue-count", { count: 3 })).toBe("· 3 atrasadas");
    expect(SETTLED_NOTICE.kept).toBe("Promesa cumplida.");
  });
});
