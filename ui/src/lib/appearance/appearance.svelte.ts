/**
 * How Kindly looks on this computer: light, dark or the computer's own
 * choice, and the text size. Kept in the window's local storage, not in the
 * notebook, so they apply from the first screen (the unlock screen too) and
 * each computer keeps its own. Applied as `data-theme` ("light" or "dark",
 * "system" resolved and followed live) and `data-text-size` on <html>.
 */

export type ThemeChoice = "system" | "light" | "dark";
export type TextSize = "standard" | "large" | "larger";

/** Each choice with the id of its words in `locales/<language>/appearance.ftl`. */
export const THEME_CHOICES: readonly { value: ThemeChoice; label: string }[] = [
  { value: "system", label: "appearance-theme-system" },
  { value: "light", label: "appearance-theme-light" },
  { value: "dark", label: "appearance-theme-dark" },
];

/** Each size with the id of its words in `locales/<language>/appearance.ftl`. */
export const TEXT_SIZES: readonly { value: TextSize; label: string }[] = [
  { value: "standard", label: "appearance-size-standard" },
  { value: "large", label: "appearance-size-large" },
  { value: "larger", label: "appearance-size-larger" },
];

export const THEME_KEY = "kindly.theme";
export const TEXT_SIZE_KEY = "kindly.textSize";
const DARK_QUERY = "(prefers-color-scheme: dark)";

class Appearance {
  theme = $state<ThemeChoice>("system");
  textSize = $state<TextSize>("standard");
  /** Whether the computer asks for dark colours (what "system" follows). */
  systemDark = $state(false);
  /** The colours on show. */
  readonly shown = $derived<"light" | "dark">(
    this.theme === "system" ? (this.systemDark ? "dark" : "light") : this.theme,
  );
}

export const appearance = new Appearance();

function read<T extends string>(key: string, allowed: readonly { value: T }[], fallback: T): T {
  try {
    const stored = localStorage.getItem(key);
    return allowed.find((option) => option.value === stored)?.value ?? fallback;
  } catch {
    return fallback;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage refused (full or disabled): the choice holds until Kindly closes.
  }
}

function apply(): void {
  const root = document.documentElement;
  root.dataset.theme = appearance.shown;
  root.dataset.textSize = appearance.textSize;
}

/**
 * At start, before the first screen: applies the stored choices and follows
 * the computer's light or dark setting from then on. Returns a function that
 * stops following it.
 */
export function startAppearance(): () => void {
  appearance.theme = read(THEME_KEY, THEME_CHOICES, "system");
  appearance.textSize = read(TEXT_SIZE_KEY, TEXT_SIZES, "standard");
  const query = typeof window.matchMedia === "function" ? window.matchMedia(DARK_QUERY) : null;
  appearance.systemDark = query?.matches ?? false;
  apply();
  if (!query) return () => {};
  const follow = (event: MediaQueryListEvent) => {
    appearance.systemDark = event.matches;
    apply();
  };
  query.addEventListener("change", follow);
  return () => query.removeEventListener("change", follow);
}

export function setTheme(choice: ThemeChoice): void {
  appearance.theme = choice;
  write(THEME_KEY, choice);
  apply();
}

export function setTextSize(size: TextSize): void {
  appearance.textSize = size;
  write(TEXT_SIZE_KEY, size);
  apply();
}
