import { afterAll, describe, expect, it } from "vitest";
import { setLanguage, t } from "../i18n/i18n.svelte";
import { afterCallField, afterCallFrom, freshAfterCall } from "./afterCall";
import {
  birthdayWords,
  briefChangeWords,
  callerLastContact,
  channelPreference,
  promiseDueWords,
} from "./words";

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

describe("brief words in other languages", () => {
  afterAll(async () => {
    await setLanguage("en", false);
  });

  it("counts days, years and changes with French plurals", async () => {
    await setLanguage("fr", false);
    expect(birthdayWords({ date: "2025-03-13", in_days: 1, turns: 1 })).toBe(
      "Anniversaire demain — aura 1 an",
    );
    expect(birthdayWords({ date: "2025-03-15", in_days: 3, turns: 40 })).toBe(
      "Anniversaire dans 3 jours — aura 40 ans",
    );
    expect(t("brief-change-more", { count: 1 })).toBe("et 1 autre modification (sur la page complète)");
    expect(t("brief-change-more", { count: 3 })).toBe("et 3 autres modifications (sur la page complète)");
    expect(t("brief-caller-several", { count: 1 })).toBe("1 client a ce numéro.");
    expect(t("brief-caller-several", { count: 2 })).toBe("2 clients ont ce numéro.");
    expect(channelPreference("email")).toBe("Préfère l’e-mail");
    expect(callerLastContact(null, now)).toBe("pas encore d’échange");
  });

  it("says a late promise's day in French and German", async () => {
    const yesterday = new Date(2025, 2, 11, 17).getTime();
    const base = { id: "p", what: "Refund", promised_by: "Ana" };
    await setLanguage("fr", false);
    expect(promiseDueWords({ ...base, due_at: yesterday, overdue: true }, now)).toBe(
      "En retard — prévue hier",
    );
    await setLanguage("de", false);
    expect(promiseDueWords({ ...base, due_at: yesterday, overdue: true }, now)).toBe(
      "Überfällig — war gestern fällig",
    );
  });

  it("puts each language's word before a weekday or a date", async () => {
    const change = (at: number) => ({ changed_by: "Ana", at, field: "notes", words: "X" });
    const monday = new Date(2025, 2, 10, 9).getTime();
    const saturday = new Date(2025, 2, 8, 9).getTime();
    const longAgo = new Date(2025, 0, 3, 9).getTime();
    await setLanguage("pt", false);
    expect(briefChangeWords(change(monday), now)).toBe("Ana X na segunda-feira");
    expect(briefChangeWords(change(saturday), now)).toBe("Ana X no sábado");
    await setLanguage("fr", false);
    expect(briefChangeWords(change(longAgo), now)).toBe("Ana X le 3 janvier 2025");
    expect(briefChangeWords({ ...change(monday), changed_by: " " }, now)).toBe("Quelqu’un X lundi");
    await setLanguage("de", false);
    expect(briefChangeWords(change(longAgo), now)).toBe("Ana X am 3. Januar 2025");
  });
});
