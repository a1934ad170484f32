//! The Reports screen in the real window, as the issue asks: open Reports,
//! read the promises chart and the same numbers as a table, change the
//! period (and choose months by hand), click through a bar (and reach one
//! with Tab and press Enter) or a person's count to the customers behind
//! it, open an upset customer waiting for a call back, and look at the
//! charts in light, dark, German at 1024 px and the largest text: words
//! legible, labels apart, and axe finding nothing serious.
//!
//! The window reads the computer's clock, so the notebook's history is
//! written before it opens, through the core with its clock moved to days
//! of the last three months (always the 2nd to the 25th, at midday or
//! close to it, so no time zone moves a day into another month).

#![allow(
    clippy::disallowed_methods,
    clippy::disallowed_types,
    reason = "the real window reads the computer's clock and time zone, so the test's times do too"
)]

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use chrono::{Datelike, Local, NaiveDate, TimeZone};
use kindly_core::*;
use kindly_e2e::axe::{assert_clean, audit, paint_theme};
use kindly_e2e::words::{choose_language, BackToEnglish};
use kindly_e2e::{keys, App, Notebook};
use serde_json::Value;

/// The W3C key code of Tab.
const TAB: &str = "\u{E004}";

/// The first day of the month `back` months before this one.
fn month_start(back: u32) -> NaiveDate {
    let today = Local::now().date_naive();
    let n = today.year() * 12 + today.month0() as i32 - back as i32;
    NaiveDate::from_ymd_opt(n.div_euclid(12), n.rem_euclid(12) as u32 + 1, 1).expect("a month")
}

/// `YYYY-MM` of the month `back` months ago, as the bars name it.
fn ym(back: u32) -> String {
    month_start(back).format("%Y-%m").to_string()
}

/// "November 2026": the month `back` months ago as a person reads it.
fn month_words(back: u32) -> String {
    month_start(back).format("%B %Y").to_string()
}

/// The instant of `day` at `hour`:00 in the month `back` months ago, on the
/// computer's clock.
fn at(back: u32, day: u32, hour: u32) -> Millis {
    let wall = month_start(back)
        .with_day(day)
        .and_then(|d| d.and_hms_opt(hour, 0, 0))
        .expect("a time");
    Local
        .from_local_datetime(&wall)
        .earliest()
        .expect("a local time")
        .timestamp_millis()
}

/// The notebook's core with a clock the history moves by hand.
struct History {
    nb: kindly_core::Notebook,
    clock: Arc<AtomicI64>,
    ids: std::collections::HashMap<&'static str, String>,
}

impl History {
    fn when(&self, at: Millis) {
        self.clock.store(at, Ordering::SeqCst);
    }

    fn add(&mut self, name: &'static str, added: Millis) {
        self.when(added);
        let id = self
            .nb
            .create_customer(&CustomerInput {
                full_name: name.into(),
                ..Default::default()
            })
            .expect("customer")
            .id;
        self.ids.insert(name, id);
    }

    fn promise(&mut self, name: &str, by: &str, made: Millis, due: Millis) -> String {
        self.when(made);
        self.nb
            .make_promise(&PromiseInput {
                customer_id: self.ids[name].clone(),
                issue_id: None,
                what: "Send the replacement part".into(),
                due_at: due,
                promised_by: by.into(),
            })
            .expect("promise")
            .id
    }

    fn settle(&mut self, id: &str, when: Millis, kept: bool) {
        self.when(when);
        let version = self.nb.promise(id).expect("the promise").version;
        let outcome = if kept {
            PromiseOutcome::Kept {
                staff: "Rosa".into(),
                note: String::new(),
            }
        } else {
            PromiseOutcome::Broken {
                staff: "Rosa".into(),
                note: "The supplier let us down".into(),
            }
        };
        self.nb
            .settle_promise(id, version, &outcome)
            .expect("settled");
    }

