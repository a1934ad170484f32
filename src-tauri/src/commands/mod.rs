//! The IPC commands. Each takes the state, calls one core function, and
//! returns its result; errors cross as [`kindly_core::ErrorPayload`].

pub mod customers;
pub mod notebook;

/// What every command returns.
pub type CmdResult<T> = Result<T, kindly_core::ErrorPayload>;
