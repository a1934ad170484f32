//! What changed on a team notebook while a window was open: kinds of
//! change and the ids of the customers and situations they touched, read
//! from the notifications the team notebook's server sends when another
//! desk commits (see `store/postgres/schema/live.sql` for the payloads).
//! Ids only: a notification never carries a customer's text.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

/// The notification channel a team notebook's changes are sent on.
pub const CHANNEL: &str = "kindly_changes";

/// A kind of change, as the screens reload by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// A customer's profile: added, edited, put in or out of Trash, merged,
    /// erased.
    Customers,
    /// A customer's story: a conversation logged or edited, an issue
    /// opened or moved, a promise made or settled, an entry in or out of
    /// Trash.
    Story,
    /// A follow-up added, edited, done, skipped, snoozed or reassigned.
    FollowUps,
    /// A situation, its groups, members, updates or who was told.
    Situations,
    /// A saved list added, renamed, changed, deleted or brought back.
    Lists,
}

impl ChangeKind {
    /// Every kind, in order.
    pub const ALL: [ChangeKind; 5] = [
        ChangeKind::Customers,
        ChangeKind::Story,
        ChangeKind::FollowUps,
        ChangeKind::Situations,
        ChangeKind::Lists,
    ];

    fn named(name: &str) -> Option<ChangeKind> {
        ChangeKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == name)
    }

    /// The kind's name in a notification.
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Customers => "customers",
            ChangeKind::Story => "story",
            ChangeKind::FollowUps => "follow_ups",
            ChangeKind::Situations => "situations",
            ChangeKind::Lists => "lists",
        }
    }
}

/// What changed, gathered over one wait: each kind and id once.
///
/// When `everything` is true the ids are not the whole list (too many
/// changes to name, or notifications may have been missed while the
/// connection was down): whoever shows anything reloads it. Otherwise a
/// screen about a customer or situation whose id is not listed, and whose
/// kind is not in `kinds`, shows nothing that changed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Changes {
    /// Anything may have changed.
    pub everything: bool,
    /// The kinds that changed.
    pub kinds: BTreeSet<ChangeKind>,
    /// The customers whose profile, story or follow-ups changed (their
    /// ids, as the window knows them).
    pub customer_ids: BTreeSet<String>,
    /// The situations that changed.
    pub situation_ids: BTreeSet<String>,
}

/// One notification's payload, as `live.sql` writes it.
#[derive(Deserialize)]
struct Payload {
    #[serde(default)]
    k: Option<String>,
    #[serde(default)]
    all: bool,
    #[serde(default)]
    c: Vec<String>,
    #[serde(default)]
    s: Vec<String>,
}

impl Changes {
    /// Everything may have changed (every kind, no ids).
    pub fn everything() -> Changes {
        Changes {
            everything: true,
            kinds: ChangeKind::ALL.into_iter().collect(),
            ..Changes::default()
        }
    }

    /// Nothing changed.
    pub fn is_empty(&self) -> bool {
        !self.everything && self.kinds.is_empty()
    }

    /// Adds what one notification's `payload` says changed. A payload this
    /// build cannot read (a newer Kindly's) counts as everything, so
    /// nothing is missed.
    pub fn add_payload(&mut self, payload: &str) {
        let Ok(read) = serde_json::from_str::<Payload>(payload) else {
            return self.add(Changes::everything());
        };
        match read.k.as_deref().and_then(ChangeKind::named) {
            None => self.add(Changes::everything()),
            Some(kind) => {
                self.kinds.insert(kind);
                if read.all {
                    self.everything = true;
                }
                self.customer_ids.extend(read.c);
                self.situation_ids.extend(read.s);
            }
        }
    }

    /// Adds `other`'s changes to these.
    pub fn add(&mut self, other: Changes) {
        self.everything |= other.everything;
        self.kinds.extend(other.kinds);
        self.customer_ids.extend(other.customer_ids);
        self.situation_ids.extend(other.situation_ids);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(payloads: &[&str]) -> Changes {
        let mut changes = Changes::default();
        for p in payloads {
            changes.add_payload(p);
        }
        changes
    }

    #[test]
    fn payloads_gather_each_kind_and_id_once() {
        let changes = read(&[
            r#"{"k":"customers","c":["a","b"],"s":[]}"#,
            r#"{"k":"story","c":["b"],"s":[]}"#,
            r#"{"k":"situations","c":["c"],"s":["s1"]}"#,
        ]);
        assert!(!changes.everything);
        assert_eq!(
            changes.kinds.into_iter().collect::<Vec<_>>(),
            [
                ChangeKind::Customers,
                ChangeKind::Story,
                ChangeKind::Situations
            ]
        );
        assert_eq!(
            changes.customer_ids.into_iter().collect::<Vec<_>>(),
            ["a", "b", "c"]
        );
        assert_eq!(
            changes.situation_ids.into_iter().collect::<Vec<_>>(),
            ["s1"]
        );
    }

    #[test]
    fn too_many_to_name_or_unreadable_is_everything() {
        let kind_all = read(&[r#"{"k":"customers","all":true}"#]);
        assert!(kind_all.everything);
        assert!(kind_all.kinds.contains(&ChangeKind::Customers));

        for payload in [
            r#"{"all":true}"#,
            "not json",
            r#"{"k":"invoices","c":["x"]}"#,
        ] {
            let changes = read(&[payload]);
            assert_eq!(changes, Changes::everything(), "{payload}");
        }
        assert!(Changes::default().is_empty());
        assert!(!Changes::everything().is_empty());
    }
}
