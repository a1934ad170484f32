import { render, screen, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as ipc from "../api/ipc";
import { resetIpc, serveMembers } from "../../test/ipcMock";
import { roster, situation, situationMember } from "../../test/fixtures";
import { app, resetApp } from "../shell/app.svelte";
import { t } from "../i18n/i18n.svelte";
import SituationScreen from "./SituationScreen.svelte";
import { actionLine, counted, customersCount, matchLine, pageLine, toldOf } from "./words";
import { speaking } from "../../test/words";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

const december3 = new Date(2025, 11, 3, 12).getTime();

describe("A situation in French", () => {
  speaking("fr");

  beforeEach(() => {
    resetIpc();
    resetApp();
    app.roster = roster(true);
  });

  it("shows its page in French, with a French date and counts", async () => {
    const told = situationMember({
      customer_id: "id-ben",
      name: "Benoît",
      told: true,
      told_at: 1,
      told_by: "Ana",
      told_how: "call",
    });
    const stored = situation({
      title: "Four rappelé",
      expected_fix: december3,
      members: [situationMember(), told],
      undoable: { id: "a-1", kind: "add", count: 2, at: 0 },
    });
    vi.mocked(ipc.getSituation).mockImplementation(async () => stored);
    serveMembers(() => stored.members);

    render(SituationScreen, { id: "sit-1" });
    await screen.findByTestId("situation-heading");

    expect(screen.getByText(/Réglé d’ici le 3 décembre 2025, en principe\./)).toBeInTheDocument();
    expect(screen.getByTestId("situation-progress")).toHaveTextContent("1 prévenu sur 2");
    expect(screen.getByTestId("situation-undoable")).toHaveTextContent("2 clients ajoutés.");
    expect(screen.getByRole("button", { name: "Annuler" })).toBeInTheDocument();
    const rows = await screen.findAllByTestId("situation-member");
    const benoit = rows.find((row) => row.dataset.id === "id-ben");
    expect(benoit && within(benoit).getByTestId("member-told")).toHaveTextContent("Prévenu par Ana · appel");
    expect(screen.getByTestId("members-page")).toHaveTextContent("Les 2");
    expect(screen.getByRole("button", { name: "Clore l’incident" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Donner des nouvelles" })).toBeInTheDocument();
  });

  it("counts in the French way, 0 and 1 alike", () => {
    expect(matchLine(0)).toBe("0 client correspond");
    expect(matchLine(1)).toBe("1 client correspond");
    expect(matchLine(3)).toBe("3 clients correspondent");
    expect(toldOf(1, 23)).toBe("1 prévenu sur 23");
    expect(toldOf(14, 23)).toBe("14 prévenus sur 23");
    expect(actionLine({ id: "a", kind: "close", count: 1, at: 0 })).toBe("Clos, avec 1 suivi");
    expect(actionLine({ id: "a", kind: "close", count: 5, at: 0 })).toBe("Clos, avec 5 suivis");
    // Four digits as they are, more with the French thin space.
    expect(pageLine(100, 100, 2000)).toBe("101–200 sur 2000");
    expect(pageLine(0, 100, 12000)).toBe("1–100 sur 12\u202f000");
  });

  it("says one and several in each counted message", () => {
    const cases: [string, string, string][] = [
      ["situations-action-added", "1 client ajouté", "40 clients ajoutés"],
      ["situations-action-grouped", "1 client mis dans un groupe", "3 clients mis dans un groupe"],
      ["situations-add-picked", "Ajouter le client coché", "Ajouter les 3 clients cochés"],
      [
        "situations-close-check-in",
        "Prendre des nouvelles du client concerné (1) dans",
        "Prendre des nouvelles de chacun des 3 clients dans",
      ],
      ["situations-ticked", "1 coché", "500 cochés"],
      ["situations-tick-all", "Cocher celui qui correspond", "Cocher les 2000 qui correspondent"],
    ];
    for (const [id, one, several] of cases) {
      expect(t(id, counted(1))).toBe(one);
      expect(t(id, counted(Number(several.match(/\d+/)?.[0])))).toBe(several);
    }
    // The "Told" form agrees with one customer or several.
    expect(t("situations-how-told", { who: "Rosie", count: 1 })).toBe("Comment Rosie a été prévenu");
    expect(t("situations-how-told", { who: customersCount(3), count: 3 })).toBe(
      "Comment 3 clients ont été prévenus",
    );
    expect(customersCount(1)).toBe("1 client");
    expect(customersCount(12000)).toBe("12\u202f000 clients");
  });
});
