import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { Catalogue, firstWords, setLanguage, startLanguage, t, words } from "./i18n.svelte";
import { languageFrom, LANGUAGE_KEY, localeFor } from "./languages";
import {
  clockHour,
  firstDayOfWeek,
  formatBirthday,
  formatClock,
  formatCount,
  formatDate,
  formatDecimal,
  formatList,
  formatNumber,
  formatRelative,
  formatShortDate,
  formatTime,
  formatWeekdayDate,
  formatShortMonth,
  formatYearMonth,
  weekInOrder,
} from "./format";

/** 3 December 2025, 14:05 and 09:05 local time. */
const afternoon = new Date(2025, 11, 3, 14, 5).getTime();
const morning = new Date(2025, 11, 3, 9, 5).getTime();

function computerSays(...tags: string[]): void {
  Object.defineProperty(navigator, "languages", { value: tags, configurable: true });
}

afterEach(() => {
  localStorage.clear();
});

afterAll(async () => {
  computerSays("en-GB");
  await setLanguage("en", false);
});

describe("choosing the language", () => {
  it("follows the computer the first time, when Kindly speaks its language", () => {
    expect(languageFrom(["de-AT", "en-US"])).toBe("de");
    expect(languageFrom(["ja-JP", "pt-BR"])).toBe("pt");
    expect(languageFrom(["ja-JP"])).toBe("en");
  });

  it("keeps the computer's region for dates when it is in the chosen language", () => {
    expect(localeFor("pt", ["pt-BR"])).toBe("pt-BR");
    expect(localeFor("en", ["en-US"])).toBe("en-US");
    expect(localeFor("pt", ["pt_br"])).toBe("pt-BR");
    expect(localeFor("de", ["de"])).toBe("de");
    expect(localeFor("fr", ["de-DE"])).toBe("fr-FR");
  });

  it("starts in the computer's language, then keeps the one chosen", async () => {
    computerSays("fr-FR");
    await startLanguage();
    expect(words.language).toBe("fr");
    expect(t("nav-today")).toBe("Aujourd’hui");
    expect(document.documentElement.lang).toBe("fr-FR");

    await setLanguage("de");
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe("de");
    computerSays("fr-FR");
    await startLanguage();
    expect(t("nav-today")).toBe("Heute");
  });

  it("a later choice wins over a slower earlier one", async () => {
    computerSays("en-GB");
    const first = setLanguage("es");
    const second = setLanguage("pt");
    await Promise.all([first, second]);
    expect(words.language).toBe("pt");
    expect(t("nav-settings")).toBe("Definições");
  });
});

