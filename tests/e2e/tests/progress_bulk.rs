//! The rest of long work's progress in the real window: a backup of a big
//! notebook shows its bar (copying, then checking); protecting it shows its
//! stages with a bar that moves without an amount and no Cancel; telling
//! thousands of a situation's customers at once shows a counted bar, and
//! Cancel leaves the notebook exactly as it was (every stored row read
//! before and after through a connection of the test's own).
//!
//! A piece of work may end between two looks through WebDriver, so the page
//! keeps a record of every state of the bar it showed (a MutationObserver
//! set up before the click); the tests read that record, and screenshot the
//! bar when they catch it.

use std::time::{Duration, Instant};

use kindly_core::import::{Importer, VcardImporter};
use kindly_core::*;
use kindly_e2e::{App, Notebook as Place};
use serde_json::Value;

/// `n` customers tagged "oven", written into the notebook before the window
/// opens (an import: quicker than one at a time).
fn with_customers(n: usize) -> Place {
    let place = Place::new();
    let mut nb = Notebook::open_in_dir(place.path()).expect("notebook");
    let mut text = String::with_capacity(n * 120);
    for i in 0..n {
        text.push_str(&format!(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Guest {i:05}\r\nTEL:+44 7700 9{i:05}\r\n\
             EMAIL:guest{i:05}@example.org\r\nCATEGORIES:oven\r\nEND:VCARD\r\n"
        ));
    }
    let file = VcardImporter.parse(text.as_bytes(), "GB").expect("vCard");
    assert_eq!(
        nb.import_contacts(&file).expect("import").created as usize,
        n
    );
    place
}

/// Starts keeping, in the page, every state the progress bar shows.
fn record_the_bar(app: &App) {
    app.run_quietly(
        "window.__bar = []; \
         const note = () => { \
           const p = document.querySelector('[data-testid=task-progress]'); \
           if (!p) return; \
           const bar = p.querySelector('[data-testid=task-progress-bar]'); \
           const seen = { stage: p.dataset.stage, now: bar.getAttribute('aria-valuenow'), \
             words: p.querySelector('[data-testid=task-progress-words]').textContent, \
             moving: bar.classList.contains('indeterminate'), \
             cancel: !!p.querySelector('[data-testid=task-cancel]') }; \
           const last = window.__bar[window.__bar.length - 1]; \
           if (JSON.stringify(last) !== JSON.stringify(seen)) window.__bar.push(seen); \
         }; \
         new MutationObserver(note).observe(document.body, \
           { subtree: true, childList: true, attributes: true, characterData: true });",
    );
}

/// What the bar showed, in order.
fn bar_states(app: &App) -> Vec<Value> {
    match app.run("return window.__bar;") {
        Value::Array(states) => states,
        other => panic!("no record of the bar: {other}"),
    }
}

fn field<'a>(state: &'a Value, name: &str) -> &'a str {
    state[name].as_str().unwrap_or("")
}

