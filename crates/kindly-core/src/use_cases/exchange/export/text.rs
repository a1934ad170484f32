//! One customer's record ("everything we hold on you") as plain text, for
//! a customer who asked: headings, every profile field that is not empty,
//! then every conversation, issue (with its history of states), promise
//! (with its history) and follow-up, oldest first, dates in words.
//!
//! Invariants: nothing held is left out (empty fields and empty sections
//! are); whatever is in Trash is listed too and marked as such; the
//! text is the record's alone (no database access), and each date says
//! which time zone it is in once, at the top.

use std::fmt::Write as _;

use kindly_words::{args, say_in, FluentArgs, FluentValue};

use crate::error::Result;
use crate::rules::follow_up_model::FollowUpAction;
use crate::rules::history_model::{Channel, EventType, IssueState, Mood, PromiseState, WaitingOn};
use crate::rules::languages::language_name_in;
use crate::rules::model::{Birthday, ContactChannel, Millis};
use crate::rules::schedule::TimeCtx;
use crate::use_cases::customers::record::CustomerRecord;
use crate::use_cases::notebook::settings::time_ctx_in;
use crate::use_cases::notebook::Notebook;
use crate::CallOutcome;

impl CustomerRecord {
    /// The record as plain text in the active language, dates in UTC
    /// (`2026-11-20 14:05`). [`Notebook::customer_record_text`] writes them
    /// in the notebook's own time zone instead.
    pub fn to_text(&self) -> String {
        self.to_text_in(&TimeCtx::fallback())
    }

    /// The record as plain text in the active language, dates in `ctx`'s
    /// time zone.
    pub fn to_text_in(&self, ctx: &TimeCtx) -> String {
        self.to_text_in_language(kindly_words::language(), ctx)
    }

    /// [`CustomerRecord::to_text_in`] in `language` ("fr", "de", …). Dates
    /// and times stay `YYYY-MM-DD HH:MM` in every language: a record is
    /// read to check facts, and that form cannot be misread.
    pub fn to_text_in_language(&self, language: &str, ctx: &TimeCtx) -> String {
        Text::new(self, language, ctx).write()
    }
}

impl Notebook {
    /// [`Notebook::customer_record`] as plain text in the active language,
    /// dates in the notebook's time zone ([`CustomerRecord::to_text_in`]).
    pub fn customer_record_text(&self, id: &str) -> Result<String> {
        Ok(self
            .customer_record(id)?
            .to_text_in(&time_ctx_in(&mut *self.read()?)?))
    }
}

struct Text<'a> {
    record: &'a CustomerRecord,
    language: &'a str,
    ctx: &'a TimeCtx,
    out: String,
}

impl<'a> Text<'a> {
    fn new(record: &'a CustomerRecord, language: &'a str, ctx: &'a TimeCtx) -> Self {
        Text {
            record,
            language,
            ctx,
            out: String::new(),
        }
    }

    fn say(&self, id: &str) -> String {
        say_in(self.language, id, None)
    }

