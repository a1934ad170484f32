/**
 * A customer's page and form in French and German: the labels, the dates as
 * each language writes them, the plurals. English is put back afterwards.
 */
import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as ipc from "../api/ipc";
import { resetIpc, showPage } from "../../test/ipcMock";
import { customer, customerChange } from "../../test/fixtures";
import { resetApp } from "../shell/app.svelte";
import CustomerProfile from "./CustomerProfile.svelte";
import CustomerForm from "./CustomerForm.svelte";
import ProfileChanges from "./ProfileChanges.svelte";
import { CUSTOMER_FIELDS } from "./conflictFields";
import { changeText } from "./changeWords";
import { emptyDraft } from "./draft";
import { customersCount } from "./format";
import { speaking } from "../../test/words";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

const maggie = customer({
  id: "id-maggie",
  full_name: "Margaret Okafor",
  preferred_name: "Maggie",
  pronunciation: "MAG-ee",
  phones: [{ label: "mobile", number: "07700 900123", e164: "+447700900123", primary: true }],
  dont: ["call before 10am"],
  birthday: { day: 14, month: 4, year: null },
  created_at: new Date(2025, 2, 3, 10, 0).getTime(),
});

/** What a space-separated text reads as, its no-break spaces made plain. */
function plain(text: string | null): string {
  return (text ?? "").replace(/[\u00a0\u202f]/g, " ");
}

describe("a customer's page in French", () => {
  speaking("fr");
  beforeEach(() => {
    resetIpc();
    resetApp();
    showPage(maggie);
  });

  it("shows the page's words, the birthday and the day added in French", async () => {
    render(CustomerProfile, { props: { id: "id-maggie" } });

    expect(await screen.findByTestId("profile-name")).toHaveTextContent("Maggie");
    expect(plain(screen.getByText(/Prononciation/).textContent)).toContain("Prononciation : MAG-ee");
    expect(screen.getByRole("heading", { name: "À éviter" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Coordonnées" })).toBeInTheDocument();
    expect(screen.getByTestId("edit-customer")).toHaveTextContent("Modifier");
    expect(screen.getByTestId("trash-customer")).toHaveTextContent("Mettre à la corbeille");
    const terms = [...document.querySelectorAll("dt")].map((t) => t.textContent);
    expect(terms).toContain("Anniversaire");
    expect(screen.getByTestId("profile-birthday")).toHaveTextContent("14 avril");
    expect(screen.getByTestId("profile-created")).toHaveTextContent("Ajouté le 3 mars 2025");
    expect(screen.getByTestId("forget-customer")).toHaveTextContent("Oublier ce client…");
  });

  it("lists the changes in French, with who and when", async () => {
    vi.mocked(ipc.customerChanges).mockResolvedValue({
      items: [customerChange({ field: "pronouns", before: "she/her", after: "", changed_by: "" })],
      next: null,
    });
    render(ProfileChanges, { props: { customerId: "id-maggie" } });
    await userEvent.click(screen.getByRole("button", { name: /Changements de ce profil/ }));

    const entry = await screen.findByTestId("profile-change");
    expect(within(entry).getByTestId("profile-change-who")).toHaveTextContent("Quelqu’un");
    expect(within(entry).getByTestId("profile-change-what")).toHaveTextContent("Pronoms (retiré) : she/her");
    expect(plain(changeText(customerChange({ field: "pronouns", before: "she/her", after: "" })))).toBe(
      "Pronoms (retiré), avant : she/her",
    );
  });

  it("counts customers with the French plural and separators", () => {
    expect(customersCount(1)).toBe("1 client");
    expect(customersCount(0)).toBe("0 client");
    expect(plain(customersCount(1200))).toBe("1 200 clients");
  });

  it("names the fields of a refused save in French, with the weeks' plural", () => {
    const touch = CUSTOMER_FIELDS.find((f) => f.key === "touch");
    const draft = emptyDraft();
    draft.touch = { enabled: true, ideal_weeks: "1", longest_weeks: "3", kept: null };
    expect(touch?.subject("Rosie")).toBe("le rythme de contact avec Rosie");
    expect(touch?.the).toBe("le rythme de contact");
    expect(touch?.show(draft)).toBe("idéalement chaque semaine, au plus 3");
    draft.touch.ideal_weeks = "6";
    expect(touch?.show(draft)).toBe("idéalement toutes les 6 semaines, au plus 3");
  });
});

describe("the customer form in German", () => {
  speaking("de");
  beforeEach(() => {
    resetIpc();
    resetApp();
  });

  it("labels the fields, the months and the buttons in German, and says a wrong birthday there", async () => {
    const user = userEvent.setup();
    render(CustomerForm, { props: {} });
    const name = await screen.findByTestId("field-full_name");
    await waitFor(() => expect(name).toHaveFocus());

    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Neuer Kunde");
    expect(screen.getByLabelText(/Vollständiger Name/)).toBe(name);
    const month = screen.getByTestId("birthday-month");
    expect(within(month).getByRole("option", { name: "April" })).toBeInTheDocument();
    expect(within(month).getByRole("option", { name: "Monat" })).toBeInTheDocument();
    expect(screen.getByTestId("phone-add")).toHaveTextContent("+ Weiteres Telefon");
    expect(screen.getByTestId("list-tags-add")).toHaveTextContent("+ Weiteres Schlagwort");
    expect(screen.getByTestId("save-customer")).toHaveTextContent("Speichern");

    await user.type(name, "Rosa Weber");
    await user.type(screen.getByTestId("birthday-day"), "14");
    await user.click(screen.getByTestId("save-customer"));
    expect(await screen.findByTestId("error-birthday")).toHaveTextContent(
      "Bitte geben Sie Tag und Monat an, oder lassen Sie den Geburtstag leer.",
    );
  });
});