    /// A promise made on the 3rd, due on `due_day` at midday, kept on
    /// time (the day before), kept late (two days after) or broken (the
    /// day after); `None` leaves it open past its due time.
    fn promised(&mut self, name: &str, by: &str, back: u32, due_day: u32, kept: Option<bool>) {
        let id = self.promise(name, by, at(back, 3, 10), at(back, due_day, 12));
        match kept {
            Some(true) => self.settle(&id, at(back, due_day - 1, 10), true),
            Some(false) => self.settle(&id, at(back, due_day + 1, 10), false),
            None => {}
        }
    }

    fn kept_late(&mut self, name: &str, by: &str, back: u32, due_day: u32) {
        let id = self.promise(name, by, at(back, 3, 10), at(back, due_day, 12));
        self.settle(&id, at(back, due_day + 2, 10), true);
    }

    fn talk(&mut self, name: &str, when: Millis, mood: Mood) {
        self.when(when);
        self.nb
            .log_conversation(&ConversationInput {
                customer_id: self.ids[name].clone(),
                channel: Channel::CallIn,
                happened_at: Some(when),
                staff: "Rosa".into(),
                summary: "A word about the order".into(),
                mood: Some(mood),
                issue_id: None,
                follow_up: None,
            })
            .expect("conversation");
    }

    /// An issue opened at `opened` and resolved at `resolved`.
    fn fixed(&mut self, name: &str, opened: Millis, resolved: Millis) {
        self.when(opened);
        let issue = self
            .nb
            .open_issue(&IssueInput {
                customer_id: self.ids[name].clone(),
                title: "The order arrived broken".into(),
                staff: "Rosa".into(),
                ..Default::default()
            })
            .expect("issue");
        self.when(resolved);
        let version = self.nb.issue(&issue.id).expect("the issue").version;
        self.nb
            .move_issue(
                &issue.id,
                version,
                &IssueMove {
                    to: IssueState::Resolved,
                    staff: "Rosa".into(),
                    note: "Sent a new one".into(),
                    waiting_on: None,
                    mood: None,
                    check_in: None,
                },
            )
            .expect("resolved");
    }
}

/// Three months of history (months are counted back from this one: 3 is
/// the oldest; the period "Last 3 months" leaves it out):
///
/// | added            | month 3        | month 2            | month 1               |
/// |------------------|----------------|--------------------|-----------------------|
/// | customers        | Amira, Bruno   | Dara, Elif         | Farid, Greta, Hugo    |
/// | kept on time     | Rosa→Amira     | Rosa→Dara, →Bruno  | Rosa→Farid,→Greta,→Hugo |
/// | kept late        | –              | Sam→Elif           | Sam→Hugo              |
/// | broken           | Sam→Bruno      | Sam→Amira twice, Rosa→Bruno still open | Sam→Dara |
///
/// In month 1 Farid's issue is fixed and he is called a few days later (a
/// check-in); Greta's is fixed with no word since. Hugo was upset on the
/// 20th of month 1 and nobody has spoken to him since; Elif was upset in
/// month 2 and called back (neutral). A promise to Farid falls due next
/// week (open, not counted).
fn history() -> Notebook {
    let notebook = Notebook::new();
    let clock = Arc::new(AtomicI64::new(at(3, 2, 9)));
    let read = Arc::clone(&clock);
    let nb = kindly_core::Notebook::open_in_dir(notebook.path())
        .expect("notebook")
        .with_clock(Arc::new(move || read.load(Ordering::SeqCst)));
    let mut h = History {
        nb,
        clock,
        ids: Default::default(),
    };
    h.add("Amira Haddad", at(3, 2, 10));
    h.add("Bruno Costa", at(3, 2, 11));
    h.add("Dara Quinn", at(2, 2, 10));
    h.add("Elif Demir", at(2, 2, 11));
    h.add("Farid Nasser", at(1, 2, 10));
    h.add("Greta Lund", at(1, 2, 11));
    h.add("Hugo Brandt", at(1, 2, 12));

    h.promised("Amira Haddad", "Rosa", 3, 10, Some(true));
    h.promised("Bruno Costa", "Sam", 3, 12, Some(false));

    h.promised("Dara Quinn", "Rosa", 2, 10, Some(true));
    h.promised("Bruno Costa", "Rosa", 2, 11, Some(true));
    h.kept_late("Elif Demir", "Sam", 2, 12);
    h.promised("Amira Haddad", "Sam", 2, 13, Some(false));
    h.promised("Amira Haddad", "Sam", 2, 16, Some(false));
    h.promised("Bruno Costa", "Rosa", 2, 18, None);
    h.talk("Elif Demir", at(2, 20, 10), Mood::Upset);
    h.talk("Elif Demir", at(2, 24, 10), Mood::Neutral);

    h.promised("Farid Nasser", "Rosa", 1, 10, Some(true));
    h.promised("Greta Lund", "Rosa", 1, 11, Some(true));
    h.promised("Hugo Brandt", "Rosa", 1, 12, Some(true));
    h.kept_late("Hugo Brandt", "Sam", 1, 13);
    h.promised("Dara Quinn", "Sam", 1, 14, Some(false));
    h.fixed("Farid Nasser", at(1, 4, 10), at(1, 5, 10));
    h.talk("Farid Nasser", at(1, 8, 10), Mood::Pleased);
    h.fixed("Greta Lund", at(1, 16, 10), at(1, 17, 10));
    h.talk("Hugo Brandt", at(1, 20, 10), Mood::Upset);

    let now = Local::now().timestamp_millis();
    h.promise(
        "Farid Nasser",
        "Rosa",
        now - 60_000,
        now + 7 * 24 * 3600 * 1000,
    );
    notebook
}

