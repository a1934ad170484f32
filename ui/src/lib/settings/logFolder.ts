import { openLogFolder } from "../api/ipc";
import { toKindlyError } from "../api/errors";

/** Opens the log folder; the sentence to show when it could not be opened, else null. */
export async function openLogs(): Promise<string | null> {
  try {
    await openLogFolder();
    return null;
  } catch (reason) {
    return toKindlyError(reason).message;
  }
}
