/** The Reports screen in French: its words, French month names on the axis and in the table, a plural. */
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import ReportsScreen from "./ReportsScreen.svelte";
import * as ipc from "../api/ipc";
import type { Reports } from "../api/types";
import { setLanguage } from "../i18n/i18n.svelte";
import { resetIpc } from "../../test/ipcMock";
import { app, resetApp } from "../shell/app.svelte";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

afterAll(async () => {
  Object.defineProperty(navigator, "languages", { value: ["en-GB"], configurable: true });
  await setLanguage("en", false);
});

const none = (month: string) => ({ month, count: 0 });

function figures(upset: number): Reports {
  return {
    period: { from: "2026-01", to: "2026-02" },
    promises_by_month: [
      { month: "2026-01", person: "", kept_on_time: 1, kept_late: 0, broken: 2 },
      { month: "2026-02", person: "", kept_on_time: 3, kept_late: 1, broken: 0 },
    ],
    promises_by_person: [],
    check_ins: [],
    resolution: [],
    drifting: [none("2026-01"), none("2026-02")],
    new_customers: [
      { month: "2026-01", count: 12000 },
      { month: "2026-02", count: 5 },
    ],
    upset_waiting: [],
    upset_waiting_count: upset,
  };
}

describe("The Reports screen in French", () => {
  beforeEach(async () => {
    resetIpc();
    resetApp();
    Object.defineProperty(navigator, "languages", { value: ["fr-FR"], configurable: true });
    await setLanguage("fr", false);
  });

  it("names the charts, the months and the customers behind a bar in French", async () => {
    vi.mocked(ipc.reports).mockResolvedValue(figures(1));
    const user = userEvent.setup();
    render(ReportsScreen);
    const chart = await screen.findByTestId("chart-promises");

    expect(screen.getByRole("heading", { name: "Comment nous tenons parole" })).toBeInTheDocument();
    expect(chart).toHaveTextContent("Tenues à temps");
    expect(chart).toHaveTextContent("janv.");
    expect(chart).toHaveTextContent("févr.");
    expect(screen.getByTestId("reports-shown-period")).toHaveTextContent("de janvier 2026 à février 2026");
    expect(screen.getByTestId("reports-upset")).toHaveTextContent(
      "1 client qui était fâché la dernière fois n’a pas été recontacté depuis.",
    );
    expect(screen.getByText("Aucune promesse n’arrivait à échéance sur cette période.")).toBeInTheDocument();

    await user.click(screen.getByTestId("chart-new-toggle"));
    const rows = within(screen.getByTestId("chart-new-table")).getAllByRole("row");
    expect(rows[0]).toHaveTextContent("Mois");
    expect(rows[1].firstElementChild).toHaveTextContent("janvier 2026");
    expect(rows[1].lastElementChild?.textContent).toBe("12\u202f000");

    vi.mocked(ipc.customersBehind).mockResolvedValue(["id-a"]);
    const broken = within(chart)
      .getAllByTestId("bar-hit")
      .find((hit) => hit.getAttribute("data-series") === "broken")!;
    await user.click(broken);
    expect(app.route).toMatchObject({ heading: "Promesses non tenues · janvier 2026" });
  });

  it("says several upset customers in the plural", async () => {
    vi.mocked(ipc.reports).mockResolvedValue(figures(3));
    render(ReportsScreen);
    expect(await screen.findByTestId("reports-upset")).toHaveTextContent(
      "3 clients qui étaient fâchés la dernière fois n’ont pas été recontactés depuis.",
    );
  });
});
