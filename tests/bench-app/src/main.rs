//! `make bench-app`: Kindly measured in the real window (release build)
//! beside the floor, a minimal Tauri 2 window (`tests/floor`), in one run:
//!
//! - cold start: process start until the window is usable (Kindly: the
//!   frame with its first screen painted, the lookup box or the welcome;
//!   the floor: its blank page has run), timed to the `ready` line each prints with
//!   `--exit-when-ready`, for Kindly on an empty notebook and on one of
//!   100,000 customers;
//! - keystroke to painted: from the input event in the lookup box to the
//!   frame after its results are on the page (the page's own
//!   `lookup-painted` measures, read back through WebDriver), 200
//!   keystrokes at 100,000 customers;
//! - memory: resident size of the app and its WebKit processes, idle after
//!   start and after the 200 searches;
//! - on a team notebook of the same 100,000 customers (on the throwaway
//!   PostgreSQL of `scripts/with-postgres.sh`, joined in the window with
//!   the password remembered): cold start to a usable lookup, and the same
//!   keystrokes.
//!
//! Runs inside `tests/e2e/run.sh` (display, D-Bus, tauri-driver); prints a
//! Markdown table for BENCHMARKS.md.

#[path = "../../../crates/kindly-core/benches/support/mod.rs"]
mod support;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use kindly_e2e::App;

const CUSTOMERS: usize = 100_000;
const STARTS: usize = 15;
const KEYSTROKES: usize = 200;
/// Left for the window to settle before "idle" memory is read.
const SETTLE: Duration = Duration::from_secs(3);

fn var(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| panic!("{name} is not set (run `make bench-app`)"))
}

/// Seconds from spawning `binary` until it says it is ready (the line
/// `ready` on its standard output, printed with `--exit-when-ready` once
/// its window is usable). Its quitting afterwards is not counted.
fn cold_start(binary: &str, data_dir: &Path, home: &Path) -> f64 {
    let started = Instant::now();
    let mut child = Command::new(binary)
        .arg("--data-dir")
        .arg(data_dir)
        .arg("--exit-when-ready")
        .env("HOME", home)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("start {binary}: {e}"));
    let stdout = child.stdout.take().expect("stdout");
    let (said, heard) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        // Ends without a word if the app exits first: `recv` then fails.
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if line.trim() == "ready" {
                let _ = said.send(Instant::now());
                return;
            }
        }
    });
    let ready = heard
        .recv_timeout(Duration::from_secs(120))
        .unwrap_or_else(|_| {
            let _ = child.kill();
            panic!("{binary} never became ready")
        });
    let status = child.wait().expect("wait");
    assert!(status.success(), "{binary} failed: {status}");
    ready.duration_since(started).as_secs_f64()
}

/// Median and slowest of `STARTS` cold starts of each `(binary, data_dir)`,
/// after one discarded start of each (which on a new notebook also migrates
/// it and takes the first backup). The starts take turns (one of each, then
/// again), so whatever else the machine does meanwhile falls on all alike.
fn cold_starts<const N: usize>(apps: [(&str, &Path); N], home: &Path) -> [(f64, f64); N] {
    for (binary, data_dir) in apps {
        cold_start(binary, data_dir, home);
    }
    let mut times: [Vec<f64>; N] = std::array::from_fn(|_| Vec::with_capacity(STARTS));
    for _ in 0..STARTS {
        for (i, (binary, data_dir)) in apps.into_iter().enumerate() {
            times[i].push(cold_start(binary, data_dir, home));
        }
    }
    times.map(|mut t| {
        t.sort_by(f64::total_cmp);
        (t[STARTS / 2], t[STARTS - 1])
    })
}

/// `root` and every process it started, and theirs (WebKit's processes).
fn with_descendants(root: u32) -> Vec<u32> {
    let mut parent_of: Vec<(u32, u32)> = Vec::new();
    for entry in std::fs::read_dir("/proc").expect("/proc") {
        let Ok(pid) = entry
            .expect("entry")
            .file_name()
            .to_string_lossy()
            .parse::<u32>()
        else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
            continue;
        };
        // The command name may hold spaces; the parent follows its ")".
        let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
        if let Some(ppid) = after.split_whitespace().nth(1).and_then(|p| p.parse().ok()) {
            parent_of.push((pid, ppid));
        }
    }
    let mut found = vec![root];
    let mut i = 0;
    while i < found.len() {
        let parent = found[i];
        found.extend(
            parent_of
                .iter()
                .filter(|(_, ppid)| *ppid == parent)
                .map(|(pid, _)| *pid),
        );
        i += 1;
    }
    found
}

