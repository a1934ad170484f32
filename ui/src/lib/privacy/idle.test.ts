import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { IdleWatch, type Clock } from "./idle";

const MINUTE = 60_000;

/** The window's clock, faked by vitest. */
const clock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

const open = (minutes: number) => ({ locked: false, protected: true, lock_after_minutes: minutes });

describe("IdleWatch", () => {
  let onIdle: ReturnType<typeof vi.fn<() => void>>;
  let watch: IdleWatch;

  beforeEach(() => {
    vi.useFakeTimers();
    onIdle = vi.fn<() => void>();
    watch = new IdleWatch(onIdle, clock);
  });

  afterEach(() => {
    watch.stop();
    vi.useRealTimers();
  });

  it("calls onIdle once the time passes without use, and only once", () => {
    watch.watch(open(5));
    vi.advanceTimersByTime(5 * MINUTE - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60 * MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
    expect(watch.watching).toBe(false);
  });

  it("tells Kindly of use at most every 30 seconds while watching, so its own idle lock counts afresh", () => {
    const onUse = vi.fn<() => void>();
    const told = new IdleWatch(onIdle, clock, onUse);
    const stop = told.listen(window);
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "a" }));
    expect(onUse).not.toHaveBeenCalled();

    told.watch(open(5));
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "a" }));
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "b" }));
    expect(onUse).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(29_999);
    window.dispatchEvent(new Event("pointerdown"));
    expect(onUse).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    window.dispatchEvent(new Event("pointerdown"));
    expect(onUse).toHaveBeenCalledTimes(2);
    stop();
  });

  it("starts counting again on a key press, click, scroll or touch in the window", () => {
    const stop = watch.listen(window);
    watch.watch(open(5));
    for (const event of [
      new KeyboardEvent("keydown", { key: "a" }),
      new Event("pointerdown"),
      new Event("wheel"),
      new Event("touchstart"),
    ]) {
      vi.advanceTimersByTime(4 * MINUTE);
      window.dispatchEvent(event);
    }
    vi.advanceTimersByTime(4 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);

    // Once it stops listening, nothing is counted or called any more.
    watch.watch(open(5));
    stop();
    vi.advanceTimersByTime(10 * MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it("does not count a moved mouse as use", () => {
    const stop = watch.listen(window);
    watch.watch(open(1));
    vi.advanceTimersByTime(30_000);
    window.dispatchEvent(new Event("pointermove"));
    window.dispatchEvent(new Event("mousemove"));
    vi.advanceTimersByTime(30_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    stop();
  });

  it("starts afresh when the time is changed", () => {
    watch.watch(open(5));
    vi.advanceTimersByTime(4 * MINUTE);
    watch.watch(open(15));
    vi.advanceTimersByTime(14 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it("does nothing for a notebook that is not protected, is locked, is set to never, or is unknown", () => {
    const stop = watch.listen(window);
    for (const notebook of [
      { locked: false, protected: false, lock_after_minutes: 5 },
      { locked: true, protected: true, lock_after_minutes: 5 },
      open(0),
      null,
    ]) {
      watch.watch(notebook);
      expect(watch.watching).toBe(false);
      window.dispatchEvent(new KeyboardEvent("keydown", { key: "a" }));
      vi.advanceTimersByTime(24 * 60 * MINUTE);
    }
    expect(onIdle).not.toHaveBeenCalled();
    stop();
  });

  it("stops when the notebook is locked meanwhile", () => {
    watch.watch(open(5));
    vi.advanceTimersByTime(2 * MINUTE);
    watch.watch({ ...open(5), locked: true });
    vi.advanceTimersByTime(10 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
  });

  it("locks as soon as its timer fires when the computer slept past the time", () => {
    let now = 0;
    const pending: { run: () => void; at: number }[] = [];
    const sleepy: Clock = {
      now: () => now,
      setTimeout: (run, ms) => pending.push({ run, at: now + ms }),
      clearTimeout: () => undefined,
    };
    const sleeper = new IdleWatch(onIdle, sleepy);
    sleeper.watch(open(5));
    // The timer should have fired after 5 minutes; the computer woke after 2 hours.
    now = 120 * MINUTE;
    pending.shift()?.run();
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it("waits for the rest of the time when there was use before the timer fired", () => {
    let now = 0;
    const pending: { run: () => void; at: number }[] = [];
    const manual: Clock = {
      now: () => now,
      setTimeout: (run, ms) => pending.push({ run, at: now + ms }),
      clearTimeout: () => undefined,
    };
    const later = new IdleWatch(onIdle, manual);
    later.watch(open(5));
    now = 3 * MINUTE;
    later.activity();
    now = 5 * MINUTE;
    pending.shift()?.run();
    expect(onIdle).not.toHaveBeenCalled();
    expect(pending).toEqual([{ run: expect.any(Function), at: 8 * MINUTE }]);
    now = 8 * MINUTE;
    pending.shift()?.run();
    expect(onIdle).toHaveBeenCalledTimes(1);
  });
});
