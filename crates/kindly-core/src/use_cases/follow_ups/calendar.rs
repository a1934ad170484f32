//! Calendar export: follow-ups still to do as an RFC 5545 `.ics` file that
//! calendar apps import, repeating ones as RRULEs.
//!
//! Times are written as floating local times (no `TZID`), which calendars
//! read in their own zone, the user's: a weekly 10:00 call stays at 10:00
//! across daylight-saving changes, and no VTIMEZONE table is needed.
//! Follow-ups without a time of day become all-day events.

use std::path::Path;

use chrono::{DateTime, Days, NaiveDate, Utc};

use crate::error::Result;
use crate::rules::schedule::{Recurrence, BIRTHDAY_LEAD_DAYS};
use crate::use_cases::follow_ups::schedule_from;
use crate::use_cases::notebook::settings::time_ctx_in;
use crate::use_cases::notebook::Notebook;

/// Escapes TEXT per RFC 5545 §3.3.11.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded at 75 octets (§3.1) on character
/// boundaries, ending in CRLF. vCard (RFC 6350 §3.2) folds the same way.
pub(crate) fn line(out: &mut String, text: &str) {
    let mut width = 0;
    for c in text.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// The yearly rule for the day [`BIRTHDAY_LEAD_DAYS`] before a birthday,
/// counting from the end of the month when it falls in the month before
/// (or for 29 February), so leap years come out right.
fn birthday_reminder_rule(month: u32, day: u32) -> String {
    let lead = BIRTHDAY_LEAD_DAYS as u32;
    if month == 2 && day == 29 {
        return format!("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-{}", lead + 1);
    }
    if day > lead {
        return format!("FREQ=YEARLY;BYMONTH={month};BYMONTHDAY={}", day - lead);
    }
    let previous = if month == 1 { 12 } else { month - 1 };
    format!(
        "FREQ=YEARLY;BYMONTH={previous};BYMONTHDAY=-{}",
        lead - day + 1
    )
}

/// `rule` with its COUNT part set to `count`.
fn with_count(rule: &str, count: usize) -> String {
    rule.split(';')
        .map(|part| {
            if part.starts_with("COUNT=") {
                format!("COUNT={count}")
            } else {
                part.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(";")
}

fn date(d: NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

impl Notebook {
    /// Every follow-up still to do (of customers not in Trash) as an
    /// iCalendar file. A repeating follow-up starts at its next occurrence
    /// and carries its rule.
    pub fn export_calendar(&self) -> Result<String> {
        let now = self.now();
        let mut tx = self.read()?;
        let ctx = time_ctx_in(&mut *tx)?;
        let stamp = DateTime::<Utc>::from_timestamp_millis(now)
            .unwrap_or_default()
            .format("%Y%m%dT%H%M%SZ")
            .to_string();
        let mut out = String::new();
        line(&mut out, "BEGIN:VCALENDAR");
        line(&mut out, "VERSION:2.0");
        line(&mut out, "PRODID:-//Kindly//Follow-ups//EN");
        line(&mut out, "CALSCALE:GREGORIAN");
        for row in tx.calendar_rows()? {
            let action = row.schedule.action;
            let Some(schedule) = schedule_from(row.schedule)? else {
                continue;
            };
            // The wall-clock time the rule is at, even when this
            // occurrence falls in a daylight-saving gap and is due an hour
            // later: the calendar applies the rule to DTSTART's time.
            let local = schedule
                .time
                .map(|t| ctx.local(row.occurrence_at).date().and_time(t))
                .filter(|wall| ctx.instant(*wall) == row.occurrence_at)
                .unwrap_or_else(|| ctx.local(row.occurrence_at));
            line(&mut out, "BEGIN:VEVENT");
            line(&mut out, &format!("UID:{}@kindly", row.id));
            line(&mut out, &format!("DTSTAMP:{stamp}"));
            let all_day = schedule.time.is_none();
            if all_day {
                line(
                    &mut out,
                    &format!("DTSTART;VALUE=DATE:{}", date(local.date())),
                );
                let end = local
                    .date()
                    .checked_add_days(Days::new(1))
                    .unwrap_or(local.date());
                line(&mut out, &format!("DTEND;VALUE=DATE:{}", date(end)));
            } else {
                line(
                    &mut out,
                    &format!("DTSTART:{}", local.format("%Y%m%dT%H%M%S")),
                );
                line(&mut out, "DURATION:PT15M");
            }
            match &schedule.recurrence {
                Recurrence::Once => {}
                Recurrence::Rule(rule) => {
                    // COUNT counts from the first occurrence; the event
                    // starts at the next one still to do.
                    let rule = match schedule.count_from(row.occurrence_at, &ctx) {
                        Some(left) => with_count(rule, left),
                        None => rule.clone(),
                    };
                    line(&mut out, &format!("RRULE:{rule}"))
                }
                Recurrence::Birthday { month, day } => line(
                    &mut out,
                    &format!("RRULE:{}", birthday_reminder_rule(*month, *day)),
                ),
            }
            let summary = action.for_customer(&row.customer_name);
            line(&mut out, &format!("SUMMARY:{}", escape(&summary)));
            if !row.note.is_empty() {
                line(&mut out, &format!("DESCRIPTION:{}", escape(&row.note)));
            }
            line(&mut out, "END:VEVENT");
        }
        line(&mut out, "END:VCALENDAR");
        Ok(out)
    }
}

impl Notebook {
    /// Writes [`Notebook::export_calendar`] into the file `path`, replacing
    /// it whole (never leaving half a file).
    pub fn export_calendar_as(&self, path: &Path) -> Result<()> {
        let text = self.export_calendar()?;
        crate::use_cases::exchange::export::write_file_atomically(path, text.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_on_character_boundaries() {
        let mut out = String::new();
        line(&mut out, &format!("SUMMARY:{}", "é".repeat(60)));
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded.trim_end(), format!("SUMMARY:{}", "é".repeat(60)));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
    }
}
