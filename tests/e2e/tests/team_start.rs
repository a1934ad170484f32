//! Starting on a team notebook whose server is slow to answer: the window
//! is there at once and says it is opening the notebook, instead of no
//! window at all until the server answers or the wait runs out; then it
//! says the server could not be reached and offers Retry.

use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

use kindly_core::TeamAddress;
use kindly_e2e::{App, Notebook, PATIENCE};

/// A "server" on this computer that takes connections and never says a
/// word (a frozen PostgreSQL); its address, and the connections it holds.
fn silent_server() -> (String, Arc<Mutex<Vec<TcpStream>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a port");
    let address = listener.local_addr().expect("its address").to_string();
    let held = Arc::new(Mutex::new(Vec::new()));
    let holding = Arc::clone(&held);
    std::thread::spawn(move || {
        for stream in listener.incoming().map_while(Result::ok) {
            holding.lock().expect("held").push(stream);
        }
    });
    (address, held)
}

#[test]
fn a_start_on_a_server_that_says_nothing_shows_the_window_saying_so_then_offers_retry() {
    let (server, held) = silent_server();
    let notebook = Notebook::new();
    // This computer joined the team notebook on that server, and kept the
    // password in the keychain, as the join form does.
    let address = TeamAddress::new(&server, "kindly", "ana_lima").expect("an address");
    std::fs::create_dir_all(notebook.path()).expect("the data folder");
    std::fs::write(
        notebook.path().join("team.json"),
        serde_json::to_string(&address).expect("json"),
    )
    .expect("team.json");
    keyring::Entry::new("org.kindly.team", &address.key())
        .and_then(|entry| entry.set_password("ana's password"))
        .expect("run.sh's keychain keeps it");

    let binary = std::env::var("KINDLY_E2E_APP").expect("run.sh names the app");
    let app = App::launch_binary(&binary, notebook.path(), &[], "still-opening");
    app.wait_for("the window to say it is opening the notebook", || {
        app.try_find("still-opening").is_some_and(|_| {
            app.text_of("still-opening")
                .contains("Opening your notebook")
        })
    });
    app.screenshot("team-start-1-opening");
    assert!(
        !held.lock().expect("held").is_empty(),
        "Kindly is waiting on the server"
    );
    assert!(
        app.try_find("app-ready").is_none(),
        "nothing to work on yet"
    );

    // The server never answers: after the connection's own time limit the
    // window says so and offers Retry (this computer's notebook untouched).
    let start = std::time::Instant::now();
    while app.try_find("team-retry").is_none() {
        assert!(start.elapsed() < 2 * PATIENCE, "no Retry offered");
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    let problem = app.text_of("team-start-problem");
    assert!(
        problem.contains("reach") || problem.contains("answer"),
        "says the server could not be reached: {problem}"
    );
    assert!(app.try_find("still-opening").is_none(), "no longer opening");
    app.screenshot("team-start-2-retry");
    assert!(!notebook.path().join(kindly_core::FILE_NAME).exists());
}
