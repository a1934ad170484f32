import { render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "../../App.svelte";
import CustomerProfile from "../customers/CustomerProfile.svelte";
import LookupScreen from "../lookup/LookupScreen.svelte";
import SituationsScreen from "../situations/SituationsScreen.svelte";
import * as ipc from "../api/ipc";
import type { ShellHandlers } from "../api/events";
import { resetIpc, showPage } from "../../test/ipcMock";
import { customer, item, page, summary, todayPage, todayRow } from "../../test/fixtures";
import { app, resetApp } from "../shell/app.svelte";
import { Story } from "../timeline/story.svelte";
import { announceChanges, type NotebookChanges } from "./changes";

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

function changed(overrides: Partial<NotebookChanges> = {}): NotebookChanges {
  return { everything: false, kinds: ["story"], customer_ids: [], situation_ids: [], ...overrides };
}

const rosie = customer({ id: "id-rosie", full_name: "Rosie Park" });
const firstCall = item({ seq: 1, entry_id: "conv-1", title: "Asked about her order" });
const bensCall = item({ seq: 2, entry_id: "conv-2", title: "Ben rang about the refund", staff: "Ben" });

describe("another desk's changes on a customer's page", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    showPage(rosie, { timeline: { items: [firstCall], next: null } });
  });

  async function halfTypedNote() {
    const user = userEvent.setup();
    render(CustomerProfile, { props: { id: "id-rosie" } });
    await screen.findByText("Asked about her order");
    await user.click(screen.getByTestId("log-conversation"));
    const summaryBox = await screen.findByTestId("conv-summary");
    await user.type(summaryBox, "She wants the blue one");
    return summaryBox as HTMLTextAreaElement;
  }

  it("reloads the timeline when the change is about this customer, and the half-typed note stays", async () => {
    const note = await halfTypedNote();
    showPage(rosie, { timeline: { items: [bensCall, firstCall], next: null } });

    announceChanges(changed({ customer_ids: ["id-other", "id-rosie"] }));

    expect(await screen.findByText("Ben rang about the refund")).toBeInTheDocument();
    expect(screen.getAllByTestId("timeline-item")).toHaveLength(2);
    expect(screen.getByTestId("conv-summary")).toBe(note);
    expect(note).toHaveValue("She wants the blue one");
    expect(vi.mocked(ipc.customerPage)).toHaveBeenCalledTimes(2);
  });

  it("does nothing when the change is about another customer", async () => {
    await halfTypedNote();
    showPage(rosie, { timeline: { items: [bensCall, firstCall], next: null } });

    announceChanges(changed({ customer_ids: ["id-sam"], kinds: ["customers", "story"] }));
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(vi.mocked(ipc.customerPage)).toHaveBeenCalledTimes(1);
    expect(screen.queryByText("Ben rang about the refund")).not.toBeInTheDocument();
    expect(screen.getByTestId("conv-summary")).toHaveValue("She wants the blue one");
  });

  it("reloads on 'everything changed' (the server was away)", async () => {
    render(CustomerProfile, { props: { id: "id-rosie" } });
    await screen.findByText("Asked about her order");
    showPage({ ...rosie, full_name: "Rosie Parker" }, { timeline: { items: [firstCall], next: null } });

    announceChanges(changed({ everything: true }));

    expect(await screen.findByText("Rosie Parker")).toBeInTheDocument();
  });
});

describe("Story.refreshQuietly", () => {
  beforeEach(() => {
    resetIpc();
  });

  it("keeps the older rows already fetched below the new first page, and the way to fetch more", async () => {
    const rows = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => item({ seq: to - i, entry_id: `c${to - i}` }));
    const story = new Story("id-rosie");
    vi.mocked(ipc.customerPage).mockResolvedValueOnce(
      page({ customer: rosie, timeline: { items: rows(3, 4), next: { at: 0, seq: 3 } } }),
    );
    await story.load();
    vi.mocked(ipc.timelinePage).mockResolvedValueOnce({ items: rows(1, 2), next: { at: 0, seq: 1 } });
    await story.more();
    expect(story.items.map((i) => i.seq)).toEqual([4, 3, 2, 1]);

    // Row 5 arrives from another desk; the first page is now 5 and 4.
    vi.mocked(ipc.customerPage).mockResolvedValueOnce(
      page({ customer: rosie, timeline: { items: rows(4, 5), next: { at: 0, seq: 4 } } }),
    );
    await story.refreshQuietly();

    expect(story.items.map((i) => i.seq)).toEqual([5, 4, 3, 2, 1]);
    expect(story.next).toEqual({ at: 0, seq: 1 });
  });
});

