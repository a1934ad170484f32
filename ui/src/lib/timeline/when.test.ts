import { describe, expect, it } from "vitest";
import { dayWords, dueWords, happenedWords, monthWords, ordinal } from "./when";
import { rowDetail } from "./describe";
import { item } from "../../test/fixtures";

// Wednesday 12 March 2025, 15:00 local time.
const now = new Date(2025, 2, 12, 15, 0);
const at = (day: number, hour = 10, minute = 0) => new Date(2025, 2, day, hour, minute).getTime();

describe("words for when", () => {
  it("says when something happened, relative while recent", () => {
    expect(happenedWords(now.getTime() - 20_000, now)).toBe("just now");
    expect(happenedWords(now.getTime() - 25 * 60_000, now)).toBe("25 minutes ago");
    expect(happenedWords(at(12, 9, 5), now)).toBe("today at 09:05");
    expect(happenedWords(at(11, 18, 30), now)).toBe("yesterday at 18:30");
    expect(happenedWords(at(7, 10), now)).toBe("Friday at 10:00");
    expect(happenedWords(at(1), now)).toBe("1 March 2025");
  });

  it("names the day of the last contact within a week, else the date", () => {
    expect(dayWords(at(12), now)).toBe("today");
    expect(dayWords(at(11), now)).toBe("yesterday");
    expect(dayWords(at(11 - 1), now)).toBe("Monday");
    expect(dayWords(at(5), now)).toBe("5 March 2025");
  });

  it("says when a promise is due", () => {
    expect(dueWords(at(12, 17), now)).toBe("today");
    expect(dueWords(at(13, 17), now)).toBe("tomorrow");
    expect(dueWords(at(14, 17), now)).toBe("Friday 14 March");
    expect(dueWords(new Date(2026, 0, 2, 17).getTime(), now)).toBe("2 January 2026");
  });

  it("counts and names months plainly", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101].map(ordinal)).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "13th",
      "21st",
      "22nd",
      "23rd",
      "101st",
    ]);
    expect(monthWords(at(1), now)).toBe("March");
    expect(monthWords(new Date(2024, 10, 3).getTime(), now)).toBe("November 2024");
  });

  it("describes state changes and new dates on a timeline row", () => {
    expect(
      rowDetail(
        item({
          event: "issue_state",
          from_state: "waiting",
          to_state: "resolved",
          note: "refunded the deposit",
        }),
        now,
      ),
    ).toBe("Waiting → Resolved: refunded the deposit");
    expect(
      rowDetail(
        item({ event: "issue_state", from_state: "open", to_state: "waiting", waiting_on: "customer" }),
        now,
      ),
    ).toBe("Open → Waiting (on the customer)");
    expect(rowDetail(item({ event: "issue_state", from_state: "closed", to_state: "open" }), now)).toBe(
      "Closed → Reopened",
    );
    expect(
      rowDetail(
        item({
          event: "promise_renegotiated",
          old_due_at: at(13, 17),
          new_due_at: at(14, 17),
          note: "Part late",
        }),
        now,
      ),
    ).toBe("tomorrow → Friday 14 March: Part late");
  });
});
