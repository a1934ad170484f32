/**
 * The languages a customer may prefer, named for the person at the desk in
 * the window's own language (`Intl.DisplayNames`), by BCP 47 code as the
 * core keeps them ("fr", "pt-BR").
 */
import { words } from "../i18n/i18n.svelte";

/** The languages offered first: those a shop's customers most often prefer (as in the core's list). */
export const COMMON_LANGUAGES: readonly string[] = [
  "ar",
  "bg",
  "ca",
  "cs",
  "cy",
  "da",
  "de",
  "el",
  "en",
  "es",
  "et",
  "eu",
  "fa",
  "fi",
  "fr",
  "ga",
  "he",
  "hi",
  "hr",
  "hu",
  "id",
  "it",
  "ja",
  "ko",
  "lt",
  "lv",
  "nb",
  "nl",
  "pa",
  "pl",
  "pt",
  "ro",
  "ru",
  "sk",
  "sl",
  "so",
  "sq",
  "sr",
  "sv",
  "sw",
  "ta",
  "th",
  "tl",
  "tr",
  "uk",
  "ur",
  "vi",
  "zh",
];

function displayNames(): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([words.locale, "en"], { type: "language" });
  } catch {
    return null;
  }
}

/** `code`'s language as the reader says it ("French", "Brazilian Portuguese"); the code itself when unknown. Empty for "". */
export function languageName(code: string): string {
  if (code === "") return "";
  try {
    return displayNames()?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The choices for the form, by name in the reader's language, with `current` among them when it is not a common one. */
export function languageChoices(current: string): { code: string; name: string }[] {
  const codes =
    COMMON_LANGUAGES.includes(current) || current === "" ? COMMON_LANGUAGES : [...COMMON_LANGUAGES, current];
  return codes
    .map((code) => ({ code, name: languageName(code) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
