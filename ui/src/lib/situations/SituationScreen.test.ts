import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import type { Situation, SituationMember } from "../api/types";
import { resetIpc, serveMembers } from "../../test/ipcMock";
import { roster, situation, situationMember } from "../../test/fixtures";
import { app, resetApp } from "../shell/app.svelte";
import SituationScreen from "./SituationScreen.svelte";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

const rosie = situationMember();

let stored: Situation & { members: SituationMember[] };

async function openScreen() {
  const user = userEvent.setup();
  render(SituationScreen, { id: "sit-1" });
  await screen.findByTestId("situation-heading");
  return user;
}

describe("A situation's screen", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    app.roster = roster(true);
    stored = situation({ title: "Oven recall", what_happened: "The oven broke.", members: [rosie] });
    vi.mocked(ipc.getSituation).mockImplementation(async () => stored);
    serveMembers(() => stored.members);
  });

  it("edits the title and story, starting from what is there", async () => {
    vi.mocked(ipc.updateSituation).mockImplementation(async (_id, _version, input) => {
      stored = { ...stored, title: input.title, what_happened: input.what_happened };
      return null;
    });
    const user = await openScreen();

    await user.click(screen.getByTestId("situation-edit"));
    const title = screen.getByTestId("situation-title");
    expect(title).toHaveValue("Oven recall");
    expect(title).toHaveFocus();
    expect(screen.getByTestId("situation-what-happened")).toHaveValue("The oven broke.");
    await user.clear(title);
    await user.type(title, "Oven recall (model X2)");
    await user.click(screen.getByTestId("situation-save"));

    expect(vi.mocked(ipc.updateSituation)).toHaveBeenCalledWith(
      "sit-1",
      3,
      expect.objectContaining({
        title: "Oven recall (model X2)",
        what_happened: "The oven broke.",
        lead: "Ana",
      }),
    );
    expect(await screen.findByTestId("situation-heading")).toHaveTextContent("Oven recall (model X2)");
    expect(screen.queryByTestId("situation-form")).not.toBeInTheDocument();
  });

  it("gives one customer a concierge of their own", async () => {
    vi.mocked(ipc.setMemberConcierge).mockImplementation(async (_id, _customer, concierge) => {
      stored = { ...stored, members: [{ ...rosie, concierge }] };
      return null;
    });
    const user = await openScreen();

    await user.click(screen.getByRole("button", { name: "Change Rosie’s concierge" }));
    // The cursor is in the box, ready to type the name.
    await waitFor(() => expect(screen.getByTestId("member-concierge-input")).toHaveFocus());
    await user.keyboard("Ben");
    await user.click(screen.getByTestId("member-concierge-save"));

    expect(vi.mocked(ipc.setMemberConcierge)).toHaveBeenCalledWith("sit-1", "id-rosie", "Ben");
    await waitFor(() => expect(screen.getByTestId("member-concierge")).toHaveTextContent("Concierge: Ben"));
  });

  it("takes a customer added by mistake off, after asking", async () => {
    vi.mocked(ipc.removeFromSituation).mockImplementation(async () => {
      stored = situation({ title: stored.title, members: [] });
      return null;
    });
    const user = await openScreen();

    await user.click(screen.getByRole("button", { name: "Take off Rosie…" }));
    const dialog = screen.getByTestId("member-remove-dialog");
    expect(dialog).toHaveAccessibleName("Take Rosie off this situation?");
    await user.click(within(dialog).getByTestId("member-remove-cancel"));
    expect(vi.mocked(ipc.removeFromSituation)).not.toHaveBeenCalled();
    expect(screen.getAllByTestId("situation-member")).toHaveLength(1);

    await user.click(screen.getByRole("button", { name: "Take off Rosie…" }));
    await user.click(screen.getByTestId("member-remove-confirm"));

    expect(vi.mocked(ipc.removeFromSituation)).toHaveBeenCalledWith("sit-1", "id-rosie");
    expect(await screen.findByTestId("situation-first-step")).toBeInTheDocument();
    expect(screen.queryByTestId("situation-member")).not.toBeInTheDocument();
  });
});

describe("A situation's screen after a change it cannot reload", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    app.roster = roster(true);
    stored = situation({ title: "Oven recall", members: [rosie] });
    serveMembers(() => stored.members);
  });

  it("keeps what it shows and says the change was made", async () => {
    vi.mocked(ipc.getSituation).mockResolvedValueOnce(stored);
    vi.mocked(ipc.setMemberConcierge).mockResolvedValue(null);
    const user = await openScreen();
    vi.mocked(ipc.getSituation).mockRejectedValue(new Error("disk gone"));

    await user.click(screen.getByRole("button", { name: "Change Rosie’s concierge" }));
    await user.keyboard("Ben");
    await user.click(screen.getByTestId("member-concierge-save"));

    expect(
      await screen.findByText(/^Done\. This screen could not be brought up to date/),
    ).toBeInTheDocument();
    expect(screen.getByTestId("situation-heading")).toHaveTextContent("Oven recall");
    expect(screen.getAllByTestId("situation-member")).toHaveLength(1);
  });
});

