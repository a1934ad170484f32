//! The window comes back as it was: its size and place are kept in the data
//! folder (per computer, per notebook folder) and restored at the next start.

use kindly_e2e::Notebook;

/// The plugin's file in the data folder: `(width, height)` of the main
/// window as kept, if any.
fn kept_size(notebook: &Notebook) -> Option<(u64, u64)> {
    let text = std::fs::read_to_string(notebook.path().join("window-state.json")).ok()?;
    let all: serde_json::Value = serde_json::from_str(&text).ok()?;
    Some((
        all["main"]["width"].as_u64()?,
        all["main"]["height"].as_u64()?,
    ))
}

#[test]
fn the_window_comes_back_at_the_size_and_place_it_was_left() {
    let notebook = Notebook::new();
    let app = notebook.launch();
    // The display is 1280×800, and so is the window at first.
    assert_eq!(app.window_rect(), (0, 0, 1280, 800));
    app.set_window_size(1000, 700);
    app.move_window(40, 30);
    // Kept as soon as the window stands still, so the end of the session
    // (here the driver ends the process, as a log-out would) loses nothing.
    app.wait_for("the size kept in the data folder", || {
        kept_size(&notebook) == Some((1000, 700))
    });
    drop(app);

    let app = notebook.launch();
    app.wait_for("the window at its kept size and place", || {
        app.window_rect() == (40, 30, 1000, 700)
    });
    app.screenshot("window-place-after-restart");

    // Another data folder (a second desk, another test) has a state of
    // its own: it opens as configured.
    drop(app);
    let other = Notebook::new();
    let app = other.launch();
    assert_eq!(app.window_rect(), (0, 0, 1280, 800));
}
