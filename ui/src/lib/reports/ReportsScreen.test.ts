import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import ReportsScreen from "./ReportsScreen.svelte";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import type { Reports } from "../api/types";
import { resetIpc } from "../../test/ipcMock";
import { app, resetApp } from "../shell/app.svelte";
import { monthsOf, periodFor, shiftMonth, yearMonth } from "./period";
import { axisTicks, drawnWidth, labelled } from "./chart";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

const MONTHS = ["2026-03", "2026-04", "2026-05"];

function figures(more: Partial<Reports> = {}): Reports {
  return {
    period: { from: "2026-03", to: "2026-05" },
    promises_by_month: [
      { month: "2026-03", person: "", kept_on_time: 10, kept_late: 2, broken: 3 },
      { month: "2026-04", person: "", kept_on_time: 20, kept_late: 0, broken: 1 },
      { month: "2026-05", person: "", kept_on_time: 5, kept_late: 4, broken: 0 },
    ],
    promises_by_person: [
      { month: "", person: "Ana", kept_on_time: 30, kept_late: 5, broken: 4 },
      { month: "", person: "", kept_on_time: 5, kept_late: 1, broken: 0 },
    ],
    check_ins: MONTHS.map((month, i) => ({ month, resolved: 4 + i, checked_in: 2 })),
    resolution: MONTHS.map((month, i) => ({
      month,
      resolved: 4,
      median_hours: i === 1 ? null : 26 * (i + 1),
      reopened: i,
    })),
    drifting: MONTHS.map((month, i) => ({ month, count: 1200 * (i + 1) })),
    new_customers: MONTHS.map((month, i) => ({ month, count: [8, 0, 16][i] })),
    upset_waiting: [
      { customer_id: "id-rosa", customer_name: "Rosa Diaz", since: new Date(2026, 4, 3).getTime() },
    ],
    upset_waiting_count: 7,
    ...more,
  };
}

async function open() {
  const user = userEvent.setup();
  render(ReportsScreen);
  await screen.findByTestId("chart-promises");
  return user;
}

function bars(chart: string, series?: string): SVGRectElement[] {
  const all = within(screen.getByTestId(`chart-${chart}`)).queryAllByTestId(
    "bar",
  ) as unknown as SVGRectElement[];
  return series ? all.filter((bar) => bar.getAttribute("data-series") === series) : all;
}

const height = (bar: Element) => Number(bar.getAttribute("height"));

