//! A situation's members a page at a time, and the live customers a saved
//! search picks out.

use rusqlite::{params, Row};

use super::{CONCIERGE_SQL, LIVE_SQL, TOLD_SQL};
use crate::error::{Error, Result};
use crate::rules::history_model::Mood;
use crate::rules::model::Millis;
use crate::rules::situation_model::{SituationMember, TellHow};
use crate::store::situations::{CustomerMatch, MemberQuery};
use crate::store::sqlite::tx::SqliteTx;

/// The name a customer goes by, in SQL over `customers c`.
const NAME_SQL: &str =
    "CASE WHEN c.preferred_name <> '' THEN c.preferred_name ELSE c.full_name END";

/// The live members of situation `?1` a [`MemberQuery`] picks out: `?2`
/// the folded name part ('' for any), `?3` the group (NULL any, '' none),
/// `?4` told (NULL either), `?5` the customer ids as a JSON array ('[]' for any).
const MEMBERS_FROM: &str = "FROM situation_members m JOIN situations s ON s.pk = m.situation_pk
    JOIN customers c ON c.pk = m.customer_pk LEFT JOIN situation_groups g ON g.pk = m.group_pk
    WHERE m.situation_pk = ?1 AND c.deleted_at IS NULL
      AND (?2 = '' OR instr(c.full_key, ?2) > 0 OR instr(c.preferred_key, ?2) > 0)
      AND (?3 IS NULL OR (?3 = '' AND m.group_pk IS NULL) OR g.id = ?3)
      AND (?4 IS NULL OR (m.told_seq IS NOT NULL AND m.told_seq >= s.latest_seq) = ?4)
      AND (?5 = '[]' OR c.id IN (SELECT value FROM json_each(?5)))";

/// The parameters `?2..?5` of [`MEMBERS_FROM`] for `query`.
fn query_params(query: &MemberQuery) -> Result<(&str, Option<&str>, Option<bool>, String)> {
    Ok((
        &query.name_key,
        query.group_id.as_deref(),
        query.told,
        serde_json::to_string(&query.customer_ids).map_err(Error::unreadable_record)?,
    ))
}

/// The members of situation `pk` `query` picks out, by the name they go
/// by, then as added, from `offset`, at most `limit` (`None`: all).
pub(super) fn members(
    tx: &SqliteTx,
    pk: i64,
    query: &MemberQuery,
    page: Option<(u32, u32)>,
) -> Result<Vec<SituationMember>> {
    let (name, group, told, ids) = query_params(query)?;
    let select = format!(
        "SELECT c.id AS customer_id, {NAME_SQL} AS name, c.full_name, g.id AS group_id,
            {CONCIERGE_SQL} AS concierge, {TOLD_SQL} AS told, m.told_at, m.told_by, m.told_how, m.mood,
            c.language
         {MEMBERS_FROM} ORDER BY {NAME_SQL} COLLATE NOCASE, c.pk"
    );
    let rows = match page {
        None => tx
            .prepare_cached(&select)?
            .query_map(params![pk, name, group, told, ids], member)?
            .collect::<rusqlite::Result<_>>()?,
        Some((offset, limit)) => tx
            .prepare_cached(&format!("{select} LIMIT ?6 OFFSET ?7"))?
            .query_map(params![pk, name, group, told, ids, limit, offset], member)?
            .collect::<rusqlite::Result<_>>()?,
    };
    Ok(rows)
}

/// How many members of situation `pk` `query` picks out.
pub(super) fn count_members(tx: &SqliteTx, pk: i64, query: &MemberQuery) -> Result<u32> {
    let (name, group, told, ids) = query_params(query)?;
    Ok(tx
        .prepare_cached(&format!("SELECT count(*) {MEMBERS_FROM}"))?
        .query_row(params![pk, name, group, told, ids], |r| r.get(0))?)
}

/// The customer ids of the members of situation `pk` `query` picks out,
/// in the order of [`members`].
pub(super) fn member_ids(tx: &SqliteTx, pk: i64, query: &MemberQuery) -> Result<Vec<String>> {
    let (name, group, told, ids) = query_params(query)?;
    Ok(tx
        .prepare_cached(&format!(
            "SELECT c.id {MEMBERS_FROM} ORDER BY {NAME_SQL} COLLATE NOCASE, c.pk"
        ))?
        .query_map(params![pk, name, group, told, ids], |r| r.get("id"))?
        .collect::<rusqlite::Result<_>>()?)
}

/// A member row of [`members`].
fn member(r: &Row) -> rusqlite::Result<SituationMember> {
    Ok(SituationMember {
        customer_id: r.get("customer_id")?,
        name: r.get("name")?,
        full_name: r.get("full_name")?,
        group_id: r.get("group_id")?,
        concierge: r.get("concierge")?,
        language: r.get("language")?,
        told: r.get("told")?,
        told_at: r.get("told_at")?,
        told_by: r.get("told_by")?,
        told_how: r
            .get::<_, Option<String>>("told_how")?
            .as_deref()
            .and_then(TellHow::parse),
        mood: r
            .get::<_, Option<String>>("mood")?
            .as_deref()
            .and_then(Mood::parse),
    })
}

/// The SQL selecting the live customers `wanted` picks out (`?1` the tag,
/// `?2` the category key, NULL when not given).
fn matching_sql(wanted: &CustomerMatch) -> String {
    let mut parts: Vec<&str> = Vec::new();
    if wanted.tag.is_some() {
        parts.push(
            "SELECT DISTINCT customer_pk AS pk FROM customer_tags WHERE lower(tag) = lower((SELECT tag FROM wanted))",
        );
    }
    if wanted.category_key.is_some() {
        parts.push(
            "SELECT e.customer_pk AS pk FROM issue_categories ic JOIN entries e ON e.pk = ic.issue_pk
             JOIN issues i ON i.entry_pk = e.pk
             WHERE ic.category_key = (SELECT category FROM wanted) AND e.deleted_at IS NULL AND i.state IN ('open', 'in_progress', 'waiting')",
        );
    }
    format!(
        "WITH wanted(tag, category) AS (SELECT ?1, ?2)
         SELECT pk FROM ({}) WHERE pk {LIVE_SQL}",
        parts.join(" INTERSECT ")
    )
}

/// How many live customers `wanted` picks out.
pub(super) fn count_matching(tx: &SqliteTx, wanted: &CustomerMatch) -> Result<u32> {
    Ok(tx
        .prepare_cached(&format!("SELECT count(*) FROM ({})", matching_sql(wanted)))?
        .query_row(params![wanted.tag, wanted.category_key], |r| r.get(0))?)
}

/// Adds the live customers `wanted` picks out to situation `pk` in one
/// statement; how many were not members yet.
pub(super) fn add_matching(
    tx: &SqliteTx,
    pk: i64,
    wanted: &CustomerMatch,
    action_pk: i64,
    now: Millis,
) -> Result<usize> {
    Ok(tx
        .prepare_cached(&format!(
            "INSERT OR IGNORE INTO situation_members(situation_pk, customer_pk, action_pk, added_at)
             SELECT ?3, pk, ?4, ?5 FROM ({})",
            matching_sql(wanted)
        ))?
        .execute(params![wanted.tag, wanted.category_key, pk, action_pk, now])?)
}
