/** Timing by the window's frames, for work that should wait until something is on show. */

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
