/** The words Settings uses about the passphrase and locking. */

/** The "Lock after" choices, in minutes (0: never). */
export const LOCK_AFTER_CHOICES: readonly number[] = [0, 5, 15, 30, 60, 240];

/** "Never", "5 minutes", "1 hour", "4 hours", "1 hour 30 minutes"… */
export function lockAfterName(minutes: number): string {
  if (minutes <= 0) return "Never";
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const h = hours === 1 ? "1 hour" : `${hours} hours`;
  const m = rest === 1 ? "1 minute" : `${rest} minutes`;
  if (hours === 0) return m;
  return rest === 0 ? h : `${h} ${m}`;
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
  const opens = remembered
    ? "This computer remembers the passphrase, so Kindly opens here without asking."
    : "Kindly will ask for the passphrase each time it opens.";
  if (plainBackupsWaiting <= 0) return `Protected. ${opens}`;
  const backups =
    plainBackupsWaiting === 1
      ? "1 older backup is not protected; a protected one was taken now."
      : `${plainBackupsWaiting} older backups are not protected; a protected one was taken now.`;
  const after =
    "The unprotected ones are removed the first time you unlock Kindly with the passphrase after it starts again.";
  return `Protected. ${backups} ${after} ${opens}`;
}
