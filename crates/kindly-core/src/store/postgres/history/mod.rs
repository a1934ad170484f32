//! [`HistoryRows`] for PostgreSQL: the same guarantees as on SQLite
//! (`store/sqlite/history*`), one statement per call where SQL allows
//! (each is a round trip to the server). The writes are here, the reads of
//! whole stories in [`stories`] and of the customer's page in [`page`].
//!
//! An issue, promise or conversation is one entry row with its detail row:
//! every update of either raises the entry's `version` and records the
//! login in `changed_by`, in the same statement. Inserting an event or
//! rebuilding search words does not (they follow a change, they are not
//! one).

mod page;
mod stories;
#[cfg(test)]
mod tests;

use postgres::Row;

use crate::error::Result;
use crate::rules::brief_model::CallOutcome;
use crate::rules::fold::fold;
use crate::rules::follow_up_model::FollowUp;
use crate::rules::history_model::{
    Channel, Conversation, EntryKind, EventType, Issue, IssueState, LastContact, Mood, Pattern,
    Promise, PromiseState, TimelineCursor, TimelineItem, TrashedEntry, WaitingOn,
};
use crate::rules::model::Millis;
use crate::store::history::{ConversationText, EntryRef, FoundEntry, IssueText, NewEvent};
use crate::store::postgres::tx::PgTx;
use crate::store::HistoryRows;

/// Selects the columns [`conversation_row`] reads, from `entries e`,
/// `conversations c`, `customers cu` and the linked issue `entries iss`;
/// callers add the `WHERE` (and `ORDER BY`).
pub(crate) const CONVERSATION_SELECT: &str =
    "SELECT e.id, cu.id AS customer_id, c.channel, c.happened_at, c.staff, c.summary, c.mood,
        iss.id AS issue_id, c.outcome
     FROM entries e JOIN conversations c ON c.entry_pk = e.pk JOIN customers cu ON cu.pk = e.customer_pk
     LEFT JOIN entries iss ON iss.pk = e.issue_pk";

/// Raises the version of entry `$1` and names the login on it; the
/// tail of a statement whose CTEs change its detail row.
const BUMP_ENTRY: &str =
    "UPDATE entries SET version = version + 1, changed_by = session_user WHERE pk = $1";

/// The words of entry `e` that the entry index holds: a conversation's
/// summary, an issue's title, own words, root cause and categories; NULL
/// for the other kinds.
pub(crate) const ENTRY_TEXT: &str = "CASE e.kind
    WHEN 'conversation' THEN (SELECT summary FROM conversations WHERE entry_pk = e.pk)
    WHEN 'issue' THEN (SELECT title || ' ' || own_words || ' ' || root_cause || ' ' ||
        coalesce((SELECT string_agg(category, ' ' ORDER BY position)
                  FROM issue_categories WHERE issue_pk = e.pk), '')
        FROM issues WHERE entry_pk = e.pk)
 END";

