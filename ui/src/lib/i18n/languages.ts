/**
 * The languages Kindly speaks, each named in its own language, and the
 * region its dates and numbers default to when the computer names none.
 */

export type Language = "en" | "fr" | "es" | "de" | "pt";

export const LANGUAGES: readonly { value: Language; label: string; region: string }[] = [
  { value: "en", label: "English", region: "en-GB" },
  { value: "fr", label: "Français", region: "fr-FR" },
  { value: "es", label: "Español", region: "es-ES" },
  { value: "de", label: "Deutsch", region: "de-DE" },
  { value: "pt", label: "Português", region: "pt-PT" },
];

/** Where the choice is kept: this computer's window storage, like the theme and text size. */
export const LANGUAGE_KEY = "kindly.language";

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language.value === value);
}

/** The first of the computer's languages Kindly speaks ("fr-CA" gives "fr"), else English. */
export function languageFrom(tags: readonly string[]): Language {
  for (const tag of tags) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(base)) return base;
  }
  return "en";
}

/**
 * The locale dates and numbers are written in: the computer's own tag when it
 * is in the chosen language ("pt-BR", "en-US"), so its region's habits hold;
 * otherwise the language's usual region.
 */
export function localeFor(language: Language, tags: readonly string[]): string {
  const own = tags.find((tag) => tag.toLowerCase().split(/[-_]/)[0] === language);
  // Already canonical, as browsers give them ("en-GB"): no need to wake Intl at start for it.
  if (own && /^[a-z]{2,3}(-[A-Z]{2})?$/.test(own)) return own;
  if (own) {
    try {
      return Intl.getCanonicalLocales(own.replace("_", "-"))[0] ?? own;
    } catch {
      // A tag Intl does not accept: the language's usual region instead.
    }
  }
  return LANGUAGES.find((l) => l.value === language)?.region ?? "en-GB";
}
