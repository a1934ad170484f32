import { describe, expect, it } from "vitest";
import { change, items, manyLines, oneLine, sameValue, threeWay, type MergeField } from "./threeWay";

interface Form {
  title: string;
  tags: string[];
  when: { day: string; month: string };
}

const FIELDS: MergeField<Form, keyof Form>[] = [
  {
    key: "title",
    value: (f) => oneLine(f.title),
    copy: (into, from) => {
      into.title = from.title;
    },
  },
  {
    key: "tags",
    value: (f) => items(f.tags),
    copy: (into, from) => {
      into.tags = [...from.tags];
    },
  },
  {
    key: "when",
    value: (f) => f.when,
    copy: (into, from) => {
      into.when = { ...from.when };
    },
  },
];

function form(overrides: Partial<Form> = {}): Form {
  return { title: "Refund", tags: ["billing"], when: { day: "3", month: "4" }, ...overrides };
}

describe("sameValue", () => {
  it("compares text, numbers, null and flags by value", () => {
    expect(sameValue("a", "a")).toBe(true);
    expect(sameValue("a", "b")).toBe(false);
    expect(sameValue(1, 1)).toBe(true);
    expect(sameValue(null, null)).toBe(true);
    expect(sameValue(null, {})).toBe(false);
    expect(sameValue("1", 1)).toBe(false);
  });

  it("compares lists as whole values, in order", () => {
    expect(sameValue(["a", "b"], ["a", "b"])).toBe(true);
    expect(sameValue(["a", "b"], ["b", "a"])).toBe(false);
    expect(sameValue(["a"], ["a", "b"])).toBe(false);
    expect(sameValue([], {})).toBe(false);
  });

  it("compares records by their fields whatever their order", () => {
    expect(sameValue({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue({ a: { b: "x" } }, { a: { b: "y" } })).toBe(false);
  });
});

describe("change", () => {
  it("tells who changed a field", () => {
    expect(change("a", "a", "a")).toBe("none");
    expect(change("a", "a", "b")).toBe("theirs");
    expect(change("a", "b", "a")).toBe("mine");
    expect(change("a", "b", "b")).toBe("same");
    expect(change("a", "b", "c")).toBe("both");
  });

  it("counts a field cleared as changed", () => {
    expect(change("a", "", "a")).toBe("mine");
    expect(change("a", "a", "")).toBe("theirs");
    expect(change("a", "", "b")).toBe("both");
  });
});

describe("threeWay", () => {
  it("takes fields only they changed into the draft and names them", () => {
    const base = form();
    const draft = form({ title: "Refund twice" });
    const theirs = form({ tags: ["billing", "urgent"] });

    const result = threeWay(FIELDS, base, draft, theirs);

    expect(result).toEqual({ taken: ["tags"], clashes: [] });
    expect(draft).toEqual(form({ title: "Refund twice", tags: ["billing", "urgent"] }));
  });

  it("keeps what the person typed where both changed, and names the clash", () => {
    const base = form();
    const draft = form({ title: "Mine" });
    const theirs = form({ title: "Theirs" });

    const result = threeWay(FIELDS, base, draft, theirs);

    expect(result).toEqual({ taken: [], clashes: ["title"] });
    expect(draft.title).toBe("Mine");
  });

  it("sees no clash when both made the same change", () => {
    const draft = form({ tags: ["vip"] });
    expect(threeWay(FIELDS, form(), draft, form({ tags: ["vip"] }))).toEqual({ taken: [], clashes: [] });
    expect(draft.tags).toEqual(["vip"]);
  });

  it("compares a list as one value: two different edits to it clash, item order counts", () => {
    const base = form({ tags: ["a", "b"] });
    expect(threeWay(FIELDS, base, form({ tags: ["a", "b", "c"] }), form({ tags: ["a"] })).clashes).toEqual([
      "tags",
    ]);
    expect(threeWay(FIELDS, base, form({ tags: ["b", "a"] }), form({ tags: ["a", "b"] })).clashes).toEqual(
      [],
    );
  });

  it("ignores what does not change the saved value: empty list rows, spaces around text", () => {
    const base = form({ tags: [""] });
    const draft = form({ title: " Refund ", tags: ["", ""] });
    const theirs = form({ title: "Refund  now", tags: ["gift"] });

    const result = threeWay(FIELDS, base, draft, theirs);

    expect(result).toEqual({ taken: ["title", "tags"], clashes: [] });
    expect(draft.title).toBe("Refund  now");
    expect(draft.tags).toEqual(["gift"]);
  });

  it("compares a record field (a date in parts) as a whole", () => {
    const draft = form({ when: { day: "4", month: "4" } });
    const result = threeWay(FIELDS, form(), draft, form({ when: { day: "3", month: "5" } }));
    expect(result.clashes).toEqual(["when"]);
    expect(draft.when).toEqual({ day: "4", month: "4" });
  });

  it("changes nothing when nobody changed anything", () => {
    const draft = form();
    expect(threeWay(FIELDS, form(), draft, form())).toEqual({ taken: [], clashes: [] });
    expect(draft).toEqual(form());
  });

  it("lists fields in the form's order whatever order they changed in", () => {
    const draft = form({ when: { day: "9", month: "9" }, title: "Mine" });
    const theirs = form({ when: { day: "1", month: "1" }, title: "Theirs", tags: [] });
    expect(threeWay(FIELDS, form(), draft, theirs)).toEqual({ taken: ["tags"], clashes: ["title", "when"] });
  });

  it("never shares a taken list with their version, so typing on cannot change it", () => {
    const theirs = form({ tags: ["x"] });
    const draft = form();
    threeWay(FIELDS, form(), draft, theirs);
    draft.tags.push("y");
    expect(theirs.tags).toEqual(["x"]);
  });
});

describe("normalising for comparison", () => {
  it("reads one line without spaces around it or runs of spaces", () => {
    expect(oneLine("  weekday \t mornings ")).toBe("weekday mornings");
  });

  it("reads text with line breaks without trailing spaces or CRLF", () => {
    expect(manyLines("a  \r\nb\t\n\n")).toBe("a\nb");
    expect(manyLines("a\n b")).toBe("a\n b");
  });

  it("reads a list as its non-empty items", () => {
    expect(items(["", " tea ", "  ", "oat milk"])).toEqual(["tea", "oat milk"]);
  });
});
