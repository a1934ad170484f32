/**
 * What each letter key types on this computer's keyboard layout, learnt
 * from the keys pressed (and from the Keyboard API where the webview has
 * it), so the shortcut sheet can name a key as the person sees it: on a
 * Russian keyboard, Ctrl+K is the key marked both K and Л.
 */

/** `KeyboardEvent.code` of a letter key ("KeyK") → the letter it types here ("л"). */
const typed = new Map<string, string>();

const LETTER_KEY = /^Key[A-Z]$/;
const LATIN = /^[a-z]$/i;

/** Notes what the key of `event` types (letter keys only). */
export function noteKey(event: KeyboardEvent): void {
  if (LETTER_KEY.test(event.code) && [...event.key].length === 1) {
    typed.set(event.code, event.key.toLocaleLowerCase());
  }
}

/**
 * The letter the key in `latin`'s place types on this layout, when it is
 * not a Latin letter (a Cyrillic or Greek layout); null when it is, or not
 * known yet.
 */
export function typedHere(latin: string): string | null {
  const here = typed.get(`Key${latin.toUpperCase()}`);
  return here !== undefined && !LATIN.test(here) ? here : null;
}

/** Forgets what was learnt (tests). */
export function forgetLayout(): void {
  typed.clear();
}

interface KeyboardLayoutApi {
  getLayoutMap?: () => Promise<Map<string, string>>;
}

/** Learns the whole layout at once where the webview offers the Keyboard API (WebKit does not yet). */
export async function learnLayout(): Promise<void> {
  const keyboard = (navigator as Navigator & { keyboard?: KeyboardLayoutApi }).keyboard;
  if (!keyboard?.getLayoutMap) return;
  try {
    const map = await keyboard.getLayoutMap();
    for (const [code, key] of map) {
      if (LETTER_KEY.test(code) && [...key].length === 1) typed.set(code, key.toLocaleLowerCase());
    }
  } catch {
    // Not allowed here: keys are learnt as they are pressed.
  }
}
