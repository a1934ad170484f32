import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "../../App.svelte";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import { resetIpc } from "../../test/ipcMock";
import { backup, backupSettings, deferred, info } from "../../test/fixtures";
import { app, resetApp, unsavedDrafts } from "../shell/app.svelte";
import { entryDrafts } from "../forms/drafts";
import type { Draft } from "../customers/draft";
import { backupSize, backupWhen, defaultBackupFolder, keepProblem } from "./backups";
import type { TaskProgress } from "../api/events";
import type { BackupInfo } from "../api/types";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

// The shell's "progress" events: every listener, so a test can send one.
const listeners = vi.hoisted(() => new Set<(report: TaskProgress) => void>());
vi.mock("../api/events", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../api/events")>()),
  listenToProgress: (handler: (report: TaskProgress) => void) => {
    listeners.add(handler);
    return () => listeners.delete(handler);
  },
}));

function report(task: string, stage: TaskProgress["stage"], done = 0, of = 0): void {
  for (const listener of listeners) listener({ task, stage, done, of });
}

const older = backup({
  path: "/tmp/backups/kindly-backup-20250301-090000-000Z.sqlite",
  file_name: "kindly-backup-20250301-090000-000Z.sqlite",
  taken_at: Date.UTC(2025, 2, 1, 9, 0),
  bytes: 3_565_158,
});
const newer = backup();

async function openSettings() {
  const user = userEvent.setup();
  render(App);
  await screen.findByTestId("app-ready");
  await user.click(screen.getByTestId("nav-settings"));
  const keep = await screen.findByTestId<HTMLInputElement>("backup-keep-input");
  await waitFor(() => expect(keep).toBeEnabled());
  return { user, keep, folder: screen.getByTestId("backup-folder") };
}

