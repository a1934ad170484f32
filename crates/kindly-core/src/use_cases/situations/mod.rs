//! Situations: one problem that touches many customers. Creating one,
//! adding the affected customers (from a search, a list, or one by one),
//! groups with a concierge each, posting updates, recording who was told
//! what, closing with follow-ups, and undoing a bulk change.
//!
//! Invariants:
//! - A member is "told" when they were told about the latest update
//!   (`told_seq = latest_seq`); posting an update makes everyone "not yet
//!   told" without touching a single member row.
//! - Telling someone logs a conversation on their timeline (how, who, how
//!   they took it), in the same transaction.
//! - Adding customers, putting them in a group and closing with follow-ups
//!   are each one transaction, recorded in `situation_actions`, and the
//!   latest of them can be undone in one step.
//! - Every method that changes data is one transaction and validates first.

use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::rules::follow_up_model::{FollowUpAction, FollowUpPlan};
use crate::rules::history_model::{Channel, ConversationInput, Mood};
use crate::rules::model::Millis;
use crate::rules::situation_model::*;
use crate::rules::validate::{one_line, text};
use crate::use_cases::customers::{pk_of, Scope};
use crate::use_cases::exchange::merge::storage;
use crate::use_cases::follow_ups;
use crate::use_cases::history::entries::{date, insert_conversation, staff_field};
use crate::use_cases::notebook::settings;
use crate::use_cases::notebook::Notebook;

/// The longest "what happened", "what we are doing", update or note.
pub const MAX_SITUATION_TEXT: usize = 2_000;
/// The most customers one call may name.
pub const MAX_PICKED: usize = 10_000;
/// The most affected customers one page lists.
pub const MAX_MEMBER_PAGE: u32 = 200;
/// How many situations a customer's page or brief lists.
const CUSTOMER_SITUATIONS: i64 = 20;

/// The name a customer goes by, in SQL over `customers c`.
const NAME_SQL: &str =
    "CASE WHEN c.preferred_name <> '' THEN c.preferred_name ELSE c.full_name END";
/// A live (not trashed) customer, in SQL after a customer pk. Reads the
/// small index of trashed customers once instead of every customer's row.
const LIVE_SQL: &str = "NOT IN (SELECT pk FROM customers WHERE deleted_at IS NOT NULL)";
/// A member's concierge: their own, else their group's (`situation_members
/// m`, `situation_groups g`).
const CONCIERGE_SQL: &str =
    "CASE WHEN m.concierge <> '' THEN m.concierge ELSE coalesce(g.concierge, '') END";

struct Valid {
    title: String,
    what_happened: String,
    what_we_do: String,
    expected_fix: Option<Millis>,
    lead: String,
    staff: String,
}

fn valid(input: &SituationInput) -> Result<Valid> {
    let title = one_line("title", "The title", &input.title, 200)?;
    if title.is_empty() {
        return Err(Error::invalid(
            "title",
            "Give the situation a short title, such as \"Late delivery of wedding cakes\".",
        ));
    }
    Ok(Valid {
        title,
        what_happened: long_text("what_happened", "What happened", &input.what_happened)?,
        what_we_do: long_text("what_we_do", "What we are doing", &input.what_we_do)?,
        expected_fix: input
            .expected_fix
            .map(|at| date("expected_fix", at))
            .transpose()?,
        lead: staff_field("lead", &input.lead)?,
        staff: staff_field("staff", &input.staff)?,
    })
}

fn long_text(field: &str, label: &str, value: &str) -> Result<String> {
    text(field, label, value, MAX_SITUATION_TEXT)
}

/// A situation's primary key; `NotFound` for an unknown id.
fn situation_pk(conn: &Connection, id: &str) -> Result<(i64, bool)> {
    conn.prepare_cached("SELECT pk, closed_at IS NOT NULL FROM situations WHERE id = ?1")?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?
        .ok_or_else(|| Error::NotFound { id: id.to_owned() })
}

/// A situation that is still open, for a change.
fn open_pk(conn: &Connection, id: &str) -> Result<i64> {
    match situation_pk(conn, id)? {
        (_, true) => Err(Error::invalid(
            "situation",
            "This situation is closed. Undo closing it to change it.",
        )),
        (pk, false) => Ok(pk),
    }
}

/// The live customers `ids`, each once, in order.
fn customer_pks(conn: &Connection, ids: &[String]) -> Result<Vec<i64>> {
    if ids.len() > MAX_PICKED {
        return Err(Error::invalid(
            "customer_ids",
            format!("Pick at most {MAX_PICKED} customers at a time."),
        ));
    }
    let mut pks: Vec<i64> = Vec::with_capacity(ids.len());
    for id in ids {
        let pk = pk_of(conn, id, Scope::Live).map_err(|_| {
            Error::invalid("customer_ids", "One of those customers could not be found.")
        })?;
        if !pks.contains(&pk) {
            pks.push(pk);
        }
    }
    Ok(pks)
}

fn record_action(
    conn: &Connection,
    situation: i64,
    kind: SituationActionKind,
    undo: &str,
    staff: &str,
    now: Millis,
) -> Result<(i64, String)> {
    let id = Uuid::now_v7().to_string();
    conn.prepare_cached(
        "INSERT INTO situation_actions(id, situation_pk, kind, count, undo, staff, at) VALUES (?1, ?2, ?3, 0, ?4, ?5, ?6)",
    )?
    .execute(params![id, situation, kind.as_str(), undo, staff, now])?;
    Ok((conn.last_insert_rowid(), id))
}

