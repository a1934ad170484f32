/**
 * Kindly's words in the chosen language. Messages live in Fluent catalogues,
 * `locales/<language>/<domain>.ftl` at the repository's root, shared with the
 * Rust side. English is built in (the fallback for a message a translation
 * lacks: never the message's id); only the active language's files are
 * fetched besides.
 * `t` reads a reactive version, so every component showing words redraws as
 * soon as `setLanguage` has loaded a new language: no restart.
 */
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { setLanguage as tellTheApp } from "../api/ipc";
import { isLanguage, LANGUAGE_KEY, languageFrom, localeFor, type Language } from "./languages";

// English is in the app's own script: it is the fallback for every other
// language, and an English start then waits for no file (a fetch before the
// first screen cost a cold start about 0.03 s, `make bench-app`). The other
// languages are not eager: each file is its own chunk, fetched only when its
// language is chosen. The Rust side's own words (`locales/<language>/rust/`,
// crates/kindly-words) are not the window's to fetch.
const englishFiles = import.meta.glob<string>("../../../../locales/en/*.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
});
const files = import.meta.glob<string>(["../../../../locales/*/*.ftl", "!../../../../locales/en/*.ftl"], {
  query: "?raw",
  import: "default",
});

class Words {
  /** Bumped when a language's words are in place; `t` reads it so callers redraw. */
  version = $state(0);
  language = $state<Language>("en");
  /** The BCP 47 locale dates and numbers follow ("fr-FR", "en-US"). */
  locale = $state("en-GB");
}

export const words = new Words();

let active: Catalogue | null = null;
let english: Catalogue | null = null;
/** The latest `setLanguage` call, so a slow load never replaces a newer choice. */
let asked = 0;

