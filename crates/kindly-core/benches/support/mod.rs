//! A deterministic notebook of realistic customers for the benchmarks:
//! names with accents from several languages, phones typed in several
//! formats and countries, companies, tags and a sentence or two of notes.
#![allow(dead_code, reason = "each benchmark uses only some of the helpers")]

use kindly_core::{CustomerInput, EmailInput, Notebook, PhoneInput};

const FIRST: &[&str] = &[
    "José",
    "María",
    "Zoë",
    "Hans",
    "Jürgen",
    "Agnès",
    "François",
    "Søren",
    "Łukasz",
    "Anna",
    "Mike",
    "Rose",
    "Kathy",
    "Mohammed",
    "Aisha",
    "Chloé",
    "Noël",
    "Björn",
    "Siobhán",
    "Ana",
    "Tomás",
    "Elif",
    "Yusuf",
    "Ines",
    "Priya",
    "Wei",
    "Mei",
    "Olga",
    "Dmitri",
    "Grace",
    "Oliver",
    "Amélie",
    "Lars",
    "Ingrid",
    "Pablo",
    "Lucía",
    "Giulia",
    "Marco",
    "Fatima",
    "Omar",
    "Kwame",
    "Ama",
    "Sean",
    "Niamh",
    "Kenji",
    "Yuki",
    "Hélène",
    "René",
];
const LAST: &[&str] = &[
    "Müller",
    "García",
    "Ortiz",
    "Dubois",
    "Nørgaard",
    "Kowalski",
    "Smith",
    "Jones",
    "Tanaka",
    "O'Brien",
    "Rossi",
    "Novák",
    "Lefèvre",
    "Andersson",
    "Schröder",
    "Fernández",
    "Okafor",
    "Nguyen",
    "Kim",
    "Patel",
    "Ivanova",
    "Brown",
    "Wilson",
    "Moreau",
    "Bianchi",
    "Horváth",
    "Yılmaz",
    "Papadopoulos",
    "Jansen",
    "Costa",
    "Haddad",
    "Mensah",
    "Sato",
    "Murphy",
    "Walsh",
    "Lindqvist",
    "Petit",
    "Romero",
    "Wójcik",
    "Berg",
];
const COMPANY: &[&str] = &[
    "Bloom Hair Studio",
    "Garage Ortiz",
    "Corner Café",
    "Spoke & Chain Bikes",
    "Brightside Insurance",
    "Maple Bakery",
    "",
    "",
    "",
    "",
];
const TAGS: &[&str] = &[
    "regular",
    "vip",
    "wedding-cakes",
    "delivery",
    "wholesale",
    "new",
    "friends-family",
];
pub const NOTE_WORDS: &[&str] = &[
    "prefers",
    "morning",
    "appointments",
    "allergic",
    "peanuts",
    "birthday",
    "daughter",
    "wedding",
    "invoice",
    "refund",
    "delivery",
    "late",
    "oat",
    "milk",
    "espresso",
    "brakes",
    "puncture",
    "highlights",
    "trim",
    "policy",
    "renewal",
    "claim",
    "garden",
    "terrace",
    "parking",
    "wheelchair",
    "hearing",
    "slowly",
    "loyal",
    "complained",
    "apologised",
    "voucher",
    "sourdough",
    "gluten",
    "anniversary",
    "retired",
    "teacher",
    "nurse",
];

/// A small, fast, deterministic random source (xorshift64*).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// The phone of customer `i`, typed in one of several formats.
pub fn phone_of(i: usize) -> String {
    let n = 1_000_000 + i * 7 % 9_000_000;
    let (a, b) = (n / 10_000, n % 10_000);
    match i % 5 {
        0 => format!("(555) {a:03}-{b:04}"),
        1 => format!("555.{a:03}.{b:04}"),
        2 => format!("+1 555 {a:03} {b:04}"),
        3 => format!("+44 20 7{a:03} {b:04}"),
        // A French mobile has nine digits after +33: 6 1aaa bbbb.
        _ => format!("0033 6 1{a:03} {b:04}"),
    }
}

/// Customer `i` of the benchmark notebook.
pub fn customer(i: usize, rng: &mut Rng) -> CustomerInput {
    let first = rng.pick(FIRST);
    let last = rng.pick(LAST);
    let notes: Vec<&str> = (0..8 + rng.below(12))
        .map(|_| rng.pick(NOTE_WORDS))
        .collect();
    CustomerInput {
        full_name: format!("{first} {last}"),
        preferred_name: if i.is_multiple_of(4) {
            first.to_owned()
        } else {
            String::new()
        },
        company: rng.pick(COMPANY).to_owned(),
        phones: vec![PhoneInput {
            label: "mobile".into(),
            number: phone_of(i),
            primary: true,
        }],
        emails: vec![EmailInput {
            label: "home".into(),
            address: format!("customer{i}@example.com"),
            primary: true,
        }],
        tags: vec![rng.pick(TAGS).to_owned()],
        preferences: vec![format!("{} {}", rng.pick(NOTE_WORDS), rng.pick(NOTE_WORDS))],
        notes: notes.join(" "),
        ..Default::default()
    }
}

/// A file-backed notebook in `dir` with `count` customers, and their ids.
pub fn build(dir: &std::path::Path, count: usize) -> (Notebook, Vec<String>) {
    let mut nb = Notebook::open_in_dir(dir).expect("open notebook");
    nb.set_phone_region("US").expect("region");
    let mut rng = Rng::new(42);
    let mut ids = Vec::with_capacity(count);
    while ids.len() < count {
        let start = ids.len();
        let batch: Vec<CustomerInput> = (start..(start + 5_000).min(count))
            .map(|j| customer(j, &mut rng))
            .collect();
        ids.extend(nb.create_customers(&batch).expect("create customers"));
    }
    (nb, ids)
}

/// A sentence of `words` note words.
pub fn sentence(rng: &mut Rng, words: usize) -> String {
    (0..words)
        .map(|_| rng.pick(NOTE_WORDS))
        .collect::<Vec<_>>()
        .join(" ")
}

/// p50 and p95 of `runs` single timings of `f(i)` (after `warm` warm-up
/// calls), one timing per call.
pub fn p50_p95(
    warm: usize,
    runs: usize,
    f: impl FnMut(usize),
) -> (std::time::Duration, std::time::Duration) {
    p50_p95_then(warm, runs, f, |_| {})
}

/// Like [`p50_p95`], with `after(i)` run untimed after each call (to put
/// the notebook back as it was).
pub fn p50_p95_then(
    warm: usize,
    runs: usize,
    mut f: impl FnMut(usize),
    mut after: impl FnMut(usize),
) -> (std::time::Duration, std::time::Duration) {
    for i in 0..warm {
        f(i);
        after(i);
    }
    let mut times: Vec<std::time::Duration> = (0..runs)
        .map(|i| {
            let start = std::time::Instant::now();
            f(i);
            let took = start.elapsed();
            after(i);
            took
        })
        .collect();
    times.sort();
    let at = |p: f64| {
        times[((times.len() as f64 * p).ceil() as usize)
            .saturating_sub(1)
            .min(times.len() - 1)]
    };
    (at(0.50), at(0.95))
}

/// A duration in milliseconds with three decimals.
pub fn ms(d: std::time::Duration) -> String {
    format!("{:.3}", d.as_secs_f64() * 1000.0)
}
