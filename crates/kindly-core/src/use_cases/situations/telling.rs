//! The news: posting updates, recording who was told (with a conversation
//! on their timeline), and the messages to send.

use super::{customer_pks, long_text, not_member, open_pk, situation_key};
use crate::error::{Error, Result};
use crate::rules::history_model::{Channel, ConversationInput};
use crate::rules::progress::{NoProgress, Progress, Stage, Steps};
use crate::rules::schedule::TimeCtx;
use crate::rules::situation_model::*;
use crate::rules::validate::{date, staff_field};
use crate::store::situations::{MemberQuery, News, Telling};
use crate::use_cases::history::entries::add_conversation;
use crate::use_cases::notebook::settings;
use crate::use_cases::notebook::Notebook;
use kindly_words::{args, say, say_in, say_with, FluentArgs};

fn channel_of(how: TellHow) -> Channel {
    match how {
        TellHow::Call => Channel::CallOut,
        TellHow::Email => Channel::Email,
        TellHow::Message => Channel::Message,
        TellHow::Visit => Channel::Visit,
    }
}

impl News {
    /// One line for a timeline, in the active language: what the customer
    /// was told.
    fn told_line(&self) -> String {
        let what = match &self.latest {
            Some(update) => update.as_str(),
            None if !self.what_happened.is_empty() => self.what_happened.as_str(),
            None => self.what_we_do.as_str(),
        };
        if what.is_empty() {
            say_with("situations-told", &args! { "title" => self.title.as_str() })
        } else {
            say_with(
                "situations-told-what",
                &args! { "title" => self.title.as_str(), "what" => what },
            )
        }
    }

    /// A short message for `name` in `language` (a BCP 47 tag; the active
    /// language when Kindly does not speak it), signed by `from` when given.
    fn message(&self, name: &str, from: &str, language: &str, ctx: &TimeCtx) -> String {
        let language = kindly_words::language_of(language).unwrap_or_else(kindly_words::language);
        let say = |id: &str, args: FluentArgs| say_in(language, id, Some(&args));
        let mut lines = vec![say("situations-message-greeting", args! { "name" => name })];
        match &self.latest {
            Some(update) => lines.push(say(
                "situations-message-update",
                args! { "title" => self.title.as_str(), "update" => update.as_str() },
            )),
            None => {
                let happened = if self.what_happened.is_empty() {
                    self.title.clone()
                } else {
                    self.what_happened.clone()
                };
                lines.push(happened);
                if !self.what_we_do.is_empty() {
                    lines.push(say(
                        "situations-message-doing",
                        args! { "what" => self.what_we_do.as_str() },
                    ));
                }
            }
        }
        if let Some(at) = self.expected_fix {
            let day = ctx.weekday_day_month(at, language);
            lines.push(say("situations-message-fixed-by", args! { "day" => day }));
        }
        lines.push(say("situations-message-closing", args! {}));
        if !from.is_empty() {
            lines.push(from.to_owned());
        }
        lines.join("\n")
    }
}

impl Notebook {
    /// Posts an update: from now on everyone is "not yet told" until told
    /// about it. A new expected fix time replaces the old one.
    pub fn post_situation_update(
        &mut self,
        situation_id: &str,
        input: &SituationUpdateInput,
    ) -> Result<()> {
        let update = long_text("text", "validate-label-the-update", &input.text)?;
        if update.is_empty() {
            return Err(Error::invalid("text", say("validate-say-what-changed")));
        }
        let expected_fix = input
            .expected_fix
            .map(|at| date("expected_fix", at))
            .transpose()?;
        let staff = staff_field("staff", &input.staff)?;
        let now = self.now();
        let mut tx = self.write()?;
        let situation = open_pk(&mut *tx, situation_id)?;
        tx.post_update(situation, &update, expected_fix, &staff, now)?;
        tx.commit()?;
        Ok(())
    }

    /// Records that customers were told about the latest news: each gets a
    /// conversation on their timeline (how, who, how they took it).
    pub fn mark_told(&mut self, situation_id: &str, input: &TellInput) -> Result<()> {
        self.mark_told_with(situation_id, input, &NoProgress)
    }

    /// [`Notebook::mark_told`], reporting [`Stage::Telling`] (`done` of
    /// `of` customers' conversations written) and then
    /// [`Stage::Finishing`]. A cancel is noticed between batches; the one
    /// transaction is then dropped, so nothing changed. Past Finishing it
    /// is not cancelled.
    pub fn mark_told_with(
        &mut self,
        situation_id: &str,
        input: &TellInput,
        progress: &dyn Progress,
    ) -> Result<()> {
        let staff = staff_field("staff", &input.staff)?;
        let note = long_text("note", "validate-label-the-note", &input.note)?;
        if input.customer_ids.is_empty() {
            return Err(Error::invalid(
                "customer_ids",
                say("validate-pick-who-was-told"),
            ));
        }
        let now = self.now();
        let mut tx = self.write()?;
        let situation = open_pk(&mut *tx, situation_id)?;
        let news = tx.news(situation)?;
        let mut summary = news.told_line();
        if !note.is_empty() {
            summary.push_str(&format!("\n{note}"));
        }
        let telling = Telling {
            seq: news.latest_seq,
            at: now,
            staff: &staff,
            how: input.how,
            mood: input.mood,
        };
        // The marks and the told records each in one statement, however
        // many were told; the conversations one customer at a time.
        let pks = customer_pks(&mut *tx, &input.customer_ids)?;
        if tx.mark_told(situation, &pks, &telling)? < pks.len() {
            return Err(not_member());
        }
        let mut told = Vec::with_capacity(pks.len());
        let mut steps = Steps::start(progress, Stage::Telling, pks.len() as u64)?;
        for pk in pks {
            let conversation = ConversationInput {
                customer_id: tx.customer_id(pk)?,
                channel: channel_of(input.how),
                happened_at: None,
                staff: staff.clone(),
                summary: summary.clone(),
                mood: input.mood,
                issue_id: None,
                follow_up: None,
            };
            told.push((pk, add_conversation(&mut *tx, &conversation, now)?));
            steps.at(told.len() as u64)?;
        }
        steps.finish()?;
        progress.stage(Stage::Finishing);
        tx.insert_told(situation, &told, &telling)?;
        tx.commit()?;
        Ok(())
    }

    /// A short plain-text message about the latest news for every affected
    /// customer, using the name they go by, signed by their concierge (or
    /// the lead). Nothing is sent.
    pub fn situation_messages(&self, situation_id: &str) -> Result<Vec<SituationMessage>> {
        let mut tx = self.read()?;
        let pk = situation_key(&mut *tx, situation_id)?.pk;
        let news = tx.news(pk)?;
        let ctx = settings::time_ctx_in(&mut *tx)?;
        Ok(tx
            .members(pk, &MemberQuery::default(), None)?
            .into_iter()
            .map(|m| {
                let from = if m.concierge.is_empty() {
                    &news.lead
                } else {
                    &m.concierge
                };
                SituationMessage {
                    text: news.message(&m.name, from, &m.language, &ctx),
                    customer_id: m.customer_id,
                    name: m.name,
                    told: m.told,
                }
            })
            .collect())
    }
}
