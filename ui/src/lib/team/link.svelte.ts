/**
 * A kindly://join link's details (server, notebook, login: never a password),
 * waiting to fill the join form. Rust reads and checks the link; it arrives
 * with the start (`takeJoinLink`) or, while Kindly runs, as "open-join". Either
 * way the join form shows it: on the welcome, or in Settings → Team.
 */
import { listen } from "@tauri-apps/api/event";
import { takeJoinLink } from "../api/ipc";
import type { JoinLink, TeamAddress } from "../api/types";
import { t } from "../i18n/i18n.svelte";

/** Said when a link carried a password, which Kindly never takes from a link. */
export function passwordIgnored(): string {
  return t("team-password-ignored");
}

class PendingJoinLink {
  address = $state<TeamAddress | null>(null);
  /** The link carried something Kindly ignored (a password). */
  ignored = $state(false);
  /** What to say about it, in the language chosen now; null when nothing. */
  get notice(): string | null {
    return this.ignored ? passwordIgnored() : null;
  }
  /** Counts links, so a form shows a new link's details afresh. */
  seq = $state(0);
}

export const joinLink = new PendingJoinLink();

/** Puts a link's details in the join form. */
export function noteJoinLink(link: JoinLink): void {
  joinLink.address = link.address;
  joinLink.ignored = link.password_ignored;
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
  const takeWaiting = (): void =>
    void takeJoinLink()
      .then(take)
      .catch(() => {});
  try {
    void listen<unknown>("open-join", takeWaiting)
      .then((unlisten) => {
        if (stopped) {
          unlisten();
          return;
        }
        stop = unlisten;
        // Taken only now: a link that comes between taking and listening
        // would otherwise wait unseen.
        takeWaiting();
      })
      .catch(() => takeWaiting());
  } catch {
    // No shell (tests, a plain browser): no links.
  }
  return () => {
    stopped = true;
    stop?.();
  };
}
