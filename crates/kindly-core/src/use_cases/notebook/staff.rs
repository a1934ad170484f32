//! The people who work here, and who is at the desk on this computer.

use kindly_words::{args, say, say_with};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::rules::fold::fold;
use crate::rules::history_model::{StaffMember, StaffRoster};
use crate::rules::model::Millis;
use crate::rules::team_model::SignedIn;
use crate::rules::validate::one_line;
use crate::store::Tx;
use crate::use_cases::notebook::Notebook;

/// The setting naming the staff member at the desk (their id).
pub(crate) const AT_DESK: &str = "at_desk";

/// Initials from a name: the first letter of up to three words.
fn initials_of(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .take(3)
        .flat_map(char::to_uppercase)
        .collect()
}

/// The staff list and who is at the desk, as `tx` sees them. On a team
/// notebook the signed-in person is at the desk: the shared `at_desk`
/// setting would put one desk's choice on every desk.
fn roster(tx: &mut dyn Tx) -> Result<StaffRoster> {
    let staff = tx.staff()?;
    if let Some(me) = tx.signed_in()? {
        let folded = fold(&me.display_name);
        let at_desk = staff
            .iter()
            .find(|s| fold(&s.name) == folded)
            .map(|s| s.id.clone());
        return Ok(StaffRoster {
            staff,
            at_desk,
            signed_in: Some(me.display_name),
        });
    }
    let at_desk = tx
        .setting(AT_DESK)?
        .filter(|id| staff.iter().any(|s| &s.id == id));
    Ok(StaffRoster {
        staff,
        at_desk,
        signed_in: None,
    })
}

/// The refusal to choose who is at the desk on a team notebook.
fn signed_in_is_at_desk() -> Error {
    Error::invalid("at_desk", say("validate-team-notebook-whoever-signed"))
}

/// The name of the person at the desk as `tx` sees them: on a team
/// notebook the signed-in person's; else the chosen one's, empty when
/// nobody (still on the staff list) is.
pub(crate) fn at_desk_name(tx: &mut dyn Tx) -> Result<String> {
    if let Some(me) = tx.signed_in()? {
        return Ok(me.display_name);
    }
    let Some(id) = tx.setting(AT_DESK)? else {
        return Ok(String::new());
    };
    Ok(tx
        .staff()?
        .into_iter()
        .find(|s| s.id == id)
        .map(|s| s.name)
        .unwrap_or_default())
}

/// Adds a person to the staff list in `tx`; initials default to the
/// first letters of their name. Returns the new person.
pub(crate) fn add(tx: &mut dyn Tx, name: &str, initials: &str, now: Millis) -> Result<StaffMember> {
    let name = one_line("name", &|| say("validate-label-the-name"), name, 100)?;
    if name.is_empty() {
        return Err(Error::invalid("name", say("validate-enter-persons-name")));
    }
    let mut initials = one_line("initials", &|| say("validate-label-initials"), initials, 4)?;
    if initials.is_empty() {
        initials = initials_of(&name);
    }
    if tx.staff()?.iter().any(|s| fold(&s.name) == fold(&name)) {
        return Err(Error::invalid(
            "name",
            say_with(
                "validate-already-on-staff",
                &args! { "name" => name.as_str() },
            ),
        ));
    }
    let member = StaffMember {
        id: Uuid::now_v7().to_string(),
        name,
        initials,
    };
    tx.insert_staff(&member, now)?;
    Ok(member)
}

/// Puts the person `id` at the desk in `tx` (`None` or empty: nobody in
/// particular); they must be on the staff list. Refused on a team
/// notebook, where the signed-in person is at the desk.
pub(crate) fn choose_at_desk(tx: &mut dyn Tx, id: Option<&str>) -> Result<()> {
    if tx.signed_in()?.is_some() {
        return Err(signed_in_is_at_desk());
    }
    match id.filter(|s| !s.is_empty()) {
        None => {
            tx.clear_setting(AT_DESK, None)?;
        }
        Some(id) => {
            if !tx.staff()?.iter().any(|s| s.id == id) {
                return Err(Error::invalid(
                    "at_desk",
                    say("validate-choose-someone-from-staff"),
                ));
            }
            tx.set_setting(AT_DESK, id)?;
        }
    }
    Ok(())
}

impl Notebook {
    /// Who is signed in on a team notebook; `None` on a notebook kept on
    /// this computer.
    pub fn signed_in(&self) -> Result<Option<SignedIn>> {
        self.read()?.signed_in()
    }

    /// The staff list (by name) and who is at the desk (on a team
    /// notebook, the signed-in person).
    pub fn staff_roster(&self) -> Result<StaffRoster> {
        roster(&mut *self.read()?)
    }

    /// Adds a person; initials default to the first letters of their name.
    pub fn add_staff(&mut self, name: &str, initials: &str) -> Result<StaffRoster> {
        let now = self.now();
        let mut tx = self.write()?;
        add(&mut *tx, name, initials, now)?;
        let after = roster(&mut *tx)?;
        tx.commit()?;
        Ok(after)
    }

    /// Takes a person off the list. Their name stays on everything they did.
    pub fn remove_staff(&mut self, id: &str) -> Result<StaffRoster> {
        let now = self.now();
        let mut tx = self.write()?;
        if !tx.remove_staff(id, now)? {
            return Err(Error::NotFound { id: id.to_owned() });
        }
        tx.clear_setting(AT_DESK, Some(id))?;
        let after = roster(&mut *tx)?;
        tx.commit()?;
        Ok(after)
    }

    /// Chooses who is at the desk (`None`: nobody in particular). Refused
    /// on a team notebook (field `at_desk`): the signed-in person is.
    pub fn set_at_desk(&mut self, id: Option<&str>) -> Result<StaffRoster> {
        let mut tx = self.write()?;
        choose_at_desk(&mut *tx, id)?;
        let after = roster(&mut *tx)?;
        tx.commit()?;
        Ok(after)
    }
}