impl HistoryRows for PgTx<'_> {
    fn find_entry(&mut self, id: &str) -> Result<Option<FoundEntry>> {
        let row = self.query_opt(
            "SELECT pk, customer_pk, kind, deleted_at IS NOT NULL AS trashed FROM entries WHERE id = $1",
            &[&id],
        )?;
        Ok(match row {
            Some(r) => found_entry(&r)?,
            None => None,
        })
    }

    fn insert_entry(
        &mut self,
        id: &str,
        customer_pk: i64,
        kind: EntryKind,
        issue_pk: Option<i64>,
        now: Millis,
    ) -> Result<i64> {
        Ok(self
            .query_one(
                "INSERT INTO entries(id, customer_pk, kind, issue_pk, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $5) RETURNING pk",
                &[&id, &customer_pk, &kind.as_str(), &issue_pk, &now],
            )?
            .try_get("pk")?)
    }

    fn issue_link_of(&mut self, entry_pk: i64) -> Result<Option<i64>> {
        Ok(self
            .query_one("SELECT issue_pk FROM entries WHERE pk = $1", &[&entry_pk])?
            .try_get("issue_pk")?)
    }

    fn set_issue_link(&mut self, entry_pk: i64, issue_pk: Option<i64>, now: Millis) -> Result<()> {
        self.execute(
            "UPDATE entries SET issue_pk = $2, updated_at = $3, version = version + 1,
                changed_by = session_user WHERE pk = $1",
            &[&entry_pk, &issue_pk, &now],
        )?;
        Ok(())
    }

    fn trash_entry(&mut self, entry_pk: i64, now: Millis) -> Result<()> {
        self.execute(
            "WITH words AS (DELETE FROM search_entries WHERE entry_pk = $1)
             UPDATE entries SET deleted_at = $2, version = version + 1, changed_by = session_user
             WHERE pk = $1",
            &[&entry_pk, &now],
        )?;
        Ok(())
    }

    fn restore_entry(&mut self, entry_pk: i64) -> Result<()> {
        self.execute(
            "UPDATE entries SET deleted_at = NULL, version = version + 1, changed_by = session_user
             WHERE pk = $1",
            &[&entry_pk],
        )?;
        Ok(())
    }

    fn insert_event(&mut self, entry: &EntryRef, event: EventType, e: &NewEvent<'_>) -> Result<()> {
        self.execute(
            "INSERT INTO events(entry_pk, customer_pk, at, type, staff, from_state, to_state, note,
                waiting_on, mood, old_due, new_due)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
            &[
                &entry.pk,
                &entry.customer_pk,
                &e.at,
                &event.as_str(),
                &e.staff,
                &e.from.map(IssueState::as_str),
                &e.to.map(IssueState::as_str),
                &e.note,
                &e.waiting_on.map(WaitingOn::as_str),
                &e.mood.map(Mood::as_str),
                &e.old_due,
                &e.new_due,
            ],
        )?;
        Ok(())
    }

    fn reindex_entry(&mut self, pk: i64) -> Result<()> {
        // Two statements: the words are folded by the core (rules::fold),
        // between reading the text and writing it.
        let text: Option<String> = self
            .query_opt(
                &format!(
                    "SELECT {ENTRY_TEXT} AS text FROM entries e WHERE e.pk = $1 AND e.deleted_at IS NULL"
                ),
                &[&pk],
            )?
            .map(|r| r.try_get("text"))
            .transpose()?
            .flatten();
        let folded = text.as_deref().map(fold);
        // The upsert and the delete never touch the same row: one runs
        // when there are words, the other when there are none.
        self.execute(
            "WITH words AS (
                INSERT INTO search_entries(entry_pk, text) SELECT $1, $2 WHERE $2::text IS NOT NULL
                ON CONFLICT (entry_pk) DO UPDATE SET text = excluded.text)
             DELETE FROM search_entries WHERE entry_pk = $1 AND $2::text IS NULL",
            &[&pk, &folded],
        )?;
        Ok(())
    }

    fn trashed_entries(&mut self) -> Result<Vec<TrashedEntry>> {
        self.query(
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
            &[],
        )?
        .iter()
        .map(trashed_entry)
        .collect()
    }

    fn insert_conversation(&mut self, entry_pk: i64, c: &ConversationText) -> Result<()> {
        write_conversation(
            self,
            "INSERT INTO conversations(entry_pk, channel, happened_at, staff, summary, mood)
             VALUES ($1, $2, $3, $4, $5, $6)",
            entry_pk,
            c,
        )
    }

    fn update_conversation(&mut self, entry_pk: i64, c: &ConversationText) -> Result<()> {
        // A conversation's one event is the conversation itself: it moves with it.
        write_conversation(
            self,
            &format!(
                "WITH talk AS (
                    UPDATE conversations SET channel = $2, happened_at = $3, staff = $4, summary = $5,
                        mood = $6 WHERE entry_pk = $1),
                 event AS (
                    UPDATE events SET at = $3, staff = $4, mood = $6
                    WHERE entry_pk = $1 AND type = 'conversation')
                 {BUMP_ENTRY}"
            ),
            entry_pk,
            c,
        )
    }

    fn conversation(&mut self, entry_pk: i64) -> Result<Conversation> {
        let row = self.query_one(
            &format!("{CONVERSATION_SELECT} WHERE e.pk = $1"),
            &[&entry_pk],
        )?;
        conversation_row(&row)
    }

    fn insert_issue(&mut self, entry_pk: i64, issue: &IssueText, now: Millis) -> Result<()> {
        write_issue(
            self,
            "WITH issue AS (
                INSERT INTO issues(entry_pk, title, own_words, root_cause, handler, mood_at_start,
                    state, opened_at)
                VALUES ($1, $2, $3, $4, $5, $6, 'open', $7))
             INSERT INTO issue_categories(issue_pk, position, category, category_key)
             SELECT $1, (n - 1)::integer, name, key FROM unnest($8::text[], $9::text[])
                 WITH ORDINALITY AS c(name, key, n)",
            entry_pk,
            issue,
            now,
        )
    }

    fn update_issue(&mut self, entry_pk: i64, issue: &IssueText, now: Millis) -> Result<()> {
        // Positions below the new count are rewritten in place and the
        // rest deleted: two disjoint sets of rows, so one statement (a
        // delete and an insert of the same key in one statement could
        // collide).
        write_issue(
            self,
            "WITH issue AS (
                UPDATE issues SET title = $2, own_words = $3, root_cause = $4, handler = $5,
                    mood_at_start = $6 WHERE entry_pk = $1),
             tail AS (
                DELETE FROM issue_categories
                WHERE issue_pk = $1 AND position >= cardinality($8::text[])),
             kept AS (
                INSERT INTO issue_categories(issue_pk, position, category, category_key)
                SELECT $1, (n - 1)::integer, name, key FROM unnest($8::text[], $9::text[])
                    WITH ORDINALITY AS c(name, key, n)
                ON CONFLICT (issue_pk, position)
                DO UPDATE SET category = excluded.category, category_key = excluded.category_key)
             UPDATE entries SET updated_at = $7, version = version + 1, changed_by = session_user
             WHERE pk = $1",
            entry_pk,
            issue,
            now,
        )
    }

    fn issue_state(&mut self, entry_pk: i64) -> Result<IssueState> {
        let row = self.query_one("SELECT state FROM issues WHERE entry_pk = $1", &[&entry_pk])?;
        Ok(IssueState::parse(row.try_get("state")?).unwrap_or(IssueState::Open))
    }

    fn set_issue_state(
        &mut self,
        entry_pk: i64,
        to: IssueState,
        waiting_on: Option<WaitingOn>,
        now: Millis,
    ) -> Result<()> {
        self.execute(
            "WITH issue AS (UPDATE issues SET state = $2, waiting_on = $3 WHERE entry_pk = $1)
             UPDATE entries SET updated_at = $4, version = version + 1, changed_by = session_user
             WHERE pk = $1",
            &[
                &entry_pk,
                &to.as_str(),
                &waiting_on.map(WaitingOn::as_str),
                &now,
            ],
        )?;
        Ok(())
    }

    fn issue(&mut self, entry_pk: i64) -> Result<Issue> {
        stories::issues(self, &[entry_pk])?
            .pop()
            .ok_or_else(|| no_rows("issue"))
    }

    fn issues(&mut self, pks: &[i64]) -> Result<Vec<Issue>> {
        stories::issues(self, pks)
    }

    fn open_issues_of(&mut self, customer_pk: i64) -> Result<Vec<Issue>> {
        stories::open_issues_of(self, customer_pk)
    }

    fn category_suggestions(&mut self) -> Result<Vec<String>> {
        // min() and the tie order byte by byte, as on SQLite.
        self.query(
            "SELECT min(category COLLATE \"C\") AS category FROM issue_categories
             GROUP BY category_key ORDER BY count(*) DESC, min(category COLLATE \"C\") LIMIT 50",
            &[],
        )?
        .iter()
        .map(|r| Ok(r.try_get("category")?))
        .collect()
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
            "INSERT INTO promises(entry_pk, what, due_at, promised_by, state, made_at)
             VALUES ($1, $2, $3, $4, 'open', $5)",
            &[&entry_pk, &what, &due_at, &promised_by, &now],
        )?;
        Ok(())
    }

    fn update_promise(&mut self, entry_pk: i64, what: &str, promised_by: &str) -> Result<()> {
        self.execute(
            &format!(
                "WITH promise AS (UPDATE promises SET what = $2, promised_by = $3 WHERE entry_pk = $1)
                 {BUMP_ENTRY}"
            ),
            &[&entry_pk, &what, &promised_by],
        )?;
        Ok(())
    }

    fn promise_due(&mut self, entry_pk: i64) -> Result<(PromiseState, Millis)> {
        let row = self.query_one(
            "SELECT state, due_at FROM promises WHERE entry_pk = $1",
            &[&entry_pk],
        )?;
        Ok((
            PromiseState::parse(row.try_get("state")?).unwrap_or(PromiseState::Open),
            row.try_get("due_at")?,
        ))
    }

    fn settle_promise(
        &mut self,
        entry_pk: i64,
        state: PromiseState,
        due_at: Millis,
        now: Millis,
    ) -> Result<()> {
        self.execute(
            "WITH promise AS (UPDATE promises SET state = $2, due_at = $3 WHERE entry_pk = $1)
             UPDATE entries SET updated_at = $4, version = version + 1, changed_by = session_user
             WHERE pk = $1",
            &[&entry_pk, &state.as_str(), &due_at, &now],
        )?;
        Ok(())
    }

    fn promise(&mut self, entry_pk: i64, now: Millis) -> Result<Promise> {
        stories::promises(self, &[entry_pk], now)?
            .pop()
            .ok_or_else(|| no_rows("promise"))
    }

    fn promises(&mut self, pks: &[i64], now: Millis) -> Result<Vec<Promise>> {
        stories::promises(self, pks, now)
    }

    fn open_promises_of(&mut self, customer_pk: i64, now: Millis) -> Result<Vec<Promise>> {
        stories::open_promises_of(self, customer_pk, now)
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
            .query_one(
                "SELECT EXISTS(SELECT 1 FROM sample_customers WHERE customer_pk = $1) AS sample",
                &[&customer_pk],
            )?
            .try_get("sample")?)
    }

    fn dated_follow_ups_of(&mut self, customer_pk: i64) -> Result<Vec<FollowUp>> {
        page::dated_follow_ups(self, customer_pk)
    }
}

