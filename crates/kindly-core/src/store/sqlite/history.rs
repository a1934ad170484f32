//! [`HistoryRows`] for SQLite: the writes here, the reads of whole
//! stories in [`stories`] and of the customer's page in [`page`].

mod page;
mod stories;

pub(super) use stories::{conversation_row, CONVERSATION_SELECT};

use rusqlite::{params, OptionalExtension, Row};

use crate::error::Result;
use crate::rules::fold::fold;
use crate::rules::follow_up_model::FollowUp;
use crate::rules::history_model::{
    Conversation, EntryKind, EventType, Issue, IssueState, LastContact, Mood, Pattern, Promise,
    PromiseState, TimelineCursor, TimelineItem, TrashedEntry, WaitingOn,
};
use crate::rules::model::Millis;
use crate::store::history::{
    Category, ConversationText, EntryRef, FoundEntry, IssueText, NewEvent,
};
use crate::store::sqlite::tx::SqliteTx;
use crate::store::sqlite::versions::edited;
use crate::store::HistoryRows;

/// The words of entry `e` that the entry index holds: a conversation's
/// summary, an issue's title, own words, root cause and categories; NULL
/// for the other kinds.
pub(super) const ENTRY_TEXT: &str = "CASE e.kind
    WHEN 'conversation' THEN (SELECT summary FROM conversations WHERE entry_pk = e.pk)
    WHEN 'issue' THEN (SELECT title || ' ' || own_words || ' ' || root_cause || ' ' ||
        coalesce((SELECT group_concat(category, ' ') FROM issue_categories WHERE issue_pk = e.pk), '')
        FROM issues WHERE entry_pk = e.pk)
 END";