/// Opens Reports from the header's "More" menu and waits for its figures.
fn open_reports(app: &App) {
    app.click("nav-more");
    app.click("nav-reports");
    app.find("reports-screen");
    app.find("chart-promises");
    app.find("reports-shown-period");
}

/// The bars drawn in one chart: `(month, series, value)`, in page order.
fn bars(app: &App, chart: &str) -> Vec<(String, String, u32)> {
    let found = app.run(&format!(
        "return [...document.querySelectorAll('[data-testid=\"chart-{chart}\"] [data-testid=bar]')] \
           .map(b => [b.dataset.month, b.dataset.series, Number(b.dataset.value)])"
    ));
    found
        .as_array()
        .into_iter()
        .flatten()
        .map(|b| {
            (
                b[0].as_str().unwrap_or_default().to_owned(),
                b[1].as_str().unwrap_or_default().to_owned(),
                b[2].as_u64().unwrap_or_default() as u32,
            )
        })
        .collect()
}

/// The rows of a chart's table as a person reads them, header row first.
fn table(app: &App, chart: &str) -> Vec<Vec<String>> {
    let found = app.run(&format!(
        "const t = document.querySelector('[data-testid=\"chart-{chart}-table\"]'); \
         return t ? [...t.querySelectorAll('tr')].map(r => [...r.children].map(c => c.innerText.trim())) : [];"
    ));
    serde_json::from_value(found).unwrap_or_default()
}

fn row(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|c| (*c).to_owned()).collect()
}

/// The Customers list's heading.
fn list_heading(app: &App) -> String {
    app.run(
        "const h = document.getElementById('customers-title'); return h ? h.innerText.trim() : ''",
    )
    .as_str()
    .unwrap_or_default()
    .to_owned()
}

/// Waits until the Customers list is headed `heading` and lists exactly
/// `names` (in any order).
fn wait_for_list(app: &App, heading: &str, names: &[&str]) {
    let mut wanted: Vec<String> = names.iter().map(|n| (*n).to_owned()).collect();
    wanted.sort();
    let mut seen = (String::new(), Vec::new());
    let waited = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        app.wait_for(&format!("the list {heading:?}"), || {
            let mut listed = app.texts("row-open");
            listed.sort();
            seen = (list_heading(app), listed);
            seen.0 == heading && seen.1 == wanted
        })
    }));
    if waited.is_err() {
        panic!(
            "the Customers list shows {:?} with {:?}, expected {heading:?} with {wanted:?}",
            seen.0, seen.1
        );
    }
}

