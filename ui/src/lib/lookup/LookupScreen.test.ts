import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "../../App.svelte";
import * as ipc from "../api/ipc";
import { resetIpc, showPage } from "../../test/ipcMock";
import { customer, deferred, info, summary } from "../../test/fixtures";
import { app, resetApp } from "../shell/app.svelte";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

const annie = summary({
  id: "id-annie",
  full_name: "Ana Lopez",
  preferred_name: "Annie",
  primary_phone: "0161 496 0000",
  company: "Lopez Bakes",
  tags: ["regular"],
});
const anton = summary({ id: "id-anton", full_name: "Anton Fischer" });
const hannah = summary({ id: "id-hannah", full_name: "Hannah Green", company: "Green Garage" });

function rowIds(): string[] {
  return screen.getAllByTestId("lookup-result").map((row) => row.getAttribute("data-id") ?? "");
}

async function startApp() {
  const user = userEvent.setup();
  render(App);
  const box = await screen.findByTestId("lookup-input");
  await waitFor(() => expect(box).toHaveFocus());
  return { user, box };
}

describe("Lookup", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
  });

  it("has the cursor in the lookup box when the app opens, and marks the app ready", async () => {
    await startApp();
    await waitFor(() => expect(screen.getByTestId("app-ready")).toBeInTheDocument());
  });

  it("lists results in the order Rust ranked them, with the best match highlighted", async () => {
    vi.mocked(ipc.searchCustomers).mockResolvedValue([hannah, annie, anton]);
    const { user, box } = await startApp();

    await user.type(box, "an");

    await waitFor(() => expect(rowIds()).toEqual(["id-hannah", "id-annie", "id-anton"]));
    const rows = screen.getAllByTestId("lookup-result");
    expect(rows[0]).toHaveAttribute("aria-selected", "true");
    expect(rows[1]).toHaveAttribute("aria-selected", "false");
    expect(vi.mocked(ipc.searchCustomers)).toHaveBeenLastCalledWith("an", expect.any(Number));
  });

  it("lists every one of 50 results, the rows that fit the window first and the rest right after", async () => {
    const many = Array.from({ length: 50 }, (_, i) =>
      summary({ id: `id-${i}`, full_name: `Ann Number ${i}` }),
    );
    vi.mocked(ipc.searchCustomers).mockResolvedValue(many);
    const { user, box } = await startApp();

    await user.type(box, "ann");

    await waitFor(() => expect(rowIds()).toEqual(many.map((m) => m.id)));
    // The last one can be reached from the keyboard too.
    for (let i = 0; i < 49; i++) await user.keyboard("{ArrowDown}");
    expect(screen.getAllByTestId("lookup-result")[49]).toHaveAttribute("aria-selected", "true");
  });

  it("shows enough on each row to pick the right person", async () => {
    vi.mocked(ipc.searchCustomers).mockResolvedValue([annie]);
    const { user, box } = await startApp();

    await user.type(box, "ann");

    const row = await screen.findByTestId("lookup-result");
    for (const text of ["Annie", "Ana Lopez", "0161 496 0000", "Lopez Bakes", "regular"]) {
      expect(row).toHaveTextContent(text);
    }
  });

  it("moves the highlight with the arrow keys and opens the highlighted person with Enter", async () => {
    vi.mocked(ipc.searchCustomers).mockResolvedValue([annie, anton, hannah]);
    showPage(customer({ id: "id-anton", full_name: "Anton Fischer" }));
    const { user, box } = await startApp();

    await user.type(box, "an");
    await screen.findAllByTestId("lookup-result");
    await user.keyboard("{ArrowDown}{ArrowDown}{ArrowUp}");

    const rows = screen.getAllByTestId("lookup-result");
    expect(rows.map((r) => r.getAttribute("aria-selected"))).toEqual(["false", "true", "false"]);

    await user.keyboard("{Enter}");

    expect(vi.mocked(ipc.customerPage)).toHaveBeenCalledWith("id-anton", []);
    expect(await screen.findByTestId("profile-name")).toHaveTextContent("Anton Fischer");
  });

  it("opens the best match when Enter is pressed straight away", async () => {
    vi.mocked(ipc.searchCustomers).mockResolvedValue([annie, anton]);
    showPage(customer({ id: "id-annie", full_name: "Ana Lopez", preferred_name: "Annie" }));
    const { user, box } = await startApp();

    await user.type(box, "an");
    await screen.findAllByTestId("lookup-result");
    await user.keyboard("{Enter}");

    expect(vi.mocked(ipc.customerPage)).toHaveBeenCalledWith("id-annie", []);
    expect(await screen.findByTestId("profile-name")).toHaveTextContent("Annie");
  });

  it("opens a person when their row is clicked", async () => {
    vi.mocked(ipc.searchCustomers).mockResolvedValue([annie, hannah]);
    showPage(customer({ id: "id-hannah", full_name: "Hannah Green" }));
    const { user, box } = await startApp();

    await user.type(box, "h");
    const rows = await screen.findAllByTestId("lookup-result");
    await user.click(rows[1]);

    expect(vi.mocked(ipc.customerPage)).toHaveBeenCalledWith("id-hannah", []);
    expect(await screen.findByTestId("profile-name")).toHaveTextContent("Hannah Green");
  });

  it("opens a person's brief from their row's Brief button, or with Shift+Enter on the highlighted row", async () => {
    vi.mocked(ipc.searchCustomers).mockResolvedValue([annie, anton, hannah]);
    const { user, box } = await startApp();

    await user.type(box, "an");
    const rows = await screen.findAllByTestId("lookup-result");
    await user.click(within(rows[2]).getByTestId("lookup-brief"));
    expect(app.route).toEqual({ name: "brief", id: "id-hannah" });
    expect(vi.mocked(ipc.customerPage)).not.toHaveBeenCalled();

    await user.keyboard("{Escape}");
    const again = await screen.findByTestId("lookup-input");
    await waitFor(() => expect(again).toHaveFocus());
    await screen.findAllByTestId("lookup-result");
    await user.keyboard("{ArrowDown}{Shift>}{Enter}{/Shift}");
    expect(app.route).toEqual({ name: "brief", id: "id-anton" });
  });

  it("ignores a slow answer to an older query", async () => {
    const forA = deferred<(typeof annie)[]>();
    const forAn = deferred<(typeof annie)[]>();
    vi.mocked(ipc.searchCustomers).mockImplementation((query) =>
      query === "a" ? forA.promise : forAn.promise,
    );
    const { user, box } = await startApp();

    await user.type(box, "an");
    forAn.resolve([anton]);
    await waitFor(() => expect(rowIds()).toEqual(["id-anton"]));

    forA.resolve([annie, hannah]);
    await forA.promise;
    await new Promise((r) => setTimeout(r, 0));

    expect(rowIds()).toEqual(["id-anton"]);
  });

  it("opens the best match for the text typed, even when Enter beats the answer", async () => {
    const forA = deferred<(typeof annie)[]>();
    const forAn = deferred<(typeof annie)[]>();
    vi.mocked(ipc.searchCustomers).mockImplementation((query) =>
      query === "a" ? forA.promise : forAn.promise,
    );
    showPage(customer({ id: "id-anton", full_name: "Anton Fischer" }));
    const { user, box } = await startApp();

    await user.type(box, "a");
    forA.resolve([hannah]);
    await screen.findByTestId("lookup-result");
    await user.type(box, "n{Enter}");
    expect(vi.mocked(ipc.customerPage)).not.toHaveBeenCalled();

    forAn.resolve([anton, annie]);

    expect(await screen.findByTestId("profile-name")).toHaveTextContent("Anton Fischer");
    expect(vi.mocked(ipc.customerPage)).toHaveBeenCalledWith("id-anton", []);
  });

  it("tells a new user with an empty notebook what to do first", async () => {
    vi.mocked(ipc.notebookInfo).mockResolvedValue(info({ customer_count: 0 }));
    const { user } = await startApp();

    const empty = await screen.findByTestId("lookup-empty-notebook");
    expect(empty).toHaveTextContent("Your notebook is empty. Add your first customer");

    await user.click(screen.getByRole("button", { name: "New customer" }));
    expect(await screen.findByTestId("field-full_name")).toHaveFocus();
  });

  it("does not call the notebook empty when it has customers", async () => {
    await startApp();
    await waitFor(() => expect(screen.getByTestId("app-ready")).toBeInTheDocument());
    expect(screen.queryByTestId("lookup-empty-notebook")).not.toBeInTheDocument();
  });

  it("says plainly when no one matches, and offers to add them with the name typed", async () => {
    const { user, box } = await startApp();

    await user.type(box, "Zoe Quinn");

    const none = await screen.findByTestId("lookup-no-results");
    expect(none).toHaveTextContent("No one found for “Zoe Quinn”");
    await user.click(screen.getByRole("button", { name: "New customer" }));
    expect(await screen.findByTestId("field-full_name")).toHaveValue("Zoe Quinn");
  });

  it("shows a name full of markup as plain text, never as HTML", async () => {
    const nasty = "<img src=x onerror=alert(1)>";
    vi.mocked(ipc.searchCustomers).mockResolvedValue([
      summary({ id: "id-x", full_name: nasty, company: "<b>Evil</b> Ltd" }),
    ]);
    const { user, box } = await startApp();

    await user.type(box, "img");

    const row = await screen.findByTestId("lookup-result");
    expect(row).toHaveTextContent(nasty);
    expect(row).toHaveTextContent("<b>Evil</b> Ltd");
    expect(document.querySelector("img")).toBeNull();
    expect(document.querySelector("b")).toBeNull();
  });
});

describe("Keyboard shortcuts", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
  });

  it("Ctrl+N opens a new customer form and Ctrl+K goes back to the lookup box", async () => {
    const { user } = await startApp();

    await user.keyboard("{Control>}n{/Control}");
    const name = await screen.findByTestId("field-full_name");
    expect(name).toHaveFocus();

    await user.keyboard("{Control>}k{/Control}");
    expect(await screen.findByTestId("lookup-input")).toHaveFocus();
    expect(screen.queryByTestId("field-full_name")).not.toBeInTheDocument();
  });
});