impl HistoryRows for SqliteTx<'_> {
    fn find_entry(&mut self, id: &str) -> Result<Option<FoundEntry>> {
        Ok(self
            .prepare_cached(
                "SELECT pk, customer_pk, kind, deleted_at IS NOT NULL AS trashed FROM entries WHERE id = ?1",
            )?
            .query_row([id], found_entry)
            .optional()?
            .flatten())
    }

    fn insert_entry(
        &mut self,
        id: &str,
        customer_pk: i64,
        kind: EntryKind,
        issue_pk: Option<i64>,
        now: Millis,
    ) -> Result<i64> {
        self.prepare_cached(
            "INSERT INTO entries(id, customer_pk, kind, issue_pk, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        )?
        .execute(params![id, customer_pk, kind.as_str(), issue_pk, now])?;
        Ok(self.last_insert_rowid())
    }

    fn issue_link_of(&mut self, entry_pk: i64) -> Result<Option<i64>> {
        Ok(self.query_row(
            "SELECT issue_pk FROM entries WHERE pk = ?1",
            [entry_pk],
            |r| r.get("issue_pk"),
        )?)
    }

    fn set_issue_link(&mut self, entry_pk: i64, issue_pk: Option<i64>, now: Millis) -> Result<()> {
        self.execute(
            concat!(
                "UPDATE entries SET issue_pk = ?2, updated_at = ?3, ",
                edited!(),
                " WHERE pk = ?1"
            ),
            params![entry_pk, issue_pk, now],
        )?;
        Ok(())
    }

    fn trash_entry(&mut self, entry_pk: i64, now: Millis) -> Result<()> {
        self.execute(
            concat!(
                "UPDATE entries SET deleted_at = ?2, ",
                edited!(),
                " WHERE pk = ?1"
            ),
            params![entry_pk, now],
        )?;
        self.execute("DELETE FROM search_entries WHERE rowid = ?1", [entry_pk])?;
        Ok(())
    }

    fn restore_entry(&mut self, entry_pk: i64) -> Result<()> {
        self.execute(
            concat!(
                "UPDATE entries SET deleted_at = NULL, ",
                edited!(),
                " WHERE pk = ?1"
            ),
            [entry_pk],
        )?;
        Ok(())
    }

    fn insert_event(&mut self, entry: &EntryRef, event: EventType, e: &NewEvent<'_>) -> Result<()> {
        self.prepare_cached(
            "INSERT INTO events(entry_pk, customer_pk, at, type, staff, from_state, to_state, note, waiting_on, mood, old_due, new_due)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        )?
        .execute(params![
            entry.pk,
            entry.customer_pk,
            e.at,
            event.as_str(),
            e.staff,
            e.from.map(IssueState::as_str),
            e.to.map(IssueState::as_str),
            e.note,
            e.waiting_on.map(WaitingOn::as_str),
            e.mood.map(Mood::as_str),
            e.old_due,
            e.new_due,
        ])?;
        Ok(())
    }

    fn reindex_entry(&mut self, pk: i64) -> Result<()> {
        self.prepare_cached("DELETE FROM search_entries WHERE rowid = ?1")?
            .execute([pk])?;
        let text: Option<String> = self
            .prepare_cached(&format!(
                "SELECT {ENTRY_TEXT} AS text FROM entries e WHERE e.pk = ?1 AND e.deleted_at IS NULL"
            ))?
            .query_row([pk], |r| r.get("text"))
            .optional()?
            .flatten();
        if let Some(text) = text {
            self.prepare_cached("INSERT INTO search_entries(rowid, text) VALUES (?1, ?2)")?
                .execute(params![pk, fold(&text)])?;
        }
        Ok(())
    }

    fn trashed_entries(&mut self) -> Result<Vec<TrashedEntry>> {
        Ok(self
            .prepare(
                "SELECT e.id, e.kind, coalesce(c.summary, i.title, p.what, f.note, '') AS title,
                    cu.id AS customer_id,
                    CASE WHEN cu.preferred_name <> '' THEN cu.preferred_name ELSE cu.full_name END AS customer_name,
                    e.deleted_at
                 FROM entries e JOIN customers cu ON cu.pk = e.customer_pk
                 LEFT JOIN conversations c ON c.entry_pk = e.pk
                 LEFT JOIN issues i ON i.entry_pk = e.pk
                 LEFT JOIN promises p ON p.entry_pk = e.pk
                 LEFT JOIN follow_ups f ON f.entry_pk = e.pk
                 WHERE e.deleted_at IS NOT NULL ORDER BY e.deleted_at DESC, e.pk DESC",
            )?
            .query_map([], trashed_entry)?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn insert_conversation(&mut self, entry_pk: i64, c: &ConversationText) -> Result<()> {
        self.prepare_cached(
            "INSERT INTO conversations(entry_pk, channel, happened_at, staff, summary, mood) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![
            entry_pk,
            c.channel.as_str(),
            c.happened_at,
            c.staff,
            c.summary,
            c.mood.map(Mood::as_str)
        ])?;
        Ok(())
    }

    fn update_conversation(&mut self, entry_pk: i64, c: &ConversationText) -> Result<()> {
        self.execute(
            "UPDATE conversations SET channel = ?2, happened_at = ?3, staff = ?4, summary = ?5, mood = ?6 WHERE entry_pk = ?1",
            params![
                entry_pk,
                c.channel.as_str(),
                c.happened_at,
                c.staff,
                c.summary,
                c.mood.map(Mood::as_str)
            ],
        )?;
        // A conversation's one event is the conversation itself: it moves with it.
        self.execute(
            "UPDATE events SET at = ?2, staff = ?3, mood = ?4 WHERE entry_pk = ?1 AND type = 'conversation'",
            params![entry_pk, c.happened_at, c.staff, c.mood.map(Mood::as_str)],
        )?;
        self.bump_entry(entry_pk)
    }

    fn conversation(&mut self, entry_pk: i64) -> Result<Conversation> {
        stories::conversation(self, entry_pk)
    }

    fn insert_issue(&mut self, entry_pk: i64, issue: &IssueText, now: Millis) -> Result<()> {
        self.execute(
            "INSERT INTO issues(entry_pk, title, own_words, root_cause, handler, mood_at_start, state, opened_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'open', ?7)",
            params![
                entry_pk,
                issue.title,
                issue.own_words,
                issue.root_cause,
                issue.handler,
                issue.mood_at_start.map(Mood::as_str),
                now
            ],
        )?;
        self.write_categories(entry_pk, &issue.categories)
    }

    fn update_issue(&mut self, entry_pk: i64, issue: &IssueText, now: Millis) -> Result<()> {
        self.execute(
            "UPDATE issues SET title = ?2, own_words = ?3, root_cause = ?4, handler = ?5, mood_at_start = ?6 WHERE entry_pk = ?1",
            params![
                entry_pk,
                issue.title,
                issue.own_words,
                issue.root_cause,
                issue.handler,
                issue.mood_at_start.map(Mood::as_str)
            ],
        )?;
        self.write_categories(entry_pk, &issue.categories)?;
        self.mark_changed(entry_pk, now)
    }

    fn issue_state(&mut self, entry_pk: i64) -> Result<IssueState> {
        let state: String = self.query_row(
            "SELECT state FROM issues WHERE entry_pk = ?1",
            [entry_pk],
            |r| r.get("state"),
        )?;
        Ok(IssueState::parse(&state).unwrap_or(IssueState::Open))
    }

    fn set_issue_state(
        &mut self,
        entry_pk: i64,
        to: IssueState,
        waiting_on: Option<WaitingOn>,
        now: Millis,
    ) -> Result<()> {
        self.execute(
            "UPDATE issues SET state = ?2, waiting_on = ?3 WHERE entry_pk = ?1",
            params![entry_pk, to.as_str(), waiting_on.map(WaitingOn::as_str)],
        )?;
        self.mark_changed(entry_pk, now)
    }

    fn issue(&mut self, entry_pk: i64) -> Result<Issue> {
        stories::issue(self, entry_pk)
    }

    fn issues(&mut self, pks: &[i64]) -> Result<Vec<Issue>> {
        stories::issues(self, pks)
    }

    fn open_issues_of(&mut self, customer_pk: i64) -> Result<Vec<Issue>> {
        let pks: Vec<i64> = self
            .prepare_cached(
                "SELECT e.pk FROM entries e JOIN issues i ON i.entry_pk = e.pk
                 WHERE e.customer_pk = ?1 AND e.kind = 'issue' AND e.deleted_at IS NULL
                   AND i.state IN ('open', 'in_progress', 'waiting') ORDER BY i.opened_at, e.pk",
            )?
            .query_map([customer_pk], |r| r.get("pk"))?
            .collect::<rusqlite::Result<_>>()?;
        stories::issues(self, &pks)
    }

    fn category_suggestions(&mut self) -> Result<Vec<String>> {
        Ok(self
            .prepare(
                "SELECT min(category) AS category FROM issue_categories GROUP BY category_key
                 ORDER BY count(*) DESC, min(category) LIMIT 50",
            )?
            .query_map([], |r| r.get("category"))?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn insert_promise(
        &mut self,
        entry_pk: i64,
        what: &str,
        due_at: Millis,
        promised_by: &str,
        now: Millis,
    ) -> Result<()> {
        self.execute(
            "INSERT INTO promises(entry_pk, what, due_at, promised_by, state, made_at) VALUES (?1, ?2, ?3, ?4, 'open', ?5)",
            params![entry_pk, what, due_at, promised_by, now],
        )?;
        Ok(())
    }

    fn update_promise(&mut self, entry_pk: i64, what: &str, promised_by: &str) -> Result<()> {
        self.execute(
            "UPDATE promises SET what = ?2, promised_by = ?3 WHERE entry_pk = ?1",
            params![entry_pk, what, promised_by],
        )?;
        self.bump_entry(entry_pk)
    }

    fn promise_due(&mut self, entry_pk: i64) -> Result<(PromiseState, Millis)> {
        Ok(self.query_row(
            "SELECT state, due_at FROM promises WHERE entry_pk = ?1",
            [entry_pk],
            |r| {
                let state: String = r.get("state")?;
                Ok((
                    PromiseState::parse(&state).unwrap_or(PromiseState::Open),
                    r.get("due_at")?,
                ))
            },
        )?)
    }

    fn settle_promise(
        &mut self,
        entry_pk: i64,
        state: PromiseState,
        due_at: Millis,
        now: Millis,
    ) -> Result<()> {
        self.execute(
            "UPDATE promises SET state = ?2, due_at = ?3 WHERE entry_pk = ?1",
            params![entry_pk, state.as_str(), due_at],
        )?;
        self.mark_changed(entry_pk, now)
    }

    fn promise(&mut self, entry_pk: i64, now: Millis) -> Result<Promise> {
        stories::promise(self, entry_pk, now)
    }

    fn promises(&mut self, pks: &[i64], now: Millis) -> Result<Vec<Promise>> {
        stories::promises(self, pks, now)
    }

    fn open_promises_of(&mut self, customer_pk: i64, now: Millis) -> Result<Vec<Promise>> {
        let pks: Vec<i64> = self
            .prepare_cached(
                "SELECT e.pk FROM entries e JOIN promises p ON p.entry_pk = e.pk
                 WHERE e.customer_pk = ?1 AND e.kind = 'promise' AND e.deleted_at IS NULL AND p.state = 'open'
                 ORDER BY p.due_at, e.pk",
            )?
            .query_map([customer_pk], |r| r.get("pk"))?
            .collect::<rusqlite::Result<_>>()?;
        stories::promises(self, &pks, now)
    }

    fn timeline(
        &mut self,
        customer_pk: i64,
        kinds: &[EntryKind],
        before: Option<TimelineCursor>,
        limit: u32,
    ) -> Result<Vec<TimelineItem>> {
        page::timeline(self, customer_pk, kinds, before, limit)
    }

    fn patterns_of(&mut self, customer_pk: i64) -> Result<Vec<Pattern>> {
        page::patterns(self, customer_pk)
    }

    fn last_contact_of(&mut self, customer_pk: i64) -> Result<Option<LastContact>> {
        page::last_contact(self, customer_pk)
    }

    fn is_sample_customer(&mut self, customer_pk: i64) -> Result<bool> {
        Ok(self
            .prepare_cached(
                "SELECT EXISTS(SELECT 1 FROM sample_customers WHERE customer_pk = ?1) AS sample",
            )?
            .query_row([customer_pk], |r| r.get("sample"))?)
    }

    fn dated_follow_ups_of(&mut self, customer_pk: i64) -> Result<Vec<FollowUp>> {
        page::dated_follow_ups(self, customer_pk)
    }
}

impl SqliteTx<'_> {
    /// Replaces the categories of issue `issue_pk` with `categories`, in order.
    fn write_categories(&self, issue_pk: i64, categories: &[Category]) -> Result<()> {
        self.prepare_cached("DELETE FROM issue_categories WHERE issue_pk = ?1")?
            .execute([issue_pk])?;
        let mut insert = self.prepare_cached(
            "INSERT INTO issue_categories(issue_pk, position, category, category_key) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for (i, c) in categories.iter().enumerate() {
            insert.execute(params![issue_pk, i, c.name, c.key])?;
        }
        Ok(())
    }

    /// Marks entry `entry_pk` changed by a person, without moving when it
    /// was last changed.
    fn bump_entry(&self, entry_pk: i64) -> Result<()> {
        self.execute(
            concat!("UPDATE entries SET ", edited!(), " WHERE pk = ?1"),
            [entry_pk],
        )?;
        Ok(())
    }

    /// Marks entry `entry_pk` changed by a person at `now`.
    fn mark_changed(&self, entry_pk: i64, now: Millis) -> Result<()> {
        self.execute(
            concat!(
                "UPDATE entries SET updated_at = ?2, ",
                edited!(),
                " WHERE pk = ?1"
            ),
            params![entry_pk, now],
        )?;
        Ok(())
    }
}

/// An `entries` row read as `pk, customer_pk, kind, trashed`; `None` for
/// a kind this version does not know.
fn found_entry(r: &Row) -> rusqlite::Result<Option<FoundEntry>> {
    let kind: String = r.get("kind")?;
    let Some(kind) = EntryKind::parse(&kind) else {
        return Ok(None);
    };
    Ok(Some(FoundEntry {
        entry: EntryRef {
            pk: r.get("pk")?,
            customer_pk: r.get("customer_pk")?,
        },
        kind,
        trashed: r.get("trashed")?,
    }))
}

/// A row of [`HistoryRows::trashed_entries`].
fn trashed_entry(r: &Row) -> rusqlite::Result<TrashedEntry> {
    Ok(TrashedEntry {
        id: r.get("id")?,
        kind: EntryKind::parse(&r.get::<_, String>("kind")?).unwrap_or(EntryKind::Conversation),
        title: r.get("title")?,
        customer_id: r.get("customer_id")?,
        customer_name: r.get("customer_name")?,
        deleted_at: r.get("deleted_at")?,
    })
}
