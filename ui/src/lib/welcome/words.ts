/** What the welcome and the sample banner need besides their words (locales/<language>/welcome.ftl). */

/** How many sample customers "Look around with a sample notebook" writes (the core's `sample.rs`). */
export const SAMPLE_SIZE = 36;
