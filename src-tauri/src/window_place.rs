//! The window comes back as it was: its size, place and maximised state are
//! kept per computer (tauri-plugin-window-state, in the data folder, see
//! `data_dir::config_folder`), and a place on a screen that is gone is
//! moved back onto the primary one.

use std::path::Path;
use std::sync::{mpsc, Mutex};
use std::time::Duration;

use serde::Deserialize;
use tauri::plugin::TauriPlugin;
use tauri::{AppHandle, PhysicalPosition, PhysicalSize, Runtime, WebviewWindow};
use tauri_plugin_window_state::{AppHandleExt, StateFlags};

/// The file, in the data folder, where the plugin keeps the window's state.
pub const FILE_NAME: &str = "window-state.json";
/// The window whose state is kept.
const MAIN: &str = "main";
/// What is kept. Never whether the window was visible: a start at login
/// (`--hidden`) must not make the next ordinary start hidden too.
const KEPT: StateFlags = StateFlags::SIZE
    .union(StateFlags::POSITION)
    .union(StateFlags::MAXIMIZED);
/// How much of the window's top edge (its title bar) must lie on a screen
/// for the window to count as reachable there, in physical pixels.
const GRIP_WIDTH: u32 = 120;
const GRIP_HEIGHT: u32 = 40;

/// The plugin that records the window's size, place and maximised state
/// (on every move and resize) and writes them at quit (and, through
/// [`Saver`], once the window stands still). The window is put
/// back by [`restore`], not by the plugin, so an unreachable place is
/// corrected first. A start that keeps the window hidden (`hidden`) records
/// nothing: a window never shown has no place of its own to remember.
pub fn plugin<R: Runtime>(hidden: bool) -> TauriPlugin<R> {
    let builder = tauri_plugin_window_state::Builder::new()
        .with_state_flags(KEPT)
        .with_filename(FILE_NAME)
        .skip_initial_state(MAIN);
    if hidden {
        // Under another name the kept state of "main" is neither tracked
        // nor overwritten when the plugin saves at quit.
        builder
            .map_label(|_| "hidden")
            .with_filter(|_| false)
            .build()
    } else {
        builder.build()
    }
}

/// Writes the window's state now. Call it on the main thread only: the
/// plugin holds its lock while it asks the window for its size, and the
/// main thread, answering, takes the same lock for any move or resize in
/// between; from another thread, each waits for the other for ever.
pub fn save<R: Runtime>(app: &AppHandle<R>) {
    if let Err(err) = app.save_window_state(KEPT) {
        tracing::warn!("the window's size and place are not kept: {err}");
    }
}

/// How long the window must stay still before its state is written.
const QUIET: Duration = Duration::from_millis(500);

/// Writes the window's state once it has stopped moving or changing size,
/// not only at quit: a session can end without a proper quit (log-out, a
/// crash), and the state must survive that too. The writing itself is
/// done on the main thread (see [`save`]).
pub struct Saver(Mutex<mpsc::Sender<()>>);

impl Saver {
    /// Starts the thread that writes the state for `app`.
    pub fn start<R: Runtime>(app: AppHandle<R>) -> Saver {
        let (tx, rx) = mpsc::channel::<()>();
        std::thread::spawn(move || {
            while rx.recv().is_ok() {
                // A drag sends many changes: write once they stop.
                while rx.recv_timeout(QUIET).is_ok() {}
                let on_main = app.clone();
                if let Err(err) = app.run_on_main_thread(move || save(&on_main)) {
                    tracing::warn!("the window's size and place are not kept: {err}");
                }
            }
        });
        Saver(Mutex::new(tx))
    }

    /// The window moved or changed size.
    pub fn changed(&self) {
        if let Ok(tx) = self.0.lock() {
            let _ = tx.send(());
        }
    }
}

/// A rectangle on the desktop, in physical pixels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rect {
    pub x: i32,
    pub y: i32,
    pub width: u32,
    pub height: u32,
}

impl Rect {
    fn right(&self) -> i64 {
        i64::from(self.x) + i64::from(self.width)
    }

    fn bottom(&self) -> i64 {
        i64::from(self.y) + i64::from(self.height)
    }

    /// Whether the window's title bar, placed as `self`, lies on `screen`
    /// far enough to be grabbed.
    fn reachable_on(&self, screen: &Rect) -> bool {
        let overlap = self.right().min(screen.right()) - i64::from(self.x.max(screen.x));
        let grip = i64::from(GRIP_WIDTH.min(self.width));
        overlap >= grip
            && self.y >= screen.y
            && i64::from(self.y) + i64::from(GRIP_HEIGHT) <= screen.bottom()
    }
}

/// Where the window opens, given where it was (`saved`), the screens now
/// present (their work areas) and the primary one: where it was, no larger
/// than the screen its title bar is on; when its title bar is on no screen
/// (that monitor is gone, or the desktop shrank), centred on the primary
/// screen, no larger than it.
pub fn placed(saved: Rect, screens: &[Rect], primary: Rect) -> Rect {
    if let Some(screen) = screens.iter().find(|s| saved.reachable_on(s)) {
        return Rect {
            width: saved.width.min(screen.width),
            height: saved.height.min(screen.height),
            ..saved
        };
    }
    let width = saved.width.min(primary.width);
    let height = saved.height.min(primary.height);
    Rect {
        x: primary.x + half(primary.width - width),
        y: primary.y + half(primary.height - height),
        width,
        height,
    }
}

fn half(n: u32) -> i32 {
    i32::try_from(n / 2).unwrap_or(i32::MAX)
}

