/** DOM ids that stay unique when the same form appears twice on a page (e.g. two issue cards). */
let counter = 0;

export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
