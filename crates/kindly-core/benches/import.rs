//! Importing 100,000 vCards into a notebook that already has 100,000
//! customers: half the cards are people already there under another form
//! of their name (so each one merges: "Also known as"; half of them also
//! bring a new email), half are new.
//!
//! Kindly's path (parse the file, match every card, write everything in one
//! transaction) against a baseline from the same run: the app's own
//! one-customer calls, one transaction per card, after a lookup by phone
//! (timed over 2,000 cards, since it is slow). Prints the figures and writes
//! `target/bench/import.md`.

mod support;

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use kindly_core::import::{Importer, VcardImporter};
use kindly_core::*;

const CUSTOMERS: usize = scale(100_000);
const CARDS: usize = scale(100_000);
const RUNS: usize = 3;

/// `KINDLY_BENCH_SMALL` at build time runs a fifth of the size, for profiling.
const fn scale(n: usize) -> usize {
    if option_env!("KINDLY_BENCH_SMALL").is_some() {
        n / 5
    } else {
        n
    }
}
const BASELINE_CARDS: usize = 2_000;

/// The name customer `i` of the notebook goes by in the file: their first
/// name as an initial ("J. Müller" for José Müller), so it differs from the
/// notebook's (each one merges, adding "Also known as") and is still the
/// same person's (a shared phone with a different name would be someone
/// else: matching::names_compatible).
fn known_as(full_name: &str) -> (String, String) {
    let (first, last) = full_name.split_once(' ').unwrap_or((full_name, ""));
    let initial: String = first.chars().take(1).collect();
    (
        format!("{initial}. {last}"),
        format!("{last};{initial}.;;;"),
    )
}

/// Card `n` of the file: customers 0..50,000 again under another form of
/// their name (`names`: each one's name in the notebook; even ones with a
/// second email), then new people.
fn card(n: usize, names: &[String], out: &mut String) {
    let (i, known) = if n < CARDS / 2 {
        (n, true)
    } else {
        (CUSTOMERS + n, false)
    };
    // 780 names; a name's cards differ in company and birthday, so new
    // people are not "the same name and company" as each other.
    let name = i % 780;
    let first = ["Ana", "Zoë", "Jürgen", "Siobhán", "Wei", "Kwame"][name % 6];
    let last = ["García", "Nørgaard", "O'Brien", "Tanaka", "Okafor"][name / 6 % 5];
    let middle = char::from(b'A' + (name / 30) as u8);
    let (full, structured) = if known {
        known_as(&names[i])
    } else {
        (
            format!("{first} {middle}. {last}"),
            format!("{last};{first};{middle}.;;"),
        )
    };
    let _ = write!(
        out,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{full}\r\nN:{structured}\r\n\
         TEL;TYPE=CELL:{}\r\nEMAIL;TYPE=HOME:customer{i}@example.com\r\n",
        support::phone_of(i)
    );
    if known && n.is_multiple_of(2) {
        let _ = write!(
            out,
            "item1.EMAIL:work{i}@example.org\r\nitem1.X-ABLabel:work\r\n"
        );
    }
    if !known {
        let _ = write!(
            out,
            "ORG:Shop {}\r\nNOTE:Met at the market\\, likes the seeded loaf\r\n\
             CATEGORIES:Regular\r\nBDAY:--{:02}{:02}\r\n",
            i / 780,
            1 + i / 780 % 12,
            1 + i / 780 / 12 % 28
        );
    }
    out.push_str("END:VCARD\r\n");
}

/// CPU time this thread has used so far (user + system), from
/// `/proc/thread-self/stat` in clock ticks of 10 ms; zero where there is no
/// such file. On a shared machine it moves less than the wall clock.
fn cpu_time() -> Duration {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").unwrap_or_default();
    // Fields after the command name (which is in parentheses): utime and
    // stime are the 12th and 13th.
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let ticks: u64 = after
        .split_whitespace()
        .skip(11)
        .take(2)
        .filter_map(|f| f.parse::<u64>().ok())
        .sum();
    Duration::from_millis(ticks * 10)
}

