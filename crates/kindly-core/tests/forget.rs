//! Forgetting a customer: afterwards no row of the notebook (nor, for a
//! notebook file, the file's bytes) holds them, lookup and Trash never
//! show them, and everyone else is exactly as before.

mod common;

use common::desk::*;
use common::peek::Peek;
use kindly_core::*;

/// Words that appear only in what Rosalind's profile and story hold.
const HERS: [&str; 7] = [
    "Quimbyfield",
    "marzipan",
    "zeppelin",
    "wobbly",
    "xylophone",
    "periwinkle",
    "tangerine",
];

struct Story {
    desk: Desk,
    place: common::Place,
    rosalind: String,
    bart: String,
    her_conversation: String,
    her_issue: String,
    her_follow_up: String,
}

fn conversation(customer_id: &str, summary: &str, issue_id: Option<&str>) -> ConversationInput {
    ConversationInput {
        customer_id: customer_id.into(),
        channel: Channel::CallIn,
        happened_at: None,
        staff: "Ana".into(),
        summary: summary.into(),
        mood: Some(Mood::Pleased),
        issue_id: issue_id.map(Into::into),
        follow_up: None,
    }
}

/// A notebook (a file, or a team notebook) with two customers who each
/// have a full story; Rosalind's reminders have been claimed and one of
/// her conversations is in Trash.
fn story() -> Story {
    let (place, mut desk) = Desk::stored("2027-03-01 09:00");
    let rosalind = desk
        .create_customer(&CustomerInput {
            full_name: "Rosalind Quimbyfield".into(),
            preferred_name: "Roz".into(),
            phones: vec![PhoneInput {
                label: "mobile".into(),
                number: "07700 900142".into(),
                primary: true,
            }],
            emails: vec![EmailInput {
                label: "home".into(),
                address: "roz@periwinkle.example".into(),
                primary: true,
            }],
            notes: "Loves marzipan at Christmas".into(),
            preferences: vec!["tangerine wrapping paper".into()],
            tags: vec!["VIP".into()],
            birthday: Some(Birthday {
                year: None,
                month: 3,
                day: 20,
            }),
            ..Default::default()
        })
        .unwrap()
        .id;
    let bart = desk
        .create_customer(&CustomerInput {
            full_name: "Bartholomew Quince".into(),
            phones: vec![PhoneInput {
                label: "home".into(),
                number: "020 7946 0018".into(),
                primary: true,
            }],
            notes: "Moored at the harbour".into(),
            ..Default::default()
        })
        .unwrap()
        .id;
    let issue = desk
        .open_issue(&IssueInput {
            customer_id: rosalind.clone(),
            title: "The wobbly cake stand".into(),
            own_words: "It wobbles".into(),
            staff: "Ana".into(),
            ..Default::default()
        })
        .unwrap();
    let her_conversation = desk
        .log_conversation(&conversation(
            &rosalind,
            "Talked about the zeppelin cake",
            Some(&issue.id),
        ))
        .unwrap()
        .id;
    let gone = desk
        .log_conversation(&conversation(&rosalind, "Ordered a xylophone", None))
        .unwrap();
    desk.trash_entry(&gone.id).unwrap();
    desk.make_promise(&PromiseInput {
        customer_id: rosalind.clone(),
        issue_id: Some(issue.id.clone()),
        what: "A new stand by Friday".into(),
        due_at: london("2027-03-05 17:00"),
        promised_by: "Ana".into(),
    })
    .unwrap();
    let her_follow_up = desk
        .add_follow_up(&FollowUpInput {
            about_id: Some(issue.id.clone()),
            ..call_back(&rosalind, "2027-03-01", Some("09:30"))
        })
        .unwrap()
        .id;
    desk.log_conversation(&conversation(&bart, "Asked about the harbour cake", None))
        .unwrap();
    desk.add_follow_up(&call_back(&bart, "2027-03-01", Some("09:45")))
        .unwrap();
    desk.set("2027-03-01 10:00");
    let reminders = desk.claim_reminders().unwrap();
    assert_eq!(reminders.len(), 2, "both follow-ups fell due");
    Story {
        desk,
        place,
        rosalind,
        bart,
        her_conversation,
        her_issue: issue.id,
        her_follow_up,
    }
}

