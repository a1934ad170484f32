//! Dates written into sentences Rust makes (the brief's text, a drafted
//! message), in a language's own order and names. The window writes its
//! dates with `Intl`; Rust has none, so the names and orders are messages
//! of `locales/<language>/rust/dates.ftl`. Callers give plain numbers, so
//! this crate needs no calendar of its own.

use crate::{args, say_in, FluentValue};

/// A calendar day as the sentence needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day {
    /// 1 = Monday … 7 = Sunday (ISO 8601).
    pub weekday: u32,
    /// Day of the month, 1–31.
    pub day: u32,
    /// 1 = January … 12 = December.
    pub month: u32,
    /// The year, e.g. 2026.
    pub year: i32,
}

fn name(language: &str, kind: &str, n: u32) -> String {
    say_in(language, &format!("dates-{kind}-{n}"), None)
}

/// "Thursday 3 December", "jeudi 3 décembre", "Donnerstag, 3. Dezember".
pub fn weekday_day_month(language: &str, day: Day) -> String {
    let args = args! {
        "weekday" => name(language, "weekday", day.weekday),
        "day" => day.day,
        "month" => name(language, "month", day.month),
    };
    say_in(language, "dates-weekday-day-month", Some(&args))
}

/// "Thu 3 Dec 2026", "jeu. 3 déc. 2026", "Do., 3. Dez. 2026".
pub fn short_date(language: &str, day: Day) -> String {
    let args = args! {
        "weekday" => name(language, "weekday-short", day.weekday),
        "day" => day.day,
        "month" => name(language, "month-short", day.month),
        // As text: a number would be written with a thousands separator.
        "year" => FluentValue::from(day.year.to_string()),
    };
    say_in(language, "dates-short", Some(&args))
}

/// "Thu 3 Dec 2026, 14:05", "jeu. 3 déc. 2026 à 14:05": the 24-hour clock.
pub fn short_date_at(language: &str, day: Day, hour: u32, minute: u32) -> String {
    let args = args! {
        "date" => short_date(language, day),
        "time" => format!("{hour:02}:{minute:02}"),
    };
    say_in(language, "dates-short-at", Some(&args))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Thursday 3 December 2026.
    const THURSDAY: Day = Day {
        weekday: 4,
        day: 3,
        month: 12,
        year: 2026,
    };

    #[test]
    fn each_language_writes_a_day_its_own_way() {
        let long = |language| weekday_day_month(language, THURSDAY);
        assert_eq!(long("en"), "Thursday 3 December");
        assert_eq!(long("fr"), "jeudi 3 décembre");
        assert_eq!(long("es"), "jueves 3 de diciembre");
        assert_eq!(long("de"), "Donnerstag, 3. Dezember");
        assert_eq!(long("pt"), "quinta-feira, 3 de dezembro");
    }

    #[test]
    fn short_dates_keep_the_year_whole_and_the_clock_24_hour() {
        assert_eq!(short_date("en", THURSDAY), "Thu 3 Dec 2026");
        assert_eq!(short_date_at("en", THURSDAY, 9, 5), "Thu 3 Dec 2026, 09:05");
        assert_eq!(
            short_date_at("fr", THURSDAY, 14, 5),
            "jeu. 3 déc. 2026 à 14:05"
        );
        assert_eq!(
            short_date_at("de", THURSDAY, 14, 5),
            "Do., 3. Dez. 2026, 14:05 Uhr"
        );
    }
}
