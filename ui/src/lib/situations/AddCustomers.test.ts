import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import { resetIpc } from "../../test/ipcMock";
import { situation, summary } from "../../test/fixtures";
import { resetApp } from "../shell/app.svelte";
import AddCustomers from "./AddCustomers.svelte";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

function renderPart() {
  render(AddCustomers, { situation: situation(), onchanged: vi.fn(async () => {}) });
  return { user: userEvent.setup(), box: screen.getByTestId("pick-search") };
}

describe("Picking affected customers from a list", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
  });

  it("lists who matches, and says so when nobody does", async () => {
    vi.mocked(ipc.searchCustomers).mockImplementation(async (q) =>
      q.startsWith("ros") ? [summary({ id: "id-rosa", full_name: "Rosa Diaz" })] : [],
    );
    const { user, box } = renderPart();

    await user.type(box, "ros");
    expect(await screen.findByTestId("pick-result")).toHaveTextContent("Rosa Diaz");

    await user.clear(box);
    await user.type(box, "zz");
    expect(await screen.findByTestId("pick-none")).toHaveTextContent("Nobody matches “zz”.");
    expect(screen.queryByTestId("pick-result")).not.toBeInTheDocument();
  });

  it("shows why the search failed beside the box, rather than an empty list", async () => {
    vi.mocked(ipc.searchCustomers).mockRejectedValue(
      new KindlyError("storage", "Kindly could not read the notebook. Please try again."),
    );
    const { user, box } = renderPart();

    await user.type(box, "ros");

    expect(await screen.findByTestId("error-pick-search")).toHaveTextContent(
      "Kindly could not read the notebook. Please try again.",
    );
    expect(screen.queryByTestId("pick-none")).not.toBeInTheDocument();
    expect(box).toHaveAttribute("aria-describedby", "error-pick-search");
  });
});