/// Runs `sql` for conversation `entry_pk` written as `c`: `$1` the entry,
/// `$2`..`$6` channel, time, staff, summary and mood.
fn write_conversation(
    tx: &mut PgTx<'_>,
    sql: &str,
    entry_pk: i64,
    c: &ConversationText,
) -> Result<()> {
    tx.execute(
        sql,
        &[
            &entry_pk,
            &c.channel.as_str(),
            &c.happened_at,
            &c.staff,
            &c.summary,
            &c.mood.map(Mood::as_str),
        ],
    )?;
    Ok(())
}

/// Runs `sql` for issue `entry_pk` written as `issue` at `now`: `$1` the
/// entry, `$2`..`$6` title, own words, root cause, handler and mood, `$7`
/// now, `$8` and `$9` the categories' names and keys, in order.
fn write_issue(
    tx: &mut PgTx<'_>,
    sql: &str,
    entry_pk: i64,
    issue: &IssueText,
    now: Millis,
) -> Result<()> {
    let (names, keys): (Vec<&str>, Vec<&str>) = issue
        .categories
        .iter()
        .map(|c| (c.name.as_str(), c.key.as_str()))
        .unzip();
    tx.execute(
        sql,
        &[
            &entry_pk,
            &issue.title,
            &issue.own_words,
            &issue.root_cause,
            &issue.handler,
            &issue.mood_at_start.map(Mood::as_str),
            &now,
            &names,
            &keys,
        ],
    )?;
    Ok(())
}

