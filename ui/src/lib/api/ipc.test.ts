import { beforeEach, describe, expect, it, vi } from "vitest";
import { invoke } from "@tauri-apps/api/core";
import {
  addFollowUp,
  addStaff,
  autostartEnabled,
  completeFollowUp,
  exportCalendar,
  getToday,
  reassignFollowUp,
  setAutostart,
  setReminderTime,
  skipFollowUp,
  snoozeFollowUp,
  timeSettings,
  updateFollowUp,
  createCustomer,
  customerPage,
  emptyTrash,
  listTrashedEntries,
  moveIssue,
  searchCustomers,
  setAtDesk,
  setPhoneRegion,
  settlePromise,
  timelinePage,
  updateCustomer,
  updateIssue,
  getBrief,
  briefText,
  findCaller,
  logCall,
  globalShortcut,
  setGlobalShortcut,
  backupSettings,
  setBackupSettings,
  chooseBackupFolder,
  backUpNow,
  listBackups,
  restoreBackup,
  chooseImportFile,
  previewImport,
  importContacts,
  cancelTask,
  likelyDuplicates,
  mergeCustomers,
  undoMerge,
  recentMerges,
  notDuplicates,
  exportContacts,
  exportCustomerRecord,
  forgetCustomer,
  lockStatus,
  unlock,
  lockNotebook,
  protectNotebook,
  changePassphrase,
  removeProtection,
  setLockAfter,
  forgetRememberedPassphrase,
} from "./ipc";
import { KindlyError } from "./errors";
import { onLockedAnswer } from "./locked";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));

const invokeMock = vi.mocked(invoke);