describe("words", () => {
  it("counts with each language's plural forms", async () => {
    computerSays("en-GB");
    await setLanguage("en", false);
    expect(t("lookup-hint", { count: 1, shown: "1" })).toContain("among your 1 customer.");
    expect(t("lookup-hint", { count: 1204, shown: formatNumber(1204) })).toContain(
      "among your 1,204 customers.",
    );
    await setLanguage("fr", false);
    expect(t("today-turns", { age: 1 })).toBe("aura 1 an");
    expect(t("today-turns", { age: 40 })).toBe("aura 40 ans");
    await setLanguage("es", false);
    expect(t("nav-today-due", { count: 1 })).toBe("(1 pendiente)");
    expect(t("nav-today-due", { count: 3 })).toBe("(3 pendientes)");
    await setLanguage("pt", false);
    expect(t("today-turns", { age: 1 })).toBe("faz 1 ano");
    expect(t("today-turns", { age: 7 })).toBe("faz 7 anos");
  });

  it("falls back to English for a message a language lacks, never to its id", () => {
    const english = new FluentBundle("en", { useIsolating: false });
    english.addResource(new FluentResource("only-english = Only in English\nboth = Both\n"));
    const french = new FluentBundle("fr", { useIsolating: false });
    french.addResource(new FluentResource("both = Les deux\n"));
    expect(firstWords([french, english], "both")).toBe("Les deux");
    expect(firstWords([french, english], "only-english")).toBe("Only in English");
    expect(firstWords([french, english], "nowhere")).toBeNull();
    expect(t("no-such-message")).toBe("");
  });

  it("parses a message only when it is first asked for, whole, wherever it sits", () => {
    const files = [
      ["a", "a-hello = Hello { $name }\n"],
      [
        "b",
        "b-count =\n    { $n ->\n        [one] one thing\n       *[other] { $n } things\n}\nb-next = Next\n",
      ],
      [
        "c",
        "c-broken = {\nc-fine = Fine\n    on two lines\n\n    and a third\n# c-next = a comment\nc-after = After\n",
      ],
      ["shell", "tray-open = Open Kindly\n# not a message: a-hello = no\nb-stray = In the shell's file\n"],
    ] as const;
    const catalogue = new Catalogue("en", "en-GB", files);
    const parsed = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(firstWords([catalogue], "b-count", { n: 3 })).toBe("3 things");
    expect(firstWords([catalogue], "a-hello", { name: "Rosie" })).toBe("Hello Rosie");
    // Messages not named after their file are found in it all the same.
    expect(firstWords([catalogue], "tray-open")).toBe("Open Kindly");
    expect(firstWords([catalogue], "b-stray")).toBe("In the shell's file");
    expect(firstWords([catalogue], "nowhere")).toBeNull();
    // Beside a broken message, a multi-line one and the one after it are whole.
    expect(firstWords([catalogue], "c-fine")).toBe("Fine\non two lines\n\nand a third");
    expect(firstWords([catalogue], "c-after")).toBe("After");
    expect(firstWords([catalogue], "c-next")).toBeNull();
    // A broken message is no message (never its id), and nothing was reported for the others.
    expect(firstWords([catalogue], "c-broken")).toBeNull();
    expect(parsed).not.toHaveBeenCalled();
    parsed.mockRestore();
  });

  it("shows a message's default words when a variable it selects on was not given, never throws", () => {
    const spanish = new FluentBundle("es-ES", { useIsolating: false });
    spanish.addResource(
      new FluentResource(
        "at = { $hour ->\n    [1] { $day } a la { $time }\n   *[other] { $day } a las { $time }\n}\n",
      ),
    );
    expect(firstWords([spanish], "at", { day: "hoy", time: "1:05", hour: 1 })).toBe("hoy a la 1:05");
    expect(firstWords([spanish], "at", { day: "hoy", time: "2:05" })).toBe("hoy a las 2:05");
  });
});

