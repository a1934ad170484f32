import { render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "../../App.svelte";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import type { ShellHandlers } from "../api/events";
import { CONNECTED, resetIpc } from "../../test/ipcMock";
import { brief, customer, page, roster } from "../../test/fixtures";
import { app, openBrief, resetApp } from "../shell/app.svelte";
import { awayWords } from "./away";
import OfflineCopyNote from "./OfflineCopyNote.svelte";

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

const AWAY_MESSAGE =
  "Kindly cannot reach the team notebook just now, so this was not saved. What you typed is still here: save it again once the connection is back. You can still look customers up in the meantime.";

const serverAway = () => new KindlyError("server_away", AWAY_MESSAGE);

/** Today at `hours`:`minutes` local time. */
function today(hours: number, minutes: number): number {
  const d = new Date();
  d.setHours(hours, minutes, 0, 0);
  return d.getTime();
}

const TEAM = {
  address: { server: "shop:5432", database: "kindly", login: "ana_lima" },
  signed_in: { login: "ana_lima", display_name: "Ana Lima", owner: false },
  notice: null,
};

describe("The away banner", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
  });

  it("says in plain words what is shown, from when, and that nothing can be saved", () => {
    const now = new Date();
    now.setHours(11, 0, 0, 0);
    const words = awayWords(today(10, 42), today(10, 47), now);
    expect(words.main).toBe(
      "Can't reach the team notebook. Showing what this computer last copied today at 10:42; changes can't be saved until it's back.",
    );
    expect(words.heard).toBe("Last heard from the server today at 10:47. Kindly keeps trying by itself.");
    expect(awayWords(null, null, now).main).toMatch(/no copy of it yet: customers can't be looked up/);
    expect(awayWords(null, null, now).heard).toBeNull();
  });

  it("shows politely when the server goes, with the copy's time, and goes by itself when it is back", async () => {
    // Connected at start; the copy was taken at 10:42.
    vi.mocked(ipc.teamStatus).mockResolvedValue({
      ...TEAM,
      ...CONNECTED,
      offline_copy_taken_at: today(10, 42),
    });
    render(App);
    await screen.findByTestId("app-ready");
    expect(screen.queryByTestId("away-banner")).not.toBeInTheDocument();

    shell.handlers?.teamConnection({ connected: false, last_heard_at: today(10, 47) });
    const banner = await screen.findByTestId("away-banner");
    expect(banner).toHaveAttribute("role", "status");
    await waitFor(() => expect(banner).toHaveTextContent("last copied today at 10:42"));
    expect(banner).toHaveTextContent("Last heard from the server today at 10:47");
    expect(banner).not.toHaveClass("notice-error");

    shell.handlers?.teamConnection({ connected: true, last_heard_at: today(10, 50) });
    await waitFor(() => expect(screen.queryByTestId("away-banner")).not.toBeInTheDocument());
  });

  it("shows at start when the window opened on the copy", async () => {
    vi.mocked(ipc.teamStatus).mockResolvedValue({
      ...TEAM,
      ...CONNECTED,
      away: true,
      last_heard_at: today(9, 15),
      offline_copy_taken_at: today(9, 14),
    });
    render(App);
    const banner = await screen.findByTestId("away-banner");
    await waitFor(() => expect(banner).toHaveTextContent("last copied today at 09:14"));
  });
});

describe("A save refused while the server is away", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
  });

  it("shows the message beside Save on the customer form and keeps everything typed", async () => {
    const rosie = customer({ id: "id-rosie", full_name: "Rosie Park", best_time: "afternoons", version: 7 });
    vi.mocked(ipc.customerPage).mockImplementation(async () => page({ customer: rosie }));
    vi.mocked(ipc.updateCustomer).mockRejectedValue(serverAway());
    const user = userEvent.setup();
    app.route = { name: "customer", id: "id-rosie" };
    render(App);
    await user.click(await screen.findByTestId("edit-customer"));
    await user.clear(screen.getByTestId("field-best_time"));
    await user.type(screen.getByTestId("field-best_time"), "weekday mornings");
    await user.click(screen.getByTestId("save-customer"));

    expect(await screen.findByTestId("form-error")).toHaveTextContent(AWAY_MESSAGE);
    expect(screen.getByTestId("field-best_time")).toHaveValue("weekday mornings");
    expect(screen.getByTestId("field-full_name")).toHaveValue("Rosie Park");
    expect(screen.getByTestId("save-customer")).toBeEnabled();
    expect(app.route.name).toBe("edit");
  });

  it("keeps the after-call note and says why it was not logged", async () => {
    app.roster = roster(true);
    vi.mocked(ipc.staffRoster).mockResolvedValue(roster(true));
    vi.mocked(ipc.getBrief).mockResolvedValue(brief({ customer_id: "id-rosie", name: "Rosie" }));
    vi.mocked(ipc.logCall).mockRejectedValue(serverAway());
    const user = userEvent.setup();
    render(App);
    await screen.findByTestId("app-ready");
    openBrief("id-rosie");
    await screen.findByTestId("brief-name");
    await user.click(screen.getByTestId("brief-after-call"));
    await user.type(screen.getByTestId("call-summary"), "Wants the blue kettle after all");
    await user.click(screen.getByTestId("call-save"));

    expect(await screen.findByText(AWAY_MESSAGE)).toBeInTheDocument();
    expect(screen.getByTestId("after-call-form")).toBeInTheDocument();
    expect(screen.getByTestId("call-summary")).toHaveValue("Wants the blue kettle after all");
  });
});

describe("Settings → Team's word on the offline copy", () => {
  it("says when the copy was taken, or why none is kept", () => {
    const taken = render(OfflineCopyNote, {
      status: { ...TEAM, ...CONNECTED, offline_copy_taken_at: today(10, 42) },
    });
    expect(screen.getByTestId("offline-copy-note")).toHaveTextContent("last copied today at 10:42");
    taken.unmount();
    const trouble = "No offline copy is kept on this computer: its keychain cannot keep the copy's key.";
    render(OfflineCopyNote, { status: { ...TEAM, ...CONNECTED, offline_copy_trouble: trouble } });
    expect(screen.getByTestId("offline-copy-note")).toHaveTextContent(trouble);
  });
});