/// Clicks the bar of `series` in `month` of the chart `chart` where a
/// person's mouse would: at its middle, on whatever is drawn on top there
/// (which must be that bar's button).
fn click_bar(app: &App, chart: &str, month: &str, series: &str) {
    let hit = app
        .try_css(&format!(
            "[data-testid=\"chart-{chart}\"] [data-testid=bar-hit][data-month=\"{month}\"][data-series=\"{series}\"]"
        ))
        .unwrap_or_else(|| panic!("no {series} bar in {month} of {chart}"));
    let clicked = app.run_with(
        "const bar = arguments[0]; bar.scrollIntoView({block: 'center'}); \
         const r = bar.getBoundingClientRect(); \
         const x = r.x + r.width / 2, y = r.y + r.height / 2; \
         const on = document.elementFromPoint(x, y); \
         if (on !== bar) return on ? on.outerHTML.slice(0, 120) : 'nothing'; \
         for (const kind of ['mousedown', 'mouseup', 'click']) \
           on.dispatchEvent(new MouseEvent(kind, {bubbles: true, cancelable: true, clientX: x, clientY: y, button: 0})); \
         return true;",
        &hit,
    );
    assert_eq!(
        clicked,
        Value::Bool(true),
        "the {series} bar of {month} in {chart} is covered by something else"
    );
}

#[test]
fn reports_show_promises_by_month_as_bars_and_as_a_table_for_the_period_chosen() {
    let notebook = history();
    let app = notebook.launch();
    open_reports(&app);

    // The last 6 months by default: month 5 ago to this one.
    assert_eq!(app.value_of("reports-period"), "last6");
    assert_eq!(
        app.text_of("reports-shown-period"),
        format!("{} to {}", month_words(5), month_words(0))
    );
    let (m3, m2, m1) = (ym(3), ym(2), ym(1));
    let drawn = |m: &str, s: &str, v: u32| (m.to_owned(), s.to_owned(), v);
    let mut expected = vec![
        drawn(&m3, "kept_on_time", 1),
        drawn(&m3, "broken", 1),
        drawn(&m2, "kept_on_time", 2),
        drawn(&m2, "kept_late", 1),
        drawn(&m2, "broken", 3),
        drawn(&m1, "kept_on_time", 3),
        drawn(&m1, "kept_late", 1),
        drawn(&m1, "broken", 1),
    ];
    assert_eq!(bars(&app, "promises"), expected);
    // Bar heights follow the values: month 2's broken (3) stands three
    // times as tall as month 3's (1).
    let height = |m: &str| {
        app.run(&format!(
            "return document.querySelector('[data-testid=\"chart-promises\"] [data-testid=bar][data-month=\"{m}\"][data-series=broken]').getBBox().height"
        ))
        .as_f64()
        .expect("a height")
    };
    let (tall, short) = (height(&m2), height(&m3));
    assert!(
        (tall - 3.0 * short).abs() < 0.5,
        "broken bars of 3 and 1 are {tall} and {short} high"
    );

    // The same numbers as a table, every month of the period listed.
    app.click("chart-promises-toggle");
    app.find("chart-promises-table");
    assert_eq!(app.text_of("chart-promises-toggle"), "Hide the table");
    let mut rows = vec![row(&["Month", "Kept on time", "Kept late", "Broken"])];
    for back in (0..=5).rev() {
        let month = month_words(back);
        rows.push(match back {
            3 => row(&[&month, "1", "0", "1"]),
            2 => row(&[&month, "2", "1", "3"]),
            1 => row(&[&month, "3", "1", "1"]),
            _ => row(&[&month, "0", "0", "0"]),
        });
    }
    assert_eq!(table(&app, "promises"), rows);

    // By who made them: Rosa kept 6 on time and left one open past its
    // day; Sam kept 2 late and broke 4.
    let people = app.texts("reports-person");
    assert_eq!(people.len(), 2, "{people:?}");
    let cells =
        |text: &str| -> Vec<String> { text.split_whitespace().map(str::to_owned).collect() };
    assert_eq!(cells(&people[0]), row(&["Rosa", "6", "0", "1"]));
    assert_eq!(cells(&people[1]), row(&["Sam", "0", "2", "4"]));

    // Check-ins after fixes in month 1: Farid called back, Greta not.
    app.click("chart-check-ins-toggle");
    app.find("chart-check-ins-table");
    let check_ins = table(&app, "check-ins");
    assert!(
        check_ins.contains(&row(&[&month_words(1), "1", "1"])),
        "{check_ins:?}"
    );
    // New customers: 2, 2 and 3.
    assert_eq!(
        bars(&app, "new")
            .into_iter()
            .map(|(m, _, v)| (m, v))
            .collect::<Vec<_>>(),
        vec![(m3.clone(), 2), (m2.clone(), 2), (m1.clone(), 3)]
    );

    // The last 3 months: month 3 is gone from the chart and the table.
    app.set_value("reports-period", "last3");
    app.wait_for("the last 3 months shown", || {
        app.text_of("reports-shown-period") == format!("{} to {}", month_words(2), month_words(0))
    });
    expected.drain(..2);
    app.wait_for("month 3's bars gone", || bars(&app, "promises") == expected);
    let shown = table(&app, "promises");
    assert_eq!(shown.len(), 4, "{shown:?}");
    assert_eq!(shown[1], row(&[&month_words(2), "2", "1", "3"]));
    let people = app.texts("reports-person");
    assert_eq!(cells(&people[0]), row(&["Rosa", "5", "0", "1"]));
    assert_eq!(cells(&people[1]), row(&["Sam", "0", "2", "3"]));
}

