import { render, screen, waitFor } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import App from "../../App.svelte";
import * as ipc from "../api/ipc";
import { resetIpc } from "../../test/ipcMock";
import { deferred } from "../../test/fixtures";
import { resetApp } from "./app.svelte";
import { resetLocking } from "../privacy/locking";
import { STILL_OPENING_AFTER_MS } from "./StillOpening.svelte";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));
vi.mock("../api/events", () => ({ listenToShell: () => () => {} }));

type Start = Awaited<ReturnType<typeof ipc.windowStart>>;

describe("A start that takes long", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    resetLocking();
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it("says the notebook is opening while the shell is still opening it, and goes when it is open", async () => {
    const real = vi.mocked(ipc.windowStart).getMockImplementation();
    const answer = deferred<Start>();
    vi.mocked(ipc.windowStart).mockReturnValueOnce(answer.promise);
    render(App);

    // A normal start is done well before: nothing flashes.
    await vi.advanceTimersByTimeAsync(STILL_OPENING_AFTER_MS / 2);
    expect(screen.queryByText("Opening your notebook…")).not.toBeInTheDocument();

    await vi.advanceTimersByTimeAsync(STILL_OPENING_AFTER_MS);
    expect(screen.getByRole("status")).toHaveTextContent("Opening your notebook…");
    expect(screen.queryByTestId("app-ready")).not.toBeInTheDocument();

    answer.resolve(await real!("en"));
    await waitFor(() => expect(screen.getByTestId("app-ready")).toBeInTheDocument());
    expect(screen.queryByText("Opening your notebook…")).not.toBeInTheDocument();
  });
});
