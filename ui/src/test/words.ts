/**
 * For tests of a screen in another language: the describe block's tests run
 * in `language` and English is put back after them, so other files' tests
 * (which assert English) are not affected.
 */
import { afterAll, beforeAll } from "vitest";
import { setLanguage } from "../lib/i18n/i18n.svelte";
import type { Language } from "../lib/i18n/languages";

export function speaking(language: Language): void {
  beforeAll(async () => {
    await setLanguage(language, false);
  });
  afterAll(async () => {
    await setLanguage("en", false);
  });
}
