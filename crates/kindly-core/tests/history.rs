//! A customer's story: conversations, issues and their states, promises,
//! the timeline, patterns, and Trash for entries.

mod common;

use common::*;
use kindly_core::*;

const DAY: i64 = 24 * 60 * 60 * 1000;

fn with_customer() -> (Notebook, String) {
    let mut nb = notebook();
    let id = nb.create_customer(&person("Rose Tanaka")).unwrap().id;
    (nb, id)
}

fn talk(customer_id: &str, summary: &str, at: Option<i64>) -> ConversationInput {
    ConversationInput {
        customer_id: customer_id.into(),
        channel: Channel::CallIn,
        happened_at: at,
        staff: "Ana".into(),
        summary: summary.into(),
        mood: Some(Mood::Worried),
        issue_id: None,
        follow_up: None,
    }
}

fn complaint(customer_id: &str, title: &str, categories: &[&str]) -> IssueInput {
    IssueInput {
        customer_id: customer_id.into(),
        title: title.into(),
        own_words: "I was charged twice and nobody called me back".into(),
        categories: categories.iter().map(|c| c.to_string()).collect(),
        handler: "Ana".into(),
        mood_at_start: Some(Mood::Upset),
        staff: "Ana".into(),
        ..Default::default()
    }
}

fn step(to: IssueState, note: &str) -> IssueMove {
    IssueMove {
        to,
        staff: "Ben".into(),
        note: note.into(),
        waiting_on: None,
        mood: None,
        check_in: None,
    }
}

fn field(err: Error) -> String {
    ErrorPayload::from(err).field.unwrap_or_default()
}

#[test]
fn issue_moves_through_its_states_and_keeps_every_change() {
    let (mut nb, c) = with_customer();
    let issue = nb
        .open_issue(&complaint(&c, "Double charge", &["billing"]))
        .unwrap();
    assert_eq!(issue.state, IssueState::Open);
    nb.move_issue(
        &issue.id,
        nb.issue(&issue.id).unwrap().version,
        &step(IssueState::InProgress, ""),
    )
    .unwrap();
    let waiting = IssueMove {
        waiting_on: Some(WaitingOn::Customer),
        ..step(IssueState::Waiting, "bank statement")
    };
    nb.move_issue(&issue.id, nb.issue(&issue.id).unwrap().version, &waiting)
        .unwrap();
    let resolved = IssueMove {
        mood: Some(Mood::Pleased),
        ..step(IssueState::Resolved, "refunded the second charge")
    };
    nb.move_issue(&issue.id, nb.issue(&issue.id).unwrap().version, &resolved)
        .unwrap();
    nb.move_issue(
        &issue.id,
        nb.issue(&issue.id).unwrap().version,
        &step(IssueState::Closed, ""),
    )
    .unwrap();
    // It comes back: reopen keeps the whole story.
    let reopened = nb
        .move_issue(
            &issue.id,
            nb.issue(&issue.id).unwrap().version,
            &step(IssueState::Open, "charged again in May"),
        )
        .unwrap();
    let states: Vec<IssueState> = reopened.history.iter().map(|e| e.to).collect();
    use IssueState::*;
    assert_eq!(states, [Open, InProgress, Waiting, Resolved, Closed, Open]);
    assert_eq!(reopened.history[2].waiting_on, Some(WaitingOn::Customer));
    assert_eq!(reopened.history[3].note, "refunded the second charge");
    assert_eq!(reopened.history[3].mood, Some(Mood::Pleased));
    assert_eq!(reopened.history[5].staff, "Ben");
    assert_eq!(reopened.history[5].from, Some(Closed));

    // Editing the text later does not rewrite the history.
    let mut edit = complaint(&c, "Charged twice (card)", &["billing"]);
    edit.root_cause = "the card terminal retried".into();
    let edited = nb
        .update_issue(&issue.id, nb.issue(&issue.id).unwrap().version, &edit)
        .unwrap();
    assert_eq!(edited.history, reopened.history);
    assert_eq!(edited.title, "Charged twice (card)");
}

