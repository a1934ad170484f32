/**
 * The forms' shared pieces in French and German: the conflict panel's
 * sentences with their plurals and dates, the question before discarding,
 * the moods. English is put back afterwards for the other tests.
 */
import { render, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import ConflictPanel from "./ConflictPanel.svelte";
import DiscardDialog from "./DiscardDialog.svelte";
import MoodPicker from "./MoodPicker.svelte";
import {
  choicesPending,
  clashSentence,
  overtakenAdvice,
  takenLine,
  whenWords,
  type Part,
} from "./conflictWords";
import { moodLabel } from "./moods";
import { speaking } from "../../test/words";

const NOW = new Date(2025, 2, 14, 15, 30);
const TWO_MINUTES_AGO = NOW.getTime() - 2 * 60_000;

function read(parts: Part[]): string {
  return parts.map((p) => (p.typed ? `*${p.text}*` : p.text)).join("");
}

describe("in French", () => {
  speaking("fr");

  it("asks before discarding in French", () => {
    render(DiscardDialog, { props: { ondiscard: () => {}, onkeep: () => {} } });
    expect(
      screen.getByRole("alertdialog", { name: "Abandonner ce que vous avez écrit\u00a0?" }),
    ).toBeVisible();
    expect(screen.getByTestId("discard-keep")).toHaveTextContent("Continuer à écrire");
    expect(screen.getByTestId("discard-confirm")).toHaveTextContent("Abandonner");
  });

  it("says who saved first and when, with the French date, and the choices", () => {
    render(ConflictPanel, {
      props: {
        overtaken: {
          by: "Ben",
          at: new Date(2025, 0, 3, 9, 5).getTime(),
          version: 2,
          taken: [],
          clashes: [{ key: "notes", subject: "les notes de Rosie", mine: "", theirs: "Aime le thé" }],
          mine: {},
          theirs: {},
        },
        what: "Rosie",
        choices: {},
        onchoose: () => {},
      },
    });
    expect(screen.getByRole("heading")).toHaveTextContent(
      "Ben a enregistré un changement pour Rosie le 3 janvier 2025, pendant que vous faisiez le vôtre.",
    );
    // Text content is read with its spaces made plain.
    expect(screen.getByTestId("clash-notes")).toHaveTextContent(
      "Ben a changé les notes de Rosie en Aime le thé le 3 janvier 2025 ; vous avez vidé ce champ.",
    );
    expect(screen.getByLabelText(/Garder ma version/)).toBeInTheDocument();
    expect(screen.getByLabelText(/Prendre celle de Ben/)).toBeInTheDocument();
    expect(screen.getByText("(laissé vide)")).toBeInTheDocument();
  });

  it("keeps the typed values apart, wherever French puts them", () => {
    const parts = clashSentence("Ben", "le meilleur moment", "le soir", "le matin", TWO_MINUTES_AGO, NOW);
    expect(read(parts)).toBe(
      "Ben a changé le meilleur moment en *le soir* il y a 2 minutes\u00a0; vous avez écrit *le matin*.",
    );
  });

  it("says one field and several", () => {
    expect(overtakenAdvice(1)).toContain("Vous avez tous deux modifié le même champ");
    expect(overtakenAdvice(3)).toContain("Vous avez tous deux modifié les mêmes 3 champs");
    expect(choicesPending("Ben", 1)).toBe(
      "Choisissez «\u00a0Garder ma version\u00a0» ou «\u00a0Prendre celle de Ben\u00a0» pour le champ ci-dessus, puis enregistrez.",
    );
    expect(choicesPending("Ben", 2)).toContain("pour les 2 champs ci-dessus");
    expect(takenLine("", ["les numéros", "le nom"])).toBe(
      "Quelqu’un d’autre a aussi modifié les numéros et le nom\u00a0; tout est maintenant dans le formulaire.",
    );
  });

  it("says when with the weekday and the date as French writes them", () => {
    expect(whenWords(new Date(2025, 2, 11, 9, 5).getTime(), NOW)).toBe("mardi à 09:05");
    expect(whenWords(new Date(2025, 0, 3, 9, 5).getTime(), NOW)).toBe("le 3 janvier 2025");
  });
});

describe("in German", () => {
  speaking("de");

  it("names the moods and says the field count", () => {
    render(MoodPicker, { props: { label: "Stimmung", testid: "mood", value: null } });
    expect(screen.getByTestId("mood-upset")).toHaveTextContent("Verärgert");
    expect(screen.getByText("(optional)")).toBeInTheDocument();
    expect(moodLabel("delighted")).toBe("Begeistert");
    expect(choicesPending("Ben", 1)).toContain("für das Feld oben");
    expect(choicesPending("Ben", 4)).toContain("für die 4 Felder oben");
    expect(whenWords(new Date(2025, 0, 3, 9, 5).getTime(), NOW)).toBe("am 3. Januar 2025");
  });
});
