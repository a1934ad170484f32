//! Where the notebook lives.

use std::path::PathBuf;

use tauri::{AppHandle, Manager};

/// Environment variable that overrides the data folder (tests always set it).
pub const ENV: &str = "KINDLY_DATA_DIR";
/// Command-line flag with the same meaning, for launchers that cannot set
/// the environment (such as the end-to-end test driver).
pub const FLAG: &str = "--data-dir";

/// The data folder: `--data-dir DIR`, else `$KINDLY_DATA_DIR`, else the OS
/// app-data folder (e.g. `~/.local/share/org.kindly.notebook` on Linux).
pub fn resolve(app: &AppHandle) -> tauri::Result<PathBuf> {
    if let Some(dir) = from_args(std::env::args()) {
        return Ok(dir);
    }
    if let Some(dir) = std::env::var_os(ENV).filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    app.path().app_data_dir()
}

fn from_args(args: impl Iterator<Item = String>) -> Option<PathBuf> {
    let mut args = args.skip(1);
    while let Some(arg) = args.next() {
        if arg == FLAG {
            return args.next().map(PathBuf::from);
        }
        if let Some(dir) = arg.strip_prefix("--data-dir=") {
            return Some(PathBuf::from(dir));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> impl Iterator<Item = String> {
        list.iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
            .into_iter()
    }

    #[test]
    fn flag_forms() {
        assert_eq!(
            from_args(args(&["kindly", "--data-dir", "/tmp/a"])),
            Some("/tmp/a".into())
        );
        assert_eq!(
            from_args(args(&["kindly", "--data-dir=/tmp/b"])),
            Some("/tmp/b".into())
        );
        assert_eq!(from_args(args(&["kindly"])), None);
    }
}
