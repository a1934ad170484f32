import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { resetIpc } from "../../test/ipcMock";
import { roster } from "../../test/fixtures";
import { app, resetApp } from "../shell/app.svelte";
import FollowUpForm from "../followups/FollowUpForm.svelte";
import PromiseForm from "./PromiseForm.svelte";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

describe("Empty date and time boxes never look filled in", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    app.roster = roster(true);
    localStorage.clear();
  });

  it("a new promise's 'By when' says no day is chosen, until one is", async () => {
    const user = userEvent.setup();
    render(PromiseForm, { customerId: "id-rosa", issues: [], onsaved: vi.fn(), oncancel: vi.fn() });

    const due = screen.getByTestId("promise-due");
    expect(due).toHaveValue("");
    expect(due).toHaveClass("blank");
    expect(screen.getByTestId("promise-due-blank")).toHaveTextContent("No day chosen yet");
    expect(due).toHaveAccessibleDescription(expect.stringContaining("No day chosen yet"));

    await user.click(screen.getByTestId("promise-due-tomorrow"));
    expect(due).not.toHaveValue("");
    expect(due).not.toHaveClass("blank");
    expect(screen.queryByTestId("promise-due-blank")).not.toBeInTheDocument();
  });

  it("a new follow-up's time says 'Any time' while it is empty", async () => {
    const user = userEvent.setup();
    render(FollowUpForm, {
      customerId: "id-rosa",
      issues: [],
      promises: [],
      onsaved: vi.fn(),
      oncancel: vi.fn(),
    });

    const time = screen.getByTestId("follow-up-time");
    expect(time).toHaveValue("");
    expect(time).toHaveClass("blank");
    expect(screen.getByTestId("follow-up-time-blank")).toHaveTextContent("Any time");

    await user.type(time, "14:30");
    expect(time).toHaveValue("14:30");
    expect(screen.queryByTestId("follow-up-time-blank")).not.toBeInTheDocument();
  });
});