describe("Backups in Settings", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
  });

  it("says when Kindly backs up, shows the default folder, how many are kept, and the backups", async () => {
    vi.mocked(ipc.backupSettings).mockResolvedValue(backupSettings({ last_backup_at: newer.taken_at }));
    vi.mocked(ipc.listBackups).mockResolvedValue([newer, older]);
    const { keep, folder } = await openSettings();

    expect(
      screen.getByText(
        "Kindly backs up your notebook when it starts, at most once a day while it runs, and when you quit. Each backup is checked before it counts.",
      ),
    ).toBeInTheDocument();
    // The default folder, beside the notebook; no box to type a folder into.
    expect(folder).toHaveTextContent("/tmp/backups (beside your notebook)");
    expect(screen.queryByRole("textbox", { name: "Backup folder" })).not.toBeInTheDocument();
    expect(screen.queryByTestId("backup-folder-default")).not.toBeInTheDocument();
    expect(keep).toHaveValue(10);
    expect(screen.getByRole("spinbutton", { name: "Backups to keep" })).toBe(keep);
    expect(screen.getByTestId("backup-last")).toHaveTextContent(`Last backup: ${backupWhen(newer.taken_at)}`);

    const rows = await screen.findAllByTestId("backup-row");
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent(backupWhen(newer.taken_at));
    expect(rows[0]).toHaveTextContent("240 KB");
    expect(rows[1]).toHaveTextContent(backupWhen(older.taken_at));
    expect(rows[1]).toHaveTextContent("3.4 MB");
    expect(within(rows[1]).getByTestId("backup-restore")).toHaveTextContent("Restore…");
    expect(
      within(rows[1]).getByRole("button", { name: `Restore the backup from ${backupWhen(older.taken_at)}…` }),
    ).toBeInTheDocument();
  });

  it("says so when the automatic backups keep failing, and not otherwise", async () => {
    const trouble =
      "The automatic backups have failed 3 times in a row: No space left on device. Check the backup folder, or choose another one.";
    vi.mocked(ipc.backupSettings).mockResolvedValue(backupSettings({ trouble }));
    await openSettings();
    expect(screen.getByTestId("backup-trouble")).toHaveTextContent(trouble);
    expect(screen.getByRole("alert")).toHaveTextContent("failed 3 times in a row");
  });

  it("shows no backup trouble when the backups work", async () => {
    await openSettings();
    expect(screen.queryByTestId("backup-trouble")).not.toBeInTheDocument();
  });

  it("says when there is no backup yet, and shows a folder of one's own", async () => {
    vi.mocked(ipc.backupSettings).mockResolvedValue(
      backupSettings({ folder: "/media/usb/Kindly", keep: 30 }),
    );
    const { keep, folder } = await openSettings();

    expect(screen.getByTestId("backup-last")).toHaveTextContent("No backup yet");
    expect(folder).toHaveTextContent("/media/usb/Kindly");
    expect(folder).not.toHaveTextContent("beside your notebook");
    expect(keep).toHaveValue(30);
    expect(await screen.findByTestId("backup-none")).toHaveTextContent("No backups in this folder yet.");
    expect(screen.queryByTestId("backup-row")).not.toBeInTheDocument();
  });

  it("saves how many to keep, leaving the folder as it is, and says so", async () => {
    const { user, keep } = await openSettings();

    await user.clear(keep);
    await user.type(keep, "30{Enter}");

    expect(vi.mocked(ipc.setBackupSettings)).toHaveBeenCalledWith(30, false);
    expect(await screen.findByTestId("backup-settings-saved")).toHaveTextContent(
      "Saved. Backups go to /tmp/backups, and the newest 30 are kept.",
    );
  });

  it("chooses the folder in the system's dialog, and can go back to the default one", async () => {
    vi.mocked(ipc.chooseBackupFolder).mockResolvedValue(
      backupSettings({ folder: "/media/usb/Kindly", keep: 10 }),
    );
    const { user, folder } = await openSettings();

    await user.click(screen.getByTestId("backup-folder-choose"));
    expect(vi.mocked(ipc.chooseBackupFolder)).toHaveBeenCalledTimes(1);
    expect(await screen.findByTestId("backup-settings-saved")).toHaveTextContent(
      "Saved. Backups go to /media/usb/Kindly, and the newest 10 are kept.",
    );
    expect(folder).toHaveTextContent("/media/usb/Kindly");
    // The list now comes from the new folder.
    await waitFor(() => expect(vi.mocked(ipc.listBackups)).toHaveBeenCalledTimes(2));

    await user.click(screen.getByTestId("backup-folder-default"));
    expect(vi.mocked(ipc.setBackupSettings)).toHaveBeenCalledWith(10, true);
    await waitFor(() => expect(folder).toHaveTextContent("/tmp/backups (beside your notebook)"));
    expect(screen.queryByTestId("backup-folder-default")).not.toBeInTheDocument();
  });

  it("changes nothing when the folder dialog is cancelled", async () => {
    const { user, folder } = await openSettings();
    await user.click(screen.getByTestId("backup-folder-choose"));
    await waitFor(() => expect(vi.mocked(ipc.chooseBackupFolder)).toHaveBeenCalled());
    expect(folder).toHaveTextContent("/tmp/backups (beside your notebook)");
    expect(screen.queryByTestId("backup-settings-saved")).not.toBeInTheDocument();
  });

  it("shows a refused number beside “Backups to keep”", async () => {
    vi.mocked(ipc.setBackupSettings).mockRejectedValue(
      new KindlyError("invalid_input", "Keep between 1 and 365 backups.", "keep"),
    );
    const { user, keep } = await openSettings();

    await user.clear(keep);
    await user.type(keep, "12");
    await user.click(screen.getByTestId("backup-settings-save"));

    const error = await screen.findByTestId("error-keep");
    expect(error).toHaveTextContent("Keep between 1 and 365 backups.");
    expect(keep).toHaveAttribute("aria-invalid", "true");
    expect(keep).toHaveAccessibleDescription(/Keep between 1 and 365 backups\./);
    expect(keep).toHaveFocus();
    expect(screen.queryByTestId("backup-settings-saved")).not.toBeInTheDocument();
  });

  it("asks for a number from 1 to 365 before saving", async () => {
    const { user, keep } = await openSettings();

    await user.clear(keep);
    await user.type(keep, "0");
    await user.click(screen.getByTestId("backup-settings-save"));

    expect(await screen.findByTestId("error-keep")).toHaveTextContent("Keep between 1 and 365 backups.");
    expect(vi.mocked(ipc.setBackupSettings)).not.toHaveBeenCalled();

    await user.clear(keep);
    await user.click(screen.getByTestId("backup-settings-save"));
    expect(await screen.findByTestId("error-keep")).toBeInTheDocument();
    expect(vi.mocked(ipc.setBackupSettings)).not.toHaveBeenCalled();
  });

  it("stays calm when the person says no to keeping fewer backups in Kindly's own question", async () => {
    const { user, keep } = await openSettings();
    vi.mocked(ipc.setBackupSettings).mockRejectedValue(new KindlyError("cancelled", "Nothing was changed."));

    await user.clear(keep);
    await user.type(keep, "3{Enter}");

    expect(vi.mocked(ipc.setBackupSettings)).toHaveBeenCalledWith(3, false);
    // The number in force is back in the form, said plainly; no error anywhere.
    expect(await screen.findByTestId("backup-settings-saved")).toHaveTextContent(
      "Nothing changed. Backups go to /tmp/backups, and the newest 10 are kept.",
    );
    expect(keep).toHaveValue(10);
    expect(keep).not.toHaveAttribute("aria-invalid", "true");
    expect(screen.queryByTestId("error-keep")).not.toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.queryByText("Nothing was changed.")).not.toBeInTheDocument();
  });

  it("stays calm when the person says no to the folder beside the notebook in Kindly's own question", async () => {
    vi.mocked(ipc.backupSettings).mockResolvedValue(backupSettings({ folder: "/media/usb/Kindly", keep: 2 }));
    vi.mocked(ipc.setBackupSettings).mockRejectedValue(new KindlyError("cancelled", "Nothing was changed."));
    const { user, folder } = await openSettings();

    await user.click(screen.getByTestId("backup-folder-default"));

    expect(vi.mocked(ipc.setBackupSettings)).toHaveBeenCalledWith(2, true);
    expect(await screen.findByTestId("backup-settings-saved")).toHaveTextContent(
      "Nothing changed. Backups go to /media/usb/Kindly, and the newest 2 are kept.",
    );
    expect(folder).toHaveTextContent("/media/usb/Kindly");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("says why a chosen folder could not be used", async () => {
    vi.mocked(ipc.chooseBackupFolder).mockRejectedValue(
      new KindlyError(
        "invalid_input",
        "Kindly cannot use a folder with this name. Choose another one.",
        "folder",
      ),
    );
    const { user, folder } = await openSettings();

    await user.click(screen.getByTestId("backup-folder-choose"));

    expect(await screen.findByRole("alert")).toHaveTextContent("Kindly cannot use a folder with this name.");
    expect(folder).toHaveTextContent("/tmp/backups");
  });

  it("backs up now, names the file and shows it in the list", async () => {
    const taken = backup({
      path: "/tmp/backups/kindly-backup-20250305-120000-000Z.sqlite",
      file_name: "kindly-backup-20250305-120000-000Z.sqlite",
      taken_at: Date.UTC(2025, 2, 5, 12, 0),
      bytes: 250_000,
    });
    vi.mocked(ipc.listBackups).mockResolvedValue([newer]);
    const { user } = await openSettings();
    expect(await screen.findAllByTestId("backup-row")).toHaveLength(1);

    vi.mocked(ipc.backUpNow).mockResolvedValue(taken);
    vi.mocked(ipc.backupSettings).mockResolvedValue(backupSettings({ last_backup_at: taken.taken_at }));
    vi.mocked(ipc.listBackups).mockResolvedValue([taken, newer]);
    await user.click(screen.getByTestId("back-up-now"));

    expect(await screen.findByTestId("backup-done")).toHaveTextContent(
      "Backed up: kindly-backup-20250305-120000-000Z.sqlite",
    );
    await waitFor(() => expect(screen.getAllByTestId("backup-row")).toHaveLength(2));
    expect(screen.getAllByTestId("backup-row")[0]).toHaveTextContent(backupWhen(taken.taken_at));
    expect(screen.getByTestId("backup-last")).toHaveTextContent(`Last backup: ${backupWhen(taken.taken_at)}`);
  });

  it("shows how far a backup has got while it runs", async () => {
    const answer = deferred<BackupInfo>();
    vi.mocked(ipc.backUpNow).mockReturnValue(answer.promise);
    const { user } = await openSettings();

    await user.click(screen.getByTestId("back-up-now"));
    const task = vi.mocked(ipc.backUpNow).mock.calls[0][0];
    const bar = await screen.findByRole("progressbar", { name: "Backing up" });
    report(task, "copying", 512, 1_024);
    await waitFor(() => expect(bar).toHaveAttribute("aria-valuenow", "42"));
    expect(bar).toHaveAccessibleDescription("Copying the notebook…");
    report(task, "checking");
    await waitFor(() => expect(bar).toHaveAccessibleDescription("Checking the copy…"));
    expect(bar).toHaveAttribute("aria-valuenow", "85");
    // No Cancel: a backup is quick and harmless to finish.
    expect(screen.queryByTestId("task-cancel")).not.toBeInTheDocument();

    answer.resolve(newer);
    expect(await screen.findByTestId("backup-done")).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("progressbar")).not.toBeInTheDocument());
  });

  it("says so when a backup cannot be taken", async () => {
    vi.mocked(ipc.backUpNow).mockRejectedValue(
      new KindlyError("disk_full", "The disk is full, so this change could not be saved."),
    );
    const { user } = await openSettings();

    await user.click(screen.getByTestId("back-up-now"));

    expect(await screen.findByTestId("back-up-now-error")).toHaveTextContent("The disk is full");
    expect(screen.queryByTestId("backup-done")).not.toBeInTheDocument();
  });
});

