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

describe("regionOptions", () => {
  it("names every code, sorted by name, and keeps an unlisted saved code", () => {
    const options = regionOptions("", ["en"]);
    expect(options).toHaveLength(PHONE_REGIONS.length);
    expect(options.find((o) => o.code === "DE")?.name).toBe("Germany");
    const withOdd = regionOptions("xk", ["en"]);
    expect(withOdd.map((o) => o.code)).toContain("XK");
  });
});