/// Waits longer than the harness does: big work in a debug build on a
/// shared machine.
fn wait_long(app: &App, what: &str, mut cond: impl FnMut() -> bool) {
    let start = Instant::now();
    while !cond() {
        if start.elapsed() > Duration::from_secs(180) {
            app.screenshot(&format!("timeout-{}", what.replace(' ', "-")));
            panic!("timed out waiting for {what}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Screenshots the bar once while it is there (it may be gone before).
fn screenshot_the_bar(app: &App, name: &str, shot: &mut bool) {
    if !*shot {
        if let Some(bar) = app.try_find("task-progress-bar") {
            app.run_with("arguments[0].scrollIntoView({block: 'center'})", &bar);
            app.screenshot(name);
            *shot = true;
        }
    }
}

#[test]
fn a_backup_of_a_big_notebook_shows_its_progress_bar() {
    let place = with_customers(20_000);
    let app = place.launch();
    app.click("nav-settings");
    app.find("back-up-now");
    record_the_bar(&app);

    app.click("back-up-now");
    let mut shot = false;
    wait_long(&app, "the backup", || {
        screenshot_the_bar(&app, "progress-backup-bar", &mut shot);
        app.try_find("backup-done").is_some()
    });
    app.screenshot("progress-backup-done");

    let states = bar_states(&app);
    let stages: Vec<&str> = states.iter().map(|s| field(s, "stage")).collect();
    let copying = stages.iter().position(|s| *s == "copying");
    let checking = stages.iter().rposition(|s| *s == "checking");
    assert!(
        copying.is_some() && checking.is_some() && copying < checking,
        "the bar said copying, then checking: {stages:?}"
    );
    let values: Vec<u32> = states
        .iter()
        .filter_map(|s| field(s, "now").parse().ok())
        .collect();
    assert!(
        values.windows(2).all(|w| w[0] <= w[1]),
        "never goes back: {values:?}"
    );
    assert!(
        values.last().is_some_and(|v| *v >= 85),
        "reached the check: {values:?}"
    );
    assert!(states
        .iter()
        .any(|s| field(s, "words") == "Copying the notebook…"));
    assert!(
        states.iter().all(|s| s["cancel"] == Value::Bool(false)),
        "a backup offers no Cancel"
    );
    assert!(
        app.try_find("task-progress").is_none(),
        "the bar goes once the backup is done"
    );
}

#[test]
fn protecting_a_big_notebook_shows_its_stages_and_offers_no_cancel() {
    let place = with_customers(20_000);
    let app = place.launch();
    app.click("nav-settings");
    app.type_into("protect-passphrase", "blue kettle on the shelf");
    app.type_into("protect-again", "blue kettle on the shelf");
    record_the_bar(&app);

    app.click("protect-submit");
    let mut shot = false;
    wait_long(&app, "protecting", || {
        screenshot_the_bar(&app, "progress-protect-bar", &mut shot);
        app.try_find("protect-done").is_some()
    });
    app.screenshot("progress-protect-done");

    let states = bar_states(&app);
    let stages: Vec<&str> = states.iter().map(|s| field(s, "stage")).collect();
    assert!(
        stages.contains(&"rewriting") && stages.contains(&"finishing"),
        "{stages:?}"
    );
    let rewriting = states
        .iter()
        .find(|s| field(s, "stage") == "rewriting")
        .expect("rewriting");
    assert_eq!(
        rewriting["moving"],
        Value::Bool(true),
        "no amount: a moving bar"
    );
    assert_eq!(rewriting["now"], Value::Null, "and no value");
    assert_eq!(
        field(rewriting, "words"),
        "Writing the whole notebook again…"
    );
    assert!(
        states.iter().all(|s| s["cancel"] == Value::Bool(false)),
        "no Cancel"
    );
    assert!(app.text_of("privacy-status").contains("protected"));
}

/// Every row of every ordinary table of the notebook file, sorted, as read
/// by a connection of the test's own (the situation's record of who was
/// told, every conversation, the lookup's rows).
fn everything(place: &Place) -> String {
    let nb = Notebook::open_in_dir(place.path()).expect("notebook");
    let id = nb.situations(true).expect("situations")[0].id.clone();
    let situation = nb.situation(&id).expect("situation");
    let mut vcard = Vec::new();
    nb.export_vcard(&mut vcard).expect("export");
    let mut all = format!(
        "{} customers, {} told, version {}\n",
        nb.info().expect("info").customer_count,
        situation.progress.told,
        situation.version
    );
    all.push_str(&String::from_utf8(vcard).expect("UTF-8"));
    for member in nb
        .situation_members(&id, &MemberFilter::default(), 0, 200)
        .expect("members")
        .members
    {
        let timeline = nb
            .timeline(&member.customer_id, &[], None, 50)
            .expect("timeline");
        all.push_str(&format!("{}: {:?}\n", member.customer_id, timeline));
    }
    all
}

#[test]
fn telling_thousands_at_once_shows_a_count_and_cancel_leaves_the_notebook_as_it_was() {
    const AFFECTED: usize = 10_000;
    let place = with_customers(AFFECTED);
    {
        let mut nb = Notebook::open_in_dir(place.path()).expect("notebook");
        let id = nb
            .create_situation(&SituationInput {
                title: "Oven recall".into(),
                ..Default::default()
            })
            .expect("situation");
        let oven = SituationFilter {
            tag: Some("oven".into()),
            open_issue_category: None,
        };
        nb.add_matching(&id, &oven, "Ana").expect("everyone");
    }
    let before = everything(&place);
    let app = place.launch();
    app.click("nav-situations");
    app.click("situation-open");
    app.click("tick-all");
    app.wait_for("everyone ticked", || {
        app.text_of("ticked-count").replace(',', "") == "10000 ticked"
    });
    app.click("tell-ticked");
    app.click("tell-how-email");
    record_the_bar(&app);

    app.click("tell-save");
    wait_long(&app, "the count of those told", || {
        app.try_find("task-progress")
            .is_some_and(|p| app.attr(&p, "data-stage").as_deref() == Some("telling"))
            && app.text_of("task-progress-words").starts_with("Recording ")
    });
    let bar = app.find("task-progress-bar");
    app.run_with("arguments[0].scrollIntoView({block: 'center'})", &bar);
    app.screenshot("progress-tell-counting");
    let words = app.text_of("task-progress-words");
    assert!(
        words.contains(" of 10,000 customers told"),
        "the count in words: {words}"
    );

    app.click("task-cancel");
    wait_long(&app, "the telling to end", || {
        app.try_find("task-stopped").is_some() || app.try_find("tell-form").is_none()
    });
    assert!(
        app.try_find("task-stopped").is_some(),
        "stopped, not done: the bar showed {:?}",
        bar_states(&app)
    );
    assert_eq!(app.text_of("task-stopped"), "Stopped. Nothing was changed.");
    assert!(app.try_find("task-progress").is_none(), "the bar is gone");
    app.screenshot("progress-tell-stopped");
    let states = bar_states(&app);
    assert!(
        states.iter().any(|s| field(s, "stage") == "telling"),
        "{states:?}"
    );
    assert!(
        !states.iter().any(|s| field(s, "stage") == "finishing"),
        "stopped before committing"
    );

    assert!(everything(&place) == before, "the notebook is as it was");
    assert_eq!(
        app.text_of("situation-progress").replace(',', ""),
        "Told 0 of 10000"
    );
}

/// What a merge would change, read by a connection of the test's own: every
/// customer (their vCards), the merges on record, and each of the pair's
/// newest entries.
fn the_pair(place: &Place, ids: &[String; 2]) -> String {
    let nb = Notebook::open_in_dir(place.path()).expect("notebook");
    let mut vcard = Vec::new();
    nb.export_vcard(&mut vcard).expect("export");
    let mut all = String::from_utf8(vcard).expect("UTF-8");
    all.push_str(&format!("{:?}\n", nb.recent_merges().expect("merges")));
    for id in ids {
        let page = nb.timeline(id, &[], None, 100).expect("timeline");
        all.push_str(&format!("{id}: {page:?}\n"));
    }
    all
}

#[test]
fn merging_a_long_history_counts_the_entries_moved_and_cancel_leaves_both_as_they_were() {
    const HISTORY: usize = 20_000;
    let place = Place::new();
    let ids = {
        let mut nb = Notebook::open_in_dir(place.path()).expect("notebook");
        let mut rosa = CustomerInput {
            full_name: "Rosa Diaz".into(),
            phones: vec![PhoneInput {
                label: "mobile".into(),
                number: "+1 212 555 0101".into(),
                primary: true,
            }],
            ..Default::default()
        };
        let kept = nb.create_customer(&rosa).expect("kept").id;
        rosa.full_name = "Rosa Díaz".into();
        let merged = nb.create_customer(&rosa).expect("merged").id;
        let talks: Vec<ConversationInput> = (0..HISTORY)
            .map(|i| ConversationInput {
                customer_id: merged.clone(),
                channel: Channel::CallIn,
                happened_at: None,
                staff: "Ana".into(),
                summary: format!("Call number {i}"),
                mood: None,
                issue_id: None,
                follow_up: None,
            })
            .collect();
        assert_eq!(nb.log_conversations(&talks).expect("history"), HISTORY);
        [kept, merged]
    };
    let before = the_pair(&place, &ids);
    let app = place.launch();
    app.click("nav-settings");
    app.click("open-duplicates");
    app.wait_for("the pair", || app.find_all("duplicate-pair").len() == 1);
    record_the_bar(&app);

    app.click("merge-keep-a");
    wait_long(&app, "the count of entries moved", || {
        app.try_find("task-progress")
            .is_some_and(|p| app.attr(&p, "data-stage").as_deref() == Some("moving"))
    });
    app.click("task-cancel");
    app.screenshot("progress-merge-cancelling");
    wait_long(&app, "the merge to end", || {
        app.try_find("task-stopped").is_some() || app.try_find("merge-done").is_some()
    });
    assert!(
        app.try_find("task-stopped").is_some(),
        "stopped, not merged: the bar showed {:?}",
        bar_states(&app)
    );
    app.screenshot("progress-merge-stopped");
    let states = bar_states(&app);
    let words: Vec<&str> = states.iter().map(|s| field(s, "words")).collect();
    assert!(
        words
            .iter()
            .any(|w| w.starts_with("Moving ") && w.ends_with(" of 20,000 entries…")),
        "the entries counted: {words:?}"
    );
    assert!(
        !states.iter().any(|s| field(s, "stage") == "finishing"),
        "stopped before committing"
    );
    assert!(
        app.try_find("duplicates-error").is_none(),
        "a Cancel is no error"
    );
    assert_eq!(app.find_all("duplicate-pair").len(), 1, "still a pair");
    assert!(the_pair(&place, &ids) == before, "both as they were");
}
