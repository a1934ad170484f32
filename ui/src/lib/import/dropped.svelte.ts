/**
 * A file dragged over or dropped on the window, as the shell tells it
 * (src-tauri/src/dropping.rs): while one is dragged over, a hint says where
 * it goes; a contacts file dropped opens the import preview for it (Rust has
 * already made it the chosen file); anything else leaves the screen as it is
 * and shows a plain line saying why, until dismissed or the next drop.
 */
import type { DroppedFile } from "../api/events";
import { navigate } from "../shell/app.svelte";
import { t } from "../i18n/i18n.svelte";

class DropState {
  /** A file is being dragged over the window. */
  over = $state(false);
  /** Why the last drop was not taken; null when there is nothing to say. */
  notice = $state<string | null>(null);
  /** An import is being written (set by the import screen): a drop then waits for it. */
  importing = false;
}

export const drop = new DropState();

/** The shell says a drag came over the window (true) or left it (false). */
export function dragOver(over: boolean): void {
  drop.over = over;
}

/** The shell says a file was dropped: its preview, or the line saying why not. */
export function fileDropped(dropped: DroppedFile): void {
  drop.over = false;
  if ("problem" in dropped) {
    drop.notice = dropped.problem;
    return;
  }
  if (drop.importing) {
    // Leaving now would hide how the import being written ends.
    drop.notice = t("import-drop-busy", { file: dropped.file.name });
    return;
  }
  drop.notice = null;
  navigate({ name: "import", dropped: dropped.file });
}

/** Back to no drag and nothing to say (tests). */
export function resetDrop(): void {
  drop.over = false;
  drop.notice = null;
  drop.importing = false;
}