/// Sets how many rows an action touched and returns it.
fn finish_action(
    conn: &Connection,
    (pk, id): (i64, String),
    kind: SituationActionKind,
    count: usize,
    now: Millis,
) -> Result<SituationAction> {
    conn.prepare_cached("UPDATE situation_actions SET count = ?2 WHERE pk = ?1")?
        .execute(params![pk, count as i64])?;
    Ok(SituationAction {
        id,
        kind,
        count: count as u32,
        at: now,
    })
}

/// The SQL selecting the live customers `filter` picks out (`?1` the tag,
/// `?2` the category key, NULL when not given), or an error when it picks nothing at all.
fn filter_sql(filter: &SituationFilter) -> Result<(String, Option<String>, Option<String>)> {
    let tag = filter
        .tag
        .as_deref()
        .map(|t| one_line("tag", "The tag", t, crate::rules::validate::MAX_TAG))
        .transpose()?
        .filter(|t| !t.is_empty());
    let category = filter
        .open_issue_category
        .as_deref()
        .map(|c| one_line("open_issue_category", "The category", c, 40))
        .transpose()?
        .filter(|c| !c.is_empty())
        .map(|c| crate::use_cases::history::entries::category_key(&c));
    let mut parts: Vec<&str> = Vec::new();
    if tag.is_some() {
        parts.push(
            "SELECT DISTINCT customer_pk AS pk FROM customer_tags WHERE lower(tag) = lower((SELECT tag FROM wanted))",
        );
    }
    if category.is_some() {
        parts.push(
            "SELECT e.customer_pk AS pk FROM issue_categories ic JOIN entries e ON e.pk = ic.issue_pk
             JOIN issues i ON i.entry_pk = e.pk
             WHERE ic.category_key = (SELECT category FROM wanted) AND e.deleted_at IS NULL AND i.state IN ('open', 'in_progress', 'waiting')",
        );
    }
    if parts.is_empty() {
        return Err(Error::invalid(
            "tag",
            "Type a tag or an issue category to pick customers out.",
        ));
    }
    let sql = format!(
        "WITH wanted(tag, category) AS (SELECT ?1, ?2)
         SELECT pk FROM ({}) WHERE pk {LIVE_SQL}",
        parts.join(" INTERSECT ")
    );
    Ok((sql, tag, category))
}

/// SQLite's foreign-key checks, off from `new` until dropped. Declare it
/// before the transaction it covers, so the transaction ends first: the
/// setting cannot change while one is open.
struct KeyChecksOff<'c>(&'c Connection);

impl<'c> KeyChecksOff<'c> {
    fn new(conn: &'c Connection) -> Result<Self> {
        conn.pragma_update(None, "foreign_keys", false)?;
        Ok(Self(conn))
    }
}

impl Drop for KeyChecksOff<'_> {
    fn drop(&mut self) {
        // Only fails inside a transaction, which the declaration order rules out.
        let _ = self.0.pragma_update(None, "foreign_keys", true);
    }
}

/// Adds the live customers `pks` who are not members yet; how many were added.
fn add_members(
    conn: &Connection,
    situation: i64,
    pks: &[i64],
    action: i64,
    now: Millis,
) -> Result<usize> {
    let mut insert = conn.prepare_cached(
        "INSERT OR IGNORE INTO situation_members(situation_pk, customer_pk, action_pk, added_at) VALUES (?1, ?2, ?3, ?4)",
    )?;
    let mut added = 0;
    for pk in pks {
        added += insert.execute(params![situation, pk, action, now])?;
    }
    Ok(added)
}

/// The group `id` of this situation.
fn group_pk(conn: &Connection, situation: i64, id: &str) -> Result<i64> {
    conn.prepare_cached("SELECT pk FROM situation_groups WHERE id = ?1 AND situation_pk = ?2")?
        .query_row(params![id, situation], |r| r.get(0))
        .optional()?
        .ok_or_else(|| Error::invalid("group_id", "That group could not be found."))
}

