import { describe, expect, it } from "vitest";
import { situationMember } from "../../test/fixtures";
import { actionLine, conciergeLabel, filterOf, matchLine, toldLine, toldOf } from "./words";

const member = situationMember;

describe("situation words", () => {
  it("says how many have been told, as the progress view shows it", () => {
    expect(toldOf(14, 23)).toBe("Told 14 of 23");
    expect(toldOf(0, 0)).toBe("Told 0 of 0");
  });

  it("says who told a customer, how, and how they took it", () => {
    expect(toldLine(member())).toBe("Not yet told");
    const told = member({ told: true, told_at: 1, told_by: "Ben", told_how: "call", mood: "upset" });
    expect(toldLine(told)).toBe("Told by Ben · call · upset");
    expect(toldLine(member({ told: true, told_at: 1, told_how: "visit" }))).toBe("Told · in person");
    // After an update they are "not yet told" again, and what they heard last is still shown.
    expect(toldLine({ ...told, told: false })).toBe(
      "Not yet told the latest (last told by Ben, call, upset)",
    );
  });

  it("builds the search from the form and leaves out what was not typed", () => {
    expect(filterOf("  wedding-cakes ", "")).toEqual({ tag: "wedding-cakes", open_issue_category: null });
    expect(filterOf("", "delivery")).toEqual({ tag: null, open_issue_category: "delivery" });
    expect(filterOf(" ", "  ")).toBeNull();
    expect(matchLine(3)).toBe("3 customers match");
    expect(matchLine(1)).toBe("1 customer matches");
    expect(matchLine(0)).toBe("0 customers match");
  });

  it("says what Undo would take back", () => {
    expect(actionLine({ id: "a", kind: "add", count: 40, at: 0 })).toBe("Added 40 customers");
    expect(actionLine({ id: "a", kind: "add", count: 1, at: 0 })).toBe("Added 1 customer");
    expect(actionLine({ id: "a", kind: "add", count: 0, at: 0 })).toBe("Nobody new was added");
    expect(actionLine({ id: "a", kind: "group", count: 3, at: 0 })).toBe("Put 3 customers in a group");
    expect(actionLine({ id: "a", kind: "close", count: 5, at: 0 })).toBe("Closed, with 5 follow-ups");
    expect(conciergeLabel("")).toBe("Nobody yet");
    expect(conciergeLabel("Kathy")).toBe("Kathy");
  });
});
