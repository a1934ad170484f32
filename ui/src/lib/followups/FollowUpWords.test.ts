/** Follow-ups in the other languages: words, plurals, the hour in a sentence and the week's first day. */
import { render, screen, within } from "@testing-library/svelte";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import FollowUpRow from "./FollowUpRow.svelte";
import RepeatPicker from "./RepeatPicker.svelte";
import TodayScreen from "../today/TodayScreen.svelte";
import * as ipc from "../api/ipc";
import TouchBadge from "./TouchBadge.svelte";
import { describeRule, emptyRepeat } from "./repeat";
import { followUpWhen } from "./words";
import { setLanguage } from "../i18n/i18n.svelte";
import type { TouchState, TouchStatus } from "../api/types";
import type { Language } from "../i18n/languages";
import { resetIpc } from "../../test/ipcMock";
import { followUp, roster, todayPage, todayRow } from "../../test/fixtures";
import { app, resetApp } from "../shell/app.svelte";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

const DAY = 86_400_000;

function touch(state: TouchState, since: number): TouchStatus {
  return { state, since, amber_at: since + 30 * DAY, red_at: since + 60 * DAY };
}

async function speak(language: Language, computer: string): Promise<void> {
  Object.defineProperty(navigator, "languages", { value: [computer], configurable: true });
  await setLanguage(language, false);
}

/** Tomorrow at `hours`:`minutes`, local time. */
function tomorrowAt(hours: number, minutes: number): number {
  const day = new Date();
  day.setDate(day.getDate() + 1);
  day.setHours(hours, minutes, 0, 0);
  return day.getTime();
}

afterAll(async () => {
  await speak("en", "en-GB");
});

beforeEach(() => {
  resetIpc();
  resetApp();
  app.roster = roster(true);
});

describe("a follow-up in French", () => {
  it("shows its row in French: what, when with a French date, who, the repeat and the buttons", async () => {
    await speak("fr", "fr-FR");
    const due = tomorrowAt(10, 30) + 9 * DAY;
    const f = followUp({
      repeat: "FREQ=WEEKLY;INTERVAL=2",
      assignee: "Ben",
      about_title: "Chaudière en panne",
      due_at: due,
      occurrence_at: due,
    });
    render(FollowUpRow, {
      props: { followUp: f, testid: "row", aboutTitle: f.about_title, onchanged: vi.fn() },
    });
    const row = screen.getByTestId("row");

    expect(within(row).getByTestId("follow-up-kind")).toHaveTextContent("Rappeler");
    const month = new Intl.DateTimeFormat("fr-FR", { month: "long" }).format(new Date(due));
    // "Jeudi 17 décembre à 10:30" (with its year when that falls next year).
    expect(within(row).getByTestId("follow-up-when").textContent).toMatch(
      new RegExp(`^(\\p{Lu}\\p{L}* )?\\d{1,2} ${month}( \\d{4})? à 10:30$`, "u"),
    );
    expect(within(row).getByTestId("follow-up-repeats")).toHaveTextContent("Toutes les 2 semaines");
    expect(row).toHaveTextContent("pour Ben");
    expect(row).toHaveTextContent("au sujet de « Chaudière en panne »");
    expect(within(row).getByTestId("follow-up-done")).toHaveTextContent("Fait");
    expect(within(row).getByTestId("follow-up-snooze")).toHaveTextContent("Reporter…");
    expect(within(row).getByTestId("follow-up-skip")).toHaveTextContent("Passer cette fois");
  });

  it("says 'tomorrow, any time' and a rule with a French date", async () => {
    await speak("fr", "fr-FR");
    const due = tomorrowAt(0, 0);
    expect(followUpWhen(followUp({ all_day: true, due_at: due, occurrence_at: due }))).toBe(
      "Demain, à tout moment",
    );
    expect(describeRule("FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=14")).toBe("Chaque année le 14 avril");
    expect(describeRule("FREQ=YEARLY;BYMONTH=6;BYDAY=3SU")).toBe("Chaque année en juin, le 3e dimanche");
    expect(describeRule("FREQ=MONTHLY")).toBe("Tous les mois");
    expect(describeRule("FREQ=MONTHLY;INTERVAL=3")).toBe("Tous les 3 mois");
    expect(describeRule("FREQ=WEEKLY;BYDAY=MO,TH")).toBe("Chaque semaine le lundi et jeudi");
    expect(describeRule("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO")).toBe("Toutes les 2 semaines le lundi");
  });
});

