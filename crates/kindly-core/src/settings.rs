//! Notebook-wide settings, stored in the notebook itself so they travel
//! with it.

use rusqlite::OptionalExtension;

use crate::error::{Error, Result};
use crate::model::NotebookInfo;
use crate::notebook::Notebook;
use crate::phone;

const PHONE_REGION: &str = "phone_region";

/// Used when neither the notebook nor the system locale names a region.
pub const FALLBACK_REGION: &str = "US";

impl Notebook {
    /// The region for phone numbers typed without a country code.
    pub fn phone_region(&self) -> Result<String> {
        let stored: Option<String> = self
            .conn
            .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
            .query_row([PHONE_REGION], |r| r.get(0))
            .optional()?;
        Ok(stored.unwrap_or_else(|| FALLBACK_REGION.to_owned()))
    }

    /// Sets the phone region (an ISO 3166 code such as `GB`).
    pub fn set_phone_region(&mut self, region: &str) -> Result<()> {
        let code = region.trim().to_ascii_uppercase();
        if code.len() != 2 || phone::parse_region(&code).is_none() {
            return Err(Error::invalid(
                "phone_region",
                "Choose a country from the list (a two-letter code such as US, GB or FR).",
            ));
        }
        self.conn.execute(
            "INSERT INTO settings(key, value) VALUES (?1, ?2)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [PHONE_REGION, &code],
        )?;
        Ok(())
    }

    /// On first use, sets the phone region from the system locale (e.g.
    /// `en_GB.UTF-8`); leaves a region already chosen alone.
    pub fn init_phone_region_from_locale(&mut self, locale: Option<&str>) -> Result<()> {
        let exists: bool = self.conn.query_row(
            "SELECT EXISTS(SELECT 1 FROM settings WHERE key = ?1)",
            [PHONE_REGION],
            |r| r.get(0),
        )?;
        if exists {
            return Ok(());
        }
        let region = locale
            .and_then(phone::region_from_locale)
            .unwrap_or_else(|| FALLBACK_REGION.to_owned());
        self.set_phone_region(&region)
    }

    /// Counts and paths for the header and the empty state.
    pub fn info(&self) -> Result<NotebookInfo> {
        let (live, trashed): (u32, u32) = self.conn.query_row(
            "SELECT count(*) FILTER (WHERE deleted_at IS NULL), count(*) FILTER (WHERE deleted_at IS NOT NULL)
             FROM customers",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(NotebookInfo {
            customer_count: live,
            trash_count: trashed,
            path: self.path().display().to_string(),
            phone_region: self.phone_region()?,
        })
    }
}
