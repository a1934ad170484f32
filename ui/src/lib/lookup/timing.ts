/**
 * How long a keystroke in the lookup box takes to reach the screen: from
 * the input event to the frame with its results painted. Each is kept as a
 * `lookup-painted` performance measure, with `lookup-answered` (the input
 * event to the results arriving from the notebook) beside it, so the time
 * can be split between the search and drawing. `make bench-app` reads both
 * back through WebDriver. Costs nothing noticeable otherwise.
 */
import { afterPaint } from "../shell/frames";

export const PAINTED = "lookup-painted";
export const ANSWERED = "lookup-answered";

function measure(name: string, start: number): void {
  try {
    performance.measure(name, { start });
  } catch {
    // A browser without measure options: nothing to record.
  }
}

/** Records that the results for the keystroke at `typedAt` have arrived. */
export function markAnswered(typedAt: number): void {
  measure(ANSWERED, typedAt);
}

/** Records one measure once the frame with the results has been painted. */
export function markPainted(typedAt: number): void {
  afterPaint(() => measure(PAINTED, typedAt));
}