#[test]
fn a_bar_or_a_persons_count_opens_the_customers_behind_it_by_click_and_by_enter() {
    let notebook = history();
    let app = notebook.launch();
    open_reports(&app);

    // Month 2's broken promises: three, to two customers.
    click_bar(&app, "promises", &ym(2), "broken");
    wait_for_list(
        &app,
        &format!("Broken promises · {}", month_words(2)),
        &["Amira Haddad", "Bruno Costa"],
    );
    app.screenshot("reports-behind-broken");

    // Back on Reports, the keyboard alone: Tab from the period picker
    // reaches the first bar, each bar says what it counts, and Tab goes on
    // bar by bar to month 1's broken promises.
    open_reports(&app);
    let picker = app.find("reports-period");
    app.run_with("arguments[0].focus()", &picker);
    let focused_bar = || {
        app.run(
            "const e = document.activeElement; \
             return e && e.dataset.testid === 'bar-hit' ? e.getAttribute('aria-label') : null",
        )
    };
    app.press(TAB);
    app.wait_for("the first bar to have focus", || {
        focused_bar() == format!("Kept on time, {}: 1", month_words(3)).as_str()
    });
    let last = format!("Broken, {}: 1", month_words(1));
    for _ in 0..7 {
        app.press(TAB);
    }
    app.wait_for("month 1's broken bar to have focus", || {
        focused_bar() == last.as_str()
    });
    app.screenshot("reports-bar-focused");
    app.press(keys::ENTER);
    wait_for_list(
        &app,
        &format!("Broken promises · {}", month_words(1)),
        &["Dara Quinn"],
    );

    // Fixed but not checked in on since: Greta.
    open_reports(&app);
    click_bar(&app, "check-ins", &ym(1), "missing");
    wait_for_list(
        &app,
        &format!("Not checked in after a fix · {}", month_words(1)),
        &["Greta Lund"],
    );

    // From the people's table: Rosa's one broken promise (still open past
    // its day), to Bruno.
    open_reports(&app);
    app.click("reports-person-broken");
    wait_for_list(
        &app,
        &format!(
            "Broken promises · Rosa, {} to {}",
            month_words(5),
            month_words(0)
        ),
        &["Bruno Costa"],
    );
}

