//! The same story told to a notebook file and to a team notebook on a real
//! PostgreSQL server (`KINDLY_TEST_POSTGRES`, started by `make test-rust`;
//! never skipped): every answer the window would show is the same on both,
//! but for the ids each store makes up.

mod common;

use common::{email, person, phone};
use kindly_core::import::Importer;
use kindly_core::*;

/// `value` as text with every id (a UUID) replaced by the order it was
/// first seen in, so two stores' answers compare.
struct Ids(Vec<String>);

impl Ids {
    fn plain(&mut self, value: &impl std::fmt::Debug) -> String {
        let text = format!("{value:?}");
        let mut out = String::new();
        let mut rest = text.as_str();
        while let Some(at) = rest.find(|c: char| c.is_ascii_hexdigit()) {
            let candidate = rest.get(at..at + 36).unwrap_or("");
            let is_uuid = candidate.len() == 36
                && candidate.char_indices().all(|(i, c)| match i {
                    8 | 13 | 18 | 23 => c == '-',
                    _ => c.is_ascii_hexdigit(),
                });
            if is_uuid {
                out.push_str(&rest[..at]);
                let n = match self.0.iter().position(|id| id == candidate) {
                    Some(n) => n,
                    None => {
                        self.0.push(candidate.to_owned());
                        self.0.len() - 1
                    }
                };
                out.push_str(&format!("<id {n}>"));
                rest = &rest[at + 36..];
            } else {
                let next = at + rest[at..].chars().next().map_or(1, char::len_utf8);
                out.push_str(&rest[..next]);
                rest = &rest[next..];
            }
        }
        out.push_str(rest);
        out
    }
}

