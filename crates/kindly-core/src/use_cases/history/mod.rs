//! A customer's story: conversations, issues and promises.

pub(crate) mod entries;
pub(crate) mod page;
