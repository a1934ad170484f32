import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "../../App.svelte";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import { resetIpc } from "../../test/ipcMock";
import { resetApp } from "../shell/app.svelte";
import { backupWhen } from "./backups";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

async function openAbout() {
  const user = userEvent.setup();
  render(App);
  await screen.findByTestId("app-ready");
  await user.click(screen.getByTestId("nav-settings"));
  const about = await screen.findByTestId("settings-about");
  await within(about).findByTestId("about-version");
  return { user, about };
}

describe("Settings → About", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
  });

  it("shows the version and the notebook's file, and opens the log folder", async () => {
    vi.mocked(ipc.about).mockResolvedValue({
      version: "1.4.2",
      path: "/home/shop/Kindly/notebook.sqlite",
      server: null,
      database: null,
    });
    const { user, about } = await openAbout();

    expect(within(about).getByRole("heading", { name: "About" })).toBeInTheDocument();
    expect(within(about).getByTestId("about-version")).toHaveTextContent("Kindly 1.4.2");
    expect(within(about).getByTestId("about-path")).toHaveTextContent("/home/shop/Kindly/notebook.sqlite");
    expect(within(about).queryByTestId("about-team")).not.toBeInTheDocument();

    await user.click(within(about).getByRole("button", { name: "Open log folder" }));
    // The window names no folder: the shell knows where its logs are.
    expect(ipc.openLogFolder).toHaveBeenCalledWith();
    expect(within(about).queryByRole("alert")).not.toBeInTheDocument();
  });

  it("on a team notebook, names its database and server instead of a file", async () => {
    vi.mocked(ipc.about).mockResolvedValue({
      version: "1.4.2",
      path: null,
      server: "db.shop.example:5432",
      database: "kindly",
    });
    const { about } = await openAbout();
    expect(within(about).getByTestId("about-team")).toHaveTextContent("kindly on db.shop.example:5432");
    expect(within(about).queryByTestId("about-path")).not.toBeInTheDocument();
  });

  it("says so when the log folder cannot be opened", async () => {
    vi.mocked(ipc.openLogFolder).mockRejectedValue(
      new KindlyError("system", "Kindly could not open the log folder. It is /tmp/logs.", null),
    );
    const { user, about } = await openAbout();
    await user.click(within(about).getByTestId("about-open-logs"));
    expect(await within(about).findByRole("alert")).toHaveTextContent(
      "Kindly could not open the log folder. It is /tmp/logs.",
    );
  });
});

describe("The notice after Kindly closed unexpectedly", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
  });

  it("says so once at the start, offers the log folder, and goes when dismissed", async () => {
    const at = Date.UTC(2026, 11, 6, 17, 30);
    vi.mocked(ipc.crashNotice).mockResolvedValue({ noted_at: at });
    const user = userEvent.setup();
    render(App);
    await screen.findByTestId("app-ready");

    const notice = await screen.findByTestId("crash-notice");
    expect(notice).toHaveRole("status");
    expect(notice).toHaveTextContent(`Kindly closed unexpectedly the last time it ran (${backupWhen(at)}).`);
    expect(notice).toHaveTextContent("without your customers' details");
    expect(ipc.crashNotice).toHaveBeenCalledTimes(1);

    await user.click(within(notice).getByRole("button", { name: "Open log folder" }));
    expect(ipc.openLogFolder).toHaveBeenCalledTimes(1);

    await user.click(within(notice).getByRole("button", { name: "Dismiss" }));
    await waitFor(() => expect(screen.queryByTestId("crash-notice")).not.toBeInTheDocument());
    // Moving around does not ask again: the shell tells it once.
    await user.click(screen.getByTestId("nav-settings"));
    await screen.findByTestId("settings-about");
    expect(screen.queryByTestId("crash-notice")).not.toBeInTheDocument();
    expect(ipc.crashNotice).toHaveBeenCalledTimes(1);
  });

  it("shows nothing after a normal run", async () => {
    render(App);
    await screen.findByTestId("app-ready");
    await waitFor(() => expect(ipc.crashNotice).toHaveBeenCalled());
    expect(screen.queryByTestId("crash-notice")).not.toBeInTheDocument();
  });
});
