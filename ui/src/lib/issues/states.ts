/** Issue states in plain words, and the moves the notebook allows from each. */
import type { Issue, IssueState, WaitingOn } from "../api/types";
import { t } from "../i18n/i18n.svelte";

const STATES: readonly IssueState[] = ["open", "in_progress", "waiting", "resolved", "closed"];

/** Each state's name ("Open", "In progress", …), in the chosen language when read. */
export const STATE_LABELS: Readonly<Record<IssueState, string>> = Object.defineProperties(
  {} as Record<IssueState, string>,
  Object.fromEntries(
    STATES.map((state) => [state, { enumerable: true, get: () => t(`issues-state-${state}`) }]),
  ),
);

/** A state inside a sentence or after a title: "open", "in progress". */
export function stateInLine(state: IssueState): string {
  return t("issues-state-in-line", { state });
}

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
  return t(`issues-move-${to}`);
}

/** Moves that ask for a note (and more) before they are made. */
export function moveNeedsForm(to: IssueState): boolean {
  return to === "waiting" || to === "resolved" || to === "open";
}

export function waitingOnWords(on: WaitingOn): string {
  return t("issues-waiting-on-who", { on });
}

/** "Waiting on the customer", "Resolved", … */
export function stateWords(state: IssueState, waitingOn: WaitingOn | null): string {
  if (state === "waiting" && waitingOn) return t("issues-state-waiting-on", { on: waitingOn });
  return STATE_LABELS[state];
}

/** What the page says after a move: "Issue resolved.", "Issue reopened.", … */
export function movedNotice(issue: Pick<Issue, "state" | "waiting_on">): string {
  if (issue.state === "waiting" && issue.waiting_on)
    return t("issues-moved-waiting-on", { on: issue.waiting_on });
  return t(`issues-moved-${issue.state}`);
}

/** "Waiting → Resolved", or "Opened" for the first event. */
export function changeWords(from: IssueState | null, to: IssueState): string {
  if (from === null) return t("issues-change-opened");
  if (to === "open" && (from === "resolved" || from === "closed"))
    return t("issues-change-reopened", { from: STATE_LABELS[from] });
  return t("issues-change", { from: STATE_LABELS[from], to: STATE_LABELS[to] });
}
