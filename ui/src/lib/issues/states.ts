/** Issue states in plain words, and the moves the notebook allows from each. */
import type { Issue, IssueState, WaitingOn } from "../api/types";

export const STATE_LABELS: Record<IssueState, string> = {
  open: "Open",
  in_progress: "In progress",
  waiting: "Waiting",
  resolved: "Resolved",
  closed: "Closed",
};

/** Mirrors IssueState::can_move_to in the Rust core, in the order the buttons show. */
export const ALLOWED_MOVES: Record<IssueState, readonly IssueState[]> = {
  open: ["in_progress", "waiting", "resolved"],
  in_progress: ["waiting", "resolved"],
  waiting: ["in_progress", "resolved"],
  resolved: ["open", "closed"],
  closed: ["open"],
};

/** Still needs us: open, in progress or waiting. */
export function isActive(state: IssueState): boolean {
  return state === "open" || state === "in_progress" || state === "waiting";
}

/** The button that makes a move. A trailing "…" means a small form follows. */
export function moveButtonLabel(to: IssueState): string {
  switch (to) {
    case "in_progress":
      return "Working on it";
    case "waiting":
      return "Waiting…";
    case "resolved":
      return "Resolved…";
    case "closed":
      return "Close";
    case "open":
      return "Reopen…";
  }
}

/** Moves that ask for a note (and more) before they are made. */
export function moveNeedsForm(to: IssueState): boolean {
  return to === "waiting" || to === "resolved" || to === "open";
}

export function waitingOnWords(on: WaitingOn): string {
  return on === "customer" ? "the customer" : "us";
}

/** "Waiting on the customer", "Resolved", … */
export function stateWords(state: IssueState, waitingOn: WaitingOn | null): string {
  if (state === "waiting" && waitingOn) return `Waiting on ${waitingOnWords(waitingOn)}`;
  return STATE_LABELS[state];
}

/** What the page says after a move: "Issue resolved.", "Issue reopened.", … */
export function movedNotice(issue: Pick<Issue, "state" | "waiting_on">): string {
  switch (issue.state) {
    case "open":
      return "Issue reopened.";
    case "in_progress":
      return "Issue marked in progress.";
    case "waiting":
      return issue.waiting_on
        ? `Issue now waiting on ${waitingOnWords(issue.waiting_on)}.`
        : "Issue waiting.";
    case "resolved":
      return "Issue resolved.";
    case "closed":
      return "Issue closed.";
  }
}

/** "Waiting → Resolved", or "Opened" for the first event. */
export function changeWords(from: IssueState | null, to: IssueState): string {
  if (from === null) return "Opened";
  if (to === "open" && (from === "resolved" || from === "closed")) return `${STATE_LABELS[from]} → Reopened`;
  return `${STATE_LABELS[from]} → ${STATE_LABELS[to]}`;
}