function computerLanguages(): readonly string[] {
  if (typeof navigator === "undefined") return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/** One language's files as `[domain, text]` ("lookup" for lookup.ftl), in a fixed order (English's at once). */
async function filesOf(language: Language): Promise<[string, string][]> {
  const named = (paths: string[], texts: string[]): [string, string][] =>
    paths.map((path, i) => [path.slice(path.lastIndexOf("/") + 1, -".ftl".length), texts[i]]);
  if (language === "en") {
    const paths = Object.keys(englishFiles).sort();
    return named(
      paths,
      paths.map((path) => englishFiles[path]),
    );
  }
  const paths = Object.keys(files)
    .filter((path) => path.includes(`/locales/${language}/`))
    .sort();
  return named(paths, await Promise.all(paths.map((path) => files[path]())));
}

/** Where the message `id` starts in `text` (a catalogue file: a line `id =`), or -1. */
function entryStart(text: string, id: string): number {
  for (let at = text.indexOf(id); at !== -1; at = text.indexOf(id, at + 1)) {
    if (
      (at === 0 || text[at - 1] === "\n") &&
      /^[ \t]*=/.test(text.slice(at + id.length, at + id.length + 4))
    ) {
      return at;
    }
  }
  return -1;
}

/**
 * The text of the entry starting at `at`: its lines up to the next one that starts another entry or a comment
 * (a letter, `-` or `#` at the line's start; a select's closing `}` may sit there too and belongs to it).
 */
function entryAt(text: string, at: number): string {
  const next = /\n(?=[a-zA-Z#-])/g;
  next.lastIndex = at;
  const end = next.exec(text)?.index ?? text.length;
  return text.slice(at, end + 1);
}

/**
 * One language's words. A message is parsed the first time it is asked
 * for, on its own: a start parses the hundred or so messages its first
 * screen says, not the files they sit in (parsing all of English cost a
 * cold WebKit about as much as the first screen's own script; the first
 * screen's eight files, a few milliseconds). Nearly every message starts
 * with its file's name ("lookup-…" lives in lookup.ftl), so that file is
 * searched first, then the others.
 */
export class Catalogue {
  private readonly bundle: FluentBundle;
  /** Each file's name ("lookup") and text. */
  private readonly files: readonly { domain: string; text: string }[];
  /** Messages asked for that no file has (a defect the catalogue test catches): not searched for again. */
  private readonly missing = new Set<string>();

  constructor(language: string, locale: string, files: readonly (readonly [string, string])[]) {
    // No isolation marks around placeables: the words are shown as plain text in left-to-right languages.
    this.bundle = new FluentBundle([locale, language], { useIsolating: false });
    this.files = files.map(([domain, text]) => ({ domain, text }));
  }

  /** The message `id`, parsed first if it is not yet. */
  getMessage(id: string): ReturnType<FluentBundle["getMessage"]> {
    const parsed = this.bundle.getMessage(id);
    if (parsed || this.missing.has(id)) return parsed;
    const own = this.files.find((file) => id.startsWith(`${file.domain}-`));
    for (const file of own ? [own, ...this.files] : this.files) {
      const at = entryStart(file.text, id);
      if (at !== -1) return this.parse(entryAt(file.text, at), id);
    }
    this.missing.add(id);
    return undefined;
  }

  formatPattern(...args: Parameters<FluentBundle["formatPattern"]>): string {
    return this.bundle.formatPattern(...args);
  }

  private parse(entry: string, id: string): ReturnType<FluentBundle["getMessage"]> {
    const errors = this.bundle.addResource(new FluentResource(entry));
    if (errors.length > 0) console.error("Kindly: words", errors);
    return this.bundle.getMessage(id);
  }
}

async function load(language: Language, locale: string): Promise<Catalogue> {
  return new Catalogue(language, locale, await filesOf(language));
}

/**
 * Loads `language`'s words and shows them at once; keeps the choice on this
 * computer unless `keep` is false, and tells the shell (for the words Rust
 * says) unless `tell` is false. Resolves when the words are in place.
 */
export async function setLanguage(language: Language, keep = true, tell = true): Promise<void> {
  const mine = ++asked;
  const locale = localeFor(language, computerLanguages());
  const needEnglish = language !== "en" && english === null;
  const [bundle, fallback] = await Promise.all([
    load(language, locale),
    needEnglish ? load("en", "en-GB") : Promise.resolve(null),
  ]);
  if (mine !== asked) return;
  if (language === "en") english = bundle;
  else if (fallback) english = fallback;
  active = bundle;
  words.language = language;
  words.locale = locale;
  words.version += 1;
  if (typeof document !== "undefined") document.documentElement.lang = locale;
  // The words outside the window (the tray's menu) follow; the window does not wait for them.
  if (tell) {
    void Promise.resolve()
      .then(() => tellTheApp(language))
      .catch(() => {});
  }
  if (keep) {
    try {
      localStorage.setItem(LANGUAGE_KEY, language);
    } catch {
      // Storage refused (full or disabled): the choice holds until Kindly closes.
    }
  }
}

/**
 * At start, before the first screen: the language chosen on this computer,
 * or the first time the computer's own language when Kindly speaks it.
 * Never rejects: the window opens whatever happens to the words' files.
 */
export async function startLanguage(): Promise<void> {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(LANGUAGE_KEY);
  } catch {
    // No storage: follow the computer.
  }
  const language = isLanguage(stored) ? stored : languageFrom(computerLanguages());
  // The shell hears the language with the window's first question (`windowStart`), not in a request of its own.
  try {
    await setLanguage(language, false, false);
  } catch (reason) {
    // Its files would not load: English, so the window still opens with words.
    console.error(`Kindly: ${language} words would not load`, reason);
    if (language !== "en") await setLanguage("en", false, false).catch(() => {});
  }
}

/**
 * The message `id` from the first bundle that has it, as plain text; null
 * when none has it. The active language first, then English.
 */
export function firstWords(
  bundles: readonly (Pick<FluentBundle, "getMessage" | "formatPattern"> | null)[],
  id: string,
  args?: Record<string, FluentVariable>,
): string | null {
  for (const bundle of bundles) {
    const message = bundle?.getMessage(id);
    if (bundle && message?.value) {
      // Collected, not thrown: a variable the caller did not give shows the message's default words.
      const errors: Error[] = [];
      const text = bundle.formatPattern(message.value, args, errors);
      if (errors.length > 0) console.error(`Kindly: words for "${id}"`, errors);
      return text;
    }
  }
  return null;
}

/**
 * The message `id` in the active language, as plain text (shown as text,
 * never as HTML); English when the language lacks it. A message missing
 * from English too is a defect the catalogue test catches: it shows empty,
 * never as its id.
 */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  void words.version;
  const text = firstWords([active, english], id, args);
  if (text === null) {
    console.error(`Kindly: no words for "${id}"`);
    return "";
  }
  return text;
}
