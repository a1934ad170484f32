import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "../../App.svelte";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import { resetIpc } from "../../test/ipcMock";
import { roster } from "../../test/fixtures";
import { app, resetApp } from "../shell/app.svelte";
import { suggestInitials } from "./roster";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

async function openSettings() {
  const user = userEvent.setup();
  render(App);
  await screen.findByTestId("app-ready");
  await user.click(screen.getByTestId("nav-settings"));
  await screen.findByTestId("staff-name");
  return user;
}

describe("Staff and who is at the desk", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
  });

  it("loads the staff list once at start and shows who is at the desk in the header", async () => {
    vi.mocked(ipc.staffRoster).mockResolvedValue(roster(true));
    render(App);

    const picker = await screen.findByTestId<HTMLSelectElement>("at-desk");
    await waitFor(() => expect(picker).toHaveValue("staff-ana"));
    expect([...picker.options].map((o) => o.textContent)).toEqual(["Nobody chosen", "Ana", "Ben Okoro"]);
    expect(screen.getByRole("combobox", { name: "At the desk:" })).toBe(picker);
    expect(vi.mocked(ipc.staffRoster)).toHaveBeenCalledTimes(1);
  });

  it("changes who is at the desk, and back to nobody", async () => {
    vi.mocked(ipc.staffRoster).mockResolvedValue(roster(true));
    const user = userEvent.setup();
    render(App);
    const picker = await screen.findByTestId<HTMLSelectElement>("at-desk");
    await waitFor(() => expect(picker).toHaveValue("staff-ana"));

    await user.selectOptions(picker, "staff-ben");
    expect(vi.mocked(ipc.setAtDesk)).toHaveBeenLastCalledWith("staff-ben");
    await waitFor(() => expect(app.roster.at_desk).toBe("staff-ben"));

    await user.selectOptions(picker, "");
    expect(vi.mocked(ipc.setAtDesk)).toHaveBeenLastCalledWith(null);
  });

  it("adds a person in Settings, suggesting initials from the name", async () => {
    vi.mocked(ipc.addStaff).mockImplementation(async (name, initials) => ({
      staff: [{ id: "s1", name, initials }],
      at_desk: null,
      signed_in: null,
    }));
    const user = await openSettings();

    await user.type(screen.getByTestId("staff-name"), "Kathy Moss");
    expect(screen.getByTestId("staff-initials")).toHaveAttribute("placeholder", "KM");
    await user.click(screen.getByTestId("staff-add"));

    expect(vi.mocked(ipc.addStaff)).toHaveBeenCalledWith("Kathy Moss", "KM");
    const row = await screen.findByTestId("staff-row");
    expect(row).toHaveTextContent("Kathy Moss");
    expect(screen.getByTestId("staff-name")).toHaveValue("");
    expect(screen.getByTestId("at-desk")).toHaveTextContent("Kathy Moss");
  });

  it("shows a refused name beside the field", async () => {
    vi.mocked(ipc.addStaff).mockRejectedValue(
      new KindlyError("invalid_input", "Someone called Ana is already on the list.", "name"),
    );
    const user = await openSettings();

    await user.type(screen.getByTestId("staff-name"), "Ana{Enter}");

    expect(await screen.findByTestId("error-name")).toHaveTextContent("already on the list");
    expect(screen.getByTestId("staff-name")).toHaveFocus();
  });

  it("removes a person", async () => {
    vi.mocked(ipc.staffRoster).mockResolvedValue(roster(true));
    vi.mocked(ipc.removeStaff).mockResolvedValue({
      staff: [roster(true).staff[0]],
      at_desk: "staff-ana",
      signed_in: null,
    });
    const user = await openSettings();
    const rows = await screen.findAllByTestId("staff-row");

    await user.click(within(rows[1]).getByTestId("staff-remove"));

    expect(vi.mocked(ipc.removeStaff)).toHaveBeenCalledWith("staff-ben");
    await waitFor(() => expect(screen.getAllByTestId("staff-row")).toHaveLength(1));
  });

  it("makes initials from a name", () => {
    expect(suggestInitials("Ana")).toBe("A");
    expect(suggestInitials("  ben  okoro ")).toBe("BO");
    expect(suggestInitials("")).toBe("");
  });
});