fn not_found<T: std::fmt::Debug>(result: Result<T>) -> bool {
    matches!(result, Err(Error::NotFound { .. }))
}

fn names(found: Vec<CustomerSummary>) -> Vec<String> {
    found.into_iter().map(|c| c.full_name).collect()
}

/// Everything a person could see of one customer.
fn everything(nb: &Notebook, id: &str) -> (CustomerRecord, CustomerPage, Brief) {
    let mut record = nb.customer_record(id).unwrap();
    record.exported_at = 0;
    (
        record,
        nb.customer_page(id, &[]).unwrap(),
        nb.brief(id).unwrap(),
    )
}

/// Every row of the notebook as text, and for a notebook file every byte
/// of it (the database and its write-ahead log: a deleted row's text may
/// linger in free space). A team notebook's server keeps deleted rows
/// until its vacuum reclaims them, which only the server's owner controls
/// (see `rebuild_file` in store/postgres/customers.rs): there, the rows.
fn notebook_bytes(s: &Story) -> Vec<u8> {
    let mut bytes = Peek::open(&s.desk).everything().into_bytes();
    let Some(dir) = s.place.folder() else {
        return bytes;
    };
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.to_string_lossy().contains(FILE_NAME) {
            bytes.extend(std::fs::read(&path).unwrap());
        }
    }
    bytes
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    let needle = needle.to_lowercase();
    let haystack = String::from_utf8_lossy(haystack).to_lowercase();
    haystack.contains(&needle)
}

#[test]
fn a_forgotten_customer_is_gone_from_everywhere() {
    let mut s = story();
    assert!(contains(&notebook_bytes(&s), "marzipan"));
    s.desk.forget_customer(&s.rosalind).unwrap();
    let nb = &s.desk.nb;

    assert!(not_found(nb.customer(&s.rosalind)));
    assert!(not_found(nb.customer_record(&s.rosalind)));
    assert!(not_found(nb.conversation(&s.her_conversation)));
    assert!(not_found(nb.issue(&s.her_issue)));
    assert!(not_found(nb.follow_up(&s.her_follow_up)));
    for word in [
        "Rosalind",
        "Roz",
        "Quimbyfield",
        "uimbyfiel",
        "marzipan",
        "zeppelin",
    ] {
        assert_eq!(
            names(nb.search(word, 20).unwrap()),
            Vec::<String>::new(),
            "{word}"
        );
    }
    for word in ["wobbly", "xylophone", "periwinkle", "tangerine", "VIP"] {
        assert_eq!(
            names(nb.search(word, 20).unwrap()),
            Vec::<String>::new(),
            "{word}"
        );
    }
    assert_eq!(nb.find_caller("07700 900142").unwrap().matches, []);
    assert_eq!(nb.find_caller("900142").unwrap().matches, []);
    assert_eq!(nb.trash().unwrap(), []);
    assert_eq!(nb.trashed_entries().unwrap(), []);
    let today = nb.today().unwrap();
    let on_today: Vec<&str> = today
        .overdue
        .iter()
        .chain(&today.today)
        .chain(&today.upcoming)
        .map(|f| f.follow_up.customer_id.as_str())
        .collect();
    assert!(!on_today.contains(&s.rosalind.as_str()), "{on_today:?}");
    assert!(nb
        .today()
        .unwrap()
        .promises
        .iter()
        .all(|p| p.customer_id != s.rosalind));
    assert_eq!(nb.info().unwrap().customer_count, 1);

    let mut db = Peek::open(nb);
    if let Peek::File(_) = db {
        // (PostgreSQL checks every foreign key as each statement ends.)
        let broken = db.count("SELECT count(*) FROM pragma_foreign_key_check");
        assert_eq!(broken, 0, "foreign keys hold");
    }
    for table in ["entries", "events"] {
        let orphans = db.count(&format!(
            "SELECT count(*) FROM {table} WHERE customer_pk NOT IN (SELECT pk FROM customers)"
        ));
        assert_eq!(orphans, 0, "{table}");
    }
    let mut count = |sql: &str| -> i64 { db.count(sql) };
    assert_eq!(count("SELECT count(*) FROM reminders"), 1, "Bartholomew's");
    assert_eq!(count("SELECT count(*) FROM follow_ups"), 1, "Bartholomew's");
    assert_eq!(count("SELECT count(*) FROM customer_phones"), 1);
    assert_eq!(count("SELECT count(*) FROM customer_emails"), 0);
    assert_eq!(count("SELECT count(*) FROM customer_items"), 0);
    assert_eq!(count("SELECT count(*) FROM customer_tags"), 0);
    for table in ["conversations", "issues", "promises", "issue_categories"] {
        let orphans = count(&format!(
            "SELECT count(*) FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM entries e WHERE e.pk = t.{})",
            if table == "issue_categories" { "issue_pk" } else { "entry_pk" }
        ));
        assert_eq!(orphans, 0, "{table}");
    }
    assert_eq!(count("SELECT count(*) FROM issues"), 0);
    assert_eq!(count("SELECT count(*) FROM promises"), 0);
    drop(db);
    let bytes = notebook_bytes(&s);
    for word in HERS {
        assert!(
            !contains(&bytes, word),
            "{word} is still in the notebook file"
        );
    }
    assert!(
        contains(&bytes, "harbour"),
        "the other customer is still there"
    );
}