#[test]
fn the_upset_customer_waiting_for_a_call_back_is_named_and_opens_their_page() {
    let notebook = history();
    let app = notebook.launch();
    open_reports(&app);

    // Hugo, not Elif (called back after she was upset).
    app.wait_for_texts("reports-upset-name", &["Hugo Brandt"]);
    assert!(app
        .text_of("reports-upset")
        .contains("1 customer whose last mood was upset has not been spoken to since."));
    // All of them in the Customers list, under the report's words.
    app.click("reports-upset-all");
    wait_for_list(&app, "Upset and waiting for a call back", &["Hugo Brandt"]);

    open_reports(&app);
    app.click("reports-upset-name");
    app.wait_for("Hugo's page", || {
        app.try_find("profile-name")
            .is_some_and(|n| app.text(&n).contains("Hugo Brandt"))
    });
}

/// Scrolls `testid` to the top of the window and keeps a screenshot.
fn shot(app: &App, testid: &str, name: &str) -> std::path::PathBuf {
    let e = app.find(testid);
    app.run_with(
        "arguments[0].scrollIntoView({block: 'start'}); window.__painted = false; \
         requestAnimationFrame(() => requestAnimationFrame(() => { window.__painted = true; }));",
        &e,
    );
    app.wait_for("the page painted", || {
        app.run("return window.__painted") == true
    });
    app.screenshot(name)
}

/// What is hard to read in the charts on show: words under the axis, on
/// it or beside it drawn smaller than 12 px (a drawing scaled down to fit a
/// narrow card shrinks its words with it), and month labels that touch.
fn hard_to_read(app: &App) -> Value {
    app.run(
        "const problems = []; \
         for (const chart of document.querySelectorAll('figure[data-testid^=chart-]')) { \
           const svg = chart.querySelector('svg.drawing'); \
           const scale = svg.getScreenCTM().a; \
           for (const t of svg.querySelectorAll('text')) { \
             const px = scale * parseFloat(getComputedStyle(t).fontSize); \
             if (px < 11.5) problems.push(`${chart.dataset.testid}: '${t.textContent}' at ${px.toFixed(1)} px`); \
           } \
           const months = [...svg.querySelectorAll('text.month')].map(t => t.getBoundingClientRect()); \
           for (let i = 1; i < months.length; i++) \
             if (months[i].left < months[i - 1].right + 2) \
               problems.push(`${chart.dataset.testid}: month labels ${i - 1} and ${i} touch`); \
         } \
         return problems;",
    )
}

