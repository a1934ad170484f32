/**
 * "The notebook is locked": told by the IPC layer whenever a command answers
 * with the code `locked` (the notebook locked itself, or was locked elsewhere),
 * so the window can ask for the passphrase. Listening never throws.
 */
type Listener = () => void;

const listeners = new Set<Listener>();

/** Calls `listener` each time a command answers `locked`; the function returned stops it. */
export function onLockedAnswer(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** For ipc.ts: a command answered `locked`. */
export function reportLocked(): void {
  for (const listener of [...listeners]) listener();
}
