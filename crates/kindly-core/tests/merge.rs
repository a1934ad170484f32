//! Merging duplicates: the likely pairs are listed; a merge keeps every
//! detail and every piece of history of both; an undo puts both back.

mod common;

use common::{email, notebook, person, phone, NOW};
use kindly_core::{
    Birthday, Channel, ConversationInput, Customer, CustomerInput, FollowUpAction, FollowUpInput,
    IssueInput, MemberFilter, Mood, Notebook, PromiseInput, SituationInput, TellHow, TellInput,
    MAX_MEMBER_PAGE,
};

const DAY: i64 = 24 * 60 * 60 * 1000;

fn said(nb: &mut Notebook, customer: &Customer, words: &str) -> String {
    nb.log_conversation(&ConversationInput {
        customer_id: customer.id.clone(),
        channel: Channel::CallIn,
        happened_at: None,
        staff: "Jo".into(),
        summary: words.into(),
        mood: None,
        issue_id: None,
        follow_up: None,
    })
    .unwrap()
    .id
}

/// A customer with a conversation, an issue, a promise and a follow-up.
fn with_history(nb: &mut Notebook, input: CustomerInput, word: &str) -> Customer {
    let c = nb.create_customer(&input).unwrap();
    said(nb, &c, &format!("Called about the {word}"));
    let issue = nb
        .open_issue(&IssueInput {
            customer_id: c.id.clone(),
            title: format!("{word} arrived broken"),
            own_words: "It was in pieces".into(),
            root_cause: String::new(),
            categories: vec!["delivery".into()],
            handler: "Jo".into(),
            mood_at_start: None,
            staff: "Jo".into(),
        })
        .unwrap();
    nb.make_promise(&PromiseInput {
        customer_id: c.id.clone(),
        issue_id: Some(issue.id),
        what: format!("Replace the {word}"),
        due_at: NOW + 3 * DAY,
        promised_by: "Jo".into(),
    })
    .unwrap();
    nb.add_follow_up(&FollowUpInput {
        customer_id: c.id.clone(),
        about_id: None,
        action: FollowUpAction::CallBack,
        date: "2026-11-30".into(),
        time: None,
        repeat: None,
        assignee: "Jo".into(),
        note: format!("Check the {word}"),
        staff: "Jo".into(),
    })
    .unwrap();
    nb.customer(&c.id).unwrap()
}

/// What the customer's record holds, as words: conversations, issue
/// titles, promises, follow-up notes.
fn story(nb: &Notebook, id: &str) -> Vec<String> {
    let r = nb.customer_record(id).unwrap();
    let mut words: Vec<String> = r.conversations.iter().map(|c| c.summary.clone()).collect();
    words.extend(r.issues.iter().map(|i| i.title.clone()));
    words.extend(r.promises.iter().map(|p| p.what.clone()));
    words.extend(
        r.follow_ups
            .iter()
            .filter(|f| f.action != FollowUpAction::Birthday)
            .map(|f| f.note.clone()),
    );
    words.sort();
    words
}

fn two_rosas(nb: &mut Notebook) -> (Customer, Customer) {
    let mut a = person("Rosa Diaz");
    a.phones.push(phone("555-010-4477"));
    a.preferences.push("Oat milk".into());
    a.birthday = Some(Birthday {
        year: None,
        month: 4,
        day: 15,
    });
    let mut b = person("Rosa Díaz");
    b.phones.push(phone("+1 555 010 4477"));
    b.phones.push(phone("555-010-9000"));
    b.emails.push(email("rosa@example.com"));
    b.preferences.push("Window seat".into());
    b.tags.push("Regular".into());
    b.company = "Diaz Bakery".into();
    b.birthday = Some(Birthday {
        year: Some(1980),
        month: 4,
        day: 15,
    });
    let a = with_history(nb, a, "cake");
    let b = with_history(nb, b, "bread");
    (a, b)
}

#[test]
fn likely_duplicates_are_listed_with_the_reason_until_told_apart() {
    let mut nb = notebook();
    let (a, b) = two_rosas(&mut nb);
    let mut c = person("Sam Lee");
    c.company = "Lee Plumbing".into();
    let c = nb.create_customer(&c).unwrap();
    let mut d = person("Sam Lee");
    d.company = "lee plumbing".into();
    let d = nb.create_customer(&d).unwrap();
    nb.create_customer(&person("Sam Lee")).unwrap(); // Same name only: not listed.

    let pairs = nb.likely_duplicates().unwrap();
    let found: Vec<(String, String, String)> = pairs
        .iter()
        .map(|p| (p.a.id.clone(), p.b.id.clone(), p.reason.clone()))
        .collect();
    assert_eq!(
        found,
        vec![
            (
                a.id.clone(),
                b.id.clone(),
                "Same phone number 555-010-4477".into()
            ),
            (c.id.clone(), d.id.clone(), "Same name and company".into()),
        ]
    );
    // A customer is not "a different person" from themselves: refused, nothing remembered.
    let err = nb.not_duplicates(&c.id, &c.id).unwrap_err();
    assert_eq!(err.code(), kindly_core::ErrorCode::InvalidInput, "{err}");
    assert_eq!(nb.likely_duplicates().unwrap().len(), 2);
    nb.not_duplicates(&d.id, &c.id).unwrap();
    assert_eq!(nb.likely_duplicates().unwrap().len(), 1);
}

