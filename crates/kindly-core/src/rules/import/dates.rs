//! Birthdays as exporters write them: ISO 8601 with and without dashes or a
//! time (`1985-04-15`, `19850415`, `1985-04-15T00:00:00Z`), without a year
//! (`--0415`, `--04-15`), spreadsheet dates (`4/15/1985`, `15.04.1985`,
//! `15/04/85`) and English month names (`April 15, 1985`, `15 Apr`).
//!
//! Invariant: a returned [`Birthday`] is a real date (29 February only
//! without a year or in a leap year) with its year, if any, in
//! 1900..=2100; anything else leaves out the birthday or its year and says
//! so in `problems`.

use super::note;
use crate::rules::model::Birthday;
use kindly_words::{args, say_with};

/// Years exporters write when they mean "no year": 0000, and 1604 (Apple's
/// choice, usually flagged with `X-APPLE-OMIT-YEAR`).
const NO_YEAR: &[i32] = &[0, 1604];

/// Reads `text`. `month_first` decides `04/05/1990` (April in the US, May
/// in most other places) when neither number is over 12. Empty text and
/// Outlook's `0/0/00` mean no birthday, without a problem.
pub(crate) fn parse(text: &str, month_first: bool, problems: &mut Vec<String>) -> Option<Birthday> {
    let text = text.trim();
    if text
        .chars()
        .all(|c| matches!(c, '0' | '/' | '.' | '-' | ' '))
    {
        return None;
    }
    let Some((year, month, day)) = fields(text, month_first) else {
        note(
            problems,
            say_with("import-birthday-not-a-date", &args! { "birthday" => text }),
        );
        return None;
    };
    let year = match year {
        Some(y) if NO_YEAR.contains(&y) => None,
        Some(y) if !(1900..=2100).contains(&y) => {
            note(
                problems,
                say_with("import-birthday-year", &args! { "year" => y.to_string() }),
            );
            None
        }
        y => y,
    };
    if !(1..=12).contains(&month) || day == 0 || day > days_in(month, year) {
        note(
            problems,
            say_with(
                "import-birthday-no-such-date",
                &args! { "birthday" => text },
            ),
        );
        return None;
    }
    Some(Birthday {
        year,
        month: month as u8,
        day: day as u8,
    })
}

fn days_in(month: u32, year: Option<i32>) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(y) if !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 28,
            _ => 29,
        },
        _ => 31,
    }
}

/// Year (if written), month and day; `None` when the shape is unknown.
fn fields(text: &str, month_first: bool) -> Option<(Option<i32>, u32, u32)> {
    // A time after the date: "1985-04-15T00:00:00Z", "1985-04-15 00:00".
    let date = match text.find(['T', ' ']) {
        Some(at) if at >= 8 && text[..at].bytes().all(|b| b.is_ascii_digit() || b == b'-') => {
            &text[..at]
        }
        _ => text,
    };
    if let Some(rest) = date.strip_prefix("--") {
        let digits: String = rest.chars().filter(|&c| c != '-').collect();
        return match digits.len() {
            4 if all_digits(&digits) => Some((None, num(&digits[..2])?, num(&digits[2..])?)),
            _ => None,
        };
    }
    if date.len() == 8 && all_digits(date) {
        return Some((
            Some(num(&date[..4])? as i32),
            num(&date[4..6])?,
            num(&date[6..])?,
        ));
    }
    if date.chars().any(char::is_alphabetic) {
        return named_month(date);
    }
    let parts: Vec<&str> = date
        .split(['-', '/', '.'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if !parts.iter().all(|p| all_digits(p)) {
        return None;
    }
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 => Some((Some(num(y)? as i32), num(m)?, num(d)?)),
        [a, b, y] if y.len() == 4 || y.len() == 2 => {
            let (m, d) = order(num(a)?, num(b)?, month_first);
            Some((Some(year(y)?), m, d))
        }
        [a, b] if a.len() <= 2 && b.len() <= 2 => {
            let (m, d) = order(num(a)?, num(b)?, month_first);
            Some((None, m, d))
        }
        _ => None,
    }
}

/// Month and day from two numbers: one over 12 can only be the day.
fn order(a: u32, b: u32, month_first: bool) -> (u32, u32) {
    if a > 12 || (!month_first && b <= 12) {
        (b, a)
    } else {
        (a, b)
    }
}

/// A four-digit year, or a two-digit one read as 1930-2029.
fn year(y: &str) -> Option<i32> {
    let n = num(y)? as i32;
    Some(match y.len() {
        2 if n < 30 => 2000 + n,
        2 => 1900 + n,
        _ => n,
    })
}

/// "April 15, 1985", "15 Apr 1985", "15. April", "Apr 15".
fn named_month(text: &str) -> Option<(Option<i32>, u32, u32)> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let mut month = None;
    let mut numbers = Vec::new();
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if all_digits(word) {
            numbers.push(word);
        } else {
            let prefix: String = word.to_lowercase().chars().take(3).collect();
            let m = MONTHS.iter().position(|m| *m == prefix)?;
            if month.replace(m as u32 + 1).is_some() {
                return None;
            }
        }
    }
    let month = month?;
    match numbers.as_slice() {
        [d] if d.len() <= 2 => Some((None, month, num(d)?)),
        [d, y] | [y, d] if d.len() <= 2 && y.len() == 4 => {
            Some((Some(num(y)? as i32), month, num(d)?))
        }
        _ => None,
    }
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn num(s: &str) -> Option<u32> {
    if s.len() > 4 {
        return None;
    }
    s.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(text: &str, month_first: bool) -> Option<(Option<i32>, u8, u8)> {
        let mut p = Vec::new();
        parse(text, month_first, &mut p).map(|b| (b.year, b.month, b.day))
    }

    #[test]
    fn iso_and_vcard_forms() {
        assert_eq!(ymd("1985-04-15", false), Some((Some(1985), 4, 15)));
        assert_eq!(ymd("19850415", false), Some((Some(1985), 4, 15)));
        assert_eq!(
            ymd("1985-04-15T00:00:00Z", false),
            Some((Some(1985), 4, 15))
        );
        assert_eq!(ymd("--0415", false), Some((None, 4, 15)));
        assert_eq!(ymd("--04-15", false), Some((None, 4, 15)));
        assert_eq!(ymd("1604-04-15", false), Some((None, 4, 15)));
    }

    #[test]
    fn spreadsheet_forms() {
        assert_eq!(ymd("4/15/1985", true), Some((Some(1985), 4, 15)));
        assert_eq!(ymd("4/5/1985", true), Some((Some(1985), 4, 5)));
        assert_eq!(ymd("4/5/1985", false), Some((Some(1985), 5, 4)));
        assert_eq!(ymd("15.04.85", false), Some((Some(1985), 4, 15)));
        assert_eq!(ymd("April 15, 1985", true), Some((Some(1985), 4, 15)));
        assert_eq!(ymd("15 Apr", false), Some((None, 4, 15)));
        assert_eq!(ymd("0/0/00", true), None);
    }

    #[test]
    fn impossible_dates_are_problems() {
        let mut p = Vec::new();
        assert_eq!(parse("1985-02-30", false, &mut p), None);
        assert_eq!(parse("tomorrow", false, &mut p), None);
        assert_eq!(p.len(), 2);
        let b = parse("1850-02-29", false, &mut p).unwrap();
        assert_eq!((b.year, b.month, b.day), (None, 2, 29));
    }
}