fn secs(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64())
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let built = Instant::now();
    let (base, _) = support::build(&dir.path().join("base"), CUSTOMERS);
    eprintln!(
        "built {CUSTOMERS} customers in {:.1} s",
        built.elapsed().as_secs_f64()
    );
    // The names support::build gave the notebook's customers.
    let mut rng = support::Rng::new(42);
    let known: Vec<String> = (0..CARDS / 2)
        .map(|i| support::customer(i, &mut rng).full_name)
        .collect();
    let mut file = String::with_capacity(CARDS * 220);
    for n in 0..CARDS {
        card(n, &known, &mut file);
    }
    let bytes = file.into_bytes();

    let mut runs = Vec::new();
    let mut imported_notebook = None;
    for run in 0..RUNS {
        let copy = base
            .backup_to(&dir.path().join(format!("run{run}")), 1)
            .expect("copy of the notebook");
        let mut nb = Notebook::open(std::path::Path::new(&copy.path)).expect("open copy");
        let start = Instant::now();
        let cpu_start = cpu_time();
        let parsed = VcardImporter.parse(&bytes, "US").expect("parse");
        let parse_cpu = cpu_time() - cpu_start;
        let parsed_at = start.elapsed();
        let preview = nb.preview_import(&parsed).expect("preview");
        let previewed = start.elapsed() - parsed_at;
        let import_start = Instant::now();
        let import_cpu_start = cpu_time();
        let done = nb.import_contacts(&parsed).expect("import");
        let imported = import_start.elapsed();
        let import_cpu = cpu_time() - import_cpu_start;
        let total = parsed_at + imported;
        assert_eq!(
            (done.created, done.merged, done.skipped),
            (
                preview.create_count,
                preview.merge_count,
                preview.skip_count
            )
        );
        eprintln!(
            "run {run}: parse {} s, preview {} s, import {} s: {} new, {} merged, {} skipped \
             (CPU time: parse {} s, import {} s)",
            secs(parsed_at),
            secs(previewed),
            secs(imported),
            done.created,
            done.merged,
            done.skipped,
            secs(parse_cpu),
            secs(import_cpu),
        );
        runs.push((parsed_at, previewed, imported, total, done));
        imported_notebook = Some(nb);
    }
    // An import leaves its full-text rows in new index segments for later
    // edits to merge (index::without_automerge): lookups right after it,
    // against the same notebook before it.
    let imported_notebook = imported_notebook.expect("an import ran");
    let lookups: Vec<String> = [
        "an", "zo", "jür", "sio", "we", "kwa", "gar", "nør", "o'b", "tan", "oka", "shop", "seeded",
        "marke", "regul", "custo", "work1",
    ]
    .iter()
    .map(|q| q.to_string())
    .collect();
    let lookup = |nb: &Notebook| {
        support::p50_p95(50, 1_000, |i| {
            let found = nb.search(&lookups[i % lookups.len()], 20).expect("search");
            std::hint::black_box(found);
        })
    };
    let (before_p50, before_p95) = lookup(&base);
    let (after_p50, after_p95) = lookup(&imported_notebook);
    runs.sort_by_key(|r| r.3);
    let (parse, preview, import, total, done) = runs[RUNS / 2];

    // Baseline: one lookup and one transaction per card, through the
    // app's single-customer calls.
    let copy = base
        .backup_to(&dir.path().join("baseline"), 1)
        .expect("copy of the notebook");
    let mut nb = Notebook::open(std::path::Path::new(&copy.path)).expect("open copy");
    let parsed = VcardImporter.parse(&bytes, "US").expect("parse");
    let sample: Vec<&import::ImportedContact> = parsed
        .contacts
        .iter()
        .step_by(CARDS / BASELINE_CARDS)
        .collect();
    let start = Instant::now();
    for contact in &sample {
        let number = &contact.customer.phones[0].number;
        let found = nb.find_caller(number).expect("lookup").matches;
        match found.first() {
            Some(m) => {
                let mut input = nb.customer(&m.customer_id).expect("customer").to_input();
                for e in &contact.customer.emails {
                    if !input.emails.iter().any(|x| x.address == e.address) {
                        input.emails.push(e.clone());
                    }
                }
                nb.update_customer(
                    &m.customer_id,
                    nb.customer(&m.customer_id).unwrap().version,
                    &input,
                )
                .expect("update");
            }
            None => {
                nb.create_customer(&contact.customer).expect("create");
            }
        }
    }
    let baseline = start.elapsed();
    let baseline_rate = sample.len() as f64 / baseline.as_secs_f64();
    let rate = CARDS as f64 / total.as_secs_f64();

    let table = format!(
        "| {CARDS} vCards into {CUSTOMERS} customers ({} new, {} merged, {} skipped) | time (s) | contacts/s |\n\
         |---|---:|---:|\n\
         | Kindly: parse | {} | |\n\
         | Kindly: match + write in one transaction (`import_contacts`) | {} | |\n\
         | **Kindly end to end** (parse + import; median of {RUNS}) | **{}** | **{rate:.0}** |\n\
         | (the preview alone, not part of the import) | {} | |\n\
         | Baseline: lookup + one transaction per card ({BASELINE_CARDS} cards) | {} | {baseline_rate:.0} |\n\n\
         | lookup (names, companies, notes; 1,000 queries) | p50 (ms) | p95 (ms) |\n\
         |---|---:|---:|\n\
         | before the import ({CUSTOMERS} customers) | {} | {} |\n\
         | right after the import | {} | {} |\n",
        done.created,
        done.merged,
        done.skipped,
        secs(parse),
        secs(import),
        secs(total),
        secs(preview),
        secs(baseline),
        support::ms(before_p50),
        support::ms(before_p95),
        support::ms(after_p50),
        support::ms(after_p95),
    );
    println!("\nImport:\n\n{table}");
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/bench");
    std::fs::create_dir_all(&out).expect("bench dir");
    std::fs::write(out.join("import.md"), &table).expect("write table");
}
