//! [`SituationRows`] for SQLite: the situations, their updates, groups and
//! undoable changes here; the member lists and saved searches in
//! [`members`]; the one write that runs without key checks in [`unchecked`].

mod members;
pub(crate) mod unchecked;

use rusqlite::{params, OptionalExtension, Row};

use crate::error::{Error, Result};
use crate::rules::history_model::Mood;
use crate::rules::model::Millis;
use crate::rules::situation_model::{
    ConciergeProgress, CustomerSituation, Situation, SituationAction, SituationActionKind,
    SituationFilter, SituationGroup, SituationMember, SituationProgress, SituationSummary,
    SituationUpdate,
};
use crate::store::situations::{
    ClosingMember, CustomerMatch, MemberQuery, News, PendingAction, SituationKey, SituationText,
    Telling,
};
use crate::store::sqlite::tx::SqliteTx;
use crate::store::sqlite::versions::edited;
use crate::store::SituationRows;

/// A live (not trashed) customer, in SQL after a customer pk. Reads the
/// small index of trashed customers once instead of every customer's row.
const LIVE_SQL: &str = "NOT IN (SELECT pk FROM customers WHERE deleted_at IS NOT NULL)";
/// A member's concierge: their own, else their group's (`situation_members
/// m`, `situation_groups g`).
const CONCIERGE_SQL: &str =
    "CASE WHEN m.concierge <> '' THEN m.concierge ELSE coalesce(g.concierge, '') END";
/// Whether member `m` of situation `s` was told about its latest news.
const TOLD_SQL: &str = "m.told_seq IS NOT NULL AND m.told_seq >= s.latest_seq";