/// The newest process running `binary`.
fn pid_of(binary: &Path) -> u32 {
    let wanted = binary.canonicalize().expect("binary path");
    let mut newest: Option<(u64, u32)> = None;
    for entry in std::fs::read_dir("/proc").expect("/proc") {
        let name = entry.expect("entry").file_name();
        let Ok(pid) = name.to_string_lossy().parse::<u32>() else {
            continue;
        };
        if std::fs::read_link(format!("/proc/{pid}/exe"))
            .ok()
            .as_deref()
            != Some(&wanted)
        {
            continue;
        }
        let started: u64 = std::fs::read_to_string(format!("/proc/{pid}/stat"))
            .ok()
            .and_then(|s| {
                let after = s.rsplit_once(')')?.1.to_owned();
                after.split_whitespace().nth(19)?.parse().ok()
            })
            .unwrap_or(0);
        if newest.is_none_or(|(t, _)| started >= t) {
            newest = Some((started, pid));
        }
    }
    newest.map(|(_, pid)| pid).expect("the app's process")
}

/// Resident memory of `binary`'s newest process and all its children, MiB.
fn resident_mib(binary: &Path) -> f64 {
    let kib: u64 = with_descendants(pid_of(binary))
        .iter()
        .filter_map(|pid| std::fs::read_to_string(format!("/proc/{pid}/status")).ok())
        .filter_map(|status| {
            status
                .lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse::<u64>().ok())
        })
        .sum();
    kib as f64 / 1024.0
}

/// How many `lookup-painted` measures the page holds.
fn painted(app: &App) -> usize {
    app.run("return performance.getEntriesByName('lookup-painted').length")
        .as_u64()
        .unwrap_or(0) as usize
}

/// The keystroke measures the page holds under `name`, in ms, in order.
fn measures(app: &App, name: &str) -> Vec<f64> {
    app.run(&format!(
        "return performance.getEntriesByName('{name}').map(m => m.duration)"
    ))
    .as_array()
    .expect("durations")
    .iter()
    .filter_map(serde_json::Value::as_f64)
    .collect()
}

/// p50 and p95 of `ms`.
fn p50_p95(ms: &[f64]) -> (f64, f64) {
    let [p50, p95] = kindly_bench_app::quantiles(ms, [0.50, 0.95]);
    (p50, p95)
}

/// What `keystrokes` measured: keystroke to painted, and keystroke to the
/// results arriving from the notebook (the rest is drawing them).
struct Keystrokes {
    painted: (f64, f64),
    answered: (f64, f64),
    /// The slowest keystrokes to painted: the box's text after it, and ms.
    slowest: Vec<(String, f64)>,
}

/// Types `KEYSTROKES` characters into the lookup box one at a time, each
/// after the previous one's results were painted.
fn keystrokes(app: &App) -> Keystrokes {
    let words = [
        "mar", "jos", "4477", "agn", "søre", "0958", "anna", "müll", "rose", "lukas",
    ];
    let mut typed: Vec<String> = Vec::new();
    let mut word = 0;
    while typed.len() < KEYSTROKES {
        let w = words[word % words.len()];
        for (i, c) in w.chars().enumerate() {
            if typed.len() == KEYSTROKES {
                break;
            }
            let before = painted(app);
            // A new word starts in an emptied box.
            if i == 0 {
                app.replace("lookup-input", &c.to_string());
            } else {
                app.type_into("lookup-input", &c.to_string());
            }
            app.wait_for("the keystroke's results painted", || painted(app) > before);
            typed.push(w.chars().take(i + 1).collect());
        }
        word += 1;
    }
    let painted = measures(app, "lookup-painted");
    let answered = measures(app, "lookup-answered");
    let mut slowest: Vec<(String, f64)> = typed.into_iter().zip(painted.iter().copied()).collect();
    slowest.sort_by(|a, b| b.1.total_cmp(&a.1));
    slowest.truncate(8);
    Keystrokes {
        painted: p50_p95(&painted),
        answered: p50_p95(&answered),
        slowest,
    }
}

