import "@testing-library/jest-dom/vitest";
import { beforeAll } from "vitest";
import { preloadScreens } from "../lib/shell/screens";

// The app loads most screens on first use; tests get them all before they
// start, so a screen is on show as soon as the route changes, as in the app
// once they are preloaded. In a hook, so each file's mocks are in place first.
beforeAll(async () => {
  await preloadScreens();
});