impl SituationRows for SqliteTx<'_> {
    fn situation_key(&mut self, id: &str) -> Result<Option<SituationKey>> {
        Ok(self
            .prepare_cached(
                "SELECT pk, closed_at IS NOT NULL AS closed FROM situations WHERE id = ?1",
            )?
            .query_row([id], |r| {
                Ok(SituationKey {
                    pk: r.get("pk")?,
                    closed: r.get("closed")?,
                })
            })
            .optional()?)
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
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
            params![id, text.title, text.what_happened, text.what_we_do, text.expected_fix, text.lead, staff, now],
        )?;
        Ok(())
    }

    fn update_situation(&mut self, pk: i64, text: &SituationText, now: Millis) -> Result<()> {
        self.execute(
            concat!(
                "UPDATE situations SET title = ?2, what_happened = ?3, what_we_do = ?4, expected_fix = ?5,
                    lead = ?6, updated_at = ?7, ",
                edited!(),
                " WHERE pk = ?1"
            ),
            params![pk, text.title, text.what_happened, text.what_we_do, text.expected_fix, text.lead, now],
        )?;
        Ok(())
    }

    fn set_closed(&mut self, pk: i64, closed: bool, now: Millis) -> Result<()> {
        let sql = if closed {
            concat!(
                "UPDATE situations SET closed_at = ?2, updated_at = ?2, ",
                edited!(),
                " WHERE pk = ?1"
            )
        } else {
            concat!(
                "UPDATE situations SET closed_at = NULL, updated_at = ?2, ",
                edited!(),
                " WHERE pk = ?1"
            )
        };
        self.execute(sql, params![pk, now])?;
        Ok(())
    }

    fn situations(&mut self, include_closed: bool) -> Result<Vec<SituationSummary>> {
        // One statement for the list and every situation's progress, so
        // the screen costs one round trip however many situations there are.
        Ok(self
            .prepare_cached(&format!(
                "SELECT s.id, s.title, s.lead, s.expected_fix, s.created_at, s.closed_at,
                    coalesce(p.told, 0) AS told, coalesce(p.total, 0) AS total
                 FROM situations s LEFT JOIN (
                    SELECT m.situation_pk AS pk,
                        sum(m.told_seq IS NOT NULL AND m.told_seq >= ls.latest_seq) AS told, count(*) AS total
                    FROM situation_members m JOIN situations ls ON ls.pk = m.situation_pk
                    WHERE (?1 OR ls.closed_at IS NULL) AND m.customer_pk {LIVE_SQL}
                    GROUP BY m.situation_pk
                 ) p ON p.pk = s.pk
                 WHERE ?1 OR s.closed_at IS NULL ORDER BY s.closed_at IS NOT NULL, s.created_at DESC, s.pk DESC"
            ))?
            .query_map([include_closed], summary)?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn situation(&mut self, pk: i64) -> Result<Situation> {
        Ok(self.query_row(
            "SELECT id, title, what_happened, what_we_do, expected_fix, lead, created_at, closed_at, saved_filter, version
             FROM situations WHERE pk = ?1",
            [pk],
            situation,
        )?)
    }

    fn updates(&mut self, pk: i64) -> Result<Vec<SituationUpdate>> {
        Ok(self
            .prepare_cached(
                "SELECT seq, text, expected_fix, staff, at FROM situation_updates WHERE situation_pk = ?1 ORDER BY seq",
            )?
            .query_map([pk], update)?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn groups(&mut self, pk: i64) -> Result<Vec<SituationGroup>> {
        Ok(self
            .prepare_cached(&format!(
                "SELECT g.id, g.name, g.concierge,
                    (SELECT count(*) FROM situation_members m
                     WHERE m.group_pk = g.pk AND m.customer_pk {LIVE_SQL}) AS size
                 FROM situation_groups g WHERE g.situation_pk = ?1 ORDER BY g.name COLLATE NOCASE, g.pk"
            ))?
            .query_map([pk], group)?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn upset_count(&mut self, pk: i64) -> Result<u32> {
        Ok(self
            .prepare_cached(&format!(
                "SELECT count(*) FROM situation_members m
                 WHERE m.situation_pk = ?1 AND m.mood = 'upset' AND m.customer_pk {LIVE_SQL}"
            ))?
            .query_row([pk], |r| r.get(0))?)
    }

    fn progress(&mut self, pk: i64) -> Result<Vec<ConciergeProgress>> {
        Ok(self
            .prepare_cached(&format!(
                "SELECT {CONCIERGE_SQL} AS who, sum({TOLD_SQL}) AS told, count(*) AS total
                 FROM situation_members m JOIN situations s ON s.pk = m.situation_pk
                 LEFT JOIN situation_groups g ON g.pk = m.group_pk
                 WHERE m.situation_pk = ?1 AND m.customer_pk {LIVE_SQL}
                 GROUP BY who ORDER BY who = '', who COLLATE NOCASE"
            ))?
            .query_map([pk], concierge_progress)?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn news(&mut self, pk: i64) -> Result<News> {
        Ok(self.query_row(
            "SELECT s.title, s.what_happened, s.what_we_do, s.expected_fix, s.lead, s.latest_seq,
                (SELECT u.text FROM situation_updates u WHERE u.situation_pk = s.pk AND u.seq = s.latest_seq) AS latest
             FROM situations s WHERE s.pk = ?1",
            [pk],
            news,
        )?)
    }

    fn situations_of_customer(
        &mut self,
        customer_pk: i64,
        open_only: bool,
        limit: u32,
    ) -> Result<Vec<CustomerSituation>> {
        Ok(self
            .prepare_cached(&format!(
                "SELECT s.id, s.title,
                    coalesce((SELECT u.text FROM situation_updates u WHERE u.situation_pk = s.pk AND u.seq = s.latest_seq),
                             CASE WHEN s.what_we_do <> '' THEN s.what_we_do ELSE s.what_happened END) AS latest,
                    s.expected_fix, {CONCIERGE_SQL} AS concierge, {TOLD_SQL} AS told, s.closed_at
                 FROM situation_members m JOIN situations s ON s.pk = m.situation_pk
                 LEFT JOIN situation_groups g ON g.pk = m.group_pk
                 WHERE m.customer_pk = ?1 AND (?2 = 0 OR s.closed_at IS NULL)
                 ORDER BY s.closed_at IS NOT NULL, s.created_at DESC, s.pk DESC LIMIT ?3"
            ))?
            .query_map(params![customer_pk, open_only, limit], customer_situation)?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn members(
        &mut self,
        pk: i64,
        query: &MemberQuery,
        page: Option<(u32, u32)>,
    ) -> Result<Vec<SituationMember>> {
        members::members(self, pk, query, page)
    }

    fn count_members(&mut self, pk: i64, query: &MemberQuery) -> Result<u32> {
        members::count_members(self, pk, query)
    }

    fn member_ids(&mut self, pk: i64, query: &MemberQuery) -> Result<Vec<String>> {
        members::member_ids(self, pk, query)
    }

    fn count_matching(&mut self, wanted: &CustomerMatch) -> Result<u32> {
        members::count_matching(self, wanted)
    }

    fn add_matching(
        &mut self,
        pk: i64,
        wanted: &CustomerMatch,
        action_pk: i64,
        now: Millis,
    ) -> Result<usize> {
        members::add_matching(self, pk, wanted, action_pk, now)
    }

    fn save_filter(&mut self, pk: i64, filter: &SituationFilter, now: Millis) -> Result<()> {
        let saved = serde_json::to_string(filter).map_err(Error::unreadable_record)?;
        self.execute(
            concat!(
                "UPDATE situations SET saved_filter = ?2, updated_at = ?3, ",
                edited!(),
                " WHERE pk = ?1"
            ),
            params![pk, saved, now],
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
        let mut insert = self.prepare_cached(
            "INSERT OR IGNORE INTO situation_members(situation_pk, customer_pk, action_pk, added_at) VALUES (?1, ?2, ?3, ?4)",
        )?;
        let mut added = 0;
        for customer in customer_pks {
            added += insert.execute(params![pk, customer, action_pk, now])?;
        }
        Ok(added)
    }

    fn remove_member(&mut self, pk: i64, customer_pk: i64) -> Result<()> {
        self.execute(
            "DELETE FROM situation_members WHERE situation_pk = ?1 AND customer_pk = ?2",
            params![pk, customer_pk],
        )?;
        Ok(())
    }

    fn member_group(&mut self, pk: i64, customer_pk: i64) -> Result<Option<Option<i64>>> {
        Ok(self
            .prepare_cached(
                "SELECT group_pk FROM situation_members WHERE situation_pk = ?1 AND customer_pk = ?2",
            )?
            .query_row(params![pk, customer_pk], |r| r.get("group_pk"))
            .optional()?)
    }

    fn set_member_groups(&mut self, pk: i64, groups: &[(i64, Option<i64>)]) -> Result<()> {
        let mut set = self.prepare_cached(
            "UPDATE situation_members SET group_pk = ?3 WHERE situation_pk = ?1 AND customer_pk = ?2",
        )?;
        for (customer, group) in groups {
            set.execute(params![pk, customer, group])?;
        }
        Ok(())
    }

    fn set_member_concierge(&mut self, pk: i64, customer_pk: i64, concierge: &str) -> Result<bool> {
        let changed = self.execute(
            "UPDATE situation_members SET concierge = ?3 WHERE situation_pk = ?1 AND customer_pk = ?2",
            params![pk, customer_pk, concierge],
        )?;
        Ok(changed > 0)
    }

    fn mark_told(&mut self, pk: i64, customer_pks: &[i64], telling: &Telling) -> Result<usize> {
        let customers = serde_json::to_string(customer_pks).map_err(Error::unreadable_record)?;
        Ok(self.execute(
            "UPDATE situation_members SET told_seq = ?3, told_at = ?4, told_by = ?5, told_how = ?6, mood = ?7
             WHERE situation_pk = ?1 AND customer_pk IN (SELECT value FROM json_each(?2))",
            params![
                pk,
                customers,
                telling.seq,
                telling.at,
                telling.staff,
                telling.how.as_str(),
                telling.mood.map(Mood::as_str)
            ],
        )?)
    }

    fn insert_told(&mut self, pk: i64, told: &[(i64, String)], telling: &Telling) -> Result<()> {
        let told = serde_json::to_string(told).map_err(Error::unreadable_record)?;
        self.execute(
            "INSERT INTO situation_told(situation_pk, customer_pk, seq, entry_pk, at, staff, how, mood)
             SELECT ?1, json_extract(t.value, '$[0]'), ?3,
                (SELECT pk FROM entries WHERE id = json_extract(t.value, '$[1]')), ?4, ?5, ?6, ?7
             FROM json_each(?2) AS t ORDER BY t.key",
            params![
                pk,
                told,
                telling.seq,
                telling.at,
                telling.staff,
                telling.how.as_str(),
                telling.mood.map(Mood::as_str)
            ],
        )?;
        Ok(())
    }

    fn closing_members(&mut self, pk: i64) -> Result<Vec<ClosingMember>> {
        Ok(self
            .prepare(&format!(
                "SELECT m.customer_pk, {CONCIERGE_SQL} AS concierge, m.mood IS 'upset' AS upset
                 FROM situation_members m LEFT JOIN situation_groups g ON g.pk = m.group_pk
                 WHERE m.situation_pk = ?1 AND m.customer_pk {LIVE_SQL} ORDER BY m.customer_pk"
            ))?
            .query_map([pk], closing_member)?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn customer_id(&mut self, customer_pk: i64) -> Result<String> {
        Ok(self.query_row(
            "SELECT id FROM customers WHERE pk = ?1",
            [customer_pk],
            |r| r.get("id"),
        )?)
    }

    fn group_pk(&mut self, pk: i64, id: &str) -> Result<Option<i64>> {
        Ok(self
            .prepare_cached("SELECT pk FROM situation_groups WHERE id = ?1 AND situation_pk = ?2")?
            .query_row(params![id, pk], |r| r.get("pk"))
            .optional()?)
    }

    fn insert_group(&mut self, pk: i64, id: &str, name: &str, concierge: &str) -> Result<()> {
        self.execute(
            "INSERT INTO situation_groups(id, situation_pk, name, concierge) VALUES (?1, ?2, ?3, ?4)",
            params![id, pk, name, concierge],
        )?;
        Ok(())
    }

    fn set_group_concierge(&mut self, group_pk: i64, concierge: &str) -> Result<()> {
        self.execute(
            "UPDATE situation_groups SET concierge = ?2 WHERE pk = ?1",
            params![group_pk, concierge],
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
        self.execute(
            concat!(
                "UPDATE situations SET latest_seq = latest_seq + 1,
                    expected_fix = coalesce(?2, expected_fix), updated_at = ?3, ",
                edited!(),
                " WHERE pk = ?1"
            ),
            params![pk, expected_fix, now],
        )?;
        self.execute(
            "INSERT INTO situation_updates(situation_pk, seq, text, expected_fix, staff, at)
             SELECT pk, latest_seq, ?2, ?3, ?4, ?5 FROM situations WHERE pk = ?1",
            params![pk, text, expected_fix, staff, now],
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
        self.prepare_cached(
            "INSERT INTO situation_actions(id, situation_pk, kind, count, undo, staff, at) VALUES (?1, ?2, ?3, 0, ?4, ?5, ?6)",
        )?
        .execute(params![id, pk, kind, undo, staff, now])?;
        Ok(self.last_insert_rowid())
    }

    fn set_action_count(&mut self, action_pk: i64, count: usize) -> Result<()> {
        self.prepare_cached("UPDATE situation_actions SET count = ?2 WHERE pk = ?1")?
            .execute(params![action_pk, count as i64])?;
        Ok(())
    }

    fn latest_action(&mut self, pk: i64) -> Result<Option<(i64, SituationAction)>> {
        Ok(self
            .prepare_cached(
                "SELECT pk, id, kind, count, at FROM situation_actions
                 WHERE situation_pk = ?1 AND undone_at IS NULL ORDER BY pk DESC LIMIT 1",
            )?
            .query_row([pk], |r| Ok((r.get("pk")?, action(r)?)))
            .optional()?)
    }

    fn pending_action(&mut self, id: &str) -> Result<Option<PendingAction>> {
        Ok(self
            .query_row(
                "SELECT pk, situation_pk, kind, undo FROM situation_actions WHERE id = ?1 AND undone_at IS NULL",
                [id],
                pending_action,
            )
            .optional()?)
    }

    fn added_and_touched(&mut self, action_pk: i64) -> Result<u32> {
        Ok(self.query_row(
            "SELECT count(*) FROM situation_members
             WHERE action_pk = ?1 AND (told_seq IS NOT NULL OR concierge != '')",
            [action_pk],
            |r| r.get(0),
        )?)
    }

    fn remove_added(&mut self, action_pk: i64) -> Result<()> {
        self.execute(
            "DELETE FROM situation_members WHERE action_pk = ?1",
            [action_pk],
        )?;
        Ok(())
    }

    fn mark_undone(&mut self, action_pk: i64, now: Millis) -> Result<()> {
        self.execute(
            "UPDATE situation_actions SET undone_at = ?2 WHERE pk = ?1",
            params![action_pk, now],
        )?;
        Ok(())
    }

    fn follow_up_state(&mut self, entry_pk: i64) -> Result<String> {
        Ok(self.query_row(
            "SELECT json_array(f.action, f.about_pk, f.start_date, f.start_time, f.rrule, f.assignee,
                f.note, f.occurrence_at, f.due_at, e.deleted_at, e.updated_at)
             FROM follow_ups f JOIN entries e ON e.pk = f.entry_pk WHERE f.entry_pk = ?1",
            [entry_pk],
            |r| r.get(0),
        )?)
    }

    fn remove_unacted_follow_up(&mut self, entry_pk: i64) -> Result<()> {
        self.prepare_cached(
            "DELETE FROM entries WHERE pk = ?1 AND NOT EXISTS (SELECT 1 FROM events WHERE entry_pk = ?1)",
        )?
        .execute([entry_pk])?;
        Ok(())
    }
}

/// A [`SituationSummary`] row.
fn summary(r: &Row) -> rusqlite::Result<SituationSummary> {
    Ok(SituationSummary {
        id: r.get("id")?,
        title: r.get("title")?,
        lead: r.get("lead")?,
        expected_fix: r.get("expected_fix")?,
        created_at: r.get("created_at")?,
        closed_at: r.get("closed_at")?,
        told: r.get("told")?,
        total: r.get("total")?,
    })
}

/// A `situations` row as a [`Situation`] with its lists left empty. A saved
/// search that no longer reads is left out rather than failing the page.
fn situation(r: &Row) -> rusqlite::Result<Situation> {
    Ok(Situation {
        id: r.get("id")?,
        title: r.get("title")?,
        what_happened: r.get("what_happened")?,
        what_we_do: r.get("what_we_do")?,
        expected_fix: r.get("expected_fix")?,
        lead: r.get("lead")?,
        created_at: r.get("created_at")?,
        closed_at: r.get("closed_at")?,
        saved_filter: r
            .get::<_, Option<String>>("saved_filter")?
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
        version: r.get("version")?,
    })
}

/// A `situation_updates` row.
fn update(r: &Row) -> rusqlite::Result<SituationUpdate> {
    Ok(SituationUpdate {
        seq: r.get("seq")?,
        text: r.get("text")?,
        expected_fix: r.get("expected_fix")?,
        staff: r.get("staff")?,
        at: r.get("at")?,
    })
}

/// A `situation_groups` row with its `size`.
fn group(r: &Row) -> rusqlite::Result<SituationGroup> {
    Ok(SituationGroup {
        id: r.get("id")?,
        name: r.get("name")?,
        concierge: r.get("concierge")?,
        size: r.get("size")?,
    })
}

/// One concierge (`who`)'s `told` of `total`.
fn concierge_progress(r: &Row) -> rusqlite::Result<ConciergeProgress> {
    Ok(ConciergeProgress {
        concierge: r.get("who")?,
        told: r.get("told")?,
        total: r.get("total")?,
    })
}

/// A situation's [`News`].
fn news(r: &Row) -> rusqlite::Result<News> {
    Ok(News {
        title: r.get("title")?,
        what_happened: r.get("what_happened")?,
        what_we_do: r.get("what_we_do")?,
        expected_fix: r.get("expected_fix")?,
        lead: r.get("lead")?,
        latest_seq: r.get("latest_seq")?,
        latest: r.get("latest")?,
    })
}

/// A situation as a customer's page lists it.
fn customer_situation(r: &Row) -> rusqlite::Result<CustomerSituation> {
    Ok(CustomerSituation {
        id: r.get("id")?,
        title: r.get("title")?,
        latest: r.get("latest")?,
        expected_fix: r.get("expected_fix")?,
        concierge: r.get("concierge")?,
        told: r.get("told")?,
        closed_at: r.get("closed_at")?,
    })
}

/// A member as a close sees them.
fn closing_member(r: &Row) -> rusqlite::Result<ClosingMember> {
    Ok(ClosingMember {
        customer_pk: r.get("customer_pk")?,
        concierge: r.get("concierge")?,
        upset: r.get("upset")?,
    })
}

/// A `situation_actions` row as a [`SituationAction`]; a kind this version
/// does not know reads as an add.
fn action(r: &Row) -> rusqlite::Result<SituationAction> {
    Ok(SituationAction {
        id: r.get("id")?,
        kind: SituationActionKind::parse(&r.get::<_, String>("kind")?)
            .unwrap_or(SituationActionKind::Add),
        count: r.get("count")?,
        at: r.get("at")?,
    })
}

/// A `situation_actions` row with what its undo needs.
fn pending_action(r: &Row) -> rusqlite::Result<PendingAction> {
    Ok(PendingAction {
        pk: r.get("pk")?,
        situation_pk: r.get("situation_pk")?,
        kind: r.get("kind")?,
        undo: r.get("undo")?,
    })
}
