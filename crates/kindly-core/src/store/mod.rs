//! The store band: the only code that talks to a database. Use cases reach
//! it through the domain-level interface defined here; `sqlite` is the one
//! implementation today.

pub mod sqlite;
