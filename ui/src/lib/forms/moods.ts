import type { Mood } from "../api/types";

/** From worst to best, as the buttons show them. */
export const MOODS: ReadonlyArray<{ value: Mood; label: string }> = [
  { value: "upset", label: "Upset" },
  { value: "worried", label: "Worried" },
  { value: "neutral", label: "Neutral" },
  { value: "pleased", label: "Pleased" },
  { value: "delighted", label: "Delighted" },
];

export function moodLabel(mood: Mood): string {
  return MOODS.find((m) => m.value === mood)?.label ?? mood;
}
