//! The callback brief (one call, one value), the caller lookup that leads
//! to it, its plain-text form, and logging a call afterwards. The brief
//! reads what the profile, timeline and follow-ups already store.

use chrono::{Datelike, Days};
use rusqlite::{params, Connection};

use crate::error::{Error, Result};
use crate::rules::brief_model::*;
use crate::rules::fold::prefix_upper_bound;
use crate::rules::follow_up_model::FollowUpAction;
use crate::rules::history_model::{Channel, EntryKind, EventType, IssueState, Mood, WaitingOn};
use crate::rules::model::{Customer, Millis};
use crate::rules::phone;
use crate::rules::schedule::{birthday_in, TimeCtx};
use crate::use_cases::customers::{pk_of, Scope};
use crate::use_cases::follow_ups::{follow_up_row, FOLLOW_UP_SELECT};
use crate::use_cases::history::entries::{entry_of, insert_conversation};
use crate::use_cases::notebook::settings::time_ctx;
use crate::use_cases::notebook::Notebook;
use crate::MIN_PHONE_DIGITS;

/// How far ahead a birthday or a promise counts as "soon".
const BIRTHDAY_DAYS: u64 = 14;
/// Promises due before the end of the seventh day from today count as due,
/// as on the Today screen.
const PROMISE_DAYS: u64 = 8;
/// The most customers a caller lookup offers.
const MAX_CALLERS: usize = 8;
/// The most follow-ups one logged call can mark done (a customer has a
/// handful; the cap keeps a hostile list from holding the write for long).
pub const MAX_DONE_FOLLOW_UPS: usize = 500;

fn parse<T>(value: Option<String>, f: fn(&str) -> Option<T>) -> Option<T> {
    value.as_deref().and_then(f)
}

