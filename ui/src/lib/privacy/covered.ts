/**
 * `use:covered={locked}` on the app under the unlock screen: while true, it is
 * `inert` (nothing in it can be clicked, focused or typed into) and hidden
 * from screen readers, but stays mounted with everything typed in it.
 * Set as attributes, so it holds wherever the `inert` property is missing.
 */
export function covered(node: HTMLElement, on: boolean) {
  const apply = (value: boolean) => {
    node.toggleAttribute("inert", value);
    if (value) node.setAttribute("aria-hidden", "true");
    else node.removeAttribute("aria-hidden");
  };
  apply(on);
  return {
    update: apply,
  };
}
