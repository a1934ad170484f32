//! Crash safety: a child process changes the notebook through the core API
//! and reports each change only after the call returned; the parent kills
//! it with SIGKILL at random moments. After every kill the notebook passes
//! `PRAGMA integrity_check` and holds every change that was reported.
//!
//! `make test` runs 200 kills; `make soak` sets `KINDLY_CRASH_ROUNDS` for
//! thousands.

#![allow(
    clippy::disallowed_types,
    reason = "opens the notebook file with SQLite directly, as another program or an older Kindly would"
)]

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use kindly_core::{
    Channel, ConversationInput, CustomerInput, FollowUpAction, FollowUpInput, Notebook, PhoneInput,
};

const CHILD: &str = "KINDLY_CRASH_CHILD";

/// The child's work, forever: one change at a time, each reported on
/// stdout as `kind id` once its call returned.
#[test]
#[ignore = "run by crash_safety_under_sigkill as its child process"]
fn child_writes_and_reports() {
    let Some(dir) = std::env::var_os(CHILD) else {
        return;
    };
    let mut nb = Notebook::open_in_dir(Path::new(&dir)).expect("open");
    let seed: u64 = std::process::id() as u64;
    let mut out = std::io::stdout().lock();
    for n in 0u64.. {
        let customer = nb
            .create_customer(&CustomerInput {
                full_name: format!("Crash {seed} {n}"),
                phones: vec![PhoneInput {
                    label: "mobile".into(),
                    number: format!("+1 555 01{:02} {:04}", n % 100, seed % 10_000),
                    primary: true,
                }],
                notes: "x".repeat((n % 7) as usize * 300),
                ..Default::default()
            })
            .expect("create");
        writeln!(out, "customer {}", customer.id).expect("report");
        out.flush().expect("flush");
        let said = nb
            .log_conversation(&ConversationInput {
                customer_id: customer.id.clone(),
                channel: Channel::CallIn,
                happened_at: None,
                staff: "Jo".into(),
                summary: format!("call {n}"),
                mood: None,
                issue_id: None,
                follow_up: None,
            })
            .expect("conversation");
        writeln!(out, "conversation {}", said.id).expect("report");
        out.flush().expect("flush");
        let follow_up = nb
            .add_follow_up(&FollowUpInput {
                customer_id: customer.id.clone(),
                about_id: None,
                action: FollowUpAction::CallBack,
                date: "2026-12-01".into(),
                time: None,
                repeat: Some("FREQ=WEEKLY".into()),
                assignee: String::new(),
                note: String::new(),
                staff: String::new(),
            })
            .expect("follow-up");
        writeln!(out, "follow_up {}", follow_up.id).expect("report");
        out.flush().expect("flush");
        if n % 5 == 4 {
            let mut input = customer.to_input();
            input.notes = format!("edited {n}");
            nb.update_customer(
                &customer.id,
                nb.customer(&customer.id).unwrap().version,
                &input,
            )
            .expect("update");
            writeln!(out, "edit {}", customer.id).expect("report");
            out.flush().expect("flush");
        }
    }
}

/// A small deterministic generator, so a failing round can be repeated.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

/// A line the child writes after a change returned.
fn is_change(line: &str) -> bool {
    line.split_once(' ')
        .is_some_and(|(kind, _)| matches!(kind, "customer" | "conversation" | "follow_up" | "edit"))
}

#[test]
fn crash_safety_under_sigkill() {
    let rounds: usize = std::env::var("KINDLY_CRASH_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(200);
    let dir = tempfile::tempdir().expect("temp dir");
    let exe = std::env::current_exe().expect("test binary");
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut reported: Vec<(String, String)> = Vec::new();
    let mut edited: Vec<String> = Vec::new();

    for round in 0..rounds {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "child_writes_and_reports",
                "--ignored",
                "--nocapture",
            ])
            .args(["--test-threads", "1", "-q"])
            .env(CHILD, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start the child");
        let stdout = child.stdout.take().expect("child stdout");
        // Kill after a random number of reported changes (0 = while it
        // starts and opens the notebook), then a random few milliseconds,
        // so the kill lands anywhere inside a change.
        let wanted = rng.below(12) as usize;
        let pause = Duration::from_micros(rng.below(15_000));
        let (tx, rx) = std::sync::mpsc::channel::<String>();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut lines = Vec::new();
        let give_up = Instant::now() + Duration::from_secs(20);
        while lines.iter().filter(|l: &&String| is_change(l)).count() < wanted
            && Instant::now() < give_up
        {
            if let Ok(line) = rx.recv_timeout(Duration::from_millis(50)) {
                lines.push(line);
            }
        }
        std::thread::sleep(pause);
        child.kill().expect("SIGKILL");
        child.wait().expect("reap");
        reader.join().expect("reader");
        lines.extend(rx.try_iter());
        for line in lines.iter().filter(|l| is_change(l)) {
            let (kind, id) = line.split_once(' ').expect("kind id");
            if kind == "edit" {
                edited.push(id.to_owned());
            } else {
                reported.push((kind.to_owned(), id.to_owned()));
            }
        }

        let nb = Notebook::open_in_dir(dir.path())
            .unwrap_or_else(|e| panic!("round {round}: the notebook does not open: {e}"));
        let check = rusqlite::Connection::open(nb.path()).expect("second connection");
        let integrity: String = check
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .expect("integrity_check");
        assert_eq!(integrity, "ok", "round {round}");
        for (kind, id) in &reported {
            let found = match kind.as_str() {
                "customer" => nb.customer(id).is_ok(),
                "conversation" => nb.conversation(id).is_ok(),
                _ => nb.follow_up(id).is_ok(),
            };
            assert!(found, "round {round}: the reported {kind} {id} is missing");
        }
        for id in &edited {
            assert!(
                nb.customer(id)
                    .expect("edited customer")
                    .notes
                    .starts_with("edited"),
                "round {round}: the reported edit of {id} is missing"
            );
        }
    }
    eprintln!(
        "{rounds} kills; {} reported changes, every one found after its kill",
        reported.len() + edited.len()
    );
    assert!(
        reported.len() >= rounds,
        "the child reported only {} changes in {rounds} rounds: the kills came too early to test anything",
        reported.len()
    );
}
