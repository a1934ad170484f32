/** The words Settings uses about the passphrase and locking. */
import { t } from "../i18n/i18n.svelte";

/** The "Lock after" choices, in minutes (0: never). */
export const LOCK_AFTER_CHOICES: readonly number[] = [0, 5, 15, 30, 60, 240];

/** "Never", "5 minutes", "1 hour", "4 hours", "1 hour 30 minutes"… */
export function lockAfterName(minutes: number): string {
  if (minutes <= 0) return t("privacy-never");
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t("privacy-minutes", { minutes: rest });
  if (rest === 0) return t("privacy-hours", { hours });
  return t("privacy-hours-minutes", { hours, minutes: rest });
}

/** The choices to offer: the usual ones, plus the time in force when it is another (set elsewhere). */
export function lockAfterOptions(current: number): { minutes: number; name: string }[] {
  const all = LOCK_AFTER_CHOICES.includes(current)
    ? [...LOCK_AFTER_CHOICES]
    : [...LOCK_AFTER_CHOICES, current];
  return all.sort((a, b) => a - b).map((minutes) => ({ minutes, name: lockAfterName(minutes) }));
}

/**
 * What protecting did, said once it is done. Older backups that are not
 * protected stay until the passphrase is typed again after a restart (so a
 * passphrase nobody typed cannot take the readable copies away).
 */
export function protectedWords(plainBackupsWaiting: number, remembered: boolean): string {
  const yes = remembered ? "yes" : "no";
  if (plainBackupsWaiting <= 0) return t("privacy-protected", { remembered: yes });
  return t("privacy-protected-waiting", { count: plainBackupsWaiting, remembered: yes });
}
