import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "../../App.svelte";
import { resetIpc } from "../../test/ipcMock";
import { app, resetApp } from "../shell/app.svelte";
import { closeShortcutSheet } from "./sheet.svelte";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

async function startApp() {
  const user = userEvent.setup();
  render(App);
  await screen.findByTestId("app-ready");
  const box = screen.getByTestId("lookup-input");
  await waitFor(() => expect(box).toHaveFocus());
  return { user, box };
}

describe("The keyboard-shortcut sheet", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    closeShortcutSheet();
  });

  it("opens on ? when not typing, lists the real shortcuts, and Esc closes it with focus back", async () => {
    const { user } = await startApp();
    const settings = screen.getByTestId("nav-settings");
    settings.focus();

    await user.keyboard("?");

    const sheet = await screen.findByRole("dialog", { name: "Keyboard shortcuts" });
    expect(sheet).toHaveAttribute("aria-modal", "true");
    expect(within(sheet).getByRole("button", { name: /Close/ })).toHaveFocus();
    const lines = within(sheet)
      .getAllByTestId("shortcut-line")
      .map((line) => line.textContent ?? "");
    for (const keys of [
      "Ctrl+K",
      "Ctrl+N",
      "Ctrl+T",
      "Ctrl+B",
      "Ctrl+Shift+L",
      "Ctrl+L",
      "Ctrl+Enter",
      "Esc",
    ]) {
      expect(lines.some((line) => line.includes(keys))).toBe(true);
    }

    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    await waitFor(() => expect(settings).toHaveFocus());
    // Esc closed the sheet only: the screen underneath stays.
    expect(app.route.name).toBe("lookup");
  });

  it("is text in a field, not a shortcut, while typing", async () => {
    const { user, box } = await startApp();
    await user.type(box, "who?");
    expect(box).toHaveValue("who?");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("opens from the header's button and keeps Tab inside until closed", async () => {
    const { user } = await startApp();
    const button = screen.getByRole("button", { name: "Keyboard shortcuts" });
    await user.click(button);

    const sheet = await screen.findByRole("dialog", { name: "Keyboard shortcuts" });
    const close = within(sheet).getByRole("button", { name: /Close/ });
    expect(close).toHaveFocus();
    await user.tab();
    expect(close).toHaveFocus();
    await user.tab({ shift: true });
    expect(close).toHaveFocus();

    await user.click(close);
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    await waitFor(() => expect(button).toHaveFocus());
  });

  it("gets out of the way of a shortcut pressed while it is open", async () => {
    const { user } = await startApp();
    screen.getByTestId("nav-settings").focus();
    await user.keyboard("?");
    await screen.findByRole("dialog");

    await user.keyboard("{Control>}t{/Control}");

    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(app.route.name).toBe("today");
  });

  it("keeps a screen's own keys from acting underneath it", async () => {
    const { user } = await startApp();
    const keys = vi.fn();
    window.addEventListener("keydown", keys);
    screen.getByTestId("nav-settings").focus();
    await user.keyboard("?");
    await screen.findByRole("dialog");
    keys.mockClear();

    await user.keyboard("{Control>}l{/Control}");

    expect(keys).not.toHaveBeenCalled();
    expect(screen.getByRole("dialog")).toBeInTheDocument();
    window.removeEventListener("keydown", keys);
  });
});
