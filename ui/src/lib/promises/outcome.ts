import type { PromiseState } from "../api/types";

/** What can happen to an open promise. */
export type Outcome = "kept" | "broken" | "renegotiated";

/** What the page says after a promise is settled; one still open has a new date. */
export const SETTLED_NOTICE: Record<PromiseState, string> = {
  kept: "Promise kept.",
  broken: "Promise marked broken.",
  open: "New date agreed.",
};
