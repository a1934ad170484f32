/**
 * How long a keystroke in the lookup box takes to reach the screen: from
 * the input event to the frame after its results were put in the page. Each
 * is kept as a `lookup-painted` performance measure, which `make bench-app`
 * reads back through WebDriver. Costs nothing noticeable otherwise.
 */
export const PAINTED = "lookup-painted";

/** Records one measure once the next frame has been painted. */
export function markPainted(typedAt: number): void {
  if (typeof requestAnimationFrame !== "function") return;
  // The first callback runs before the frame with the results is painted,
  // the second one after it.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      try {
        performance.measure(PAINTED, { start: typedAt });
      } catch {
        // A browser without measure options: nothing to record.
      }
    }),
  );
}