describe("another desk's changes in Lookup", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
  });

  it("asks the same question again quietly: the typed query and the highlighted customer stay", async () => {
    const user = userEvent.setup();
    const rosa = summary({ id: "id-rosa", full_name: "Rosa Diaz" });
    const rosieRow = summary({ id: "id-rosie", full_name: "Rosie Park" });
    vi.mocked(ipc.searchCustomers).mockResolvedValue([rosa, rosieRow]);
    render(LookupScreen);
    const box = await screen.findByTestId("lookup-input");
    await user.type(box, "ros");
    await waitFor(() => expect(screen.getAllByTestId("lookup-result")).toHaveLength(2));
    await user.keyboard("{ArrowDown}");
    expect(screen.getAllByTestId("lookup-result")[1]).toHaveAttribute("aria-selected", "true");

    const roscoe = summary({ id: "id-roscoe", full_name: "Roscoe Lane" });
    vi.mocked(ipc.searchCustomers).mockResolvedValue([roscoe, rosa, rosieRow]);
    announceChanges(changed({ kinds: ["customers"], customer_ids: ["id-roscoe"] }));

    await waitFor(() => expect(screen.getAllByTestId("lookup-result")).toHaveLength(3));
    expect(vi.mocked(ipc.searchCustomers)).toHaveBeenLastCalledWith("ros", 50);
    const selected = screen
      .getAllByTestId("lookup-result")
      .filter((r) => r.getAttribute("aria-selected") === "true");
    expect(selected.map((r) => r.getAttribute("data-id"))).toEqual(["id-rosie"]);
    expect(box).toHaveValue("ros");
    expect(box).toHaveFocus();
  });

  it("asks nothing when the box is empty", async () => {
    render(LookupScreen);
    await screen.findByTestId("lookup-input");
    announceChanges(changed({ kinds: ["customers"], customer_ids: ["id-roscoe"] }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(vi.mocked(ipc.searchCustomers)).not.toHaveBeenCalled();
  });
});

describe("another desk's changes to situations", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
  });

  it("lists the situations again when situations changed, not for a customer's change", async () => {
    render(SituationsScreen);
    await waitFor(() => expect(vi.mocked(ipc.listSituations)).toHaveBeenCalledTimes(1));
    await screen.findByTestId("situations-empty");

    announceChanges(changed({ kinds: ["story"], customer_ids: ["id-rosie"] }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(vi.mocked(ipc.listSituations)).toHaveBeenCalledTimes(1);

    announceChanges(changed({ kinds: ["situations"], situation_ids: ["sit-1"] }));
    await waitFor(() => expect(vi.mocked(ipc.listSituations)).toHaveBeenCalledTimes(2));
  });
});

describe("the shell's notebook-changed in the app", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
  });

  it("reloads Today on show and the header's badge", async () => {
    render(App);
    await screen.findByTestId("app-ready");
    shell.handlers?.openToday();
    expect(await screen.findByTestId("today-empty")).toBeInTheDocument();

    vi.mocked(ipc.getToday).mockResolvedValue(
      todayPage({
        today: [todayRow({ id: "fu-card", customer_id: "id-tom" }, { customer_name: "Tom Baker" })],
      }),
    );
    shell.handlers?.notebookChanged(changed({ kinds: ["follow_ups"], customer_ids: ["id-tom"] }));

    expect(await screen.findByTestId("today-due")).toBeInTheDocument();
    expect(screen.getByTestId("today-count")).toHaveTextContent("1");
  });

  it("updates the badge from another screen, and keeps what the shell said about the server", async () => {
    render(App);
    await screen.findByTestId("app-ready");
    expect(app.route.name).toBe("lookup");
    const asked = vi.mocked(ipc.getToday).mock.calls.length;
    vi.mocked(ipc.getToday).mockResolvedValue(
      todayPage({
        today: [todayRow({ id: "fu-card", customer_id: "id-tom" }, { customer_name: "Tom Baker" })],
      }),
    );

    shell.handlers?.notebookChanged(changed({ kinds: ["follow_ups"], customer_ids: ["id-tom"] }));
    expect(await screen.findByTestId("today-count")).toHaveTextContent("1");
    expect(vi.mocked(ipc.getToday).mock.calls.length).toBe(asked + 1);

    shell.handlers?.teamConnection({ connected: false, last_heard_at: 1_700_000_000_000 });
    expect(app.teamConnection).toEqual({ connected: false, last_heard_at: 1_700_000_000_000 });
  });
});
