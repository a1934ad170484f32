//! Crash safety of protecting a notebook: a child process adds customers and
//! protects, re-keys and unprotects the notebook in turn, reporting each
//! step after it returned; the parent kills it with SIGKILL at random
//! moments. After every kill the notebook opens with the passphrase last
//! reported (or the next one, if the kill came after the new file was in
//! place but before the report), passes `PRAGMA integrity_check`, and holds
//! every reported customer.
//!
//! `make test` runs 20 kills; `make soak` sets `KINDLY_CRASH_ROUNDS`.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use kindly_core::{CustomerInput, Error, Notebook, FILE_NAME};

const CHILD: &str = "KINDLY_CRASH_PROTECT_CHILD";
/// The passphrases the child cycles through: none, A, B, none, ...
const KEYS: [Option<&str>; 3] = [
    None,
    Some("first passphrase A"),
    Some("second passphrase B"),
];

/// Opens the notebook in `dir` with whichever of the child's passphrases
/// fits; returns it with the index of that passphrase.
fn open_any(dir: &Path) -> (Notebook, usize) {
    let path = dir.join(FILE_NAME);
    for (i, key) in KEYS.iter().enumerate() {
        let opened = match key {
            None => Notebook::open(&path),
            Some(key) => Notebook::open_protected(&path, key),
        };
        match opened {
            Ok(nb) => return (nb, i),
            Err(Error::Locked | Error::Invalid { .. }) => continue,
            Err(err) => panic!("the notebook does not open: {err}"),
        }
    }
    panic!("none of the passphrases opens the notebook");
}

#[test]
#[ignore = "run by protecting_survives_sigkill as its child process"]
fn child_protects_and_reports() {
    let Some(dir) = std::env::var_os(CHILD) else {
        return;
    };
    let (mut nb, mut at) = open_any(Path::new(&dir));
    let mut out = std::io::stdout().lock();
    for n in 0u64.. {
        let customer = nb
            .create_customer(&CustomerInput {
                full_name: format!("Guarded {} {n}", std::process::id()),
                notes: "x".repeat((n % 5) as usize * 400),
                ..Default::default()
            })
            .expect("create");
        writeln!(out, "customer {}", customer.id).expect("report");
        out.flush().expect("flush");
        let next = (at + 1) % KEYS.len();
        match (KEYS[at], KEYS[next]) {
            (None, Some(new)) => nb.protect(new).map(|_| ()),
            (Some(old), Some(new)) => nb.change_passphrase(old, new).map(|_| ()),
            (Some(old), None) => nb.remove_protection(old).map(|_| ()),
            (None, None) => unreachable!("two plain steps in a row"),
        }
        .expect("re-key");
        at = next;
        writeln!(out, "key {at}").expect("report");
        out.flush().expect("flush");
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

#[test]
fn protecting_survives_sigkill() {
    // A passphrase change takes a few key derivations, so a tenth of the
    // crash test's rounds.
    let rounds: usize = std::env::var("KINDLY_CRASH_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .map_or(20, |r: usize| r.div_ceil(10));
    let dir = tempfile::tempdir().expect("temp dir");
    let exe = std::env::current_exe().expect("test binary");
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let mut customers: Vec<String> = Vec::new();
    let mut at = 0usize;
    let mut rekeys = 0usize;

    for round in 0..rounds {
        let mut child = Command::new(&exe)
            .args(["--exact", "child_protects_and_reports", "--ignored"])
            .args(["--nocapture", "--test-threads", "1", "-q"])
            .env(CHILD, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start the child");
        let stdout = child.stdout.take().expect("child stdout");
        // Kill after a random number of reported steps, then up to the
        // time a passphrase change takes, so kills land inside them too.
        let wanted = rng.below(6) as usize;
        let pause = Duration::from_micros(rng.below(1_200_000));
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
        let give_up = Instant::now() + Duration::from_secs(30);
        let steps = |lines: &[String]| {
            lines
                .iter()
                .filter(|l| l.starts_with("customer ") || l.starts_with("key "))
                .count()
        };
        while steps(&lines) < wanted && Instant::now() < give_up {
            if let Ok(line) = rx.recv_timeout(Duration::from_millis(50)) {
                lines.push(line);
            }
        }
        std::thread::sleep(pause);
        child.kill().expect("SIGKILL");
        child.wait().expect("reap");
        reader.join().expect("reader");
        lines.extend(rx.try_iter());
        for line in &lines {
            match line.split_once(' ') {
                Some(("customer", id)) => customers.push(id.to_owned()),
                Some(("key", i)) => {
                    at = i.parse().expect("key index");
                    rekeys += 1;
                }
                _ => {}
            }
        }

        let (nb, found) = open_any(dir.path());
        assert!(
            found == at || found == (at + 1) % KEYS.len(),
            "round {round}: opened with passphrase {found}, but {at} was reported last"
        );
        at = found;
        assert_eq!(
            nb.integrity_check().expect("integrity check"),
            "ok",
            "round {round}"
        );
        for id in &customers {
            assert!(
                nb.customer(id).is_ok(),
                "round {round}: customer {id} is missing"
            );
        }
    }
    eprintln!(
        "{rounds} kills; {} customers and {rekeys} passphrase changes reported, every one kept",
        customers.len()
    );
    assert!(
        rekeys >= rounds / 3,
        "only {rekeys} passphrase changes: the kills came too early"
    );
}
