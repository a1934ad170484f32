import { describe, expect, it } from "vitest";
import { item } from "../../test/fixtures";
import { outcomeWords } from "./describe";

describe("timeline words", () => {
  it("says how a call went when it did not reach them", () => {
    expect(outcomeWords(item({ outcome: "no_answer" }))).toBe("No answer");
    expect(outcomeWords(item({ outcome: "left_message" }))).toBe("Left a message");
    expect(outcomeWords(item({ outcome: "spoke" }))).toBe("");
    expect(outcomeWords(item({ outcome: null }))).toBe("");
  });
});
