import type { Mood } from "../api/types";
import { t } from "../i18n/i18n.svelte";

/** From worst to best, as the buttons show them; each label in the chosen language. */
export const MOODS: ReadonlyArray<{ readonly value: Mood; readonly label: string }> = (
  ["upset", "worried", "neutral", "pleased", "delighted"] as const
).map((value) => ({
  value,
  get label(): string {
    return t(`forms-mood-${value}`);
  },
}));

export function moodLabel(mood: Mood): string {
  return MOODS.find((m) => m.value === mood)?.label ?? mood;
}
