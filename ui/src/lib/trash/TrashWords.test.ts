/** Trash in French and German: its words, dates and counts. */
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import App from "../../App.svelte";
import * as ipc from "../api/ipc";
import { setLanguage, t } from "../i18n/i18n.svelte";
import type { Language } from "../i18n/languages";
import { resetIpc } from "../../test/ipcMock";
import { info, trashed } from "../../test/fixtures";
import { resetApp } from "../shell/app.svelte";
import EmptyTrashDialog from "./EmptyTrashDialog.svelte";
import { movedWords } from "./words";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

async function speak(language: Language, computer: string): Promise<void> {
  Object.defineProperty(navigator, "languages", { value: [computer], configurable: true });
  await setLanguage(language, false);
}

afterAll(async () => {
  await speak("en", "en-GB");
});

beforeEach(() => {
  resetIpc();
  resetApp();
});

describe("Trash in French", () => {
  it("shows the screen, a French date and the count in the confirmation", async () => {
    await speak("fr", "fr-FR");
    vi.mocked(ipc.notebookInfo).mockResolvedValue(info({ trash_count: 2 }));
    vi.mocked(ipc.listTrash).mockResolvedValue([
      trashed({ id: "id-tom", full_name: "Tom Baker", deleted_at: new Date(2025, 2, 3, 10).getTime() }),
      trashed({ id: "id-ria", full_name: "Maria Silva", preferred_name: "Ria" }),
    ]);
    vi.mocked(ipc.listTrashedEntries).mockResolvedValue([
      {
        id: "issue-1",
        kind: "issue",
        title: "Facturé deux fois",
        customer_id: "id-rosa",
        customer_name: "Rosa Diaz",
        deleted_at: Date.UTC(2025, 2, 3, 11, 0),
      },
    ]);
    const user = userEvent.setup();
    render(App);
    await user.click(await screen.findByTestId("nav-trash"));

    expect(await screen.findByRole("heading", { name: "Corbeille" })).toBeInTheDocument();
    const rows = await screen.findAllByTestId("trash-row");
    expect(rows[0]).toHaveTextContent("Mis à la corbeille le 3 mars 2025");
    expect(within(rows[0]).getByTestId("trash-restore")).toHaveTextContent("Récupérer");
    expect(screen.getByRole("heading", { name: "Notes et historique" })).toBeInTheDocument();
    expect(screen.getByTestId("trash-entry-row")).toHaveTextContent("Demande");

    await user.click(within(screen.getByTestId("trash-entry-row")).getByTestId("trash-entry-restore"));
    expect(await screen.findByRole("status")).toHaveTextContent(
      "La demande « Facturé deux fois » est de retour sur la page de Rosa Diaz.",
    );

    await user.click(screen.getByTestId("empty-trash"));
    expect(screen.getByRole("alertdialog")).toHaveTextContent("Supprimer définitivement 2 clients ?");
    expect(screen.getByTestId("cancel-empty-trash")).toHaveTextContent("Les garder");
  });

  it("says one customer and several history entries, with the right plural", async () => {
    await speak("fr", "fr-FR");
    render(EmptyTrashDialog, {
      props: { count: 1, entries: 1200, busy: false, onconfirm: vi.fn(), oncancel: vi.fn() },
    });
    const dialog = screen.getByRole("alertdialog");
    expect(dialog).toHaveTextContent("Supprimer définitivement 1 client et 1 200 éléments d’historique ?");
    expect(dialog).toHaveTextContent("Le client de la corbeille sera supprimé définitivement");
    expect(dialog).toHaveTextContent("Les 1 200 échanges, demandes et promesses");
  });

  it("says how many customers were deleted, one and several", async () => {
    await speak("fr", "fr-FR");
    expect(t("trash-emptied", { count: 1 })).toBe("1 client supprimé définitivement.");
    expect(t("trash-emptied", { count: 3 })).toBe("3 clients supprimés définitivement.");
  });

  it("says when something was moved today in German", async () => {
    await speak("de", "de-DE");
    const now = new Date(2025, 2, 12, 15, 0);
    expect(movedWords(new Date(2025, 2, 12, 9, 5).getTime(), now)).toBe(
      "In den Papierkorb gelegt: heute um 09:05",
    );
    expect(movedWords(new Date(2025, 2, 1, 9, 5).getTime(), now)).toBe(
      "Am 1. März 2025 in den Papierkorb gelegt",
    );
  });
});
