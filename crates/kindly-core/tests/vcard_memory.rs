//! The vCard parser's memory: for any file it accepts, at most four times
//! the file's size plus a constant (a round of cards, and a kilobyte for
//! each contact that comes out; at most 100,000 come out of one file),
//! however the file is built. Measured
//! with a counting global allocator (peak bytes in use), in a test binary
//! of its own so nothing else allocates meanwhile.

#![allow(
    unsafe_code,
    reason = "a counting global allocator implements the unsafe GlobalAlloc trait"
)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use kindly_core::import::{Importer, VcardImporter};

struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed to `System` unchanged; the counters only observe.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract for `alloc` is passed on unchanged.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = IN_USE.fetch_add(layout.size(), Ordering::SeqCst) + layout.size();
            PEAK.fetch_max(now, Ordering::SeqCst);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `System` (every allocation here does) with this `layout`.
        unsafe { System.dealloc(ptr, layout) };
        IN_USE.fetch_sub(layout.size(), Ordering::SeqCst);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` came from `System` with `layout`; the caller's contract is passed on.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                let grow = new_size - layout.size();
                let now = IN_USE.fetch_add(grow, Ordering::SeqCst) + grow;
                PEAK.fetch_max(now, Ordering::SeqCst);
            } else {
                IN_USE.fetch_sub(layout.size() - new_size, Ordering::SeqCst);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The most bytes in use at once while parsing `file`, beyond what was in
/// use before (the file itself), and how many contacts came out.
fn peak_while_parsing(file: &[u8]) -> (usize, usize) {
    let before = IN_USE.load(Ordering::SeqCst);
    PEAK.store(before, Ordering::SeqCst);
    let parsed = VcardImporter.parse(file, "GB").expect("accepted");
    let contacts = parsed.contacts.len();
    assert!(contacts > 0);
    drop(parsed);
    (PEAK.load(Ordering::SeqCst) - before, contacts)
}

const SIZE: usize = 6 * 1024 * 1024;
/// What parsing may use whatever the file's size: a round of cards read
/// before they are made customers (`BATCH_BYTES`, 32 MiB).
const CONSTANT: usize = 32 * 1024 * 1024;
/// What each contact that comes out may take (the preview and the import
/// need them all; a file holds at most `MAX_RECORDS`, 100,000).
const PER_CONTACT: usize = 1024;

/// One card whose `line` is `head` followed by `unit` repeated to about
/// [`SIZE`] bytes, then `tail`.
fn one_card(head: &str, unit: &str, tail: &str) -> Vec<u8> {
    let mut vcf = format!("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovell\r\n{head}");
    vcf.push_str(&unit.repeat(SIZE / unit.len()));
    vcf.push_str(tail);
    vcf.push_str("\r\nEND:VCARD\r\n");
    vcf.into_bytes()
}

/// A long value folded onto lines of 75 characters, as exporters write it.
fn folded(head: &str, unit: &str) -> Vec<u8> {
    let mut vcf = format!("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovell\r\n{head}");
    let line = unit.repeat(74 / unit.len());
    for _ in 0..SIZE / (line.len() + 3) {
        vcf.push_str(&line);
        vcf.push_str("\r\n ");
    }
    vcf.push_str("x\r\nEND:VCARD\r\n");
    vcf.into_bytes()
}

/// Many ordinary cards.
fn many_cards() -> Vec<u8> {
    let mut vcf = String::new();
    let mut n = 0;
    while vcf.len() < SIZE {
        n += 1;
        vcf.push_str(&format!(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lovell;Ada;;;\r\nFN:Ada Lovell {n}\r\n\
             TEL;TYPE=CELL:+44 7700 900{:03}\r\nEMAIL:ada{n}@example.com\r\n\
             CATEGORIES:regular,tea\r\nNOTE:Likes the window seat\r\nEND:VCARD\r\n",
            n % 1000
        ));
    }
    vcf.into_bytes()
}

#[test]
fn parsing_any_accepted_file_takes_at_most_four_times_its_size_plus_a_constant() {
    let files: Vec<(&str, Vec<u8>)> = vec![
        ("name components", one_card("N:", "a;", "")),
        ("address components", one_card("ADR:", "a;", "")),
        ("company units", one_card("ORG:", "a;", "")),
        ("categories", one_card("CATEGORIES:", "a,", "")),
        ("nicknames", one_card("NICKNAME:", "a,", "")),
        ("name lists", one_card("N:", "a,", "")),
        ("parameters", one_card("TEL;", "a;", ":+44 7700 900123")),
        (
            "type values",
            one_card("TEL;TYPE=", "a,", ":+44 7700 900123"),
        ),
        (
            "parameter values",
            one_card("TEL;X-A=", "a,", ":+44 7700 900123"),
        ),
        ("a folded note", folded("NOTE:", "ab")),
        ("a folded name list", folded("N:", "a;")),
        ("quoted-printable soft breaks", {
            let mut vcf =
                b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ada\r\nNOTE;ENCODING=QUOTED-PRINTABLE:".to_vec();
            for _ in 0..SIZE / 76 {
                vcf.extend_from_slice(&b"=3D".repeat(24));
                vcf.extend_from_slice(b"=\r\n");
            }
            vcf.extend_from_slice(b"x\r\nEND:VCARD\r\n");
            vcf
        }),
        ("many ordinary cards", many_cards()),
        ("the most cards a file may hold, each tiny", {
            "BEGIN:VCARD\r\nFN:a\r\nEND:VCARD\r\n"
                .repeat(kindly_core::import::MAX_RECORDS)
                .into_bytes()
        }),
    ];
    for (what, file) in files {
        let (peak, contacts) = peak_while_parsing(&file);
        let limit = 4 * file.len() + CONSTANT + contacts * PER_CONTACT;
        println!("{what}: {} MiB for {} MiB", peak >> 20, file.len() >> 20);
        assert!(
            peak <= limit,
            "{what}: {} MiB for a file of {} MiB (limit {} MiB)",
            peak >> 20,
            file.len() >> 20,
            limit >> 20
        );
    }
}
