import { DraftKeeper } from "./drafts";

/**
 * A small form's typing, kept when the page is left (see `DraftKeeper`), and
 * its Cancel: Cancel or Esc asks first (`asking`, shown with `DiscardDialog`)
 * when something was typed, so a stray Esc never loses a note.
 */
export class FormDraft<T> extends DraftKeeper<T> {
  /** "Discard what you typed?" is on screen. */
  asking = $state(false);

  /** Reads what the form holds now (see `reads`). */
  private typed: () => T = () => this.start();

  /** `cancelled` closes the form once the typing is given up. */
  constructor(
    key: string,
    fresh: T,
    private readonly cancelled: () => void,
  ) {
    super(key, fresh);
  }

  /** How to read what the form holds now; call once its fields exist. */
  reads(typed: () => T): void {
    this.typed = typed;
  }

  /** Cancel or Esc. */
  readonly cancel = (): void => {
    if (this.changed(this.typed())) this.asking = true;
    else this.discard();
  };

  /** Throws the typing away and closes the form. */
  readonly discard = (): void => {
    this.asking = false;
    this.finish();
    this.cancelled();
  };

  /** Back to the form, the typing intact. */
  readonly keep = (): void => {
    this.asking = false;
  };

  /** For `onDestroy`: the form went away without Save or Cancel. */
  readonly left = (): void => {
    this.leave(this.typed());
  };
}