#[test]
fn merging_keeps_every_detail_and_all_history_of_both() {
    let mut nb = notebook();
    let (a, b) = two_rosas(&mut nb);
    let mut expected_story = story(&nb, &a.id);
    expected_story.extend(story(&nb, &b.id));
    expected_story.sort();

    let outcome = nb.merge_customers(&a.id, &b.id).unwrap();
    let kept = outcome.kept;
    assert_eq!(kept.full_name, "Rosa Diaz");
    let numbers: Vec<&str> = kept
        .phones
        .iter()
        .map(|p| p.e164.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(numbers, vec!["+15550104477", "+15550109000"]);
    assert_eq!(kept.emails[0].address, "rosa@example.com");
    assert_eq!(kept.preferences, vec!["Oat milk", "Window seat"]);
    assert_eq!(kept.tags, vec!["Regular"]);
    assert_eq!(kept.company, "Diaz Bakery");
    assert_eq!(kept.birthday.and_then(|b| b.year), Some(1980));
    assert_eq!(story(&nb, &a.id), expected_story);
    let birthdays = nb
        .customer_record(&a.id)
        .unwrap()
        .follow_ups
        .into_iter()
        .filter(|f| f.action == FollowUpAction::Birthday && f.due_at.is_some())
        .count();
    assert_eq!(birthdays, 1, "one birthday reminder, not two");

    // The merged one is in Trash; everything finds the kept one.
    assert!(nb.trash().unwrap().iter().any(|t| t.id == b.id));
    for query in ["555-010-9000", "rosa@example.com", "bread", "diaz bakery"] {
        let found = nb.search(query, 5).unwrap();
        assert_eq!(found.len(), 1, "{query}");
        assert_eq!(found[0].id, a.id, "{query}");
    }
    assert!(nb.likely_duplicates().unwrap().is_empty());
    assert_eq!(nb.recent_merges().unwrap()[0].merged_name, "Rosa Díaz");
}

#[test]
fn undoing_a_merge_puts_both_customers_back() {
    let mut nb = notebook();
    let (a, b) = two_rosas(&mut nb);
    let (story_a, story_b) = (story(&nb, &a.id), story(&nb, &b.id));
    let merge = nb.merge_customers(&a.id, &b.id).unwrap().merge;
    let later = said(&mut nb, &a, "Called after the merge");

    nb.undo_merge(&merge.id).unwrap();
    let a_now = nb.customer(&a.id).unwrap();
    assert_eq!(a_now.to_input(), a.to_input());
    let b_now = nb.customer(&b.id).unwrap();
    assert_eq!(b_now.to_input(), b.to_input());
    assert_eq!(b_now.deleted_at, None);
    assert_eq!(story(&nb, &b.id), story_b);
    let mut with_later = story_a.clone();
    with_later.push("Called after the merge".into());
    with_later.sort();
    assert_eq!(story(&nb, &a.id), with_later, "what came after stays");
    assert_eq!(nb.conversation(&later).unwrap().customer_id, a.id);
    assert_eq!(nb.search("bread", 5).unwrap()[0].id, b.id);
    assert!(nb.recent_merges().unwrap().is_empty());

    let again = nb.undo_merge(&merge.id).unwrap_err();
    assert!(again.to_string().contains("already been undone"), "{again}");
}

#[test]
fn undoing_a_merge_keeps_what_the_kept_customer_got_since() {
    let mut nb = notebook();
    let (a, b) = two_rosas(&mut nb);
    let merge = nb.merge_customers(&a.id, &b.id).unwrap().merge;
    // After the merge: a new phone, a tag and a preference, another company.
    let mut edited = nb.customer(&a.id).unwrap().to_input();
    edited.phones.push(phone("555-010-7777"));
    edited.tags.push("Wholesale".into());
    edited.preferences.push("Rye bread".into());
    edited.company = "Diaz & Daughters".into();
    nb.update_customer(&a.id, nb.customer(&a.id).unwrap().version, &edited)
        .unwrap();

    nb.undo_merge(&merge.id).unwrap();

    let a_now = nb.customer(&a.id).unwrap().to_input();
    let numbers: Vec<&str> = a_now.phones.iter().map(|p| p.number.as_str()).collect();
    assert_eq!(
        numbers,
        ["555-010-4477", "555-010-7777"],
        "the merged phone went back, the new one stayed"
    );
    assert_eq!(a_now.tags, ["Wholesale"]);
    assert_eq!(a_now.preferences, ["Oat milk", "Rye bread"]);
    assert_eq!(
        a_now.company, "Diaz & Daughters",
        "an edit made since stays"
    );
    assert!(a_now.emails.is_empty(), "the merged email went back");
    assert_eq!(nb.customer(&b.id).unwrap().to_input(), b.to_input());
}

#[test]
fn undoing_a_merge_unlinks_what_was_tied_since_to_the_other_customers_issue() {
    let mut nb = notebook();
    let (a, b) = two_rosas(&mut nb);
    let breads_issue = nb.customer_record(&b.id).unwrap().issues[0].id.clone();
    let merge = nb.merge_customers(&a.id, &b.id).unwrap().merge;
    let about_it = nb
        .log_conversation(&ConversationInput {
            customer_id: a.id.clone(),
            channel: Channel::CallIn,
            happened_at: None,
            staff: "Jo".into(),
            summary: "Asked about the bread again".into(),
            mood: None,
            issue_id: Some(breads_issue.clone()),
            follow_up: None,
        })
        .unwrap();

    nb.undo_merge(&merge.id).unwrap();

    let now = nb.conversation(&about_it.id).unwrap();
    assert_eq!(now.customer_id, a.id, "logged on Rosa's page, stays there");
    assert_eq!(now.summary, "Asked about the bread again");
    assert_eq!(
        now.issue_id, None,
        "the issue went back with the other Rosa"
    );
    let mut edit = ConversationInput {
        customer_id: a.id.clone(),
        channel: Channel::CallIn,
        happened_at: None,
        staff: "Jo".into(),
        summary: "Asked about the bread again, twice".into(),
        mood: None,
        issue_id: None,
        follow_up: None,
    };
    nb.update_conversation(&about_it.id, &edit).unwrap();
    edit.issue_id = Some(breads_issue);
    assert!(nb.update_conversation(&about_it.id, &edit).is_err());
}

#[test]
fn undoing_the_first_of_two_merges_keeps_the_second() {
    let mut nb = notebook();
    let (a, b) = two_rosas(&mut nb);
    let mut c = person("Rosa D.");
    c.phones.push(phone("555-010-4477"));
    c.emails.push(email("rosa.d@example.org"));
    let c = nb.create_customer(&c).unwrap();
    let first = nb.merge_customers(&a.id, &b.id).unwrap().merge;
    nb.merge_customers(&a.id, &c.id).unwrap();

    nb.undo_merge(&first.id).unwrap();

    let a_now = nb.customer(&a.id).unwrap().to_input();
    let emails: Vec<&str> = a_now.emails.iter().map(|e| e.address.as_str()).collect();
    assert_eq!(
        emails,
        ["rosa.d@example.org"],
        "the second merge's email stays"
    );
    assert_eq!(nb.customer(&b.id).unwrap().to_input(), b.to_input());
}

#[test]
fn undoing_a_merge_after_a_merge_of_merges_and_a_restore_gives_b_back_its_profile_and_story() {
    let mut nb = notebook();
    let (a, b) = two_rosas(&mut nb);
    let mut c = person("Rosa Diaz-Park");
    c.emails.push(email("rosa.park@example.org"));
    let c = nb.create_customer(&c).unwrap();
    let first = nb.merge_customers(&a.id, &b.id).unwrap().merge; // B into A,
    nb.merge_customers(&c.id, &a.id).unwrap(); // A into C,
    nb.restore_customer(&a.id).unwrap(); // A back from Trash by hand.
    let b_story = story(&nb, &b.id);
    assert!(b_story.is_empty(), "B's story went to A, then on to C");
    let c_story = story(&nb, &c.id);

    nb.undo_merge(&first.id).unwrap();

    // B is a live customer again with exactly the profile it had.
    let b_now = nb.customer(&b.id).unwrap();
    assert_eq!(b_now.deleted_at, None);
    assert_eq!(b_now.to_input(), b.to_input());
    // Its history went on to C with the second merge, and comes back from
    // there: B's conversation is B's again, and C keeps the rest.
    let b_back = story(&nb, &b.id);
    assert!(!b_back.is_empty(), "B's story comes back");
    assert!(b_back.iter().all(|w| w.contains("bread")), "{b_back:?}");
    let c_left: Vec<String> = c_story
        .into_iter()
        .filter(|w| !b_back.contains(w))
        .collect();
    assert_eq!(story(&nb, &c.id), c_left);
    assert!(
        story(&nb, &c.id).iter().any(|w| w.contains("cake")),
        "A's stays with C"
    );
    // A gives back what B added to it, and keeps its own.
    let a_now = nb.customer(&a.id).unwrap().to_input();
    assert!(
        a_now.emails.is_empty(),
        "B's email went back: {:?}",
        a_now.emails
    );
    assert_eq!(a_now.preferences, ["Oat milk"]);
}

/// A situation with `customer` affected and told (upset, by a call).
fn oven_broke_for(nb: &mut Notebook, customer: &Customer) -> String {
    let oven = nb
        .create_situation(&SituationInput {
            title: "Oven broke".into(),
            what_happened: String::new(),
            what_we_do: String::new(),
            expected_fix: None,
            lead: "Jo".into(),
            staff: "Jo".into(),
        })
        .unwrap();
    nb.add_to_situation(&oven, std::slice::from_ref(&customer.id), "Jo")
        .unwrap();
    nb.mark_told(
        &oven,
        &TellInput {
            customer_ids: vec![customer.id.clone()],
            staff: "Jo".into(),
            how: TellHow::Call,
            mood: Some(Mood::Upset),
            note: String::new(),
        },
    )
    .unwrap();
    oven
}

/// Who is affected by `situation`, and whether each was told.
fn affected(nb: &Notebook, situation: &str) -> Vec<(String, bool)> {
    nb.situation_members(situation, &MemberFilter::default(), 0, MAX_MEMBER_PAGE)
        .unwrap()
        .members
        .iter()
        .map(|m| (m.customer_id.clone(), m.told))
        .collect()
}

#[test]
fn a_merge_carries_the_merged_customer_into_their_situations() {
    let mut nb = notebook();
    let (a, b) = two_rosas(&mut nb);
    let oven = oven_broke_for(&mut nb, &b);

    nb.merge_customers(&a.id, &b.id).unwrap();
    assert_eq!(
        affected(&nb, &oven),
        [(a.id.clone(), true)],
        "still affected, and told"
    );
    nb.empty_trash().unwrap();
    assert_eq!(
        affected(&nb, &oven),
        [(a.id.clone(), true)],
        "nothing hung on the one in Trash"
    );
}

#[test]
fn undoing_a_merge_gives_the_situations_back() {
    let mut nb = notebook();
    let (a, b) = two_rosas(&mut nb);
    let oven = oven_broke_for(&mut nb, &b);
    let merge = nb.merge_customers(&a.id, &b.id).unwrap().merge;

    nb.undo_merge(&merge.id).unwrap();

    assert_eq!(affected(&nb, &oven), [(b.id.clone(), true)]);
}

#[test]
fn a_customer_cannot_be_merged_with_themselves_or_someone_in_trash() {
    let mut nb = notebook();
    let (a, b) = two_rosas(&mut nb);
    assert!(nb.merge_customers(&a.id, &a.id).is_err());
    nb.trash_customer(&b.id).unwrap();
    assert!(nb.merge_customers(&a.id, &b.id).is_err());
    assert_eq!(nb.customer(&a.id).unwrap(), a, "nothing changed");
}

#[test]
fn forgetting_a_customer_follows_merges_of_merges_but_spares_one_restored_from_trash() {
    let mut nb = notebook();
    let (a, b) = two_rosas(&mut nb);
    let d = nb.create_customer(&person("Rosa Older")).unwrap();
    let restored = nb.create_customer(&person("Rosa Elsewhere")).unwrap();
    nb.merge_customers(&b.id, &d.id).unwrap(); // D into B,
    nb.merge_customers(&a.id, &b.id).unwrap(); // then B into A.
    nb.merge_customers(&a.id, &restored.id).unwrap();
    // Taken out of Trash by hand rather than by undoing the merge: a live
    // customer again, not part of A.
    nb.restore_customer(&restored.id).unwrap();

    nb.forget_customer(&a.id).unwrap();

    for gone in [&a, &b, &d] {
        assert!(
            nb.customer(&gone.id).is_err(),
            "{} forgotten",
            gone.full_name
        );
    }
    assert_eq!(
        nb.customer(&restored.id).unwrap().deleted_at,
        None,
        "spared"
    );
    assert!(nb.trash().unwrap().is_empty());
}

#[test]
fn forgetting_a_customer_forgets_the_duplicate_merged_into_them() {
    let mut nb = notebook();
    let (a, b) = two_rosas(&mut nb);
    nb.merge_customers(&a.id, &b.id).unwrap();
    nb.forget_customer(&a.id).unwrap();
    assert!(
        nb.customer(&b.id).is_err(),
        "the merged profile is gone too"
    );
    assert!(nb.trash().unwrap().is_empty());
}
