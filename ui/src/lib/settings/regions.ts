import { words } from "../i18n/i18n.svelte";
import { REGION_NAMES_EN } from "./regionNames";

/**
 * Countries offered for phone numbers: ISO 3166-1 alpha-2 codes, named in the
 * chosen language by the browser's Intl.DisplayNames, or in English from
 * REGION_NAMES_EN where the webview cannot name them (WebKitGTK may return the
 * bare code).
 *
 * Left out on purpose: places with no phone numbering of their own, which the
 * core refuses (AQ Antarctica, BV Bouvet Island, GS South Georgia, HM Heard
 * and McDonald Islands, PN Pitcairn, TF French Southern Territories,
 * UM U.S. Outlying Islands).
 */
// prettier-ignore
export const PHONE_REGIONS: readonly string[] = [
  "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
  "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR",
  "BS", "BT", "BW", "BY", "BZ",
  "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CR", "CU", "CV",
  "CW", "CX", "CY", "CZ",
  "DE", "DJ", "DK", "DM", "DO", "DZ",
  "EC", "EE", "EG", "EH", "ER", "ES", "ET",
  "FI", "FJ", "FK", "FM", "FO", "FR",
  "GA", "GB", "GD", "GE", "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GT",
  "GU", "GW", "GY",
  "HK", "HN", "HR", "HT", "HU",
  "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT",
  "JE", "JM", "JO", "JP",
  "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ",
  "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY",
  "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MQ", "MR",
  "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ",
  "NA", "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ",
  "OM",
  "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM", "PR", "PS", "PT", "PW", "PY",
  "QA",
  "RE", "RO", "RS", "RU", "RW",
  "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR",
  "SS", "ST", "SV", "SX", "SY", "SZ",
  "TC", "TD", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW", "TZ",
  "UA", "UG", "US", "UY", "UZ",
  "VA", "VC", "VE", "VG", "VI", "VN", "VU",
  "WF", "WS",
  "YE", "YT",
  "ZA", "ZM", "ZW",
];

export interface RegionOption {
  code: string;
  name: string;
}

/**
 * The chosen language for country names, with English as the fallback. Read
 * from `words`, so a list derived from it is named afresh when the language changes.
 */
function displayLocales(): string[] {
  return [words.locale, "en"];
}

/** The built-in English name for a code, or the code itself when there is none. */
function fallbackName(code: string): string {
  return REGION_NAMES_EN[code] ?? code;
}

/**
 * A namer for region codes. Uses Intl.DisplayNames, but falls back to the
 * built-in English names when Intl is missing, throws, or gives back no real
 * name (an empty string or the code itself, as WebKitGTK does).
 */
function regionNamer(locales: string[]): (code: string) => string {
  let names: Intl.DisplayNames;
  try {
    names = new Intl.DisplayNames(locales, { type: "region" });
  } catch {
    return fallbackName;
  }
  return (code) => {
    try {
      const name = names.of(code)?.trim();
      return name && name.toUpperCase() !== code.toUpperCase() ? name : fallbackName(code);
    } catch {
      return fallbackName(code);
    }
  };
}

/**
 * Every offered country as {code, name}, sorted by name in the user's language.
 * `current` is included even when it is not in the list, so the saved choice
 * always shows as selected.
 */
export function regionOptions(current = "", locales: string[] = displayLocales()): RegionOption[] {
  const nameOf = regionNamer(locales);
  const codes = new Set(PHONE_REGIONS);
  if (current) codes.add(current.toUpperCase());
  const compare = nameComparer(locales);
  return [...codes]
    .map((code) => ({ code, name: nameOf(code) }))
    .sort((a, b) => compare(a.name, b.name) || a.code.localeCompare(b.code));
}

/** One country as {code, name}, named as `regionOptions` names it, without naming and sorting the rest. */
export function regionOption(code: string, locales: string[] = displayLocales()): RegionOption {
  const upper = code.toUpperCase();
  return { code: upper, name: regionNamer(locales)(upper) };
}

/** Compares names in the user's language, then in English, then by plain string order. */
function nameComparer(locales: string[]): (a: string, b: string) => number {
  for (const attempt of [locales, ["en"]]) {
    try {
      return new Intl.Collator(attempt).compare;
    } catch {
      // try the next
    }
  }
  return (a, b) => a.localeCompare(b);
}
