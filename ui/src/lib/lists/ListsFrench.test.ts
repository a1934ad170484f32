/**
 * The Customers screen in French: its words, counts written the French way, relative days, and plurals (French
 * counts 0 and 1 as one). English is put back afterwards.
 */
import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import * as ipc from "../api/ipc";
import type { BulkChangeRecord, CustomerListRow } from "../api/types";
import { resetIpc } from "../../test/ipcMock";
import { roster } from "../../test/fixtures";
import { setLanguage } from "../i18n/i18n.svelte";
import { app, resetApp } from "../shell/app.svelte";
import CustomersScreen from "./CustomersScreen.svelte";
import { DEFAULT_SORT, emptyFilter, lastView } from "./filters";
import { customersCount, doneLine, previewLines } from "./words";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

const rosa: CustomerListRow = {
  id: "c-rosa",
  full_name: "Rosa Díaz",
  preferred_name: "",
  company: "Boulangerie Díaz",
  tags: ["VIP"],
  looked_after_by: "",
  last_contact_at: Date.now() - 86_400_000,
  touch: "out_of_touch",
  open_issues: 1,
  next_follow_up_at: null,
  sample: false,
};

/** Any space Intl puts between thousands (narrow no-break in French) read as a plain one. */
function plain(text: string | null): string {
  return (text ?? "").replace(/[\u00a0\u202f]/g, " ");
}

describe("The Customers screen in French", () => {
  beforeAll(async () => {
    await setLanguage("fr", false);
  });
  afterAll(async () => {
    await setLanguage("en", false);
  });

  beforeEach(() => {
    resetIpc();
    resetApp();
    app.roster = roster(true);
    lastView.filter = emptyFilter();
    lastView.sort = DEFAULT_SORT;
    lastView.active = null;
    lastView.outcome = null;
    vi.mocked(ipc.listCustomers).mockResolvedValue({ rows: [rosa], next: null });
    vi.mocked(ipc.countCustomers).mockResolvedValue(12_431);
  });

  it("speaks French: column heads, counts with French spacing, relative days and who looks after them", async () => {
    render(CustomersScreen);
    const row = await screen.findByTestId("customer-row");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Clients");
    expect(screen.getByTestId("col-last-contact")).toHaveTextContent("Dernier contact");
    expect(screen.getByTestId("col-open-issues")).toHaveTextContent("Demandes ouvertes");
    await waitFor(() =>
      expect(plain(screen.getByTestId("list-count").textContent)).toContain("12 431 clients"),
    );
    expect(row).toHaveTextContent("Personne encore");
    expect(within(row).getByTestId("row-last-contact")).toHaveTextContent("hier");
    expect(within(row).getByTestId("row-last-contact")).toHaveTextContent("Perdu de vue");
    expect(screen.getByTestId("save-list")).toHaveTextContent("Enregistrer cette liste…");
  });

  it("previews a change in French with the right plural", async () => {
    vi.mocked(ipc.previewBulkChange).mockResolvedValue({ selected: 1, changes: 1 });
    const user = userEvent.setup();
    render(CustomersScreen);
    await screen.findByTestId("customer-row");
    await user.click(screen.getByTestId("row-tick"));
    expect(screen.getByTestId("ticked-count")).toHaveTextContent("1 coché");
    await user.click(screen.getByTestId("bulk-add_tag"));
    expect(screen.getByRole("dialog")).toHaveAccessibleName("Ajouter une étiquette");
    await user.type(screen.getByTestId("bulk-tag"), "Fidèle");
    await waitFor(() =>
      expect(screen.getByTestId("bulk-preview")).toHaveTextContent("Cela ajoute « Fidèle » à 1 client."),
    );
  });

  it("says counts in French with one and several, 0 counting as one", () => {
    expect(customersCount(0)).toBe("0 client");
    expect(customersCount(1)).toBe("1 client");
    expect(plain(customersCount(12_000))).toBe("12 000 clients");
    const add = { kind: "add_tag", tag: "VIP" } as const;
    expect(previewLines(add, { selected: 1, changes: 1 })).toEqual(["Cela ajoute « VIP » à 1 client."]);
    expect(previewLines(add, { selected: 40, changes: 3 })).toEqual([
      "Cela ajoute « VIP » à 3 clients.",
      "37 l’ont déjà.",
    ]);
    const trash: BulkChangeRecord = {
      id: "b",
      change: { on: "customers", change: { kind: "trash" } },
      changed: 2,
      at: 0,
      by: "Ana",
      undone_at: null,
    };
    expect(doneLine(trash)).toBe("2 clients mis à la corbeille");
    expect(doneLine({ ...trash, changed: 1 })).toBe("1 client mis à la corbeille");
  });
});
