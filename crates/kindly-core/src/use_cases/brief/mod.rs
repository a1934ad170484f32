//! The callback brief (one call, one value), the caller lookup that leads
//! to it, its plain-text form, and logging a call afterwards. The brief
//! reads what the profile, timeline and follow-ups already store.

use chrono::{Datelike, Days, NaiveDate};

use crate::error::{Error, Result};
use crate::rules::brief_model::*;
use crate::rules::changes::change_words;
use crate::rules::fold::prefix_upper_bound;
use crate::rules::history_model::{EntryKind, EventType};
use crate::rules::model::{ContactChannel, Customer, Millis};
use crate::rules::phone;
use crate::rules::schedule::{birthday_in, TimeCtx};
use crate::store::follow_ups::PhoneKey;
use crate::store::Scope;
use crate::store::Tx;
use crate::use_cases::history::entries::add_conversation;
use crate::use_cases::notebook::settings::time_ctx_in;
use crate::use_cases::notebook::Notebook;
use crate::MIN_PHONE_DIGITS;
use kindly_words::{args, say_in, FluentArgs};

/// How far ahead a birthday or a promise counts as "soon".
const BIRTHDAY_DAYS: u64 = 14;
/// Promises due before the end of the seventh day from today count as due,
/// as on the Today screen.
const PROMISE_DAYS: u64 = 8;
/// The most changes since the last conversation the brief names (the
/// rest are counted).
pub const CHANGES_SINCE_SHOWN: u32 = 3;
/// The most customers a caller lookup offers.
const MAX_CALLERS: usize = 8;
/// The most follow-ups one logged call can mark done (a customer has a
/// handful; the cap keeps a hostile list from holding the write for long).
pub const MAX_DONE_FOLLOW_UPS: usize = 500;