describe("dates and numbers in each language", () => {
  it.each([
    ["en", "en-GB", "3 December 2025", "3 Dec", "14:05", "100,000", "Wednesday 3 December"],
    ["en", "en-US", "December 3, 2025", "Dec 3", "2:05 PM", "100,000", "Wednesday, December 3"],
    ["fr", "fr-FR", "3 décembre 2025", "3 déc.", "14:05", "100\u202f000", "mercredi 3 décembre"],
    ["de", "de-DE", "3. Dezember 2025", "3. Dez.", "14:05", "100.000", "Mittwoch, 3. Dezember"],
    ["es", "es-ES", "3 de diciembre de 2025", "3 dic", "14:05", "100.000", "miércoles, 3 de diciembre"],
    ["pt", "pt-PT", "3 de dezembro de 2025", "3/12", "14:05", "100\u00a0000", "quarta-feira, 3 de dezembro"],
  ] as const)("%s (%s)", async (language, tag, date, short, time, number, weekday) => {
    computerSays(tag);
    await setLanguage(language, false);
    expect(words.locale).toBe(tag);
    expect(formatDate(afternoon)).toBe(date);
    expect(formatShortDate(afternoon)).toBe(short);
    expect(formatTime(afternoon).replace(/\s/g, " ")).toBe(time);
    expect(formatNumber(100000)).toBe(number);
    expect(formatWeekdayDate(afternoon)).toBe(weekday);
  });

  it("names a report's months, written YYYY-MM, in full and short", async () => {
    computerSays("en-GB");
    await setLanguage("en", false);
    expect(formatYearMonth("2026-03")).toBe("March 2026");
    expect(formatYearMonth("2026-03", true)).toBe("Mar 2026");
    expect(formatShortMonth("2026-12")).toBe("Dec");
    expect(formatYearMonth("2026-13")).toBe("2026-13");
    computerSays("fr-FR");
    await setLanguage("fr", false);
    expect(formatYearMonth("2026-03")).toBe("mars 2026");
    expect(formatShortMonth("2026-02")).toBe("févr.");
    computerSays("de-DE");
    await setLanguage("de", false);
    expect(formatYearMonth("2026-03")).toBe("März 2026");
  });

  it("writes the morning with the locale's clock", async () => {
    computerSays("en-GB");
    await setLanguage("en", false);
    expect(formatTime(morning)).toBe("09:05");
    computerSays("en-US");
    await setLanguage("en", false);
    expect(formatTime(morning).replace(/\s/g, " ")).toBe("9:05 AM");
  });

  it("says yesterday and minutes ago in the language's own words", async () => {
    computerSays("fr-FR");
    await setLanguage("fr", false);
    expect(formatRelative(-1, "day")).toBe("hier");
    expect(formatRelative(-25, "minute")).toBe("il y a 25 minutes");
    computerSays("de-DE");
    await setLanguage("de", false);
    expect(formatRelative(1, "day")).toBe("morgen");
  });

  it("names birthdays with and without a year, 29 February included", async () => {
    computerSays("fr-FR");
    await setLanguage("fr", false);
    expect(formatBirthday({ day: 14, month: 4, year: 1980 })).toBe("14 avril 1980");
    expect(formatBirthday({ day: 29, month: 2, year: null })).toBe("29 février");
  });

  it("writes a kept HH:MM time on the locale's clock, and decimals with its mark", async () => {
    computerSays("en-GB");
    await setLanguage("en", false);
    expect(formatClock("08:30")).toBe("08:30");
    expect(formatClock("not a time")).toBe("not a time");
    expect(formatDecimal(3.4, 1)).toBe("3.4");
    expect(formatDecimal(3, 1)).toBe("3.0");
    computerSays("en-US");
    await setLanguage("en", false);
    expect(formatClock("14:05").replace(/\s/g, " ")).toBe("2:05 PM");
    computerSays("fr-FR");
    await setLanguage("fr", false);
    expect(formatClock("8:05")).toBe("08:05");
    expect(formatDecimal(3.4, 1)).toBe("3,4");
  });

  it("writes counts of four digits as they are, and larger ones with the locale's separators", async () => {
    computerSays("de-DE");
    await setLanguage("de", false);
    expect(formatCount(2000)).toBe("2000");
    expect(formatCount(12000)).toBe("12.000");
    computerSays("en-GB");
    await setLanguage("en", false);
    expect(formatCount(9999)).toBe("9999");
    expect(formatCount(10000)).toBe("10,000");
  });

  it("joins a list as the language does", async () => {
    computerSays("en-GB");
    await setLanguage("en", false);
    expect(formatList(["the tags"])).toBe("the tags");
    expect(formatList(["the phones", "the company", "the tags"])).toBe(
      "the phones, the company and the tags",
    );
    computerSays("de-DE");
    await setLanguage("de", false);
    expect(formatList(["die Telefonnummern", "die Schlagwörter"])).toBe(
      "die Telefonnummern und die Schlagwörter",
    );
  });

  it("starts the week on the region's first day", () => {
    expect(firstDayOfWeek("en-GB")).toBe(1);
    expect(firstDayOfWeek("en-US")).toBe(7);
    expect(firstDayOfWeek("de-DE")).toBe(1);
  });

  it("lists the week from that first day", () => {
    expect(weekInOrder("fr-FR")).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(weekInOrder("es-ES")).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(weekInOrder("de-DE")).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(weekInOrder("en-GB")).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(weekInOrder("en-US")).toEqual([7, 1, 2, 3, 4, 5, 6]);
  });

  it("gives the hour as the clock shows it, 12- or 24-hour", async () => {
    const oneInTheAfternoon = new Date(2025, 11, 3, 13, 5).getTime();
    computerSays("es-ES");
    await setLanguage("es", false);
    expect(clockHour(oneInTheAfternoon)).toBe(13);
    expect(clockHour(new Date(2025, 11, 3, 1, 5).getTime())).toBe(1);
    computerSays("en-US");
    await setLanguage("en", false);
    expect(clockHour(oneInTheAfternoon)).toBe(1);
  });

  it("joins a list as the language does", async () => {
    computerSays("de-DE");
    await setLanguage("de", false);
    expect(formatList(["Montag", "Donnerstag"])).toBe("Montag und Donnerstag");
    computerSays("en-GB");
    await setLanguage("en", false);
    expect(formatList(["Monday", "Tuesday", "Thursday"])).toBe("Monday, Tuesday and Thursday");
  });
});
