/**
 * A kindly://join link's details (server, notebook, login: never a password),
 * waiting to fill the join form. Rust reads and checks the link; it arrives
 * with the start (`takeJoinLink`) or, while Kindly runs, as "open-join". Either
 * way the join form shows it: on the welcome, or in Settings → Team.
 */
import { listen } from "@tauri-apps/api/event";
import { takeJoinLink } from "../api/ipc";
import type { JoinLink, TeamAddress } from "../api/types";

/** Said when a link carried a password, which Kindly never takes from a link. */
export const PASSWORD_IGNORED =
  "The link also carried a password, which Kindly ignored: anyone who sees a link can read it. Type your password yourself.";

class PendingJoinLink {
  address = $state<TeamAddress | null>(null);
  /** Said once when the link carried something Kindly ignored (a password). */
  notice = $state<string | null>(null);
  /** Counts links, so a form shows a new link's details afresh. */
  seq = $state(0);
}

export const joinLink = new PendingJoinLink();

/** Puts a link's details in the join form. */
export function noteJoinLink(link: JoinLink): void {
  joinLink.address = link.address;
  joinLink.notice = link.password_ignored ? PASSWORD_IGNORED : null;
  joinLink.seq += 1;
}

/**
 * Takes the link Kindly was started with (if any) and listens for later ones;
 * `show` brings the join form on screen. Returns a function that stops listening.
 */
export function watchJoinLinks(show: () => void): () => void {
  let stop: (() => void) | null = null;
  let stopped = false;
  const take = (link: JoinLink | null): void => {
    if (!link) return;
    noteJoinLink(link);
    show();
  };
  void takeJoinLink()
    .then(take)
    .catch(() => {});
  try {
    void listen<JoinLink>(
      "open-join",
      () =>
        void takeJoinLink()
          .then(take)
          .catch(() => {}),
    )
      .then((unlisten) => {
        if (stopped) unlisten();
        else stop = unlisten;
      })
      .catch(() => {});
  } catch {
    // No shell (tests, a plain browser): no links.
  }
  return () => {
    stopped = true;
    stop?.();
  };
}
