/**
 * A kindly://join link's details (server, notebook, login: never a password),
 * waiting to fill the join form. Rust reads and checks the link.
 */
import type { TeamAddress } from "../api/types";

class JoinLink {
  address = $state<TeamAddress | null>(null);
  /** Said once when the link carried something Kindly ignored (a password). */
  notice = $state<string | null>(null);
}

export const joinLink = new JoinLink();
