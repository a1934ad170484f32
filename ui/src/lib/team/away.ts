import { formatWhen } from "../customers/format";
import { t } from "../i18n/i18n.svelte";

/**
 * The away banner's sentences: what the window shows while the team notebook's
 * server cannot be reached. `copiedAt` is when this computer's offline copy was
 * taken (null: no copy yet), `heardAt` when the server last answered.
 */
export function awayWords(
  copiedAt: number | null,
  heardAt: number | null,
  now: Date = new Date(),
): { main: string; heard: string | null } {
  const main =
    copiedAt === null ? t("team-away-no-copy") : t("team-away", { when: formatWhen(copiedAt, now) });
  const heard = heardAt === null ? null : t("team-away-heard", { when: formatWhen(heardAt, now) });
  return { main, heard };
}
