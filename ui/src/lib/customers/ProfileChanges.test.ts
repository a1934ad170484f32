import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import ProfileChanges from "./ProfileChanges.svelte";
import * as ipc from "../api/ipc";
import { resetIpc } from "../../test/ipcMock";
import { customerChange } from "../../test/fixtures";
import { changeText, fieldLabel, FIELD_LABELS } from "./changeWords";

vi.mock("../api/ipc", () => import("../../test/ipcMock"));

describe("Changes to this profile", () => {
  beforeEach(() => {
    resetIpc();
  });

  it("stays closed, reading nothing, until asked; then says who, when and what changed", async () => {
    vi.mocked(ipc.customerChanges).mockResolvedValue({ items: [customerChange()], next: null });
    render(ProfileChanges, { props: { customerId: "id-rosie" } });

    const toggle = screen.getByRole("button", { name: /Changes to this profile/ });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(ipc.customerChanges).not.toHaveBeenCalled();

    toggle.focus();
    await userEvent.keyboard("{Enter}");
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    const entry = await screen.findByTestId("profile-change");
    expect(ipc.customerChanges).toHaveBeenCalledWith("id-rosie", null, 20);
    expect(entry).toHaveTextContent("Ben Ortiz · 2 minutes ago");
    expect(within(entry).getByTestId("profile-change-what")).toHaveTextContent(
      "Best time to reach them: weekday mornings → evenings",
    );
  });

  it("reads empty sides and events as words, and user text as text", async () => {
    vi.mocked(ipc.customerChanges).mockResolvedValue({
      items: [
        customerChange({ seq: 5, field: "dont", before: "", after: "<b>no calls after 6pm</b>" }),
        customerChange({ seq: 4, field: "pronouns", before: "she/her", after: "" }),
        customerChange({ seq: 3, field: "trash", before: "", after: "moved to Trash" }),
        customerChange({ seq: 2, field: "created", before: "", after: "Rose Tanaka", changed_by: "" }),
      ],
      next: null,
    });
    render(ProfileChanges, { props: { customerId: "id-rosie" } });
    await userEvent.click(screen.getByTestId("profile-changes-toggle"));

    const lines = (await screen.findAllByTestId("profile-change-what")).map((e) => e.textContent?.trim());
    expect(lines).toEqual([
      "Please don’t added: <b>no calls after 6pm</b>",
      "Pronouns removed: she/her",
      "Moved to Trash",
      "Added to the notebook as: Rose Tanaka",
    ]);
    expect(document.querySelector("b")).toBeNull();
    expect(screen.getAllByTestId("profile-change-who").map((e) => e.textContent)).toEqual([
      "Ben Ortiz",
      "Ben Ortiz",
      "Ben Ortiz",
      "Someone",
    ]);
  });

  it("shortens long text and shows all of it on request", async () => {
    const long = `Deaf in the left ear: speak on her right. ${"Her sister Jun also comes in. ".repeat(5)}`;
    vi.mocked(ipc.customerChanges).mockResolvedValue({
      items: [customerChange({ field: "notes", before: "", after: long })],
      next: null,
    });
    render(ProfileChanges, { props: { customerId: "id-rosie" } });
    await userEvent.click(screen.getByTestId("profile-changes-toggle"));

    const what = await screen.findByTestId("profile-change-what");
    expect(what.textContent).toMatch(/…$/);
    expect(what.textContent!.length).toBeLessThan(long.length);
    await userEvent.click(screen.getByRole("button", { name: "Show all of it" }));
    expect(what).toHaveTextContent(long.trim());
  });

  it("reads older changes on request, after the last one shown, and moves focus to them", async () => {
    const cursor = { at: 1000, seq: 7 };
    vi.mocked(ipc.customerChanges)
      .mockResolvedValueOnce({ items: [customerChange({ seq: 8 })], next: cursor })
      .mockResolvedValueOnce({
        items: [customerChange({ seq: 7, field: "company", before: "", after: "Bloom" })],
        next: null,
      });
    render(ProfileChanges, { props: { customerId: "id-rosie" } });
    await userEvent.click(screen.getByTestId("profile-changes-toggle"));
    await userEvent.click(await screen.findByTestId("profile-changes-older"));

    const entries = await screen.findAllByTestId("profile-change");
    expect(entries).toHaveLength(2);
    expect(ipc.customerChanges).toHaveBeenLastCalledWith("id-rosie", cursor, 20);
    expect(entries[1]).toHaveFocus();
    expect(screen.queryByTestId("profile-changes-older")).toBeNull();
  });

  it("says so when nothing is recorded", async () => {
    render(ProfileChanges, { props: { customerId: "id-rosie" } });
    await userEvent.click(screen.getByTestId("profile-changes-toggle"));
    expect(await screen.findByTestId("profile-changes-empty")).toHaveTextContent("No changes recorded yet.");
  });
});

describe("field labels", () => {
  it("name every field the core records with the form's label", () => {
    expect(FIELD_LABELS.best_time).toBe("Best time to reach them");
    expect(fieldLabel("dont")).toBe("Please don’t");
    expect(fieldLabel("shoe_size")).toBe("Shoe size");
  });

  it("make one line of a change", () => {
    expect(changeText(customerChange())).toBe("Best time to reach them: weekday mornings → evenings");
    expect(changeText(customerChange({ field: "tags", before: "vip", after: "" }))).toBe(
      "Tags removed (was vip)",
    );
  });
});