#[test]
fn reports_look_right_in_light_dark_and_german_and_axe_finds_nothing_serious() {
    let notebook = history();
    let app = notebook.launch();
    open_reports(&app);
    // The screen as it opens, the header in view: the README's picture
    // (`make screenshots` copies it to docs/reports.png).
    let overview = shot(&app, "app-ready", "reports-light-overview");
    if let Some(docs) = std::env::var_os("KINDLY_README_SHOTS") {
        let target = std::path::Path::new(&docs).join("reports.png");
        std::fs::copy(&overview, &target).expect("the README's picture copied");
    }
    app.click("chart-promises-toggle");
    app.find("chart-promises-table");

    assert_eq!(hard_to_read(&app), serde_json::json!([]));
    let mut findings = Vec::new();
    for theme in ["light", "dark"] {
        paint_theme(&app, theme);
        for (part, name) in [
            ("reports-screen", "promises"),
            ("chart-check-ins", "charts"),
            ("reports-upset", "upset"),
        ] {
            shot(&app, part, &format!("reports-{theme}-{name}"));
        }
        findings.push(audit(&app, &format!("reports {theme}")));
    }
    paint_theme(&app, "light");

    // Twelve months in a half-width card: every other month named, none touching.
    app.set_value("reports-period", "last12");
    app.wait_for("the last 12 months shown", || {
        app.text_of("reports-shown-period") == format!("{} to {}", month_words(11), month_words(0))
    });
    assert_eq!(hard_to_read(&app), serde_json::json!([]));
    shot(&app, "chart-check-ins", "reports-light-12-months");

    // German, in a window 1024 px wide.
    let _english = BackToEnglish::new(&app);
    choose_language(&app, "de");
    app.set_window_size(1024, 800);
    open_reports(&app);
    app.click("chart-promises-toggle");
    app.find("chart-promises-table");
    assert!(app.fits_width(), "too wide: {}", app.too_wide());
    assert_eq!(hard_to_read(&app), serde_json::json!([]));
    shot(&app, "reports-screen", "reports-de-1024-promises");
    shot(&app, "chart-check-ins", "reports-de-1024-charts");
    findings.push(audit(&app, "reports de 1024"));
    app.set_window_size(1280, 800);

    // The largest text: the charts' words grow with it and still fit.
    let _standard_text = StandardText(&app);
    app.click("nav-settings");
    app.click("appearance-size-larger");
    app.wait_for("the larger text", || {
        app.run("return getComputedStyle(document.documentElement).fontSize") == "20px"
    });
    open_reports(&app);
    assert_eq!(hard_to_read(&app), serde_json::json!([]));
    let size = app.run(
        "const t = document.querySelector('[data-testid=chart-promises] text.month'); \
         return t.ownerSVGElement.getScreenCTM().a * parseFloat(getComputedStyle(t).fontSize)",
    );
    assert!(
        size.as_f64().is_some_and(|px| px >= 14.5),
        "month labels at {size} px with the largest text"
    );
    shot(&app, "chart-check-ins", "reports-de-larger-text-charts");
    assert_clean(&findings);
}

/// Puts the standard text size back when the test ends, passed or not (the
/// window's storage outlives the app).
struct StandardText<'a>(&'a App);

impl Drop for StandardText<'_> {
    fn drop(&mut self) {
        self.0
            .run_quietly("localStorage.removeItem('kindly.textSize')");
    }
}

#[test]
fn months_chosen_by_hand_show_their_figures_and_a_period_too_long_or_half_chosen_is_not_shown() {
    let notebook = history();
    let app = notebook.launch();
    open_reports(&app);
    app.set_value("reports-period", "custom");

    // Months 3 to 1, as the month pickers choose them.
    app.set_value("reports-from", &ym(3));
    app.set_value("reports-to", &ym(1));
    app.click("reports-show");
    app.wait_for("months 3 to 1 shown", || {
        app.text_of("reports-shown-period") == format!("{} to {}", month_words(3), month_words(1))
    });
    let months: Vec<String> = bars(&app, "promises")
        .into_iter()
        .map(|(m, _, _)| m)
        .collect();
    assert_eq!(months.first(), Some(&ym(3)), "{months:?}");
    assert_eq!(months.last(), Some(&ym(1)), "{months:?}");

    // More than three years: said beside the last month, the figures on show stay.
    app.set_value("reports-from", "2020-01");
    app.click("reports-show");
    app.wait_for("the period refused", || app.try_find("error-to").is_some());
    assert_eq!(
        app.text_of("error-to"),
        "A report covers at most 36 months. Pick a shorter period."
    );
    assert_eq!(
        app.text_of("reports-shown-period"),
        format!("{} to {}", month_words(3), month_words(1))
    );

    // No first month: asked for beside it, in Kindly's words; the refusal before is gone.
    app.set_value("reports-from", "");
    app.click("reports-show");
    app.wait_for("the empty month to be asked for", || {
        app.try_find("error-from").is_some()
    });
    assert_eq!(app.text_of("error-from"), "Choose a month here.");
    assert!(
        app.try_find("error-to").is_none(),
        "the stale refusal is gone"
    );
    app.wait_for("the keyboard at the empty month", || {
        app.focused_testid().as_deref() == Some("reports-from")
    });
    app.screenshot("reports-custom-month-missing");
}
