import { render, screen, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it } from "vitest";
import { issue, roster } from "../../test/fixtures";
import { app, resetApp } from "../shell/app.svelte";
import IssueCard from "./IssueCard.svelte";
import IssuePicker from "./IssuePicker.svelte";
import { changeWords, movedNotice, stateWords, STATE_LABELS } from "./states";
import { speaking } from "../../test/words";

const opened = new Date(2025, 2, 3, 10).getTime();
const waited = new Date(2025, 2, 4, 11).getTime();

describe("An issue in French", () => {
  speaking("fr");
  beforeEach(() => {
    resetApp();
    app.roster = roster(true);
  });

  it("shows its card, moves and history in French, with French dates", () => {
    const waiting = issue({
      state: "waiting",
      waiting_on: "customer",
      opened_at: opened,
      mood_at_start: null,
      history: [
        { at: opened, staff: "Ana", from: null, to: "open", note: "", waiting_on: null, mood: null },
        {
          at: waited,
          staff: "Ana",
          from: "open",
          to: "waiting",
          note: "les photos",
          waiting_on: "customer",
          mood: null,
        },
      ],
    });
    render(IssueCard, { issue: waiting, testid: "card", historyOpen: true, onmoved: () => {} });

    const card = screen.getByTestId("card");
    expect(within(card).getByTestId("issue-state")).toHaveTextContent("En attente du client");
    expect(card).toHaveTextContent("Ouverte : 3 mars 2025 · suivie par Ana");
    expect(card).toHaveTextContent("Avec ses mots : You took the money");
    expect(within(card).getByTestId("issue-move-in_progress")).toHaveTextContent("Je m’en occupe");
    expect(within(card).getByTestId("issue-move-resolved")).toHaveTextContent("Résolue…");
    const rows = within(card).getAllByTestId("issue-history-row");
    expect(rows[0]).toHaveTextContent("3 mars 2025");
    expect(rows[0]).toHaveTextContent("Ouverte");
    expect(rows[1]).toHaveTextContent("4 mars 2025");
    expect(rows[1]).toHaveTextContent("Ouverte → En attente (du client) : les photos");
  });

  it("names the states and moves in French", () => {
    expect(STATE_LABELS.resolved).toBe("Résolue");
    expect(stateWords("waiting", "us")).toBe("En attente de notre part");
    expect(movedNotice({ state: "open", waiting_on: null })).toBe("Demande rouverte.");
    expect(changeWords("closed", "open")).toBe("Close → Rouverte");
  });

  it("offers the customer's issues with their state in the picker", () => {
    render(IssuePicker, {
      label: "Au sujet de",
      testid: "picker",
      issues: [issue({ state: "in_progress" })],
      value: "",
      problem: null,
    });
    const picker = screen.getByTestId("picker");
    expect(within(picker).getByRole("option", { name: "Aucune" })).toBeInTheDocument();
    expect(within(picker).getByRole("option", { name: "Charged twice (en cours)" })).toBeInTheDocument();
    expect(screen.getByText("(facultatif)")).toBeInTheDocument();
  });
});
