import { render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "../../App.svelte";
import * as ipc from "../api/ipc";
import { KindlyError } from "../api/errors";
import type { StayInTouch } from "../api/types";
import { resetIpc } from "../../test/ipcMock";
import { customer, page } from "../../test/fixtures";
import { app, resetApp } from "../shell/app.svelte";
import { emptyDraft, touchDraft, touchFromDraft } from "./draft";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

async function newForm() {
  const user = userEvent.setup();
  render(App);
  await screen.findByTestId("app-ready");
  await user.click(screen.getByTestId("nav-new-customer"));
  await user.type(await screen.findByTestId("field-full_name"), "Rose Tyler");
  return user;
}

async function editForm(rhythm: StayInTouch | null) {
  const rose = customer({ id: "id-rose", full_name: "Rose Tyler", stay_in_touch: rhythm });
  vi.mocked(ipc.customerPage).mockResolvedValue(page({ customer: rose }));
  vi.mocked(ipc.updateCustomer).mockImplementation(async (id, _version, input) => ({
    ...rose,
    ...input,
    id,
    phones: [],
    stay_in_touch: input.stay_in_touch ?? null,
  }));
  const user = userEvent.setup();
  app.route = { name: "customer", id: "id-rose" };
  render(App);
  await user.click(await screen.findByTestId("edit-customer"));
  return user;
}

describe("Stay in touch on the customer form", () => {
  beforeEach(() => {
    resetIpc();
    resetApp();
    vi.mocked(ipc.createCustomer).mockImplementation(async (input) =>
      customer({ id: "id-new", full_name: input.full_name, stay_in_touch: input.stay_in_touch ?? null }),
    );
  });

  it("is off for a new customer, and sends no rhythm", async () => {
    const user = await newForm();

    expect(screen.getByTestId("touch-enabled")).not.toBeChecked();
    expect(screen.queryByTestId("touch-ideal-weeks")).not.toBeInTheDocument();
    await user.click(screen.getByTestId("save-customer"));

    expect(vi.mocked(ipc.createCustomer)).toHaveBeenCalledTimes(1);
    expect(vi.mocked(ipc.createCustomer).mock.calls[0][0].stay_in_touch ?? null).toBeNull();
  });

  it("offers 6 and 10 weeks when ticked, and sends the gaps in days", async () => {
    const user = await newForm();

    await user.click(screen.getByTestId("touch-enabled"));
    expect(screen.getByTestId("touch-ideal-weeks")).toHaveValue("6");
    expect(screen.getByTestId("touch-longest-weeks")).toHaveValue("10");
    await user.clear(screen.getByTestId("touch-ideal-weeks"));
    await user.type(screen.getByTestId("touch-ideal-weeks"), "4");
    await user.click(screen.getByTestId("save-customer"));

    expect(vi.mocked(ipc.createCustomer)).toHaveBeenCalledWith(
      expect.objectContaining({ stay_in_touch: { ideal_days: 28, longest_days: 70 } }),
    );
  });

  it("says beside the group when the weeks are not whole numbers, and sends nothing", async () => {
    const user = await newForm();

    await user.click(screen.getByTestId("touch-enabled"));
    await user.clear(screen.getByTestId("touch-longest-weeks"));
    await user.type(screen.getByTestId("touch-longest-weeks"), "ten");
    await user.click(screen.getByTestId("save-customer"));

    expect(await screen.findByTestId("error-stay_in_touch")).toHaveTextContent("whole weeks");
    expect(screen.getByTestId("touch-ideal-weeks")).toHaveFocus();
    expect(vi.mocked(ipc.createCustomer)).not.toHaveBeenCalled();
  });

  it("shows the notebook's refusal beside the group", async () => {
    vi.mocked(ipc.createCustomer).mockRejectedValue(
      new KindlyError("invalid_input", "A gap can be at most five years.", "stay_in_touch"),
    );
    const user = await newForm();

    await user.click(screen.getByTestId("touch-enabled"));
    await user.clear(screen.getByTestId("touch-longest-weeks"));
    await user.type(screen.getByTestId("touch-longest-weeks"), "999");
    await user.click(screen.getByTestId("save-customer"));

    expect(await screen.findByTestId("error-stay_in_touch")).toHaveTextContent("at most five years");
    expect(screen.queryByTestId("form-error")).not.toBeInTheDocument();
    expect(app.route.name).toBe("new");
  });

  it("shows a stored rhythm in weeks, and keeps its exact days when the weeks are left alone", async () => {
    const user = await editForm({ ideal_days: 45, longest_days: 70 });

    expect(screen.getByTestId("touch-enabled")).toBeChecked();
    expect(screen.getByTestId("touch-ideal-weeks")).toHaveValue("6");
    expect(screen.getByTestId("touch-longest-weeks")).toHaveValue("10");
    await user.click(screen.getByTestId("save-customer"));

    expect(vi.mocked(ipc.updateCustomer)).toHaveBeenCalledWith(
      "id-rose",
      3,
      expect.objectContaining({ stay_in_touch: { ideal_days: 45, longest_days: 70 } }),
    );
  });

  it("turns a rhythm off when unticked", async () => {
    const user = await editForm({ ideal_days: 42, longest_days: 70 });

    await user.click(screen.getByTestId("touch-enabled"));
    expect(screen.queryByTestId("touch-ideal-weeks")).not.toBeInTheDocument();
    await user.click(screen.getByTestId("save-customer"));

    await waitFor(() => expect(vi.mocked(ipc.updateCustomer)).toHaveBeenCalledTimes(1));
    expect(vi.mocked(ipc.updateCustomer).mock.calls[0][2].stay_in_touch ?? null).toBeNull();
  });
});

describe("touchFromDraft", () => {
  it("reads weeks as days, refuses a longest gap shorter than the ideal one, and sends none when off", () => {
    expect(touchFromDraft(emptyDraft().touch)).toBeNull();
    expect(touchFromDraft({ ...touchDraft(null), enabled: true })).toEqual({
      ideal_days: 42,
      longest_days: 70,
    });
    expect(
      touchFromDraft({ ...touchDraft(null), enabled: true, ideal_weeks: "8", longest_weeks: "4" }),
    ).toEqual({
      field: "stay_in_touch",
      message: expect.stringContaining("cannot be shorter"),
    });
    const kept = touchDraft({ ideal_days: 45, longest_days: 70 });
    expect(touchFromDraft({ ...kept, ideal_weeks: "7" })).toEqual({ ideal_days: 49, longest_days: 70 });
  });
});
