/**
 * Locking after a while without use. `IdleWatch` counts from the last key
 * press, click, scroll or touch in the window and calls `onIdle` once the
 * notebook's "Lock after" time has passed without any. It watches only a
 * protected, unlocked notebook with a time set (0 minutes: never), and it
 * checks the real time when its timer fires, so a computer that slept past
 * the time locks as soon as it wakes.
 */
import type { LockStatus } from "../api/types";

/** The clock and timer the watch uses: the window's, or a fake one in tests. */
export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** What counts as using Kindly. Mouse moves do not: a nudged mouse should not keep it open. */
export const ACTIVITY_EVENTS = ["keydown", "pointerdown", "wheel", "touchstart"] as const;

const MINUTE = 60_000;
/** Kindly itself is told of use at most this often (it locks on its own too: see `onUse`). */
export const TELL_USE_EVERY = 30_000;

/** What the watch needs to know of the notebook. */
export type Watched = Pick<LockStatus, "locked" | "protected" | "lock_after_minutes">;

export class IdleWatch {
  readonly #onIdle: () => void;
  readonly #onUse: () => void;
  readonly #clock: Clock;
  /** When `onUse` was last called; -Infinity before. */
  #told = -Infinity;
  /** How long without use before `onIdle`, in ms; 0 while not watching. */
  #limit = 0;
  #last = 0;
  #timer: unknown = null;

  /**
   * `onUse` tells Kindly's Rust side that someone is using the window (at most
   * every `TELL_USE_EVERY` ms while watching): it keeps its own idle lock,
   * which locks even if this page stops counting.
   */
  constructor(onIdle: () => void, clock: Clock = systemClock, onUse: () => void = () => {}) {
    this.#onIdle = onIdle;
    this.#clock = clock;
    this.#onUse = onUse;
  }

  /** True while counting towards `onIdle`. */
  get watching(): boolean {
    return this.#timer !== null;
  }

  /**
   * Starts counting afresh for this notebook, or stops when it is not
   * protected, is locked, has no "Lock after" time, or is unknown (null).
   */
  watch(notebook: Watched | null): void {
    this.#stopTimer();
    const minutes = notebook?.lock_after_minutes ?? 0;
    const active = notebook !== null && notebook.protected && !notebook.locked && minutes > 0;
    this.#limit = active ? minutes * MINUTE : 0;
    if (this.#limit === 0) return;
    this.#last = this.#clock.now();
    this.#schedule(this.#limit);
  }

  /** Someone used Kindly: the count starts again. */
  activity(): void {
    if (this.#limit === 0) return;
    this.#last = this.#clock.now();
    if (this.#last - this.#told >= TELL_USE_EVERY) {
      this.#told = this.#last;
      this.#onUse();
    }
  }

  /** Stops counting until `watch` is called again. */
  stop(): void {
    this.#stopTimer();
    this.#limit = 0;
  }

  /** Listens for use of the window (`target`); the function returned stops listening and counting. */
  listen(target: EventTarget): () => void {
    const seen = () => this.activity();
    // Capture, so a part of the page that stops an event still counts as use.
    const options: AddEventListenerOptions = { capture: true, passive: true };
    for (const name of ACTIVITY_EVENTS) target.addEventListener(name, seen, options);
    return () => {
      for (const name of ACTIVITY_EVENTS) target.removeEventListener(name, seen, options);
      this.stop();
    };
  }

  #schedule(ms: number): void {
    this.#timer = this.#clock.setTimeout(() => this.#check(), ms);
  }

  #check(): void {
    this.#timer = null;
    if (this.#limit === 0) return;
    const left = this.#last + this.#limit - this.#clock.now();
    if (left > 0) {
      this.#schedule(left);
      return;
    }
    // Once: the next count starts when the notebook is watched again (after unlocking).
    this.#limit = 0;
    this.#onIdle();
  }

  #stopTimer(): void {
    if (this.#timer !== null) this.#clock.clearTimeout(this.#timer);
    this.#timer = null;
  }
}
