//! A situation's members a page at a time, and the live customers a saved
//! search picks out: the SQL both the reads and the bulk adds share.

use postgres::Row;

use super::{nocase, CONCIERGE_SQL, LIVE_SQL, TOLD_SQL};
use crate::error::Result;
use crate::rules::history_model::Mood;
use crate::rules::situation_model::{SituationMember, TellHow};
use crate::store::situations::{CustomerMatch, MemberQuery};

/// The name a customer goes by, in SQL over `customers c`.
const NAME_SQL: &str =
    "CASE WHEN c.preferred_name <> '' THEN c.preferred_name ELSE c.full_name END";

/// The order of [`SituationRows::members`](crate::store::SituationRows::members):
/// by the name they go by as SQLite's `COLLATE NOCASE` sorts it, then as
/// added.
pub(super) fn member_order() -> String {
    format!("{}, c.pk", nocase(NAME_SQL))
}

/// The live members of situation `$1` a [`MemberQuery`] picks out: `$2`
/// the folded name part ('' for any), `$3` the group (NULL any, '' none),
/// `$4` told (NULL either), `$5` the customer ids (empty for any).
pub(super) const MEMBERS_FROM: &str =
    "FROM situation_members m JOIN situations s ON s.pk = m.situation_pk
    JOIN customers c ON c.pk = m.customer_pk LEFT JOIN situation_groups g ON g.pk = m.group_pk
    WHERE m.situation_pk = $1 AND c.deleted_at IS NULL
      AND ($2::text = '' OR strpos(c.full_key, $2) > 0 OR strpos(c.preferred_key, $2) > 0)
      AND ($3::text IS NULL OR ($3 = '' AND m.group_pk IS NULL) OR g.id = $3)
      AND ($4::boolean IS NULL OR (m.told_seq IS NOT NULL AND m.told_seq >= s.latest_seq) = $4)
      AND (cardinality($5::text[]) = 0 OR c.id = ANY($5))";

/// The select list [`member`] reads.
pub(super) fn member_select() -> String {
    format!(
        "SELECT c.id AS customer_id, {NAME_SQL} AS name, c.full_name, g.id AS group_id,
            {CONCIERGE_SQL} AS concierge, {TOLD_SQL} AS told, m.told_at, m.told_by, m.told_how, m.mood,
            c.language
         {MEMBERS_FROM} ORDER BY {}",
        member_order()
    )
}

/// The parameters `$2..$5` of [`MEMBERS_FROM`] for `query`.
pub(super) fn query_params(query: &MemberQuery) -> (&str, Option<&str>, Option<bool>, &[String]) {
    (
        &query.name_key,
        query.group_id.as_deref(),
        query.told,
        &query.customer_ids,
    )
}

/// A member row of [`member_select`]; a way of telling or a mood this
/// build does not know reads as none, as on SQLite.
pub(super) fn member(r: &Row) -> Result<SituationMember> {
    Ok(SituationMember {
        customer_id: r.try_get("customer_id")?,
        name: r.try_get("name")?,
        full_name: r.try_get("full_name")?,
        group_id: r.try_get("group_id")?,
        concierge: r.try_get("concierge")?,
        language: r.try_get("language")?,
        told: r.try_get("told")?,
        told_at: r.try_get("told_at")?,
        told_by: r.try_get("told_by")?,
        told_how: r
            .try_get::<_, Option<&str>>("told_how")?
            .and_then(TellHow::parse),
        mood: r.try_get::<_, Option<&str>>("mood")?.and_then(Mood::parse),
    })
}

/// The SQL selecting the live customers `wanted` picks out as `pk` (`$1`
/// the tag, `$2` the category key, NULL when not given). The tag compares
/// by `lower()` (the index on customer_tags), which folds every letter;
/// SQLite's folds ASCII letters only.
pub(super) fn matching_sql(wanted: &CustomerMatch) -> String {
    let mut parts: Vec<&str> = Vec::new();
    if wanted.tag.is_some() {
        parts.push(
            "SELECT customer_pk AS pk FROM customer_tags WHERE lower(tag) = lower((SELECT tag FROM wanted))",
        );
    }
    if wanted.category_key.is_some() {
        parts.push(
            "SELECT e.customer_pk AS pk FROM issue_categories ic JOIN entries e ON e.pk = ic.issue_pk
             JOIN issues i ON i.entry_pk = e.pk
             WHERE ic.category_key = (SELECT category FROM wanted) AND e.deleted_at IS NULL
               AND i.state IN ('open', 'in_progress', 'waiting')",
        );
    }
    // DISTINCT: a customer with two open issues of the category is one
    // customer (SQLite's category-only count has them twice).
    format!(
        "WITH wanted(tag, category) AS (SELECT $1::text, $2::text)
         SELECT DISTINCT pk FROM ({}) picked WHERE pk {LIVE_SQL}",
        parts.join(" INTERSECT ")
    )
}