describe("how long since the last contact", () => {
  it("counts several days in German, in the dative plural", async () => {
    await speak("de", "de-DE");
    const now = Date.now();
    render(TouchBadge, { props: { touch: touch("drifting", now - 8 * DAY) } });
    expect(screen.getByTestId("touch-badge")).toHaveTextContent(
      "Länger nichts gehört – letzter Kontakt vor 8 Tagen",
    );
  });

  it("counts weeks and months in German", async () => {
    await speak("de", "de-DE");
    const now = Date.now();
    const { unmount } = render(TouchBadge, {
      props: { touch: touch("out_of_touch", now - 15 * DAY) },
    });
    expect(screen.getByTestId("touch-badge")).toHaveTextContent(
      "Kein Kontakt mehr – letzter Kontakt vor 2 Wochen",
    );
    unmount();
    render(TouchBadge, { props: { touch: touch("out_of_touch", now - 400 * DAY) } });
    expect(screen.getByTestId("touch-badge")).toHaveTextContent("letzter Kontakt vor 13 Monaten");
  });

  it("says a single day and a single year in German", async () => {
    await speak("de", "de-DE");
    const now = Date.now();
    const { unmount } = render(TouchBadge, {
      props: { touch: touch("drifting", now - 1.5 * DAY) },
    });
    expect(screen.getByTestId("touch-badge")).toHaveTextContent("letzter Kontakt vor einem Tag");
    unmount();
    render(TouchBadge, { props: { touch: touch("drifting", now - 800 * DAY) } });
    expect(screen.getByTestId("touch-badge")).toHaveTextContent("letzter Kontakt vor 2 Jahren");
  });
});

describe("the hour in a Spanish or Portuguese sentence", () => {
  it("says 'a la 1:05' but 'a las 2:05' in Spanish", async () => {
    await speak("es", "es-ES");
    const one = tomorrowAt(1, 5);
    const two = tomorrowAt(2, 5);
    expect(followUpWhen(followUp({ due_at: one, occurrence_at: one }))).toBe("Mañana a la 1:05");
    expect(followUpWhen(followUp({ due_at: two, occurrence_at: two }))).toBe("Mañana a las 2:05");
    expect(followUpWhen(followUp({ due_at: one, occurrence_at: one, snoozed: true }))).toBe(
      "Pospuesto hasta mañana a la 1:05",
    );
  });

  it("says 'a la 1:05 p. m.' on a 12-hour clock", async () => {
    await speak("es", "es-US");
    const one = tomorrowAt(13, 5);
    expect(followUpWhen(followUp({ due_at: one, occurrence_at: one }))).toMatch(/^Mañana a la 1:05\s/);
  });

  it("says 'à 1:05' but 'às 13:05' in Portuguese", async () => {
    await speak("pt", "pt-PT");
    const one = tomorrowAt(1, 5);
    const afternoon = tomorrowAt(13, 5);
    expect(followUpWhen(followUp({ due_at: one, occurrence_at: one }))).toBe("Amanhã à 01:05");
    expect(followUpWhen(followUp({ due_at: afternoon, occurrence_at: afternoon }))).toBe("Amanhã às 13:05");
  });
});