/// Adds the live customers whose phones match `key` and are not found yet.
fn callers(
    tx: &mut dyn Tx,
    found: &mut Vec<CallerMatch>,
    key: PhoneKey<'_>,
    how: PhoneMatch,
) -> Result<()> {
    for row in tx.callers(key, how, MAX_CALLERS * 4)? {
        if !found.iter().any(|f| f.customer_id == row.customer_id) {
            found.push(row);
        }
    }
    Ok(())
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

/// The changes to the customer `pk` saved after `spoke_at`, the newest
/// few in words; `None` when there are none. One read.
fn changed_since(tx: &mut dyn Tx, pk: i64, spoke_at: Millis) -> Result<Option<ChangedSince>> {
    let recent = tx.changes_since(pk, spoke_at, CHANGES_SINCE_SHOWN)?;
    if recent.items.is_empty() {
        return Ok(None);
    }
    let changes: Vec<BriefChange> = recent
        .items
        .into_iter()
        .map(|c| BriefChange {
            words: change_words(&c.field, &c.before, &c.after),
            changed_by: c.changed_by,
            at: c.changed_at,
            field: c.field,
        })
        .collect();
    Ok(Some(ChangedSince {
        spoke_at,
        more: recent.total.saturating_sub(changes.len() as u32),
        changes,
    }))
}

impl Notebook {
    /// The brief for a live customer, as of now.
    pub fn brief(&self, id: &str) -> Result<Brief> {
        let mut tx = self.read()?;
        let pk = tx.customer_pk(id, Scope::Live)?;
        let c = self.customer(id)?;
        let now = self.now();
        let ctx = time_ctx_in(&mut *tx)?;
        let end_of_today = ctx.start_of(crate::rules::schedule::day_plus(&ctx, now, 1));
        let follow_ups_due = tx.follow_ups_due_of(pk, end_of_today)?;
        let promises_before =
            ctx.start_of(crate::rules::schedule::day_plus(&ctx, now, PROMISE_DAYS));
        let recent = tx.brief_recent(pk)?;
        let changed_since = match recent.first() {
            Some(last) => changed_since(&mut *tx, pk, last.at)?,
            None => None,
        };
        Ok(Brief {
            changed_since,
            customer_id: c.id.clone(),
            name: c.display_name().to_owned(),
            full_name: c.full_name.clone(),
            pronunciation: c.pronunciation.clone(),
            pronouns: c.pronouns.clone(),
            company: c.company.clone(),
            open_issues: tx.brief_open_issues(pk)?,
            promises: tx.brief_promises(pk, promises_before, now)?,
            follow_ups_due,
            recent,
            birthday_soon: birthday_soon(&c, now, &ctx),
            touch: crate::use_cases::customers::touch::status_in(&mut *tx, pk, now)?,
            situations: crate::use_cases::situations::of_customer_in(&mut *tx, pk, true)?,
            dont: c.dont,
            preferences: c.preferences,
            remember: c.remember,
            notes: c.notes,
            best_time: c.best_time,
            language: c.language,
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
                kindly_words::say("validate-phone-too-long"),
            ));
        }
        let digits = phone::digits(&number);
        if digits.len() < MIN_PHONE_DIGITS {
            return Err(Error::invalid(
                "number",
                kindly_words::say_with(
                    "validate-phone-too-few-digits",
                    &args! { "digits" => MIN_PHONE_DIGITS },
                ),
            ));
        }
        let region = self.phone_region()?;
        let mut tx = self.read()?;
        let mut found: Vec<CallerMatch> = Vec::new();
        if let Some(e164) = phone::to_e164(&number, &region) {
            callers(
                &mut *tx,
                &mut found,
                PhoneKey::E164(&e164),
                PhoneMatch::Exact,
            )?;
        }
        let rev = phone::reversed(&digits);
        let upper = prefix_upper_bound(&rev);
        let ending = PhoneKey::ReversedDigits {
            from: &rev,
            below: &upper,
        };
        callers(&mut *tx, &mut found, ending, PhoneMatch::Ending)?;
        if let Some(national) = phone::national_digits(&number, &region)
            .filter(|n| n.len() >= MIN_PHONE_DIGITS && *n != digits)
        {
            let rev = phone::reversed(&national);
            let upper = prefix_upper_bound(&rev);
            let national = PhoneKey::ReversedDigits {
                from: &rev,
                below: &upper,
            };
            callers(&mut *tx, &mut found, national, PhoneMatch::National)?;
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

    /// Logs a call from the brief in one transaction: the conversation with
    /// its outcome (and any next follow-up it plans), and the due
    /// follow-ups it dealt with marked done by the same person.
    pub fn log_call(&mut self, after: &AfterCall) -> Result<crate::Conversation> {
        let now = self.now();
        let mut tx = self.write()?;
        let id = add_conversation(&mut *tx, &after.call, now)?;
        tx.set_call_outcome(&id, after.outcome)?;
        let customer_pk = tx.customer_pk(&after.call.customer_id, Scope::Live)?;
        let staff = after.call.staff.trim();
        let note = after.call.summary.trim();
        if after.done_follow_up_ids.len() > MAX_DONE_FOLLOW_UPS {
            return Err(Error::invalid(
                "done_follow_up_ids",
                kindly_words::say_with(
                    "validate-too-many-done",
                    &args! { "max" => MAX_DONE_FOLLOW_UPS },
                ),
            ));
        }
        let mut seen = std::collections::HashSet::new();
        for follow_up in &after.done_follow_up_ids {
            // The same follow-up listed twice is done once.
            if !seen.insert(follow_up) {
                continue;
            }
            let entry = tx
                .entry_by_id(follow_up, Some(EntryKind::FollowUp), false)
                .map_err(|_| {
                    Error::invalid(
                        "done_follow_up_ids",
                        kindly_words::say("validate-follow-up-not-found"),
                    )
                })?;
            if entry.customer_pk != customer_pk {
                return Err(Error::invalid(
                    "done_follow_up_ids",
                    kindly_words::say("validate-follow-up-other-customer"),
                ));
            }
            crate::use_cases::follow_ups::advance(
                &mut *tx,
                follow_up,
                None,
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

impl Brief {
    /// The brief as plain text in the active language, for a paper note or
    /// a message to a colleague. Dates are in `ctx`'s time zone; empty parts
    /// are left out.
    pub fn to_text(&self, ctx: &TimeCtx) -> String {
        self.to_text_in(kindly_words::language(), ctx)
    }

    /// [`Brief::to_text`] in `language`.
    pub fn to_text_in(&self, language: &str, ctx: &TimeCtx) -> String {
        let say = |id: &str| say_in(language, id, None);
        let say_with = |id: &str, args: FluentArgs| say_in(language, id, Some(&args));
        let day = |at: Millis| ctx.short_date(at, language);
        let when = |at: Millis| ctx.short_date_at(at, language);
        let key = |text: &str| text.replace('_', "-");
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
            let say_it = say_with(
                "brief-text-say",
                args! { "pronunciation" => self.pronunciation.as_str() },
            );
            head.push_str(&format!(", {say_it}"));
        }
        if !self.pronouns.is_empty() {
            head.push_str(&format!(", {}", self.pronouns));
        }
        line(head);
        if !self.company.is_empty() {
            line(self.company.clone());
        }
        for d in &self.dont {
            line(say_with("brief-text-dont", args! { "dont" => d.as_str() }));
        }
        for i in &self.open_issues {
            let state = say(&format!("brief-text-state-{}", key(i.state.as_str())));
            let mut text = say_with(
                "brief-text-issue",
                args! { "state" => state, "title" => i.title.as_str() },
            );
            if !i.own_words.is_empty() {
                text = say_with(
                    "brief-text-issue-words",
                    args! { "issue" => text, "words" => i.own_words.as_str() },
                );
            }
            line(text);
        }
        for s in &self.situations {
            let id = if s.told {
                "brief-text-situation-told"
            } else {
                "brief-text-situation-not-told"
            };
            line(say_with(
                id,
                args! { "title" => s.title.as_str(), "latest" => s.latest.as_str() },
            ));
        }
        for p in &self.promises {
            let id = if p.overdue {
                "brief-text-promise-overdue"
            } else {
                "brief-text-promise"
            };
            line(say_with(
                id,
                args! { "what" => p.what.as_str(), "when" => when(p.due_at) },
            ));
        }
        for f in &self.follow_ups_due {
            let task = say(&format!("brief-text-task-{}", key(f.action.as_str())));
            let at = f.due_at.map(when).unwrap_or_default();
            line(if f.note.is_empty() {
                say_with(
                    "brief-text-follow-up",
                    args! { "task" => task, "when" => at },
                )
            } else {
                say_with(
                    "brief-text-follow-up-note",
                    args! { "task" => task, "when" => at, "note" => f.note.as_str() },
                )
            });
        }
        if let Some(since) = &self.changed_since {
            line(say_with(
                "brief-text-changed-since",
                args! { "day" => day(since.spoke_at) },
            ));
            for c in &since.changes {
                let who = if c.changed_by.is_empty() {
                    say("brief-text-someone")
                } else {
                    c.changed_by.clone()
                };
                line(say_with(
                    "brief-text-change",
                    args! { "who" => who, "what" => c.words.as_str(), "day" => day(c.at) },
                ));
            }
            if since.more > 0 {
                line(say_with("brief-text-more", args! { "count" => since.more }));
            }
        }
        for c in &self.recent {
            let mut what = say(&format!("brief-text-channel-{}", key(c.channel.as_str())));
            if !c.staff.is_empty() {
                what = say_with(
                    "brief-text-with",
                    args! { "what" => what, "staff" => c.staff.as_str() },
                );
            }
            if let Some(mood) = c.mood {
                let mood = say(&format!("brief-text-mood-{}", mood.as_str()));
                what = say_with(
                    "brief-text-seemed",
                    args! { "what" => what, "mood" => mood },
                );
            }
            line(say_with(
                "brief-text-recent",
                args! { "day" => day(c.at), "what" => what, "summary" => c.summary.as_str() },
            ));
        }
        if !self.preferences.is_empty() {
            let list = self.preferences.join("; ");
            line(say_with("brief-text-preferences", args! { "list" => list }));
        }
        if !self.remember.is_empty() {
            let list = self.remember.join("; ");
            line(say_with("brief-text-remember", args! { "list" => list }));
        }
        if !self.notes.is_empty() {
            line(say_with(
                "brief-text-notes",
                args! { "notes" => self.notes.as_str() },
            ));
        }
        if !self.best_time.is_empty() {
            let time = self.best_time.as_str();
            line(say_with("brief-text-best-time", args! { "time" => time }));
        }
        if !self.language.is_empty() {
            let name = crate::rules::languages::language_name_in(language, &self.language);
            line(say_with(
                "brief-text-language",
                args! { "language" => name },
            ));
        }
        if self.contact_channel != ContactChannel::NoPreference {
            let way = say(&format!(
                "brief-text-way-{}",
                key(self.contact_channel.as_str())
            ));
            line(say_with("brief-text-best-way", args! { "way" => way }));
        }
        if let Some(b) = &self.birthday_soon {
            let on = NaiveDate::parse_from_str(&b.date, "%Y-%m-%d")
                .map(|d| ctx.weekday_day_month(ctx.start_of(d), language))
                .unwrap_or_else(|_| b.date.clone());
            line(match b.turns {
                Some(age) => say_with(
                    "brief-text-birthday-turns",
                    args! { "day" => on, "age" => age },
                ),
                None => say_with("brief-text-birthday", args! { "day" => on }),
            });
        }
        if !self.looked_after_by.is_empty() {
            let name = self.looked_after_by.as_str();
            line(say_with(
                "brief-text-looked-after-by",
                args! { "name" => name },
            ));
        }
        for p in &self.phones {
            let label = if p.label.is_empty() {
                say("brief-text-phone")
            } else {
                p.label.clone()
            };
            line(format!("{label}: {}", p.number));
        }
        out
    }
}

impl Notebook {
    /// [`Notebook::brief`] as plain text ([`Brief::to_text`]).
    pub fn brief_text(&self, id: &str) -> Result<String> {
        let brief = self.brief(id)?;
        let ctx = time_ctx_in(&mut *self.read()?)?;
        Ok(brief.to_text(&ctx))
    }
}
