/** Both new screens, checked by axe as they are drawn (contrast is the palette test's: jsdom has no layout). */
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { beforeEach, describe, expect, it, vi } from "vitest";
import ReportsScreen from "./ReportsScreen.svelte";
import TagsScreen from "../tags/TagsScreen.svelte";
import * as ipc from "../api/ipc";
import { resetIpc } from "../../test/ipcMock";
import { resetApp } from "../shell/app.svelte";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

// axe measures icon fonts on a canvas, which jsdom has not: it then does without.
HTMLCanvasElement.prototype.getContext = () => null;

async function problems(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe("Reports and Tags, to axe", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
  });

  it("finds nothing on Reports, its tables shown", async () => {
    const months = ["2026-04", "2026-05"];
    vi.mocked(ipc.reports).mockResolvedValue({
      period: { from: "2026-04", to: "2026-05" },
      promises_by_month: months.map((month) => ({
        month,
        person: "",
        kept_on_time: 3,
        kept_late: 1,
        broken: 2,
      })),
      promises_by_person: [{ month: "", person: "Ana", kept_on_time: 6, kept_late: 2, broken: 0 }],
      check_ins: months.map((month) => ({ month, resolved: 3, checked_in: 1 })),
      resolution: months.map((month) => ({ month, resolved: 3, median_hours: 30, reopened: 1 })),
      drifting: months.map((month) => ({ month, count: 4 })),
      new_customers: months.map((month) => ({ month, count: 2 })),
      upset_waiting: [{ customer_id: "id-rosa", customer_name: "Rosa Diaz", since: 0 }],
      upset_waiting_count: 1,
    });
    const user = userEvent.setup();
    render(ReportsScreen);
    await screen.findByTestId("chart-promises");
    await user.click(screen.getByTestId("chart-promises-toggle"));
    expect(await problems()).toEqual([]);
  });

  it("finds nothing on Tags, a rename open", async () => {
    vi.mocked(ipc.tagCounts).mockResolvedValue([
      { tag: "wedding", customers: 12 },
      { tag: "VIP", customers: 3 },
    ]);
    const user = userEvent.setup();
    render(TagsScreen);
    await screen.findByTestId("tags-table");
    expect(await problems()).toEqual([]);
    await user.click(screen.getAllByTestId("tag-rename")[0]);
    expect(await problems()).toEqual([]);
  });
});