describe("The Reports screen", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    vi.mocked(ipc.reports).mockResolvedValue(figures());
  });

  it("asks for the last six months first, and shows the period in words", async () => {
    await open();
    expect(vi.mocked(ipc.reports)).toHaveBeenCalledWith(periodFor("last6", new Date()));
    expect(screen.getByRole("heading", { name: "How we follow through" })).toBeInTheDocument();
    expect(screen.getByTestId("reports-shown-period")).toHaveTextContent("March 2026 to May 2026");
  });

  it("draws one stacked bar per month, heights proportional to the values, with a legend and a summary", async () => {
    await open();

    const kept = bars("promises", "kept_on_time");
    expect(kept.map((bar) => bar.getAttribute("data-month"))).toEqual(MONTHS);
    expect(height(kept[1]) / height(kept[0])).toBeCloseTo(2, 5);
    expect(height(kept[2]) / height(kept[0])).toBeCloseTo(0.5, 5);
    // Zero draws nothing: April kept none late.
    expect(bars("promises", "kept_late").map((bar) => bar.getAttribute("data-month"))).toEqual([
      "2026-03",
      "2026-05",
    ]);
    expect(height(bars("promises", "broken")[0]) / height(kept[0])).toBeCloseTo(0.3, 5);
    // Stacked: March's late part sits right on top of its kept part.
    const late = bars("promises", "kept_late")[0];
    expect(Number(late.getAttribute("y")) + height(late)).toBeCloseTo(Number(kept[0].getAttribute("y")), 5);

    const chart = screen.getByTestId("chart-promises");
    expect(chart).toHaveTextContent("Kept on time");
    expect(chart).toHaveTextContent("Kept late");
    expect(chart).toHaveTextContent("Broken");
    // Month names on the axis, and the year under the first.
    expect(chart).toHaveTextContent("Mar");
    expect(chart).toHaveTextContent("2026");
    expect(within(chart).getByRole("img")).toHaveAccessibleName(
      "Promises, by the month they fell due, March 2026 to May 2026: Kept on time 35, Kept late 6 and Broken 4.",
    );
    // Thousands on the axis are written with the locale's separators.
    expect(screen.getByTestId("chart-drifting")).toHaveTextContent("4,000");
  });

  it("shows a chart's numbers as a table with the same figures, from the keyboard", async () => {
    const user = await open();
    const toggle = screen.getByTestId("chart-promises-toggle");
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByTestId("chart-promises-table")).not.toBeInTheDocument();

    toggle.focus();
    await user.keyboard("{Enter}");

    expect(toggle).toHaveAttribute("aria-expanded", "true");
    expect(toggle).toHaveTextContent("Hide the table");
    const table = screen.getByTestId("chart-promises-table");
    expect(within(table).getByRole("columnheader", { name: "Broken" })).toBeInTheDocument();
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((row) => [...row.children].map((cell) => cell.textContent?.trim()));
    expect(rows).toEqual([
      ["March 2026", "10", "2", "3"],
      ["April 2026", "20", "0", "1"],
      ["May 2026", "5", "4", "0"],
    ]);
    // The drawn heights are these numbers.
    expect(bars("promises", "kept_on_time").map((bar) => bar.getAttribute("data-value"))).toEqual([
      "10",
      "20",
      "5",
    ]);

    await user.click(screen.getByTestId("chart-median-toggle"));
    const median = within(screen.getByTestId("chart-median-table")).getAllByRole("row").slice(1);
    expect(median.map((row) => row.lastElementChild?.textContent)).toEqual(["26", "–", "78"]);
  });

  it("opens the customers behind a clicked bar, under a heading saying who they are", async () => {
    const user = await open();
    vi.mocked(ipc.customersBehind).mockResolvedValue(["id-a", "id-b"]);

    const broken = within(screen.getByTestId("chart-promises"))
      .getAllByTestId("bar-hit")
      .find(
        (hit) => hit.getAttribute("data-series") === "broken" && hit.getAttribute("data-month") === "2026-03",
      );
    expect(broken).toHaveAccessibleName("Broken, March 2026: 3");
    await user.click(broken!);

    expect(vi.mocked(ipc.customersBehind)).toHaveBeenCalledWith(
      { from: "2026-03", to: "2026-05" },
      { report: "promises", month: "2026-03", person: null, outcome: "broken" },
    );
    expect(app.route).toEqual({
      name: "customers",
      filter: { customer_ids: ["id-a", "id-b"] },
      heading: "Broken promises · March 2026",
    });
  });

  it("opens them with Enter on a focused bar too, for check-ins, drifting and new customers", async () => {
    const user = await open();
    const hits = (chart: string) => within(screen.getByTestId(`chart-${chart}`)).getAllByTestId("bar-hit");

    const missing = hits("check-ins").find((hit) => hit.getAttribute("data-series") === "missing")!;
    missing.focus();
    await user.keyboard("{Enter}");
    expect(vi.mocked(ipc.customersBehind)).toHaveBeenLastCalledWith(expect.anything(), {
      report: "check_ins",
      month: "2026-03",
      missing_only: true,
    });
    expect(app.route).toMatchObject({ heading: "Not checked in after a fix · March 2026" });

    hits("drifting")[2].focus();
    await user.keyboard("{Enter}");
    expect(vi.mocked(ipc.customersBehind)).toHaveBeenLastCalledWith(expect.anything(), {
      report: "drifting",
      month: "2026-05",
    });

    // No bar for a month with no new customers: nobody to open.
    expect(hits("new").map((hit) => hit.getAttribute("data-month"))).toEqual(["2026-03", "2026-05"]);
    await user.click(hits("new")[1]);
    expect(vi.mocked(ipc.customersBehind)).toHaveBeenLastCalledWith(expect.anything(), {
      report: "new_customers",
      month: "2026-05",
    });
    expect(app.route).toMatchObject({ heading: "New customers · May 2026" });
  });

  it("opens a person's promises from their row, and the upset customers waiting", async () => {
    const user = await open();
    const ana = screen.getAllByTestId("reports-person")[0];
    await user.click(within(ana).getByTestId("reports-person-kept_late"));
    expect(vi.mocked(ipc.customersBehind)).toHaveBeenLastCalledWith(expect.anything(), {
      report: "promises",
      month: null,
      person: "Ana",
      outcome: "kept_late",
    });
    expect(app.route).toMatchObject({ heading: "Promises kept late · Ana, March 2026 to May 2026" });
    expect(screen.getAllByTestId("reports-person")[1]).toHaveTextContent("Nobody named");

    const upset = screen.getByTestId("reports-upset");
    expect(upset).toHaveTextContent("7 customers whose last mood was upset have not been spoken to since.");
    expect(screen.getByTestId("reports-upset-person")).toHaveTextContent("Rosa Diaz upset since 3 May 2026");
    await user.click(screen.getByTestId("reports-upset-all"));
    expect(vi.mocked(ipc.customersBehind)).toHaveBeenLastCalledWith(expect.anything(), {
      report: "upset_waiting",
    });
    expect(app.route).toMatchObject({ heading: "Upset and waiting for a call back" });

    await user.click(within(upset).getByRole("button", { name: "Rosa Diaz" }));
    expect(app.route).toEqual({ name: "customer", id: "id-rosa" });
  });

  it("reads the figures again for another period, and for months chosen by hand", async () => {
    const user = await open();

    await user.selectOptions(screen.getByTestId("reports-period"), "last12");
    expect(vi.mocked(ipc.reports)).toHaveBeenLastCalledWith(periodFor("last12", new Date()));
    await user.selectOptions(screen.getByTestId("reports-period"), "year");
    expect(vi.mocked(ipc.reports)).toHaveBeenLastCalledWith({
      from: `${new Date().getFullYear()}-01`,
      to: yearMonth(new Date()),
    });

    await user.selectOptions(screen.getByTestId("reports-period"), "custom");
    const from = screen.getByTestId("reports-from");
    await user.clear(from);
    await user.type(from, "2025-11");
    const to = screen.getByTestId("reports-to");
    await user.clear(to);
    await user.type(to, "2025-02");
    await user.click(screen.getByTestId("reports-show"));
    expect(vi.mocked(ipc.reports)).toHaveBeenLastCalledWith({ from: "2025-02", to: "2025-11" });
  });

  it("says why the figures could not be read", async () => {
    vi.mocked(ipc.reports).mockRejectedValue(new KindlyError("storage", "The notebook could not be read."));
    render(ReportsScreen);
    expect(await screen.findByTestId("reports-load-error")).toHaveTextContent(
      "The notebook could not be read.",
    );
  });

  it("tells a refused or empty month beside its field, and clears what no longer holds", async () => {
    const user = userEvent.setup();
    render(ReportsScreen);
    await user.selectOptions(await screen.findByTestId("reports-period"), "custom");
    vi.mocked(ipc.reports).mockRejectedValueOnce(
      new KindlyError("invalid_input", "A report covers at most 36 months. Pick a shorter period.", "to"),
    );
    await user.click(screen.getByTestId("reports-show"));
    expect(await screen.findByTestId("error-to")).toHaveTextContent("A report covers at most 36 months.");
    expect(screen.getByTestId("reports-to")).toHaveAttribute("aria-invalid", "true");
    expect(screen.queryByTestId("reports-load-error")).toBeNull();

    const asked = vi.mocked(ipc.reports).mock.calls.length;
    await user.clear(screen.getByTestId("reports-from"));
    await user.click(screen.getByTestId("reports-show"));
    expect(await screen.findByTestId("error-from")).toHaveTextContent("Choose a month here.");
    expect(screen.queryByTestId("error-to")).toBeNull();
    expect(screen.getByTestId("reports-from")).toHaveFocus();
    expect(vi.mocked(ipc.reports).mock.calls.length).toBe(asked);
  });
});

