import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import App from "../../App.svelte";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import { pendingCall, resetIpc } from "../../test/ipcMock";
import { brief, callerMatch, deferred, todayPage, todayRow } from "../../test/fixtures";
import { app, resetApp } from "../shell/app.svelte";
import { setLanguage } from "../i18n/i18n.svelte";
import CallerScreen from "./CallerScreen.svelte";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

const rosa = callerMatch({
  customer_id: "id-rosa",
  name: "Rosa",
  full_name: "Rosa Diaz",
  company: "Diaz Florist",
  phone: "0161 496 0123",
  phone_label: "shop",
  matched_by: "ending",
  last_contact_at: Date.now() - 86_400_000,
});
const tom = callerMatch({
  customer_id: "id-tom",
  name: "Tom Baker",
  full_name: "Tom Baker",
  phone: "07700 900123",
  phone_label: "",
  matched_by: "ending",
  last_contact_at: null,
});

async function startApp() {
  const user = userEvent.setup();
  render(App);
  await screen.findByTestId("app-ready");
  return user;
}

async function openCallerWithKeys() {
  const user = await startApp();
  await user.keyboard("{Control>}b{/Control}");
  const box = await screen.findByTestId("caller-number");
  await waitFor(() => expect(box).toHaveFocus());
  return { user, box };
}

describe("Who's calling", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    vi.mocked(ipc.getBrief).mockImplementation(async (id) =>
      brief({ customer_id: id, name: id === "id-rosa" ? "Rosa" : "Tom Baker" }),
    );
  });

  it("opens from the header and with Ctrl+B, with the cursor in the number box", async () => {
    const user = await startApp();

    await user.click(screen.getByTestId("nav-caller"));
    expect(screen.getByTestId("nav-caller")).toHaveAttribute("aria-current", "page");
    const box = await screen.findByTestId("caller-number");
    await waitFor(() => expect(box).toHaveFocus());
    expect(screen.getByLabelText(/Who’s calling\? Type or paste their number, or its last digits/)).toBe(box);

    await user.click(screen.getByTestId("nav-lookup"));
    await user.keyboard("{Control>}b{/Control}");
    await waitFor(() => expect(screen.getByTestId("caller-number")).toHaveFocus());
  });

  it("goes straight to the brief when one customer has the number, in place of the caller screen", async () => {
    vi.mocked(ipc.findCaller).mockResolvedValue({ number: "0123", matches: [rosa] });
    const { user, box } = await openCallerWithKeys();

    await user.type(box, "0123{Enter}");

    expect(vi.mocked(ipc.findCaller)).toHaveBeenCalledWith("0123");
    expect(await screen.findByTestId("brief-name")).toHaveTextContent("Rosa");
    expect(app.route).toEqual({ name: "brief", id: "id-rosa" });

    // Esc goes back to where the user was before asking who was calling.
    await user.keyboard("{Escape}");
    expect(await screen.findByTestId("lookup-input")).toBeInTheDocument();
  });

  it("stays put when the number in the box changed while it was being looked up", async () => {
    const answer = deferred<Awaited<ReturnType<typeof ipc.findCaller>>>();
    vi.mocked(ipc.findCaller).mockReturnValueOnce(answer.promise);
    const { user, box } = await openCallerWithKeys();

    await user.type(box, "0123{Enter}");
    await user.type(box, "4");
    answer.resolve({ number: "0123", matches: [rosa] });

    await waitFor(() => expect(vi.mocked(ipc.findCaller)).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(app.route).toEqual({ name: "call" });
    expect(box).toHaveValue("01234");
    expect(box).toHaveFocus();
  });

  it("does not pull the user back to a brief after they went to another screen", async () => {
    const answer = deferred<Awaited<ReturnType<typeof ipc.findCaller>>>();
    vi.mocked(ipc.findCaller).mockReturnValueOnce(answer.promise);
    const { user, box } = await openCallerWithKeys();

    await user.type(box, "0123{Enter}");
    await user.keyboard("{Control>}k{/Control}");
    expect(await screen.findByTestId("lookup-input")).toBeInTheDocument();
    answer.resolve({ number: "0123", matches: [rosa] });

    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(app.route).toEqual({ name: "lookup" });
    expect(screen.queryByTestId("brief-name")).not.toBeInTheDocument();
  });

  it("lists several customers with the number; arrows choose, Enter opens that brief, Esc comes back to the list", async () => {
    vi.mocked(ipc.findCaller).mockResolvedValue({ number: "0123", matches: [rosa, tom] });
    const { user, box } = await openCallerWithKeys();

    await user.type(box, "0123{Enter}");

    const rows = await screen.findAllByTestId("caller-match");
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent("Rosa");
    expect(rows[0]).toHaveTextContent("Rosa Diaz");
    expect(rows[0]).toHaveTextContent("Diaz Florist");
    expect(within(rows[0]).getByTestId("caller-match-phone")).toHaveTextContent("0161 496 0123 (shop)");
    expect(rows[0]).toHaveTextContent("last contact yesterday");
    expect(rows[1]).toHaveTextContent("07700 900123");
    expect(rows[1]).toHaveTextContent("no conversations yet");
    expect(rows[1]).not.toHaveTextContent("Tom BakerTom Baker");
    expect(rows[0]).toHaveAttribute("aria-selected", "true");

    await user.keyboard("{ArrowDown}");
    expect(screen.getAllByTestId("caller-match")[1]).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{Enter}");

    expect(await screen.findByTestId("brief-name")).toHaveTextContent("Tom Baker");
    expect(app.route).toEqual({ name: "brief", id: "id-tom" });

    await user.keyboard("{Escape}");
    expect(await screen.findAllByTestId("caller-match")).toHaveLength(2);
    expect(screen.getByTestId("caller-number")).toHaveValue("0123");
  });

  it("opens a listed customer's brief with a click", async () => {
    vi.mocked(ipc.findCaller).mockResolvedValue({ number: "0123", matches: [rosa, tom] });
    const { user, box } = await openCallerWithKeys();
    await user.type(box, "0123");
    await user.click(screen.getByTestId("caller-find"));

    await user.click((await screen.findAllByTestId("caller-match"))[0]);

    expect(app.route).toEqual({ name: "brief", id: "id-rosa" });
  });

  it("offers a new customer with the number filled in when nobody has it", async () => {
    const { user, box } = await openCallerWithKeys();

    await user.type(box, "0161 496 0000{Enter}");

    expect(await screen.findByTestId("caller-none")).toHaveTextContent("No customer has this number.");
    const add = screen.getByTestId("caller-new");
    expect(add).toHaveTextContent("New customer with this number");
    await user.click(add);

    expect(await screen.findByTestId("phone-number-0")).toHaveValue("0161 496 0000");
    expect(app.route).toEqual({ name: "new", prefill: { phone: "0161 496 0000" } });
  });

  it("shows a refused number's message beside the box", async () => {
    vi.mocked(ipc.findCaller).mockRejectedValue(
      new KindlyError("invalid_input", "Type at least 4 digits of the number.", "number"),
    );
    const { user, box } = await openCallerWithKeys();

    await user.type(box, "12{Enter}");

    const error = await screen.findByTestId("error-number");
    expect(error).toHaveTextContent("Type at least 4 digits of the number.");
    expect(box).toHaveAttribute("aria-invalid", "true");
    expect(box).toHaveAccessibleDescription("Type at least 4 digits of the number.");
    expect(screen.queryByTestId("caller-none")).not.toBeInTheDocument();
  });

  it("looks a number up straight away when the screen is opened with one", async () => {
    vi.mocked(ipc.findCaller).mockResolvedValue({ number: "07700 900123", matches: [rosa, tom] });
    await startApp();

    app.route = { name: "call", number: "07700 900123" };

    expect(await screen.findAllByTestId("caller-match")).toHaveLength(2);
    expect(vi.mocked(ipc.findCaller)).toHaveBeenCalledWith("07700 900123");
    expect(screen.getByTestId("caller-number")).toHaveValue("07700 900123");
  });
});