#[test]
fn everyone_else_is_exactly_as_before() {
    let mut s = story();
    let before = everything(&s.desk, &s.bart);
    s.desk.forget_customer(&s.rosalind).unwrap();
    assert_eq!(everything(&s.desk, &s.bart), before);
    assert_eq!(
        names(s.desk.search("harbour", 20).unwrap()),
        ["Bartholomew Quince"]
    );
    assert_eq!(
        names(s.desk.search("Quince", 20).unwrap()),
        ["Bartholomew Quince"]
    );
    let caller = s.desk.find_caller("020 7946 0018").unwrap();
    assert_eq!(caller.matches.len(), 1);
    assert_eq!(caller.matches[0].customer_id, s.bart);
    // The claimed reminders were never confirmed shown: a notebook file
    // hands them out again at once, a team notebook once another desk's
    // hold on them has lapsed (minutes).
    s.desk.later(10 * MINUTE);
    let reminders = s.desk.claim_reminders().unwrap();
    assert_eq!(reminders.len(), 1, "only Bartholomew's reminder is left");
    assert_eq!(reminders[0].customer_id, s.bart);
}

#[test]
fn a_customer_in_trash_can_be_forgotten() {
    let mut s = story();
    s.desk.trash_customer(&s.rosalind).unwrap();
    assert_eq!(s.desk.trash().unwrap().len(), 1);
    s.desk.forget_customer(&s.rosalind).unwrap();
    assert_eq!(s.desk.trash().unwrap(), []);
    assert!(not_found(s.desk.customer(&s.rosalind)));
    assert_eq!(s.desk.trashed_entries().unwrap(), []);
    assert!(!contains(&notebook_bytes(&s), "marzipan"));
}

#[test]
fn forgetting_an_unknown_customer_is_not_found_and_changes_nothing() {
    let mut s = story();
    let before = (everything(&s.desk, &s.rosalind), s.desk.info().unwrap());
    for id in ["0190a5d2-7c1e-7000-8000-000000000000", "not an id", ""] {
        assert!(not_found(s.desk.forget_customer(id)), "{id}");
    }
    s.desk.forget_customer(&s.bart).unwrap();
    assert!(not_found(s.desk.forget_customer(&s.bart)), "only once");
    assert_eq!(everything(&s.desk, &s.rosalind), before.0);
    assert_eq!(
        s.desk.info().unwrap().customer_count,
        before.1.customer_count - 1
    );
    assert_eq!(
        names(s.desk.search("marzipan", 20).unwrap()),
        ["Rosalind Quimbyfield"]
    );
}
