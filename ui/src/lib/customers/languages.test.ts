import { describe, expect, it } from "vitest";
import { COMMON_LANGUAGES, languageChoices, languageName } from "./languages";

describe("A customer's language", () => {
  it("is named as the reader says it, its code kept", () => {
    expect(languageName("fr")).toBe("French");
    expect(languageName("pt-BR")).toBe("Brazilian Portuguese");
    expect(languageName("")).toBe("");
  });

  it("is offered among the common ones by name, with one already chosen kept even when rare", () => {
    const choices = languageChoices("");
    expect(choices).toHaveLength(COMMON_LANGUAGES.length);
    const names = choices.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(languageChoices("pt-BR").some((c) => c.code === "pt-BR")).toBe(true);
  });
});
