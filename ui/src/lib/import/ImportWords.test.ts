/** The import screen and its words in French: counts, plurals, large numbers, a CSV's columns. */
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import ImportScreen from "./ImportScreen.svelte";
import * as ipc from "../api/ipc";
import { resetIpc } from "../../test/ipcMock";
import { csvFile, importPreview, importRow } from "../../test/fixtures";
import { resetApp } from "../shell/app.svelte";
import { doneText } from "./words";
import { speaking } from "../../test/words";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));
vi.mock("../api/events", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../api/events")>()),
  listenToProgress: () => () => {},
}));

/** French writes thousands apart (a narrow no-break space, which text matching reads as a space). */
const thin = " ";

describe("Importing contacts in French", () => {
  speaking("fr");
  beforeEach(() => {
    resetIpc();
    resetApp();
  });

  it("shows the counts, each contact and the Import button in French", async () => {
    vi.mocked(ipc.previewImport).mockResolvedValue(
      importPreview({
        create_count: 1200,
        merge_count: 1,
        skip_count: 0,
        rows: [
          importRow({ line: 2, name: "Rosa Diaz", action: "create" }),
          importRow({
            line: 3,
            name: "Ana Lopez",
            action: "skip",
            matched: "Ana López",
            matched_id: "id-ana",
            reason: "même e-mail ana@example.com",
          }),
        ],
        problems: [{ line: 5, message: "Ce contact n’a pas de nom." }],
      }),
    );
    vi.mocked(ipc.chooseImportFile).mockResolvedValue({ name: "telephone.vcf", csv: null });
    const user = userEvent.setup();
    render(ImportScreen);
    expect(screen.getByRole("heading", { name: "Importer des contacts" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Choisir un fichier…" }));

    expect(await screen.findByTestId("import-create-count")).toHaveTextContent(`1${thin}200`);
    const step = screen.getByTestId("import-preview");
    expect(step).toHaveTextContent("Depuis telephone.vcf");
    expect(step).toHaveTextContent(`1${thin}200 nouveaux clients`);
    expect(step).toHaveTextContent("1 ajouté à un client déjà là");
    expect(step).toHaveTextContent("0 déjà là, rien de nouveau");
    expect(step).toHaveTextContent("1 ne peut pas être importé");
    const rows = screen.getAllByTestId("import-row");
    expect(rows[0]).toHaveTextContent("Nouveau client");
    expect(rows[1]).toHaveTextContent("Déjà là sous le nom Ana López — même e-mail ana@example.com");
    expect(screen.getByTestId("import-problem")).toHaveTextContent("Ligne 5 : Ce contact n’a pas de nom.");
    expect(screen.getByTestId("import-confirm")).toHaveTextContent(`Importer 1${thin}201 contacts`);
    expect(within(step).getByRole("columnheader", { name: "Ce qui se passe" })).toBeInTheDocument();
  });

  it("names a spreadsheet's fields and columns in French", async () => {
    vi.mocked(ipc.previewImport).mockResolvedValue(importPreview({ create_count: 1 }));
    vi.mocked(ipc.chooseImportFile).mockResolvedValue(csvFile());
    const user = userEvent.setup();
    render(ImportScreen);
    await user.click(screen.getByTestId("import-choose"));
    const step = await screen.findByTestId("import-columns");
    expect(within(step).getByRole("heading", { name: "Quelle colonne contient quoi" })).toBeInTheDocument();
    const company = within(step).getByRole("combobox", { name: "Entreprise" });
    expect(company).toHaveValue("");
    expect((company as HTMLSelectElement).options[0].textContent).toBe("(non utilisée)");
    expect(within(step).getByRole("combobox", { name: "Nom complet" })).toHaveValue("0");
    expect(within(screen.getByTestId("import-sample")).getAllByRole("columnheader")[0]).toHaveTextContent(
      "→ Nom complet",
    );
  });

  it("says what was done with French plurals, one and several", () => {
    expect(doneText({ created: 1, merged: 1, skipped: 1, left_out: 1 })).toBe(
      "Terminé. 1 nouveau client, 1 mis à jour, 1 était déjà là, 1 n’a pas pu être importé.",
    );
    expect(doneText({ created: 12, merged: 0, skipped: 3, left_out: 2 })).toBe(
      "Terminé. 12 nouveaux clients, 3 étaient déjà là, 2 n’ont pas pu être importés.",
    );
    expect(doneText({ created: 0, merged: 0, skipped: 0, left_out: 0 })).toBe(
      "Terminé. Rien n’avait besoin de changer.",
    );
  });
});
