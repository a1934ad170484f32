//! Labels for phones, emails and addresses in the words the form uses
//! ("mobile", "home", "work fax"), from vCard `TYPE` parameters, Apple's
//! `X-ABLabel` and the type columns of CSV exports.
//!
//! Invariant: known kinds come out lower case; a label the user typed
//! themselves ("Shop", "Mum's landline") is kept as written.

use std::collections::HashSet;

/// Kinds that say nothing a person would want as a label.
const NOISE: &[&str] = &[
    "voice", "internet", "x400", "pref", "msg", "text", "smtp", "dom", "intl", "postal", "parcel",
];

/// The word for one known kind, or `None` for one we keep as written.
fn known(kind: &str) -> Option<&'static str> {
    Some(match kind.to_ascii_lowercase().as_str() {
        "cell" | "mobile" | "cellular" | "handy" | "mobil" | "mobiltelefon" | "movil"
        | "portable" => "mobile",
        "home" | "private" | "personal" | "privat" | "domicile" | "maison" | "casa" => "home",
        "work" | "business" | "office" | "company" | "company main" | "arbeit" | "geschaftlich"
        | "geschaeftlich" | "dienstlich" | "travail" | "bureau" | "trabajo" => "work",
        "other" => "other",
        "main" => "main",
        "fax" => "fax",
        "pager" => "pager",
        "car" => "car",
        "video" => "video",
        "isdn" => "isdn",
        "iphone" => "iPhone",
        "textphone" | "tty" | "tty/tdd" => "textphone",
        "assistant" => "assistant",
        "callback" => "callback",
        "radio" => "radio",
        "telex" => "telex",
        "google voice" => "Google Voice",
        "school" => "school",
        "homefax" | "home fax" => "home fax",
        "workfax" | "work fax" | "business fax" => "work fax",
        "otherfax" | "other fax" => "other fax",
        _ => return None,
    })
}

/// The label for a vCard property's `TYPE` values, and whether one of
/// them was `pref`. `["work", "fax"]` is "work fax"; `["home", "voice"]`
/// is "home"; unknown kinds are kept, without an `x-` prefix.
pub(crate) fn from_types(types: &[String]) -> (String, bool) {
    let mut pref = false;
    let mut place = Vec::new();
    let mut kind = Vec::new();
    // Each word once, in linear time however many types a line lists.
    let mut seen = HashSet::new();
    for t in types {
        let t = t.trim();
        let lower = t.to_ascii_lowercase();
        if lower == "pref" {
            pref = true;
        }
        if t.is_empty() || NOISE.contains(&lower.as_str()) {
            continue;
        }
        let word = match known(&lower) {
            Some(w) => w.to_owned(),
            None => strip_x(t).to_owned(),
        };
        let is_place = matches!(word.as_str(), "home" | "work" | "other");
        let list = if is_place { &mut place } else { &mut kind };
        if seen.insert(word.clone()) {
            list.push(word);
        }
    }
    // iPhone exports mark its own number CELL and IPHONE; one word is enough.
    if kind.iter().any(|k| k == "iPhone") {
        kind.retain(|k| k != "mobile");
    }
    place.extend(kind);
    (place.join(" "), pref)
}

fn strip_x(t: &str) -> &str {
    match t.get(..2) {
        Some(p) if p.eq_ignore_ascii_case("x-") => &t[2..],
        _ => t,
    }
}

/// The label for Apple's `X-ABLabel` value: `_$!<HomeFAX>!$_` is
/// "home fax", `_$!<Mobile>!$_` is "mobile", a custom "Shop" stays "Shop".
pub(crate) fn from_apple(label: &str) -> String {
    let label = label.trim();
    let inner = label
        .strip_prefix("_$!<")
        .and_then(|l| l.strip_suffix(">!$_"));
    match inner {
        Some(inner) => known(inner).map_or_else(|| inner.to_lowercase(), str::to_owned),
        None => label.to_owned(),
    }
}

/// The label for a CSV type or label cell ("Mobile", "* Work", "Home Fax")
/// and whether it was marked primary with Google's leading `* `.
pub(crate) fn from_csv(cell: &str) -> (String, bool) {
    let cell = cell.trim();
    let (cell, primary) = match cell.strip_prefix('*') {
        Some(rest) => (rest.trim(), true),
        None => (cell, false),
    };
    let label = match known(cell) {
        Some(w) => w.to_owned(),
        None if NOISE.contains(&cell.to_ascii_lowercase().as_str()) => String::new(),
        None => cell.to_owned(),
    };
    (label, primary)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn types(list: &[&str]) -> (String, bool) {
        from_types(&list.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn vcard_types() {
        assert_eq!(types(&["CELL", "VOICE", "pref"]), ("mobile".into(), true));
        assert_eq!(types(&["FAX", "WORK"]), ("work fax".into(), false));
        assert_eq!(types(&["INTERNET", "HOME"]), ("home".into(), false));
        assert_eq!(types(&["X-Shop"]), ("Shop".into(), false));
    }

    #[test]
    fn apple_labels() {
        assert_eq!(from_apple("_$!<HomeFAX>!$_"), "home fax");
        assert_eq!(from_apple("_$!<Mobile>!$_"), "mobile");
        assert_eq!(from_apple("Shop"), "Shop");
    }

    #[test]
    fn csv_labels() {
        assert_eq!(from_csv("* Mobile"), ("mobile".into(), true));
        assert_eq!(from_csv("Mum's"), ("Mum's".into(), false));
    }
}
