import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "../../App.svelte";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import { resetIpc } from "../../test/ipcMock";
import { lockStatus } from "../../test/fixtures";
import { resetApp } from "../shell/app.svelte";
import { resetLocking } from "./locking";
import { lockAfterName, lockAfterOptions, protectedWords } from "./words";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

async function openSettings() {
  const user = userEvent.setup();
  render(App);
  await screen.findByTestId("app-ready");
  await user.click(screen.getByTestId("nav-settings"));
  const card = await screen.findByTestId("privacy-settings");
  return { user, card };
}

describe("Settings › Passphrase, not protected yet", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    resetLocking();
  });

  it("sits after where the notebook is kept and before Backups, and says what a passphrase does", async () => {
    const { card } = await openSettings();

    const titles = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    const at = titles.indexOf("Passphrase");
    expect(titles[at - 1]).toBe("Where your notebook is kept");
    expect(titles[at + 1]).toBe("Backups");
    expect(card).toHaveTextContent(
      "Protect this notebook with a passphrase so that nobody can read it without you, even if the laptop is lost. Kindly cannot recover a forgotten passphrase: write it down somewhere safe.",
    );
    expect(within(card).getByLabelText("Passphrase")).toBe(screen.getByTestId("protect-passphrase"));
    expect(within(card).getByLabelText("Type it again")).toBe(screen.getByTestId("protect-again"));
    expect(within(card).getByRole("checkbox", { name: "Remember on this computer" })).not.toBeChecked();
    expect(screen.getByTestId("protect-submit")).toHaveTextContent("Protect with passphrase");
    expect(screen.queryByTestId("lock-now")).not.toBeInTheDocument();
  });

  it("shows each refusal beside its own box, and puts the cursor there", async () => {
    const { user } = await openSettings();
    const passphrase = screen.getByTestId("protect-passphrase");
    const again = screen.getByTestId("protect-again");

    await user.click(screen.getByTestId("protect-submit"));
    expect(await screen.findByTestId("error-passphrase")).toHaveTextContent("Please choose a passphrase.");
    expect(passphrase).toHaveFocus();
    expect(vi.mocked(ipc.protectNotebook)).not.toHaveBeenCalled();

    vi.mocked(ipc.protectNotebook).mockRejectedValueOnce(
      new KindlyError("invalid_input", "Use at least 8 characters.", "passphrase"),
    );
    await user.type(passphrase, "short");
    await user.type(again, "short{Enter}");
    expect(vi.mocked(ipc.protectNotebook)).toHaveBeenLastCalledWith(
      "short",
      "short",
      false,
      expect.stringMatching(/^protect-/),
    );
    const tooShort = await screen.findByTestId("error-passphrase");
    expect(tooShort).toHaveTextContent("Use at least 8 characters.");
    expect(passphrase).toHaveAttribute("aria-invalid", "true");
    expect(passphrase).toHaveAccessibleDescription(/Use at least 8 characters\./);
    expect(again).toHaveAttribute("aria-invalid", "false");
    await waitFor(() => expect(passphrase).toHaveFocus());

    vi.mocked(ipc.protectNotebook).mockRejectedValueOnce(
      new KindlyError("invalid_input", "The two passphrases are not the same.", "again"),
    );
    await user.clear(passphrase);
    await user.type(passphrase, "correct horse");
    await user.clear(again);
    await user.type(again, "correct hrose");
    await user.click(screen.getByTestId("protect-submit"));
    expect(await screen.findByTestId("error-again")).toHaveTextContent(
      "The two passphrases are not the same.",
    );
    expect(screen.queryByTestId("error-passphrase")).not.toBeInTheDocument();
    expect(again).toHaveAttribute("aria-invalid", "true");
    expect(passphrase).toHaveAttribute("aria-invalid", "false");
    await waitFor(() => expect(again).toHaveFocus());
    expect(screen.queryByTestId("protect-done")).not.toBeInTheDocument();
  });

  it("protects the notebook, says older unprotected backups wait for the passphrase after a restart, and shows the Lock button", async () => {
    const { user } = await openSettings();
    vi.mocked(ipc.protectNotebook).mockResolvedValueOnce({
      settings: { protected: true, lock_after_minutes: 0 },
      plain_backups_waiting: 3,
    });
    vi.mocked(ipc.lockStatus).mockResolvedValue(lockStatus({ protected: true, remembered: true }));

    await user.type(screen.getByTestId("protect-passphrase"), "correct horse");
    await user.type(screen.getByTestId("protect-again"), "correct horse");
    await user.click(screen.getByTestId("protect-remember"));
    await user.click(screen.getByTestId("protect-submit"));

    expect(vi.mocked(ipc.protectNotebook)).toHaveBeenCalledWith(
      "correct horse",
      "correct horse",
      true,
      expect.stringMatching(/^protect-/),
    );
    const done = await screen.findByTestId("protect-done");
    expect(done).toHaveTextContent(
      "Protected. 3 older backups are not protected; a protected one was taken now. The unprotected ones are removed the first time you unlock Kindly with the passphrase after it starts again.",
    );
    expect(screen.getByTestId("privacy-status")).toHaveTextContent(
      "This notebook is protected with a passphrase.",
    );
    // Nothing typed is left anywhere.
    expect(screen.queryByTestId("protect-passphrase")).not.toBeInTheDocument();
    expect(screen.getByTestId("lock-now")).toBeInTheDocument();
    expect(screen.getByTestId("forget-remembered")).toBeInTheDocument();
  });

  it("counts the notebook protected when only remembering the passphrase failed", async () => {
    const { user } = await openSettings();
    vi.mocked(ipc.protectNotebook).mockRejectedValueOnce(
      new KindlyError("system", "This computer's keychain could not keep the passphrase."),
    );
    vi.mocked(ipc.lockStatus).mockResolvedValue(lockStatus({ protected: true }));

    await user.type(screen.getByTestId("protect-passphrase"), "correct horse");
    await user.type(screen.getByTestId("protect-again"), "correct horse");
    await user.click(screen.getByTestId("protect-remember"));
    await user.click(screen.getByTestId("protect-submit"));

    expect(await screen.findByTestId("protect-done")).toHaveTextContent("Protected.");
    expect(screen.getByTestId("privacy-keychain-warning")).toHaveTextContent(
      "This computer's keychain could not keep the passphrase.",
    );
    expect(screen.queryByTestId("protect-error")).not.toBeInTheDocument();
    expect(screen.getByTestId("lock-now")).toBeInTheDocument();
  });
});

