//! The team notebook going away and coming back, on the real test server
//! (`scripts/with-postgres.sh`: `KINDLY_TEST_POSTGRES` and
//! `KINDLY_TEST_POSTGRES_CTL`, which stops and starts it). Outside CI
//! without a server these say so and pass; in CI (`CI=true`) they fail.

use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::Ordering;

use kindly_core::{CustomerInput, ErrorCode, Notebook, OfflineKey, TeamAddress};

use super::*;
use crate::live::Server;
use crate::state::{is_lost, AppState, Link, Place};

/// The test server's administrator URL and control script; `None` (with
/// a word) when there is none outside CI.
fn server() -> Option<(String, PathBuf)> {
    match (
        std::env::var("KINDLY_TEST_POSTGRES"),
        std::env::var("KINDLY_TEST_POSTGRES_CTL"),
    ) {
        (Ok(url), Ok(ctl)) => Some((url, PathBuf::from(ctl))),
        _ if std::env::var("CI").is_ok_and(|v| v == "true") => {
            panic!("KINDLY_TEST_POSTGRES(_CTL) is not set: run under scripts/with-postgres.sh")
        }
        _ => {
            eprintln!("no test server (scripts/with-postgres.sh): away-and-back not tested");
            None
        }
    }
}

fn ctl(script: &std::path::Path, what: &str) {
    let out = Command::new(script).arg(what).output().unwrap();
    assert!(out.status.success(), "{what}: {out:?}");
}

/// A new team notebook on the server (its owner's URL, and the address
/// the window would have noted), region GB.
#[allow(
    clippy::disallowed_types,
    reason = "the test makes a database on its throwaway server as an administrator would"
)]
fn team_notebook(admin_url: &str) -> (String, TeamAddress) {
    let name = format!("kindly_shell_{}", uuid_like());
    let mut admin = postgres::Client::connect(admin_url, postgres::NoTls).unwrap();
    admin
        .batch_execute(&format!("CREATE DATABASE \"{name}\""))
        .unwrap();
    // Commits as a production server does: what was saved before the
    // stop (a crash) is there after it.
    admin
        .batch_execute(&format!(
            "ALTER DATABASE \"{name}\" SET synchronous_commit = on"
        ))
        .unwrap();
    let (base, _) = admin_url.rsplit_once('/').unwrap();
    let url = format!("{base}/{name}");
    kindly_core::init_team(&url).unwrap();
    let mut nb = Notebook::open_team(&url).unwrap();
    nb.set_phone_region("GB").unwrap();
    let server = base.rsplit_once('@').unwrap().1;
    (
        url,
        TeamAddress::new(server, &name, "kindly_admin").unwrap(),
    )
}

#[allow(
    clippy::disallowed_methods,
    reason = "a database name no other run used"
)]
fn uuid_like() -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    format!("{}_{now}", std::process::id())
}

fn rosie() -> CustomerInput {
    CustomerInput {
        full_name: "Rosie Hart".into(),
        best_time: "weekday mornings".into(),
        ..Default::default()
    }
}

/// A keeper of the copy at `dir` under a key of the test's own.
fn keeper(dir: &std::path::Path, key: &OfflineKey) -> (Keeper, OfflineKey) {
    let secret = key.secret().to_owned();
    let again = OfflineKey::from_secret(&secret).unwrap();
    let keeper = Keeper::new(
        dir.join(FILE),
        Box::new(move |_| OfflineKey::from_secret(&secret).ok()),
    );
    (keeper, again)
}

