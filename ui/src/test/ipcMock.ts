/**
 * Stand-in for src/lib/api/ipc.ts. Use in a test file with
 *   vi.mock("<relative path>/api/ipc", () => import("<relative path>/test/ipcMock"));
 * then `vi.mocked(ipc.searchCustomers)` etc. `resetIpc()` gives every command
 * a harmless default answer.
 */
import { vi } from "vitest";
import type * as Real from "../lib/api/ipc";
import type { Customer, CustomerPage, SituationMember } from "../lib/api/types";
import {
  backup,
  backupSettings as backupSettingsOf,
  brief,
  conversation,
  customer,
  followUp,
  importPreview,
  info,
  lockStatus as lockStatusOf,
  memberIds,
  memberPage,
  mergeRecord,
  page,
  roster,
  todayPage,
} from "./fixtures";

export const searchCustomers = vi.fn<typeof Real.searchCustomers>();
export const getCustomer = vi.fn<typeof Real.getCustomer>();
export const createCustomer = vi.fn<typeof Real.createCustomer>();
export const updateCustomer = vi.fn<typeof Real.updateCustomer>();
export const trashCustomer = vi.fn<typeof Real.trashCustomer>();
export const restoreCustomer = vi.fn<typeof Real.restoreCustomer>();
export const listTrash = vi.fn<typeof Real.listTrash>();
export const emptyTrash = vi.fn<typeof Real.emptyTrash>();
export const customerChanges = vi.fn<typeof Real.customerChanges>();
export const notebookInfo = vi.fn<typeof Real.notebookInfo>();
export const setPhoneRegion = vi.fn<typeof Real.setPhoneRegion>();
export const welcome = vi.fn<typeof Real.welcome>();
export const removeSample = vi.fn<typeof Real.removeSample>();
export const customerPage = vi.fn<typeof Real.customerPage>();
export const timelinePage = vi.fn<typeof Real.timelinePage>();
export const logConversation = vi.fn<typeof Real.logConversation>();
export const updateConversation = vi.fn<typeof Real.updateConversation>();
export const getConversation = vi.fn<typeof Real.getConversation>();
export const openIssue = vi.fn<typeof Real.openIssue>();
export const updateIssue = vi.fn<typeof Real.updateIssue>();
export const moveIssue = vi.fn<typeof Real.moveIssue>();
export const getIssue = vi.fn<typeof Real.getIssue>();
export const makePromise = vi.fn<typeof Real.makePromise>();
export const updatePromise = vi.fn<typeof Real.updatePromise>();
export const settlePromise = vi.fn<typeof Real.settlePromise>();
export const getPromise = vi.fn<typeof Real.getPromise>();
export const trashEntry = vi.fn<typeof Real.trashEntry>();
export const restoreEntry = vi.fn<typeof Real.restoreEntry>();
export const listTrashedEntries = vi.fn<typeof Real.listTrashedEntries>();
export const issueCategories = vi.fn<typeof Real.issueCategories>();
export const staffRoster = vi.fn<typeof Real.staffRoster>();
export const addStaff = vi.fn<typeof Real.addStaff>();
export const removeStaff = vi.fn<typeof Real.removeStaff>();
export const setAtDesk = vi.fn<typeof Real.setAtDesk>();
export const addFollowUp = vi.fn<typeof Real.addFollowUp>();
export const updateFollowUp = vi.fn<typeof Real.updateFollowUp>();
export const getFollowUp = vi.fn<typeof Real.getFollowUp>();
export const completeFollowUp = vi.fn<typeof Real.completeFollowUp>();
export const skipFollowUp = vi.fn<typeof Real.skipFollowUp>();
export const snoozeFollowUp = vi.fn<typeof Real.snoozeFollowUp>();
export const reassignFollowUp = vi.fn<typeof Real.reassignFollowUp>();
export const getToday = vi.fn<typeof Real.getToday>();
export const exportCalendar = vi.fn<typeof Real.exportCalendar>();
export const timeSettings = vi.fn<typeof Real.timeSettings>();
export const setReminderTime = vi.fn<typeof Real.setReminderTime>();
export const autostartEnabled = vi.fn<typeof Real.autostartEnabled>();
export const setAutostart = vi.fn<typeof Real.setAutostart>();
export const getBrief = vi.fn<typeof Real.getBrief>();
export const briefText = vi.fn<typeof Real.briefText>();
export const findCaller = vi.fn<typeof Real.findCaller>();
export const logCall = vi.fn<typeof Real.logCall>();
/** The number of a kindly://call link the shell was started by, as `windowStart` answers it. */
export const pendingCall = vi.fn<() => Promise<string | null>>();
export const windowStart = vi.fn<typeof Real.windowStart>();
export const windowReady = vi.fn<typeof Real.windowReady>();
export const setLanguage = vi.fn<typeof Real.setLanguage>();
export const globalShortcut = vi.fn<typeof Real.globalShortcut>();
export const setGlobalShortcut = vi.fn<typeof Real.setGlobalShortcut>();
export const backupSettings = vi.fn<typeof Real.backupSettings>();
export const setBackupSettings = vi.fn<typeof Real.setBackupSettings>();
export const chooseBackupFolder = vi.fn<typeof Real.chooseBackupFolder>();
export const stillHere = vi.fn<typeof Real.stillHere>();
export const backUpNow = vi.fn<typeof Real.backUpNow>();
export const listBackups = vi.fn<typeof Real.listBackups>();
export const restoreBackup = vi.fn<typeof Real.restoreBackup>();
export const chooseImportFile = vi.fn<typeof Real.chooseImportFile>();
export const previewImport = vi.fn<typeof Real.previewImport>();
export const importContacts = vi.fn<typeof Real.importContacts>();
export const cancelTask = vi.fn<typeof Real.cancelTask>();
export const likelyDuplicates = vi.fn<typeof Real.likelyDuplicates>();
export const mergeCustomers = vi.fn<typeof Real.mergeCustomers>();
export const undoMerge = vi.fn<typeof Real.undoMerge>();
export const recentMerges = vi.fn<typeof Real.recentMerges>();
export const notDuplicates = vi.fn<typeof Real.notDuplicates>();
export const exportContacts = vi.fn<typeof Real.exportContacts>();
export const exportCustomerRecord = vi.fn<typeof Real.exportCustomerRecord>();
export const forgetCustomer = vi.fn<typeof Real.forgetCustomer>();
export const listSituations = vi.fn<typeof Real.listSituations>();
export const getSituation = vi.fn<typeof Real.getSituation>();
export const createSituation = vi.fn<typeof Real.createSituation>();
export const updateSituation = vi.fn<typeof Real.updateSituation>();
export const postSituationUpdate = vi.fn<typeof Real.postSituationUpdate>();
export const markTold = vi.fn<typeof Real.markTold>();
export const situationMessages = vi.fn<typeof Real.situationMessages>();
export const closeSituation = vi.fn<typeof Real.closeSituation>();
export const undoSituationAction = vi.fn<typeof Real.undoSituationAction>();
export const situationMembers = vi.fn<typeof Real.situationMembers>();
export const situationMemberIds = vi.fn<typeof Real.situationMemberIds>();
export const countMatching = vi.fn<typeof Real.countMatching>();
export const addMatching = vi.fn<typeof Real.addMatching>();
export const addToSituation = vi.fn<typeof Real.addToSituation>();
export const removeFromSituation = vi.fn<typeof Real.removeFromSituation>();
export const addSituationGroup = vi.fn<typeof Real.addSituationGroup>();
export const setGroupConcierge = vi.fn<typeof Real.setGroupConcierge>();
export const setMemberConcierge = vi.fn<typeof Real.setMemberConcierge>();
export const groupMembers = vi.fn<typeof Real.groupMembers>();
export const lockStatus = vi.fn<typeof Real.lockStatus>();
export const unlock = vi.fn<typeof Real.unlock>();
export const lockNotebook = vi.fn<typeof Real.lockNotebook>();
export const protectNotebook = vi.fn<typeof Real.protectNotebook>();
export const changePassphrase = vi.fn<typeof Real.changePassphrase>();
export const removeProtection = vi.fn<typeof Real.removeProtection>();
export const setLockAfter = vi.fn<typeof Real.setLockAfter>();
export const forgetRememberedPassphrase = vi.fn<typeof Real.forgetRememberedPassphrase>();
export const teamStatus = vi.fn<typeof Real.teamStatus>();
export const about = vi.fn<typeof Real.about>();
export const openLogFolder = vi.fn<typeof Real.openLogFolder>();
export const crashNotice = vi.fn<typeof Real.crashNotice>();
export const takeJoinLink = vi.fn<typeof Real.takeJoinLink>();
export const joinTeam = vi.fn<typeof Real.joinTeam>();
export const signInTeam = vi.fn<typeof Real.signInTeam>();
export const retryTeam = vi.fn<typeof Real.retryTeam>();
export const leaveTeam = vi.fn<typeof Real.leaveTeam>();
export const teamLogins = vi.fn<typeof Real.teamLogins>();
export const addTeamLogin = vi.fn<typeof Real.addTeamLogin>();
export const removeTeamLogin = vi.fn<typeof Real.removeTeamLogin>();
export const teamSignedInNow = vi.fn<typeof Real.teamSignedInNow>();
export const moveUpPreview = vi.fn<typeof Real.moveUpPreview>();
export const moveUp = vi.fn<typeof Real.moveUp>();
export const copyTeamOut = vi.fn<typeof Real.copyTeamOut>();
export const tagCounts = vi.fn<typeof Real.tagCounts>();
export const changeTag = vi.fn<typeof Real.changeTag>();
export const undoTagChange = vi.fn<typeof Real.undoTagChange>();
export const reports = vi.fn<typeof Real.reports>();
export const customersBehind = vi.fn<typeof Real.customersBehind>();