describe("Started by a kindly://call link", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
  });

  it("shows who is calling rather than Today, and is ready only once that is decided", async () => {
    const pending = deferred<string | null>();
    pendingCall.mockReturnValue(pending.promise);
    vi.mocked(ipc.getToday).mockResolvedValue(todayPage({ overdue: [todayRow()] }));
    vi.mocked(ipc.findCaller).mockResolvedValue({ number: "07700 900123", matches: [rosa, tom] });
    render(App);

    await waitFor(() => expect(pendingCall).toHaveBeenCalledTimes(1));
    expect(screen.queryByTestId("app-ready")).not.toBeInTheDocument();

    pending.resolve("07700 900123");

    await screen.findByTestId("app-ready");
    expect(app.route).toEqual({ name: "call", number: "07700 900123" });
    expect(await screen.findAllByTestId("caller-match")).toHaveLength(2);
    expect(vi.mocked(ipc.findCaller)).toHaveBeenCalledWith("07700 900123");
  });

  it("goes straight to the brief when the number is one customer's", async () => {
    pendingCall.mockResolvedValue("0123");
    vi.mocked(ipc.findCaller).mockResolvedValue({ number: "0123", matches: [rosa] });
    vi.mocked(ipc.getBrief).mockResolvedValue(brief({ customer_id: "id-rosa", name: "Rosa" }));
    render(App);

    await screen.findByTestId("app-ready");
    expect(await screen.findByTestId("brief-name")).toHaveTextContent("Rosa");
  });

  it("opens as usual when there is no pending call", async () => {
    vi.mocked(ipc.getToday).mockResolvedValue(todayPage({ overdue: [todayRow()] }));
    render(App);
    await screen.findByTestId("app-ready");
    expect(app.route).toEqual({ name: "today" });
    expect(pendingCall).toHaveBeenCalledTimes(1);
  });
});

describe("Who's calling, in German", () => {
  beforeEach(async () => {
    resetIpc();
    resetApp();
    await setLanguage("de", false);
  });

  afterAll(async () => {
    await setLanguage("en", false);
  });

  it("asks for the number, counts the customers who have it and dates their last contact in German", async () => {
    vi.mocked(ipc.findCaller).mockResolvedValue({
      number: "0123",
      matches: [{ ...rosa, last_contact_at: new Date(2025, 2, 3, 10).getTime() }, tom],
    });
    const user = userEvent.setup();
    render(CallerScreen);

    const box = screen.getByLabelText(
      "Wer ruft an? Nummer eingeben oder einfügen, auch nur die letzten Ziffern",
    );
    await user.click(screen.getByTestId("caller-find"));
    expect(
      await screen.findByText("Bitte geben Sie die Nummer ein, oder ihre letzten Ziffern."),
    ).toBeInTheDocument();

    await user.type(box, "0123{Enter}");
    const rows = await screen.findAllByTestId("caller-match");
    expect(rows[0]).toHaveTextContent("letzter Kontakt 3. März 2025");
    expect(rows[1]).toHaveTextContent("noch keine Gespräche");
    expect(screen.getByRole("status")).toHaveTextContent(
      "2 Kunden haben diese Nummer. ↑ ↓ zum Wählen, Enter für die Kurzinfo.",
    );
  });
});