#[test]
fn a_lost_server_switches_reads_to_the_copy_refuses_changes_and_comes_back() {
    let Some((admin_url, script)) = server() else {
        return;
    };
    let (url, address) = team_notebook(&admin_url);
    let dir = tempfile::tempdir().unwrap();
    let (kept, key) = keeper(dir.path(), &OfflineKey::generate().unwrap());
    let state = AppState::new_team(
        dir.path().join(kindly_core::FILE_NAME),
        address.clone(),
        Notebook::open_team(&url),
    )
    .with_offline(kept);
    let created = state.change(|nb| nb.create_customer(&rosie())).unwrap();
    let (id, version) = (created.id, created.version);
    assert_eq!(state.team().offline_copy_taken_at, None, "no copy yet");

    let (team, source) = state.connected_team().expect("connected");
    let team = team.key();
    assert!(
        state.offline.due(&team, std::time::Instant::now()),
        "soon after connecting"
    );
    state.offline.refresh(&team, &source, &key).unwrap();
    assert!(state.team().offline_copy_taken_at.is_some());
    assert!(
        !state.offline.due(&team, std::time::Instant::now()),
        "nothing changed since"
    );

    // Another state with no copy on this computer, on the same server.
    let bare_dir = tempfile::tempdir().unwrap();
    let (bare_keeper, _) = keeper(bare_dir.path(), &key);
    let bare = AppState::new_team(
        bare_dir.path().join(kindly_core::FILE_NAME),
        address.clone(),
        Notebook::open_team(&url),
    )
    .with_offline(bare_keeper);

    // And one whose first command once the server is gone is a change.
    let (writer_keeper, _) = keeper(dir.path(), &key);
    let writer = AppState::new_team(
        dir.path().join(kindly_core::FILE_NAME),
        address.clone(),
        Notebook::open_team(&url),
    )
    .with_offline(writer_keeper);

    ctl(&script, "stop");
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        // The read that finds the server gone is answered from the copy.
        let found = state.with(|nb| nb.search("rosie", 10)).unwrap();
        assert_eq!(found.len(), 1, "Rosie, from the copy");
        let status = state.team();
        assert!(status.away && status.last_heard_at.is_some());
        assert!(matches!(state.link(), Link::Away(..)));
        let mut edited = rosie();
        edited.best_time = "evenings".into();
        let refused = state
            .change(|nb| nb.update_customer(&id, version, &edited))
            .unwrap_err();
        assert_eq!(refused.code, ErrorCode::ServerAway, "{}", refused.message);
        assert!(refused.message.contains("What you typed"));

        // A change cut off by the loss may have been saved: its own words
        // say so; the next one is refused by the copy.
        let mut edited = rosie();
        edited.best_time = "evenings".into();
        let cut = writer
            .change(|nb| nb.update_customer(&id, version, &edited))
            .unwrap_err();
        assert!(is_lost(cut.code), "{cut:?}");
        assert!(writer.is_away());
        let refused = writer
            .change(|nb| nb.update_customer(&id, version, &edited))
            .unwrap_err();
        assert_eq!(refused.code, ErrorCode::ServerAway);
        assert_eq!(writer.with(|nb| nb.search("rosie", 10)).unwrap().len(), 1);

        // Without a copy: the plain connection message.
        let err = bare.with(|nb| nb.search("rosie", 10)).unwrap_err();
        assert!(is_lost(err.code), "{err:?}");
        assert!(bare.team().away);
        assert!(state.come_back_now(&address).is_err(), "still away");
    }));
    ctl(&script, "start");
    if let Err(panic) = outcome {
        std::panic::resume_unwind(panic);
    }

    // live.rs's turn: the server answers again, the team notebook is back.
    state.come_back_now(&address).unwrap();
    assert!(!state.is_away() && !state.team().away);
    let mut edited = rosie();
    edited.best_time = "evenings".into();
    state
        .change(|nb| nb.update_customer(&id, version, &edited))
        .expect("saved once the server is back");
    let owner = Notebook::open_team(&url).unwrap();
    assert_eq!(owner.customer(&id).unwrap().best_time, "evenings");
    assert!(
        state
            .offline
            .changed
            .load(std::sync::atomic::Ordering::SeqCst),
        "refresh due"
    );

    // The next start opens on the copy at once, as the person who took it.
    let (start_keeper, _) = keeper(dir.path(), &key);
    let started = AppState::opening(
        dir.path().join(kindly_core::FILE_NAME),
        Place::Team(address.clone(), None),
    )
    .with_offline(start_keeper);
    crate::opening::open_team(&started, &address);
    assert!(
        started.is_away() && !started.team().away,
        "reads from the copy; not said to be away before the server was tried"
    );
    started.confirm_away();
    assert!(started.team().away, "the first try failed");
    let who = started.team().signed_in.map(|s| s.login);
    assert_eq!(who.as_deref(), Some("kindly_admin"));
    assert_eq!(started.with(|nb| nb.search("rosie", 10)).unwrap().len(), 1);
    assert!(started.team().offline_copy_taken_at.is_some());
    // No copy: the start connects, with the password remembered (none
    // here, so the window will ask for it).
    let (none_keeper, _) = keeper(bare_dir.path(), &key);
    let path = bare_dir.path().join(kindly_core::FILE_NAME);
    let bare =
        AppState::opening(path, Place::Team(address.clone(), None)).with_offline(none_keeper);
    crate::opening::open_team(&bare, &address);
    assert!(!bare.is_away(), "no copy to read from");
    let asked = bare.with(|nb| nb.info()).map_err(|e| e.code);
    assert_eq!(asked.err(), Some(ErrorCode::SignInNeeded));
}