export const listCustomers = vi.fn<typeof Real.listCustomers>();
export const countCustomers = vi.fn<typeof Real.countCustomers>();
export const savedLists = vi.fn<typeof Real.savedLists>();
export const createSavedList = vi.fn<typeof Real.createSavedList>();
export const updateSavedList = vi.fn<typeof Real.updateSavedList>();
export const deleteSavedList = vi.fn<typeof Real.deleteSavedList>();
export const restoreSavedList = vi.fn<typeof Real.restoreSavedList>();
export const listImports = vi.fn<typeof Real.listImports>();
export const exportSelection = vi.fn<typeof Real.exportSelection>();
export const previewBulkChange = vi.fn<typeof Real.previewBulkChange>();
export const bulkChange = vi.fn<typeof Real.bulkChange>();
export const undoBulkChange = vi.fn<typeof Real.undoBulkChange>();
export const recentBulkChanges = vi.fn<typeof Real.recentBulkChanges>();

export function resetIpc(): void {
  for (const fn of [
    searchCustomers,
    getCustomer,
    createCustomer,
    updateCustomer,
    trashCustomer,
    restoreCustomer,
    listTrash,
    emptyTrash,
    customerChanges,
    notebookInfo,
    setPhoneRegion,
    customerPage,
    timelinePage,
    logConversation,
    updateConversation,
    getConversation,
    openIssue,
    updateIssue,
    moveIssue,
    getIssue,
    makePromise,
    updatePromise,
    settlePromise,
    getPromise,
    trashEntry,
    restoreEntry,
    listTrashedEntries,
    issueCategories,
    staffRoster,
    addStaff,
    removeStaff,
    setAtDesk,
    addFollowUp,
    updateFollowUp,
    getFollowUp,
    completeFollowUp,
    skipFollowUp,
    snoozeFollowUp,
    reassignFollowUp,
    getToday,
    exportCalendar,
    timeSettings,
    setReminderTime,
    autostartEnabled,
    setAutostart,
    getBrief,
    briefText,
    findCaller,
    logCall,
    windowStart,
    pendingCall,
    windowReady,
    setLanguage,
    globalShortcut,
    setGlobalShortcut,
    backupSettings,
    setBackupSettings,
    chooseBackupFolder,
    stillHere,
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
    listSituations,
    getSituation,
    createSituation,
    updateSituation,
    postSituationUpdate,
    markTold,
    situationMessages,
    closeSituation,
    undoSituationAction,
    situationMembers,
    situationMemberIds,
    countMatching,
    addMatching,
    addToSituation,
    removeFromSituation,
    addSituationGroup,
    setGroupConcierge,
    setMemberConcierge,
    groupMembers,
    lockStatus,
    unlock,
    lockNotebook,
    protectNotebook,
    changePassphrase,
    removeProtection,
    setLockAfter,
    forgetRememberedPassphrase,
    teamStatus,
    about,
    openLogFolder,
    crashNotice,
    takeJoinLink,
    joinTeam,
    signInTeam,
    retryTeam,
    leaveTeam,
    welcome,
    removeSample,
    listCustomers,
    countCustomers,
    savedLists,
    createSavedList,
    updateSavedList,
    deleteSavedList,
    restoreSavedList,
    listImports,
    exportSelection,
    previewBulkChange,
    bulkChange,
    undoBulkChange,
    recentBulkChanges,
    tagCounts,
    changeTag,
    undoTagChange,
    reports,
    customersBehind,
  ] as const) {
    fn.mockReset();
  }
  searchCustomers.mockResolvedValue([]);
  // An empty Customers list with no saved lists; tests of the list serve their own rows.
  listCustomers.mockResolvedValue({ rows: [], next: null });
  countCustomers.mockResolvedValue(0);
  savedLists.mockResolvedValue([]);
  listImports.mockResolvedValue([]);
  recentBulkChanges.mockResolvedValue([]);
  deleteSavedList.mockResolvedValue(null);
  tagCounts.mockResolvedValue([]);
  reports.mockRejectedValue(new Error("reports not set up"));
  customersBehind.mockResolvedValue([]);
  listSituations.mockResolvedValue([]);
  serveMembers(() => []);
  listTrash.mockResolvedValue([]);
  emptyTrash.mockResolvedValue(0);
  customerChanges.mockResolvedValue({ items: [], next: null });
  trashCustomer.mockResolvedValue(null);
  restoreCustomer.mockResolvedValue(null);
  notebookInfo.mockResolvedValue(info());
  setPhoneRegion.mockImplementation(async (region) => info({ phone_region: region }));
  welcome.mockImplementation(async (w) =>
    info({
      phone_region: w.phone_region,
      customer_count: w.sample ? 36 : 0,
      sample_count: w.sample ? 36 : 0,
    }),
  );
  removeSample.mockResolvedValue(info({ sample_count: 0 }));
  // A customer with nothing recorded yet; tests showing a customer set their own page.
  customerPage.mockImplementation(async (id) => page({ customer: customer({ id }) }));
  timelinePage.mockResolvedValue({ items: [], next: null });
  trashEntry.mockResolvedValue(null);
  restoreEntry.mockResolvedValue(null);
  listTrashedEntries.mockResolvedValue([]);
  issueCategories.mockResolvedValue([]);
  staffRoster.mockResolvedValue(roster());
  setAtDesk.mockImplementation(async (id) => ({ ...roster(), at_desk: id }));
  // Nothing due: the app opens on Lookup. Tests of Today set their own page.
  getToday.mockResolvedValue(todayPage());
  timeSettings.mockResolvedValue({ time_zone: "Europe/London", reminder_time: "09:00" });
  setReminderTime.mockImplementation(async (time) => ({ time_zone: "Europe/London", reminder_time: time }));
  autostartEnabled.mockResolvedValue(false);
  setAutostart.mockImplementation(async (enabled) => enabled);
  exportCalendar.mockResolvedValue({
    folder: "/home/shop/Downloads",
    files: ["Kindly follow-ups 2026-12-07.ics"],
  });
  // Each change answers with the follow-up as it is after the change; tests check the call.
  completeFollowUp.mockImplementation(async (id) => followUp({ id, due_at: null, occurrence_at: null }));
  skipFollowUp.mockImplementation(async (id) => followUp({ id }));
  snoozeFollowUp.mockImplementation(async (id) => followUp({ id, snoozed: true }));
  reassignFollowUp.mockImplementation(async (id, _version, assignee) => followUp({ id, assignee }));
  addFollowUp.mockImplementation(async (input) => followUp({ ...input, id: "fu-new" }));
  updateFollowUp.mockImplementation(async (id, _version, input) => followUp({ ...input, id }));
  getFollowUp.mockImplementation(async (id) => followUp({ id }));
  // A brief with only a name; tests showing more set their own.
  getBrief.mockImplementation(async (id) => brief({ customer_id: id }));
  briefText.mockResolvedValue("Margaret Okafor");
  findCaller.mockImplementation(async (number) => ({ number, matches: [] }));
  logCall.mockImplementation(async (after) =>
    conversation({ ...after.call, happened_at: Date.now(), outcome: after.outcome }),
  );
  // Not started by a kindly://call link.
  pendingCall.mockResolvedValue(null);
  // Composed from the parts, as the shell does: a locked notebook is not read
  // (and the call waits), and a Today that cannot be read opens the window anyway.
  windowStart.mockImplementation(async () => {
    const lock = await lockStatus();
    if (lock.locked) return { lock, opening: null, call: null };
    const [info, roster, time, today, call] = await Promise.all([
      notebookInfo(),
      staffRoster(),
      timeSettings(),
      getToday().catch(() => null),
      pendingCall(),
    ]);
    return { lock, opening: { info, roster, time, today }, call };
  });
  windowReady.mockResolvedValue(null);
  setLanguage.mockResolvedValue(null);
  globalShortcut.mockResolvedValue(null);
  setGlobalShortcut.mockImplementation(async (shortcut) => shortcut);
  // The default folder beside info()'s notebook, no backup yet; tests with backups set their own.
  backupSettings.mockResolvedValue(backupSettingsOf());
  setBackupSettings.mockImplementation(async (keep) => backupSettingsOf({ keep }));
  chooseBackupFolder.mockResolvedValue(null);
  stillHere.mockResolvedValue(null);
  listBackups.mockResolvedValue([]);
  backUpNow.mockResolvedValue(backup());
  restoreBackup.mockResolvedValue(
    backup({
      path: "/tmp/backups/before-restore/kindly-backup-20250304-160000-000Z.sqlite",
      file_name: "kindly-backup-20250304-160000-000Z.sqlite",
      taken_at: Date.UTC(2025, 2, 4, 16, 0),
    }),
  );
  // The file dialog is cancelled; tests of importing choose their own file and preview.
  chooseImportFile.mockResolvedValue(null);
  previewImport.mockResolvedValue(importPreview());
  importContacts.mockResolvedValue({ created: 0, merged: 0, skipped: 0, left_out: 0 });
  cancelTask.mockResolvedValue(undefined);
  likelyDuplicates.mockResolvedValue([]);
  recentMerges.mockResolvedValue([]);
  mergeCustomers.mockImplementation(async (keptId, mergedId) => ({
    merge: mergeRecord({ kept_id: keptId, merged_id: mergedId }),
    kept: customer({ id: keptId }),
    left_out: [],
  }));
  undoMerge.mockResolvedValue(null);
  notDuplicates.mockResolvedValue(null);
  // "Save as" keeps the name it suggests, in Downloads.
  exportContacts.mockImplementation(async (format) => ({
    folder: "/home/shop/Downloads",
    files: [`Kindly customers 2026-12-07.${format === "csv" ? "csv" : "vcf"}`],
  }));
  exportCustomerRecord.mockResolvedValue({
    folder: "/home/shop/Downloads",
    files: ["Margaret Okafor - everything we hold.json", "Margaret Okafor - everything we hold.txt"],
  });
  forgetCustomer.mockResolvedValue(null);
  // Not protected: the app opens straight away. Tests of the passphrase set their own status.
  lockStatus.mockResolvedValue(lockStatusOf());
  unlock.mockImplementation(async () => lockStatusOf({ protected: true }));
  lockNotebook.mockResolvedValue(lockStatusOf({ locked: true, protected: true }));
  protectNotebook.mockResolvedValue({
    settings: { protected: true, lock_after_minutes: 0 },
    plain_backups_waiting: 0,
  });
  changePassphrase.mockResolvedValue({ protected: true, lock_after_minutes: 0 });
  removeProtection.mockResolvedValue({ protected: false, lock_after_minutes: 0 });
  setLockAfter.mockImplementation(async (minutes) => ({ protected: true, lock_after_minutes: minutes }));
  forgetRememberedPassphrase.mockResolvedValue(lockStatusOf({ protected: true }));
  // This computer's own notebook, not a team one.
  const alone = { address: null, signed_in: null, notice: null, ...CONNECTED };
  teamStatus.mockResolvedValue(alone);
  about.mockResolvedValue({ version: "0.1.0", path: "/tmp/kindly.db", server: null, database: null });
  openLogFolder.mockResolvedValue(null);
  crashNotice.mockResolvedValue(null);
  takeJoinLink.mockResolvedValue(null);
  joinTeam.mockImplementation(async (server, database, login) => ({
    address: { server, database, login },
    signed_in: { login, display_name: "Ana Lima", owner: false },
    notice: null,
    ...CONNECTED,
  }));
  signInTeam.mockResolvedValue(alone);
  retryTeam.mockResolvedValue(alone);
  leaveTeam.mockResolvedValue(alone);
  teamLogins.mockResolvedValue([]);
  addTeamLogin.mockRejectedValue(new Error("add_team_login not set up"));
  removeTeamLogin.mockRejectedValue(new Error("remove_team_login not set up"));
  teamSignedInNow.mockResolvedValue([]);
  moveUpPreview.mockRejectedValue(new Error("move_up_preview not set up"));
  moveUp.mockRejectedValue(new Error("move_up not set up"));
  copyTeamOut.mockResolvedValue(null);
}

/** A team status's offline-copy fields when the server is there and no copy was taken. */
export const CONNECTED = {
  away: false,
  last_heard_at: null,
  offline_copy_taken_at: null,
  offline_copy_trouble: null,
};

/** Makes customer_page answer with this customer and, optionally, more of their page. */
export function showPage(c: Customer, more: Partial<CustomerPage> = {}): void {
  customerPage.mockResolvedValue(page({ customer: c, ...more }));
}

/**
 * Answers `situation_members` and `situation_member_ids` from the affected
 * customers `read` gives at the time of the call, filtered and paged as the
 * core does.
 */
export function serveMembers(read: () => SituationMember[]): void {
  situationMembers.mockImplementation(async (_id, filter, offset, limit) =>
    memberPage(read(), filter, offset, limit),
  );
  situationMemberIds.mockImplementation(async (_id, filter) => memberIds(read(), filter));
}
