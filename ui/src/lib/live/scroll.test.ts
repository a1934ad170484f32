import { afterEach, describe, expect, it, vi } from "vitest";
import { keepScroll } from "./scroll";

/** A row whose top is where `top()` says, as the page lays it out. */
function row(top: () => number): HTMLLIElement {
  const li = document.createElement("li");
  li.getBoundingClientRect = () => ({ top: top(), bottom: top() + 40, height: 40 }) as DOMRect;
  document.body.append(li);
  return li;
}

describe("keepScroll", () => {
  afterEach(() => {
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  it("scrolls by however far the row at the top of the window moved", async () => {
    vi.spyOn(window, "scrollY", "get").mockReturnValue(300);
    const scrollBy = vi.spyOn(window, "scrollBy").mockImplementation(() => {});
    let added = 0;
    row(() => -100); // above the window
    row(() => 20 + added); // the one being read

    await keepScroll(async () => {
      added = 64; // a row drawn above it
    });

    expect(scrollBy).toHaveBeenCalledWith(0, 64);
  });

  it("holds nothing at the top of the page: what was added shows", async () => {
    vi.spyOn(window, "scrollY", "get").mockReturnValue(0);
    const scrollBy = vi.spyOn(window, "scrollBy").mockImplementation(() => {});
    let added = 0;
    row(() => 20 + added);

    await keepScroll(async () => {
      added = 64;
    });

    expect(scrollBy).not.toHaveBeenCalled();
  });
});
