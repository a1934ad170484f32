//! [`SituationRows`] for PostgreSQL: the same guarantees as on SQLite
//! (`store/sqlite/situations/`), one statement per call, however many
//! members it touches: members are added from an array or a saved search,
//! and put in groups from arrays, each in one statement; an update is
//! posted in one. The member lists and saved searches' SQL is in
//! [`members`].
//!
//! Every update of a `situations` row raises its `version` and records the
//! login in `changed_by`.

mod members;
mod rows;
#[cfg(test)]
mod tests;

use crate::error::{Error, Result};
use crate::rules::history_model::Mood;
use crate::rules::model::Millis;
use crate::rules::situation_model::{
    ConciergeProgress, CustomerSituation, Situation, SituationAction, SituationFilter,
    SituationGroup, SituationMember, SituationSummary, SituationUpdate,
};
use crate::store::postgres::tx::PgTx;
use crate::store::postgres::{can_name_a_row, int, small};
use crate::store::situations::{
    ClosingMember, CustomerMatch, MemberQuery, News, PendingAction, SituationKey, SituationText,
    Telling,
};
use crate::store::SituationRows;

use rows::{
    action, closing_member, concierge_progress, customer_situation, group, news, pending_action,
    situation, summary, update,
};

/// A live (not trashed) customer, in SQL after a customer pk (a hashed
/// look-up of the few trashed customers, from their partial index).
const LIVE_SQL: &str = "NOT IN (SELECT pk FROM customers WHERE deleted_at IS NOT NULL)";
/// A member's concierge: their own, else their group's (`situation_members
/// m`, `situation_groups g`).
const CONCIERGE_SQL: &str =
    "CASE WHEN m.concierge <> '' THEN m.concierge ELSE coalesce(g.concierge, '') END";
/// Whether member `m` of situation `s` was told about its latest news.
const TOLD_SQL: &str = "(m.told_seq IS NOT NULL AND m.told_seq >= s.latest_seq)";
/// `expr` in SQLite's `COLLATE NOCASE` order, for an `ORDER BY`: ASCII
/// letters folded (only those), then byte by byte.
fn nocase(expr: &str) -> String {
    format!("translate({expr}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') COLLATE \"C\"")
}

