//! The IPC commands. Each takes the state, calls one core function, and
//! returns its result; errors cross as [`kindly_core::ErrorPayload`].
//! `list.rs` lists them all, once: the handler, the window's permissions
//! (`build.rs`) and the UI's command names are all made from it.

pub mod about;
pub mod backups;
pub mod brief;
pub mod bulk;
pub mod customers;
pub mod export;
pub mod follow_ups;
pub mod history;
pub mod import;
pub mod issues;
pub mod language;
pub mod lists;
pub mod merge;
pub mod notebook;
pub mod protection;
pub mod reminders;
pub mod reports;
pub mod situation_members;
pub mod situations;
pub mod staff;
pub mod tags;
pub mod tasks;
pub mod team;
pub mod team_owner;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod typescript;

/// Turns the list in `list.rs` into the handler and the names.
macro_rules! commands {
    ($($module:ident::$name:ident),* $(,)?) => {
        /// Every command's name, as the page invokes it.
        #[cfg(test)]
        pub const NAMES: &[&str] = &[$(stringify!($name)),*];

        /// Runs the command the page invoked, for every command in
        /// `list.rs` (the app's runtime only: some commands take its
        /// `AppHandle`).
        pub fn handler() -> impl Fn(tauri::ipc::Invoke<tauri::Wry>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($module::$name),*]
        }
    };
}
include!("list.rs");

/// What every command returns.
pub type CmdResult<T> = Result<T, kindly_core::ErrorPayload>;
