//! One customer's record ("everything we hold on you") as plain text, for
//! a customer who asked: headings, every profile field that is not empty,
//! then every conversation, issue (with its history of states), promise
//! (with its history) and follow-up, oldest first, dates in words.
//!
//! Invariants: nothing held is left out (empty fields and empty sections
//! are); whatever is in Trash is listed too and marked [`IN_TRASH`]; the
//! text is the record's alone (no database access), and each date says
//! which time zone it is in once, at the top.

use std::fmt::Write as _;

use crate::error::Result;
use crate::rules::follow_up_model::FollowUpAction;
use crate::rules::history_model::{Channel, EventType, IssueState, Mood, PromiseState, WaitingOn};
use crate::rules::languages::language_name;
use crate::rules::model::{Birthday, Millis};
use crate::rules::schedule::TimeCtx;
use crate::use_cases::customers::record::CustomerRecord;
use crate::use_cases::notebook::settings::time_ctx_in;
use crate::use_cases::notebook::Notebook;
use crate::CallOutcome;

/// How an item in Trash is marked.
pub const IN_TRASH: &str = "(deleted, still held until Trash is emptied)";

impl CustomerRecord {
    /// The record as plain text, dates in UTC (`2026-11-20 14:05`).
    /// [`Notebook::customer_record_text`] writes them in the notebook's
    /// own time zone instead.
    pub fn to_text(&self) -> String {
        self.to_text_in(&TimeCtx::fallback())
    }

    /// The record as plain text, dates in `ctx`'s time zone.
    pub fn to_text_in(&self, ctx: &TimeCtx) -> String {
        Text::new(self, ctx).write()
    }
}

impl Notebook {
    /// [`Notebook::customer_record`] as plain text, dates in the notebook's
    /// time zone ([`CustomerRecord::to_text_in`]).
    pub fn customer_record_text(&self, id: &str) -> Result<String> {
        Ok(self
            .customer_record(id)?
            .to_text_in(&time_ctx_in(&mut *self.read()?)?))
    }
}

struct Text<'a> {
    record: &'a CustomerRecord,
    ctx: &'a TimeCtx,
    out: String,
}

impl<'a> Text<'a> {
    fn new(record: &'a CustomerRecord, ctx: &'a TimeCtx) -> Self {
        Text {
            record,
            ctx,
            out: String::new(),
        }
    }

    fn when(&self, at: Millis) -> String {
        self.ctx.local(at).format("%Y-%m-%d %H:%M").to_string()
    }

    fn line(&mut self, text: impl AsRef<str>) {
        self.out.push_str(text.as_ref());
        self.out.push('\n');
    }

    /// `label: value` when `value` is not empty; a value of several lines
    /// goes on indented lines under the label.
    fn field(&mut self, indent: &str, label: &str, value: &str) {
        if value.is_empty() {
            return;
        }
        if value.contains('\n') {
            self.line(format!("{indent}{label}:"));
            self.block(&format!("{indent}  "), value);
        } else {
            self.line(format!("{indent}{label}: {value}"));
        }
    }

    /// Every line of `text`, indented.
    fn block(&mut self, indent: &str, text: &str) {
        for l in text.lines() {
            self.line(format!("{indent}{l}"));
        }
    }

    fn heading(&mut self, title: &str, count: usize) {
        self.line("");
        let title = format!("{title} ({count})");
        self.line(&title);
        self.line("-".repeat(title.chars().count()));
    }

    fn trashed(&mut self, id: &str) {
        if self.record.in_trash.iter().any(|t| t == id) {
            self.line(format!("  {IN_TRASH}"));
        }
    }

    fn write(mut self) -> String {
        let r = self.record;
        let c = &r.customer;
        self.line(format!("Everything Kindly holds on {}", c.full_name));
        let zone = self.ctx.tz.name();
        self.line(format!(
            "Written {}. Times are in {zone}.",
            self.when(r.exported_at)
        ));
        if let Some(at) = c.deleted_at {
            self.line(format!(
                "This customer was deleted on {} {IN_TRASH}.",
                self.when(at)
            ));
        }
        self.profile();
        self.conversations();
        self.issues();
        self.promises();
        self.follow_ups();
        self.out
    }

    fn profile(&mut self) {
        let c = &self.record.customer;
        self.line("");
        self.line("Profile");
        self.line("-------");
        self.field("", "Full name", &c.full_name);
        self.field("", "What they like to be called", &c.preferred_name);
        self.field("", "How to say it", &c.pronunciation);
        self.field("", "Pronouns", &c.pronouns);
        self.field("", "Company or household", &c.company);
        for p in &c.phones {
            let label = labelled("Phone", &p.label, p.primary);
            self.field("", &label, &p.number);
        }
        for e in &c.emails {
            let label = labelled("Email", &e.label, e.primary);
            self.field("", &label, &e.address);
        }
        self.field("", "Postal address", &c.address);
        if let Some(b) = c.birthday {
            self.field("", "Birthday", &birthday_words(b));
        }
        self.field("", "Best way to reach them", c.contact_channel.words());
        self.field("", "Best time to reach them", &c.best_time);
        self.field("", "Language they prefer", &language_name(&c.language));
        for d in &c.dont {
            self.field("", "Please don't", d);
        }
        for p in &c.preferences {
            self.field("", "What they like", p);
        }
        for m in &c.remember {
            self.field("", "Always remember", m);
        }
        self.field("", "Tags", &c.tags.join(", "));
        self.field("", "Looked after by", &c.looked_after_by);
        if let Some(s) = c.stay_in_touch {
            self.field(
                "",
                "Stay in touch",
                &format!(
                    "ideally every {} days, and never more than {} days apart",
                    s.ideal_days, s.longest_days
                ),
            );
        }
        self.field("", "Notes", &c.notes);
        self.line(format!(
            "Added {}, last changed {}.",
            self.when(c.created_at),
            self.when(c.updated_at)
        ));
    }

