import { describe, expect, it } from "vitest";
import { savedText } from "./saved";

describe("Where an export went", () => {
  it("names the file, then its folder", () => {
    expect(savedText({ folder: "/home/ana/Downloads", files: ["Kindly customers 2026-12-07.vcf"] })).toBe(
      "Saved “Kindly customers 2026-12-07.vcf” in /home/ana/Downloads.",
    );
  });

  it("names both files of a customer's record", () => {
    expect(savedText({ folder: "C:\\Users\\ana\\Documents", files: ["Rosa.json", "Rosa.txt"] })).toBe(
      "Saved “Rosa.json” and “Rosa.txt” in C:\\Users\\ana\\Documents.",
    );
  });
});
