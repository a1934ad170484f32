import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "../../App.svelte";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import { resetIpc } from "../../test/ipcMock";
import { info, summary, todayPage } from "../../test/fixtures";
import { app, resetApp } from "../shell/app.svelte";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

async function startFresh() {
  vi.mocked(ipc.notebookInfo).mockResolvedValue(
    info({ customer_count: 0, welcome: true, phone_region: "FR" }),
  );
  const user = userEvent.setup();
  render(App);
  await screen.findByTestId("welcome-step-1");
  await waitFor(() => expect(screen.getByTestId("app-ready")).toBeInTheDocument());
  return user;
}

describe("The welcome", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
  });

  it("shows on a new notebook, alone, with the country preselected and every field labelled", async () => {
    // Even with something due, the welcome comes first and Today waits.
    vi.mocked(ipc.getToday).mockResolvedValue(todayPage({ anything_due: true }));
    await startFresh();
    expect(app.route.name).toBe("welcome");
    expect(screen.queryByTestId("nav-lookup")).not.toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Welcome to Kindly" })).toHaveFocus();
    expect(screen.getByLabelText("Your country")).toHaveValue("FR");
    expect(screen.getByLabelText("Who is at the desk?")).toHaveValue("");
  });

  it("offers every country, the preselected one still chosen", async () => {
    await startFresh();
    const country = screen.getByLabelText("Your country");
    await waitFor(() => expect(within(country).getAllByRole("option").length).toBeGreaterThan(200));
    expect(country).toHaveValue("FR");
    expect(within(country).getAllByRole("option", { name: "France" })).toHaveLength(1);
  });

  it("does not show on a notebook already welcomed", async () => {
    render(App);
    await screen.findByTestId("lookup-input");
    expect(screen.queryByTestId("welcome")).not.toBeInTheDocument();
  });

  it("saves the country and who is at the desk, then starts empty on Lookup with what to do next", async () => {
    const user = await startFresh();
    // The other countries join the list once the welcome is on show.
    await screen.findByRole("option", { name: "United Kingdom" });
    await user.selectOptions(screen.getByLabelText("Your country"), "GB");
    await user.type(screen.getByLabelText("Who is at the desk?"), "Sam Lee");
    await user.keyboard("{Enter}");

    await screen.findByTestId("welcome-step-2");
    expect(screen.getByRole("heading", { name: "How would you like to start?" })).toHaveFocus();
    vi.mocked(ipc.staffRoster).mockResolvedValue({
      staff: [{ id: "s1", name: "Sam Lee", initials: "SL" }],
      at_desk: "s1",
      signed_in: null,
    });
    await user.click(screen.getByTestId("welcome-start-empty"));

    expect(vi.mocked(ipc.welcome)).toHaveBeenCalledWith({
      phone_region: "GB",
      at_desk: "Sam Lee",
      sample: false,
    });
    await screen.findByTestId("lookup-empty-notebook");
    expect(screen.getByTestId("lookup-empty-import")).toBeInTheDocument();
    expect(screen.getByTestId("nav-lookup")).toBeInTheDocument();
    expect(screen.queryByTestId("sample-banner")).not.toBeInTheDocument();
    await waitFor(() => expect(app.roster.at_desk).toBe("s1"));
  });

  it("goes to the import screen when asked", async () => {
    const user = await startFresh();
    await user.click(screen.getByTestId("welcome-next"));
    await user.click(await screen.findByTestId("welcome-start-import"));
    await waitFor(() => expect(app.route.name).toBe("import"));
  });

  it("opens the sample on Today, with the banner", async () => {
    vi.mocked(ipc.getToday).mockResolvedValue(todayPage());
    const user = await startFresh();
    await user.click(screen.getByTestId("welcome-next"));
    await user.click(await screen.findByTestId("welcome-start-sample"));

    expect(vi.mocked(ipc.welcome)).toHaveBeenCalledWith({ phone_region: "FR", at_desk: "", sample: true });
    await waitFor(() => expect(app.route.name).toBe("today"));
    expect(await screen.findByTestId("sample-banner")).toHaveTextContent("sample customers");
  });

  it("can be skipped: adds nobody and goes to Lookup", async () => {
    const user = await startFresh();
    await user.type(screen.getByLabelText("Who is at the desk?"), "Typed but skipped");
    await user.click(screen.getByTestId("welcome-skip"));
    expect(vi.mocked(ipc.welcome)).toHaveBeenCalledWith({ phone_region: "FR", at_desk: "", sample: false });
    await screen.findByTestId("lookup-input");
  });

  it("shows a refused name beside its field, back on the first step", async () => {
    vi.mocked(ipc.welcome).mockRejectedValue(
      new KindlyError("invalid_input", "The name can be at most 100 characters.", "at_desk"),
    );
    const user = await startFresh();
    await user.click(screen.getByTestId("welcome-next"));
    await user.click(await screen.findByTestId("welcome-start-empty"));

    expect(await screen.findByTestId("error-at_desk")).toHaveTextContent("at most 100");
    expect(screen.getByLabelText("Who is at the desk?")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByTestId("welcome")).toBeInTheDocument();
  });

  it("says why when the welcome could not be saved, and stays", async () => {
    vi.mocked(ipc.welcome).mockRejectedValue(new KindlyError("disk_full", "The disk is full."));
    const user = await startFresh();
    await user.click(screen.getByTestId("welcome-next"));
    await user.click(await screen.findByTestId("welcome-start-sample"));
    expect(await screen.findByTestId("welcome-failure")).toHaveTextContent("The disk is full.");
    expect(screen.getByTestId("welcome-start-sample")).toBeEnabled();
  });
});

