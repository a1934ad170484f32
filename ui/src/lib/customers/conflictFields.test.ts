import { describe, expect, it } from "vitest";
import { customer } from "../../test/fixtures";
import { applyChoice, overtake, pendingChoices } from "../forms/overtaken";
import { CUSTOMER_FIELDS } from "./conflictFields";
import { draftFromCustomer } from "./draft";

const AT = Date.UTC(2025, 2, 14, 15, 28);

const rosie = customer({
  full_name: "Rosie Park",
  best_time: "afternoons",
  phones: [{ label: "mobile", number: "07700 900123", e164: "+447700900123", primary: true }],
  tags: ["regular"],
  version: 7,
});

function conflict(version: number) {
  return { thing: "customer", version, by: "Ben", at: AT };
}

describe("a customer's save someone else overtook", () => {
  it("takes their other changes in, keeps mine, and sets both-changed fields side by side", () => {
    const base = draftFromCustomer(rosie);
    const draft = draftFromCustomer(rosie);
    draft.best_time = "weekday mornings";
    draft.company = "Park & Daughters";
    const stored = customer({
      ...rosie,
      best_time: "evenings",
      phones: [{ label: "home", number: "0161 496 0000", e164: "+441614960000", primary: true }],
      version: 8,
    });

    const overtaken = overtake(
      CUSTOMER_FIELDS,
      base,
      draft,
      draftFromCustomer(stored),
      conflict(8),
      8,
      "Rosie",
    );

    expect(overtaken.taken).toEqual(["the phone numbers"]);
    expect(overtaken.clashes).toEqual([
      { key: "best_time", subject: "Rosie’s best time", mine: "weekday mornings", theirs: "evenings" },
    ]);
    expect(draft.phones).toEqual([{ label: "home", value: "0161 496 0000", primary: true }]);
    expect(draft.company).toBe("Park & Daughters");
    expect(draft.best_time).toBe("weekday mornings");
    expect(overtaken.version).toBe(8);
    expect(pendingChoices(overtaken, {})).toBe(1);
  });

  it("puts the chosen side into the form, and back, without losing what was typed", () => {
    const draft = draftFromCustomer(rosie);
    draft.best_time = "weekday mornings";
    const overtaken = overtake(
      CUSTOMER_FIELDS,
      draftFromCustomer(rosie),
      draft,
      draftFromCustomer({ ...rosie, best_time: "evenings" }),
      conflict(8),
      8,
      "Rosie",
    );

    applyChoice(CUSTOMER_FIELDS, overtaken, "best_time", "theirs", draft);
    expect(draft.best_time).toBe("evenings");
    applyChoice(CUSTOMER_FIELDS, overtaken, "best_time", "mine", draft);
    expect(draft.best_time).toBe("weekday mornings");
    expect(pendingChoices(overtaken, { best_time: "mine" })).toBe(0);
  });

  it("compares a list as one value and shows it whole", () => {
    const draft = draftFromCustomer(rosie);
    draft.tags = ["regular", "wholesale", ""];
    const overtaken = overtake(
      CUSTOMER_FIELDS,
      draftFromCustomer(rosie),
      draft,
      draftFromCustomer({ ...rosie, tags: ["vip"] }),
      conflict(8),
      8,
      "Rosie",
    );
    expect(overtaken.clashes).toEqual([
      { key: "tags", subject: "Rosie’s tags", mine: "regular; wholesale", theirs: "vip" },
    ]);
  });

  it("sees an empty row added to a list, or spaces typed around a value, as no change", () => {
    const draft = draftFromCustomer(rosie);
    draft.dont.push("");
    draft.emails.push({ label: "", value: "", primary: false });
    draft.best_time = " afternoons ";
    const overtaken = overtake(
      CUSTOMER_FIELDS,
      draftFromCustomer(rosie),
      draft,
      draftFromCustomer({ ...rosie, dont: ["call before 10am"], best_time: "evenings" }),
      conflict(8),
      8,
      "Rosie",
    );
    expect(overtaken.clashes).toEqual([]);
    expect(overtaken.taken).toEqual(["the best time", "the please-don’ts"]);
    expect(draft.dont).toEqual(["call before 10am"]);
    expect(draft.best_time).toBe("evenings");
  });

  it("names who looks after a customer, the birthday and the rhythm in words", () => {
    const draft = draftFromCustomer(rosie);
    draft.looked_after_by = "Ana";
    draft.birthday = { day: "14", month: "4", year: "" };
    draft.touch = { enabled: true, ideal_weeks: "4", longest_weeks: "8", kept: null };
    const overtaken = overtake(
      CUSTOMER_FIELDS,
      draftFromCustomer(rosie),
      draft,
      draftFromCustomer({
        ...rosie,
        looked_after_by: "Ben",
        birthday: { day: 2, month: 5, year: 1980 },
        stay_in_touch: { ideal_days: 42, longest_days: 70 },
      }),
      conflict(8),
      8,
      "Rosie",
    );
    expect(overtaken.clashes).toEqual([
      { key: "looked_after_by", subject: "who looks after Rosie", mine: "Ana", theirs: "Ben" },
      { key: "birthday", subject: "Rosie’s birthday", mine: "14 April", theirs: "2 May 1980" },
      {
        key: "touch",
        subject: "how often to be in touch with Rosie",
        mine: "ideally every 4 weeks, at most 8",
        theirs: "ideally every 6 weeks, at most 10",
      },
    ]);
  });

  it("knows every field of the form, so none is silently dropped", () => {
    const keys = CUSTOMER_FIELDS.map((f) => f.key).sort();
    expect(keys).toEqual(Object.keys(draftFromCustomer(rosie)).sort());
  });
});
