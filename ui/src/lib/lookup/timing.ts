/**
 * How long a keystroke in the lookup box takes to reach the screen: from
 * the input event to the frame with its results painted. Each is kept as a
 * `lookup-painted` performance measure, with `lookup-answered` (the input
 * event to the results arriving from the notebook) beside it, so the time
 * can be split between the search and drawing. `make bench-app` reads both
 * back through WebDriver. Costs nothing noticeable otherwise.
 */
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

/**
 * Runs `then` as soon as the next frame has been painted (right away where
 * there are no frames, as in unit tests). Callbacks run in the order given.
 */
export function afterPaint(then: () => void): void {
  if (typeof requestAnimationFrame !== "function" || typeof MessageChannel !== "function") {
    then();
    return;
  }
  // An animation-frame callback runs just before its frame is drawn; a
  // message posted from it is handled as soon as that frame is done.
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      then();
    };
    channel.port2.postMessage(null);
  });
}

/** Records one measure once the frame with the results has been painted. */
export function markPainted(typedAt: number): void {
  afterPaint(() => measure(PAINTED, typedAt));
}
