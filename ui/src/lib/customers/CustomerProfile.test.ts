import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import CustomerProfile from "./CustomerProfile.svelte";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import { resetIpc, showPage } from "../../test/ipcMock";
import { customer } from "../../test/fixtures";
import { resetApp } from "../shell/app.svelte";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

const maggie = customer({
  id: "id-maggie",
  full_name: "Margaret Okafor",
  preferred_name: "Maggie",
  pronunciation: "MAG-ee",
  pronouns: "she/her",
  company: "Okafor Bakery",
  phones: [
    { label: "shop", number: "0161 496 0000", e164: "+441614960000", primary: false },
    { label: "mobile", number: "07700 900123", e164: "+447700900123", primary: true },
  ],
  dont: ["call before 10am", "mention the old van"],
  preferences: ["oat milk", "window seat"],
  remember: ["hard of hearing: speak slowly"],
  tags: ["regular", "wholesale"],
  notes: "Ordered the big cake.\nPaid in cash.",
  birthday: { day: 14, month: 4, year: null },
  looked_after_by: "Kathy",
});

describe("Customer profile", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    showPage(maggie);
  });

  it("names contact details with the words of the form's labels", async () => {
    showPage({ ...maggie, best_time: "after 2pm", address: "1 Mill Lane" });
    render(CustomerProfile, { props: { id: "id-maggie" } });

    await screen.findByTestId("profile-best-time");
    const terms = [...document.querySelectorAll("dt")].map((t) => t.textContent);
    expect(terms).toContain("Best time to reach them");
    expect(terms).toContain("Postal address");
  });

  it("puts the name to use first, with how to say it and the full name", async () => {
    render(CustomerProfile, { props: { id: "id-maggie" } });

    expect(await screen.findByTestId("profile-name")).toHaveTextContent("Maggie");
    expect(screen.getByTestId("profile-pronunciation")).toHaveTextContent("MAG-ee");
    expect(screen.getByTestId("profile-full-name")).toHaveTextContent("Margaret Okafor");
    expect(vi.mocked(ipc.customerPage)).toHaveBeenCalledWith("id-maggie", []);
    expect(vi.mocked(ipc.customerPage)).toHaveBeenCalledTimes(1);
  });

  it("marks a number not valid for the notebook's country, and only that one", () => {
    const abroad = customer({
      ...maggie,
      phones: [
        { label: "shop", number: "0161 496 0000", e164: "+441614960000", primary: true },
        { label: "", number: "020 7946 0958", e164: null, primary: false },
      ],
    });
    render(CustomerProfile, { props: { id: abroad.id, initial: abroad } });

    const phones = screen.getAllByTestId("profile-phone");
    expect(within(phones[0]).queryByTestId("profile-phone-check-country")).toBeNull();
    expect(within(phones[1]).getByTestId("profile-phone-check-country")).toHaveTextContent(
      "check the country",
    );
  });

  it("shows each note, preference and tag as its own item", () => {
    render(CustomerProfile, { props: { id: maggie.id, initial: maggie } });

    expect(screen.getAllByTestId("profile-dont").map((e) => e.textContent)).toEqual([
      "call before 10am",
      "mention the old van",
    ]);
    expect(screen.getAllByTestId("profile-preference").map((e) => e.textContent)).toEqual([
      "oat milk",
      "window seat",
    ]);
    expect(screen.getAllByTestId("profile-remember").map((e) => e.textContent)).toEqual([
      "hard of hearing: speak slowly",
    ]);
    expect(screen.getAllByTestId("profile-tag").map((e) => e.textContent)).toEqual(["regular", "wholesale"]);
  });

  it("shows phones as typed with the main one marked, the birthday without a year, and the notes' line breaks", () => {
    render(CustomerProfile, { props: { id: maggie.id, initial: maggie } });

    const phones = screen.getAllByTestId("profile-phone");
    expect(phones[0]).toHaveTextContent("0161 496 0000");
    expect(phones[0]).not.toHaveTextContent("main");
    expect(phones[1]).toHaveTextContent("07700 900123");
    expect(phones[1]).toHaveTextContent("main");
    expect(screen.getByTestId("profile-birthday")).toHaveTextContent(/^14 April$/);
    expect(screen.getByTestId("profile-notes").textContent).toBe("Ordered the big cake.\nPaid in cash.");
    expect(screen.getByTestId("profile-created")).toHaveTextContent("Added 3 March 2025");
    expect(screen.getByTestId("profile-updated")).toHaveTextContent("Last changed 4 March 2025");
  });

  it("shows the birthday year when it is known", () => {
    const withYear = { ...maggie, birthday: { day: 14, month: 4, year: 1980 } };
    showPage(withYear);
    render(CustomerProfile, { props: { id: maggie.id, initial: withYear } });
    expect(screen.getByTestId("profile-birthday")).toHaveTextContent(/^14 April 1980$/);
  });

  it("shows text that looks like HTML as text", () => {
    const nasty = customer({
      full_name: "<img src=x onerror=alert(1)>",
      notes: "<script>alert(1)</script>",
      dont: ["<b>shout</b>"],
    });
    showPage(nasty);
    const { container } = render(CustomerProfile, { props: { id: nasty.id, initial: nasty } });

    expect(screen.getByTestId("profile-name")).toHaveTextContent("<img src=x onerror=alert(1)>");
    expect(screen.getByTestId("profile-notes")).toHaveTextContent("<script>alert(1)</script>");
    expect(container.querySelector("img, script, b")).toBeNull();
  });

  it("moves the customer to Trash, shows that they are there, and restores them", async () => {
    const user = userEvent.setup();
    render(CustomerProfile, { props: { id: maggie.id, initial: maggie } });

    await user.click(screen.getByTestId("trash-customer"));
    expect(vi.mocked(ipc.trashCustomer)).toHaveBeenCalledWith("id-maggie");
    const banner = await screen.findByTestId("profile-trashed");
    expect(banner).toHaveTextContent("Maggie is in Trash");
    expect(screen.queryByTestId("edit-customer")).not.toBeInTheDocument();
    expect(within(banner).getByTestId("restore-customer")).toHaveFocus();

    await user.click(within(banner).getByTestId("restore-customer"));
    expect(vi.mocked(ipc.restoreCustomer)).toHaveBeenCalledWith("id-maggie");
    expect(screen.queryByTestId("profile-trashed")).not.toBeInTheDocument();
    expect(screen.getByTestId("edit-customer")).toBeInTheDocument();
  });

  it("says so plainly when the customer cannot be found", async () => {
    vi.mocked(ipc.customerPage).mockRejectedValue(
      new KindlyError(
        "not_found",
        "That customer could not be found. They may have been deleted or moved to Trash.",
      ),
    );
    render(CustomerProfile, { props: { id: "gone" } });

    expect(await screen.findByRole("alert")).toHaveTextContent("That customer could not be found.");
  });
});