/// The storage error for a `what` that is not there (SQLite's "no rows").
fn no_rows(what: &str) -> crate::error::Error {
    crate::error::Error::storage(format!("the team notebook holds no such {what}"))
}

/// A conversation from the columns of [`CONVERSATION_SELECT`] (by name).
/// A channel, mood or outcome this build does not know reads as a note, or
/// as none, as on SQLite.
pub(crate) fn conversation_row(r: &Row) -> Result<Conversation> {
    Ok(Conversation {
        id: r.try_get("id")?,
        customer_id: r.try_get("customer_id")?,
        channel: Channel::parse(r.try_get("channel")?).unwrap_or(Channel::Note),
        happened_at: r.try_get("happened_at")?,
        staff: r.try_get("staff")?,
        summary: r.try_get("summary")?,
        mood: r.try_get::<_, Option<&str>>("mood")?.and_then(Mood::parse),
        issue_id: r.try_get("issue_id")?,
        outcome: r
            .try_get::<_, Option<&str>>("outcome")?
            .and_then(CallOutcome::parse),
    })
}

/// An `entries` row read as `pk, customer_pk, kind, trashed`; `None` for
/// a kind this version does not know.
fn found_entry(r: &Row) -> Result<Option<FoundEntry>> {
    let Some(kind) = EntryKind::parse(r.try_get("kind")?) else {
        return Ok(None);
    };
    Ok(Some(FoundEntry {
        entry: EntryRef {
            pk: r.try_get("pk")?,
            customer_pk: r.try_get("customer_pk")?,
        },
        kind,
        trashed: r.try_get("trashed")?,
    }))
}

/// A row of [`HistoryRows::trashed_entries`].
fn trashed_entry(r: &Row) -> Result<TrashedEntry> {
    Ok(TrashedEntry {
        id: r.try_get("id")?,
        kind: EntryKind::parse(r.try_get("kind")?).unwrap_or(EntryKind::Conversation),
        title: r.try_get("title")?,
        customer_id: r.try_get("customer_id")?,
        customer_name: r.try_get("customer_name")?,
        deleted_at: r.try_get("deleted_at")?,
    })
}