#[test]
fn refused_moves_say_why_and_change_nothing() {
    let (mut nb, c) = with_customer();
    let issue = nb.open_issue(&complaint(&c, "Late cake", &[])).unwrap();
    assert_eq!(
        field(
            nb.move_issue(
                &issue.id,
                nb.issue(&issue.id).unwrap().version,
                &step(IssueState::Closed, "")
            )
            .unwrap_err()
        ),
        "to"
    );
    assert_eq!(
        field(
            nb.move_issue(
                &issue.id,
                nb.issue(&issue.id).unwrap().version,
                &step(IssueState::Resolved, "  ")
            )
            .unwrap_err()
        ),
        "note"
    );
    assert_eq!(
        field(
            nb.move_issue(
                &issue.id,
                nb.issue(&issue.id).unwrap().version,
                &step(IssueState::Waiting, "the part")
            )
            .unwrap_err()
        ),
        "waiting_on"
    );
    assert_eq!(nb.issue(&issue.id).unwrap(), issue);
}

#[test]
fn every_state_allows_exactly_the_documented_moves() {
    use IssueState::*;
    let all = [Open, InProgress, Waiting, Resolved, Closed];
    let allowed: Vec<(IssueState, IssueState)> = all
        .iter()
        .flat_map(|&a| all.iter().map(move |&b| (a, b)))
        .filter(|(a, b)| a.can_move_to(*b))
        .collect();
    assert_eq!(
        allowed,
        [
            (Open, InProgress),
            (Open, Waiting),
            (Open, Resolved),
            (InProgress, Waiting),
            (InProgress, Resolved),
            (Waiting, InProgress),
            (Waiting, Resolved),
            (Resolved, Open),
            (Resolved, Closed),
            (Closed, Open),
        ]
    );
}

#[test]
fn promises_are_kept_broken_or_renegotiated_and_overdue_follows_the_clock() {
    let (mut nb, c) = with_customer();
    let promise = |what: &str, due: i64| PromiseInput {
        customer_id: c.clone(),
        issue_id: None,
        what: what.into(),
        due_at: due,
        promised_by: "Ana".into(),
    };
    let refund = nb
        .make_promise(&promise("Refund by Friday", NOW + 3 * DAY))
        .unwrap();
    let late = nb
        .make_promise(&promise("Call when the part arrives", NOW - DAY))
        .unwrap();
    assert!(!refund.overdue);
    assert!(late.overdue, "due yesterday and still open");

    let moved = nb
        .settle_promise(
            &refund.id,
            nb.promise(&refund.id).unwrap().version,
            &PromiseOutcome::Renegotiated {
                staff: "Ana".into(),
                note: "bank holiday".into(),
                new_due_at: NOW + 5 * DAY,
            },
        )
        .unwrap();
    assert_eq!(moved.due_at, NOW + 5 * DAY);
    let renegotiation = moved.history.last().unwrap();
    assert_eq!(
        renegotiation.old_due_at,
        Some(NOW + 3 * DAY),
        "the old date is kept"
    );
    assert_eq!(renegotiation.new_due_at, Some(NOW + 5 * DAY));

    let kept = nb
        .settle_promise(
            &refund.id,
            nb.promise(&refund.id).unwrap().version,
            &PromiseOutcome::Kept {
                staff: "Ben".into(),
                note: String::new(),
            },
        )
        .unwrap();
    assert_eq!(kept.state, PromiseState::Kept);
    assert_eq!(kept.history.last().unwrap().staff, "Ben");
    assert_eq!(
        field(
            nb.settle_promise(
                &refund.id,
                nb.promise(&refund.id).unwrap().version,
                &PromiseOutcome::Kept {
                    staff: "".into(),
                    note: "".into()
                }
            )
            .unwrap_err()
        ),
        "outcome"
    );

    let no_note = PromiseOutcome::Broken {
        staff: "Ana".into(),
        note: " ".into(),
    };
    assert_eq!(
        field(
            nb.settle_promise(&late.id, nb.promise(&late.id).unwrap().version, &no_note)
                .unwrap_err()
        ),
        "note"
    );
    let broken = nb
        .settle_promise(
            &late.id,
            nb.promise(&late.id).unwrap().version,
            &PromiseOutcome::Broken {
                staff: "Ana".into(),
                note: "supplier went bust".into(),
            },
        )
        .unwrap();
    assert_eq!(broken.state, PromiseState::Broken);
    assert!(!broken.overdue, "a settled promise is not overdue");

    let page = nb.customer_page(&c, &[]).unwrap();
    assert!(page.open_promises.is_empty());
}

