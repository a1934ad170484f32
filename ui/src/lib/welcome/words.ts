/** What the welcome and the sample banner say, in one place. */

/** How many sample customers "Look around with a sample notebook" writes (the core's `sample.rs`). */
export const SAMPLE_SIZE = 36;

export const WELCOME_WORDS = {
  title: "Welcome to Kindly",
  lead: "Your customer notebook. Two things first, then you can start.",
  regionLabel: "Your country",
  regionHint: "Phone numbers typed without a + and country code are read as numbers of this country.",
  nameLabel: "Who is at the desk?",
  nameHint: "Your name. It goes on the staff list and on what you note down. You can add others in Settings.",
  next: "Continue",
  skip: "Skip for now",
  saving: "One moment…",
  startTitle: "How would you like to start?",
  startLead: "You can always add or import customers later.",
  empty: "Start with an empty notebook",
  emptyText: "Add customers as they call or come in.",
  import: "Import contacts",
  importText: "Bring them in from your phone or another program (a vCard or CSV file).",
  sample: "Look around with a sample notebook",
  addingSample: "Adding the sample customers…",
  sampleText: (n: number) =>
    `${n} invented customers with conversations, promises and follow-ups, to try everything out. Clearly marked, and removed in one step when you are done.`,
  back: "Back",
  team: "Join a team notebook",
  teamHint: "Working with others who already share a notebook on a server? Join theirs instead.",
  teamLead:
    "Type what the notebook's owner gave you. Kindly tests the connection first; nothing is kept on this computer until it works.",
} as const;

export const SAMPLE_WORDS = {
  banner: "You are looking at sample customers: they are invented, to try Kindly out.",
  remove: "Remove the sample",
  confirmTitle: "Remove the sample customers?",
  confirmText: (n: number) =>
    `This erases the ${n === 1 ? "sample customer" : `${n} sample customers`} and everything about them, for good. Customers you added or imported yourself stay as they are.`,
  removing: "Removing…",
  removed: "The sample customers were removed.",
  badge: "Sample",
  badgeTitle: "An invented customer from the sample notebook",
} as const;
