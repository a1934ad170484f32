import { render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import AppearanceSettings from "./AppearanceSettings.svelte";
import { setLanguage, words } from "../i18n/i18n.svelte";
import { LANGUAGE_KEY } from "../i18n/languages";
import {
  appearance,
  setTextSize,
  setTheme,
  startAppearance,
  TEXT_SIZE_KEY,
  THEME_KEY,
} from "./appearance.svelte";

/** A stand-in for the computer's light/dark setting that can change while the app runs. */
function fakeSystem(dark: boolean) {
  const listeners = new Set<(event: MediaQueryListEvent) => void>();
  const query = {
    matches: dark,
    addEventListener: (_: string, listener: (event: MediaQueryListEvent) => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: (event: MediaQueryListEvent) => void) =>
      listeners.delete(listener),
  };
  vi.stubGlobal(
    "matchMedia",
    vi.fn(() => query),
  );
  return {
    change(nowDark: boolean) {
      query.matches = nowDark;
      for (const listener of listeners) listener({ matches: nowDark } as MediaQueryListEvent);
    },
    listening: () => listeners.size,
  };
}

const root = document.documentElement;
let stop: () => void = () => {};

describe("Appearance", () => {
  beforeEach(() => {
    localStorage.clear();
    delete root.dataset.theme;
    delete root.dataset.textSize;
  });

  afterEach(() => {
    stop();
    vi.unstubAllGlobals();
  });

  it("starts light and standard when nothing was chosen on a light computer", () => {
    fakeSystem(false);
    stop = startAppearance();
    expect(root.dataset.theme).toBe("light");
    expect(root.dataset.textSize).toBe("standard");
    expect(appearance.theme).toBe("system");
  });

  it("applies what was chosen last time at start", () => {
    fakeSystem(false);
    localStorage.setItem(THEME_KEY, "dark");
    localStorage.setItem(TEXT_SIZE_KEY, "larger");
    stop = startAppearance();
    expect(root.dataset.theme).toBe("dark");
    expect(root.dataset.textSize).toBe("larger");
  });

  it("ignores stored values it does not know", () => {
    fakeSystem(true);
    localStorage.setItem(THEME_KEY, "purple");
    localStorage.setItem(TEXT_SIZE_KEY, "enormous");
    stop = startAppearance();
    expect(appearance.theme).toBe("system");
    expect(root.dataset.theme).toBe("dark");
    expect(root.dataset.textSize).toBe("standard");
  });

  it("keeps a choice for next time and applies it at once", () => {
    fakeSystem(false);
    stop = startAppearance();
    setTheme("dark");
    setTextSize("large");
    expect(root.dataset.theme).toBe("dark");
    expect(root.dataset.textSize).toBe("large");
    expect(localStorage.getItem(THEME_KEY)).toBe("dark");
    expect(localStorage.getItem(TEXT_SIZE_KEY)).toBe("large");
  });

  it("follows the computer live when set to the computer's choice, and only then", () => {
    const system = fakeSystem(false);
    stop = startAppearance();
    system.change(true);
    expect(root.dataset.theme).toBe("dark");
    system.change(false);
    expect(root.dataset.theme).toBe("light");

    setTheme("light");
    system.change(true);
    expect(root.dataset.theme).toBe("light");

    stop();
    expect(system.listening()).toBe(0);
  });

  it("offers the choices as labelled radio buttons in Settings, which apply when picked", async () => {
    fakeSystem(false);
    stop = startAppearance();
    const user = userEvent.setup();
    render(AppearanceSettings);

    expect(screen.getByRole("group", { name: "Colours" })).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "Same as this computer" })).toBeChecked();
    await user.click(screen.getByRole("radio", { name: "Dark" }));
    expect(root.dataset.theme).toBe("dark");
    expect(screen.getByRole("radio", { name: "Dark" })).toBeChecked();

    expect(screen.getByRole("group", { name: "Text size" })).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "Standard" })).toBeChecked();
    await user.click(screen.getByRole("radio", { name: "Larger" }));
    expect(root.dataset.textSize).toBe("larger");
    expect(localStorage.getItem(TEXT_SIZE_KEY)).toBe("larger");
  });

  it("offers each language in its own name, and speaks the one picked at once and next time", async () => {
    fakeSystem(false);
    stop = startAppearance();
    const user = userEvent.setup();
    render(AppearanceSettings);
    try {
      const select = screen.getByRole("combobox", { name: "Language" });
      expect([...select.querySelectorAll("option")].map((option) => option.textContent)).toEqual([
        "English",
        "Français",
        "Español",
        "Deutsch",
        "Português",
      ]);
      await user.selectOptions(select, "fr");
      await waitFor(() => expect(screen.getByRole("heading", { name: "Apparence" })).toBeInTheDocument());
      expect(screen.getByRole("radio", { name: "Sombre" })).toBeInTheDocument();
      expect(screen.getByRole("combobox", { name: "Langue" })).toHaveValue("fr");
      expect(localStorage.getItem(LANGUAGE_KEY)).toBe("fr");
      expect(words.language).toBe("fr");
    } finally {
      await setLanguage("en", false);
    }
  });
});
