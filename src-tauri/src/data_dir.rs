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
    match overridden() {
        Some(dir) => Ok(dir),
        None => app.path().app_data_dir(),
    }
}

/// The folder Tauri is told is the app's config folder: the data folder,
/// so what plugins keep there (the window's size and place) lives beside
/// the notebook and follows `--data-dir` (tests and a second desk never
/// share it). Without an override: `$DATA/<identifier>`, which Tauri
/// resolves exactly as it resolves [`resolve`]'s default.
pub fn config_folder(identifier: &str) -> PathBuf {
    overridden().unwrap_or_else(|| app_data_variable(identifier))
}

/// Tauri's app data folder, written with its `$DATA` variable (resolved
/// when the app starts, as `app_data_dir` is).
fn app_data_variable(identifier: &str) -> PathBuf {
    PathBuf::from("$DATA").join(identifier)
}

/// The folder given with `--data-dir` or `$KINDLY_DATA_DIR`, if any.
pub fn overridden() -> Option<PathBuf> {
    from_args(std::env::args()).or_else(|| {
        std::env::var_os(ENV)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    })
}

/// The D-Bus name that makes Kindly a single instance per notebook folder:
/// the app's identifier for the usual folder, a name derived from the
/// folder otherwise (so two notebooks, or parallel tests, do not collide).
pub fn instance_id(identifier: &str) -> String {
    use std::hash::{Hash, Hasher};
    match overridden() {
        None => identifier.to_owned(),
        Some(dir) => {
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            dir.hash(&mut hasher);
            format!("{identifier}.n{:016x}", hasher.finish())
        }
    }
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
    fn the_config_folder_is_the_usual_data_folder_without_an_override() {
        use tauri::test::{mock_builder, mock_context, noop_assets};
        use tauri::utils::config::{AppDirectoriesOverride, AppDirectoryOverrides};
        let mut context = mock_context(noop_assets());
        let identifier = context.config().identifier.clone();
        context.config_mut().app.app_directories_override =
            Some(AppDirectoriesOverride::Directories(AppDirectoryOverrides {
                config: Some(app_data_variable(&identifier)),
                ..Default::default()
            }));
        let app = mock_builder().build(context).expect("a mock app");
        let config = app.path().app_config_dir().expect("the config folder");
        assert_eq!(config, app.path().app_data_dir().expect("the data folder"));
        assert!(config.ends_with(&identifier), "{}", config.display());
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