fn open_issues(conn: &Connection, pk: i64) -> Result<Vec<BriefIssue>> {
    let mut stmt = conn.prepare_cached(
        "SELECT e.id, i.title, i.own_words, i.state, i.waiting_on, i.opened_at
         FROM entries e JOIN issues i ON i.entry_pk = e.pk
         WHERE e.customer_pk = ?1 AND e.kind = 'issue' AND e.deleted_at IS NULL
           AND i.state IN ('open', 'in_progress', 'waiting') ORDER BY i.opened_at, e.pk",
    )?;
    let rows = stmt.query_map([pk], |r| {
        Ok(BriefIssue {
            id: r.get(0)?,
            title: r.get(1)?,
            own_words: r.get(2)?,
            state: IssueState::parse(&r.get::<_, String>(3)?).unwrap_or(IssueState::Open),
            waiting_on: parse(r.get(4)?, WaitingOn::parse),
            opened_at: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn promises(conn: &Connection, pk: i64, now: Millis, ctx: &TimeCtx) -> Result<Vec<BriefPromise>> {
    let before = ctx.start_of(crate::rules::schedule::day_plus(ctx, now, PROMISE_DAYS));
    let mut stmt = conn.prepare_cached(
        "SELECT e.id, p.what, p.promised_by, p.due_at
         FROM entries e JOIN promises p ON p.entry_pk = e.pk
         WHERE e.customer_pk = ?1 AND e.kind = 'promise' AND e.deleted_at IS NULL
           AND p.state = 'open' AND p.due_at < ?2 ORDER BY p.due_at, e.pk",
    )?;
    let rows = stmt.query_map(params![pk, before], |r| {
        let due_at: Millis = r.get(3)?;
        Ok(BriefPromise {
            id: r.get(0)?,
            what: r.get(1)?,
            promised_by: r.get(2)?,
            due_at,
            overdue: due_at < now,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn recent(conn: &Connection, pk: i64) -> Result<Vec<BriefContact>> {
    let mut stmt = conn.prepare_cached(
        "SELECT ev.at, c.channel, c.staff, c.mood, c.summary
         FROM events ev JOIN entries e ON e.pk = ev.entry_pk
         JOIN conversations c ON c.entry_pk = e.pk
         WHERE ev.customer_pk = ?1 AND ev.type = 'conversation' AND e.deleted_at IS NULL
           AND c.channel NOT IN ('note', 'card_sent')
         ORDER BY ev.at DESC, ev.pk DESC LIMIT 3",
    )?;
    let rows = stmt.query_map([pk], |r| {
        Ok(BriefContact {
            at: r.get(0)?,
            channel: Channel::parse(&r.get::<_, String>(1)?).unwrap_or(Channel::Note),
            staff: r.get(2)?,
            mood: parse(r.get(3)?, Mood::parse),
            summary: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn birthday_soon(c: &Customer, now: Millis, ctx: &TimeCtx) -> Option<BriefBirthday> {
    let b = c.birthday?;
    let today = ctx.day(now);
    (0..=BIRTHDAY_DAYS).find_map(|n| {
        let day = today.checked_add_days(Days::new(n))?;
        (birthday_in(day.year(), u32::from(b.month), u32::from(b.day)) == Some(day)).then(|| {
            BriefBirthday {
                date: day.format("%Y-%m-%d").to_string(),
                in_days: n as u32,
                turns: b
                    .year
                    .and_then(|y| u32::try_from(day.year() - y).ok())
                    .filter(|age| *age > 0),
            }
        })
    })
}

impl Notebook {
    /// The brief for a live customer, as of now.
    pub fn brief(&self, id: &str) -> Result<Brief> {
        let pk = pk_of(&self.conn, id, Scope::Live)?;
        let c = self.customer(id)?;
        let now = self.now();
        let ctx = time_ctx(&self.conn)?;
        let end_of_today = ctx.start_of(crate::rules::schedule::day_plus(&ctx, now, 1));
        let follow_ups_due = self
            .conn
            .prepare_cached(&format!(
                "{FOLLOW_UP_SELECT} WHERE e.customer_pk = ?1 AND e.deleted_at IS NULL
                   AND f.due_at IS NOT NULL AND f.due_at < ?2 ORDER BY f.due_at, f.entry_pk"
            ))?
            .query_map(params![pk, end_of_today], follow_up_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Brief {
            customer_id: c.id.clone(),
            name: c.display_name().to_owned(),
            full_name: c.full_name.clone(),
            pronunciation: c.pronunciation.clone(),
            pronouns: c.pronouns.clone(),
            company: c.company.clone(),
            open_issues: open_issues(&self.conn, pk)?,
            promises: promises(&self.conn, pk, now, &ctx)?,
            follow_ups_due,
            recent: recent(&self.conn, pk)?,
            birthday_soon: birthday_soon(&c, now, &ctx),
            touch: crate::use_cases::customers::touch::status(&self.conn, pk, now)?,
            situations: crate::use_cases::situations::of_customer(&self.conn, pk, true)?,
            dont: c.dont,
            preferences: c.preferences,
            remember: c.remember,
            notes: c.notes,
            best_time: c.best_time,
            contact_channel: c.contact_channel,
            looked_after_by: c.looked_after_by,
            phones: c.phones,
        })
    }

    /// Who a phone number may belong to, best first: the same number
    /// (E.164), then numbers ending with the digits given (at least
    /// [`MIN_PHONE_DIGITS`]; longer endings first), then the same national
    /// number written with another prefix. Ties go to the customer spoken
    /// to most recently.
    pub fn find_caller(&self, number: &str) -> Result<CallerLookup> {
        // What was typed or sent, without invisible characters and with
        // digits of any script read as the digits they are.
        let number = phone::for_lookup(number.trim()).trim().to_owned();
        if number.chars().count() > 64 {
            return Err(Error::invalid(
                "number",
                "That is too long for a phone number.",
            ));
        }
        let digits = phone::digits(&number);
        if digits.len() < MIN_PHONE_DIGITS {
            return Err(Error::invalid(
                "number",
                format!("Type at least {MIN_PHONE_DIGITS} digits of the number."),
            ));
        }
        let region = self.phone_region()?;
        let mut found: Vec<CallerMatch> = Vec::new();
        if let Some(e164) = phone::to_e164(&number, &region) {
            self.callers(&mut found, PhoneMatch::Exact, "p.e164 = ?1", &[&e164])?;
        }
        let rev = phone::reversed(&digits);
        let upper = prefix_upper_bound(&rev);
        self.callers(
            &mut found,
            PhoneMatch::Ending,
            "p.digits_rev >= ?1 AND p.digits_rev < ?2",
            &[&rev, &upper],
        )?;
        if let Some(national) = phone::national_digits(&number, &region)
            .filter(|n| n.len() >= MIN_PHONE_DIGITS && *n != digits)
        {
            let rev = phone::reversed(&national);
            let upper = prefix_upper_bound(&rev);
            self.callers(
                &mut found,
                PhoneMatch::National,
                "p.digits_rev >= ?1 AND p.digits_rev < ?2",
                &[&rev, &upper],
            )?;
        }
        // Best match kind first, then the most recent contact.
        found.sort_by(|a, b| {
            a.matched_by
                .cmp(&b.matched_by)
                .then(b.last_contact_at.cmp(&a.last_contact_at))
        });
        found.truncate(MAX_CALLERS);
        Ok(CallerLookup {
            number,
            matches: found,
        })
    }

    /// Adds the live customers whose phones match `condition` and are not
    /// found yet.
    fn callers(
        &self,
        found: &mut Vec<CallerMatch>,
        how: PhoneMatch,
        condition: &str,
        args: &[&dyn rusqlite::ToSql],
    ) -> Result<()> {
        let sql = format!(
            "SELECT c.id, CASE WHEN c.preferred_name <> '' THEN c.preferred_name ELSE c.full_name END,
                c.full_name, c.company, p.number, p.label, c.last_contact_at
             FROM customer_phones p JOIN customers c ON c.pk = p.customer_pk
             WHERE {condition} AND c.deleted_at IS NULL
             ORDER BY c.last_contact_at DESC LIMIT {}",
            MAX_CALLERS * 4
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(args, |r| {
            Ok(CallerMatch {
                customer_id: r.get(0)?,
                name: r.get(1)?,
                full_name: r.get(2)?,
                company: r.get(3)?,
                phone: r.get(4)?,
                phone_label: r.get(5)?,
                matched_by: how,
                last_contact_at: r.get(6)?,
            })
        })?;
        for row in rows {
            let row = row?;
            if !found.iter().any(|f| f.customer_id == row.customer_id) {
                found.push(row);
            }
        }
        Ok(())
    }

    /// Logs a call from the brief in one transaction: the conversation with
    /// its outcome (and any next follow-up it plans), and the due
    /// follow-ups it dealt with marked done by the same person.
    pub fn log_call(&mut self, after: &AfterCall) -> Result<crate::Conversation> {
        let now = self.now();
        let tx = self.conn.transaction()?;
        let id = insert_conversation(&tx, &after.call, now)?;
        tx.execute(
            "UPDATE conversations SET outcome = ?2
             WHERE entry_pk = (SELECT pk FROM entries WHERE id = ?1)",
            params![id, after.outcome.as_str()],
        )?;
        let customer_pk = pk_of(&tx, &after.call.customer_id, Scope::Live)?;
        let staff = after.call.staff.trim();
        let note = after.call.summary.trim();
        if after.done_follow_up_ids.len() > MAX_DONE_FOLLOW_UPS {
            return Err(Error::invalid(
                "done_follow_up_ids",
                format!("Tick at most {MAX_DONE_FOLLOW_UPS} follow-ups for one call."),
            ));
        }
        let mut seen = std::collections::HashSet::new();
        for follow_up in &after.done_follow_up_ids {
            // The same follow-up listed twice is done once.
            if !seen.insert(follow_up) {
                continue;
            }
            let entry =
                entry_of(&tx, follow_up, Some(EntryKind::FollowUp), false).map_err(|_| {
                    Error::invalid("done_follow_up_ids", "That follow-up could not be found.")
                })?;
            if entry.customer_pk != customer_pk {
                return Err(Error::invalid(
                    "done_follow_up_ids",
                    "That follow-up belongs to another customer.",
                ));
            }
            crate::use_cases::follow_ups::advance(
                &tx,
                follow_up,
                EventType::FollowUpDone,
                staff,
                note,
                now,
            )
            .map_err(|err| match err {
                // e.g. "already been done": beside the list, not a field the form lacks.
                Error::Invalid { message, .. } => Error::invalid("done_follow_up_ids", message),
                other => other,
            })?;
        }
        tx.commit()?;
        self.conversation(&id)
    }
}

fn state_words(state: IssueState) -> &'static str {
    match state {
        IssueState::Open => "open",
        IssueState::InProgress => "in progress",
        IssueState::Waiting => "waiting",
        IssueState::Resolved => "resolved",
        IssueState::Closed => "closed",
    }
}

fn task_words(action: FollowUpAction) -> &'static str {
    match action {
        FollowUpAction::CallBack => "call back",
        FollowUpAction::CheckIn => "check in",
        FollowUpAction::SendCard => "send a card",
        FollowUpAction::Birthday => "birthday card",
        FollowUpAction::Other => "follow up",
    }
}

fn channel_words(channel: Channel) -> &'static str {
    match channel {
        Channel::CallIn => "call in",
        Channel::CallOut => "call out",
        Channel::Visit => "visit",
        Channel::Email => "email",
        Channel::Message => "message",
        Channel::CardSent => "card sent",
        Channel::Note => "note",
    }
}

impl Brief {
    /// The brief as plain text, for a paper note or a message to a
    /// colleague. Dates are in `ctx`'s time zone; empty parts are left out.
    pub fn to_text(&self, ctx: &TimeCtx) -> String {
        let day = |at: Millis| ctx.local(at).format("%a %-d %b %Y").to_string();
        let when = |at: Millis| ctx.local(at).format("%a %-d %b %Y, %H:%M").to_string();
        let mut out = String::new();
        let mut line = |text: String| {
            out.push_str(&text);
            out.push('\n');
        };
        let mut head = self.name.clone();
        if self.full_name != self.name {
            head.push_str(&format!(" ({})", self.full_name));
        }
        if !self.pronunciation.is_empty() {
            head.push_str(&format!(", say \"{}\"", self.pronunciation));
        }
        if !self.pronouns.is_empty() {
            head.push_str(&format!(", {}", self.pronouns));
        }
        line(head);
        if !self.company.is_empty() {
            line(self.company.clone());
        }
        for d in &self.dont {
            line(format!("Please don't: {d}"));
        }
        for i in &self.open_issues {
            let mut text = format!("Open issue ({}): {}", state_words(i.state), i.title);
            if !i.own_words.is_empty() {
                text.push_str(&format!(" - in their words: \"{}\"", i.own_words));
            }
            line(text);
        }
        for s in &self.situations {
            let told = if s.told {
                "told the latest"
            } else {
                "NOT YET TOLD the latest"
            };
            line(format!("Affected by: {} ({told}): {}", s.title, s.latest));
        }
        for p in &self.promises {
            let late = if p.overdue { ", OVERDUE" } else { "" };
            line(format!(
                "Promised: {} (due {}{late})",
                p.what,
                when(p.due_at)
            ));
        }
        for f in &self.follow_ups_due {
            let at = f.due_at.map(when).unwrap_or_default();
            let mut text = format!("Follow-up due: {} ({at})", task_words(f.action));
            if !f.note.is_empty() {
                text.push_str(&format!(": {}", f.note));
            }
            line(text);
        }
        for c in &self.recent {
            let mood = c
                .mood
                .map(|m| format!(", seemed {}", m.as_str()))
                .unwrap_or_default();
            let who = if c.staff.is_empty() {
                String::new()
            } else {
                format!(" with {}", c.staff)
            };
            line(format!(
                "{}: {}{who}{mood} - {}",
                day(c.at),
                channel_words(c.channel),
                c.summary
            ));
        }
        if !self.preferences.is_empty() {
            line(format!("Preferences: {}", self.preferences.join("; ")));
        }
        if !self.remember.is_empty() {
            line(format!("Remember: {}", self.remember.join("; ")));
        }
        if !self.notes.is_empty() {
            line(format!("Notes: {}", self.notes));
        }
        if !self.best_time.is_empty() {
            line(format!("Best time: {}", self.best_time));
        }
        let way = self.contact_channel.words();
        if !way.is_empty() {
            line(format!("Best way: {way}"));
        }
        if let Some(b) = &self.birthday_soon {
            let turns = b.turns.map(|t| format!(" (turns {t})")).unwrap_or_default();
            line(format!("Birthday: {}{turns}", b.date));
        }
        if !self.looked_after_by.is_empty() {
            line(format!("Looked after by: {}", self.looked_after_by));
        }
        for p in &self.phones {
            let label = if p.label.is_empty() {
                "phone"
            } else {
                &p.label
            };
            line(format!("{label}: {}", p.number));
        }
        out
    }
}

impl Notebook {
    /// [`Notebook::brief`] as plain text ([`Brief::to_text`]).
    pub fn brief_text(&self, id: &str) -> Result<String> {
        Ok(self.brief(id)?.to_text(&time_ctx(&self.conn)?))
    }
}
