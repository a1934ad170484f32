//! The address field from several postal addresses: one line per address,
//! each labelled ("Home: ...") when there is more than one.
//!
//! Invariant: the result has no empty lines and each line has no line
//! break of its own.

/// One line of text: the lines of `text`, trimmed, joined with ", ".
pub(crate) fn flatten(text: &str) -> String {
    text.split(['\n', '\r'])
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Non-empty `parts` (already one line each) joined with ", ".
pub(crate) fn join(parts: &[&str]) -> String {
    parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The address field from `(label, address)` pairs, in order; empty
/// addresses are dropped; labels show only when there are several.
pub(crate) fn lines(addresses: Vec<(String, String)>) -> String {
    let lines: Vec<(String, String)> = addresses
        .into_iter()
        .map(|(label, line)| (label, flatten(&line)))
        .filter(|(_, line)| !line.is_empty())
        .collect();
    let several = lines.len() > 1;
    lines
        .into_iter()
        .map(|(label, line)| {
            let label = label.trim();
            if several && !label.is_empty() {
                let mut chars = label.chars();
                let first: String = chars
                    .next()
                    .map(char::to_uppercase)
                    .into_iter()
                    .flatten()
                    .collect();
                format!("{first}{}: {line}", chars.as_str())
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_each_labelled_when_several() {
        let one = lines(vec![("home".into(), "1 Main St\nSpringfield".into())]);
        assert_eq!(one, "1 Main St, Springfield");
        let two = lines(vec![
            ("home".into(), "1 Main St".into()),
            ("work".into(), "2 High St".into()),
            ("".into(), " ".into()),
        ]);
        assert_eq!(two, "Home: 1 Main St\nWork: 2 High St");
    }
}