describe("Restoring a backup", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    vi.mocked(ipc.listBackups).mockResolvedValue([newer, older]);
  });

  async function askToRestoreOlder() {
    const opened = await openSettings();
    const rows = await screen.findAllByTestId("backup-row");
    const button = within(rows[1]).getByTestId("backup-restore");
    await opened.user.click(button);
    const dialog = await screen.findByTestId("restore-dialog");
    return { ...opened, button, dialog };
  }

  it("asks first; Cancel and Esc change nothing and give focus back", async () => {
    const { user, button, dialog } = await askToRestoreOlder();

    expect(dialog).toHaveAttribute("role", "alertdialog");
    expect(dialog).toHaveTextContent(
      `Your notebook will be replaced by the backup from ${backupWhen(older.taken_at)}. A copy of it as it is now is kept first, so this can be undone.`,
    );
    expect(screen.getByRole("alertdialog")).toHaveAccessibleName(
      `Restore the backup from ${backupWhen(older.taken_at)}?`,
    );
    // A stray Enter never restores.
    expect(screen.getByTestId("restore-cancel")).toHaveFocus();
    await user.tab();
    expect(screen.getByTestId("restore-confirm")).toHaveFocus();
    await user.tab();
    expect(screen.getByTestId("restore-cancel")).toHaveFocus();

    await user.click(screen.getByTestId("restore-cancel"));
    expect(screen.queryByTestId("restore-dialog")).not.toBeInTheDocument();
    expect(button).toHaveFocus();

    await user.click(button);
    await screen.findByTestId("restore-dialog");
    await user.keyboard("{Escape}");
    expect(screen.queryByTestId("restore-dialog")).not.toBeInTheDocument();
    expect(button).toHaveFocus();

    expect(vi.mocked(ipc.restoreBackup)).not.toHaveBeenCalled();
    expect(screen.queryByTestId("restore-done")).not.toBeInTheDocument();
  });

  it("keeps the question on screen: shortcuts to other screens wait until it is answered", async () => {
    const { user } = await askToRestoreOlder();
    const answer = deferred<typeof older>();
    vi.mocked(ipc.restoreBackup).mockReturnValue(answer.promise);

    for (const keys of ["{Control>}k{/Control}", "{Control>}n{/Control}", "{Control>}t{/Control}"]) {
      await user.keyboard(keys);
      expect(screen.getByTestId("restore-dialog")).toBeInTheDocument();
      expect(screen.getByTestId("backup-keep-input")).toBeInTheDocument();
    }
    // Nor while the restore runs.
    await user.click(screen.getByTestId("restore-confirm"));
    await user.keyboard("{Control>}k{/Control}");
    expect(screen.getByTestId("restore-dialog")).toBeInTheDocument();
    expect(screen.queryByTestId("lookup-input")).not.toBeInTheDocument();
    // Meanwhile the dialog shows how far it has got, and the bar never goes back.
    const task = vi.mocked(ipc.restoreBackup).mock.calls[0][1];
    const bar = within(screen.getByTestId("restore-dialog")).getByRole("progressbar", {
      name: "Restoring the backup",
    });
    report(task, "copying", 100, 100);
    await waitFor(() => expect(bar).toHaveAttribute("aria-valuenow", "50"));
    report(task, "checking");
    await waitFor(() => expect(bar).toHaveAccessibleDescription("Checking the copy…"));
    expect(bar).toHaveAttribute("aria-valuenow", "50");
    report(task, "restoring", 30, 100);
    await waitFor(() => expect(bar).toHaveAccessibleDescription("Putting the backup in place…"));
    expect(bar).toHaveAttribute("aria-valuenow", "63");
    answer.resolve(older);
    await screen.findByTestId("restore-done");

    // Answered: the shortcuts work again.
    await user.keyboard("{Control>}k{/Control}");
    expect(await screen.findByTestId("lookup-input")).toBeInTheDocument();
  });

  it("restores that backup, says where the old notebook is kept, and shows the restored data everywhere", async () => {
    const kept = backup({
      path: "/tmp/backups/before-restore/kindly-backup-20250306-080000-000Z.sqlite",
      file_name: "kindly-backup-20250306-080000-000Z.sqlite",
      taken_at: Date.UTC(2025, 2, 6, 8, 0),
    });
    const { user } = await askToRestoreOlder();
    await waitFor(() => expect(screen.getByTestId("reminder-time")).toHaveValue("09:00"));
    unsavedDrafts.set("edit:someone", {} as Draft);
    entryDrafts.set("someone:conversation", { summary: "typed before" });
    app.previous = { name: "customer", id: "someone" };
    vi.mocked(ipc.notebookInfo).mockClear();
    vi.mocked(ipc.staffRoster).mockClear();

    // The restored notebook: two customers in Trash, another reminder time, Ben at the desk, keep 5.
    const answer = deferred<typeof kept>();
    vi.mocked(ipc.restoreBackup).mockReturnValue(answer.promise);
    vi.mocked(ipc.notebookInfo).mockResolvedValue(info({ trash_count: 2 }));
    vi.mocked(ipc.timeSettings).mockResolvedValue({ time_zone: "Europe/London", reminder_time: "07:45" });
    vi.mocked(ipc.staffRoster).mockResolvedValue({
      staff: [{ id: "staff-ben", name: "Ben Okoro", initials: "BO" }],
      at_desk: "staff-ben",
      signed_in: null,
    });
    vi.mocked(ipc.backupSettings).mockResolvedValue(
      backupSettings({ keep: 5, last_backup_at: older.taken_at }),
    );

    await user.click(screen.getByTestId("restore-confirm"));
    expect(vi.mocked(ipc.restoreBackup)).toHaveBeenCalledTimes(1);
    expect(vi.mocked(ipc.restoreBackup)).toHaveBeenCalledWith(older.path, expect.any(String));
    // While it runs nothing can be pressed twice.
    expect(screen.getByTestId("restore-confirm")).toBeDisabled();
    expect(screen.getByTestId("restore-confirm")).toHaveTextContent("Restoring…");
    answer.resolve(kept);

    const done = await screen.findByTestId("restore-done");
    expect(done).toHaveTextContent(
      "Restored. The notebook as it was is kept in /tmp/backups/before-restore/kindly-backup-20250306-080000-000Z.sqlite.",
    );
    expect(screen.queryByTestId("restore-dialog")).not.toBeInTheDocument();
    await waitFor(() => expect(done).toHaveFocus());

    // What the app holds between screens comes from the restored notebook…
    expect(vi.mocked(ipc.notebookInfo)).toHaveBeenCalled();
    expect(vi.mocked(ipc.staffRoster)).toHaveBeenCalled();
    expect(app.info?.trash_count).toBe(2);
    expect(within(screen.getByTestId("nav-trash")).getByText("2")).toBeInTheDocument();
    expect(app.roster.at_desk).toBe("staff-ben");
    expect(app.time?.reminder_time).toBe("07:45");
    // …and so does what Settings shows.
    await waitFor(() => expect(screen.getByTestId("reminder-time")).toHaveValue("07:45"));
    expect(screen.getByTestId("backup-keep-input")).toHaveValue(5);
    expect(screen.getByTestId("backup-last")).toHaveTextContent(`Last backup: ${backupWhen(older.taken_at)}`);
    expect(screen.getByTestId("staff-name-text")).toHaveTextContent("Ben Okoro");
    expect(screen.getByTestId("at-desk")).toHaveValue("staff-ben");
    // Typing kept from the old notebook is gone, so it cannot write old details over the restored ones.
    expect(unsavedDrafts.size).toBe(0);
    expect(entryDrafts.size).toBe(0);
    expect(app.previous).toEqual({ name: "lookup" });
    // The message stays: nothing reloads the page under it.
    expect(screen.getByTestId("restore-done")).toBeInTheDocument();

    // Other screens load what they show when opened, so they show the restored notebook too.
    vi.mocked(ipc.listTrash).mockClear();
    await user.click(screen.getByTestId("nav-trash"));
    await waitFor(() => expect(vi.mocked(ipc.listTrash)).toHaveBeenCalledTimes(1));
  });

  it("shows why a file cannot be used, and changes nothing", async () => {
    vi.mocked(ipc.restoreBackup).mockRejectedValue(
      new KindlyError("invalid_input", "That file cannot be used as a backup: it is damaged.", "backup"),
    );
    const { user, button } = await askToRestoreOlder();
    vi.mocked(ipc.notebookInfo).mockClear();

    await user.click(screen.getByTestId("restore-confirm"));

    expect(await screen.findByTestId("restore-error")).toHaveTextContent(
      "That file cannot be used as a backup: it is damaged.",
    );
    expect(screen.getByTestId("restore-error")).toHaveAttribute("role", "alert");
    expect(screen.queryByTestId("restore-dialog")).not.toBeInTheDocument();
    expect(screen.queryByTestId("restore-done")).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(vi.mocked(ipc.notebookInfo)).not.toHaveBeenCalled();
  });

  it("shows the message for a backup from a newer Kindly", async () => {
    vi.mocked(ipc.restoreBackup).mockRejectedValue(
      new KindlyError("newer_notebook", "This notebook was made by a newer version of Kindly."),
    );
    const { user } = await askToRestoreOlder();

    await user.click(screen.getByTestId("restore-confirm"));

    expect(await screen.findByTestId("restore-error")).toHaveTextContent(
      "This notebook was made by a newer version of Kindly.",
    );
  });
});

