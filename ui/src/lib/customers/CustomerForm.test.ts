import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "../../App.svelte";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import { resetIpc, showPage } from "../../test/ipcMock";
import { customer, page } from "../../test/fixtures";
import { app, resetApp } from "../shell/app.svelte";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

async function openNewForm() {
  const user = userEvent.setup();
  render(App);
  await waitFor(() => expect(screen.getByTestId("lookup-input")).toHaveFocus());
  await user.click(screen.getByTestId("nav-new-customer"));
  const name = await screen.findByTestId("field-full_name");
  await waitFor(() => expect(name).toHaveFocus());
  return { user, name };
}

describe("Customer form", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
  });

  it("shows Rust's message beside the field it names, puts the cursor there, and keeps what was typed", async () => {
    const message =
      '"12" doesn\'t look like a phone number. Include the area code, or + and the country code.';
    vi.mocked(ipc.createCustomer).mockRejectedValue(
      new KindlyError("invalid_input", message, "phones.0.number"),
    );
    const { user, name } = await openNewForm();

    await user.type(name, "Rose Tyler");
    await user.type(screen.getByTestId("phone-number-0"), "12");
    await user.click(screen.getByTestId("save-customer"));

    const error = await screen.findByTestId("error-phones.0.number");
    expect(error).toHaveTextContent(message);
    expect(screen.getByTestId("phone-number-0")).toHaveFocus();
    expect(screen.getByTestId("phone-number-0")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByTestId("field-full_name")).toHaveValue("Rose Tyler");
    expect(screen.queryByTestId("form-error")).not.toBeInTheDocument();
    expect(screen.queryByTestId("profile-name")).not.toBeInTheDocument();
    expect(app.route.name).toBe("new");
  });

  it("shows an error for a list item beside that item", async () => {
    vi.mocked(ipc.createCustomer).mockRejectedValue(
      new KindlyError("invalid_input", "A tag can be at most 40 characters.", "tags.0"),
    );
    const { user, name } = await openNewForm();

    await user.type(name, "Rose Tyler");
    await user.type(screen.getByTestId("list-tags-0"), "x".repeat(41));
    await user.click(screen.getByTestId("save-customer"));

    expect(await screen.findByTestId("error-tags.0")).toHaveTextContent(
      "A tag can be at most 40 characters.",
    );
    expect(screen.getByTestId("list-tags-0")).toHaveFocus();
  });

  it("shows other failures in the general error area and stays on the form", async () => {
    vi.mocked(ipc.createCustomer).mockRejectedValue(
      new KindlyError(
        "disk_full",
        "The disk is full, so this change could not be saved. Free some space and try again.",
      ),
    );
    const { user, name } = await openNewForm();

    await user.type(name, "Rose Tyler");
    await user.click(screen.getByTestId("save-customer"));

    expect(await screen.findByTestId("form-error")).toHaveTextContent("The disk is full");
    expect(screen.getByTestId("field-full_name")).toHaveValue("Rose Tyler");
  });

  it("sends the phones, list items and other details exactly as typed, then shows the profile", async () => {
    vi.mocked(ipc.createCustomer).mockImplementation(async (input) => {
      const saved = customer({
        id: "id-new",
        full_name: input.full_name,
        preferred_name: input.preferred_name,
      });
      showPage(saved);
      return saved;
    });
    const { user, name } = await openNewForm();

    await user.type(name, "Margaret Okafor");
    await user.type(screen.getByTestId("field-preferred_name"), "Maggie");
    await user.type(screen.getByTestId("field-pronunciation"), "MAG-ee");
    await user.type(screen.getByTestId("phone-label-0"), "shop");
    await user.type(screen.getByTestId("phone-number-0"), "0161 496 0000");
    await user.click(screen.getByTestId("phone-add"));
    expect(screen.getByTestId("phone-number-1")).toHaveFocus();
    await user.keyboard("07700 900123");
    await user.click(screen.getByTestId("phone-primary-1"));
    await user.type(screen.getByTestId("email-address-0"), "maggie@example.com");

    await user.type(screen.getByTestId("list-preferences-0"), "oat milk{Enter}");
    expect(screen.getByTestId("list-preferences-1")).toHaveFocus();
    await user.keyboard("window seat");
    await user.type(screen.getByTestId("list-dont-0"), "call before 10am");
    await user.type(screen.getByTestId("list-remember-0"), "hard of hearing");
    await user.type(screen.getByTestId("list-tags-0"), "regular");

    await user.type(screen.getByTestId("birthday-day"), "14");
    await user.selectOptions(screen.getByTestId("birthday-month"), "4");
    await user.selectOptions(screen.getByTestId("field-contact_channel"), "text_message");
    await user.type(screen.getByTestId("field-notes"), "Line one{Enter}Line two");

    await user.keyboard("{Control>}{Enter}{/Control}");

    expect(vi.mocked(ipc.createCustomer)).toHaveBeenCalledTimes(1);
    const sent = vi.mocked(ipc.createCustomer).mock.calls[0][0];
    expect(sent).toMatchObject({
      full_name: "Margaret Okafor",
      preferred_name: "Maggie",
      pronunciation: "MAG-ee",
      phones: [
        { label: "shop", number: "0161 496 0000", primary: false },
        { label: "", number: "07700 900123", primary: true },
      ],
      emails: [{ label: "", address: "maggie@example.com", primary: true }],
      preferences: ["oat milk", "window seat"],
      dont: ["call before 10am"],
      remember: ["hard of hearing"],
      tags: ["regular"],
      birthday: { day: 14, month: 4, year: null },
      contact_channel: "text_message",
      notes: "Line one\nLine two",
    });
    expect(await screen.findByTestId("profile-name")).toHaveTextContent("Maggie");
  });

  it("does not save on a plain Enter in a one-line field", async () => {
    const { user, name } = await openNewForm();

    await user.type(name, "Rose Tyler{Enter}");

    expect(vi.mocked(ipc.createCustomer)).not.toHaveBeenCalled();
    expect(screen.getByTestId("field-full_name")).toBeInTheDocument();
  });

  it("asks for both day and month of a birthday before sending anything", async () => {
    const { user, name } = await openNewForm();

    await user.type(name, "Rose Tyler");
    await user.type(screen.getByTestId("birthday-day"), "14");
    await user.click(screen.getByTestId("save-customer"));

    expect(await screen.findByTestId("error-birthday")).toHaveTextContent("both the day and the month");
    expect(screen.getByTestId("birthday-day")).toHaveFocus();
    expect(vi.mocked(ipc.createCustomer)).not.toHaveBeenCalled();
  });

  it("removes a list item with its Remove button", async () => {
    vi.mocked(ipc.createCustomer).mockResolvedValue(customer());
    const { user, name } = await openNewForm();

    await user.type(name, "Rose Tyler");
    await user.type(screen.getByTestId("list-tags-0"), "first{Enter}second");
    await user.click(screen.getByTestId("list-tags-remove-0"));
    expect(screen.getByTestId("list-tags-0")).toHaveValue("second");
    expect(screen.queryByTestId("list-tags-1")).not.toBeInTheDocument();

    await user.keyboard("{Control>}s{/Control}");
    expect(vi.mocked(ipc.createCustomer).mock.calls[0][0].tags).toEqual(["second"]);
  });

  it("asks before Esc throws typing away: Keep writing keeps it, Discard goes back to the lookup", async () => {
    const { user } = await openNewForm();
    const name = screen.getByTestId("field-full_name");

    await user.type(name, "Rose");
    await user.keyboard("{Escape}");
    const dialog = await screen.findByTestId("discard-dialog");
    expect(dialog).toHaveAccessibleName("Discard what you typed?");
    // A stray Enter or a second Esc keeps the typing.
    expect(screen.getByTestId("discard-keep")).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(screen.queryByTestId("discard-dialog")).not.toBeInTheDocument();
    expect(name).toHaveValue("Rose");
    expect(name).toHaveFocus();

    await user.keyboard("{Escape}");
    await user.click(await screen.findByTestId("discard-confirm"));
    expect(await screen.findByTestId("lookup-input")).toBeInTheDocument();
    expect(vi.mocked(ipc.createCustomer)).not.toHaveBeenCalled();
  });

  it("leaves at once on Esc when nothing was typed", async () => {
    const { user } = await openNewForm();

    await user.keyboard("{Escape}");

    expect(await screen.findByTestId("lookup-input")).toBeInTheDocument();
    expect(screen.queryByTestId("discard-dialog")).not.toBeInTheDocument();
  });

  it("edits an existing customer: starts from their details and saves with update_customer", async () => {
    const maggie = customer({
      id: "id-maggie",
      full_name: "Margaret Okafor",
      preferred_name: "Maggie",
      phones: [{ label: "mobile", number: "07700 900123", e164: "+447700900123", primary: true }],
      preferences: ["oat milk"],
      birthday: { day: 14, month: 4, year: 1980 },
    });
    let stored = maggie;
    vi.mocked(ipc.customerPage).mockImplementation(async () => page({ customer: stored }));
    vi.mocked(ipc.updateCustomer).mockImplementation(async (id, _version, input) => {
      stored = { ...maggie, id, ...input, phones: maggie.phones };
      return stored;
    });
    const user = userEvent.setup();
    app.route = { name: "customer", id: "id-maggie" };
    render(App);

    await user.click(await screen.findByTestId("edit-customer"));
    expect(screen.getByTestId("field-full_name")).toHaveValue("Margaret Okafor");
    expect(screen.getByTestId("phone-number-0")).toHaveValue("07700 900123");
    expect(screen.getByTestId("list-preferences-0")).toHaveValue("oat milk");
    expect(screen.getByTestId("birthday-year")).toHaveValue("1980");

    await user.clear(screen.getByTestId("field-preferred_name"));
    await user.type(screen.getByTestId("field-preferred_name"), "Mags");
    await user.click(screen.getByTestId("save-customer"));

    expect(vi.mocked(ipc.updateCustomer)).toHaveBeenCalledWith(
      "id-maggie",
      3,
      expect.objectContaining({
        preferred_name: "Mags",
        preferences: ["oat milk"],
        birthday: { day: 14, month: 4, year: 1980 },
      }),
    );
    expect(await screen.findByTestId("profile-name")).toHaveTextContent("Mags");
  });

  describe("when someone else saved the customer first", () => {
    const rosie = customer({
      id: "id-rosie",
      full_name: "Rosie Park",
      preferred_name: "Rosie",
      best_time: "afternoons",
      phones: [{ label: "mobile", number: "07700 900123", e164: "+447700900123", primary: true }],
      version: 7,
    });
    /** Rosie as Ben saved her two minutes ago: another best time, another phone. */
    const bens = customer({
      ...rosie,
      best_time: "evenings",
      phones: [{ label: "home", number: "0161 496 0000", e164: "+441614960000", primary: true }],
      version: 8,
    });
    const bensConflict = () =>
      new KindlyError(
        "conflict",
        "Ben saved a change to this customer while you were making yours, so yours was not saved.",
        null,
        { thing: "customer", version: 8, by: "Ben", at: Date.now() - 2 * 60_000 - 5_000 },
      );

    async function editRosie() {
      vi.mocked(ipc.customerPage).mockImplementation(async () => page({ customer: rosie }));
      vi.mocked(ipc.getCustomer).mockResolvedValue(bens);
      vi.mocked(ipc.updateCustomer).mockImplementation(async (_id, version) =>
        customer({ ...bens, best_time: "weekday mornings", version: version + 1 }),
      );
      const user = userEvent.setup();
      app.route = { name: "customer", id: "id-rosie" };
      render(App);
      await user.click(await screen.findByTestId("edit-customer"));
      await user.clear(screen.getByTestId("field-best_time"));
      await user.type(screen.getByTestId("field-best_time"), "weekday mornings");
      await user.type(screen.getByTestId("field-company"), "Park & Daughters");
      return user;
    }

    it("shows both versions side by side with Ben's name, takes his other change in, and keeps what was typed", async () => {
      vi.mocked(ipc.updateCustomer).mockRejectedValueOnce(bensConflict());
      const user = await editRosie();
      await user.click(screen.getByTestId("save-customer"));

      expect(vi.mocked(ipc.updateCustomer)).toHaveBeenCalledWith("id-rosie", 7, expect.anything());
      const panel = await screen.findByTestId("conflict");
      expect(panel).toHaveTextContent(
        "Ben saved a change to Rosie 2 minutes ago, while you were making yours.",
      );
      expect(screen.getByTestId("clash-best_time")).toHaveTextContent(
        "Ben changed Rosie’s best time to evenings 2 minutes ago; you wrote weekday mornings.",
      );
      expect(screen.getByTestId("conflict-taken")).toHaveTextContent(
        "Ben also changed the phone numbers; it is in the form now.",
      );
      // Nothing typed is lost; his unrelated change is in the form.
      expect(screen.getByTestId("field-best_time")).toHaveValue("weekday mornings");
      expect(screen.getByTestId("field-company")).toHaveValue("Park & Daughters");
      expect(screen.getByTestId("phone-number-0")).toHaveValue("0161 496 0000");
      expect(screen.queryByTestId("profile-name")).not.toBeInTheDocument();
      // The person is told first, and nothing is chosen for them.
      expect(within(panel).getByRole("heading")).toHaveFocus();
      expect(screen.getByTestId("clash-best_time-mine")).not.toBeChecked();
      expect(screen.getByTestId("clash-best_time-theirs")).not.toBeChecked();
      expect(screen.getByRole("radio", { name: /Use Ben’s/ })).toBeInTheDocument();
      expect(screen.getByTestId("save-customer")).toBeDisabled();
      expect(screen.getByTestId("save-pending")).toHaveTextContent(
        "Choose “Keep mine” or “Use Ben’s” for the field above, then save.",
      );
    });

    it("puts the chosen side into the field, and saves on the version now stored", async () => {
      vi.mocked(ipc.updateCustomer).mockRejectedValueOnce(bensConflict());
      const user = await editRosie();
      await user.click(screen.getByTestId("save-customer"));
      await screen.findByTestId("conflict");

      // Ctrl+Enter with a choice missing saves nothing and goes to the choice.
      await user.keyboard("{Control>}{Enter}{/Control}");
      expect(vi.mocked(ipc.updateCustomer)).toHaveBeenCalledTimes(1);
      expect(screen.getByTestId("clash-best_time-mine")).toHaveFocus();

      await user.click(screen.getByTestId("clash-best_time-theirs"));
      expect(screen.getByTestId("field-best_time")).toHaveValue("evenings");
      // Arrow keys move within the choice, as in any radio group.
      screen.getByTestId("clash-best_time-theirs").focus();
      await user.keyboard("{ArrowLeft}");
      expect(screen.getByTestId("clash-best_time-mine")).toBeChecked();
      expect(screen.getByTestId("field-best_time")).toHaveValue("weekday mornings");
      expect(screen.getByTestId("save-customer")).toBeEnabled();
      expect(screen.queryByTestId("save-pending")).not.toBeInTheDocument();

      await user.click(screen.getByTestId("save-customer"));
      expect(vi.mocked(ipc.updateCustomer)).toHaveBeenLastCalledWith(
        "id-rosie",
        8,
        expect.objectContaining({
          best_time: "weekday mornings",
          company: "Park & Daughters",
          phones: [{ label: "home", number: "0161 496 0000", primary: true }],
        }),
      );
      expect(await screen.findByTestId("profile-name")).toBeInTheDocument();
    });

    it("settles again against the newest version when it changes once more in the meantime", async () => {
      const anas = customer({ ...bens, notes: "Prefers the side door", best_time: "evenings", version: 9 });
      vi.mocked(ipc.updateCustomer)
        .mockRejectedValueOnce(bensConflict())
        .mockRejectedValueOnce(
          new KindlyError("conflict", "Ana saved a change.", null, {
            thing: "customer",
            version: 9,
            by: "Ana",
            at: Date.now() - 5_000,
          }),
        );
      const user = await editRosie();
      await user.click(screen.getByTestId("save-customer"));
      await user.click(await screen.findByTestId("clash-best_time-mine"));
      vi.mocked(ipc.getCustomer).mockResolvedValue(anas);
      await user.click(screen.getByTestId("save-customer"));

      // Ana changed only the notes: taken in quietly, and nothing is left to choose.
      await waitFor(() =>
        expect(screen.getByTestId("conflict")).toHaveTextContent("Ana saved a change to Rosie just now"),
      );
      expect(screen.getByTestId("conflict-taken")).toHaveTextContent(
        "Ana also changed the notes; it is in the form now.",
      );
      expect(screen.queryByTestId("clash-best_time")).not.toBeInTheDocument();
      expect(screen.getByTestId("field-notes")).toHaveValue("Prefers the side door");
      expect(screen.getByTestId("field-best_time")).toHaveValue("weekday mornings");
      expect(screen.getByTestId("save-customer")).toBeEnabled();

      await user.click(screen.getByTestId("save-customer"));
      expect(vi.mocked(ipc.updateCustomer)).toHaveBeenLastCalledWith(
        "id-rosie",
        9,
        expect.objectContaining({ best_time: "weekday mornings", notes: "Prefers the side door" }),
      );
    });

    it("says so and keeps the typing when the customer cannot be read again", async () => {
      vi.mocked(ipc.updateCustomer).mockRejectedValueOnce(bensConflict());
      const user = await editRosie();
      vi.mocked(ipc.getCustomer).mockRejectedValue(
        new KindlyError("not_found", "That customer could not be found."),
      );
      await user.click(screen.getByTestId("save-customer"));

      expect(await screen.findByTestId("form-error")).toHaveTextContent("That customer could not be found.");
      expect(screen.getByTestId("field-best_time")).toHaveValue("weekday mornings");
      expect(screen.queryByTestId("conflict")).not.toBeInTheDocument();
    });
  });

  it("keeps what was typed when the user jumps to the lookup mid-form, and offers it back", async () => {
    const { user, name } = await openNewForm();
    await user.type(name, "Rose Tyler");
    await user.type(screen.getByTestId("list-preferences-0"), "tea, no sugar");

    await user.keyboard("{Control>}k{/Control}");
    expect(await screen.findByTestId("lookup-input")).toHaveFocus();
    await user.keyboard("{Control>}n{/Control}");

    // The new form starts empty, so a different customer never inherits Rose's details…
    expect(await screen.findByTestId("field-full_name")).toHaveValue("");
    expect(screen.getByRole("status")).toHaveTextContent(
      "You started adding “Rose Tyler” earlier and did not save.",
    );

    // …and one click brings the typing back.
    await user.click(screen.getByRole("button", { name: "Bring it back" }));
    expect(screen.getByTestId("field-full_name")).toHaveValue("Rose Tyler");
    expect(screen.getByTestId("list-preferences-0")).toHaveValue("tea, no sugar");
    expect(screen.queryByRole("status")).not.toBeInTheDocument();
  });

  it("lets the user discard typing left behind", async () => {
    const { user, name } = await openNewForm();
    await user.type(name, "Rose Tyler");
    await user.click(screen.getByTestId("nav-lookup"));
    await user.click(screen.getByTestId("nav-new-customer"));

    await user.click(await screen.findByRole("button", { name: "Discard" }));
    expect(screen.queryByRole("status")).not.toBeInTheDocument();

    await user.click(screen.getByTestId("nav-lookup"));
    await user.click(screen.getByTestId("nav-new-customer"));
    await screen.findByTestId("field-full_name");
    expect(screen.queryByRole("status")).not.toBeInTheDocument();
  });

  it("forgets the typing after Cancel, so the next new form starts empty", async () => {
    const { user, name } = await openNewForm();
    await user.type(name, "Rose Tyler");

    await user.click(screen.getByTestId("cancel-edit"));
    await user.click(await screen.findByTestId("discard-confirm"));
    await screen.findByTestId("lookup-input");
    await user.click(screen.getByTestId("nav-new-customer"));

    expect(await screen.findByTestId("field-full_name")).toHaveValue("");
    expect(screen.queryByRole("status")).not.toBeInTheDocument();
  });
});
