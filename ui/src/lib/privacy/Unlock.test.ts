import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "../../App.svelte";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import { reportLocked } from "../api/locked";
import { pendingCall, resetIpc } from "../../test/ipcMock";
import { deferred, lockStatus } from "../../test/fixtures";
import { app, openCaller, resetApp } from "../shell/app.svelte";
import { setLanguage } from "../i18n/i18n.svelte";
import { resetLocking, whenOpen } from "./locking";
import type { ShellHandlers } from "../api/events";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

// The shell's events: kept so a test can send one (Kindly locking on its own).
const shell: { handlers: ShellHandlers | null } = { handlers: null };
vi.mock("../api/events", () => ({
  listenToShell: (handlers: ShellHandlers) => {
    shell.handlers = handlers;
    return () => {
      shell.handlers = null;
    };
  },
}));

const WRONG = "That passphrase is not right. Please try again.";

/** Every command that reads the notebook (lock_status and unlock aside). */
function notebookCommands() {
  return [
    ipc.notebookInfo,
    ipc.staffRoster,
    ipc.timeSettings,
    ipc.getToday,
    pendingCall,
    ipc.searchCustomers,
  ].map((fn) => vi.mocked(fn));
}

/** Starts the app on a protected notebook that is open, and waits until it can be used. */
async function startOpen(minutes = 0) {
  vi.mocked(ipc.lockStatus).mockResolvedValue(lockStatus({ protected: true, lock_after_minutes: minutes }));
  const user = userEvent.setup();
  render(App);
  await screen.findByTestId("app-ready");
  return user;
}

/** The app's own part of the page (header and screen), under any unlock screen. */
function appShell(): HTMLElement {
  return screen.getByTestId("nav-today").closest<HTMLElement>(".app")!;
}

describe("The window's first question", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    resetLocking();
  });

  it("carries the window's language, so the shell's words follow it without a request of their own", async () => {
    await setLanguage("fr", false);
    vi.mocked(ipc.setLanguage).mockClear();
    try {
      render(App);
      await waitFor(() => expect(vi.mocked(ipc.windowStart)).toHaveBeenCalledWith("fr"));
      expect(vi.mocked(ipc.setLanguage)).not.toHaveBeenCalled();
    } finally {
      await setLanguage("en", false);
    }
  });
});

