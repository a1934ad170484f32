import { render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "../../App.svelte";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import { resetIpc } from "../../test/ipcMock";
import { info } from "../../test/fixtures";
import { app, resetApp } from "../shell/app.svelte";
import { PHONE_REGIONS, regionOptions } from "./regions";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

async function openSettings() {
  const user = userEvent.setup();
  render(App);
  await screen.findByTestId("app-ready");
  await user.click(screen.getByTestId("nav-settings"));
  const select = await screen.findByTestId<HTMLSelectElement>("settings-phone-region");
  return { user, select };
}

describe("Settings", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    vi.mocked(ipc.notebookInfo).mockResolvedValue(
      info({ phone_region: "FR", path: "/home/shop/Kindly/notebook.sqlite" }),
    );
  });

  it("shows the current country preselected, listed by name, and where the notebook is kept", async () => {
    const { select } = await openSettings();

    expect(screen.getByTestId("nav-settings")).toHaveAttribute("aria-current", "page");
    expect(select).toHaveValue("FR");
    expect(select.selectedOptions[0]).toHaveTextContent("France");
    expect(screen.getByRole("combobox", { name: "Country for phone numbers" })).toBe(select);
    expect(select).toHaveAccessibleDescription(/without a \+ and country code/);

    const names = [...select.options].map((o) => o.textContent ?? "");
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
    expect(names).toContain("United Kingdom");

    expect(screen.getByTestId("settings-notebook-path")).toHaveTextContent(
      "/home/shop/Kindly/notebook.sqlite",
    );
    expect(screen.queryByTestId("settings-saved")).not.toBeInTheDocument();
  });

  it("on a team notebook, names the signed-in person and leaves out the file, passphrase and backups", async () => {
    await openSettings();
    expect(screen.getByTestId("at-desk")).toBeInTheDocument();
    app.roster = { ...app.roster, signed_in: "Ana Lima" };
    await waitFor(() => expect(screen.queryByTestId("settings-notebook-path")).not.toBeInTheDocument());
    expect(screen.getByTestId("signed-in-as")).toHaveTextContent("Signed in as Ana Lima · team notebook");
    expect(screen.queryByTestId("at-desk")).not.toBeInTheDocument();
    expect(screen.getByTestId("settings-team")).toBeInTheDocument();
  });

  it("saves a new country straight away and says so", async () => {
    const { user, select } = await openSettings();

    await user.selectOptions(select, "GB");

    expect(vi.mocked(ipc.setPhoneRegion)).toHaveBeenCalledTimes(1);
    expect(vi.mocked(ipc.setPhoneRegion)).toHaveBeenCalledWith("GB");
    expect(await screen.findByTestId("settings-saved")).toHaveTextContent("Saved.");
    expect(select).toHaveValue("GB");
    expect(app.info?.phone_region).toBe("GB");
    expect(screen.queryByTestId("error-phone_region")).not.toBeInTheDocument();
  });

  it("shows a refused country's message beside the select", async () => {
    vi.mocked(ipc.setPhoneRegion).mockRejectedValue(
      new KindlyError("invalid_input", "Choose a country from the list.", "phone_region"),
    );
    const { user, select } = await openSettings();

    await user.selectOptions(select, "DE");

    const error = await screen.findByTestId("error-phone_region");
    expect(error).toHaveTextContent("Choose a country from the list.");
    expect(select).toHaveAccessibleDescription(/Choose a country from the list\./);
    expect(screen.queryByTestId("settings-saved")).not.toBeInTheDocument();
    await waitFor(() => expect(select).toHaveValue("FR"));
    expect(app.info?.phone_region).toBe("FR");
  });
});

describe("Reminder settings", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    vi.mocked(ipc.timeSettings).mockResolvedValue({ time_zone: "Europe/London", reminder_time: "09:00" });
  });

  it("shows the reminder time, the time zone, and whether Kindly starts at log-in", async () => {
    await openSettings();

    expect(await screen.findByTestId("reminder-time")).toHaveValue("09:00");
    await waitFor(() =>
      expect(screen.getByTestId("time-zone")).toHaveTextContent(
        "Times are in Europe/London, your computer’s time zone.",
      ),
    );
    await waitFor(() => expect(screen.getByTestId("autostart")).toBeEnabled());
    expect(screen.getByTestId("autostart")).not.toBeChecked();
    expect(screen.getByText(/closing the window keeps Kindly running in the tray/i)).toBeInTheDocument();
  });

  it("saves a new reminder time and says so", async () => {
    const { user } = await openSettings();
    const time = await screen.findByTestId("reminder-time");
    await waitFor(() => expect(time).toHaveValue("09:00"));

    await user.clear(time);
    await user.type(time, "08:30");
    await user.click(screen.getByTestId("reminder-time-save"));

    expect(vi.mocked(ipc.setReminderTime)).toHaveBeenCalledWith("08:30");
    expect(await screen.findByTestId("reminder-time-saved")).toHaveTextContent("remind at 08:30");
    expect(app.time?.reminder_time).toBe("08:30");
  });

  it("shows a refused reminder time beside it", async () => {
    vi.mocked(ipc.setReminderTime).mockRejectedValue(
      new KindlyError("invalid_input", "Please enter a time such as 09:30.", "reminder_time"),
    );
    const { user } = await openSettings();
    const time = await screen.findByTestId("reminder-time");
    await waitFor(() => expect(time).toHaveValue("09:00"));

    await user.click(screen.getByTestId("reminder-time-save"));

    expect(await screen.findByTestId("error-reminder_time")).toHaveTextContent("Please enter a time");
    expect(time).toHaveAttribute("aria-invalid", "true");
    expect(screen.queryByTestId("reminder-time-saved")).not.toBeInTheDocument();
  });

  it("turns starting at log-in on, and back off when the computer refuses", async () => {
    const { user } = await openSettings();
    const box = await screen.findByTestId("autostart");
    await waitFor(() => expect(box).toBeEnabled());

    await user.click(box);
    expect(vi.mocked(ipc.setAutostart)).toHaveBeenCalledWith(true);
    await waitFor(() => expect(box).toBeChecked());

    vi.mocked(ipc.setAutostart).mockRejectedValueOnce(
      new KindlyError("unexpected", "That could not be changed."),
    );
    await user.click(box);
    expect(await screen.findByText("That could not be changed.")).toBeInTheDocument();
    await waitFor(() => expect(box).toBeChecked());
  });
});