    fn say_with(&self, id: &str, args: &FluentArgs) -> String {
        say_in(self.language, id, Some(args))
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
            let head = self.say_with("record-field-above", &args! { "label" => label });
            self.line(format!("{indent}{head}"));
            self.block(&format!("{indent}  "), value);
        } else {
            let text = self.say_with(
                "record-field",
                &args! { "label" => label, "value" => value },
            );
            self.line(format!("{indent}{text}"));
        }
    }

    /// [`Text::field`] with its label's message id.
    fn labelled_field(&mut self, indent: &str, label_id: &str, value: &str) {
        if !value.is_empty() {
            let label = self.say(label_id);
            self.field(indent, &label, value);
        }
    }

    /// Every line of `text`, indented.
    fn block(&mut self, indent: &str, text: &str) {
        for l in text.lines() {
            self.line(format!("{indent}{l}"));
        }
    }

    fn heading(&mut self, title_id: &str, count: usize) {
        self.line("");
        let title = format!("{} ({count})", self.say(title_id));
        self.line(&title);
        self.line("-".repeat(title.chars().count()));
    }

    fn trashed(&mut self, id: &str) {
        if self.record.in_trash.iter().any(|t| t == id) {
            let mark = self.say("record-in-trash");
            self.line(format!("  {mark}"));
        }
    }

    /// ` by Ana` after an event, or nothing when nobody is named.
    fn by(&self, staff: &str) -> String {
        if staff.is_empty() {
            String::new()
        } else {
            format!(
                " {}",
                self.say_with("record-by", &args! { "staff" => staff })
            )
        }
    }

    fn write(mut self) -> String {
        let r = self.record;
        let c = &r.customer;
        let title = self.say_with("record-title", &args! { "name" => c.full_name.as_str() });
        self.line(title);
        let written = self.say_with(
            "record-written",
            &args! { "when" => self.when(r.exported_at), "zone" => self.ctx.tz.name() },
        );
        self.line(written);
        if let Some(at) = c.deleted_at {
            let deleted = self.say_with("record-deleted", &args! { "when" => self.when(at) });
            self.line(deleted);
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
        let language = self.language;
        self.line("");
        let title = self.say("record-profile");
        self.line(&title);
        self.line("-".repeat(title.chars().count()));
        self.labelled_field("", "record-full-name", &c.full_name);
        self.labelled_field("", "record-preferred-name", &c.preferred_name);
        self.labelled_field("", "record-pronunciation", &c.pronunciation);
        self.labelled_field("", "record-pronouns", &c.pronouns);
        self.labelled_field("", "record-company", &c.company);
        for p in &c.phones {
            let label = self.labelled("record-phone", &p.label, p.primary);
            self.field("", &label, &p.number);
        }
        for e in &c.emails {
            let label = self.labelled("record-email", &e.label, e.primary);
            self.field("", &label, &e.address);
        }
        self.labelled_field("", "record-address", &c.address);
        if let Some(b) = c.birthday {
            self.labelled_field("", "record-birthday", &birthday_words(language, b));
        }
        let reach = match contact_channel_id(c.contact_channel) {
            Some(id) => self.say(id),
            None => String::new(),
        };
        self.labelled_field("", "record-contact-channel", &reach);
        self.labelled_field("", "record-best-time", &c.best_time);
        let spoken = language_name_in(language, &c.language);
        self.labelled_field("", "record-language", &spoken);
        for d in &c.dont {
            self.labelled_field("", "record-dont", d);
        }
        for p in &c.preferences {
            self.labelled_field("", "record-preference", p);
        }
        for m in &c.remember {
            self.labelled_field("", "record-remember", m);
        }
        self.labelled_field("", "record-tags", &c.tags.join(", "));
        self.labelled_field("", "record-looked-after-by", &c.looked_after_by);
        if let Some(s) = c.stay_in_touch {
            let words = self.say_with(
                "record-stay-in-touch-every",
                &args! { "ideal" => s.ideal_days, "longest" => s.longest_days },
            );
            self.labelled_field("", "record-stay-in-touch", &words);
        }
        self.labelled_field("", "record-notes", &c.notes);
        let added = self.say_with(
            "record-added",
            &args! { "added" => self.when(c.created_at), "changed" => self.when(c.updated_at) },
        );
        self.line(added);
    }

    fn conversations(&mut self) {
        let r = self.record;
        if r.conversations.is_empty() {
            return;
        }
        self.heading("record-conversations", r.conversations.len());
        for (i, conv) in r.conversations.iter().enumerate() {
            if i > 0 {
                self.line("");
            }
            let mut head = format!(
                "{}, {}",
                self.when(conv.happened_at),
                self.say(channel_id(conv.channel))
            );
            if !conv.staff.is_empty() {
                let _ = write!(head, " ({})", conv.staff);
            }
            if let Some(outcome) = conv.outcome {
                let _ = write!(head, ", {}", self.say(outcome_id(outcome)));
            }
            if let Some(mood) = conv.mood {
                let seemed = self.say_with(
                    "record-seemed",
                    &args! { "mood" => self.say(mood_id(mood)) },
                );
                let _ = write!(head, ", {seemed}");
            }
            self.line(head);
            self.block("  ", &conv.summary);
            if let Some(issue) = conv
                .issue_id
                .as_ref()
                .and_then(|id| r.issues.iter().find(|i| &i.id == id))
            {
                let about = self.say_with(
                    "record-about-issue",
                    &args! { "title" => issue.title.as_str() },
                );
                self.line(format!("  {about}"));
            }
            self.trashed(&conv.id);
        }
    }

    fn issues(&mut self) {
        let r = self.record;
        if r.issues.is_empty() {
            return;
        }
        self.heading("record-issues", r.issues.len());
        for (i, issue) in r.issues.iter().enumerate() {
            if i > 0 {
                self.line("");
            }
            let head = self.say_with(
                "record-issue",
                &args! {
                    "title" => issue.title.as_str(),
                    "state" => self.say(state_id(issue.state, issue.waiting_on)),
                    "opened" => self.when(issue.opened_at),
                },
            );
            self.line(head);
            self.labelled_field("  ", "record-own-words", &issue.own_words);
            self.labelled_field("  ", "record-root-cause", &issue.root_cause);
            self.labelled_field("  ", "record-kind", &issue.categories.join(", "));
            self.labelled_field("  ", "record-handled-by", &issue.handler);
            if let Some(mood) = issue.mood_at_start {
                let felt = self.say(mood_id(mood));
                self.labelled_field("  ", "record-mood-at-start", &felt);
            }
            if !issue.history.is_empty() {
                let what_happened = self.say("record-what-happened");
                self.line(format!("  {what_happened}"));
            }
            for e in &issue.history {
                let what = match e.from {
                    None => {
                        self.say_with("record-issue-opened", &args! { "when" => self.when(e.at) })
                    }
                    Some(from) => self.say_with(
                        "record-issue-moved",
                        &args! {
                            "when" => self.when(e.at),
                            "from" => self.say(state_id(from, None)),
                            "to" => self.say(state_id(e.to, e.waiting_on)),
                        },
                    ),
                };
                let mut text = format!("    {what}{}", self.by(&e.staff));
                if let Some(mood) = e.mood {
                    let seemed = self.say_with(
                        "record-they-seemed",
                        &args! { "mood" => self.say(mood_id(mood)) },
                    );
                    let _ = write!(text, ", {seemed}");
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
            let head = self.say_with("record-field-above", &args! { "label" => text });
            self.line(head);
            self.block("      ", note);
        } else {
            let line = self.say_with("record-field", &args! { "label" => text, "value" => note });
            self.line(line);
        }
    }

    fn promises(&mut self) {
        let r = self.record;
        if r.promises.is_empty() {
            return;
        }
        self.heading("record-promises", r.promises.len());
        for (i, p) in r.promises.iter().enumerate() {
            if i > 0 {
                self.line("");
            }
            let head = self.say_with(
                if p.overdue {
                    "record-promise-overdue"
                } else {
                    "record-promise"
                },
                &args! {
                    "what" => first_line(&p.what),
                    "state" => self.say(promise_state_id(p.state)),
                    "due" => self.when(p.due_at),
                },
            );
            self.line(head);
            if p.what.contains('\n') {
                self.block("  ", &p.what);
            }
            let made = self.when(p.made_at);
            let promised = if p.promised_by.is_empty() {
                self.say_with("record-promised", &args! { "when" => made })
            } else {
                self.say_with(
                    "record-promised-by",
                    &args! { "staff" => p.promised_by.as_str(), "when" => made },
                )
            };
            self.line(format!("  {promised}"));
            if !p.history.is_empty() {
                let what_happened = self.say("record-what-happened");
                self.line(format!("  {what_happened}"));
            }
            for e in &p.history {
                let what = match e.event {
                    EventType::PromiseMade => self.say("record-event-promised"),
                    EventType::PromiseKept => self.say("record-event-kept"),
                    EventType::PromiseBroken => self.say("record-event-broken"),
                    EventType::PromiseRenegotiated => match (e.old_due_at, e.new_due_at) {
                        (Some(old), Some(new)) => self.say_with(
                            "record-event-due-moved-from-to",
                            &args! { "old" => self.when(old), "new" => self.when(new) },
                        ),
                        _ => self.say("record-event-due-moved"),
                    },
                    // Not a promise's event: said by its name, as stored.
                    other => other.as_str().replace('_', " "),
                };
                let text = format!("    {} {what}{}", self.when(e.at), self.by(&e.staff));
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
        self.heading("record-follow-ups", r.follow_ups.len());
        for (i, f) in r.follow_ups.iter().enumerate() {
            if i > 0 {
                self.line("");
            }
            let task = self.say(task_id(f.action));
            let mut head = match &f.repeat {
                None => self.say_with(
                    "record-follow-up-once",
                    &args! { "task" => task, "date" => f.date.as_str() },
                ),
                Some(rule) => self.say_with(
                    "record-follow-up-repeating",
                    &args! {
                        "task" => task,
                        "repeat" => repeat_words(self.language, rule),
                        "date" => f.date.as_str(),
                    },
                ),
            };
            if let Some(time) = &f.time {
                let at = self.say_with("record-at-time", &args! { "time" => time.as_str() });
                let _ = write!(head, " {at}");
            }
            self.line(head);
            if let Some(title) = &f.about_title {
                self.labelled_field("  ", "record-about", title);
            }
            self.labelled_field("  ", "record-for", &f.assignee);
            self.labelled_field("  ", "record-note", &f.note);
            let next = match f.due_at {
                Some(due) if f.snoozed => self.say_with(
                    "record-next-due-snoozed",
                    &args! { "when" => self.when(due) },
                ),
                Some(due) => self.say_with("record-next-due", &args! { "when" => self.when(due) }),
                None => self.say("record-nothing-left"),
            };
            self.line(format!("  {next}"));
            self.trashed(&f.id);
        }
    }

    /// "Phone (mobile, main)", "Email", "Phone (main)".
    fn labelled(&self, kind_id: &str, label: &str, primary: bool) -> String {
        let kind = self.say(kind_id);
        let main = if primary {
            self.say("record-main")
        } else {
            String::new()
        };
        let notes: Vec<&str> = [label, main.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        if notes.is_empty() {
            kind
        } else {
            format!("{kind} ({})", notes.join(", "))
        }
    }
}

/// "every week", "every 2 months" for a rule of only FREQ and INTERVAL;
/// any other rule as written, e.g. "repeating (FREQ=WEEKLY;BYDAY=MO,TH)".
fn repeat_words(language: &str, rule: &str) -> String {
    let as_written = || {
        say_in(
            language,
            "record-repeat-rule",
            Some(&args! { "rule" => rule }),
        )
    };
    let mut freq = None;
    let mut interval = 1u32;
    for part in rule.split(';') {
        match part.split_once('=') {
            Some(("FREQ", f)) => freq = Some(f),
            Some(("INTERVAL", n)) => match n.parse() {
                Ok(n) => interval = n,
                Err(_) => return as_written(),
            },
            _ => return as_written(),
        }
    }
    let id = match freq {
        Some("DAILY") => "record-repeat-days",
        Some("WEEKLY") => "record-repeat-weeks",
        Some("MONTHLY") => "record-repeat-months",
        Some("YEARLY") => "record-repeat-years",
        _ => return as_written(),
    };
    say_in(language, id, Some(&args! { "count" => interval }))
}

/// The first line of a text (a promise's heading).
fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or("")
}

/// "3 December 1970", "3 décembre", in `language`'s month names.
fn birthday_words(language: &str, b: Birthday) -> String {
    let month = say_in(language, &format!("dates-month-{}", b.month), None);
    match b.year {
        // As text: a number would be written with a thousands separator.
        Some(year) => say_in(
            language,
            "record-birthday-with-year",
            Some(&args! {
                "day" => b.day,
                "month" => month,
                "year" => FluentValue::from(year.to_string()),
            }),
        ),
        None => say_in(
            language,
            "record-birthday-day",
            Some(&args! { "day" => b.day, "month" => month }),
        ),
    }
}

fn contact_channel_id(channel: ContactChannel) -> Option<&'static str> {
    Some(match channel {
        ContactChannel::NoPreference => return None,
        ContactChannel::Phone => "record-reach-phone",
        ContactChannel::TextMessage => "record-reach-text-message",
        ContactChannel::Email => "record-reach-email",
        ContactChannel::Post => "record-reach-post",
        ContactChannel::InPerson => "record-reach-in-person",
    })
}

fn state_id(state: IssueState, waiting_on: Option<WaitingOn>) -> &'static str {
    match (state, waiting_on) {
        (IssueState::Open, _) => "record-state-open",
        (IssueState::InProgress, _) => "record-state-in-progress",
        (IssueState::Waiting, Some(WaitingOn::Customer)) => "record-state-waiting-on-customer",
        (IssueState::Waiting, Some(WaitingOn::Us)) => "record-state-waiting-on-us",
        (IssueState::Waiting, None) => "record-state-waiting",
        (IssueState::Resolved, _) => "record-state-resolved",
        (IssueState::Closed, _) => "record-state-closed",
    }
}

fn promise_state_id(state: PromiseState) -> &'static str {
    match state {
        PromiseState::Open => "record-promise-open",
        PromiseState::Kept => "record-promise-kept",
        PromiseState::Broken => "record-promise-broken",
    }
}

fn mood_id(mood: Mood) -> &'static str {
    match mood {
        Mood::Upset => "record-mood-upset",
        Mood::Worried => "record-mood-worried",
        Mood::Neutral => "record-mood-neutral",
        Mood::Pleased => "record-mood-pleased",
        Mood::Delighted => "record-mood-delighted",
    }
}

