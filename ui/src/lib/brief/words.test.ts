import { describe, expect, it } from "vitest";
import { afterCallField, afterCallFrom, freshAfterCall } from "./afterCall";
import { birthdayWords, callerLastContact, channelPreference, promiseDueWords } from "./words";

const now = new Date(2025, 2, 12, 11, 0); // Wednesday 12 March 2025

describe("brief words", () => {
  it("says when a birthday is and the age they turn", () => {
    expect(birthdayWords({ date: "2025-03-15", in_days: 3, turns: 40 })).toBe(
      "Birthday in 3 days — turns 40",
    );
    expect(birthdayWords({ date: "2025-03-13", in_days: 1, turns: null })).toBe("Birthday tomorrow");
    expect(birthdayWords({ date: "2025-03-12", in_days: 0, turns: 7 })).toBe("Birthday today — turns 7");
  });

  it("words a promise's day, saying 'Overdue' when it is late", () => {
    const yesterday = new Date(2025, 2, 11, 17).getTime();
    const friday = new Date(2025, 2, 14, 17).getTime();
    const base = { id: "p", what: "Refund", promised_by: "Ana" };
    expect(promiseDueWords({ ...base, due_at: yesterday, overdue: true }, now)).toBe(
      "Overdue — was due yesterday",
    );
    expect(promiseDueWords({ ...base, due_at: friday, overdue: false }, now)).toBe("Due Friday 14 March");
  });

  it("says how they like to be reached, and nothing without a preference", () => {
    expect(channelPreference("no_preference")).toBe("");
    expect(channelPreference("text_message")).toBe("Prefers a text message");
    expect(channelPreference("email")).toBe("Prefers email");
  });

  it("says when a caller was last spoken to", () => {
    expect(callerLastContact(null, now)).toBe("no conversations yet");
    expect(callerLastContact(new Date(2025, 2, 11, 9).getTime(), now)).toBe("last contact yesterday");
  });
});

describe("after the call", () => {
  it("places the core's field names beside the form's inputs", () => {
    expect(afterCallField("summary")).toBe("summary");
    expect(afterCallField("call.summary")).toBe("summary");
    expect(afterCallField("call.staff")).toBe("staff");
    expect(afterCallField("follow_up.assignee")).toBe("staff");
    expect(afterCallField("call.follow_up.in_days")).toBe("follow_up.in_days");
    expect(afterCallField("follow_up.action")).toBe("follow_up.action");
    expect(afterCallField("follow_up.note")).toBe("follow_up");
    expect(afterCallField("done_follow_up_ids.2")).toBe("done_follow_up_ids");
    expect(afterCallField("outcome")).toBe("outcome");
    expect(afterCallField("happened_at")).toBeNull();
  });

  it("sends no follow-up unless asked, and no mood unless they were spoken to", () => {
    const draft = { ...freshAfterCall("Ana"), mood: "upset" as const, outcome: "left_message" as const };
    const built = afterCallFrom("id-1", draft, ["a", "b"]);
    expect("after" in built && built.after.call).not.toHaveProperty("follow_up");
    expect("after" in built && built.after.call.mood).toBeNull();
    expect("after" in built && built.after.done_follow_up_ids).toEqual(["a", "b"]);
  });
});
