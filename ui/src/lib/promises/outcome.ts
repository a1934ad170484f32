import type { PromiseState } from "../api/types";
import { t } from "../i18n/i18n.svelte";

/** What can happen to an open promise. */
export type Outcome = "kept" | "broken" | "renegotiated";

/** What the page says after a promise is settled, in the chosen language; one still open has a new date. */
export const SETTLED_NOTICE: Readonly<Record<PromiseState, string>> = {
  get kept() {
    return t("promises-settled-kept");
  },
  get broken() {
    return t("promises-settled-broken");
  },
  get open() {
    return t("promises-settled-open");
  },
};
