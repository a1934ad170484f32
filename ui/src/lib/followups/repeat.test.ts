import { describe, expect, it } from "vitest";
import { buildRule, describeRule, emptyRepeat, parseRule, type RepeatDraft } from "./repeat";

function draft(overrides: Partial<RepeatDraft>): RepeatDraft {
  return { ...emptyRepeat(), ...overrides };
}

describe("buildRule", () => {
  it("sends nothing for a one-off and the plain rules for the simple choices", () => {
    expect(buildRule(draft({ kind: "none" }))).toBeNull();
    expect(buildRule(draft({ kind: "daily" }))).toBe("FREQ=DAILY");
    expect(buildRule(draft({ kind: "weekly" }))).toBe("FREQ=WEEKLY");
    expect(buildRule(draft({ kind: "yearly" }))).toBe("FREQ=YEARLY");
  });

  it("builds every N weeks or months, and leaves out an interval of 1", () => {
    expect(buildRule(draft({ kind: "weeks", every: "2" }))).toBe("FREQ=WEEKLY;INTERVAL=2");
    expect(buildRule(draft({ kind: "months", every: " 3 " }))).toBe("FREQ=MONTHLY;INTERVAL=3");
    expect(buildRule(draft({ kind: "months", every: "1" }))).toBe("FREQ=MONTHLY");
  });

  it("says what is wrong when the number of weeks or months is not a whole number of at least 1", () => {
    for (const every of ["", "0", "two", "1.5", "-2"]) {
      expect(buildRule(draft({ kind: "weeks", every }))).toEqual({
        problem: expect.stringContaining("weeks"),
      });
    }
    expect(buildRule(draft({ kind: "months", every: "" }))).toEqual({
      problem: expect.stringContaining("months"),
    });
  });

  it("builds a weekday of a month each year: the 3rd Sunday of June, the last Friday of November", () => {
    expect(buildRule(draft({ kind: "nth_weekday", nth: 3, weekday: "SU", month: 6 }))).toBe(
      "FREQ=YEARLY;BYMONTH=6;BYDAY=3SU",
    );
    expect(buildRule(draft({ kind: "nth_weekday", nth: -1, weekday: "FR", month: 11 }))).toBe(
      "FREQ=YEARLY;BYMONTH=11;BYDAY=-1FR",
    );
  });

  it("sends a custom rule as typed (without a leading RRULE:), and asks for one when empty", () => {
    expect(buildRule(draft({ kind: "custom", rule: " RRULE:FREQ=WEEKLY;BYDAY=MO,TH " }))).toBe(
      "FREQ=WEEKLY;BYDAY=MO,TH",
    );
    expect(buildRule(draft({ kind: "custom", rule: "  " }))).toEqual({ problem: expect.any(String) });
  });
});

describe("parseRule", () => {
  it("reads no rule as 'does not repeat'", () => {
    expect(parseRule(null).kind).toBe("none");
    expect(parseRule("").kind).toBe("none");
  });

  it("reads back every rule the picker builds", () => {
    const drafts: RepeatDraft[] = [
      draft({ kind: "daily" }),
      draft({ kind: "weekly" }),
      draft({ kind: "weeks", every: "3" }),
      draft({ kind: "months", every: "6" }),
      draft({ kind: "yearly" }),
      draft({ kind: "nth_weekday", nth: 2, weekday: "TU", month: 9 }),
      draft({ kind: "nth_weekday", nth: -1, weekday: "SU", month: 3 }),
    ];
    for (const d of drafts) {
      const rule = buildRule(d);
      expect(typeof rule).toBe("string");
      const back = parseRule(rule as string);
      expect(back.kind).toBe(d.kind);
      expect(buildRule(back)).toBe(rule);
    }
  });

  it("reads rules written by hand in another order or case", () => {
    expect(parseRule("interval=2;freq=weekly")).toMatchObject({ kind: "weeks", every: "2" });
    expect(parseRule("FREQ=WEEKLY;INTERVAL=1").kind).toBe("weekly");
    expect(parseRule("FREQ=MONTHLY")).toMatchObject({ kind: "months", every: "1" });
    expect(parseRule("BYDAY=+3SU;BYMONTH=6;FREQ=YEARLY")).toMatchObject({
      kind: "nth_weekday",
      nth: 3,
      weekday: "SU",
      month: 6,
    });
  });

  it("keeps anything the picker cannot show as a custom rule, unchanged", () => {
    for (const rule of [
      "FREQ=WEEKLY;BYDAY=MO,TH",
      "FREQ=DAILY;INTERVAL=2",
      "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
      "FREQ=MONTHLY;COUNT=3",
      "FREQ=YEARLY;BYMONTH=6;BYDAY=5SU",
      "FREQ=YEARLY;BYMONTH=13;BYDAY=1MO",
      "not a rule",
    ]) {
      expect(parseRule(rule)).toMatchObject({ kind: "custom", rule });
      expect(buildRule(parseRule(rule))).toBe(rule);
    }
  });

  it("starts the month of a new choice at the month given", () => {
    expect(parseRule(null, 6).month).toBe(6);
  });
});

describe("describeRule", () => {
  it("says each rule in plain words", () => {
    expect(describeRule(null)).toBe("Does not repeat");
    expect(describeRule("FREQ=DAILY")).toBe("Every day");
    expect(describeRule("FREQ=WEEKLY")).toBe("Every week");
    expect(describeRule("FREQ=WEEKLY;INTERVAL=2")).toBe("Every 2 weeks");
    expect(describeRule("FREQ=MONTHLY")).toBe("Every month");
    expect(describeRule("FREQ=MONTHLY;INTERVAL=3")).toBe("Every 3 months");
    expect(describeRule("FREQ=YEARLY")).toBe("Every year");
    expect(describeRule("FREQ=YEARLY;BYMONTH=6;BYDAY=3SU")).toBe("Every year on the 3rd Sunday of June");
    expect(describeRule("FREQ=YEARLY;BYMONTH=11;BYDAY=-1FR")).toBe(
      "Every year on the last Friday of November",
    );
  });

  it("says a birthday's rule and weekly days in words too, and other rules calmly", () => {
    expect(describeRule("FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=14")).toBe("Every year on 14 April");
    expect(describeRule("FREQ=WEEKLY;BYDAY=MO,TH")).toBe("Every week on Monday and Thursday");
    expect(describeRule("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU")).toBe("Every 2 weeks on Tuesday");
    expect(describeRule("FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO,TU,WE,TH,FR")).toBe("Repeats on a custom rule");
  });
});
