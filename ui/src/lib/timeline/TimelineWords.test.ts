/**
 * A customer's history in the other languages: its words, dates, ordinals and
 * the hour in a sentence. French puts a no-break space (\u00a0) before ":" and inside « ».
 */
import { render, screen, within } from "@testing-library/svelte";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import CustomerProfile from "../customers/CustomerProfile.svelte";
import { setLanguage } from "../i18n/i18n.svelte";
import type { Language } from "../i18n/languages";
import { resetIpc, showPage } from "../../test/ipcMock";
import { customer, item, roster } from "../../test/fixtures";
import { app, resetApp } from "../shell/app.svelte";
import { moodWords, rowDetail } from "./describe";
import { happenedWords, ordinal } from "./when";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

const rosa = customer({ id: "id-rosa", full_name: "Rosa Diaz", preferred_name: "Rosa" });

async function speak(language: Language, computer: string): Promise<void> {
  Object.defineProperty(navigator, "languages", { value: [computer], configurable: true });
  await setLanguage(language, false);
}

afterAll(async () => {
  await speak("en", "en-GB");
});

beforeEach(() => {
  resetIpc();
  resetApp();
  app.roster = roster(true);
});

describe("a customer's history in French", () => {
  it("shows the history, its chips, a row's label and time, who spoke last and what keeps coming back", async () => {
    await speak("fr", "fr-FR");
    const yesterday = new Date();
    yesterday.setDate(yesterday.getDate() - 1);
    yesterday.setHours(18, 30, 0, 0);
    const thisYear = new Date().getFullYear();
    showPage(rosa, {
      timeline: {
        items: [item({ event: "issue_opened", entry_kind: "issue", at: yesterday.getTime(), mood: "upset" })],
        next: null,
      },
      patterns: [
        { category: "facturation", count: 3, since: new Date(thisYear, 2, 5).getTime() },
        { category: "livraison", count: 1, since: new Date(thisYear - 1, 10, 3).getTime() },
      ],
      last_contact: { staff: "Ana", at: yesterday.getTime(), channel: "call_in" },
    });
    render(CustomerProfile, { props: { id: rosa.id, initial: rosa } });

    const row = await screen.findByTestId("timeline-item");
    expect(screen.getByRole("heading", { name: "Historique" })).toBeInTheDocument();
    expect(screen.getByTestId("timeline-filter-all")).toHaveTextContent("Tout");
    expect(screen.getByTestId("timeline-filter-follow_up")).toHaveTextContent("Suivis");
    expect(row).toHaveTextContent("Demande ouverte");
    expect(within(row).getByText("hier à 18:30")).toBeInTheDocument();
    expect(within(row).getByTestId("timeline-mood")).toHaveTextContent("L’air contrarié au début");
    expect(screen.getByTestId("log-conversation")).toHaveTextContent("Noter un échange");
    const patterns = screen.getAllByTestId("pattern");
    expect(patterns[0].textContent?.trim()).toBe("3e demande «\u00a0facturation\u00a0» depuis mars");
    expect(patterns[1].textContent?.trim()).toBe(
      `1re demande «\u00a0livraison\u00a0» depuis novembre ${thisYear - 1}`,
    );
    expect(screen.getByTestId("last-contact")).toHaveTextContent("Dernier échange : Ana, hier (appel reçu)");
  });

  it("writes a state change and a new date with the French colon and dates", async () => {
    await speak("fr", "fr-FR");
    const now = new Date(2025, 2, 12, 15, 0);
    const tomorrow = new Date(2025, 2, 13, 17).getTime();
    const friday = new Date(2025, 2, 14, 17).getTime();
    expect(
      rowDetail(
        item({
          event: "promise_renegotiated",
          old_due_at: tomorrow,
          new_due_at: friday,
          note: "pièce en retard",
        }),
        now,
      ),
    ).toBe("demain → vendredi 14 mars\u00a0: pièce en retard");
    expect(moodWords(item({ mood: "pleased" }))).toBe("Avait l’air content");
    expect([1, 2, 3].map(ordinal)).toEqual(["1er", "2e", "3e"]);
  });
});

describe("the hour in a sentence", () => {
  const now = new Date(2025, 2, 12, 15, 0);

  it("says 'a la 1:05' but 'a las 13:05' in Spanish", async () => {
    await speak("es", "es-ES");
    expect(happenedWords(new Date(2025, 2, 12, 1, 5).getTime(), now)).toBe("hoy a la 1:05");
    expect(happenedWords(new Date(2025, 2, 12, 13, 5).getTime(), now)).toBe("hoy a las 13:05");
    expect(happenedWords(new Date(2025, 2, 11, 2, 5).getTime(), now)).toBe("ayer a las 2:05");
  });

  it("says 'à 01:05' but 'às 13:05' in Portuguese", async () => {
    await speak("pt", "pt-PT");
    expect(happenedWords(new Date(2025, 2, 12, 1, 5).getTime(), now)).toBe("hoje à 01:05");
    expect(happenedWords(new Date(2025, 2, 12, 13, 5).getTime(), now)).toBe("hoje às 13:05");
  });

  it("keeps German and English as they were", async () => {
    await speak("de", "de-DE");
    expect(happenedWords(new Date(2025, 2, 12, 1, 5).getTime(), now)).toBe("heute um 01:05");
    await speak("en", "en-GB");
    expect(happenedWords(new Date(2025, 2, 12, 1, 5).getTime(), now)).toBe("today at 01:05");
  });
});
