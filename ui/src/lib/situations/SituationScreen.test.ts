import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import type { Situation } from "../api/types";
import { resetIpc } from "../../test/ipcMock";
import { roster, situation, situationMember } from "../../test/fixtures";
import { app, resetApp } from "../shell/app.svelte";
import SituationScreen from "./SituationScreen.svelte";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

const rosie = situationMember();

let stored: Situation;

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
  });

  it("edits the title and story, starting from what is there", async () => {
    vi.mocked(ipc.updateSituation).mockImplementation(async (_id, input) => {
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
      stored = { ...stored, members: [] };
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
    expect(await screen.findByTestId("members-empty")).toBeInTheDocument();
  });
});

describe("A situation's screen after a change it cannot reload", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    app.roster = roster(true);
    stored = situation({ title: "Oven recall", members: [rosie] });
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
