/** What can happen to an open promise. */
export type Outcome = "kept" | "broken" | "renegotiated";
