import { afterEach, describe, expect, it, vi } from "vitest";
import { REGION_NAMES_EN } from "./regionNames";
import { PHONE_REGIONS, regionOptions } from "./regions";

/** Stands in for WebKitGTK, whose Intl.DisplayNames names a region by its bare code. */
class CodeOnlyDisplayNames {
  of(code: string): string {
    return code;
  }
}

/** Intl as it is, except for DisplayNames. */
function intlWith(DisplayNames: unknown): typeof Intl {
  return Object.assign(Object.create(Intl) as typeof Intl, { DisplayNames });
}

function expectSortedByName(options: { name: string }[]) {
  const collator = new Intl.Collator("en");
  for (let i = 1; i < options.length; i++) {
    expect(collator.compare(options[i - 1].name, options[i].name)).toBeLessThanOrEqual(0);
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("REGION_NAMES_EN", () => {
  it("names every offered code with a real name", () => {
    for (const code of PHONE_REGIONS) {
      const name = REGION_NAMES_EN[code];
      expect(name, code).toBeTruthy();
      expect(name, code).not.toBe(code);
    }
  });
});

describe("regionOptions when Intl cannot name regions", () => {
  it("uses the built-in English names when DisplayNames returns the code, still sorted by name", () => {
    vi.stubGlobal("Intl", intlWith(CodeOnlyDisplayNames));
    const options = regionOptions("", ["en"]);
    expect(options).toHaveLength(PHONE_REGIONS.length);
    expect(options.find((o) => o.code === "GB")?.name).toBe("United Kingdom");
    expect(options.find((o) => o.code === "US")?.name).toBe("United States");
    expect(options.find((o) => o.code === "CI")?.name).toBe("Côte d’Ivoire");
    expect(options.every((o) => o.name !== o.code)).toBe(true);
    expectSortedByName(options);
  });

  it("uses the built-in names when DisplayNames returns an empty string", () => {
    vi.stubGlobal(
      "Intl",
      intlWith(
        class {
          of() {
            return "";
          }
        },
      ),
    );
    expect(regionOptions("", ["en"]).find((o) => o.code === "GB")?.name).toBe("United Kingdom");
  });

  it("uses the built-in names when DisplayNames is missing or throws", () => {
    vi.stubGlobal("Intl", intlWith(undefined));
    expect(regionOptions("", ["en"]).find((o) => o.code === "GB")?.name).toBe("United Kingdom");
    vi.stubGlobal(
      "Intl",
      intlWith(
        class {
          of(): string {
            throw new RangeError("no region names");
          }
        },
      ),
    );
    const options = regionOptions("", ["en"]);
    expect(options.find((o) => o.code === "GB")?.name).toBe("United Kingdom");
    expectSortedByName(options);
  });

  it("keeps an unlisted saved code, named by its code when nothing else can name it", () => {
    vi.stubGlobal("Intl", intlWith(CodeOnlyDisplayNames));
    expect(regionOptions("xk", ["en"]).find((o) => o.code === "XK")?.name).toBe("XK");
  });
});