describe("A notebook locked at start", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    resetLocking();
    vi.mocked(ipc.lockStatus).mockResolvedValue(lockStatus({ locked: true, protected: true }));
  });

  it("shows only the unlock screen, and reads nothing from the notebook until unlocked", async () => {
    render(App);

    const unlock = await screen.findByTestId("unlock-screen");
    expect(unlock).toHaveTextContent("Kindly");
    expect(screen.getByRole("heading", { name: "This notebook is protected" })).toBeInTheDocument();
    const box = screen.getByLabelText("Passphrase");
    expect(box).toBe(screen.getByTestId("unlock-passphrase"));
    expect(box).toHaveAttribute("type", "password");
    await waitFor(() => expect(box).toHaveFocus());
    expect(screen.getByRole("checkbox", { name: "Remember on this computer" })).not.toBeChecked();
    expect(screen.getByTestId("unlock-remember")).toHaveAccessibleDescription(
      "Kindly opens without asking on this computer; anyone who can log in as you can then open it.",
    );
    // Nothing of the app is there, not even hidden.
    expect(screen.queryByTestId("nav-today")).not.toBeInTheDocument();
    expect(screen.queryByTestId("lookup-input")).not.toBeInTheDocument();
    expect(screen.queryByTestId("app-ready")).not.toBeInTheDocument();
    expect(vi.mocked(ipc.lockStatus)).toHaveBeenCalledTimes(1);
    for (const command of notebookCommands()) expect(command).not.toHaveBeenCalled();
  });

  it("says a wrong passphrase beside the box, then opens the app with the right one", async () => {
    const user = userEvent.setup();
    render(App);
    const box = await screen.findByTestId("unlock-passphrase");
    vi.mocked(ipc.unlock).mockRejectedValueOnce(new KindlyError("invalid_input", WRONG, "passphrase"));

    await user.type(box, "wrong guess{Enter}");

    const error = await screen.findByTestId("error-passphrase");
    expect(error).toHaveTextContent(WRONG);
    expect(box).toHaveAttribute("aria-invalid", "true");
    expect(box).toHaveAccessibleDescription(WRONG);
    expect(box).toHaveFocus();
    expect(vi.mocked(ipc.unlock)).toHaveBeenCalledWith("wrong guess", false);
    for (const command of notebookCommands()) expect(command).not.toHaveBeenCalled();

    // What was typed is selected: typing again replaces it.
    const answer = deferred<ReturnType<typeof lockStatus>>();
    vi.mocked(ipc.unlock).mockReturnValueOnce(answer.promise);
    await user.keyboard("correct horse");
    await user.click(screen.getByTestId("unlock-remember"));
    await user.click(screen.getByTestId("unlock-submit"));
    expect(vi.mocked(ipc.unlock)).toHaveBeenLastCalledWith("correct horse", true);
    expect(screen.getByTestId("unlock-submit")).toHaveTextContent("Unlocking…");
    expect(screen.getByTestId("unlock-submit")).toBeDisabled();
    // From now on the shell says it is open.
    vi.mocked(ipc.lockStatus).mockResolvedValue(lockStatus({ protected: true, remembered: true }));
    answer.resolve(lockStatus({ protected: true, remembered: true }));

    await screen.findByTestId("app-ready");
    expect(screen.queryByTestId("unlock-screen")).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId("lookup-input")).toHaveFocus());
    expect(vi.mocked(ipc.notebookInfo)).toHaveBeenCalled();
    expect(vi.mocked(ipc.staffRoster)).toHaveBeenCalled();
    expect(vi.mocked(ipc.timeSettings)).toHaveBeenCalled();
    expect(pendingCall).toHaveBeenCalled();
    // The header offers to lock it again.
    expect(screen.getByTestId("lock-now")).toHaveTextContent("Lock");
  });

  it("asks for the passphrase before trying, and hides Remember when this computer already remembers it", async () => {
    vi.mocked(ipc.lockStatus).mockResolvedValue(
      lockStatus({ locked: true, protected: true, remembered: true }),
    );
    const user = userEvent.setup();
    render(App);
    await screen.findByTestId("unlock-screen");

    expect(screen.queryByTestId("unlock-remember")).not.toBeInTheDocument();
    await user.click(screen.getByTestId("unlock-submit"));
    expect(await screen.findByTestId("error-passphrase")).toHaveTextContent("Please type the passphrase.");
    expect(vi.mocked(ipc.unlock)).not.toHaveBeenCalled();
  });

  it("opens even when this computer cannot remember the passphrase, and says so", async () => {
    const user = userEvent.setup();
    render(App);
    const box = await screen.findByTestId("unlock-passphrase");
    vi.mocked(ipc.unlock).mockRejectedValueOnce(
      new KindlyError("system", "This computer's keychain could not keep the passphrase."),
    );
    vi.mocked(ipc.lockStatus).mockResolvedValue(lockStatus({ protected: true }));

    await user.type(box, "correct horse");
    await user.click(screen.getByTestId("unlock-remember"));
    await user.keyboard("{Enter}");

    await screen.findByTestId("app-ready");
    expect(screen.getByTestId("privacy-notice")).toHaveTextContent(
      "This computer's keychain could not keep the passphrase.",
    );
    await user.click(screen.getByTestId("privacy-notice-dismiss"));
    expect(screen.queryByTestId("privacy-notice")).not.toBeInTheDocument();
  });
});

