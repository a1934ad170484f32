/** Plain words for backups: when one was taken, how big it is, and where they go by default. */
import { formatDate, formatDecimal, formatNumber, formatTime } from "../i18n/format";
import { t } from "../i18n/i18n.svelte";

/** "3 March 2025 at 14:05", in the computer's time zone. */
export function backupWhen(ms: number): string {
  return t("settings-backup-when", { date: formatDate(ms), time: formatTime(ms) });
}

const KB = 1024;
const MB = 1024 * 1024;

/** "240 KB", "3.4 MB", "48 MB". */
export function backupSize(bytes: number): string {
  if (bytes < MB) return t("settings-size-kb", { size: formatNumber(Math.max(1, Math.round(bytes / KB))) });
  const mb = bytes / MB;
  return t("settings-size-mb", { size: mb < 10 ? formatDecimal(mb, 1) : formatNumber(Math.round(mb)) });
}

/**
 * The folder backups go to when none is chosen: `backups` beside the notebook
 * file (as the core decides it), written with the same separator as the path.
 */
export function defaultBackupFolder(notebookPath: string): string {
  const cut = Math.max(notebookPath.lastIndexOf("/"), notebookPath.lastIndexOf("\\"));
  return cut < 0 ? "backups" : `${notebookPath.slice(0, cut + 1)}backups`;
}

/** The number of backups to keep, when it is one the core accepts (1 to 365). */
export function keepProblem(keep: number | null | undefined): string | null {
  if (typeof keep !== "number" || !Number.isInteger(keep) || keep < 1 || keep > 365) {
    return t("settings-keep-problem");
  }
  return null;
}