/// One window's entry in the plugin's file (the fields read here).
#[derive(Deserialize)]
struct Kept {
    #[serde(default)]
    width: u32,
    #[serde(default)]
    height: u32,
    #[serde(default)]
    x: i32,
    #[serde(default)]
    y: i32,
    /// The place before the window was maximised (`x`, `y` are then the
    /// screen's corner).
    #[serde(default)]
    prev_x: i32,
    #[serde(default)]
    prev_y: i32,
    #[serde(default)]
    maximized: bool,
}

fn read_kept(dir: &Path) -> Option<Kept> {
    let text = std::fs::read(dir.join(FILE_NAME)).ok()?;
    let mut all: std::collections::HashMap<String, Kept> = serde_json::from_slice(&text).ok()?;
    all.remove(MAIN)
}

/// Puts the window back as it was kept in the data folder `dir`, on a
/// screen present now; leaves it as configured when nothing was kept.
pub fn restore<R: Runtime>(window: &WebviewWindow<R>, dir: &Path) -> tauri::Result<()> {
    let Some(kept) = read_kept(dir) else {
        return Ok(());
    };
    if kept.width > 0 && kept.height > 0 {
        let (x, y) = if kept.maximized {
            (kept.prev_x, kept.prev_y)
        } else {
            (kept.x, kept.y)
        };
        let saved = Rect {
            x,
            y,
            width: kept.width,
            height: kept.height,
        };
        let screens: Vec<Rect> = window
            .available_monitors()?
            .iter()
            .map(|m| {
                let area = m.work_area();
                Rect {
                    x: area.position.x,
                    y: area.position.y,
                    width: area.size.width,
                    height: area.size.height,
                }
            })
            .collect();
        let primary = window.primary_monitor()?.map(|m| {
            let area = m.work_area();
            Rect {
                x: area.position.x,
                y: area.position.y,
                width: area.size.width,
                height: area.size.height,
            }
        });
        // No screen known (some Wayland desktops): the size only.
        match primary.or_else(|| screens.first().copied()) {
            Some(primary) => {
                let at = placed(saved, &screens, primary);
                window.set_size(PhysicalSize::new(at.width, at.height))?;
                window.set_position(PhysicalPosition::new(at.x, at.y))?;
            }
            None => window.set_size(PhysicalSize::new(saved.width, saved.height))?,
        }
    }
    if kept.maximized {
        window.maximize()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const LAPTOP: Rect = Rect {
        x: 0,
        y: 0,
        width: 1920,
        height: 1080,
    };
    /// A second monitor to the right of the laptop.
    const RIGHT: Rect = Rect {
        x: 1920,
        y: 0,
        width: 2560,
        height: 1440,
    };

    fn at(x: i32, y: i32, width: u32, height: u32) -> Rect {
        Rect {
            x,
            y,
            width,
            height,
        }
    }

    #[test]
    fn a_window_on_a_present_screen_stays_where_it_was() {
        let saved = at(2100, 200, 1400, 900);
        assert_eq!(placed(saved, &[LAPTOP, RIGHT], LAPTOP), saved);
        let saved = at(100, 50, 1000, 700);
        assert_eq!(placed(saved, &[LAPTOP], LAPTOP), saved);
    }

    #[test]
    fn a_window_on_a_monitor_that_is_gone_comes_back_centred_on_the_primary_one() {
        let saved = at(2100, 200, 1400, 900);
        assert_eq!(placed(saved, &[LAPTOP], LAPTOP), at(260, 90, 1400, 900));
    }

    #[test]
    fn a_window_larger_than_the_screen_left_is_trimmed_to_it() {
        // Maximal on the big monitor, which is gone.
        let saved = at(1920, 0, 2560, 1440);
        assert_eq!(placed(saved, &[LAPTOP], LAPTOP), LAPTOP);
        // Still on the laptop but larger than it.
        let saved = at(10, 10, 2500, 1300);
        assert_eq!(placed(saved, &[LAPTOP], LAPTOP), at(10, 10, 1920, 1080));
    }

    #[test]
    fn a_title_bar_off_every_screen_counts_as_gone() {
        // Above the top of the screen: its bottom corners show, its title
        // bar does not.
        let saved = at(100, -500, 1000, 800);
        assert_eq!(placed(saved, &[LAPTOP], LAPTOP), at(460, 140, 1000, 800));
        // A sliver at the right edge, too narrow to grab.
        let saved = at(1900, 100, 1000, 800);
        assert_eq!(placed(saved, &[LAPTOP], LAPTOP), at(460, 140, 1000, 800));
        // Far away on a desktop that no longer reaches there.
        let saved = at(-30_000, 9_000, 1000, 800);
        assert_eq!(placed(saved, &[LAPTOP], LAPTOP), at(460, 140, 1000, 800));
    }

    #[test]
    fn the_primary_screen_need_not_be_the_first_or_at_the_origin() {
        let saved = at(5000, 0, 1000, 800);
        assert_eq!(
            placed(saved, &[LAPTOP, RIGHT], RIGHT),
            at(1920 + 780, 320, 1000, 800)
        );
    }

    #[test]
    fn the_kept_entry_is_read_from_the_plugins_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        assert!(read_kept(dir.path()).is_none());
        std::fs::write(
            dir.path().join(FILE_NAME),
            r#"{"main":{"width":1000,"height":700,"x":5,"y":6,"prev_x":7,"prev_y":8,
                "maximized":true,"visible":false,"decorated":true,"fullscreen":false}}"#,
        )
        .expect("write");
        let kept = read_kept(dir.path()).expect("the main window's entry");
        assert_eq!(
            (
                kept.width,
                kept.height,
                kept.prev_x,
                kept.prev_y,
                kept.maximized
            ),
            (1000, 700, 7, 8, true)
        );
        std::fs::write(dir.path().join(FILE_NAME), "not json").expect("write");
        assert!(read_kept(dir.path()).is_none());
    }
}