describe("Report periods", () => {
  const day = new Date(2026, 1, 14);

  it("count back from this month, across the new year", () => {
    expect(periodFor("last3", day)).toEqual({ from: "2025-12", to: "2026-02" });
    expect(periodFor("last6", day)).toEqual({ from: "2025-09", to: "2026-02" });
    expect(periodFor("last12", day)).toEqual({ from: "2025-03", to: "2026-02" });
    expect(periodFor("year", day)).toEqual({ from: "2026-01", to: "2026-02" });
  });

  it("take months chosen by hand in order, and nothing until both are months", () => {
    expect(periodFor("custom", day, { from: "2026-05", to: "2025-12" })).toEqual({
      from: "2025-12",
      to: "2026-05",
    });
    expect(periodFor("custom", day, { from: "2026-05", to: "" })).toBeNull();
    expect(periodFor("custom", day, { from: "2026-13", to: "2026-01" })).toBeNull();
  });

  it("list every month of a period", () => {
    expect(monthsOf({ from: "2025-11", to: "2026-02" })).toEqual([
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
    ]);
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
  });

  it("give the value axis a round top and whole ticks", () => {
    expect(axisTicks(0)).toEqual([0, 1]);
    expect(axisTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(axisTicks(35)).toEqual([0, 10, 20, 30, 40]);
    expect(axisTicks(3600)).toEqual([0, 1000, 2000, 3000, 4000]);
  });

  it("draw a chart as many units wide as its card, so a half-width card keeps its words' size", () => {
    expect(drawnWidth(475)).toBe(475);
    expect(drawnWidth(0)).toBe(640);
    expect(drawnWidth(200)).toBe(320);
  });

  it("label every month when there is room, fewer in a narrow chart so no two labels touch", () => {
    const shown = (months: number, width: number) =>
      Array.from({ length: months }, (_, i) => i).filter((i) => labelled(i, months, width));
    expect(shown(12, 736)).toHaveLength(12);
    expect(shown(12, 475)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(shown(24, 736)).toHaveLength(12);
  });
});
