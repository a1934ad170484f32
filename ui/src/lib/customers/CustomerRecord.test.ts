import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "../../App.svelte";
import CustomerProfile from "./CustomerProfile.svelte";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import { resetIpc, showPage } from "../../test/ipcMock";
import { customer, deferred } from "../../test/fixtures";
import { app, openCustomer, resetApp, unsavedDrafts } from "../shell/app.svelte";
import { entryDrafts } from "../forms/drafts";
import type { Draft } from "./draft";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

const maggie = customer({ id: "id-maggie", full_name: "Margaret Okafor", preferred_name: "Maggie" });

describe("Everything we hold on a customer, and forgetting them", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    showPage(maggie);
  });

  it("saves everything held on them and shows where both files went", async () => {
    const user = userEvent.setup();
    render(CustomerProfile, { props: { id: maggie.id, initial: maggie } });

    const button = screen.getByTestId("export-record");
    expect(button).toHaveTextContent("Everything we hold on them");
    expect(button).toHaveAccessibleDescription(/For a customer who asks what we hold/);
    await user.click(button);

    expect(vi.mocked(ipc.exportCustomerRecord)).toHaveBeenCalledWith("id-maggie");
    expect(await screen.findByTestId("record-saved")).toHaveTextContent(
      "Saved “Margaret Okafor - everything we hold.json” and “Margaret Okafor - everything we hold.txt” " +
        "in /home/shop/Downloads.",
    );
  });

  it("says nothing when “Save as” is cancelled", async () => {
    vi.mocked(ipc.exportCustomerRecord).mockResolvedValue(null);
    const user = userEvent.setup();
    render(CustomerProfile, { props: { id: maggie.id, initial: maggie } });

    await user.click(screen.getByTestId("export-record"));

    await waitFor(() =>
      expect(screen.getByTestId("export-record")).toHaveTextContent("Everything we hold on them"),
    );
    expect(screen.queryByTestId("record-saved")).not.toBeInTheDocument();
    expect(screen.queryByTestId("record-error")).not.toBeInTheDocument();
  });

  it("says why the record could not be saved", async () => {
    vi.mocked(ipc.exportCustomerRecord).mockRejectedValue(new KindlyError("disk_full", "The disk is full."));
    const user = userEvent.setup();
    render(CustomerProfile, { props: { id: maggie.id, initial: maggie } });

    await user.click(screen.getByTestId("export-record"));

    expect(await screen.findByTestId("record-error")).toHaveTextContent("The disk is full.");
    expect(screen.queryByTestId("record-saved")).not.toBeInTheDocument();
  });

  it("asks plainly before forgetting; Cancel and Esc forget nothing", async () => {
    const user = userEvent.setup();
    render(CustomerProfile, { props: { id: maggie.id, initial: maggie } });
    const button = screen.getByTestId("forget-customer");
    expect(button).toHaveTextContent("Forget this customer…");

    await user.click(button);
    const dialog = screen.getByRole("alertdialog");
    expect(dialog).toHaveAccessibleName("Forget Maggie for good?");
    expect(dialog).toHaveAccessibleDescription(/erases Maggie and all their history .* for good/);
    expect(dialog).toHaveTextContent("It cannot be undone");
    expect(dialog).toHaveTextContent("for a customer who asked to be erased");
    expect(within(dialog).getByTestId("forget-confirm")).toHaveTextContent("Forget Maggie for good");
    // A stray Enter never forgets.
    expect(screen.getByTestId("forget-cancel")).toHaveFocus();

    await user.click(screen.getByTestId("forget-cancel"));
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(button).toHaveFocus();

    await user.click(button);
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(screen.getByTestId("profile-name")).toHaveTextContent("Maggie");

    expect(vi.mocked(ipc.forgetCustomer)).not.toHaveBeenCalled();
    expect(app.lookupNotice).toBeNull();
  });

  it("forgets them once confirmed, drops unsaved typing about them, and says so on Lookup", async () => {
    const user = userEvent.setup();
    render(App);
    await screen.findByTestId("app-ready");
    openCustomer("id-maggie");
    await screen.findByTestId("forget-customer");
    unsavedDrafts.set("edit:id-maggie", {} as Draft);
    entryDrafts.set("id-maggie:conversation", { summary: "typed before" });
    entryDrafts.set("someone-else:conversation", { summary: "kept" });
    const answer = deferred<null>();
    vi.mocked(ipc.forgetCustomer).mockReturnValue(answer.promise);

    await user.click(screen.getByTestId("forget-customer"));
    await user.click(screen.getByTestId("forget-confirm"));

    expect(vi.mocked(ipc.forgetCustomer)).toHaveBeenCalledWith("id-maggie");
    // It cannot be stopped half-way: nothing in the dialog does anything meanwhile.
    expect(screen.getByTestId("forget-confirm")).toHaveTextContent("Forgetting…");
    expect(screen.getByTestId("forget-cancel")).toBeDisabled();
    await user.keyboard("{Escape}");
    expect(screen.getByRole("alertdialog")).toBeInTheDocument();

    answer.resolve(null);
    expect(await screen.findByTestId("lookup-notice")).toHaveTextContent("Maggie was forgotten.");
    expect(app.route.name).toBe("lookup");
    expect(app.previous.name).toBe("lookup");
    expect(unsavedDrafts.has("edit:id-maggie")).toBe(false);
    expect(entryDrafts.has("id-maggie:conversation")).toBe(false);
    expect(entryDrafts.has("someone-else:conversation")).toBe(true);
    await waitFor(() => expect(screen.getByTestId("lookup-input")).toHaveFocus());

    // The line goes once the next search is typed.
    await user.type(screen.getByTestId("lookup-input"), "a");
    expect(screen.queryByTestId("lookup-notice")).not.toBeInTheDocument();
  });

  it("stays on the page and says why when they could not be forgotten", async () => {
    vi.mocked(ipc.forgetCustomer).mockRejectedValue(new KindlyError("busy", "The notebook is busy."));
    const user = userEvent.setup();
    render(CustomerProfile, { props: { id: maggie.id, initial: maggie } });

    await user.click(screen.getByTestId("forget-customer"));
    await user.click(screen.getByTestId("forget-confirm"));

    expect(await screen.findByTestId("forget-error")).toHaveTextContent("The notebook is busy.");
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(screen.getByTestId("profile-name")).toHaveTextContent("Maggie");
    expect(app.lookupNotice).toBeNull();
  });
});