describe("the repeat picker", () => {
  function weekdays(): string[] {
    return within(screen.getByTestId("follow-up-repeat-weekday"))
      .getAllByRole("option")
      .map((o) => o.textContent ?? "");
  }

  function showPicker(): void {
    render(RepeatPicker, {
      props: { id: "r", value: { ...emptyRepeat(6), kind: "nth_weekday" }, problem: null },
    });
  }

  it("starts the week on Monday in French, named in French", async () => {
    await speak("fr", "fr-FR");
    showPicker();
    expect(weekdays()).toEqual(["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]);
    const months = within(screen.getByTestId("follow-up-repeat-month")).getAllByRole("option");
    expect(months[0]).toHaveTextContent("janvier");
    expect(screen.getByTestId("follow-up-repeat-month")).toHaveValue("6");
  });

  it("starts the week on Monday in British English and on Sunday in American English", async () => {
    await speak("en", "en-GB");
    const { unmount } = render(RepeatPicker, {
      props: { id: "r", value: { ...emptyRepeat(6), kind: "nth_weekday" }, problem: null },
    });
    expect(weekdays()[0]).toBe("Monday");
    unmount();
    await speak("en", "en-US");
    showPicker();
    expect(weekdays()).toEqual([
      "Sunday",
      "Monday",
      "Tuesday",
      "Wednesday",
      "Thursday",
      "Friday",
      "Saturday",
    ]);
    // Sunday first is only the order: the first value is still Sunday's code.
    expect(within(screen.getByTestId("follow-up-repeat-weekday")).getAllByRole("option")[0]).toHaveValue(
      "SU",
    );
  });

  it("agrees the Portuguese ordinal with the weekday", async () => {
    await speak("pt", "pt-PT");
    expect(describeRule("FREQ=YEARLY;BYMONTH=6;BYDAY=3SU")).toBe("Todos os anos, no 3.º domingo de junho");
    expect(describeRule("FREQ=YEARLY;BYMONTH=6;BYDAY=-1MO")).toBe(
      "Todos os anos, na última segunda-feira de junho",
    );
  });
});

describe("the rows Today shows from follow-ups", () => {
  it("are in German: what, when, the tags, the buttons and how long since the last contact", async () => {
    await speak("de", "de-DE");
    const yesterday = tomorrowAt(10, 30) - 2 * DAY;
    vi.mocked(ipc.getToday).mockResolvedValue(
      todayPage({
        overdue: [
          todayRow(
            { id: "fu-late", due_at: yesterday, occurrence_at: yesterday, repeat: "FREQ=MONTHLY" },
            { customer_name: "Olu Adeyemi", missed: true },
          ),
        ],
        drifting: [
          {
            customer_id: "id-kim",
            customer_name: "Kim Park",
            touch: touch("drifting", Date.now() - 7 * 7 * DAY),
          },
        ],
      }),
    );
    render(TodayScreen);

    const row = await screen.findByTestId("today-row");
    expect(within(row).getByTestId("follow-up-kind")).toHaveTextContent("Zurückrufen");
    expect(within(row).getByTestId("follow-up-when")).toHaveTextContent("Gestern um 10:30");
    expect(within(row).getByTestId("follow-up-overdue")).toHaveTextContent("Überfällig");
    expect(within(row).getByTestId("today-missed")).toHaveTextContent("Verpasst");
    expect(within(row).getByTestId("follow-up-repeats")).toHaveTextContent("Jeden Monat");
    expect(within(row).getByTestId("today-brief")).toHaveTextContent("Kurzinfo zu Olu Adeyemi");
    expect(within(row).getByTestId("follow-up-done")).toHaveTextContent("Erledigt");
    expect(within(row).getByTestId("follow-up-snooze")).toHaveTextContent("Verschieben…");
    const drifting = screen.getByTestId("today-drifting");
    expect(drifting).toHaveTextContent("Länger nichts gehört");
    expect(drifting).toHaveTextContent("letzter Kontakt vor 7 Wochen");
  });
});
