import { formatWhen } from "../customers/format";

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
    copiedAt === null
      ? "Can't reach the team notebook, and this computer has no copy of it yet: customers can't be looked up and changes can't be saved until it's back."
      : `Can't reach the team notebook. Showing what this computer last copied ${formatWhen(copiedAt, now)}; changes can't be saved until it's back.`;
  const heard =
    heardAt === null
      ? null
      : `Last heard from the server ${formatWhen(heardAt, now)}. Kindly keeps trying by itself.`;
  return { main, heard };
}