    fn conversations(&mut self) {
        let r = self.record;
        if r.conversations.is_empty() {
            return;
        }
        self.heading("Conversations", r.conversations.len());
        for (i, conv) in r.conversations.iter().enumerate() {
            if i > 0 {
                self.line("");
            }
            let mut head = format!(
                "{}, {}",
                self.when(conv.happened_at),
                channel_words(conv.channel)
            );
            if !conv.staff.is_empty() {
                let _ = write!(head, " ({})", conv.staff);
            }
            if let Some(outcome) = conv.outcome {
                let _ = write!(head, ", {}", outcome_words(outcome));
            }
            if let Some(mood) = conv.mood {
                let _ = write!(head, ", seemed {}", mood_words(mood));
            }
            self.line(head);
            self.block("  ", &conv.summary);
            if let Some(title) = conv
                .issue_id
                .as_ref()
                .and_then(|id| r.issues.iter().find(|i| &i.id == id))
            {
                self.line(format!("  About the issue: {}", title.title));
            }
            self.trashed(&conv.id);
        }
    }

    fn issues(&mut self) {
        let r = self.record;
        if r.issues.is_empty() {
            return;
        }
        self.heading("Issues", r.issues.len());
        for (i, issue) in r.issues.iter().enumerate() {
            if i > 0 {
                self.line("");
            }
            self.line(format!(
                "{} ({}, opened {})",
                issue.title,
                state_words(issue.state, issue.waiting_on),
                self.when(issue.opened_at)
            ));
            self.field("  ", "In their words", &issue.own_words);
            self.field("  ", "What was behind it", &issue.root_cause);
            self.field("  ", "Kind", &issue.categories.join(", "));
            self.field("  ", "Handled by", &issue.handler);
            if let Some(mood) = issue.mood_at_start {
                self.field("  ", "How they felt at the start", mood_words(mood));
            }
            if !issue.history.is_empty() {
                self.line("  What happened:");
            }
            for e in &issue.history {
                let mut text = match e.from {
                    None => format!("    {} opened", self.when(e.at)),
                    Some(from) => format!(
                        "    {} moved from {} to {}",
                        self.when(e.at),
                        state_words(from, None),
                        state_words(e.to, e.waiting_on)
                    ),
                };
                if !e.staff.is_empty() {
                    let _ = write!(text, " by {}", e.staff);
                }
                if let Some(mood) = e.mood {
                    let _ = write!(text, ", they seemed {}", mood_words(mood));
                }
                self.event_line(text, &e.note);
            }
            self.trashed(&issue.id);
        }
    }

    /// One line of a history, with its note after a colon, or below it
    /// when the note has several lines.
    fn event_line(&mut self, text: String, note: &str) {
        if note.is_empty() {
            self.line(text);
        } else if note.contains('\n') {
            self.line(format!("{text}:"));
            self.block("      ", note);
        } else {
            self.line(format!("{text}: {note}"));
        }
    }

    fn promises(&mut self) {
        let r = self.record;
        if r.promises.is_empty() {
            return;
        }
        self.heading("Promises", r.promises.len());
        for (i, p) in r.promises.iter().enumerate() {
            if i > 0 {
                self.line("");
            }
            let late = if p.overdue { ", overdue" } else { "" };
            self.line(format!(
                "{} ({}{late}, due {})",
                first_line(&p.what),
                promise_state_words(p.state),
                self.when(p.due_at)
            ));
            if p.what.contains('\n') {
                self.block("  ", &p.what);
            }
            let by = if p.promised_by.is_empty() {
                String::new()
            } else {
                format!(" by {}", p.promised_by)
            };
            self.line(format!("  Promised{by} on {}", self.when(p.made_at)));
            if !p.history.is_empty() {
                self.line("  What happened:");
            }
            for e in &p.history {
                let what = match e.event {
                    EventType::PromiseMade => "promised".to_owned(),
                    EventType::PromiseKept => "kept".to_owned(),
                    EventType::PromiseBroken => "broken".to_owned(),
                    EventType::PromiseRenegotiated => match (e.old_due_at, e.new_due_at) {
                        (Some(old), Some(new)) => format!(
                            "due date moved from {} to {}",
                            self.when(old),
                            self.when(new)
                        ),
                        _ => "due date moved".to_owned(),
                    },
                    other => other.as_str().replace('_', " "),
                };
                let mut text = format!("    {} {what}", self.when(e.at));
                if !e.staff.is_empty() {
                    let _ = write!(text, " by {}", e.staff);
                }
                self.event_line(text, &e.note);
            }
            self.trashed(&p.id);
        }
    }

