//! The first run: a notebook that has never been welcomed shows the
//! welcome (the country for phone numbers, who is at the desk, then start
//! empty, import, or look around with the sample). Once done it is
//! recorded in the notebook (`welcomed_at`) and never shows again.

use kindly_words::say;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::rules::fold::fold;
use crate::rules::validate::one_line;
use crate::use_cases::notebook::settings::{needs_welcome_in, WELCOMED_AT};
use crate::use_cases::notebook::Notebook;
use crate::use_cases::notebook::{sample, settings, staff};

/// What the welcome sends when the person at the desk is done (or skips).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Welcome {
    /// ISO 3166 region for phone numbers typed without a country code.
    pub phone_region: String,
    /// The name of whoever is at the desk; empty to add nobody.
    pub at_desk: String,
    /// Fill the notebook with the sample customers as well.
    pub sample: bool,
}

impl Notebook {
    /// Whether the welcome should show: never welcomed, and nothing in the
    /// notebook yet (no customer, even in Trash, and no staff), so a
    /// notebook from before the welcome existed never shows it.
    pub fn needs_welcome(&self) -> Result<bool> {
        needs_welcome_in(&mut *self.read()?)
    }

    /// Finishes the welcome in one transaction: sets the phone region, adds
    /// the person at the desk to the staff (or takes the one already there
    /// with that name) and puts them at the desk (on a notebook kept on
    /// this computer), writes the sample
    /// customers when asked, and records that the welcome is done. On any
    /// error (e.g. an unknown region, on `phone_region`) nothing changes.
    pub fn welcome(&mut self, welcome: &Welcome) -> Result<()> {
        let name = one_line(
            "at_desk",
            &|| say("validate-label-the-name"),
            &welcome.at_desk,
            100,
        )?;
        let now = self.now();
        let mut tx = self.write()?;
        settings::apply_phone_region(&mut *tx, &welcome.phone_region)?;
        if !name.is_empty() {
            let folded = fold(&name);
            let known = tx.staff()?.into_iter().find(|s| fold(&s.name) == folded);
            let id = match known {
                Some(member) => member.id,
                None => staff::add(&mut *tx, &name, "", now)?.id,
            };
            // On a team notebook the signed-in person is at the desk.
            if tx.signed_in()?.is_none() {
                staff::choose_at_desk(&mut *tx, Some(&id))?;
            }
        }
        if welcome.sample {
            sample::write_sample(&mut *tx, now)?;
        }
        tx.set_setting(WELCOMED_AT, &now.to_string())?;
        tx.commit()
    }
}