/// Two data folders joined to a new team notebook holding everything in
/// the notebook file of `big` (moved in by its owner), through the
/// window's own join form with "Remember on this computer", as a person
/// would: the first left at once (its next start connects before the
/// window opens), the second kept open until it has its offline copy (its
/// next start opens on the copy and connects in the background, as every
/// start after the first does).
fn team_desks(kindly: &Path, big: &Path) -> (tempfile::TempDir, tempfile::TempDir) {
    let database = kindly_e2e::team::new_database("kindly_bench");
    let admin = var("KINDLY_TEST_POSTGRES");
    let (base, _) = admin.rsplit_once('/').expect("an address with a database");
    let owner_url = format!("{base}/{database}");
    let server = base
        .rsplit_once('@')
        .map(|(_, server)| server.to_owned())
        .expect("an address with a server");
    kindly_core::init_team(&owner_url).expect("a team notebook");
    let laptop = kindly_core::Notebook::open(&big.join(kindly_core::FILE_NAME)).expect("the file");
    kindly_core::move_in(&laptop, &owner_url).expect("moved in");
    let join = |name: &str, keep_a_copy: bool| {
        let desk = kindly_core::add_staff(&owner_url, name).expect("a login");
        let dir = tempfile::tempdir().expect("the desk's folder");
        let app = App::launch_binary(&kindly.to_string_lossy(), dir.path(), &[], "welcome");
        app.click("welcome-join-team");
        app.fill_join_form(&server, &database, &desk.login, &desk.password);
        app.wait_for("the header to name the signed-in person", || {
            app.try_find("signed-in-as").is_some()
        });
        let copy = dir.path().join("offline-copy.sqlite");
        while keep_a_copy && !copy.exists() {
            std::thread::sleep(Duration::from_millis(500));
        }
        drop(app);
        dir
    };
    (join("Bench Desk", false), join("Bench Desk Two", true))
}

fn main() {
    let kindly = PathBuf::from(var("KINDLY_BENCH_APP"));
    let floor = PathBuf::from(var("KINDLY_BENCH_FLOOR"));
    let work = PathBuf::from(var("KINDLY_BENCH_DIR"));
    let home = tempfile::tempdir().expect("home");
    let empty = tempfile::tempdir().expect("empty notebook");
    let big = work.join("notebook-100k");
    if !big.join(kindly_core::FILE_NAME).exists() {
        eprintln!(
            "building a notebook of {CUSTOMERS} customers in {}",
            big.display()
        );
        let _ = std::fs::remove_dir_all(&big);
        support::build(&big, CUSTOMERS);
    }
    let floor_dir = tempfile::tempdir().expect("floor folder");
    // Another build of Kindly started in turn with this one (an empty
    // notebook each), for a before/after on the same machine in the same
    // minutes; `KINDLY_BENCH_ONLY_STARTS` leaves out everything but the
    // file starts, for a quick A/B.
    let baseline = std::env::var_os("KINDLY_BENCH_BASELINE_APP").map(PathBuf::from);
    let baseline_empty = tempfile::tempdir().expect("baseline's empty notebook");
    if std::env::var_os("KINDLY_BENCH_ONLY_STARTS").is_some() {
        let base = baseline
            .as_deref()
            .unwrap_or(&kindly)
            .to_string_lossy()
            .into_owned();
        eprintln!("cold starts ({STARTS} each)…");
        let [floor_start, empty_start, big_start, base_start] = cold_starts(
            [
                (&floor.to_string_lossy(), floor_dir.path()),
                (&kindly.to_string_lossy(), empty.path()),
                (&kindly.to_string_lossy(), &big),
                (&base, baseline_empty.path()),
            ],
            home.path(),
        );
        print_start_rows(floor_start, empty_start, big_start);
        print_baseline_row(baseline.as_deref(), base_start, floor_start);
        return;
    }
    eprintln!("moving {CUSTOMERS} customers into a team notebook and joining it twice…");
    let (team_first, team) = team_desks(&kindly, &big);

    eprintln!("cold starts ({STARTS} each)…");
    let base = baseline
        .as_deref()
        .unwrap_or(&floor)
        .to_string_lossy()
        .into_owned();
    let [floor_start, empty_start, big_start, team_first_start, team_start, base_start] =
        cold_starts(
            [
                (&floor.to_string_lossy(), floor_dir.path()),
                (&kindly.to_string_lossy(), empty.path()),
                (&kindly.to_string_lossy(), &big),
                (&kindly.to_string_lossy(), team_first.path()),
                (&kindly.to_string_lossy(), team.path()),
                (&base, baseline_empty.path()),
            ],
            home.path(),
        );

    eprintln!("memory of the floor…");
    let floor_app =
        App::launch_binary(&floor.to_string_lossy(), floor_dir.path(), &[], "app-ready");
    std::thread::sleep(SETTLE);
    let floor_idle = resident_mib(&floor);
    drop(floor_app);

    eprintln!("{KEYSTROKES} keystrokes at {CUSTOMERS} customers…");
    let app = App::launch_binary(&kindly.to_string_lossy(), &big, &[], "app-ready");
    std::thread::sleep(SETTLE);
    let kindly_idle = resident_mib(&kindly);
    let typing = keystrokes(&app);
    let (p50, p95) = typing.painted;
    std::thread::sleep(SETTLE);
    let kindly_searched = resident_mib(&kindly);
    drop(app);

    eprintln!("{KEYSTROKES} keystrokes on the team notebook…");
    let app = App::launch_binary(&kindly.to_string_lossy(), team.path(), &[], "app-ready");
    std::thread::sleep(SETTLE);
    let team_typing = keystrokes(&app);
    drop(app);

    let ratio = |a: f64, b: f64| a / b;
    print_start_rows(floor_start, empty_start, big_start);
    println!(
        "| cold start, team notebook of {CUSTOMERS} customers on PostgreSQL, on its offline copy (every start after the first; median / slowest of {STARTS}) | {:.2} s / {:.2} s | {:.2} s / {:.2} s | {:.2}× | ≤ 1.5× |",
        team_start.0, team_start.1, floor_start.0, floor_start.1, ratio(team_start.0, floor_start.0)
    );
    println!(
        "| cold start, the same, no offline copy yet (connects first; median / slowest of {STARTS}) | {:.2} s / {:.2} s | {:.2} s / {:.2} s | {:.2}× | ≤ 1.5× |",
        team_first_start.0, team_first_start.1, floor_start.0, floor_start.1, ratio(team_first_start.0, floor_start.0)
    );
    println!(
        "| keystroke to painted, {CUSTOMERS} customers, {KEYSTROKES} keystrokes | p50 {p50:.1} ms, p95 {p95:.1} ms | | | p95 ≤ 50 ms |"
    );
    println!(
        "| keystroke to painted, team notebook of {CUSTOMERS} customers, {KEYSTROKES} keystrokes | p50 {:.1} ms, p95 {:.1} ms | | | p95 ≤ 50 ms |",
        team_typing.painted.0, team_typing.painted.1
    );
    println!(
        "| of which: keystroke to results arrived (team) | p50 {:.1} ms, p95 {:.1} ms | | | |",
        team_typing.answered.0, team_typing.answered.1
    );
    println!(
        "| of which: keystroke to results arrived | p50 {:.1} ms, p95 {:.1} ms | | | |",
        typing.answered.0, typing.answered.1
    );
    println!(
        "| memory idle after start (app + WebKit processes) | {kindly_idle:.0} MiB | {floor_idle:.0} MiB | {:.2}× | ≤ 1.3× |",
        ratio(kindly_idle, floor_idle)
    );
    println!(
        "| memory after {KEYSTROKES} searches | {kindly_searched:.0} MiB | {floor_idle:.0} MiB | {:.2}× | ≤ 1.3× |",
        ratio(kindly_searched, floor_idle)
    );
    print_baseline_row(baseline.as_deref(), base_start, floor_start);
    println!();
    println!("Slowest keystrokes to painted (the box's text, ms):");
    for (text, ms) in &typing.slowest {
        println!("- `{text}` {ms:.1}");
    }
}

