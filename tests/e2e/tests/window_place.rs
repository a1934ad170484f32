//! The window comes back as it was: its size and place are kept in the data
//! folder (per computer, per notebook folder) and restored at the next
//! start; a place no longer on any screen (a monitor gone) is not used.
//!
//! For the restores, the kept state is written here as the app writes it
//! (`window-state.json`, tauri-plugin-window-state's file), so each start
//! begins from a known place.

use kindly_e2e::Notebook;

/// A data folder holding a window kept at `x`, `y`, `width` × `height`.
fn kept_at(x: i64, y: i64, width: u64, height: u64) -> Notebook {
    let notebook = Notebook::new();
    std::fs::create_dir_all(notebook.path()).expect("the data folder");
    let state = serde_json::json!({
        "main": { "width": width, "height": height, "x": x, "y": y, "prev_x": x, "prev_y": y }
    });
    std::fs::write(notebook.path().join("window-state.json"), state.to_string())
        .expect("the kept state");
    notebook
}

#[test]
fn the_window_comes_back_at_the_size_and_place_it_was_left() {
    let notebook = kept_at(40, 30, 1000, 700);
    let app = notebook.launch();
    app.wait_for("the window at its kept size and place", || {
        app.window_rect() == (40, 30, 1000, 700)
    });
    app.screenshot("window-place-after-restart");
    drop(app);

    // Kept on a monitor that is gone: the window opens on the screen there
    // is (1280×800 here), whole.
    let gone = kept_at(3000, 1200, 1000, 700);
    let app = gone.launch();
    let (x, y, width, height) = app.window_rect();
    assert!(
        x >= 0 && y >= 0 && x + width <= 1280 && y + height <= 800,
        "on the screen: {:?}",
        (x, y, width, height)
    );
    drop(app);

    // Another data folder (a second desk, another test) has a state of
    // its own: it opens as configured.
    let other = Notebook::new();
    let app = other.launch();
    assert_eq!(app.window_rect(), (0, 0, 1280, 800));
}

/// The place is written half a second after the window stops moving
/// (`window_place::Saver`); a move that came just then used to freeze the
/// window for good: the writing and the move each waited for the other.
/// Moves spaced around that half second land on the writing again and
/// again; the window keeps answering, and the last place is what is kept,
/// without the app being quit.
#[test]
fn a_window_moved_while_its_place_is_written_keeps_answering_and_is_kept() {
    let notebook = Notebook::new();
    let app = notebook.launch();
    let mut x = 0;
    for round in 0..40u64 {
        x = 20 + (round as i32 % 5) * 10;
        app.move_window(x, 40);
        std::thread::sleep(std::time::Duration::from_millis(490 + (round * 7) % 40));
    }
    let kept = notebook.path().join("window-state.json");
    app.wait_for("the last place written", || {
        std::fs::read_to_string(&kept)
            .ok()
            .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
            .is_some_and(|state| state["main"]["x"] == x && state["main"]["y"] == 40)
    });
    assert_eq!(
        app.window_rect().0,
        i64::from(x),
        "the window still answers"
    );
}
