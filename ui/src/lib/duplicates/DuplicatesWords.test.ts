/** Possible duplicates in French: its words and a French date. */
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import DuplicatesScreen from "./DuplicatesScreen.svelte";
import * as ipc from "../api/ipc";
import { setLanguage } from "../i18n/i18n.svelte";
import { resetIpc } from "../../test/ipcMock";
import { duplicatePair, mergeRecord, summary } from "../../test/fixtures";
import { resetApp } from "../shell/app.svelte";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

afterAll(async () => {
  Object.defineProperty(navigator, "languages", { value: ["en-GB"], configurable: true });
  await setLanguage("en", false);
});

describe("Possible duplicates in French", () => {
  beforeEach(async () => {
    resetIpc();
    resetApp();
    Object.defineProperty(navigator, "languages", { value: ["fr-FR"], configurable: true });
    await setLanguage("fr", false);
  });

  it("shows the pairs, the buttons and when the last merges were, in French", async () => {
    const yesterday = new Date();
    yesterday.setDate(yesterday.getDate() - 1);
    yesterday.setHours(14, 5, 0, 0);
    vi.mocked(ipc.likelyDuplicates).mockResolvedValue([
      duplicatePair({
        a: summary({ id: "id-tom", full_name: "Tom Baker" }),
        b: summary({ id: "id-tom-2", full_name: "Tom Baker" }),
      }),
    ]);
    vi.mocked(ipc.recentMerges).mockResolvedValue([
      mergeRecord({ at: yesterday.getTime() }),
      mergeRecord({ id: "merge-2", at: new Date(2025, 2, 3, 10).getTime() }),
    ]);
    const user = userEvent.setup();
    render(DuplicatesScreen);

    const pair = await screen.findByTestId("duplicate-pair");
    expect(screen.getByRole("heading", { name: "Doublons possibles" })).toBeInTheDocument();
    expect(within(pair).getByTestId("merge-keep-a")).toHaveTextContent(
      "Garder Tom Baker (ajouté en premier) et y fusionner l’autre",
    );
    expect(within(pair).getByTestId("not-duplicates")).toHaveTextContent("Pas la même personne");
    expect(pair).toHaveTextContent("Ajouté ensuite");
    const recent = screen.getAllByTestId("recent-merge");
    expect(recent[0]).toHaveTextContent("hier à 14:05");
    expect(recent[1]).toHaveTextContent("3 mars 2025");
    expect(within(recent[0]).getByTestId("recent-merge-undo")).toHaveTextContent("Annuler");

    await user.click(within(pair).getByTestId("not-duplicates"));
    expect(await screen.findByTestId("duplicates-notice")).toHaveTextContent(
      "Tom Baker et Tom Baker ne seront plus proposés comme la même personne.",
    );
  });
});