#[test]
fn the_page_shows_open_promises_soonest_first_with_overdue_marked() {
    let (mut nb, c) = with_customer();
    for (what, due) in [
        ("later", NOW + 9 * DAY),
        ("overdue", NOW - 2 * DAY),
        ("soon", NOW + DAY),
    ] {
        nb.make_promise(&PromiseInput {
            customer_id: c.clone(),
            issue_id: None,
            what: what.into(),
            due_at: due,
            promised_by: "".into(),
        })
        .unwrap();
    }
    let page = nb.customer_page(&c, &[]).unwrap();
    let shown: Vec<(&str, bool)> = page
        .open_promises
        .iter()
        .map(|p| (p.what.as_str(), p.overdue))
        .collect();
    assert_eq!(
        shown,
        [("overdue", true), ("soon", false), ("later", false)]
    );
}

#[test]
fn timeline_is_newest_first_filterable_and_pages_without_gaps() {
    let (mut nb, c) = with_customer();
    for i in 0..45 {
        nb.log_conversation(&talk(&c, &format!("call {i}"), Some(NOW - (45 - i) * DAY)))
            .unwrap();
    }
    let issue = nb.open_issue(&complaint(&c, "Broken zip", &[])).unwrap();
    nb.make_promise(&PromiseInput {
        customer_id: c.clone(),
        issue_id: Some(issue.id.clone()),
        what: "new zip".into(),
        due_at: NOW + DAY,
        promised_by: "Ana".into(),
    })
    .unwrap();

    let page = nb.customer_page(&c, &[]).unwrap();
    assert_eq!(page.timeline.items.len(), FIRST_PAGE as usize);
    assert_eq!(
        page.timeline.items[0].event,
        EventType::PromiseMade,
        "newest first"
    );
    assert_eq!(
        page.timeline.items[0].issue_id.as_deref(),
        Some(issue.id.as_str())
    );
    assert_eq!(page.timeline.items[1].event, EventType::IssueOpened);
    assert_eq!(page.timeline.items[2].title, "call 44");

    let mut seen: Vec<String> = Vec::new();
    let mut before = None;
    loop {
        let p = nb.timeline(&c, &[], before, 10).unwrap();
        seen.extend(p.items.iter().map(|i| i.title.clone()));
        match p.next {
            Some(next) => before = Some(next),
            None => break,
        }
    }
    assert_eq!(seen.len(), 47, "every row exactly once across pages");
    assert_eq!(seen.last().unwrap(), "call 0");

    let only_issues = nb.timeline(&c, &[EntryKind::Issue], None, 50).unwrap();
    assert_eq!(only_issues.items.len(), 1);
    assert_eq!(only_issues.items[0].title, "Broken zip");
}

#[test]
fn a_repeat_kind_of_issue_and_the_last_person_who_spoke_are_shown() {
    let (mut nb, c) = with_customer();
    nb.open_issue(&complaint(&c, "Charged twice", &["Billing"]))
        .unwrap();
    nb.open_issue(&complaint(&c, "Wrong invoice", &["billing", "paperwork"]))
        .unwrap();
    nb.open_issue(&complaint(&c, "Missed direct debit", &["billing"]))
        .unwrap();
    nb.log_conversation(&talk(&c, "explained the refund", Some(NOW - 2 * DAY)))
        .unwrap();
    let mut note = talk(&c, "internal note", Some(NOW - DAY));
    note.channel = Channel::Note;
    note.staff = "Ben".into();
    nb.log_conversation(&note).unwrap();

    let page = nb.customer_page(&c, &[]).unwrap();
    assert_eq!(page.patterns.len(), 1);
    assert_eq!(page.patterns[0].count, 3);
    assert_eq!(fold::fold(&page.patterns[0].category), "billing");
    let last = page.last_contact.unwrap();
    assert_eq!(
        (last.staff.as_str(), last.at),
        ("Ana", NOW - 2 * DAY),
        "a note is not speaking to them"
    );
    assert_eq!(page.open_issues.len(), 3);
}

#[test]
fn entries_go_to_trash_and_come_back() {
    let (mut nb, c) = with_customer();
    let talk_id = nb
        .log_conversation(&talk(&c, "asked about gluten free sourdough", None))
        .unwrap()
        .id;
    assert_eq!(
        nb.search("sourdough", 5).unwrap().len(),
        1,
        "found by a word from a conversation"
    );

    nb.trash_entry(&talk_id).unwrap();
    assert!(nb.customer_page(&c, &[]).unwrap().timeline.items.is_empty());
    assert!(nb.search("sourdough", 5).unwrap().is_empty());
    let trashed = nb.trashed_entries().unwrap();
    assert_eq!(
        (trashed[0].kind, trashed[0].customer_name.as_str()),
        (EntryKind::Conversation, "Rose Tanaka")
    );

    nb.restore_entry(&talk_id).unwrap();
    assert_eq!(nb.customer_page(&c, &[]).unwrap().timeline.items.len(), 1);
    assert_eq!(nb.search("sourdough", 5).unwrap().len(), 1);

    nb.trash_entry(&talk_id).unwrap();
    nb.empty_trash().unwrap();
    assert!(nb.trashed_entries().unwrap().is_empty());
    assert!(matches!(
        nb.restore_entry(&talk_id),
        Err(Error::NotFound { .. })
    ));
}