describe("backup words", () => {
  it("gives sizes in KB and MB", () => {
    expect(backupSize(200)).toBe("1 KB");
    expect(backupSize(245_760)).toBe("240 KB");
    expect(backupSize(3_565_158)).toBe("3.4 MB");
    expect(backupSize(48 * 1024 * 1024)).toBe("48 MB");
  });

  it("finds the default folder beside the notebook, on any system", () => {
    expect(defaultBackupFolder("/home/ana/.local/share/Kindly/notebook.sqlite")).toBe(
      "/home/ana/.local/share/Kindly/backups",
    );
    expect(defaultBackupFolder("C:\\Users\\Ana\\AppData\\Kindly\\notebook.sqlite")).toBe(
      "C:\\Users\\Ana\\AppData\\Kindly\\backups",
    );
    expect(defaultBackupFolder("notebook.sqlite")).toBe("backups");
  });

  it("accepts 1 to 365 backups to keep", () => {
    expect(keepProblem(1)).toBeNull();
    expect(keepProblem(365)).toBeNull();
    expect(keepProblem(0)).not.toBeNull();
    expect(keepProblem(366)).not.toBeNull();
    expect(keepProblem(2.5)).not.toBeNull();
    expect(keepProblem(null)).not.toBeNull();
  });
});