impl SituationRows for PgTx<'_> {
    fn situation_key(&mut self, id: &str) -> Result<Option<SituationKey>> {
        if !can_name_a_row(id) {
            return Ok(None);
        }
        self.query_opt(
            "SELECT pk, closed_at IS NOT NULL AS closed FROM situations WHERE id = $1",
            &[&id],
        )?
        .map(|r| {
            Ok(SituationKey {
                pk: r.try_get("pk")?,
                closed: r.try_get("closed")?,
            })
        })
        .transpose()
    }

    fn insert_situation(
        &mut self,
        id: &str,
        text: &SituationText,
        staff: &str,
        now: Millis,
    ) -> Result<()> {
        self.execute(
            "INSERT INTO situations(id, title, what_happened, what_we_do, expected_fix, lead, created_by, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)",
            &[&id, &text.title, &text.what_happened, &text.what_we_do, &text.expected_fix, &text.lead, &staff, &now],
        )?;
        Ok(())
    }

    fn update_situation(&mut self, pk: i64, text: &SituationText, now: Millis) -> Result<()> {
        self.execute(
            "UPDATE situations SET title = $2, what_happened = $3, what_we_do = $4, expected_fix = $5,
                lead = $6, updated_at = $7, version = version + 1, changed_by = session_user
             WHERE pk = $1",
            &[&pk, &text.title, &text.what_happened, &text.what_we_do, &text.expected_fix, &text.lead, &now],
        )?;
        Ok(())
    }

    fn set_closed(&mut self, pk: i64, closed: bool, now: Millis) -> Result<()> {
        self.execute(
            "UPDATE situations SET closed_at = CASE WHEN $2 THEN $3::bigint END, updated_at = $3,
                version = version + 1, changed_by = session_user
             WHERE pk = $1",
            &[&pk, &closed, &now],
        )?;
        Ok(())
    }

    fn situations(&mut self, include_closed: bool) -> Result<Vec<SituationSummary>> {
        // One statement for the list and every situation's progress, so
        // the screen costs one round trip however many situations there are.
        self.query(
            &format!(
                "SELECT s.id, s.title, s.lead, s.expected_fix, s.created_at, s.closed_at,
                    coalesce(p.told, 0) AS told, coalesce(p.total, 0) AS total
                 FROM situations s LEFT JOIN (
                    SELECT m.situation_pk AS pk,
                        (count(*) FILTER (WHERE m.told_seq IS NOT NULL AND m.told_seq >= ls.latest_seq))::integer AS told,
                        count(*)::integer AS total
                    FROM situation_members m JOIN situations ls ON ls.pk = m.situation_pk
                    WHERE ($1 OR ls.closed_at IS NULL) AND m.customer_pk {LIVE_SQL}
                    GROUP BY m.situation_pk
                 ) p ON p.pk = s.pk
                 WHERE $1 OR s.closed_at IS NULL
                 ORDER BY s.closed_at IS NOT NULL, s.created_at DESC, s.pk DESC"
            ),
            &[&include_closed],
        )?
        .iter()
        .map(summary)
        .collect()
    }

    fn situation(&mut self, pk: i64) -> Result<Situation> {
        let row = self.query_one(
            "SELECT id, title, what_happened, what_we_do, expected_fix, lead, created_at, closed_at, saved_filter, version
             FROM situations WHERE pk = $1",
            &[&pk],
        )?;
        situation(&row)
    }

    fn updates(&mut self, pk: i64) -> Result<Vec<SituationUpdate>> {
        self.query(
            "SELECT seq, text, expected_fix, staff, at FROM situation_updates
             WHERE situation_pk = $1 ORDER BY seq",
            &[&pk],
        )?
        .iter()
        .map(update)
        .collect()
    }

    fn groups(&mut self, pk: i64) -> Result<Vec<SituationGroup>> {
        self.query(
            &format!(
                "SELECT g.id, g.name, g.concierge,
                    (SELECT count(*) FROM situation_members m
                     WHERE m.group_pk = g.pk AND m.customer_pk {LIVE_SQL})::integer AS size
                 FROM situation_groups g WHERE g.situation_pk = $1 ORDER BY {}, g.pk",
                nocase("g.name")
            ),
            &[&pk],
        )?
        .iter()
        .map(group)
        .collect()
    }

    fn upset_count(&mut self, pk: i64) -> Result<u32> {
        let row = self.query_one(
            &format!(
                "SELECT count(*)::integer AS upset FROM situation_members m
                 WHERE m.situation_pk = $1 AND m.mood = 'upset' AND m.customer_pk {LIVE_SQL}"
            ),
            &[&pk],
        )?;
        small(row.try_get("upset")?, "upset")
    }

    fn progress(&mut self, pk: i64) -> Result<Vec<ConciergeProgress>> {
        self.query(
            &format!(
                "SELECT * FROM (
                    SELECT {CONCIERGE_SQL} AS who,
                        (count(*) FILTER (WHERE {TOLD_SQL}))::integer AS told, count(*)::integer AS total
                    FROM situation_members m JOIN situations s ON s.pk = m.situation_pk
                    LEFT JOIN situation_groups g ON g.pk = m.group_pk
                    WHERE m.situation_pk = $1 AND m.customer_pk {LIVE_SQL}
                    GROUP BY 1) p
                 ORDER BY who = '', {}, who COLLATE \"C\"",
                nocase("who")
            ),
            &[&pk],
        )?
        .iter()
        .map(concierge_progress)
        .collect()
    }

    fn news(&mut self, pk: i64) -> Result<News> {
        let row = self.query_one(
            "SELECT s.title, s.what_happened, s.what_we_do, s.expected_fix, s.lead, s.latest_seq,
                (SELECT u.text FROM situation_updates u WHERE u.situation_pk = s.pk AND u.seq = s.latest_seq) AS latest
             FROM situations s WHERE s.pk = $1",
            &[&pk],
        )?;
        news(&row)
    }

    fn situations_of_customer(
        &mut self,
        customer_pk: i64,
        open_only: bool,
        limit: u32,
    ) -> Result<Vec<CustomerSituation>> {
        self.query(
            &format!(
                "SELECT s.id, s.title,
                    coalesce((SELECT u.text FROM situation_updates u WHERE u.situation_pk = s.pk AND u.seq = s.latest_seq),
                             CASE WHEN s.what_we_do <> '' THEN s.what_we_do ELSE s.what_happened END) AS latest,
                    s.expected_fix, {CONCIERGE_SQL} AS concierge, {TOLD_SQL} AS told, s.closed_at
                 FROM situation_members m JOIN situations s ON s.pk = m.situation_pk
                 LEFT JOIN situation_groups g ON g.pk = m.group_pk
                 WHERE m.customer_pk = $1 AND (NOT $2 OR s.closed_at IS NULL)
                 ORDER BY s.closed_at IS NOT NULL, s.created_at DESC, s.pk DESC LIMIT $3"
            ),
            &[&customer_pk, &open_only, &i64::from(limit)],
        )?
        .iter()
        .map(customer_situation)
        .collect()
    }

    fn members(
        &mut self,
        pk: i64,
        query: &MemberQuery,
        page: Option<(u32, u32)>,
    ) -> Result<Vec<SituationMember>> {
        let (name, group, told, ids) = members::query_params(query);
        let select = members::member_select();
        let rows = match page {
            None => self.query(&select, &[&pk, &name, &group, &told, &ids])?,
            Some((offset, limit)) => self.query(
                &format!("{select} LIMIT $6 OFFSET $7"),
                &[
                    &pk,
                    &name,
                    &group,
                    &told,
                    &ids,
                    &i64::from(limit),
                    &i64::from(offset),
                ],
            )?,
        };
        rows.iter().map(members::member).collect()
    }

    fn count_members(&mut self, pk: i64, query: &MemberQuery) -> Result<u32> {
        let (name, group, told, ids) = members::query_params(query);
        let row = self.query_one(
            &format!("SELECT count(*)::integer AS n {}", members::MEMBERS_FROM),
            &[&pk, &name, &group, &told, &ids],
        )?;
        small(row.try_get("n")?, "member count")
    }

    fn member_ids(&mut self, pk: i64, query: &MemberQuery) -> Result<Vec<String>> {
        let (name, group, told, ids) = members::query_params(query);
        self.query(
            &format!(
                "SELECT c.id {} ORDER BY {}",
                members::MEMBERS_FROM,
                members::member_order()
            ),
            &[&pk, &name, &group, &told, &ids],
        )?
        .iter()
        .map(|r| Ok(r.try_get("id")?))
        .collect()
    }

    fn count_matching(&mut self, wanted: &CustomerMatch) -> Result<u32> {
        let row = self.query_one(
            &format!(
                "SELECT count(*)::integer AS n FROM ({}) matching",
                members::matching_sql(wanted)
            ),
            &[&wanted.tag, &wanted.category_key],
        )?;
        small(row.try_get("n")?, "matching count")
    }

    fn add_matching(
        &mut self,
        pk: i64,
        wanted: &CustomerMatch,
        action_pk: i64,
        now: Millis,
    ) -> Result<usize> {
        let added = self.execute(
            &format!(
                "INSERT INTO situation_members(situation_pk, customer_pk, action_pk, added_at)
                 SELECT $3, pk, $4, $5 FROM ({}) matching
                 ON CONFLICT DO NOTHING",
                members::matching_sql(wanted)
            ),
            &[&wanted.tag, &wanted.category_key, &pk, &action_pk, &now],
        )?;
        count(added)
    }

    fn save_filter(&mut self, pk: i64, filter: &SituationFilter, now: Millis) -> Result<()> {
        let saved = serde_json::to_string(filter).map_err(Error::unreadable_record)?;
        self.execute(
            "UPDATE situations SET saved_filter = $2, updated_at = $3,
                version = version + 1, changed_by = session_user
             WHERE pk = $1",
            &[&pk, &saved, &now],
        )?;
        Ok(())
    }

    fn add_members(
        &mut self,
        pk: i64,
        customer_pks: &[i64],
        action_pk: i64,
        now: Millis,
    ) -> Result<usize> {
        if customer_pks.is_empty() {
            return Ok(0);
        }
        // One statement for the whole list (SQLite inserts one at a time);
        // a customer named twice, or a member already, is added once.
        let added = self.execute(
            "INSERT INTO situation_members(situation_pk, customer_pk, action_pk, added_at)
             SELECT $1, customer_pk, $3, $4 FROM unnest($2::bigint[]) AS picked(customer_pk)
             ON CONFLICT DO NOTHING",
            &[&pk, &customer_pks, &action_pk, &now],
        )?;
        count(added)
    }

    fn remove_member(&mut self, pk: i64, customer_pk: i64) -> Result<()> {
        self.execute(
            "DELETE FROM situation_members WHERE situation_pk = $1 AND customer_pk = $2",
            &[&pk, &customer_pk],
        )?;
        Ok(())
    }

    fn member_group(&mut self, pk: i64, customer_pk: i64) -> Result<Option<Option<i64>>> {
        self.query_opt(
            "SELECT group_pk FROM situation_members WHERE situation_pk = $1 AND customer_pk = $2",
            &[&pk, &customer_pk],
        )?
        .map(|r| Ok(r.try_get("group_pk")?))
        .transpose()
    }

    fn set_member_groups(&mut self, pk: i64, groups: &[(i64, Option<i64>)]) -> Result<()> {
        if groups.is_empty() {
            return Ok(());
        }
        let (customers, group_pks): (Vec<i64>, Vec<Option<i64>>) = groups.iter().copied().unzip();
        // One statement for every member; a member named twice gets the
        // last group named, as SQLite's one update after another does.
        self.execute(
            "UPDATE situation_members m SET group_pk = picked.group_pk
             FROM (SELECT DISTINCT ON (customer_pk) customer_pk, group_pk
                   FROM unnest($2::bigint[], $3::bigint[]) WITH ORDINALITY AS p(customer_pk, group_pk, n)
                   ORDER BY customer_pk, n DESC) picked
             WHERE m.situation_pk = $1 AND m.customer_pk = picked.customer_pk",
            &[&pk, &customers, &group_pks],
        )?;
        Ok(())
    }

    fn set_member_concierge(&mut self, pk: i64, customer_pk: i64, concierge: &str) -> Result<bool> {
        let changed = self.execute(
            "UPDATE situation_members SET concierge = $3 WHERE situation_pk = $1 AND customer_pk = $2",
            &[&pk, &customer_pk, &concierge],
        )?;
        Ok(changed > 0)
    }

    fn mark_told(&mut self, pk: i64, customer_pks: &[i64], telling: &Telling) -> Result<usize> {
        let marked = self.execute(
            "UPDATE situation_members SET told_seq = $3, told_at = $4, told_by = $5, told_how = $6, mood = $7
             WHERE situation_pk = $1 AND customer_pk = ANY($2)",
            &[
                &pk,
                &customer_pks,
                &int(telling.seq)?,
                &telling.at,
                &telling.staff,
                &telling.how.as_str(),
                &telling.mood.map(Mood::as_str),
            ],
        )?;
        count(marked)
    }

    fn insert_told(&mut self, pk: i64, told: &[(i64, String)], telling: &Telling) -> Result<()> {
        if told.is_empty() {
            return Ok(());
        }
        let (customers, entries): (Vec<i64>, Vec<&str>) =
            told.iter().map(|(c, e)| (*c, e.as_str())).unzip();
        self.execute(
            "INSERT INTO situation_told(situation_pk, customer_pk, seq, entry_pk, at, staff, how, mood)
             SELECT $1, t.customer_pk, $4, e.pk, $5, $6, $7, $8
             FROM unnest($2::bigint[], $3::text[]) WITH ORDINALITY AS t(customer_pk, entry_id, n)
             LEFT JOIN entries e ON e.id = t.entry_id ORDER BY t.n",
            &[
                &pk,
                &customers,
                &entries,
                &int(telling.seq)?,
                &telling.at,
                &telling.staff,
                &telling.how.as_str(),
                &telling.mood.map(Mood::as_str),
            ],
        )?;
        Ok(())
    }

    fn closing_members(&mut self, pk: i64) -> Result<Vec<ClosingMember>> {
        self.query(
            &format!(
                "SELECT m.customer_pk, {CONCIERGE_SQL} AS concierge,
                    coalesce(m.mood = 'upset', false) AS upset
                 FROM situation_members m LEFT JOIN situation_groups g ON g.pk = m.group_pk
                 WHERE m.situation_pk = $1 AND m.customer_pk {LIVE_SQL} ORDER BY m.customer_pk"
            ),
            &[&pk],
        )?
        .iter()
        .map(closing_member)
        .collect()
    }

    fn customer_id(&mut self, customer_pk: i64) -> Result<String> {
        Ok(self
            .query_one("SELECT id FROM customers WHERE pk = $1", &[&customer_pk])?
            .try_get("id")?)
    }

    fn group_pk(&mut self, pk: i64, id: &str) -> Result<Option<i64>> {
        if !can_name_a_row(id) {
            return Ok(None);
        }
        self.query_opt(
            "SELECT pk FROM situation_groups WHERE id = $1 AND situation_pk = $2",
            &[&id, &pk],
        )?
        .map(|r| Ok(r.try_get("pk")?))
        .transpose()
    }

    fn insert_group(&mut self, pk: i64, id: &str, name: &str, concierge: &str) -> Result<()> {
        self.execute(
            "INSERT INTO situation_groups(id, situation_pk, name, concierge) VALUES ($1, $2, $3, $4)",
            &[&id, &pk, &name, &concierge],
        )?;
        Ok(())
    }

    fn set_group_concierge(&mut self, group_pk: i64, concierge: &str) -> Result<()> {
        self.execute(
            "UPDATE situation_groups SET concierge = $2 WHERE pk = $1",
            &[&group_pk, &concierge],
        )?;
        Ok(())
    }

    fn post_update(
        &mut self,
        pk: i64,
        text: &str,
        expected_fix: Option<Millis>,
        staff: &str,
        now: Millis,
    ) -> Result<()> {
        // One statement: the new number comes back from the update and
        // numbers the update posted (two statements on SQLite).
        self.execute(
            "WITH s AS (
                UPDATE situations SET latest_seq = latest_seq + 1,
                    expected_fix = coalesce($2::bigint, expected_fix), updated_at = $3,
                    version = version + 1, changed_by = session_user
                WHERE pk = $1 RETURNING pk, latest_seq)
             INSERT INTO situation_updates(situation_pk, seq, text, expected_fix, staff, at)
             SELECT pk, latest_seq, $4, $2, $5, $3 FROM s",
            &[&pk, &expected_fix, &now, &text, &staff],
        )?;
        Ok(())
    }

    fn insert_action(
        &mut self,
        pk: i64,
        id: &str,
        kind: &str,
        undo: &str,
        staff: &str,
        now: Millis,
    ) -> Result<i64> {
        Ok(self
            .query_one(
                "INSERT INTO situation_actions(id, situation_pk, kind, count, undo, staff, at)
                 VALUES ($1, $2, $3, 0, $4, $5, $6) RETURNING pk",
                &[&id, &pk, &kind, &undo, &staff, &now],
            )?
            .try_get("pk")?)
    }

    fn set_action_count(&mut self, action_pk: i64, count: usize) -> Result<()> {
        self.execute(
            "UPDATE situation_actions SET count = $2 WHERE pk = $1",
            &[&action_pk, &int(count)?],
        )?;
        Ok(())
    }

    fn latest_action(&mut self, pk: i64) -> Result<Option<(i64, SituationAction)>> {
        self.query_opt(
            "SELECT pk, id, kind, count, at FROM situation_actions
             WHERE situation_pk = $1 AND undone_at IS NULL ORDER BY pk DESC LIMIT 1",
            &[&pk],
        )?
        .map(|r| Ok((r.try_get("pk")?, action(&r)?)))
        .transpose()
    }

    fn pending_action(&mut self, id: &str) -> Result<Option<PendingAction>> {
        if !can_name_a_row(id) {
            return Ok(None);
        }
        self.query_opt(
            "SELECT pk, situation_pk, kind, undo FROM situation_actions WHERE id = $1 AND undone_at IS NULL",
            &[&id],
        )?
        .map(|r| pending_action(&r))
        .transpose()
    }

    fn added_and_touched(&mut self, action_pk: i64) -> Result<u32> {
        let row = self.query_one(
            "SELECT count(*)::integer AS n FROM situation_members
             WHERE action_pk = $1 AND (told_seq IS NOT NULL OR concierge <> '')",
            &[&action_pk],
        )?;
        small(row.try_get("n")?, "touched count")
    }

    fn remove_added(&mut self, action_pk: i64) -> Result<()> {
        self.execute(
            "DELETE FROM situation_members WHERE action_pk = $1",
            &[&action_pk],
        )?;
        Ok(())
    }

    fn mark_undone(&mut self, action_pk: i64, now: Millis) -> Result<()> {
        self.execute(
            "UPDATE situation_actions SET undone_at = $2 WHERE pk = $1",
            &[&action_pk, &now],
        )?;
        Ok(())
    }

    fn follow_up_state(&mut self, entry_pk: i64) -> Result<String> {
        // Only ever compared with another state read here: the JSON need
        // not be SQLite's byte for byte.
        Ok(self
            .query_one(
                "SELECT json_build_array(f.action, f.about_pk, f.start_date, f.start_time, f.rrule,
                    f.assignee, f.note, f.occurrence_at, f.due_at, e.deleted_at, e.updated_at)::text AS state
                 FROM follow_ups f JOIN entries e ON e.pk = f.entry_pk WHERE f.entry_pk = $1",
                &[&entry_pk],
            )?
            .try_get("state")?)
    }

    fn remove_unacted_follow_up(&mut self, entry_pk: i64) -> Result<()> {
        self.execute(
            "DELETE FROM entries WHERE pk = $1 AND NOT EXISTS (SELECT 1 FROM events WHERE entry_pk = $1)",
            &[&entry_pk],
        )?;
        Ok(())
    }
}

/// How many rows a statement changed, as the trait counts them.
fn count(rows: u64) -> Result<usize> {
    usize::try_from(rows)
        .map_err(|_| Error::storage(format!("{rows} rows is more than this machine counts")))
}
