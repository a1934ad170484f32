//! A deterministic notebook of realistic customers for the benchmarks:
//! names with accents from several languages, phones typed in several
//! formats and countries, companies, tags and a sentence or two of notes.
#![allow(dead_code, reason = "each benchmark uses only some of the helpers")]

use std::time::Duration;

use kindly_core::{
    phone, Channel, ConversationInput, CustomerInput, EmailInput, Mood, Notebook, PhoneInput,
};

pub mod team;

/// A smoke run (`BENCH_QUICK=1`, `make bench-quick`): every notebook a
/// tenth of its size and the load a tenth as long, to check the benches
/// run, not to quote their figures.
pub fn quick() -> bool {
    std::env::var("BENCH_QUICK").is_ok_and(|v| !v.is_empty() && v != "0")
}

/// `full`, or a tenth of it in a smoke run.
pub fn size(full: usize) -> usize {
    if quick() {
        full / 10
    } else {
        full
    }
}

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
    let ids = fill(&mut nb, count);
    (nb, ids)
}

/// Writes the `count` benchmark customers into the empty notebook `nb`
/// (region US), 5,000 per transaction; returns their ids in order.
pub fn fill(nb: &mut Notebook, count: usize) -> Vec<String> {
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
    ids
}

/// The four kinds of lookup query the benches time (#2: a name prefix, a
/// phone fragment, a word from notes, its start), `count` of each, with
/// realistic inputs for a notebook of `customers`.
pub fn lookup_queries(customers: usize, count: usize) -> Vec<(&'static str, Vec<String>)> {
    let mut rng = Rng::new(7);
    let names: Vec<String> = (0..count)
        .map(|_| {
            let mut r = Rng::new(rng.next());
            let name = customer(rng.below(customers), &mut r).full_name;
            let word = if rng.below(2) == 0 {
                name.split(' ').next()
            } else {
                name.split(' ').next_back()
            };
            let word = word.unwrap_or("ana").to_lowercase();
            word.chars().take(2 + rng.below(3)).collect()
        })
        .collect();
    let phones: Vec<String> = (0..count)
        .map(|_| {
            let digits = phone::digits(&phone_of(rng.below(customers)));
            let keep = 4 + rng.below(4);
            digits[digits.len() - keep..].to_owned()
        })
        .collect();
    let words: Vec<String> = (0..count)
        .map(|_| rng.pick(NOTE_WORDS).to_owned())
        .collect();
    let partial: Vec<String> = words.iter().map(|w| w.chars().take(4).collect()).collect();
    vec![
        ("name prefix", names),
        ("phone fragment", phones),
        ("word from notes", words),
        ("start of a word from notes", partial),
    ]
}

/// A conversation with `customer_id` at `at`: a call, visit or email of
/// 6-15 note words with one of three staff.
pub fn talk(customer_id: &str, at: i64, rng: &mut Rng) -> ConversationInput {
    let words = 6 + rng.below(10);
    ConversationInput {
        customer_id: customer_id.to_owned(),
        channel: [
            Channel::CallIn,
            Channel::CallOut,
            Channel::Visit,
            Channel::Email,
        ][rng.below(4)],
        happened_at: Some(at),
        staff: ["Ana", "Ben", "Chloé"][rng.below(3)].to_owned(),
        summary: sentence(rng, words),
        mood: Some([Mood::Neutral, Mood::Pleased, Mood::Worried][rng.below(3)]),
        issue_id: None,
        follow_up: None,
    }
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
    (percentile(&mut times, 0.50), percentile(&mut times, 0.95))
}

/// The `p`-th percentile (0.95 for p95) of `times` (sorted here; not
/// empty): the smallest timing at least that share of them do not exceed.
pub fn percentile(times: &mut [Duration], p: f64) -> Duration {
    times.sort_unstable();
    times[((times.len() as f64 * p).ceil() as usize)
        .saturating_sub(1)
        .min(times.len() - 1)]
}

/// A duration in milliseconds with three decimals.
pub fn ms(d: std::time::Duration) -> String {
    format!("{:.3}", d.as_secs_f64() * 1000.0)
}

/// p50 and p95 of one measurement.
pub type Percentiles = (Duration, Duration);

/// One row of a table with SQLite and PostgreSQL side by side.
pub struct StoresRow {
    pub what: String,
    pub sqlite: Percentiles,
    /// `None` when the PostgreSQL column was not run.
    pub postgres: Option<Percentiles>,
    /// The PostgreSQL target for p95, as the issue words it ("5 ms"), or
    /// empty.
    pub target: &'static str,
}

/// The markdown table of `rows`: p50 and p95 on each store, and the
/// target; `what` heads the first column.
pub fn stores_table(what: &str, rows: &[StoresRow]) -> String {
    let mut table = format!(
        "| {what} | SQLite p50 (ms) | SQLite p95 (ms) | PostgreSQL p50 (ms) | PostgreSQL p95 (ms) | PostgreSQL target (p95) |\n\
         |---|---:|---:|---:|---:|---:|\n"
    );
    for row in rows {
        let (pg50, pg95) = row
            .postgres
            .map_or(("not run".to_owned(), "not run".to_owned()), |(a, b)| {
                (ms(a), ms(b))
            });
        table.push_str(&format!(
            "| {} | {} | {} | {pg50} | {pg95} | {} |\n",
            row.what,
            ms(row.sqlite.0),
            ms(row.sqlite.1),
            row.target
        ));
    }
    table
}

/// Writes `text` to `target/bench/{name}` (where `make bench` gathers the
/// tables).
pub fn write_out(name: &str, text: &str) {
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/bench");
    std::fs::create_dir_all(&out).expect("bench dir");
    std::fs::write(out.join(name), text).expect("write table");
}