/// The table's head and its rows for the file starts.
fn print_start_rows(floor_start: (f64, f64), empty_start: (f64, f64), big_start: (f64, f64)) {
    println!("| measure | Kindly | floor | Kindly ÷ floor | target |");
    println!("|---|---:|---:|---:|---|");
    println!(
        "| cold start, empty notebook (median / slowest of {STARTS}) | {:.2} s / {:.2} s | {:.2} s / {:.2} s | {:.2}× | ≤ 1.3× |",
        empty_start.0, empty_start.1, floor_start.0, floor_start.1, empty_start.0 / floor_start.0
    );
    println!(
        "| cold start, {CUSTOMERS} customers (median / slowest of {STARTS}) | {:.2} s / {:.2} s | {:.2} s / {:.2} s | {:.2}× | ≤ 1.3× |",
        big_start.0, big_start.1, floor_start.0, floor_start.1, big_start.0 / floor_start.0
    );
}

/// The baseline build's row, when one was given.
fn print_baseline_row(baseline: Option<&Path>, base_start: (f64, f64), floor_start: (f64, f64)) {
    if let Some(path) = baseline {
        println!(
            "| cold start, empty notebook, baseline build `{}` (median / slowest of {STARTS}) | {:.2} s / {:.2} s | {:.2} s / {:.2} s | {:.2}× | |",
            path.display(), base_start.0, base_start.1, floor_start.0, floor_start.1, base_start.0 / floor_start.0
        );
    }
}