#[test]
fn issues_are_found_from_the_lookup_box() {
    let (mut nb, c) = with_customer();
    nb.open_issue(&complaint(&c, "Wobbly terrace table", &["furniture"]))
        .unwrap();
    assert_eq!(nb.search("wobbly", 5).unwrap()[0].id, c);
    assert_eq!(
        nb.search("charged twice", 5).unwrap()[0].id,
        c,
        "the customer's own words are searchable"
    );
}

#[test]
fn editing_a_conversation_moves_it_on_the_timeline() {
    let (mut nb, c) = with_customer();
    let early = nb
        .log_conversation(&talk(&c, "first", Some(NOW - 3 * DAY)))
        .unwrap();
    nb.log_conversation(&talk(&c, "second", Some(NOW - 2 * DAY)))
        .unwrap();
    let mut later = talk(&c, "first, corrected", Some(NOW - DAY));
    later.mood = Some(Mood::Delighted);
    nb.update_conversation(&early.id, &later).unwrap();
    let items = nb.customer_page(&c, &[]).unwrap().timeline.items;
    let titles: Vec<&str> = items.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(titles, ["first, corrected", "second"]);
    assert_eq!(items[0].mood, Some(Mood::Delighted));
}

#[test]
fn bad_input_is_refused_with_the_field() {
    let (mut nb, c) = with_customer();
    assert_eq!(
        field(nb.log_conversation(&talk(&c, "  ", None)).unwrap_err()),
        "summary"
    );
    assert_eq!(
        field(
            nb.log_conversation(&talk(&c, "x", Some(NOW + 30 * DAY)))
                .unwrap_err()
        ),
        "happened_at"
    );
    assert_eq!(
        field(nb.open_issue(&complaint(&c, "", &[])).unwrap_err()),
        "title"
    );
    let other = nb.create_customer(&person("Someone Else")).unwrap().id;
    let theirs = nb.open_issue(&complaint(&other, "Theirs", &[])).unwrap().id;
    let mut wrong = talk(&c, "about their issue", None);
    wrong.issue_id = Some(theirs);
    assert_eq!(field(nb.log_conversation(&wrong).unwrap_err()), "issue_id");
    assert!(matches!(
        nb.log_conversation(&talk("nobody", "hi", None)),
        Err(Error::NotFound { .. })
    ));
    assert!(
        nb.customer_page(&c, &[]).unwrap().timeline.items.is_empty(),
        "nothing was written"
    );
}

#[test]
fn staff_list_and_who_is_at_the_desk() {
    let mut nb = notebook();
    if nb.is_team() {
        return the_signed_in_person_is_at_the_desk_of_a_team_notebook();
    }
    let roster = nb.add_staff("Ana Lima", "").unwrap();
    assert_eq!(roster.staff[0].initials, "AL");
    assert_eq!(field(nb.add_staff("ana lima", "").unwrap_err()), "name");
    let ben = nb
        .add_staff("Ben Ode", "BO")
        .unwrap()
        .staff
        .into_iter()
        .find(|s| s.name == "Ben Ode")
        .unwrap();
    assert_eq!(
        nb.set_at_desk(Some(&ben.id)).unwrap().at_desk.as_deref(),
        Some(ben.id.as_str())
    );
    let after = nb.remove_staff(&ben.id).unwrap();
    assert_eq!(
        after.at_desk, None,
        "a removed person is no longer at the desk"
    );
    assert_eq!(after.staff.len(), 1);
    assert_eq!(field(nb.set_at_desk(Some(&ben.id)).unwrap_err()), "at_desk");
    assert_eq!(nb.signed_in().unwrap(), None, "nobody signs in to a file");
    assert_eq!(nb.staff_roster().unwrap().signed_in, None);
}

