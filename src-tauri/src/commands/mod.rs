//! The IPC commands. Each takes the state, calls one core function, and
//! returns its result; errors cross as [`kindly_core::ErrorPayload`].

pub mod backups;
pub mod brief;
pub mod customers;
pub mod export;
pub mod follow_ups;
pub mod history;
pub mod import;
pub mod issues;
pub mod merge;
pub mod notebook;
pub mod protection;
pub mod reminders;
pub mod situation_members;
pub mod situations;
pub mod staff;
#[cfg(test)]
mod tests;

/// What every command returns.
pub type CmdResult<T> = Result<T, kindly_core::ErrorPayload>;
