/**
 * Typing in the small forms on a customer's page (log a conversation, open an
 * issue, record a promise) survives switching forms or jumping to Lookup:
 * what was left unsaved is kept here, keyed per customer and form, and comes
 * back when that form is opened again. Memory only, like `unsavedDrafts`.
 */
export const entryDrafts = new Map<string, unknown>();

export class DraftKeeper<T> {
  private readonly pristine: string;
  private finished = false;
  /** The typing brought back, if any. */
  readonly restored: T | undefined;

  constructor(
    private readonly key: string,
    private readonly fresh: T,
  ) {
    this.pristine = JSON.stringify(fresh);
    this.restored = entryDrafts.get(key) as T | undefined;
  }

  /** What the form starts with: the kept typing, else the fresh values. */
  start(): T {
    return structuredClone(this.restored ?? this.fresh);
  }

  /** Whether `current` holds typing: it differs from the fresh form (typing brought back counts). */
  changed(current: T): boolean {
    return JSON.stringify(current) !== this.pristine;
  }

  /** Call when the form goes away without Save or Cancel. */
  leave(current: T): void {
    if (this.finished) return;
    if (JSON.stringify(current) === this.pristine) entryDrafts.delete(this.key);
    else entryDrafts.set(this.key, current);
  }

  /** Saved or cancelled on purpose: forget the typing. */
  finish(): void {
    this.finished = true;
    entryDrafts.delete(this.key);
  }
}
