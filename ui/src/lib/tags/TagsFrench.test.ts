/** The Tags screen in French: its words, a French number and plurals with 1 and several. */
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import TagsScreen from "./TagsScreen.svelte";
import { lastTagChange } from "./tags";
import * as ipc from "../api/ipc";
import { setLanguage } from "../i18n/i18n.svelte";
import { resetIpc } from "../../test/ipcMock";
import { resetApp } from "../shell/app.svelte";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

afterAll(async () => {
  Object.defineProperty(navigator, "languages", { value: ["en-GB"], configurable: true });
  await setLanguage("en", false);
});

describe("The Tags screen in French", () => {
  beforeEach(async () => {
    resetIpc();
    resetApp();
    lastTagChange.done = null;
    Object.defineProperty(navigator, "languages", { value: ["fr-FR"], configurable: true });
    await setLanguage("fr", false);
    vi.mocked(ipc.tagCounts).mockResolvedValue([
      { tag: "mariage", customers: 12000 },
      { tag: "habitué", customers: 1 },
    ]);
  });

  it("shows the tags, their counts and the questions in French", async () => {
    const user = userEvent.setup();
    render(TagsScreen);
    await screen.findByTestId("tags-table");

    expect(screen.getByRole("heading", { name: "Étiquettes" })).toBeInTheDocument();
    expect(screen.getByText("2 étiquettes")).toBeInTheDocument();
    const [habitue, mariage] = screen.getAllByTestId("tag-row");
    expect(within(mariage).getByTestId("tag-count").textContent?.trim()).toBe("12\u202f000");
    expect(within(mariage).getByTestId("tag-count")).toHaveAccessibleName(
      "Voir les 12\u202f000 clients étiquetés «\u00a0mariage\u00a0»",
    );
    expect(within(habitue).getByTestId("tag-count")).toHaveAccessibleName(
      "Voir le client étiqueté «\u00a0habitué\u00a0»",
    );
    expect(within(habitue).getByTestId("tag-rename")).toHaveTextContent("Renommer");
    // Spaces compared as spaces below: French puts no-break ones before “?” and inside « ».

    await user.click(within(habitue).getByTestId("tag-delete"));
    expect(screen.getByTestId("tag-delete-question")).toHaveTextContent("Retirer « habitué » à 1 client ?");
    await user.click(screen.getByRole("button", { name: "Annuler" }));
    await user.click(within(mariage).getByTestId("tag-delete"));
    expect(screen.getByTestId("tag-delete-question")).toHaveTextContent(
      "Retirer « mariage » aux 12 000 clients ?",
    );
  });
});