fn outcome_id(outcome: CallOutcome) -> &'static str {
    match outcome {
        CallOutcome::Spoke => "record-outcome-spoke",
        CallOutcome::LeftMessage => "record-outcome-left-message",
        CallOutcome::NoAnswer => "record-outcome-no-answer",
    }
}

fn task_id(action: FollowUpAction) -> &'static str {
    match action {
        FollowUpAction::CallBack => "record-task-call-back",
        FollowUpAction::CheckIn => "record-task-check-in",
        FollowUpAction::SendCard => "record-task-send-card",
        FollowUpAction::Birthday => "record-task-birthday",
        FollowUpAction::Other => "record-task-other",
    }
}

fn channel_id(channel: Channel) -> &'static str {
    match channel {
        Channel::CallIn => "record-channel-call-in",
        Channel::CallOut => "record-channel-call-out",
        Channel::Visit => "record-channel-visit",
        Channel::Email => "record-channel-email",
        Channel::Message => "record-channel-message",
        Channel::CardSent => "record-channel-card-sent",
        Channel::Note => "record-channel-note",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simple_rules_read_as_words() {
        let en = |rule| repeat_words("en", rule);
        assert_eq!(en("FREQ=YEARLY"), "every year");
        assert_eq!(en("FREQ=WEEKLY;INTERVAL=2"), "every 2 weeks");
        assert_eq!(
            en("FREQ=WEEKLY;BYDAY=MO"),
            "repeating (FREQ=WEEKLY;BYDAY=MO)"
        );
        let fr = |rule| repeat_words("fr", rule);
        assert_eq!(fr("FREQ=WEEKLY"), "chaque semaine");
        assert_eq!(fr("FREQ=WEEKLY;INTERVAL=2"), "toutes les 2 semaines");
        assert_eq!(repeat_words("de", "FREQ=MONTHLY"), "jeden Monat");
        assert_eq!(
            repeat_words("de", "FREQ=MONTHLY;INTERVAL=3"),
            "alle 3 Monate"
        );
    }

    #[test]
    fn birthdays_use_the_language_s_month_names() {
        let day = Birthday {
            year: None,
            month: 12,
            day: 3,
        };
        let born = Birthday {
            year: Some(1970),
            ..day
        };
        assert_eq!(birthday_words("en", born), born.in_words());
        assert_eq!(birthday_words("en", day), day.in_words());
        assert_eq!(birthday_words("fr", born), "3 décembre 1970");
        assert_eq!(birthday_words("es", day), "3 de diciembre");
        assert_eq!(birthday_words("de", born), "3. Dezember 1970");
    }

    /// Every word the record says for a state, a mood, a channel… is in
    /// the catalogue: the scan of `say("…")` calls cannot see these ids.
    #[test]
    fn every_word_of_the_record_is_in_the_catalogue() {
        use IssueState::*;
        let mut ids: Vec<&str> = vec![];
        for state in [Open, InProgress, Waiting, Resolved, Closed] {
            for waiting_on in [None, Some(WaitingOn::Customer), Some(WaitingOn::Us)] {
                ids.push(state_id(state, waiting_on));
            }
        }
        ids.extend(
            [PromiseState::Open, PromiseState::Kept, PromiseState::Broken].map(promise_state_id),
        );
        ids.extend(
            [
                Mood::Upset,
                Mood::Worried,
                Mood::Neutral,
                Mood::Pleased,
                Mood::Delighted,
            ]
            .map(mood_id),
        );
        ids.extend(
            [
                CallOutcome::Spoke,
                CallOutcome::LeftMessage,
                CallOutcome::NoAnswer,
            ]
            .map(outcome_id),
        );
        ids.extend(
            [
                FollowUpAction::CallBack,
                FollowUpAction::CheckIn,
                FollowUpAction::SendCard,
                FollowUpAction::Birthday,
                FollowUpAction::Other,
            ]
            .map(task_id),
        );
        ids.extend(
            [
                Channel::CallIn,
                Channel::CallOut,
                Channel::Visit,
                Channel::Email,
                Channel::Message,
                Channel::CardSent,
                Channel::Note,
            ]
            .map(channel_id),
        );
        ids.extend(
            [
                ContactChannel::Phone,
                ContactChannel::TextMessage,
                ContactChannel::Email,
                ContactChannel::Post,
                ContactChannel::InPerson,
            ]
            .into_iter()
            .filter_map(contact_channel_id),
        );
        // English has them all, so every language does (kindly-words' test).
        for id in ids {
            assert!(!say_in("en", id, None).is_empty(), "English lacks {id}");
        }
    }
}