/// Who is told and who is not, in all and per concierge.
pub(crate) fn progress(conn: &Connection, situation: i64) -> Result<SituationProgress> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {CONCIERGE_SQL} AS who, sum(m.told_seq IS NOT NULL AND m.told_seq >= s.latest_seq), count(*)
         FROM situation_members m JOIN situations s ON s.pk = m.situation_pk
         LEFT JOIN situation_groups g ON g.pk = m.group_pk
         WHERE m.situation_pk = ?1 AND m.customer_pk {LIVE_SQL}
         GROUP BY who ORDER BY who = '', who COLLATE NOCASE"
    ))?;
    let by_concierge: Vec<ConciergeProgress> = stmt
        .query_map([situation], |r| {
            Ok(ConciergeProgress {
                concierge: r.get(0)?,
                told: r.get(1)?,
                total: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(SituationProgress {
        told: by_concierge.iter().map(|p| p.told).sum(),
        total: by_concierge.iter().map(|p| p.total).sum(),
        by_concierge,
    })
}

/// The live members of situation `?1` a [`MemberFilter`] picks out: `?2`
/// the folded name part ('' for any), `?3` the group (NULL any, '' none),
/// `?4` told (NULL either), `?5` the customer ids as a JSON array ('[]' for any).
const MEMBERS_FROM: &str = "FROM situation_members m JOIN situations s ON s.pk = m.situation_pk
    JOIN customers c ON c.pk = m.customer_pk LEFT JOIN situation_groups g ON g.pk = m.group_pk
    WHERE m.situation_pk = ?1 AND c.deleted_at IS NULL
      AND (?2 = '' OR instr(c.full_key, ?2) > 0 OR instr(c.preferred_key, ?2) > 0)
      AND (?3 IS NULL OR (?3 = '' AND m.group_pk IS NULL) OR g.id = ?3)
      AND (?4 IS NULL OR (m.told_seq IS NOT NULL AND m.told_seq >= s.latest_seq) = ?4)
      AND (?5 = '[]' OR c.id IN (SELECT value FROM json_each(?5)))";

/// The members [`MEMBERS_FROM`] picks out, as [`SituationMember`] rows
/// ([`member_row`]) by the name they go by, then as added; `rest` follows
/// (a LIMIT).
fn member_sql(rest: &str) -> String {
    format!(
        "SELECT c.id, {NAME_SQL}, c.full_name, g.id, {CONCIERGE_SQL},
            m.told_seq IS NOT NULL AND m.told_seq >= s.latest_seq, m.told_at, m.told_by, m.told_how, m.mood
         {MEMBERS_FROM} ORDER BY {NAME_SQL} COLLATE NOCASE, c.pk {rest}"
    )
}

fn member_row(r: &rusqlite::Row) -> rusqlite::Result<SituationMember> {
    Ok(SituationMember {
        customer_id: r.get(0)?,
        name: r.get(1)?,
        full_name: r.get(2)?,
        group_id: r.get(3)?,
        concierge: r.get(4)?,
        told: r.get(5)?,
        told_at: r.get(6)?,
        told_by: r.get(7)?,
        told_how: r
            .get::<_, Option<String>>(8)?
            .as_deref()
            .and_then(TellHow::parse),
        mood: r
            .get::<_, Option<String>>(9)?
            .as_deref()
            .and_then(Mood::parse),
    })
}

/// A [`MemberFilter`] checked and turned into the parameters `?2..?5` of
/// [`MEMBERS_FROM`].
fn member_params(filter: &MemberFilter) -> Result<(String, Option<String>, Option<bool>, String)> {
    let name = one_line("name", "The name", &filter.name, 200)?;
    if filter.customer_ids.len() > MAX_PICKED {
        return Err(Error::invalid(
            "customer_ids",
            format!("Pick at most {MAX_PICKED} customers at a time."),
        ));
    }
    let ids = serde_json::to_string(&filter.customer_ids).map_err(storage)?;
    Ok((
        crate::rules::fold::fold(&name),
        filter.group_id.clone(),
        filter.told,
        ids,
    ))
}

/// Every affected customer, by name (for the messages).
fn members(conn: &Connection, situation: i64) -> Result<Vec<SituationMember>> {
    let mut stmt = conn.prepare_cached(&member_sql(""))?;
    let rows = stmt.query_map(
        params![situation, "", None::<String>, None::<bool>, "[]"],
        member_row,
    )?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn undoable(conn: &Connection, situation: i64) -> Result<Option<(i64, SituationAction)>> {
    Ok(conn
        .prepare_cached(
            "SELECT pk, id, kind, count, at FROM situation_actions
             WHERE situation_pk = ?1 AND undone_at IS NULL ORDER BY pk DESC LIMIT 1",
        )?
        .query_row([situation], |r| {
            Ok((
                r.get(0)?,
                SituationAction {
                    id: r.get(1)?,
                    kind: SituationActionKind::parse(&r.get::<_, String>(2)?)
                        .unwrap_or(SituationActionKind::Add),
                    count: r.get(3)?,
                    at: r.get(4)?,
                },
            ))
        })
        .optional()?)
}

/// The situations customer `customer_pk` is affected by (only open ones
/// when `open_only`), open first, newest first.
pub(crate) fn of_customer(
    conn: &Connection,
    customer_pk: i64,
    open_only: bool,
) -> Result<Vec<CustomerSituation>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT s.id, s.title,
            coalesce((SELECT u.text FROM situation_updates u WHERE u.situation_pk = s.pk AND u.seq = s.latest_seq),
                     CASE WHEN s.what_we_do <> '' THEN s.what_we_do ELSE s.what_happened END),
            s.expected_fix, {CONCIERGE_SQL}, m.told_seq IS NOT NULL AND m.told_seq >= s.latest_seq, s.closed_at
         FROM situation_members m JOIN situations s ON s.pk = m.situation_pk
         LEFT JOIN situation_groups g ON g.pk = m.group_pk
         WHERE m.customer_pk = ?1 AND (?2 = 0 OR s.closed_at IS NULL)
         ORDER BY s.closed_at IS NOT NULL, s.created_at DESC, s.pk DESC LIMIT ?3"
    ))?;
    let rows = stmt.query_map(params![customer_pk, open_only, CUSTOMER_SITUATIONS], |r| {
        Ok(CustomerSituation {
            id: r.get(0)?,
            title: r.get(1)?,
            latest: r.get(2)?,
            expected_fix: r.get(3)?,
            concierge: r.get(4)?,
            told: r.get(5)?,
            closed_at: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn channel_of(how: TellHow) -> Channel {
    match how {
        TellHow::Call => Channel::CallOut,
        TellHow::Email => Channel::Email,
        TellHow::Message => Channel::Message,
        TellHow::Visit => Channel::Visit,
    }
}

/// The news a customer is told: the latest update, else what happened.
struct News {
    title: String,
    what_happened: String,
    what_we_do: String,
    expected_fix: Option<Millis>,
    lead: String,
    latest_seq: i64,
    latest: Option<String>,
}

fn news(conn: &Connection, situation: i64) -> Result<News> {
    Ok(conn.query_row(
        "SELECT s.title, s.what_happened, s.what_we_do, s.expected_fix, s.lead, s.latest_seq,
            (SELECT u.text FROM situation_updates u WHERE u.situation_pk = s.pk AND u.seq = s.latest_seq)
         FROM situations s WHERE s.pk = ?1",
        [situation],
        |r| {
            Ok(News {
                title: r.get(0)?,
                what_happened: r.get(1)?,
                what_we_do: r.get(2)?,
                expected_fix: r.get(3)?,
                lead: r.get(4)?,
                latest_seq: r.get(5)?,
                latest: r.get(6)?,
            })
        },
    )?)
}

impl News {
    /// One line for a timeline: what the customer was told.
    fn told_line(&self) -> String {
        let what = match &self.latest {
            Some(update) => update.as_str(),
            None if !self.what_happened.is_empty() => self.what_happened.as_str(),
            None => self.what_we_do.as_str(),
        };
        if what.is_empty() {
            format!("Told about \"{}\".", self.title)
        } else {
            format!("Told about \"{}\": {what}", self.title)
        }
    }

    /// A short message for `name`, signed by `from` when given.
    fn message(&self, name: &str, from: &str, ctx: &crate::rules::schedule::TimeCtx) -> String {
        let mut lines = vec![format!("Hi {name},")];
        match &self.latest {
            Some(update) => lines.push(format!("An update on {}: {update}", self.title)),
            None => {
                let happened = if self.what_happened.is_empty() {
                    self.title.clone()
                } else {
                    self.what_happened.clone()
                };
                lines.push(happened);
                if !self.what_we_do.is_empty() {
                    lines.push(format!("What we are doing: {}", self.what_we_do));
                }
            }
        }
        if let Some(at) = self.expected_fix {
            let day = ctx.local(at).format("%A %-d %B");
            lines.push(format!("We expect it to be fixed by {day}."));
        }
        lines.push("We will keep you posted. Sorry for the trouble.".to_owned());
        if !from.is_empty() {
            lines.push(from.to_owned());
        }
        lines.join("\n")
    }
}

impl Notebook {
    /// Starts a situation (nobody affected yet).
    pub fn create_situation(&mut self, input: &SituationInput) -> Result<String> {
        let v = valid(input)?;
        let now = self.now();
        let id = Uuid::now_v7().to_string();
        self.conn.execute(
            "INSERT INTO situations(id, title, what_happened, what_we_do, expected_fix, lead, created_by, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
            params![id, v.title, v.what_happened, v.what_we_do, v.expected_fix, v.lead, v.staff, now],
        )?;
        Ok(id)
    }

    /// Edits a situation's title, story, expected fix and lead.
    pub fn update_situation(&mut self, id: &str, input: &SituationInput) -> Result<()> {
        let v = valid(input)?;
        let now = self.now();
        let tx = self.conn.transaction()?;
        let pk = situation_pk(&tx, id)?.0;
        tx.execute(
            "UPDATE situations SET title = ?2, what_happened = ?3, what_we_do = ?4, expected_fix = ?5, lead = ?6, updated_at = ?7
             WHERE pk = ?1",
            params![pk, v.title, v.what_happened, v.what_we_do, v.expected_fix, v.lead, now],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Every situation (closed ones too when `include_closed`), open first,
    /// newest first, with how many have been told about the latest news.
    pub fn situations(&self, include_closed: bool) -> Result<Vec<SituationSummary>> {
        // One statement for the list and every situation's progress, so
        // the screen costs one round trip however many situations there are.
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT s.id, s.title, s.lead, s.expected_fix, s.created_at, s.closed_at,
                coalesce(p.told, 0), coalesce(p.total, 0)
             FROM situations s LEFT JOIN (
                SELECT m.situation_pk AS pk,
                    sum(m.told_seq IS NOT NULL AND m.told_seq >= ls.latest_seq) AS told, count(*) AS total
                FROM situation_members m JOIN situations ls ON ls.pk = m.situation_pk
                WHERE (?1 OR ls.closed_at IS NULL) AND m.customer_pk {LIVE_SQL}
                GROUP BY m.situation_pk
             ) p ON p.pk = s.pk
             WHERE ?1 OR s.closed_at IS NULL ORDER BY s.closed_at IS NOT NULL, s.created_at DESC, s.pk DESC"
        ))?;
        let rows = stmt.query_map([include_closed], |r| {
            Ok(SituationSummary {
                id: r.get(0)?,
                title: r.get(1)?,
                lead: r.get(2)?,
                expected_fix: r.get(3)?,
                created_at: r.get(4)?,
                closed_at: r.get(5)?,
                told: r.get(6)?,
                total: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Everything the situation's screen shows.
    pub fn situation(&self, id: &str) -> Result<Situation> {
        let pk = situation_pk(&self.conn, id)?.0;
        let conn = &self.conn;
        let mut s = conn.query_row(
            "SELECT id, title, what_happened, what_we_do, expected_fix, lead, created_at, closed_at, saved_filter
             FROM situations WHERE pk = ?1",
            [pk],
            |r| {
                Ok(Situation {
                    id: r.get(0)?,
                    title: r.get(1)?,
                    what_happened: r.get(2)?,
                    what_we_do: r.get(3)?,
                    expected_fix: r.get(4)?,
                    lead: r.get(5)?,
                    created_at: r.get(6)?,
                    closed_at: r.get(7)?,
                    saved_filter: r
                        .get::<_, Option<String>>(8)?
                        .and_then(|f| serde_json::from_str(&f).ok()),
                    updates: Vec::new(),
                    groups: Vec::new(),
                    progress: SituationProgress {
                        told: 0,
                        total: 0,
                        by_concierge: Vec::new(),
                    },
                    upset: 0,
                    undoable: None,
                })
            },
        )?;
        s.updates = conn
            .prepare_cached(
                "SELECT seq, text, expected_fix, staff, at FROM situation_updates WHERE situation_pk = ?1 ORDER BY seq",
            )?
            .query_map([pk], |r| {
                Ok(SituationUpdate {
                    seq: r.get(0)?,
                    text: r.get(1)?,
                    expected_fix: r.get(2)?,
                    staff: r.get(3)?,
                    at: r.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        s.groups = conn
            .prepare_cached(&format!(
                "SELECT g.id, g.name, g.concierge,
                    (SELECT count(*) FROM situation_members m
                     WHERE m.group_pk = g.pk AND m.customer_pk {LIVE_SQL})
                 FROM situation_groups g WHERE g.situation_pk = ?1 ORDER BY g.name COLLATE NOCASE, g.pk"
            ))?
            .query_map([pk], |r| {
                Ok(SituationGroup {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    concierge: r.get(2)?,
                    size: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        s.progress = progress(conn, pk)?;
        s.upset = conn
            .prepare_cached(&format!(
                "SELECT count(*) FROM situation_members m
                 WHERE m.situation_pk = ?1 AND m.mood = 'upset' AND m.customer_pk {LIVE_SQL}"
            ))?
            .query_row([pk], |r| r.get(0))?;
        s.undoable = undoable(conn, pk)?.map(|(_, a)| a);
        Ok(s)
    }

    /// One page of the affected customers `filter` picks out, by name, from
    /// `offset`, at most `limit` (1 to [`MAX_MEMBER_PAGE`]), with how many
    /// match in all.
    pub fn situation_members(
        &self,
        situation_id: &str,
        filter: &MemberFilter,
        offset: u32,
        limit: u32,
    ) -> Result<SituationMemberPage> {
        if !(1..=MAX_MEMBER_PAGE).contains(&limit) {
            return Err(Error::invalid(
                "limit",
                format!("List between 1 and {MAX_MEMBER_PAGE} customers at a time."),
            ));
        }
        let pk = situation_pk(&self.conn, situation_id)?.0;
        let (name, group, told, ids) = member_params(filter)?;
        let members = self
            .conn
            .prepare_cached(&member_sql("LIMIT ?6 OFFSET ?7"))?
            .query_map(
                params![pk, name, group, told, ids, limit, offset],
                member_row,
            )?
            .collect::<rusqlite::Result<_>>()?;
        let matching = self
            .conn
            .prepare_cached(&format!("SELECT count(*) {MEMBERS_FROM}"))?
            .query_row(params![pk, name, group, told, ids], |r| r.get(0))?;
        Ok(SituationMemberPage {
            members,
            matching,
            offset,
        })
    }

    /// The ids of every affected customer `filter` picks out, by name: what
    /// "Tick all that match" ticks.
    pub fn situation_member_ids(
        &self,
        situation_id: &str,
        filter: &MemberFilter,
    ) -> Result<Vec<String>> {
        let pk = situation_pk(&self.conn, situation_id)?.0;
        let (name, group, told, ids) = member_params(filter)?;
        Ok(self
            .conn
            .prepare_cached(&format!(
                "SELECT c.id {MEMBERS_FROM} ORDER BY {NAME_SQL} COLLATE NOCASE, c.pk"
            ))?
            .query_map(params![pk, name, group, told, ids], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// Told about the latest news, of how many, in all and per concierge.
    pub fn situation_progress(&self, id: &str) -> Result<SituationProgress> {
        progress(&self.conn, situation_pk(&self.conn, id)?.0)
    }

    /// How many live customers `filter` picks out (nothing is written).
    pub fn count_matching(&self, filter: &SituationFilter) -> Result<u32> {
        let (sql, tag, category) = filter_sql(filter)?;
        Ok(self
            .conn
            .prepare_cached(&format!("SELECT count(*) FROM ({sql})"))?
            .query_row(params![tag, category], |r| r.get(0))?)
    }

    /// Adds every live customer `filter` picks out who is not affected yet,
    /// in one transaction, and saves the search on the situation so it can
    /// be run again. Undoable.
    pub fn add_matching(
        &mut self,
        situation_id: &str,
        filter: &SituationFilter,
        staff: &str,
    ) -> Result<SituationAction> {
        let staff = staff_field("staff", staff)?;
        let (sql, tag, category) = filter_sql(filter)?;
        let now = self.now();
        // Every key the insert writes was read from its parent table in
        // this transaction (the customers from their tags or issues, the
        // situation and the action just above); checking 5,000 of them
        // again one at a time took longer than the insert itself.
        let _unchecked = KeyChecksOff::new(&self.conn)?;
        let tx = self.conn.unchecked_transaction()?;
        let situation = open_pk(&tx, situation_id)?;
        let action = record_action(&tx, situation, SituationActionKind::Add, "[]", &staff, now)?;
        let added = tx
            .prepare_cached(&format!(
                "INSERT OR IGNORE INTO situation_members(situation_pk, customer_pk, action_pk, added_at)
                 SELECT ?3, pk, ?4, ?5 FROM ({sql})"
            ))?
            .execute(params![tag, category, situation, action.0, now])?;
        let saved = serde_json::to_string(filter).map_err(storage)?;
        tx.execute(
            "UPDATE situations SET saved_filter = ?2, updated_at = ?3 WHERE pk = ?1",
            params![situation, saved, now],
        )?;
        let out = finish_action(&tx, action, SituationActionKind::Add, added, now)?;
        tx.commit()?;
        Ok(out)
    }

    /// Adds the customers picked from a list or a customer's page, in one
    /// transaction; those already affected are left as they are. Undoable.
    pub fn add_to_situation(
        &mut self,
        situation_id: &str,
        customer_ids: &[String],
        staff: &str,
    ) -> Result<SituationAction> {
        let staff = staff_field("staff", staff)?;
        let now = self.now();
        let tx = self.conn.transaction()?;
        let situation = open_pk(&tx, situation_id)?;
        let pks = customer_pks(&tx, customer_ids)?;
        let action = record_action(&tx, situation, SituationActionKind::Add, "[]", &staff, now)?;
        let added = add_members(&tx, situation, &pks, action.0, now)?;
        let out = finish_action(&tx, action, SituationActionKind::Add, added, now)?;
        tx.commit()?;
        Ok(out)
    }

    /// Takes one customer off a situation (added by mistake).
    pub fn remove_from_situation(&mut self, situation_id: &str, customer_id: &str) -> Result<()> {
        let tx = self.conn.transaction()?;
        let situation = open_pk(&tx, situation_id)?;
        let customer = pk_of(&tx, customer_id, Scope::Any)?;
        tx.execute(
            "DELETE FROM situation_members WHERE situation_pk = ?1 AND customer_pk = ?2",
            params![situation, customer],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Adds a group with the person who keeps in touch with it; its id.
    pub fn add_situation_group(
        &mut self,
        situation_id: &str,
        name: &str,
        concierge: &str,
    ) -> Result<String> {
        let name = one_line("name", "The group's name", name, 100)?;
        if name.is_empty() {
            return Err(Error::invalid(
                "name",
                "Give the group a name, such as \"Weddings this month\".",
            ));
        }
        let concierge = staff_field("concierge", concierge)?;
        let tx = self.conn.transaction()?;
        let situation = open_pk(&tx, situation_id)?;
        let id = Uuid::now_v7().to_string();
        tx.execute(
            "INSERT INTO situation_groups(id, situation_pk, name, concierge) VALUES (?1, ?2, ?3, ?4)",
            params![id, situation, name, concierge],
        )?;
        tx.commit()?;
        Ok(id)
    }

    /// Gives a group another concierge.
    pub fn set_group_concierge(
        &mut self,
        situation_id: &str,
        group_id: &str,
        concierge: &str,
    ) -> Result<()> {
        let concierge = staff_field("concierge", concierge)?;
        let tx = self.conn.transaction()?;
        let situation = open_pk(&tx, situation_id)?;
        let group = group_pk(&tx, situation, group_id)?;
        tx.execute(
            "UPDATE situation_groups SET concierge = ?2 WHERE pk = ?1",
            params![group, concierge],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Gives one affected customer a concierge of their own (empty: their
    /// group's again).
    pub fn set_member_concierge(
        &mut self,
        situation_id: &str,
        customer_id: &str,
        concierge: &str,
    ) -> Result<()> {
        let concierge = staff_field("concierge", concierge)?;
        let tx = self.conn.transaction()?;
        let situation = open_pk(&tx, situation_id)?;
        let customer = pk_of(&tx, customer_id, Scope::Any)?;
        let changed = tx.execute(
            "UPDATE situation_members SET concierge = ?3 WHERE situation_pk = ?1 AND customer_pk = ?2",
            params![situation, customer, concierge],
        )?;
        if changed == 0 {
            return Err(not_member());
        }
        tx.commit()?;
        Ok(())
    }

    /// Puts affected customers in a group (`None`: in no group), in one
    /// transaction. Undoable.
    pub fn group_members(
        &mut self,
        situation_id: &str,
        customer_ids: &[String],
        group_id: Option<&str>,
        staff: &str,
    ) -> Result<SituationAction> {
        let staff = staff_field("staff", staff)?;
        let now = self.now();
        let tx = self.conn.transaction()?;
        let situation = open_pk(&tx, situation_id)?;
        let group = group_id.map(|g| group_pk(&tx, situation, g)).transpose()?;
        let pks = customer_pks(&tx, customer_ids)?;
        let mut before: Vec<(i64, Option<i64>)> = Vec::with_capacity(pks.len());
        for pk in &pks {
            let was: Option<i64> = tx
                .prepare_cached("SELECT group_pk FROM situation_members WHERE situation_pk = ?1 AND customer_pk = ?2")?
                .query_row(params![situation, pk], |r| r.get(0))
                .optional()?
                .ok_or_else(not_member)?;
            before.push((*pk, was));
        }
        let undo = serde_json::to_string(&before).map_err(storage)?;
        let action = record_action(
            &tx,
            situation,
            SituationActionKind::Group,
            &undo,
            &staff,
            now,
        )?;
        let mut set = tx.prepare_cached(
            "UPDATE situation_members SET group_pk = ?3 WHERE situation_pk = ?1 AND customer_pk = ?2",
        )?;
        for pk in &pks {
            set.execute(params![situation, pk, group])?;
        }
        drop(set);
        let out = finish_action(&tx, action, SituationActionKind::Group, pks.len(), now)?;
        tx.commit()?;
        Ok(out)
    }

    /// Posts an update: from now on everyone is "not yet told" until told
    /// about it. A new expected fix time replaces the old one.
    pub fn post_situation_update(
        &mut self,
        situation_id: &str,
        input: &SituationUpdateInput,
    ) -> Result<()> {
        let update = long_text("text", "The update", &input.text)?;
        if update.is_empty() {
            return Err(Error::invalid(
                "text",
                "Say what changed, such as \"The part arrives Thursday\".",
            ));
        }
        let expected_fix = input
            .expected_fix
            .map(|at| date("expected_fix", at))
            .transpose()?;
        let staff = staff_field("staff", &input.staff)?;
        let now = self.now();
        let tx = self.conn.transaction()?;
        let situation = open_pk(&tx, situation_id)?;
        tx.execute(
            "UPDATE situations SET latest_seq = latest_seq + 1, expected_fix = coalesce(?2, expected_fix), updated_at = ?3
             WHERE pk = ?1",
            params![situation, expected_fix, now],
        )?;
        tx.execute(
            "INSERT INTO situation_updates(situation_pk, seq, text, expected_fix, staff, at)
             SELECT pk, latest_seq, ?2, ?3, ?4, ?5 FROM situations WHERE pk = ?1",
            params![situation, update, expected_fix, staff, now],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Records that customers were told about the latest news: each gets a
    /// conversation on their timeline (how, who, how they took it).
    pub fn mark_told(&mut self, situation_id: &str, input: &TellInput) -> Result<()> {
        let staff = staff_field("staff", &input.staff)?;
        let note = long_text("note", "The note", &input.note)?;
        if input.customer_ids.is_empty() {
            return Err(Error::invalid("customer_ids", "Pick who was told."));
        }
        let now = self.now();
        let tx = self.conn.transaction()?;
        let situation = open_pk(&tx, situation_id)?;
        let news = news(&tx, situation)?;
        let mut summary = news.told_line();
        if !note.is_empty() {
            summary.push_str(&format!("\n{note}"));
        }
        for pk in customer_pks(&tx, &input.customer_ids)? {
            let customer_id: String =
                tx.query_row("SELECT id FROM customers WHERE pk = ?1", [pk], |r| r.get(0))?;
            let changed = tx.execute(
                "UPDATE situation_members SET told_seq = ?3, told_at = ?4, told_by = ?5, told_how = ?6, mood = ?7
                 WHERE situation_pk = ?1 AND customer_pk = ?2",
                params![situation, pk, news.latest_seq, now, staff, input.how.as_str(), input.mood.map(Mood::as_str)],
            )?;
            if changed == 0 {
                return Err(not_member());
            }
            let conversation = ConversationInput {
                customer_id,
                channel: channel_of(input.how),
                happened_at: None,
                staff: staff.clone(),
                summary: summary.clone(),
                mood: input.mood,
                issue_id: None,
                follow_up: None,
            };
            let entry = insert_conversation(&tx, &conversation, now)?;
            tx.execute(
                "INSERT INTO situation_told(situation_pk, customer_pk, seq, entry_pk, at, staff, how, mood)
                 VALUES (?1, ?2, ?3, (SELECT pk FROM entries WHERE id = ?4), ?5, ?6, ?7, ?8)",
                params![situation, pk, news.latest_seq, entry, now, staff, input.how.as_str(), input.mood.map(Mood::as_str)],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Closes a situation, with a check-in follow-up for every affected
    /// customer and a card for those who took it worst, as asked; all in
    /// one transaction. Undoable.
    pub fn close_situation(
        &mut self,
        situation_id: &str,
        close: &CloseSituation,
    ) -> Result<SituationAction> {
        let staff = staff_field("staff", &close.staff)?;
        if close.check_in_days.is_some_and(|d| d > 366) {
            return Err(Error::invalid(
                "check_in_days",
                "Pick a day within the next year.",
            ));
        }
        let now = self.now();
        let tx = self.conn.transaction()?;
        let situation = open_pk(&tx, situation_id)?;
        let title: String = tx.query_row(
            "SELECT title FROM situations WHERE pk = ?1",
            [situation],
            |r| r.get(0),
        )?;
        let affected: Vec<(i64, String, bool)> = tx
            .prepare(&format!(
                "SELECT m.customer_pk, {CONCIERGE_SQL}, m.mood IS 'upset'
                 FROM situation_members m LEFT JOIN situation_groups g ON g.pk = m.group_pk
                 WHERE m.situation_pk = ?1 AND m.customer_pk {LIVE_SQL} ORDER BY m.customer_pk"
            ))?
            .query_map([situation], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut created: Vec<i64> = Vec::new();
        for (customer, concierge, upset) in &affected {
            let mut plans = Vec::new();
            if let Some(days) = close.check_in_days {
                plans.push((
                    FollowUpAction::CheckIn,
                    days,
                    format!("How are things since \"{title}\"?"),
                ));
            }
            if close.cards_for_upset && *upset {
                plans.push((
                    FollowUpAction::SendCard,
                    0,
                    format!("A card to say sorry about \"{title}\""),
                ));
            }
            for (action, in_days, note) in plans {
                let plan = FollowUpPlan {
                    action,
                    in_days,
                    assignee: concierge.clone(),
                    note,
                };
                created.push(follow_ups::add_planned(
                    &tx, *customer, None, &plan, &staff, now,
                )?);
            }
        }
        // Each follow-up with its state as made, so an undo can tell the ones
        // somebody has changed since (and leaves those alone).
        let made: Vec<(i64, String)> = created
            .iter()
            .map(|&entry| Ok((entry, follow_up_state(&tx, entry)?)))
            .collect::<Result<_>>()?;
        let undo = serde_json::to_string(&made).map_err(storage)?;
        let action = record_action(
            &tx,
            situation,
            SituationActionKind::Close,
            &undo,
            &staff,
            now,
        )?;
        tx.execute(
            "UPDATE situations SET closed_at = ?2, updated_at = ?2 WHERE pk = ?1",
            params![situation, now],
        )?;
        let out = finish_action(&tx, action, SituationActionKind::Close, created.len(), now)?;
        tx.commit()?;
        Ok(out)
    }

    /// Undoes the latest bulk change of a situation: customers added leave
    /// it, customers grouped go back to their groups, a close reopens it
    /// and removes the follow-ups it created that nobody has acted on or
    /// changed. An add is not undone once any of those customers has been
    /// told or given a concierge since: that would lose it.
    pub fn undo_situation_action(&mut self, action_id: &str) -> Result<()> {
        let now = self.now();
        let tx = self.conn.transaction()?;
        let found: Option<(i64, i64, String, String)> = tx
            .query_row(
                "SELECT pk, situation_pk, kind, undo FROM situation_actions WHERE id = ?1 AND undone_at IS NULL",
                [action_id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?;
        let Some((pk, situation, kind, undo)) = found else {
            return Err(Error::invalid(
                "action",
                "This change has already been undone.",
            ));
        };
        if undoable(&tx, situation)?.map(|(latest, _)| latest) != Some(pk) {
            return Err(Error::invalid("action", "Undo the later change first."));
        }
        match SituationActionKind::parse(&kind) {
            Some(SituationActionKind::Add) => {
                let since: i64 = tx.query_row(
                    "SELECT count(*) FROM situation_members
                     WHERE action_pk = ?1 AND (told_seq IS NOT NULL OR concierge != '')",
                    [pk],
                    |r| r.get(0),
                )?;
                if since > 0 {
                    let who = if since == 1 {
                        "One of the customers it added has".to_owned()
                    } else {
                        format!("{since} of the customers it added have")
                    };
                    return Err(Error::invalid(
                        "action",
                        format!(
                            "{who} been told or given a concierge since, so this cannot be undone as a whole. Take off the ones added by mistake one by one."
                        ),
                    ));
                }
                tx.execute("DELETE FROM situation_members WHERE action_pk = ?1", [pk])?;
            }
            Some(SituationActionKind::Group) => {
                let before: Vec<(i64, Option<i64>)> =
                    serde_json::from_str(&undo).map_err(storage)?;
                let mut set = tx.prepare_cached(
                    "UPDATE situation_members SET group_pk = ?3 WHERE situation_pk = ?1 AND customer_pk = ?2",
                )?;
                for (customer, group) in before {
                    set.execute(params![situation, customer, group])?;
                }
            }
            Some(SituationActionKind::Close) => {
                // Closes recorded before the states were kept list only keys.
                let made: Vec<(i64, Option<String>)> =
                    match serde_json::from_str::<Vec<(i64, String)>>(&undo) {
                        Ok(made) => made.into_iter().map(|(e, s)| (e, Some(s))).collect(),
                        Err(_) => serde_json::from_str::<Vec<i64>>(&undo)
                            .map_err(storage)?
                            .into_iter()
                            .map(|e| (e, None))
                            .collect(),
                    };
                let mut remove = tx.prepare_cached(
                    "DELETE FROM entries WHERE pk = ?1 AND NOT EXISTS (SELECT 1 FROM events WHERE entry_pk = ?1)",
                )?;
                for (entry, state) in made {
                    let untouched = match state {
                        Some(state) => follow_up_state(&tx, entry).ok().as_ref() == Some(&state),
                        None => true,
                    };
                    if untouched {
                        remove.execute([entry])?;
                    }
                }
                drop(remove);
                tx.execute(
                    "UPDATE situations SET closed_at = NULL, updated_at = ?2 WHERE pk = ?1",
                    params![situation, now],
                )?;
            }
            None => {}
        }
        tx.execute(
            "UPDATE situation_actions SET undone_at = ?2 WHERE pk = ?1",
            params![pk, now],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// A short plain-text message about the latest news for every affected
    /// customer, using the name they go by, signed by their concierge (or
    /// the lead). Nothing is sent.
    pub fn situation_messages(&self, situation_id: &str) -> Result<Vec<SituationMessage>> {
        let pk = situation_pk(&self.conn, situation_id)?.0;
        let news = news(&self.conn, pk)?;
        let ctx = settings::time_ctx(&self.conn)?;
        Ok(members(&self.conn, pk)?
            .into_iter()
            .map(|m| {
                let from = if m.concierge.is_empty() {
                    &news.lead
                } else {
                    &m.concierge
                };
                SituationMessage {
                    text: news.message(&m.name, from, &ctx),
                    customer_id: m.customer_id,
                    name: m.name,
                    told: m.told,
                }
            })
            .collect())
    }
}

fn not_member() -> Error {
    Error::invalid(
        "customer_ids",
        "That customer is not affected by this situation.",
    )
}

/// Everything a person can change about the follow-up `entry`, as one
/// string: equal strings mean nobody has touched it.
fn follow_up_state(conn: &Connection, entry: i64) -> Result<String> {
    Ok(conn.query_row(
        "SELECT json_array(f.action, f.about_pk, f.start_date, f.start_time, f.rrule, f.assignee,
            f.note, f.occurrence_at, f.due_at, e.deleted_at, e.updated_at)
         FROM follow_ups f JOIN entries e ON e.pk = f.entry_pk WHERE f.entry_pk = ?1",
        [entry],
        |r| r.get(0),
    )?)
}