    fn follow_ups(&mut self) {
        let r = self.record;
        if r.follow_ups.is_empty() {
            return;
        }
        self.heading("Follow-ups", r.follow_ups.len());
        for (i, f) in r.follow_ups.iter().enumerate() {
            if i > 0 {
                self.line("");
            }
            let mut head = match &f.repeat {
                None => format!("{} on {}", task_words(f.action), f.date),
                Some(rule) => format!(
                    "{}, {}, from {}",
                    task_words(f.action),
                    repeat_words(rule),
                    f.date
                ),
            };
            if let Some(time) = &f.time {
                let _ = write!(head, " at {time}");
            }
            self.line(head);
            if let Some(title) = &f.about_title {
                self.field("  ", "About", title);
            }
            self.field("  ", "For", &f.assignee);
            self.field("  ", "Note", &f.note);
            match f.due_at {
                Some(due) => {
                    let snoozed = if f.snoozed { " (snoozed)" } else { "" };
                    self.line(format!("  Next due {}{snoozed}", self.when(due)));
                }
                None => self.line("  Nothing left to do"),
            }
            self.trashed(&f.id);
        }
    }
}

/// "every week", "every 2 months" for a rule of only FREQ and INTERVAL;
/// any other rule as written, e.g. "repeating (FREQ=WEEKLY;BYDAY=MO,TH)".
fn repeat_words(rule: &str) -> String {
    let mut freq = None;
    let mut interval = 1u32;
    for part in rule.split(';') {
        match part.split_once('=') {
            Some(("FREQ", f)) => freq = Some(f),
            Some(("INTERVAL", n)) => match n.parse() {
                Ok(n) => interval = n,
                Err(_) => return format!("repeating ({rule})"),
            },
            _ => return format!("repeating ({rule})"),
        }
    }
    let unit = match freq {
        Some("DAILY") => "day",
        Some("WEEKLY") => "week",
        Some("MONTHLY") => "month",
        Some("YEARLY") => "year",
        _ => return format!("repeating ({rule})"),
    };
    match interval {
        1 => format!("every {unit}"),
        n => format!("every {n} {unit}s"),
    }
}

/// The first line of a text (a promise's heading).
fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or("")
}

/// "Phone (mobile, main)", "Email", "Phone (main)".
fn labelled(kind: &str, label: &str, primary: bool) -> String {
    let notes: Vec<&str> = [label, if primary { "main" } else { "" }]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    if notes.is_empty() {
        kind.to_owned()
    } else {
        format!("{kind} ({})", notes.join(", "))
    }
}

fn birthday_words(b: Birthday) -> String {
    b.in_words()
}

fn state_words(state: IssueState, waiting_on: Option<WaitingOn>) -> &'static str {
    match (state, waiting_on) {
        (IssueState::Open, _) => "open",
        (IssueState::InProgress, _) => "in progress",
        (IssueState::Waiting, Some(WaitingOn::Customer)) => "waiting on the customer",
        (IssueState::Waiting, Some(WaitingOn::Us)) => "waiting on us",
        (IssueState::Waiting, None) => "waiting",
        (IssueState::Resolved, _) => "resolved",
        (IssueState::Closed, _) => "closed",
    }
}

fn promise_state_words(state: PromiseState) -> &'static str {
    match state {
        PromiseState::Open => "open",
        PromiseState::Kept => "kept",
        PromiseState::Broken => "broken",
    }
}

fn mood_words(mood: Mood) -> &'static str {
    mood.as_str()
}

fn outcome_words(outcome: CallOutcome) -> &'static str {
    match outcome {
        CallOutcome::Spoke => "spoke",
        CallOutcome::LeftMessage => "left a message",
        CallOutcome::NoAnswer => "no answer",
    }
}

fn task_words(action: FollowUpAction) -> &'static str {
    match action {
        FollowUpAction::CallBack => "Call back",
        FollowUpAction::CheckIn => "Check in",
        FollowUpAction::SendCard => "Send a card",
        FollowUpAction::Birthday => "Birthday card",
        FollowUpAction::Other => "Follow up",
    }
}

fn channel_words(channel: Channel) -> &'static str {
    match channel {
        Channel::CallIn => "they called us",
        Channel::CallOut => "we called them",
        Channel::Visit => "visit",
        Channel::Email => "email",
        Channel::Message => "message",
        Channel::CardSent => "card sent",
        Channel::Note => "note",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simple_rules_read_as_words() {
        assert_eq!(repeat_words("FREQ=YEARLY"), "every year");
        assert_eq!(repeat_words("FREQ=WEEKLY;INTERVAL=2"), "every 2 weeks");
        assert_eq!(
            repeat_words("FREQ=WEEKLY;BYDAY=MO"),
            "repeating (FREQ=WEEKLY;BYDAY=MO)"
        );
    }
}
