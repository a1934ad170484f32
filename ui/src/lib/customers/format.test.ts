import { describe, expect, it } from "vitest";
import { customersCount, formatBirthday, formatWhen, grouped, nameToUse, otherFullName } from "./format";

describe("format", () => {
  it("writes birthdays the way people say them", () => {
    expect(formatBirthday({ day: 14, month: 4, year: null })).toBe("14 April");
    expect(formatBirthday({ day: 1, month: 12, year: 1980 })).toBe("1 December 1980");
  });

  it("uses the name someone likes to be called, and the full name only when it adds something", () => {
    expect(nameToUse({ full_name: "Margaret Okafor", preferred_name: "Maggie" })).toBe("Maggie");
    expect(nameToUse({ full_name: "Margaret Okafor", preferred_name: "  " })).toBe("Margaret Okafor");
    expect(otherFullName({ full_name: "Margaret Okafor", preferred_name: "" })).toBeNull();
    expect(otherFullName({ full_name: "Margaret Okafor", preferred_name: "Maggie" })).toBe("Margaret Okafor");
  });

  it("says today and yesterday in words", () => {
    const now = new Date(2025, 2, 5, 15, 0);
    expect(formatWhen(new Date(2025, 2, 5, 9, 30).getTime(), now)).toBe("today at 09:30");
    expect(formatWhen(new Date(2025, 2, 4, 18, 5).getTime(), now)).toBe("yesterday at 18:05");
    expect(formatWhen(new Date(2025, 1, 20, 12, 0).getTime(), now)).toBe("20 February 2025");
  });
});

describe("counts", () => {
  it("group thousands, as a person would write them", () => {
    expect(customersCount(1)).toBe("1 customer");
    expect(customersCount(0)).toBe("0 customers");
    expect(customersCount(999)).toBe("999 customers");
    expect(customersCount(1000)).toBe("1,000 customers");
    expect(customersCount(100000)).toBe("100,000 customers");
    expect(grouped(1234567)).toBe("1,234,567");
  });
});
