/** Settings → Team, the away banner and the owner's tools in French: words, dates and plurals. */
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as ipc from "../api/ipc";
import { resetIpc } from "../../test/ipcMock";
import type { Moved } from "../api/types";
import { awayWords } from "./away";
import { movedWords } from "./owner/words";
import SignedInAs from "./SignedInAs.svelte";
import TeamSettings from "./TeamSettings.svelte";
import { speaking } from "../../test/words";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

const moved: Moved = {
  customers: 36,
  conversations: 120,
  issues: 1,
  promises: 0,
  follow_ups: 25,
  situations: 2,
  merges: 0,
  staff: 4,
};

describe("The team notebook in French", () => {
  speaking("fr");
  beforeEach(() => {
    resetIpc();
    vi.mocked(ipc.teamStatus).mockResolvedValue({
      address: { server: "boutique:5432", database: "kindly", login: "ana_lima" },
      signed_in: { login: "ana_lima", display_name: "Ana Lima", owner: true },
      notice: null,
      away: false,
      last_heard_at: null,
      // 3 March 2025, long enough ago to be written as a date.
      offline_copy_taken_at: new Date(2025, 2, 3, 10, 42).getTime(),
      offline_copy_trouble: null,
    });
  });

  it("says who is signed in, where, and when the copy was taken, in French", async () => {
    render(TeamSettings);
    const signedIn = await screen.findByTestId("team-signed-in");
    expect(signedIn).toHaveTextContent("Connecté en tant que Ana Lima (ana_lima, propriétaire du carnet)");
    expect(within(signedIn).getByText("Ana Lima").tagName).toBe("STRONG");
    expect(screen.getByTestId("team-where")).toHaveTextContent("Carnet d’équipe kindly sur boutique:5432.");
    expect(within(screen.getByTestId("team-where")).getByText("boutique:5432").tagName).toBe("STRONG");
    expect(screen.getByTestId("offline-copy-note")).toHaveTextContent("Dernière copie : 3 mars 2025.");
    expect(screen.getByRole("heading", { name: "Les outils du propriétaire" })).toBeInTheDocument();
  });

  it("counts what a move holds with French plurals, one and several", () => {
    expect(movedWords(moved)).toBe(
      "36 clients, 120 échanges, 1 demande, 0 promesse, 25 suivis et 2 incidents",
    );
  });

  it("shows what would move in bold inside the French sentence", async () => {
    vi.mocked(ipc.moveUpPreview).mockResolvedValue(moved);
    const user = userEvent.setup();
    render(TeamSettings);
    await user.click(await screen.findByRole("button", { name: "Voir ce qui serait versé" }));
    const preview = await screen.findByTestId("team-move-up-preview");
    expect(preview).toHaveTextContent("Le carnet de cet ordinateur contient 36 clients, 120 échanges");
    expect(within(preview).getByText(/^36 clients/).tagName).toBe("STRONG");
  });

  it("says the server is away with the time in French", () => {
    const now = new Date(2026, 11, 7, 11, 0);
    const words = awayWords(
      new Date(2026, 11, 7, 10, 42).getTime(),
      new Date(2026, 11, 7, 10, 47).getTime(),
      now,
    );
    expect(words.main).toBe(
      "Impossible de joindre le carnet d’équipe. Voici la dernière copie de cet ordinateur (aujourd’hui à 10:42)\u00a0; rien ne peut être enregistré avant son retour.",
    );
    expect(words.heard).toBe(
      "Dernière réponse du serveur\u00a0: aujourd’hui à 10:47. Kindly réessaie tout seul.",
    );
  });

  it("names the signed-in person in the header in French", () => {
    render(SignedInAs, { name: "Ana Lima" });
    expect(screen.getByTestId("signed-in-as")).toHaveTextContent(
      "Connecté en tant que Ana Lima · carnet d’équipe",
    );
  });
});
