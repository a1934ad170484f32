//! Whether this copy of Kindly registers itself for `kindly://` links.
//!
//! An installer registers the scheme. A copy run from a folder registers
//! itself once, at its first run with a notebook folder, and never when it
//! runs from a temporary folder or Downloads: a copy started there once
//! would otherwise keep owning the links after it was deleted or replaced.

use std::path::{Path, PathBuf};

/// The file in the data folder that records which program registered.
const MARKER: &str = "kindly-links-registered";

/// Folders a program is only passing through.
pub fn passing_through() -> Vec<PathBuf> {
    let mut dirs = vec![
        std::env::temp_dir(),
        PathBuf::from("/tmp"),
        PathBuf::from("/var/tmp"),
        PathBuf::from("/dev/shm"),
    ];
    if let Some(home) = std::env::var_os("HOME") {
        dirs.push(Path::new(&home).join("Downloads"));
    }
    dirs
}

/// Whether `exe` should register `kindly://` now: not from a folder it is
/// only passing through (`passing`), and only when nothing was registered
/// from this data folder before (`already`).
pub fn should_register(exe: &Path, passing: &[PathBuf], already: bool) -> bool {
    let exe = exe.canonicalize().unwrap_or_else(|_| exe.to_path_buf());
    let temporary = passing.iter().any(|dir| {
        let dir = dir.canonicalize().unwrap_or_else(|_| dir.clone());
        exe.starts_with(&dir)
    });
    !temporary && !already
}

/// Whether this copy should register, judged for `data_dir`; when it
/// should, the registration is recorded there first, so it happens once.
pub fn register_now(data_dir: &Path) -> bool {
    let marker = data_dir.join(MARKER);
    let Ok(exe) = std::env::current_exe() else {
        return false;
    };
    if !should_register(&exe, &passing_through(), marker.exists()) {
        return false;
    }
    let _ = std::fs::create_dir_all(data_dir);
    std::fs::write(&marker, exe.display().to_string()).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_in_a_temporary_folder_never_registers_and_others_only_once() {
        let tmp = tempfile::tempdir().unwrap();
        let passing = vec![tmp.path().to_path_buf()];
        let in_tmp = tmp.path().join("kindly");
        assert!(!should_register(&in_tmp, &passing, false));
        assert!(!should_register(
            &tmp.path().join("sub/dir/kindly"),
            &passing,
            false
        ));
        let installed = Path::new("/usr/bin/kindly");
        assert!(should_register(installed, &passing, false), "first run");
        assert!(!should_register(installed, &passing, true), "later runs");
        assert!(passing_through().contains(&std::env::temp_dir()));
    }

    #[test]
    fn registering_is_recorded_in_the_data_folder_so_it_happens_once() {
        let data = tempfile::tempdir().unwrap();
        let exe = std::env::current_exe().unwrap();
        let from_temp = passing_through()
            .iter()
            .any(|d| exe.starts_with(d.canonicalize().unwrap_or_else(|_| d.clone())));
        if from_temp {
            // This test binary itself runs from a temporary folder.
            assert!(!register_now(data.path()));
            return;
        }
        assert!(register_now(data.path()), "the first run registers");
        assert!(!register_now(data.path()), "a later run does not");
    }
}