describe("ipc", () => {
  beforeEach(() => {
    invokeMock.mockReset();
  });

  it("passes arguments to Rust as one object, named as the commands expect", async () => {
    invokeMock.mockResolvedValue([]);
    await searchCustomers("ana", 50);
    expect(invokeMock).toHaveBeenCalledWith("search_customers", { query: "ana", limit: 50 });

    invokeMock.mockResolvedValue(3);
    await expect(emptyTrash()).resolves.toBe(3);
    expect(invokeMock).toHaveBeenLastCalledWith("empty_trash", undefined);

    invokeMock.mockResolvedValue({ phone_region: "GB" });
    await setPhoneRegion("GB");
    expect(invokeMock).toHaveBeenLastCalledWith("set_phone_region", { region: "GB" });
  });

  it("names the history and staff commands' arguments exactly as Rust expects", async () => {
    invokeMock.mockResolvedValue(null);
    await customerPage("c1", ["issue"]);
    expect(invokeMock).toHaveBeenLastCalledWith("customer_page", { id: "c1", kinds: ["issue"] });
    await timelinePage("c1", [], { at: 5, seq: 2 }, 50);
    expect(invokeMock).toHaveBeenLastCalledWith("timeline_page", {
      customer_id: "c1",
      kinds: [],
      before: { at: 5, seq: 2 },
      limit: 50,
    });
    await updateIssue("i1", 4, {} as never);
    expect(invokeMock).toHaveBeenLastCalledWith("update_issue", { id: "i1", version: 4, input: {} });
    await moveIssue("i1", 4, { to: "closed", staff: "", note: "", waiting_on: null, mood: null });
    expect(invokeMock).toHaveBeenLastCalledWith("move_issue", {
      id: "i1",
      version: 4,
      change: { to: "closed", staff: "", note: "", waiting_on: null, mood: null },
    });
    await settlePromise("p1", 4, { outcome: "kept", staff: "Ana", note: "" });
    expect(invokeMock).toHaveBeenLastCalledWith("settle_promise", {
      id: "p1",
      version: 4,
      outcome: { outcome: "kept", staff: "Ana", note: "" },
    });
    await listTrashedEntries();
    expect(invokeMock).toHaveBeenLastCalledWith("list_trashed_entries", undefined);
    await addStaff("Ana", "A");
    expect(invokeMock).toHaveBeenLastCalledWith("add_staff", { name: "Ana", initials: "A" });
    await setAtDesk(null);
    expect(invokeMock).toHaveBeenLastCalledWith("set_at_desk", { id: null });
  });

  it("names the follow-up, Today and reminder commands' arguments exactly as Rust expects", async () => {
    invokeMock.mockResolvedValue(null);
    await addFollowUp({} as never);
    expect(invokeMock).toHaveBeenLastCalledWith("add_follow_up", { input: {} });
    await updateFollowUp("f1", 4, {} as never);
    expect(invokeMock).toHaveBeenLastCalledWith("update_follow_up", { id: "f1", version: 4, input: {} });
    await completeFollowUp("f1", 4, { staff: "Ana", note: "" });
    expect(invokeMock).toHaveBeenLastCalledWith("complete_follow_up", {
      id: "f1",
      version: 4,
      done: { staff: "Ana", note: "" },
    });
    await skipFollowUp("f1", 4, "Ana");
    expect(invokeMock).toHaveBeenLastCalledWith("skip_follow_up", { id: "f1", version: 4, staff: "Ana" });
    await snoozeFollowUp("f1", 4, { for: "until", date: "2031-01-02", time: null });
    expect(invokeMock).toHaveBeenLastCalledWith("snooze_follow_up", {
      id: "f1",
      version: 4,
      until: { for: "until", date: "2031-01-02", time: null },
    });
    await reassignFollowUp("f1", 4, "Ben");
    expect(invokeMock).toHaveBeenLastCalledWith("reassign_follow_up", {
      id: "f1",
      version: 4,
      assignee: "Ben",
    });
    await getToday();
    expect(invokeMock).toHaveBeenLastCalledWith("today", undefined);
    const ics = { folder: "/home/ana", files: ["kindly.ics"] };
    invokeMock.mockResolvedValue(ics);
    await expect(exportCalendar()).resolves.toEqual(ics);
    expect(invokeMock).toHaveBeenLastCalledWith("export_calendar", undefined);
    invokeMock.mockResolvedValue(null);
    await timeSettings();
    expect(invokeMock).toHaveBeenLastCalledWith("time_settings", undefined);
    await setReminderTime("08:30");
    expect(invokeMock).toHaveBeenLastCalledWith("set_reminder_time", { time: "08:30" });
    await autostartEnabled();
    expect(invokeMock).toHaveBeenLastCalledWith("autostart_enabled", undefined);
    await setAutostart(true);
    expect(invokeMock).toHaveBeenLastCalledWith("set_autostart", { enabled: true });
  });

  it("names the brief, caller, after-the-call and shortcut commands' arguments exactly as Rust expects", async () => {
    invokeMock.mockResolvedValue({});
    await getBrief("id-rosa");
    expect(invokeMock).toHaveBeenLastCalledWith("brief", { id: "id-rosa" });
    await briefText("id-rosa");
    expect(invokeMock).toHaveBeenLastCalledWith("brief_text", { id: "id-rosa" });
    await findCaller("0123");
    expect(invokeMock).toHaveBeenLastCalledWith("find_caller", { number: "0123" });

    const after = {
      call: {
        customer_id: "id-rosa",
        channel: "call_out" as const,
        happened_at: null,
        staff: "Ana",
        summary: "Fine",
        mood: null,
        issue_id: null,
      },
      outcome: "spoke" as const,
      done_follow_up_ids: ["fu-1"],
    };
    await logCall(after);
    expect(invokeMock).toHaveBeenLastCalledWith("log_call", { after });

    invokeMock.mockResolvedValue(null);
    await globalShortcut();
    expect(invokeMock).toHaveBeenLastCalledWith("global_shortcut", undefined);
    await setGlobalShortcut(null);
    expect(invokeMock).toHaveBeenLastCalledWith("set_global_shortcut", { shortcut: null });
    await setGlobalShortcut("Ctrl+Shift+K");
    expect(invokeMock).toHaveBeenLastCalledWith("set_global_shortcut", { shortcut: "Ctrl+Shift+K" });
  });

  it("turns a refused save into a KindlyError naming the field", async () => {
    invokeMock.mockRejectedValue({
      code: "invalid_input",
      message: "Please enter the customer's name.",
      field: "full_name",
    });
    const failure = await updateCustomer("some-id", 4, {} as never).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(KindlyError);
    expect(failure).toBeInstanceOf(Error);
    const error = failure as KindlyError;
    expect([error.code, error.field, error.message]).toEqual([
      "invalid_input",
      "full_name",
      "Please enter the customer's name.",
    ]);
  });

  it("turns a failure that did not come from the core into a plain-language KindlyError", async () => {
    invokeMock.mockRejectedValue("command create_customer not found");
    const failure = (await createCustomer({} as never).catch((e: unknown) => e)) as KindlyError;
    expect(failure).toBeInstanceOf(KindlyError);
    expect([failure.code, failure.field, failure.message]).toEqual([
      "unexpected",
      null,
      "command create_customer not found",
    ]);

    invokeMock.mockRejectedValue(new TypeError("x is undefined"));
    const other = (await createCustomer({} as never).catch((e: unknown) => e)) as KindlyError;
    expect([other.code, other.message]).toEqual(["unexpected", "Something went wrong. Please try again."]);
  });

  it("names the backup commands' arguments exactly as Rust expects", async () => {
    invokeMock.mockResolvedValue({});
    await backupSettings();
    expect(invokeMock).toHaveBeenLastCalledWith("backup_settings", undefined);
    await setBackupSettings(10, true);
    expect(invokeMock).toHaveBeenLastCalledWith("set_backup_settings", { keep: 10, defaultFolder: true });
    await setBackupSettings(30, false);
    expect(invokeMock).toHaveBeenLastCalledWith("set_backup_settings", { keep: 30, defaultFolder: false });
    await chooseBackupFolder();
    expect(invokeMock).toHaveBeenLastCalledWith("choose_backup_folder", undefined);
    await backUpNow("backup-1");
    expect(invokeMock).toHaveBeenLastCalledWith("back_up_now", { task: "backup-1" });
    invokeMock.mockResolvedValue([]);
    await listBackups();
    expect(invokeMock).toHaveBeenLastCalledWith("list_backups", undefined);
    invokeMock.mockResolvedValue({});
    await restoreBackup("/tmp/backups/kindly-backup-20250303-100000-000Z.sqlite", "restore-1");
    expect(invokeMock).toHaveBeenLastCalledWith("restore_backup", {
      path: "/tmp/backups/kindly-backup-20250303-100000-000Z.sqlite",
      task: "restore-1",
    });

    invokeMock.mockRejectedValue({
      code: "invalid_input",
      message: "That file cannot be used.",
      field: "backup",
    });
    await expect(restoreBackup("/tmp/x", "restore-2")).rejects.toMatchObject({
      code: "invalid_input",
      field: "backup",
      message: "That file cannot be used.",
    });
  });

  it("names the import, merge, export and forget commands' arguments exactly as Rust expects", async () => {
    invokeMock.mockResolvedValue(null);
    await expect(chooseImportFile()).resolves.toBeNull();
    expect(invokeMock).toHaveBeenLastCalledWith("choose_import_file", undefined);

    invokeMock.mockResolvedValue({});
    await previewImport(null, "preview-1");
    expect(invokeMock).toHaveBeenLastCalledWith("preview_import", { columns: null, task: "preview-1" });
    const columns = { full_name: 0, phones: [{ column: 2, label: "", label_column: null }] } as never;
    await previewImport(columns, "preview-2");
    expect(invokeMock).toHaveBeenLastCalledWith("preview_import", { columns, task: "preview-2" });
    await importContacts(columns, "import-1");
    expect(invokeMock).toHaveBeenLastCalledWith("import_contacts", { columns, task: "import-1" });
    await importContacts(null, "import-2");
    expect(invokeMock).toHaveBeenLastCalledWith("import_contacts", { columns: null, task: "import-2" });
    invokeMock.mockResolvedValue(null);
    await cancelTask("import-2");
    expect(invokeMock).toHaveBeenLastCalledWith("cancel_task", { task: "import-2" });

    invokeMock.mockResolvedValue([]);
    await likelyDuplicates();
    expect(invokeMock).toHaveBeenLastCalledWith("likely_duplicates", undefined);
    await recentMerges();
    expect(invokeMock).toHaveBeenLastCalledWith("recent_merges", undefined);
    invokeMock.mockResolvedValue({});
    await mergeCustomers("id-kept", "id-merged");
    expect(invokeMock).toHaveBeenLastCalledWith("merge_customers", {
      keptId: "id-kept",
      mergedId: "id-merged",
    });
    invokeMock.mockResolvedValue(null);
    await undoMerge("merge-1");
    expect(invokeMock).toHaveBeenLastCalledWith("undo_merge", { mergeId: "merge-1" });
    await notDuplicates("id-a", "id-b");
    expect(invokeMock).toHaveBeenLastCalledWith("not_duplicates", { aId: "id-a", bId: "id-b" });

    const vcf = { folder: "/home/shop/Downloads", files: ["Kindly customers 2026-12-07.vcf"] };
    invokeMock.mockResolvedValue(vcf);
    await expect(exportContacts("vcard", "export-1")).resolves.toEqual(vcf);
    expect(invokeMock).toHaveBeenLastCalledWith("export_contacts", { format: "vcard", task: "export-1" });
    await exportContacts("csv", "export-2");
    expect(invokeMock).toHaveBeenLastCalledWith("export_contacts", { format: "csv", task: "export-2" });
    const record = { folder: "/d", files: ["rosa.json", "rosa.txt"] };
    invokeMock.mockResolvedValue(record);
    await expect(exportCustomerRecord("id-rosa")).resolves.toEqual(record);
    // Cancelled in "Save as".
    invokeMock.mockResolvedValue(null);
    await expect(exportCustomerRecord("id-rosa")).resolves.toBeNull();
    expect(invokeMock).toHaveBeenLastCalledWith("export_customer_record", { id: "id-rosa" });
    invokeMock.mockResolvedValue(null);
    await forgetCustomer("id-rosa");
    expect(invokeMock).toHaveBeenLastCalledWith("forget_customer", { id: "id-rosa" });
  });

  it("names the passphrase and locking commands' arguments exactly as Rust expects", async () => {
    const status = { locked: false, protected: true, lock_after_minutes: 15, remembered: false };
    invokeMock.mockResolvedValue(status);
    await expect(lockStatus()).resolves.toEqual(status);
    expect(invokeMock).toHaveBeenLastCalledWith("lock_status", undefined);
    await unlock("correct horse", true);
    expect(invokeMock).toHaveBeenLastCalledWith("unlock", { passphrase: "correct horse", remember: true });
    await lockNotebook();
    expect(invokeMock).toHaveBeenLastCalledWith("lock", undefined);
    await forgetRememberedPassphrase();
    expect(invokeMock).toHaveBeenLastCalledWith("forget_remembered_passphrase", undefined);

    invokeMock.mockResolvedValue({
      settings: { protected: true, lock_after_minutes: 0 },
      plain_backups_waiting: 2,
    });
    await expect(protectNotebook("correct horse", "correct horse", false)).resolves.toMatchObject({
      plain_backups_waiting: 2,
    });
    expect(invokeMock).toHaveBeenLastCalledWith("protect_notebook", {
      passphrase: "correct horse",
      again: "correct horse",
      remember: false,
    });

    invokeMock.mockResolvedValue({ protected: true, lock_after_minutes: 15 });
    await changePassphrase("old one!", "new one!", "new one!", true);
    expect(invokeMock).toHaveBeenLastCalledWith("change_passphrase", {
      current: "old one!",
      passphrase: "new one!",
      again: "new one!",
      remember: true,
    });
    await setLockAfter(15);
    expect(invokeMock).toHaveBeenLastCalledWith("set_lock_after", { minutes: 15 });
    await removeProtection("old one!");
    expect(invokeMock).toHaveBeenLastCalledWith("remove_protection", { current: "old one!" });

    invokeMock.mockRejectedValue({
      code: "invalid_input",
      message: "That passphrase is not right.",
      field: "passphrase",
    });
    await expect(unlock("wrong", false)).rejects.toMatchObject({
      code: "invalid_input",
      field: "passphrase",
      message: "That passphrase is not right.",
    });
  });

  it("tells the window when any command answers that the notebook is locked", async () => {
    const heard = vi.fn();
    const stop = onLockedAnswer(heard);
    try {
      invokeMock.mockRejectedValue({ code: "invalid_input", message: "Please enter a name.", field: "name" });
      await addStaff("", "").catch(() => undefined);
      expect(heard).not.toHaveBeenCalled();

      invokeMock.mockRejectedValue({
        code: "locked",
        message: "The notebook is locked. Enter its passphrase to unlock it.",
        field: null,
      });
      await expect(getToday()).rejects.toMatchObject({ code: "locked" });
      expect(heard).toHaveBeenCalledTimes(1);
    } finally {
      stop();
    }
    await getToday().catch(() => undefined);
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