describe("regionOptions", () => {
  it("names every code, sorted by name, and keeps an unlisted saved code", () => {
    const options = regionOptions("", ["en"]);
    expect(options).toHaveLength(PHONE_REGIONS.length);
    expect(options.find((o) => o.code === "DE")?.name).toBe("Germany");
    const withOdd = regionOptions("xk", ["en"]);
    expect(withOdd.map((o) => o.code)).toContain("XK");
  });
});

describe("Look up from anywhere", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
  });

  it("is off until a key combination is saved, then says it is on", async () => {
    const { user } = await openSettings();

    const current = screen.getByTestId("shortcut-current");
    await waitFor(() => expect(current).toHaveTextContent("Off"));
    const box = screen.getByTestId("shortcut-input");
    expect(box).toHaveValue("");
    expect(box).toHaveAccessibleDescription(/Ctrl, Alt, Shift or Super with a key/);

    await user.type(box, " Ctrl+Shift+K ");
    await user.click(screen.getByTestId("shortcut-save"));

    expect(vi.mocked(ipc.setGlobalShortcut)).toHaveBeenCalledWith("Ctrl+Shift+K");
    expect(await screen.findByTestId("shortcut-saved")).toHaveTextContent(
      "Saved. Press Ctrl+Shift+K anywhere to look someone up.",
    );
    expect(current).toHaveTextContent("Ctrl+Shift+K");
  });

  it("shows the combination in force, and turns it off", async () => {
    vi.mocked(ipc.globalShortcut).mockResolvedValue("Alt+Super+L");
    const { user } = await openSettings();

    await waitFor(() => expect(screen.getByTestId("shortcut-current")).toHaveTextContent("Alt+Super+L"));
    expect(screen.getByTestId("shortcut-input")).toHaveValue("Alt+Super+L");

    await user.click(screen.getByTestId("shortcut-off"));

    expect(vi.mocked(ipc.setGlobalShortcut)).toHaveBeenCalledWith(null);
    expect(await screen.findByTestId("shortcut-saved")).toHaveTextContent("Turned off.");
    expect(screen.getByTestId("shortcut-current")).toHaveTextContent("Off");
  });

  it("shows a combination the computer cannot use beside the box, and keeps what is in force", async () => {
    vi.mocked(ipc.setGlobalShortcut).mockRejectedValue(
      new KindlyError("invalid_input", "Another program already uses Ctrl+Alt+Delete.", "shortcut"),
    );
    const { user } = await openSettings();
    await waitFor(() => expect(screen.getByTestId("shortcut-current")).toHaveTextContent("Off"));
    const box = screen.getByTestId("shortcut-input");

    await user.type(box, "Ctrl+Alt+Delete{Enter}");

    const error = await screen.findByTestId("error-shortcut");
    expect(error).toHaveTextContent("Another program already uses Ctrl+Alt+Delete.");
    expect(box).toHaveAttribute("aria-invalid", "true");
    expect(box).toHaveAccessibleDescription(/Another program already uses/);
    expect(box).toHaveFocus();
    expect(screen.getByTestId("shortcut-current")).toHaveTextContent("Off");
    expect(screen.queryByTestId("shortcut-saved")).not.toBeInTheDocument();
  });

  it("asks for a combination instead of saving an empty one", async () => {
    const { user } = await openSettings();
    await waitFor(() => expect(screen.getByTestId("shortcut-current")).toHaveTextContent("Off"));

    await user.click(screen.getByTestId("shortcut-save"));

    expect(await screen.findByTestId("error-shortcut")).toHaveTextContent("such as Ctrl+Shift+K");
    expect(vi.mocked(ipc.setGlobalShortcut)).not.toHaveBeenCalled();
  });
});
