//! `kindly team init|add-staff|remove-staff|staff`: setting up a team
//! notebook on a PostgreSQL server, with the owner's login; `move-in`
//! (the owner's too) and `copy-out` (any login): a notebook file into the
//! team notebook, and the team notebook out to a file.

use std::io::Write;

use kindly_core::{Moved, Notebook, StaffLogin};

use crate::args::Team;
use crate::{open_file, usage, write_all, Failure};

/// The variable holding the team notebook's address when `--database` is
/// not given (an argument is visible to everyone on the computer).
const DATABASE_VARIABLE: &str = "KINDLY_DATABASE";

/// Runs `kindly team SUBCOMMAND …` against `database` (`--database`).
pub(crate) fn team(
    database: Option<&str>,
    command: Team,
    out: &mut dyn Write,
) -> Result<i32, Failure> {
    let url = match database {
        Some(url) => url.to_owned(),
        None => std::env::var(DATABASE_VARIABLE)
            .ok()
            .filter(|v| !v.is_empty())
            .ok_or_else(|| {
                usage(
                    "team",
                    format!(
                        "kindly team needs the team notebook's address, with the owner's login \
                     (copy-out takes any): --database postgres://owner@server/notebook \
                     (or {DATABASE_VARIABLE})."
                    ),
                )
            })?,
    };
    match command {
        Team::Init => {
            kindly_core::init_team(&url)?;
            write_all(
                out,
                "The team notebook is ready. Give each person who works there a login with \
                 `kindly team add-staff \"NAME\"`.\n",
            )?;
            Ok(0)
        }
        Team::AddStaff { name } => {
            let new = kindly_core::add_staff(&url, &name)?;
            let first = new.display_name.split(' ').next().unwrap_or_default();
            write_all(
                out,
                &format!(
                    "{} can now sign in to the team notebook as {} with this password:\n\n    \
                     {}\n\nGive {first} this password; Kindly will not show it again.\n",
                    new.display_name, new.login, new.password
                ),
            )?;
            Ok(0)
        }
        Team::RemoveStaff { name } => match kindly_core::remove_staff(&url, &name)? {
            Some(removed) => {
                write_all(
                    out,
                    &format!(
                        "{} ({}) can no longer sign in. What they wrote stays, under their name.\n",
                        removed.display_name, removed.login
                    ),
                )?;
                Ok(0)
            }
            None => {
                write_all(
                    out,
                    &format!(
                        "Nobody called {name} has a working login on this team notebook \
                         (`kindly team staff` lists them).\n"
                    ),
                )?;
                Ok(1)
            }
        },
        Team::Staff => {
            let logins = kindly_core::staff(&url)?;
            if logins.is_empty() {
                write_all(out, "Nobody has a login yet.\n")?;
            }
            for login in &logins {
                write_all(out, &staff_line(login))?;
            }
            Ok(0)
        }
        Team::MoveIn { file } => {
            if !file.is_file() {
                return Err(Failure {
                    code: 2,
                    message: format!("There is no notebook file at {}.", file.display()),
                });
            }
            let moved = kindly_core::move_in(&open_file(&file)?, &url)?;
            write_all(
                out,
                &format!(
                    "Moved {} into the team notebook: {}.\n\
                     The file is as it was; once everyone works in the team notebook, keep it \
                     somewhere safe or delete it.\n",
                    file.display(),
                    summary(&moved)
                ),
            )?;
            Ok(0)
        }
        Team::CopyOut { file } => {
            let copied = kindly_core::copy_out(&Notebook::open_team(&url)?, &file)?;
            write_all(
                out,
                &format!(
                    "Copied the team notebook to {}: {}.\n",
                    file.display(),
                    summary(&copied)
                ),
            )?;
            Ok(0)
        }
    }
}

/// What a move carried, as a sentence's middle: "36 customers, 120
/// conversations, ...".
fn summary(moved: &Moved) -> String {
    let counted = [
        (moved.customers, "customer", "customers (Trash included)"),
        (moved.conversations, "conversation", "conversations"),
        (moved.issues, "issue", "issues"),
        (moved.promises, "promise", "promises"),
        (moved.follow_ups, "follow-up", "follow-ups"),
        (moved.situations, "situation", "situations"),
        (moved.merges, "merge", "merges"),
        (
            moved.staff,
            "person on the staff list",
            "people on the staff list",
        ),
    ];
    counted
        .iter()
        .map(|(n, one, many)| format!("{n} {}", if *n == 1 { one } else { many }))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One login, tab-separated: name, login, added, removed (or "-").
fn staff_line(login: &StaffLogin) -> String {
    format!(
        "{}\t{}\tadded {}\t{}\n",
        login.display_name,
        login.login,
        utc_minute(login.added_at),
        login.removed_at.map_or_else(
            || "can sign in".to_owned(),
            |at| format!("removed {}", utc_minute(at))
        )
    )
}

/// `millis` as `YYYY-MM-DD HH:MM UTC` (the server's clock is in UTC).
fn utc_minute(millis: i64) -> String {
    let minutes = millis.div_euclid(60_000);
    let (days, minute) = (minutes.div_euclid(1440), minutes.rem_euclid(1440));
    // Howard Hinnant's days-to-civil, for the proleptic Gregorian calendar.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02} UTC",
        minute / 60,
        minute % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_read_as_utc_minutes() {
        assert_eq!(utc_minute(0), "1970-01-01 00:00 UTC");
        assert_eq!(utc_minute(1_795_338_000_000), "2026-11-22 09:00 UTC");
        assert_eq!(utc_minute(951_782_400_000), "2000-02-29 00:00 UTC");
    }
}
