import "@testing-library/jest-dom/vitest";
import { beforeAll } from "vitest";
import { preloadScreens } from "../lib/shell/screens";

// The app loads most screens on first use; tests get them all before they
// start, so a screen is on show as soon as the route changes, as in the app
// once they are preloaded. In a hook, so each file's mocks are in place first.
beforeAll(async () => {
  // English as written in Britain (the tests' dates: "3 March 2025", "14:05"), whatever the machine's own language.
  Object.defineProperty(navigator, "languages", { value: ["en-GB"], configurable: true });
  // Imported here, not above: the words module reaches the IPC module, which each file's mocks must replace first.
  const { setLanguage } = await import("../lib/i18n/i18n.svelte");
  await setLanguage("en", false);
  await preloadScreens();
});
