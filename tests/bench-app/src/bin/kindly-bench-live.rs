//! Change on one machine to painted on the other: two Kindly windows (two
//! processes, each its own data folder) signed in as Ana and Ben on one
//! team notebook on the throwaway server of `scripts/with-postgres.sh`.
//! Ana saves; Ben's window, doing nothing, shows it. Each time is taken in
//! the pages themselves (`performance.timeOrigin + performance.now()`, the
//! two windows on one machine sharing its clock): from the moment Ana's
//! Save is clicked to the frame after Ben's page first holds the new text.
//!
//! Two kinds of change, `CHANGES` of each: a call logged on a customer's
//! page Ben has open, and a new customer matching the query Ben's lookup
//! holds. Prints a Markdown table (p50, p95, slowest).
//!
//! Runs inside `tests/e2e/run.sh` (display, D-Bus, two tauri-drivers):
//! `make bench-live` (kindly-bench-live).

use kindly_core::CustomerInput;
use kindly_e2e::team::TeamNotebook;
use kindly_e2e::{App, Notebook, SecondDesk};
use serde_json::Value;

const CHANGES: usize = 20;

/// Watches Ben's page for `words` in an element with the test id
/// `arguments[1]`; once they are there, notes the moment of the frame after
/// (`window.__seenAt`).
const WATCH: &str = "
    const words = arguments[0];
    const there = () => [...document.querySelectorAll(`[data-testid=\"${arguments[1]}\"]`)]
        .some(e => e.textContent.includes(words));
    window.__seenAt = null;
    const seen = () => {
        requestAnimationFrame(() => setTimeout(() => {
            window.__seenAt = performance.timeOrigin + performance.now();
        }, 0));
    };
    if (there()) { seen(); return; }
    const watcher = new MutationObserver(() => {
        if (there()) { watcher.disconnect(); seen(); }
    });
    watcher.observe(document.body, {subtree: true, childList: true, characterData: true});";

/// Clicks `testid` in Ana's page and returns the moment, as the page's clock reads it.
fn click_at(app: &App, testid: &str) -> f64 {
    app.run(&format!(
        "const at = performance.timeOrigin + performance.now(); \
         document.querySelector('[data-testid=\"{testid}\"]').click(); \
         return at;"
    ))
    .as_f64()
    .expect("a moment")
}

/// Starts watching Ben's page for `words` in an element `testid`.
fn watch(app: &App, testid: &str, words: &str) {
    let args = serde_json::json!([words, testid]);
    app.run(&format!(
        "return (function(arguments) {{ {WATCH} }})({args});"
    ));
}

/// The moment Ben's page painted what it was watching for.
fn seen_at(app: &App) -> f64 {
    let mut at = Value::Null;
    app.wait_for("the change painted on the other desk", || {
        at = app.run("return window.__seenAt");
        !at.is_null()
    });
    at.as_f64().expect("a moment")
}

/// p50, p95 and slowest of `ms`.
fn summary(ms: &[f64]) -> (f64, f64, f64) {
    let [p50, p95, slowest] = kindly_bench_app::quantiles(ms, [0.50, 0.95, 1.0]);
    (p50, p95, slowest)
}

fn main() {
    let team = TeamNotebook::with_staff("Ana Lima");
    let ben_login = kindly_core::add_staff(&team.owner_url, "Ben Ortiz").expect("Ben's login");
    let mut owner = team.open();
    owner
        .create_customer(&CustomerInput {
            full_name: "Rosie Park".into(),
            ..Default::default()
        })
        .expect("Rosie");
    let ana_desk = Notebook::new();
    let ben_desk = SecondDesk::new();
    let ana = ana_desk.launch();
    let ben = ben_desk.launch();
    ana.join_team(
        &team.server,
        &team.database,
        &team.staff.login,
        &team.staff.password,
    );
    ben.join_team(
        &team.server,
        &team.database,
        &ben_login.login,
        &ben_login.password,
    );

    eprintln!("{CHANGES} calls logged by Ana, on Ben's open page…");
    ana.open_customer("Rosie Park");
    ben.open_customer("Rosie Park");
    let mut calls = Vec::with_capacity(CHANGES);
    for i in 0..CHANGES {
        let words = format!("Bench call number {i:02}");
        ana.click("log-conversation");
        ana.type_into("conv-summary", &words);
        watch(&ben, "timeline-item", &words);
        let sent = click_at(&ana, "conv-save");
        calls.push(seen_at(&ben) - sent);
        ana.wait_for("Ana's form to close", || {
            ana.try_find("conv-summary").is_none()
        });
    }

    eprintln!("{CHANGES} customers added by Ana, in Ben's lookup…");
    let mut added = Vec::with_capacity(CHANGES);
    for i in 0..CHANGES {
        let name = format!("Benchperson Zq{}", (b'a' + i as u8) as char);
        ben.lookup(&name);
        ben.find("lookup-no-results");
        ana.click("nav-new-customer");
        ana.type_into("field-full_name", &name);
        watch(&ben, "lookup-result", &name);
        let sent = click_at(&ana, "save-customer");
        added.push(seen_at(&ben) - sent);
        ana.find("profile-name");
    }

    println!("| change on Ana's desk → painted on Ben's ({CHANGES} each, same machine) | p50 | p95 | slowest |");
    println!("|---|---:|---:|---:|");
    for (what, ms) in [
        ("a call logged → Ben's open customer page", &calls),
        ("a customer added → Ben's lookup (query typed)", &added),
    ] {
        let (p50, p95, max) = summary(ms);
        println!("| {what} | {p50:.0} ms | {p95:.0} ms | {max:.0} ms |");
    }
}
