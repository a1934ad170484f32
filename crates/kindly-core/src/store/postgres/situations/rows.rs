//! The row mappers of [`SituationRows`](crate::store::SituationRows) for
//! PostgreSQL: one per row type, reading columns by name. Counts and
//! numbers come as `integer` (`count(*)::integer`) and are checked into
//! the model's unsigned types.

use postgres::Row;

use crate::error::Result;
use crate::rules::situation_model::{
    ConciergeProgress, CustomerSituation, Situation, SituationAction, SituationActionKind,
    SituationGroup, SituationProgress, SituationSummary, SituationUpdate,
};
use crate::store::postgres::small;
use crate::store::situations::{ClosingMember, News, PendingAction};

/// A [`SituationSummary`] row.
pub(super) fn summary(r: &Row) -> Result<SituationSummary> {
    Ok(SituationSummary {
        id: r.try_get("id")?,
        title: r.try_get("title")?,
        lead: r.try_get("lead")?,
        expected_fix: r.try_get("expected_fix")?,
        created_at: r.try_get("created_at")?,
        closed_at: r.try_get("closed_at")?,
        told: small(r.try_get("told")?, "told")?,
        total: small(r.try_get("total")?, "total")?,
    })
}

/// A `situations` row as a [`Situation`] with its lists left empty. A saved
/// search that no longer reads is left out rather than failing the page.
pub(super) fn situation(r: &Row) -> Result<Situation> {
    Ok(Situation {
        id: r.try_get("id")?,
        title: r.try_get("title")?,
        what_happened: r.try_get("what_happened")?,
        what_we_do: r.try_get("what_we_do")?,
        expected_fix: r.try_get("expected_fix")?,
        lead: r.try_get("lead")?,
        created_at: r.try_get("created_at")?,
        closed_at: r.try_get("closed_at")?,
        saved_filter: r
            .try_get::<_, Option<&str>>("saved_filter")?
            .and_then(|f| serde_json::from_str(f).ok()),
        updates: Vec::new(),
        groups: Vec::new(),
        progress: SituationProgress {
            told: 0,
            total: 0,
            by_concierge: Vec::new(),
        },
        upset: 0,
        undoable: None,
        version: r.try_get("version")?,
    })
}

/// A `situation_updates` row.
pub(super) fn update(r: &Row) -> Result<SituationUpdate> {
    Ok(SituationUpdate {
        seq: small(r.try_get("seq")?, "seq")?,
        text: r.try_get("text")?,
        expected_fix: r.try_get("expected_fix")?,
        staff: r.try_get("staff")?,
        at: r.try_get("at")?,
    })
}

/// A `situation_groups` row with its `size`.
pub(super) fn group(r: &Row) -> Result<SituationGroup> {
    Ok(SituationGroup {
        id: r.try_get("id")?,
        name: r.try_get("name")?,
        concierge: r.try_get("concierge")?,
        size: small(r.try_get("size")?, "size")?,
    })
}

/// One concierge (`who`)'s `told` of `total`.
pub(super) fn concierge_progress(r: &Row) -> Result<ConciergeProgress> {
    Ok(ConciergeProgress {
        concierge: r.try_get("who")?,
        told: small(r.try_get("told")?, "told")?,
        total: small(r.try_get("total")?, "total")?,
    })
}

/// A situation's [`News`].
pub(super) fn news(r: &Row) -> Result<News> {
    Ok(News {
        title: r.try_get("title")?,
        what_happened: r.try_get("what_happened")?,
        what_we_do: r.try_get("what_we_do")?,
        expected_fix: r.try_get("expected_fix")?,
        lead: r.try_get("lead")?,
        latest_seq: i64::from(r.try_get::<_, i32>("latest_seq")?),
        latest: r.try_get("latest")?,
    })
}

/// A situation as a customer's page lists it.
pub(super) fn customer_situation(r: &Row) -> Result<CustomerSituation> {
    Ok(CustomerSituation {
        id: r.try_get("id")?,
        title: r.try_get("title")?,
        latest: r.try_get("latest")?,
        expected_fix: r.try_get("expected_fix")?,
        concierge: r.try_get("concierge")?,
        told: r.try_get("told")?,
        closed_at: r.try_get("closed_at")?,
    })
}

/// A member as a close sees them.
pub(super) fn closing_member(r: &Row) -> Result<ClosingMember> {
    Ok(ClosingMember {
        customer_pk: r.try_get("customer_pk")?,
        concierge: r.try_get("concierge")?,
        upset: r.try_get("upset")?,
    })
}

/// A `situation_actions` row as a [`SituationAction`]; a kind this version
/// does not know reads as an add.
pub(super) fn action(r: &Row) -> Result<SituationAction> {
    Ok(SituationAction {
        id: r.try_get("id")?,
        kind: SituationActionKind::parse(r.try_get("kind")?).unwrap_or(SituationActionKind::Add),
        count: small(r.try_get("count")?, "count")?,
        at: r.try_get("at")?,
    })
}

/// A `situation_actions` row with what its undo needs.
pub(super) fn pending_action(r: &Row) -> Result<PendingAction> {
    Ok(PendingAction {
        pk: r.try_get("pk")?,
        situation_pk: r.try_get("situation_pk")?,
        kind: r.try_get("kind")?,
        undo: r.try_get("undo")?,
    })
}
