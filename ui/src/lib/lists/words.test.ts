import { describe, expect, it } from "vitest";
import type { BulkChangeRecord } from "../api/types";
import { chipsOf, cleaned, emptyFilter, selectionOf, tickedCount, withTick, NONE_TICKED } from "./filters";
import { doneLine, lastContactWords, nextFollowUpWords, previewLines, relativeDay } from "./words";

const DAY = 86_400_000;
const NOW = new Date(2026, 11, 7, 12, 0).getTime();

describe("How the Customers list reads", () => {
  it("says the last contact relative to today, in days, weeks, months and years", () => {
    expect(lastContactWords(null, NOW)).toBe("Never");
    expect(relativeDay(NOW - 2 * 60 * 60 * 1000, NOW)).toBe("today");
    expect(relativeDay(NOW - DAY, NOW)).toBe("yesterday");
    expect(relativeDay(NOW - 5 * DAY, NOW)).toBe("5 days ago");
    expect(relativeDay(NOW - 21 * DAY, NOW)).toBe("3 weeks ago");
    expect(relativeDay(NOW - 150 * DAY, NOW)).toBe("5 months ago");
    expect(relativeDay(NOW - 800 * DAY, NOW)).toBe("2 years ago");
    expect(nextFollowUpWords(NOW + DAY, NOW)).toBe("tomorrow");
    expect(nextFollowUpWords(null, NOW)).toBe("");
  });

  it("previews each change with its plural, and says how many stay as they are", () => {
    expect(previewLines({ kind: "add_tag", tag: "VIP" }, { selected: 1241, changes: 1204 })).toEqual([
      "This adds “VIP” to 1204 customers.",
      "37 already have it.",
    ]);
    expect(previewLines({ kind: "remove_tag", tag: "VIP" }, { selected: 2, changes: 1 })).toEqual([
      "This takes “VIP” off 1 customer.",
      "1 does not have it.",
    ]);
    expect(
      previewLines({ kind: "set_looked_after_by", name: "" }, { selected: 12_000, changes: 12_000 }),
    ).toEqual(["12,000 customers will have nobody looking after them."]);
    expect(
      previewLines(
        { kind: "add_to_situation", situation_id: "s" },
        { selected: 3, changes: 3 },
        "Oven recall",
      ),
    ).toEqual(["This adds 3 customers to “Oven recall”."]);
  });

  it("says what was done on the Undo bar", () => {
    const record: BulkChangeRecord = {
      id: "b",
      change: { on: "customers", change: { kind: "set_looked_after_by", name: "Ana" } },
      changed: 1,
      at: 0,
      by: "Ana",
      undone_at: null,
    };
    expect(doneLine(record)).toBe("Ana now looks after 1 customer");
    expect(
      doneLine({
        ...record,
        change: { on: "customers", change: { kind: "add_tag", tag: "VIP" } },
        changed: 1204,
      }),
    ).toBe("Added “VIP” to 1204 customers");
  });
});

describe("The filter and the selection", () => {
  it("asks with the lookup words trimmed, tags without blanks or repeats, and a category implying an open issue", () => {
    expect(
      cleaned({
        ...emptyFilter(),
        text: "  rosa ",
        tags: ["VIP", " vip", "", "wedding"],
        open_issue_category: "Repair",
      }),
    ).toEqual({
      ...emptyFilter(),
      text: "rosa",
      tags: ["VIP", "wedding"],
      open_issue: true,
      open_issue_category: "Repair",
    });
  });

  it("removes exactly the part a chip names", () => {
    const filter = { ...emptyFilter(), tags: ["VIP", "wedding"], touch: "out_of_touch" as const };
    const chips = chipsOf(filter, {});
    expect(chips.map((c) => c.label)).toEqual(["Tag: VIP", "Tag: wedding", "Out of touch"]);
    expect(chips[0].without(filter)).toEqual({ ...filter, tags: ["wedding"] });
    expect(chips[2].without(filter)).toEqual({ ...filter, touch: null });
  });

  it("turns ticks into picked ids, or all that match less those unticked", () => {
    let ticks = withTick(withTick(NONE_TICKED, "a", true), "b", true);
    expect(selectionOf(ticks, emptyFilter())).toEqual({ kind: "picked", ids: ["a", "b"] });
    expect(tickedCount(ticks, 500)).toBe(2);
    ticks = withTick({ all: true, except: new Set() }, "c", false);
    expect(selectionOf(ticks, { ...emptyFilter(), text: " ana " })).toEqual({
      kind: "all_matching",
      filter: { ...emptyFilter(), text: "ana" },
      except: ["c"],
    });
    expect(tickedCount(ticks, 500)).toBe(499);
  });
});
