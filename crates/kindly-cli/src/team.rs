//! `kindly team init|add-staff|remove-staff|staff`: setting up a team
//! notebook on a PostgreSQL server, with the owner's login; `move-in`
//! (the owner's too) and `copy-out` (any login): a notebook file into the
//! team notebook, and the team notebook out to a file.

use kindly_words::{args, say, say_with};
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
                    say_with(
                        "cli-team-needs-address",
                        &args! { "variable" => DATABASE_VARIABLE },
                    ),
                )
            })?,
    };
    match command {
        Team::Init => {
            kindly_core::init_team(&url)?;
            write_all(out, &format!("{}\n", say("cli-team-ready")))?;
            Ok(0)
        }
        Team::AddStaff { name } => {
            let new = kindly_core::add_staff(&url, &name)?;
            let first = new.display_name.split(' ').next().unwrap_or_default();
            write_all(
                out,
                &format!(
                    "{}\n\n    {}\n\n{}\n",
                    say_with(
                        "cli-staff-added",
                        &args! { "name" => new.display_name.as_str(), "login" => new.login.as_str() },
                    ),
                    new.password,
                    say_with("cli-staff-give-password", &args! { "first" => first }),
                ),
            )?;
            Ok(0)
        }
        Team::RemoveStaff { name } => match kindly_core::remove_staff(&url, &name)? {
            Some(removed) => {
                write_all(
                    out,
                    &format!(
                        "{}\n",
                        say_with(
                            "cli-staff-removed",
                            &args! {
                                "name" => removed.display_name.as_str(),
                                "login" => removed.login.as_str(),
                            },
                        )
                    ),
                )?;
                Ok(0)
            }
            None => {
                write_all(
                    out,
                    &format!(
                        "{}\n",
                        say_with(
                            "cli-staff-nobody-called",
                            &args! { "name" => name.as_str() }
                        )
                    ),
                )?;
                Ok(1)
            }
        },
        Team::Staff => {
            let logins = kindly_core::staff(&url)?;
            if logins.is_empty() {
                write_all(out, &format!("{}\n", say("cli-staff-none")))?;
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
                    message: say_with(
                        "cli-no-notebook-file",
                        &args! { "file" => file.display().to_string() },
                    ),
                });
            }
            let moved = kindly_core::move_in(&open_file(&file)?, &url)?;
            write_all(
                out,
                &format!(
                    "{}\n",
                    say_with(
                        "cli-moved-in",
                        &args! { "file" => file.display().to_string(), "summary" => summary(&moved) },
                    )
                ),
            )?;
            Ok(0)
        }
        Team::CopyOut { file } => {
            let copied = kindly_core::copy_out(&Notebook::open_team(&url)?, &file)?;
            write_all(
                out,
                &format!(
                    "{}\n",
                    say_with(
                        "cli-copied-out",
                        &args! { "file" => file.display().to_string(), "summary" => summary(&copied) },
                    )
                ),
            )?;
            Ok(0)
        }
    }
}

/// What a move carried, as a sentence's middle: "36 customers, 120
/// conversations, ...".
fn summary(moved: &Moved) -> String {
    // Each count is a plural of its own, named by a selector.
    let counted = [
        (moved.customers, "customers"),
        (moved.conversations, "conversations"),
        (moved.issues, "issues"),
        (moved.promises, "promises"),
        (moved.follow_ups, "follow-ups"),
        (moved.situations, "situations"),
        (moved.merges, "merges"),
        (moved.staff, "staff"),
    ];
    counted
        .iter()
        .map(|(n, what)| say_with("cli-moved-count", &args! { "count" => *n, "what" => *what }))
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
