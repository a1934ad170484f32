/**
 * Saying where an export went, after the system's "Save as" dialog: the file's
 * name first (what the person looks for), then the folder it is in.
 */
import type { Saved } from "../api/types";

/** E.g. `Saved “Kindly customers 2026-12-07.vcf” in /home/ana/Downloads.` */
export function savedText(saved: Saved): string {
  const names = saved.files.map((name) => `“${name}”`);
  const listed =
    names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  return `Saved ${listed} in ${saved.folder}.`;
}
