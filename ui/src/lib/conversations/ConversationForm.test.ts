import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import * as ipc from "../api/ipc";
import { resetIpc } from "../../test/ipcMock";
import { conversation, roster } from "../../test/fixtures";
import { app, resetApp } from "../shell/app.svelte";
import { setLanguage } from "../i18n/i18n.svelte";
import ConversationForm from "./ConversationForm.svelte";
import { conversationChannelLabel } from "./channels";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

function showForm() {
  const user = userEvent.setup();
  render(ConversationForm, { customerId: "id-rosa", issues: [], onsaved: vi.fn(), oncancel: vi.fn() });
  return user;
}

describe("Logging a conversation", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    app.roster = roster(true);
    localStorage.clear();
  });

  afterAll(async () => {
    await setLanguage("en", false);
  });

  it("offers each kind of conversation, and asks for a few words before saving", async () => {
    const user = showForm();

    expect(screen.getByRole("heading", { name: "Log a conversation" })).toBeInTheDocument();
    expect(
      [...screen.getByTestId("conv-channel").querySelectorAll("option")].map((o) => o.textContent),
    ).toEqual(["Call in", "Call out", "Visit", "Email", "Message", "Handwritten card sent", "Note"]);
    await user.click(screen.getByTestId("conv-save"));
    expect(await screen.findByText("Please write a few words about what was said.")).toBeInTheDocument();
    expect(vi.mocked(ipc.logConversation)).not.toHaveBeenCalled();
  });

  it("speaks French: its labels, kinds, the card's hint and note, and what it asks for", async () => {
    await setLanguage("fr", false);
    vi.mocked(ipc.logConversation).mockResolvedValue(conversation());
    const user = showForm();

    expect(screen.getByRole("heading", { name: "Noter un échange" })).toBeInTheDocument();
    expect(screen.getByLabelText("Type")).toHaveDisplayValue("Appel reçu");
    expect(
      [...screen.getByTestId("conv-channel").querySelectorAll("option")].map((o) => o.textContent),
    ).toEqual([
      "Appel reçu",
      "Appel passé",
      "Visite",
      "E-mail",
      "Message",
      "Carte manuscrite envoyée",
      "Note",
    ]);
    expect(screen.getByLabelText(/Ce qui s’est dit/)).toHaveFocus();
    expect(conversationChannelLabel("visit")).toBe("Visite");

    await user.click(screen.getByTestId("conv-save"));
    expect(await screen.findByText("Écrivez quelques mots sur ce qui s’est dit.")).toBeInTheDocument();

    await user.type(screen.getByTestId("conv-summary"), "Elle passera demain");
    await user.click(screen.getByTestId("card-to-send"));
    await user.click(screen.getByTestId("conv-save"));
    expect(vi.mocked(ipc.logConversation)).toHaveBeenCalledWith(
      expect.objectContaining({
        summary: "Elle passera demain",
        follow_up: expect.objectContaining({ action: "send_card", note: "Écrire la carte" }),
      }),
    );
  });
});
