/**
 * `make()`'s value, made on first use and kept. For costly objects that
 * module code would otherwise build while the first screen waits: an Intl
 * formatter takes milliseconds to build in WebKit.
 */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}
