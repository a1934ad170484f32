/** Reading the staff list: who is at the desk, and the names offered in every "who" field. */
import type { StaffRoster } from "../api/types";

/** The name of the person at the desk (on a team notebook, whoever signed in), or "" when nobody is chosen. */
export function atDeskName(roster: StaffRoster): string {
  if (roster.signed_in) return roster.signed_in;
  return roster.staff.find((s) => s.id === roster.at_desk)?.name ?? "";
}

export function staffNames(roster: StaffRoster): string[] {
  return roster.staff.map((s) => s.name);
}

/** "Ana Lopez" → "AL", "Kathy" → "K": offered when initials are left empty. */
export function suggestInitials(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 3)
    .map((part) => part[0].toUpperCase())
    .join("");
}