/// On a team notebook the desk is whoever signed in on this computer: the
/// shared `at_desk` setting would put one desk's choice on every desk.
fn the_signed_in_person_is_at_the_desk_of_a_team_notebook() {
    let url = new_team_notebook();
    let mut ana = Notebook::open_team(&new_login(&url, "Ana Lima")).unwrap();
    let mut ben = Notebook::open_team(&new_login(&url, "Ben Ode")).unwrap();
    let me = ana.signed_in().unwrap().expect("signed in");
    assert_eq!(me.display_name, "Ana Lima");
    assert!(me.login.starts_with("ana_lima"), "{}", me.login);
    assert!(!me.owner, "a staff login may not manage logins");
    let owner = Notebook::open_team(&url)
        .unwrap()
        .signed_in()
        .unwrap()
        .unwrap();
    assert!(owner.owner, "the owner's login may");

    let roster = ana.add_staff("Ana Lima", "").unwrap();
    let ana_id = roster.staff[0].id.clone();
    assert_eq!(roster.signed_in.as_deref(), Some("Ana Lima"));
    assert_eq!(
        roster.at_desk.as_deref(),
        Some(ana_id.as_str()),
        "her staff entry"
    );
    let ben_roster = ben.staff_roster().unwrap();
    assert_eq!(ben_roster.signed_in.as_deref(), Some("Ben Ode"));
    assert_eq!(ben_roster.at_desk, None, "Ben is not on the staff list");
    assert_eq!(
        field(ben.set_at_desk(Some(&ana_id)).unwrap_err()),
        "at_desk"
    );
    assert_eq!(field(ana.set_at_desk(None).unwrap_err()), "at_desk");
    assert_eq!(
        ana.staff_roster().unwrap().signed_in.as_deref(),
        Some("Ana Lima"),
        "Ben's attempt changed nothing for Ana"
    );
}

#[test]
fn emptying_trash_leaves_no_words_that_point_at_someone_else() {
    let (mut nb, alice) = with_customer();
    nb.log_conversation(&talk(
        &alice,
        "threatened a lawsuit over the zebra cake",
        None,
    ))
    .unwrap();
    nb.trash_customer(&alice).unwrap();
    nb.empty_trash().unwrap();
    let bob = nb.create_customer(&person("Bob New")).unwrap().id;
    nb.make_promise(&PromiseInput {
        customer_id: bob,
        issue_id: None,
        what: "call back".into(),
        due_at: NOW,
        promised_by: "".into(),
    })
    .unwrap();
    assert!(nb.search("zebra", 5).unwrap().is_empty());
}

#[test]
fn an_entry_linked_to_a_trashed_issue_can_still_be_edited() {
    let (mut nb, c) = with_customer();
    let issue = nb.open_issue(&complaint(&c, "Late cake", &[])).unwrap();
    let mut input = talk(&c, "cake promised for Friday", None);
    input.issue_id = Some(issue.id.clone());
    let conversation = nb.log_conversation(&input).unwrap();
    nb.trash_entry(&issue.id).unwrap();

    input.summary = "cake promised for Friday morning".into();
    let edited = nb.update_conversation(&conversation.id, &input).unwrap();
    assert_eq!(edited.summary, "cake promised for Friday morning");
    assert_eq!(
        edited.issue_id.as_deref(),
        Some(issue.id.as_str()),
        "the link is kept for when the issue is restored"
    );
    let other = nb.open_issue(&complaint(&c, "Other", &[])).unwrap();
    nb.trash_entry(&other.id).unwrap();
    input.issue_id = Some(other.id);
    assert_eq!(
        field(
            nb.update_conversation(&conversation.id, &input)
                .unwrap_err()
        ),
        "issue_id",
        "no new link to a trashed issue"
    );
}

#[test]
fn categories_differing_only_in_symbols_stay_apart() {
    let (mut nb, c) = with_customer();
    let issue = nb
        .open_issue(&complaint(
            &c,
            "Build broke",
            &["C++", "C#", "🔥", "💸", "c++ "],
        ))
        .unwrap();
    assert_eq!(issue.categories, ["C++", "C#", "🔥", "💸"]);
}

#[test]
fn an_issue_refused_names_its_fields_by_the_words_on_the_form() {
    let (mut nb, id) = with_customer();
    let mut input = complaint(&id, "Late cake", &["Delivery"]);
    input.own_words = "It was late\u{7}".into();
    let err = ErrorPayload::from(nb.open_issue(&input).unwrap_err());
    assert_eq!(err.field.as_deref(), Some("own_words"));
    assert_eq!(
        err.message,
        "“The problem in their own words” has characters that cannot be saved (invisible control characters)."
    );
}