describe("Settings › Passphrase, protected", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    resetLocking();
    vi.mocked(ipc.lockStatus).mockResolvedValue(lockStatus({ protected: true, lock_after_minutes: 15 }));
  });

  it("sets the time to lock after, and says it is saved", async () => {
    const { user } = await openSettings();
    const select = screen.getByTestId("lock-after-select");
    expect(select).toHaveValue("15");
    expect(screen.getByRole("combobox", { name: "Lock after" })).toBe(select);
    expect(
      within(select)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Never", "5 minutes", "15 minutes", "30 minutes", "1 hour", "4 hours"]);

    await user.selectOptions(select, "240");

    expect(vi.mocked(ipc.setLockAfter)).toHaveBeenCalledWith(240);
    expect(await screen.findByTestId("lock-after-saved")).toHaveTextContent("Saved.");
    expect(select).toHaveValue("240");
  });

  it("changes the passphrase, with a wrong current one said beside its box", async () => {
    const { user } = await openSettings();
    expect(screen.queryByTestId("forget-remembered")).not.toBeInTheDocument();

    await user.click(screen.getByTestId("change-open"));
    const current = screen.getByTestId("change-current");
    await waitFor(() => expect(current).toHaveFocus());
    vi.mocked(ipc.changePassphrase).mockRejectedValueOnce(
      new KindlyError("invalid_input", "That is not the passphrase in use now.", "current"),
    );
    await user.type(current, "not it");
    await user.type(screen.getByTestId("change-passphrase"), "new and better");
    await user.type(screen.getByTestId("change-again"), "new and better{Enter}");

    expect(await screen.findByTestId("error-current")).toHaveTextContent(
      "That is not the passphrase in use now.",
    );
    expect(current).toHaveAttribute("aria-invalid", "true");
    await waitFor(() => expect(current).toHaveFocus());

    await user.clear(current);
    await user.type(current, "correct horse");
    await user.click(screen.getByTestId("change-submit"));

    expect(vi.mocked(ipc.changePassphrase)).toHaveBeenLastCalledWith(
      "correct horse",
      "new and better",
      "new and better",
      false,
      expect.stringMatching(/^passphrase-/),
    );
    expect(await screen.findByTestId("change-done")).toHaveTextContent("Passphrase changed.");
    expect(screen.queryByTestId("change-current")).not.toBeInTheDocument();

    // Opened again, nothing typed before is there.
    await user.click(screen.getByTestId("change-open"));
    expect(screen.getByTestId("change-current")).toHaveValue("");
    expect(screen.getByTestId("change-passphrase")).toHaveValue("");
    await user.keyboard("{Escape}");
    expect(screen.queryByTestId("change-current")).not.toBeInTheDocument();
    expect(screen.getByTestId("change-open")).toHaveFocus();
  });

  it("removes protection only with the current passphrase, after saying what that means", async () => {
    const { user } = await openSettings();

    await user.click(screen.getByTestId("remove-open"));
    expect(screen.getByTestId("remove-warning")).toHaveTextContent(
      "Your notebook file will then be readable without a passphrase",
    );
    vi.mocked(ipc.removeProtection).mockRejectedValueOnce(
      new KindlyError("invalid_input", "That is not the passphrase in use now.", "current"),
    );
    const current = screen.getByTestId("remove-current");
    await user.type(current, "not it{Enter}");
    expect(await screen.findByTestId("error-current")).toHaveTextContent(
      "That is not the passphrase in use now.",
    );
    expect(current).toHaveAttribute("aria-invalid", "true");

    vi.mocked(ipc.lockStatus).mockResolvedValue(lockStatus());
    await user.clear(current);
    await user.type(current, "correct horse");
    await user.click(screen.getByTestId("remove-submit"));

    expect(vi.mocked(ipc.removeProtection)).toHaveBeenLastCalledWith(
      "correct horse",
      expect.stringMatching(/^unprotect-/),
    );
    expect(await screen.findByTestId("remove-done")).toHaveTextContent("Protection removed.");
    expect(screen.getByTestId("protect-passphrase")).toHaveValue("");
    expect(screen.queryByTestId("privacy-status")).not.toBeInTheDocument();
    expect(screen.queryByTestId("lock-now")).not.toBeInTheDocument();
  });

  it("forgets a passphrase this computer remembers", async () => {
    vi.mocked(ipc.lockStatus).mockResolvedValue(lockStatus({ protected: true, remembered: true }));
    vi.mocked(ipc.forgetRememberedPassphrase).mockResolvedValue(lockStatus({ protected: true }));
    const { user } = await openSettings();

    await user.click(screen.getByTestId("forget-remembered"));

    expect(vi.mocked(ipc.forgetRememberedPassphrase)).toHaveBeenCalledTimes(1);
    expect(await screen.findByTestId("forget-done")).toHaveTextContent(
      "Kindly will ask for the passphrase the next time it opens.",
    );
    expect(screen.queryByTestId("forget-remembered")).not.toBeInTheDocument();
  });

  it("locks now from Settings", async () => {
    const { user } = await openSettings();

    await user.click(screen.getByTestId("privacy-lock-now"));

    expect(await screen.findByTestId("unlock-screen")).toBeInTheDocument();
    expect(vi.mocked(ipc.lockNotebook)).toHaveBeenCalledTimes(1);
  });
});

describe("passphrase words", () => {
  it("names the lock-after times plainly", () => {
    expect(lockAfterName(0)).toBe("Never");
    expect(lockAfterName(1)).toBe("1 minute");
    expect(lockAfterName(60)).toBe("1 hour");
    expect(lockAfterName(90)).toBe("1 hour 30 minutes");
    expect(lockAfterName(1440)).toBe("24 hours");
  });

  it("offers a time set elsewhere alongside the usual ones", () => {
    expect(lockAfterOptions(10).map((o) => o.minutes)).toEqual([0, 5, 10, 15, 30, 60, 240]);
    expect(lockAfterOptions(15).map((o) => o.minutes)).toEqual([0, 5, 15, 30, 60, 240]);
  });

  it("says what protecting did", () => {
    expect(protectedWords(0, false)).toBe(
      "Protected. Kindly will ask for the passphrase each time it opens.",
    );
    expect(protectedWords(1, true)).toBe(
      "Protected. 1 older backup is not protected; a protected one was taken now. The unprotected ones are removed the first time you unlock Kindly with the passphrase after it starts again. This computer remembers the passphrase, so Kindly opens here without asking.",
    );
  });
});
