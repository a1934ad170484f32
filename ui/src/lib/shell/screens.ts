/**
 * The screens the window does not open on, loaded when first needed: the
 * window starts with only Lookup, Today and the welcome, so it has less
 * script to read and fewer styles to apply before its first screen is
 * drawn. The rest are fetched once the first screen is on show
 * (`preloadScreens`), so moving to them later does not wait either.
 */

const loaders = {
  customer: () => import("../customers/CustomerProfile.svelte"),
  customerForm: () => import("../customers/CustomerForm.svelte"),
  brief: () => import("../brief/BriefScreen.svelte"),
  caller: () => import("../brief/CallerScreen.svelte"),
  trash: () => import("../trash/TrashScreen.svelte"),
  settings: () => import("../settings/SettingsScreen.svelte"),
  import: () => import("../import/ImportScreen.svelte"),
  duplicates: () => import("../duplicates/DuplicatesScreen.svelte"),
  situations: () => import("../situations/SituationsScreen.svelte"),
  situation: () => import("../situations/SituationScreen.svelte"),
  customers: () => import("../lists/CustomersScreen.svelte"),
  tags: () => import("../tags/TagsScreen.svelte"),
  reports: () => import("../reports/ReportsScreen.svelte"),
};

type Loaders = typeof loaders;
export type LazyScreen = keyof Loaders;
type ScreenOf<N extends LazyScreen> = Awaited<ReturnType<Loaders[N]>>["default"];

/** What has been loaded, by screen: each entry is `ScreenOf` its key. */
const loaded = new Map<LazyScreen, unknown>();

/**
 * The screen's component: itself once loaded (so `{#await}` draws it at
 * once), otherwise a promise of it.
 */
export function screen<N extends LazyScreen>(name: N): ScreenOf<N> | Promise<ScreenOf<N>> {
  const done = loaded.get(name) as ScreenOf<N> | undefined;
  if (done) return done;
  return loaders[name]().then((module) => {
    const component = module.default as ScreenOf<N>;
    loaded.set(name, component);
    return component;
  });
}

/** Loads every screen not loaded yet; resolves when all are. */
export async function preloadScreens(): Promise<void> {
  await Promise.all((Object.keys(loaders) as LazyScreen[]).map((name) => screen(name)));
}
