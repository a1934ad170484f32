/**
 * The catalogues in `locales/<language>/<domain>.ftl` (and the Rust side's,
 * `locales/<language>/rust/<domain>.ftl`) stay whole and in step:
 * every file parses, every language has every message English has (and no
 * message English lacks), and each message uses the same variables in every
 * language, so a translation can neither drop a name nor ask for one the
 * code never gives.
 */
import { describe, expect, it } from "vitest";
import { FluentParser, Junk, Message, type Resource } from "@fluent/syntax";
import { LANGUAGES } from "./languages";

const files = import.meta.glob<string>(["../../../../locales/*/*.ftl", "../../../../locales/*/rust/*.ftl"], {
  query: "?raw",
  import: "default",
  eager: true,
});

interface Parsed {
  /** "fr/today.ftl" */
  name: string;
  resource: Resource;
}

const parser = new FluentParser({ withSpans: false });
const parsed: Parsed[] = Object.entries(files).map(([path, text]) => ({
  name: path.slice(path.indexOf("/locales/") + "/locales/".length),
  resource: parser.parse(text),
}));

function fileOf(language: string, domain: string): Parsed | undefined {
  return parsed.find((file) => file.name === `${language}/${domain}`);
}

/** Every `$name` a node uses, however deep (selectors, variants, placeables). */
function variables(node: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(node)) {
    for (const child of node) variables(child, found);
  } else if (node && typeof node === "object") {
    const record = node as Record<string, unknown>;
    if (record.type === "VariableReference") {
      found.add((record.id as { name: string }).name);
    }
    for (const [key, value] of Object.entries(record)) {
      if (key !== "comment") variables(value, found);
    }
  }
  return found;
}

function messages(file: Parsed | undefined): Map<string, Message> {
  const map = new Map<string, Message>();
  for (const entry of file?.resource.body ?? []) {
    if (entry instanceof Message) map.set(entry.id.name, entry);
  }
  return map;
}

const englishFiles = parsed.filter((file) => file.name.startsWith("en/")).map((file) => file.name.slice(3));
const others = LANGUAGES.map((language) => language.value).filter((language) => language !== "en");

describe("the words' catalogues", () => {
  it("are there, one folder per language with files", () => {
    expect(englishFiles.length).toBeGreaterThan(0);
    for (const language of others) {
      expect(
        parsed.some((file) => file.name.startsWith(`${language}/`)),
        language,
      ).toBe(true);
    }
  });

  it.each(parsed.map((file) => [file.name, file] as const))("%s parses", (_, file) => {
    const junk = file.resource.body.filter((entry) => entry instanceof Junk);
    expect(
      junk.map((entry) => `${entry.annotations.map((a) => a.message).join("; ")}: ${entry.content}`),
    ).toEqual([]);
    for (const message of messages(file).values()) {
      expect(message.value, `${file.name}: ${message.id.name} has no text`).not.toBeNull();
    }
  });

  describe.each(others)("%s", (language) => {
    it.each(englishFiles)("has every message of English %s, with the same variables", (domain) => {
      const english = messages(fileOf("en", domain));
      const translated = messages(fileOf(language, domain));
      const missing = [...english.keys()].filter((id) => !translated.has(id));
      const extra = [...translated.keys()].filter((id) => !english.has(id));
      expect(missing, `${language}/${domain} lacks`).toEqual([]);
      expect(extra, `${language}/${domain} has messages English lacks`).toEqual([]);
      for (const [id, message] of english) {
        const other = translated.get(id);
        if (!other) continue;
        expect([...variables(other)].sort(), `${language}/${domain}: ${id}`).toEqual(
          [...variables(message)].sort(),
        );
      }
    });

    it("has no file English lacks", () => {
      const own = parsed
        .filter((file) => file.name.startsWith(`${language}/`))
        .map((file) => file.name.slice(3));
      expect(own.filter((domain) => !englishFiles.includes(domain))).toEqual([]);
    });
  });
});
