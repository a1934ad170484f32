/**
 * After joining, signing in to or leaving a team notebook, another notebook is
 * open: the window starts afresh on it (nothing of the old one stays on show,
 * and nothing typed, the password included, stays in memory).
 */
export const switching = {
  /** Starts the window again. Replaced in tests. */
  restart: (): void => window.location.reload(),
};