impl AppState {
    /// What live.rs does while away: connect again and swap in.
    fn come_back_now(&self, address: &TeamAddress) -> Result<(), kindly_core::Error> {
        match self.link() {
            Link::Away(_, source, _) => Server::come_back(self, address, source.as_ref()),
            _ => Ok(()),
        }
    }
}

#[test]
fn leaving_the_team_deletes_the_copy() {
    let dir = tempfile::tempdir().unwrap();
    let (keeper, _) = keeper(dir.path(), &OfflineKey::generate().unwrap());
    std::fs::write(keeper.path(), b"a copy").unwrap();
    keeper.forget(&TeamAddress::new("shop", "kindly", "ana").unwrap());
    assert!(!keeper.path().exists());
    assert_eq!(keeper.taken_at(), None);
}

#[test]
fn a_refresh_waits_for_changes_and_the_gap() {
    let dir = tempfile::tempdir().unwrap();
    let (keeper, _) = keeper(dir.path(), &OfflineKey::generate().unwrap());
    let now = std::time::Instant::now();
    assert!(keeper.due("shop", now), "never refreshed");
    keeper.plan.lock().unwrap().last =
        Some(("shop".into(), now, std::time::Duration::from_secs(4)));
    assert!(keeper.due("other", now), "another team: at once");
    assert!(!keeper.due("shop", now + MIN_GAP), "nothing changed");
    keeper.changed();
    assert!(!keeper.due("shop", now + MIN_GAP / 2), "too soon");
    assert!(keeper.due("shop", now + MIN_GAP));
    keeper.plan.lock().unwrap().last =
        Some(("shop".into(), now, std::time::Duration::from_secs(60)));
    assert!(
        !keeper.due("shop", now + MIN_GAP),
        "a slow copy waits longer"
    );
    assert!(keeper.due("shop", now + std::time::Duration::from_secs(20 * 60)));
}

#[test]
fn a_restart_on_a_copy_taken_a_moment_ago_does_not_copy_again_before_the_gap() {
    let dir = tempfile::tempdir().unwrap();
    let (fresh, _) = keeper(dir.path(), &OfflineKey::generate().unwrap());
    let now = std::time::Instant::now();
    let minute = std::time::Duration::from_secs(60);
    // The copy the window started on was taken a minute ago.
    fresh
        .taken_at
        .store(crate::state::now_ms() - 60_000, Ordering::SeqCst);
    fresh.changed();
    assert!(!fresh.due("shop", now), "fresh enough");
    assert!(fresh.due("shop", now + MIN_GAP - minute), "then as usual");

    // One taken long ago is refreshed at once.
    let (old, _) = keeper(dir.path(), &OfflineKey::generate().unwrap());
    old.taken_at
        .store(crate::state::now_ms() - 3_600_000, Ordering::SeqCst);
    assert!(old.due("shop", now));
}