describe("Locking an open notebook", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    resetLocking();
  });

  it("has no Lock button when the notebook is not protected, and Ctrl+Shift+L does nothing", async () => {
    const user = userEvent.setup();
    render(App);
    await screen.findByTestId("app-ready");

    expect(screen.queryByTestId("lock-now")).not.toBeInTheDocument();
    await user.keyboard("{Control>}{Shift>}l{/Shift}{/Control}");
    expect(vi.mocked(ipc.lockNotebook)).not.toHaveBeenCalled();
    expect(screen.queryByTestId("unlock-screen")).not.toBeInTheDocument();
  });

  it("shows the unlock screen when Kindly locked the notebook itself after the idle time", async () => {
    await startOpen(5);
    vi.mocked(ipc.lockStatus).mockResolvedValue(lockStatus({ locked: true, protected: true }));
    shell.handlers?.locked();
    expect(await screen.findByTestId("unlock-screen")).toBeInTheDocument();
    expect(appShell()).toHaveAttribute("inert");
  });

  it("covers the app with the unlock screen, keeps what was typed, and gives it back with focus", async () => {
    const user = await startOpen();
    const lock = screen.getByTestId("lock-now");
    expect(lock).toHaveAttribute("title", "Lock now (Ctrl+Shift+L)");

    await user.click(screen.getByTestId("nav-new-customer"));
    const name = await screen.findByTestId("field-full_name");
    await user.type(name, "Rosa Diaz, half-typed");

    // Ctrl+Shift+L from the form.
    await user.keyboard("{Control>}{Shift>}l{/Shift}{/Control}");

    const unlock = await screen.findByTestId("unlock-screen");
    expect(vi.mocked(ipc.lockNotebook)).toHaveBeenCalledTimes(1);
    const shell = appShell();
    expect(shell).toHaveAttribute("inert");
    expect(shell).toHaveAttribute("aria-hidden", "true");
    expect(screen.queryByTestId("app-ready")).not.toBeInTheDocument();
    // The form is still there underneath, as typed.
    expect(name).toBeInTheDocument();
    expect(name).toHaveValue("Rosa Diaz, half-typed");
    const box = within(unlock).getByTestId("unlock-passphrase");
    await waitFor(() => expect(box).toHaveFocus());

    // Keys typed on the unlock screen never reach the form's shortcuts (Esc would cancel it).
    await user.type(box, "correct horse{Escape}");
    expect(name).toHaveValue("Rosa Diaz, half-typed");
    vi.mocked(ipc.notebookInfo).mockClear();
    vi.mocked(ipc.getToday).mockClear();
    await user.keyboard("{Enter}");

    await screen.findByTestId("app-ready");
    expect(screen.queryByTestId("unlock-screen")).not.toBeInTheDocument();
    expect(shell).not.toHaveAttribute("inert");
    expect(shell).not.toHaveAttribute("aria-hidden");
    expect(screen.getByTestId("field-full_name")).toBe(name);
    expect(name).toHaveValue("Rosa Diaz, half-typed");
    await waitFor(() => expect(name).toHaveFocus());
    // What is on show is brought up to date.
    expect(vi.mocked(ipc.notebookInfo)).toHaveBeenCalled();
    expect(vi.mocked(ipc.getToday)).toHaveBeenCalled();
  });

  it("locks from the header's Lock button", async () => {
    const user = await startOpen();

    await user.click(screen.getByTestId("lock-now"));

    expect(await screen.findByTestId("unlock-screen")).toBeInTheDocument();
    expect(vi.mocked(ipc.lockNotebook)).toHaveBeenCalledTimes(1);
    expect(appShell()).toHaveAttribute("inert");
  });

  it("asks for the passphrase when a command answers that the notebook is locked", async () => {
    await startOpen();
    const box = screen.getByTestId("lookup-input");

    reportLocked();

    expect(await screen.findByTestId("unlock-screen")).toBeInTheDocument();
    expect(appShell()).toHaveAttribute("inert");
    expect(box).toBeInTheDocument();
    expect(vi.mocked(ipc.lockNotebook)).not.toHaveBeenCalled();
  });

  it("keeps what the shell asks for while locked (a call arriving) until the notebook is unlocked", async () => {
    const user = await startOpen();
    const box = screen.getByTestId("lookup-input");
    reportLocked();
    await screen.findByTestId("unlock-screen");

    whenOpen(() => openCaller("07700 900123"));

    // Nothing changes under the unlock screen.
    expect(app.route.name).toBe("lookup");
    expect(box).toBeInTheDocument();
    await user.type(screen.getByTestId("unlock-passphrase"), "correct horse{Enter}");

    await waitFor(() => expect(app.route).toEqual({ name: "call", number: "07700 900123" }));
    expect(screen.queryByTestId("unlock-screen")).not.toBeInTheDocument();
  });

  it("shows the app again, with the reason, when the notebook could not be locked", async () => {
    const user = await startOpen();
    vi.mocked(ipc.lockNotebook).mockRejectedValueOnce(
      new KindlyError("storage", "The notebook could not be written."),
    );

    await user.click(screen.getByTestId("lock-now"));

    expect(await screen.findByTestId("privacy-notice")).toHaveTextContent(
      "Kindly could not lock the notebook: The notebook could not be written.",
    );
    expect(screen.queryByTestId("unlock-screen")).not.toBeInTheDocument();
    expect(screen.getByTestId("app-ready")).toBeInTheDocument();
  });

  it("locks by itself after the chosen time without use", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      await startOpen(5);
      expect(app.lock?.lock_after_minutes).toBe(5);

      await vi.advanceTimersByTimeAsync(4 * 60_000);
      // Someone presses a key: the count starts again.
      window.dispatchEvent(new KeyboardEvent("keydown", { key: "a" }));
      await vi.advanceTimersByTimeAsync(4 * 60_000);
      expect(screen.queryByTestId("unlock-screen")).not.toBeInTheDocument();
      expect(vi.mocked(ipc.lockNotebook)).not.toHaveBeenCalled();

      await vi.advanceTimersByTimeAsync(60_000 + 100);
      expect(vi.mocked(ipc.lockNotebook)).toHaveBeenCalledTimes(1);
      await waitFor(() => expect(screen.getByTestId("unlock-screen")).toBeInTheDocument());
    } finally {
      vi.useRealTimers();
    }
  });
});