describe("A group's concierge", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    app.roster = roster(true);
    stored = situation({
      groups: [{ id: "g-1", name: "Weddings", concierge: "Kathy", size: 1 }],
      members: [{ ...rosie, group_id: "g-1", concierge: "Kathy" }],
    });
    vi.mocked(ipc.getSituation).mockImplementation(async () => stored);
    serveMembers(() => stored.members);
  });

  it("shows a refused name once, beside the field being changed", async () => {
    vi.mocked(ipc.setGroupConcierge).mockRejectedValue(
      new KindlyError("invalid_input", "Keep the name under 200 characters.", "concierge"),
    );
    const user = await openScreen();

    await user.click(screen.getByRole("button", { name: "Change" }));
    await user.click(screen.getByRole("button", { name: "Save" }));

    const shown = await screen.findAllByTestId("error-concierge");
    expect(shown).toHaveLength(1);
    expect(shown[0]).toHaveTextContent("Keep the name under 200 characters.");
    expect(screen.getByTestId("group-concierge-edit")).toHaveAttribute("aria-invalid", "true");
  });
});

describe("Telling one customer", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    app.roster = roster(true);
    stored = situation({ members: [rosie] });
    vi.mocked(ipc.getSituation).mockImplementation(async () => stored);
    serveMembers(() => stored.members);
  });

  it("takes the keyboard into the form, and gives it back to the button on Esc", async () => {
    const user = await openScreen();
    const button = screen.getByRole("button", { name: "Told Rosie…" });

    await user.click(button);
    await waitFor(() => expect(screen.getByTestId("tell-how-call")).toHaveFocus());
    await user.keyboard("{Escape}");

    expect(screen.queryByTestId("tell-form")).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("button", { name: "Told Rosie…" })).toHaveFocus());
  });
});

describe("A new situation, before anyone is added", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    app.roster = roster(true);
    stored = situation({ title: "Oven recall", members: [] });
    vi.mocked(ipc.getSituation).mockImplementation(async () => stored);
  });

  it("asks for the customers first, and offers no count, update or message yet", async () => {
    await openScreen();

    const first = screen.getByTestId("situation-first-step");
    expect(first).toHaveTextContent("First, add the customers this touches");
    // The adding comes right after the words that ask for it.
    const add = screen.getByRole("heading", { name: "Add affected customers" });
    expect(first.compareDocumentPosition(add) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.queryByTestId("situation-progress")).not.toBeInTheDocument();
    expect(screen.queryByText(/Told 0 of 0/)).not.toBeInTheDocument();
    expect(screen.queryByTestId("post-update")).not.toBeInTheDocument();
    expect(screen.queryByTestId("write-messages")).not.toBeInTheDocument();
    expect(screen.queryByText(/above/)).not.toBeInTheDocument();
  });
});

describe("A situation touching 2,000 customers", () => {
  const names = Array.from({ length: 2000 }, (_, i) => `Customer ${String(i + 1).padStart(4, "0")}`);
  const everyone = names.map((name, i) =>
    situationMember({
      customer_id: `id-${i + 1}`,
      name,
      full_name: name,
      group_id: i % 4 === 3 ? "g-w" : null,
      concierge: i % 4 === 3 ? "Kathy" : "",
    }),
  );

  beforeEach(() => {
    resetIpc();
    resetApp();
    app.roster = roster(true);
    stored = situation({
      groups: [{ id: "g-w", name: "Weddings", concierge: "Kathy", size: 500 }],
      members: everyone,
    });
    vi.mocked(ipc.getSituation).mockImplementation(async () => stored);
    serveMembers(() => stored.members);
  });

  it("reaches the last one a page at a time, and finds one past the 500th by name", async () => {
    const user = await openScreen();

    await waitFor(() => expect(screen.getAllByTestId("situation-member")).toHaveLength(100));
    expect(screen.getByTestId("members-page")).toHaveTextContent("1–100 of 2000");
    for (let page = 1; page < 20; page++) await user.click(screen.getByTestId("members-next"));
    await waitFor(() => expect(screen.getByTestId("members-page")).toHaveTextContent("1901–2000 of 2000"));
    const rows = screen.getAllByTestId("situation-member");
    expect(rows[rows.length - 1]).toHaveTextContent("Customer 2000");
    expect(screen.getByTestId("members-next")).toBeDisabled();

    await user.type(screen.getByTestId("member-filter-name"), "1789");
    await waitFor(() => expect(screen.getAllByTestId("situation-member")).toHaveLength(1));
    expect(screen.getByTestId("situation-member")).toHaveTextContent("Customer 1789");
    expect(screen.getByTestId("members-page")).toHaveTextContent("All 1");
  }, 60_000);

  it("ticks all that match on every page and tells them in one go", async () => {
    vi.mocked(ipc.markTold).mockResolvedValue(null);
    const user = await openScreen();
    await waitFor(() => expect(screen.getAllByTestId("situation-member")).toHaveLength(100));

    await user.selectOptions(screen.getByTestId("member-filter-group"), "g-w");
    await waitFor(() => expect(screen.getByTestId("members-page")).toHaveTextContent("1–100 of 500"));
    await user.click(screen.getByTestId("tick-all"));
    await waitFor(() => expect(screen.getByTestId("ticked-count")).toHaveTextContent("500 ticked"));

    await user.click(screen.getByTestId("tell-ticked"));
    await user.click(screen.getByTestId("tell-how-email"));
    await user.click(screen.getByTestId("tell-save"));

    await waitFor(() => expect(vi.mocked(ipc.markTold)).toHaveBeenCalled());
    const told = vi.mocked(ipc.markTold).mock.calls[0][1].customer_ids;
    expect(told).toHaveLength(500);
    expect(told).toContain("id-2000");
    expect(told).not.toContain("id-1");
  });
});
