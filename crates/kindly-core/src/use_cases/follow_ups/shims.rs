//! Transitional shims (#21): the old `&Connection` signatures other groups'
//! code still calls, each delegating to the store-based function that
//! replaced it. Removed once their callers pass a `Tx`.

use rusqlite::Connection;

use crate::error::Result;
use crate::rules::follow_up_model::{FollowUp, FollowUpInput, FollowUpPlan};
use crate::rules::model::Millis;
use crate::store::sqlite::tx::SqliteTx;
use crate::store::FollowUpRows;

// transitional shim (#21): history/page.rs reads a customer's follow-ups with these.
#[allow(unused_imports, reason = "transitional shim (#21)")]
pub(crate) use crate::store::sqlite::follow_ups::{follow_up_row, FOLLOW_UP_SELECT};

/// transitional shim (#21): [`super::add`], for notebook/sample.rs.
#[allow(dead_code, reason = "transitional shim (#21)")]
pub(crate) fn insert_follow_up(
    conn: &Connection,
    input: &FollowUpInput,
    now: Millis,
) -> Result<i64> {
    super::add(&mut SqliteTx::on(conn), input, now)
}

/// transitional shim (#21): [`super::plan`], for history/entries.rs and situations.
#[allow(dead_code, reason = "transitional shim (#21)")]
pub(crate) fn add_planned(
    conn: &Connection,
    customer_pk: i64,
    about_pk: Option<i64>,
    plan: &FollowUpPlan,
    staff: &str,
    now: Millis,
) -> Result<i64> {
    super::plan(
        &mut SqliteTx::on(conn),
        customer_pk,
        about_pk,
        plan,
        staff,
        now,
    )
}

/// transitional shim (#21): [`super::keep_birthday`], for exchange/merge.rs
/// and the migrations' data step.
#[allow(dead_code, reason = "transitional shim (#21)")]
pub(crate) fn sync_birthday(conn: &Connection, customer_pk: i64, now: Millis) -> Result<()> {
    super::keep_birthday(&mut SqliteTx::on(conn), customer_pk, now)
}

/// transitional shim (#21): [`super::keep_birthday_as`], for customers.
#[allow(dead_code, reason = "transitional shim (#21)")]
pub(crate) fn sync_birthday_to(
    conn: &Connection,
    customer_pk: i64,
    birthday: Option<(u8, u8)>,
    now: Millis,
) -> Result<()> {
    super::keep_birthday_as(&mut SqliteTx::on(conn), customer_pk, birthday, now)
}

/// transitional shim (#21): [`super::start_birthday`], for customers.
#[allow(dead_code, reason = "transitional shim (#21)")]
pub(crate) fn add_birthday(
    conn: &Connection,
    customer_pk: i64,
    day: (u8, u8),
    now: Millis,
) -> Result<()> {
    super::start_birthday(&mut SqliteTx::on(conn), customer_pk, day, now)
}

/// transitional shim (#21): [`FollowUpRows::follow_up`], for customers/record.rs.
#[allow(dead_code, reason = "transitional shim (#21)")]
pub(crate) fn read_follow_up(conn: &Connection, pk: i64) -> Result<FollowUp> {
    SqliteTx::on(conn).follow_up(pk)
}