describe("The sample banner", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
  });

  it("marks sample customers and removes them all after asking", async () => {
    vi.mocked(ipc.notebookInfo).mockResolvedValue(info({ customer_count: 37, sample_count: 36 }));
    vi.mocked(ipc.searchCustomers).mockResolvedValue([
      summary({ id: "s", full_name: "Agnès Dubois", sample: true }),
      summary({ id: "r", full_name: "Rosa Diaz" }),
    ]);
    const user = userEvent.setup();
    render(App);
    const banner = await screen.findByTestId("sample-banner");
    await user.type(screen.getByTestId("lookup-input"), "a");
    const rows = await screen.findAllByTestId("lookup-result");
    expect(within(rows[0]).getByTestId("sample-badge")).toHaveTextContent("Sample");
    expect(within(rows[1]).queryByTestId("sample-badge")).not.toBeInTheDocument();

    await user.click(within(banner).getByTestId("sample-remove"));
    const dialog = await screen.findByTestId("sample-remove-dialog");
    expect(dialog).toHaveTextContent("36 sample customers");
    expect(dialog).toHaveTextContent("Customers you added or imported yourself stay");
    // Cancel first: nothing happens.
    await user.click(within(dialog).getByTestId("sample-remove-cancel"));
    expect(vi.mocked(ipc.removeSample)).not.toHaveBeenCalled();

    await user.click(screen.getByTestId("sample-remove"));
    await user.click(await screen.findByTestId("sample-remove-confirm"));
    expect(vi.mocked(ipc.removeSample)).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByTestId("sample-banner")).not.toBeInTheDocument());
    expect(await screen.findByText("The sample customers were removed.")).toBeInTheDocument();
  });

  it("after removing the sample, lookup starts afresh with the empty-notebook help, not the old query", async () => {
    vi.mocked(ipc.notebookInfo).mockResolvedValue(info({ customer_count: 36, sample_count: 36 }));
    vi.mocked(ipc.searchCustomers).mockImplementation(async () =>
      vi.mocked(ipc.removeSample).mock.calls.length > 0
        ? []
        : [summary({ id: "s", full_name: "Agnès Dubois", sample: true })],
    );
    vi.mocked(ipc.removeSample).mockResolvedValue(info({ customer_count: 0, sample_count: 0 }));
    const sam = { id: "st-sam", name: "Sam Lee", initials: "SL" };
    const maya = { id: "st-maya", name: "Maya", initials: "M" };
    vi.mocked(ipc.staffRoster).mockImplementation(async () => ({
      staff: vi.mocked(ipc.removeSample).mock.calls.length > 0 ? [sam] : [maya, sam],
      at_desk: sam.id,
      signed_in: null,
    }));
    const user = userEvent.setup();
    render(App);
    await screen.findByTestId("sample-banner");
    await user.type(screen.getByTestId("lookup-input"), "an");
    await screen.findAllByTestId("lookup-result");

    await user.click(screen.getByTestId("sample-remove"));
    await user.click(await screen.findByTestId("sample-remove-confirm"));

    expect(await screen.findByTestId("lookup-empty-notebook")).toBeInTheDocument();
    expect(screen.getByTestId("lookup-input")).toHaveValue("");
    expect(screen.queryByTestId("lookup-no-results")).not.toBeInTheDocument();
    expect(screen.queryByTestId("lookup-result")).not.toBeInTheDocument();
    // The sample's staff left the list with it.
    await waitFor(() =>
      expect([...screen.getByTestId<HTMLSelectElement>("at-desk").options].map((o) => o.text)).toEqual([
        "Nobody chosen",
        "Sam Lee",
      ]),
    );
  });

  it("says why when the sample could not be removed", async () => {
    vi.mocked(ipc.notebookInfo).mockResolvedValue(info({ customer_count: 36, sample_count: 36 }));
    vi.mocked(ipc.removeSample).mockRejectedValue(new KindlyError("busy", "The notebook is busy."));
    const user = userEvent.setup();
    render(App);
    await user.click(await screen.findByTestId("sample-remove"));
    await user.click(await screen.findByTestId("sample-remove-confirm"));
    expect(await screen.findByTestId("sample-remove-failure")).toHaveTextContent("busy");
    expect(screen.getByTestId("sample-banner")).toBeInTheDocument();
  });
});
