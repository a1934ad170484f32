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

/** What protecting did, said once it is done. */
export function protectedWords(replacedBackups: number, remembered: boolean): string {
  const opens = remembered
    ? "This computer remembers the passphrase, so Kindly opens here without asking."
    : "Kindly will ask for the passphrase each time it opens.";
  if (replacedBackups <= 0) return `Protected. ${opens}`;
  const backups =
    replacedBackups === 1
      ? "1 older backup that was not protected was replaced by a protected one."
      : `${replacedBackups} older backups that were not protected were replaced by a protected one.`;
  return `Protected. ${backups} ${opens}`;
}