/// Tells `nb` a day at the shop and notes down everything it answers,
/// and who the change history says edited a profile.
fn story(nb: &mut Notebook) -> (Vec<String>, Vec<String>) {
    let mut ids = Ids(Vec::new());
    let mut seen = Vec::new();
    let mut note = |ids: &mut Ids, what: &str, value: &dyn std::fmt::Debug| {
        seen.push(format!("{what}: {}", ids.plain(&value)));
    };

    let mut rosa = person("Rosa Díaz");
    rosa.preferred_name = "Rosie".into();
    rosa.phones.push(phone("(555) 010-4477"));
    rosa.emails.push(email("rosa@example.com"));
    rosa.tags = vec!["Regular".into(), "Wedding cakes".into()];
    rosa.dont = vec!["Never call before 10".into()];
    rosa.notes = "Allergic to walnuts".into();
    let rosa = nb.create_customer(&rosa).unwrap();
    let mut tom = person("Tom O'Brien");
    tom.phones.push(phone("555-010-9000"));
    let tom = nb.create_customer(&tom).unwrap();
    let mut zoe = person("Zoë Nørgaard");
    zoe.company = "Nørgaard Flowers".into();
    zoe.emails.push(email("zoe@flowers.example"));
    let zoe = nb.create_customer(&zoe).unwrap();
    note(&mut ids, "created", &(&rosa, &tom, &zoe));

    for query in [
        "rosa",
        "rosie",
        "diaz",
        "díaz",
        "ros",
        "brien",
        "o'brien",
        "norg",
        "gaard",
        "walnut",
        "flowers",
        "4477",
        "555-010-9000",
        "5550104477",
        "wedding",
    ] {
        let found: Vec<String> = nb
            .search(query, 10)
            .unwrap()
            .into_iter()
            .map(|c| c.full_name)
            .collect();
        note(&mut ids, &format!("search {query}"), &found);
    }

    let call = nb
        .log_conversation(&ConversationInput {
            customer_id: rosa.id.clone(),
            channel: Channel::CallIn,
            happened_at: None,
            staff: "Ana".into(),
            summary: "Asked about the tiered cake for June".into(),
            mood: Some(Mood::Pleased),
            issue_id: None,
            follow_up: None,
        })
        .unwrap();
    note(&mut ids, "call", &call);
    let issue = nb
        .open_issue(&IssueInput {
            customer_id: rosa.id.clone(),
            title: "Cake arrived squashed".into(),
            own_words: "The top tier had slid".into(),
            staff: "Ana".into(),
            ..Default::default()
        })
        .unwrap();
    note(&mut ids, "issue", &issue);
    let promise = nb
        .make_promise(&PromiseInput {
            customer_id: rosa.id.clone(),
            issue_id: Some(issue.id.clone()),
            what: "Replace the top tier".into(),
            due_at: common::NOW + 3_600_000,
            promised_by: "Ben".into(),
        })
        .unwrap();
    note(&mut ids, "promise", &promise);
    let follow_up = nb
        .add_follow_up(&FollowUpInput {
            customer_id: tom.id.clone(),
            about_id: None,
            action: FollowUpAction::CallBack,
            date: "2026-11-22".into(),
            time: Some("15:00".into()),
            repeat: None,
            assignee: "Ana".into(),
            note: "About his order".into(),
            staff: "Ana".into(),
        })
        .unwrap();
    note(&mut ids, "follow-up", &follow_up);

    note(&mut ids, "page", &nb.customer_page(&rosa.id, &[]).unwrap());
    note(&mut ids, "brief", &nb.brief(&rosa.id).unwrap());
    note(
        &mut ids,
        "caller",
        &nb.find_caller("+1 555 010 4477").unwrap(),
    );
    note(&mut ids, "today", &nb.today().unwrap());

    let mut edited = nb.customer(&tom.id).unwrap().to_input();
    edited.best_time = "Weekday mornings".into();
    note(
        &mut ids,
        "edit",
        &nb.update_customer(&tom.id, nb.customer(&tom.id).unwrap().version, &edited)
            .unwrap(),
    );
    // Who is the one thing that differs: the person at the desk in a
    // file (nobody here), the login on a team notebook (and its person at
    // the desk beside it).
    let changes = nb.customer_changes(&tom.id, 10).unwrap();
    let who: Vec<String> = changes.iter().map(|c| c.changed_by.clone()).collect();
    let signed_in = nb.signed_in().unwrap().map(|me| me.display_name);
    assert!(changes
        .iter()
        .all(|c| Some(&c.at_desk) == signed_in.as_ref()
            || (signed_in.is_none() && c.at_desk.is_empty())));
    let what: Vec<_> = changes
        .into_iter()
        .map(|c| (c.field, c.before, c.after, c.changed_at))
        .collect();
    note(&mut ids, "changes", &what);

    nb.trash_customer(&tom.id).unwrap();
    note(&mut ids, "trash", &nb.trash().unwrap());
    note(&mut ids, "search trashed", &nb.search("brien", 10).unwrap());
    nb.restore_customer(&tom.id).unwrap();
    note(&mut ids, "restored", &nb.search("brien", 10).unwrap());

    let merged = nb.merge_customers(&rosa.id, &zoe.id).unwrap();
    note(&mut ids, "merged", &merged);
    note(&mut ids, "after merge", &nb.customer(&rosa.id).unwrap());
    nb.undo_merge(&merged.merge.id).unwrap();
    note(
        &mut ids,
        "undone",
        &(
            nb.customer(&rosa.id).unwrap(),
            nb.customer(&zoe.id).unwrap(),
        ),
    );

    let parsed = import::VcardImporter
        .parse(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Rosa Diaz\r\nTEL:+1 555 010 4477\r\n\
             EMAIL:rosa@work.example\r\nEND:VCARD\r\n\
             BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kwame Mensah\r\nTEL:555-010-3333\r\nEND:VCARD\r\n"
                .as_bytes(),
            "US",
        )
        .unwrap();
    note(&mut ids, "preview", &nb.preview_import(&parsed).unwrap());
    note(&mut ids, "import", &nb.import_contacts(&parsed).unwrap());
    note(&mut ids, "imported", &nb.search("kwame", 10).unwrap());
    let mut vcards = Vec::new();
    nb.export_vcard(&mut vcards).unwrap();
    let vcards: Vec<String> = String::from_utf8(vcards)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with("REV:"))
        .map(str::to_owned)
        .collect();
    note(&mut ids, "vcards", &vcards);
    (seen, who)
}

#[test]
fn a_day_at_the_shop_reads_the_same_on_a_team_notebook_as_in_a_file() {
    let (on_file, nobody) = story(&mut common::with_test_clock(
        Notebook::open_in_memory().unwrap(),
    ));
    let (on_team, logins) = story(&mut common::with_test_clock(common::team_notebook()));
    assert_eq!(nobody, ["", ""], "nobody is at the desk in the file");
    let admin = std::env::var("KINDLY_TEST_POSTGRES").unwrap();
    let login = admin
        .split("://")
        .nth(1)
        .unwrap()
        .split([':', '@'])
        .next()
        .unwrap();
    assert_eq!(logins, [login, login], "the team notebook names the login");
    assert_eq!(on_file.len(), on_team.len());
    for (file, team) in on_file.iter().zip(&on_team) {
        assert_eq!(team, file);
    }
}
