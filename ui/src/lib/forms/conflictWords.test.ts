import { describe, expect, it } from "vitest";
import {
  choicesPending,
  clashSentence,
  overtakenAdvice,
  overtakenHeading,
  takenLine,
  useTheirs,
  whenWords,
  who,
  type Part,
} from "./conflictWords";

const NOW = new Date(2025, 2, 14, 15, 30);
const TWO_MINUTES_AGO = NOW.getTime() - 2 * 60_000;

function read(parts: Part[]): string {
  return parts.map((p) => (p.typed ? `*${p.text}*` : p.text)).join("");
}

describe("conflict words", () => {
  it("says the issue's sentence: who changed what to what, when, and what you wrote", () => {
    expect(
      read(clashSentence("Ben", "Rosie’s best time", "evenings", "weekday mornings", TWO_MINUTES_AGO, NOW)),
    ).toBe("Ben changed Rosie’s best time to *evenings* 2 minutes ago; you wrote *weekday mornings*.");
  });

  it("marks only the typed values, so they are shown as text apart from the words", () => {
    const parts = clashSentence("Ben", "Rosie’s best time", "<b>x</b>", "mine", TWO_MINUTES_AGO, NOW);
    expect(parts.filter((p) => p.typed).map((p) => p.text)).toEqual(["<b>x</b>", "mine"]);
  });

  it("says cleared for an emptied value, on either side", () => {
    expect(read(clashSentence("Ben", "Rosie’s notes", "", "Likes tea", TWO_MINUTES_AGO, NOW))).toBe(
      "Ben cleared Rosie’s notes 2 minutes ago; you wrote *Likes tea*.",
    );
    expect(read(clashSentence("Ben", "Rosie’s notes", "Likes tea", "", TWO_MINUTES_AGO, NOW))).toBe(
      "Ben changed Rosie’s notes to *Likes tea* 2 minutes ago; you cleared it.",
    );
  });

  it("does not quote long or multi-line values inside the sentence (the choices show them)", () => {
    const long = "x".repeat(61);
    expect(read(clashSentence("Ben", "Rosie’s notes", long, "a\nb", TWO_MINUTES_AGO, NOW))).toBe(
      "Ben changed Rosie’s notes 2 minutes ago; you changed it too.",
    );
  });

  it("says someone else when the notebook does not know who", () => {
    expect(who("")).toBe("Someone else");
    expect(who("  ")).toBe("Someone else");
    expect(useTheirs("")).toBe("Use theirs");
    expect(useTheirs("Ben")).toBe("Use Ben’s");
  });

  it("says when in words that follow a verb", () => {
    expect(whenWords(NOW.getTime() - 10_000, NOW)).toBe("just now");
    expect(whenWords(TWO_MINUTES_AGO, NOW)).toBe("2 minutes ago");
    expect(whenWords(new Date(2025, 2, 14, 9, 5).getTime(), NOW)).toBe("today at 09:05");
    expect(whenWords(new Date(2025, 2, 13, 9, 5).getTime(), NOW)).toBe("yesterday at 09:05");
    expect(whenWords(new Date(2025, 2, 11, 9, 5).getTime(), NOW)).toBe("on Tuesday at 09:05");
    expect(whenWords(new Date(2025, 0, 3, 9, 5).getTime(), NOW)).toBe("on 3 January 2025");
  });

  it("names what was taken into the form in one line", () => {
    expect(takenLine("Ben", ["the phone numbers"])).toBe(
      "Ben also changed the phone numbers; it is in the form now.",
    );
    expect(takenLine("Ben", ["the phone numbers", "the company", "the tags"])).toBe(
      "Ben also changed the phone numbers, the company and the tags; they are in the form now.",
    );
  });

  it("heads the panel with who and when, and says nothing typed is lost", () => {
    expect(overtakenHeading("Ben", "Rosie", TWO_MINUTES_AGO, NOW)).toBe(
      "Ben saved a change to Rosie 2 minutes ago, while you were making yours.",
    );
    expect(overtakenAdvice(0)).toContain("Nothing you typed is lost");
    expect(overtakenAdvice(1)).toBe(
      "Nothing you typed is lost. You both changed one thing: choose which to keep, then save again.",
    );
    expect(overtakenAdvice(3)).toContain("You both changed 3 things");
  });

  it("says beside Save what is still to choose", () => {
    expect(choicesPending("Ben", 1)).toBe(
      "Choose “Keep mine” or “Use Ben’s” for the field above, then save.",
    );
    expect(choicesPending("Ben", 2)).toBe(
      "Choose “Keep mine” or “Use Ben’s” for the 2 fields above, then save.",
    );
  });
});
