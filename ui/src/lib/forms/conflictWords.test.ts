import { describe, expect, it } from "vitest";
import {
  choicesPending,
  clashSentence,
  followUpOvertaken,
  issueMoveOvertaken,
  promiseSettleOvertaken,
  situationCloseOvertaken,
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

describe("one-choice actions someone else overtook", () => {
  const waiting = { state: "waiting" as const, waiting_on: "customer" as const };
  const inProgress = { state: "in_progress" as const, waiting_on: null };

  it("names who moved the issue where and when, and offers the move again when it is still allowed", () => {
    const said = issueMoveOvertaken(
      "Ben",
      TWO_MINUTES_AGO,
      inProgress,
      waiting,
      "resolved",
      true,
      "Mark resolved",
      true,
      NOW,
    );
    expect(said).toEqual({
      said: "Ben moved this issue to Waiting on the customer 2 minutes ago.",
      next: "Nothing you typed is lost. Press “Mark resolved” to make your change now.",
      canRetry: true,
    });
  });

  it("says the move is no longer needed when the issue is already there, keeping the typing to copy", () => {
    const said = issueMoveOvertaken(
      "Ben",
      TWO_MINUTES_AGO,
      inProgress,
      { state: "resolved", waiting_on: null },
      "resolved",
      false,
      "Mark resolved",
      true,
      NOW,
    );
    expect(said.canRetry).toBe(false);
    expect(said.next).toBe(
      "It is already resolved. What you typed is still here: copy it if you want to keep it, then close the form.",
    );
  });

  it("says reopened, and when a move is no longer allowed from the state now", () => {
    const said = issueMoveOvertaken(
      "",
      TWO_MINUTES_AGO,
      { state: "resolved", waiting_on: null },
      { state: "open", waiting_on: null },
      "closed",
      false,
      "Close",
      false,
      NOW,
    );
    expect(said.said).toBe("Someone else reopened this issue 2 minutes ago.");
    expect(said.next).toBe("From open it cannot be moved to closed. Nothing more to do here.");
  });

  it("tells a promise already settled from one given a new date", () => {
    const was = { state: "open" as const, due_at: NOW.getTime() };
    expect(
      promiseSettleOvertaken("Ben", TWO_MINUTES_AGO, was, { ...was, state: "broken" }, "Save", false, NOW)
        .said,
    ).toBe("Ben already marked this promise broken 2 minutes ago.");
    const later = promiseSettleOvertaken(
      "Ben",
      TWO_MINUTES_AGO,
      was,
      { ...was, due_at: NOW.getTime() + 86_400_000 },
      "Save",
      true,
      NOW,
    );
    expect(later.said).toBe("Ben agreed a new date for this promise 2 minutes ago: it is now due tomorrow.");
    expect(later.canRetry).toBe(true);
  });

  it("says a follow-up is already done, handed on, or changed", () => {
    const due = NOW.getTime() + 3_600_000;
    const was = {
      due_at: due,
      occurrence_at: due,
      snoozed: false,
      assignee: "Ana",
      repeat: null,
      all_day: false,
    };
    const done = followUpOvertaken(
      "Ana",
      NOW.getTime() - 60_000,
      was,
      { ...was, due_at: null, occurrence_at: null },
      "Done",
      NOW,
    );
    expect(done).toEqual({
      said: "Ana already marked this follow-up done 1 minute ago.",
      next: "Nothing more to do here.",
      canRetry: false,
    });
    expect(
      followUpOvertaken("Ana", TWO_MINUTES_AGO, was, { ...was, assignee: "Ben" }, "Done", NOW).said,
    ).toBe("Ana gave this follow-up to Ben 2 minutes ago.");
    expect(followUpOvertaken("Ana", TWO_MINUTES_AGO, was, was, "Done", NOW).said).toBe(
      "Ana changed this follow-up 2 minutes ago.",
    );
  });

  it("says a situation is already closed, or changed and still to close", () => {
    expect(
      situationCloseOvertaken("Ben", TWO_MINUTES_AGO, true, "Close the situation", false, NOW).said,
    ).toBe("Ben already closed this situation 2 minutes ago.");
    expect(
      situationCloseOvertaken("Ben", TWO_MINUTES_AGO, false, "Close the situation", false, NOW).canRetry,
    ).toBe(true);
  });
});
