//! Situations: one problem that touches many customers. Who is affected
//! (from a saved search, a list, one by one), who looks after them, who has
//! been told the latest news, and closing with follow-ups.

mod common;

use common::{notebook, person, NOW};
use kindly_core::*;

const DAY: i64 = 24 * 60 * 60 * 1000;

fn customer(nb: &mut Notebook, full_name: &str, preferred: &str, tags: &[&str]) -> String {
    nb.create_customer(&CustomerInput {
        preferred_name: preferred.into(),
        tags: tags.iter().map(|t| t.to_string()).collect(),
        ..person(full_name)
    })
    .unwrap()
    .id
}

fn issue(nb: &mut Notebook, customer_id: &str, category: &str) -> String {
    nb.open_issue(&IssueInput {
        customer_id: customer_id.into(),
        title: "Cake late".into(),
        categories: vec![category.into()],
        ..Default::default()
    })
    .unwrap()
    .id
}

fn late_cakes(nb: &mut Notebook) -> String {
    nb.create_situation(&SituationInput {
        title: "Late delivery of wedding cakes".into(),
        what_happened: "The oven broke on Monday.".into(),
        what_we_do: "A new part is on its way.".into(),
        expected_fix: Some(NOW + 3 * DAY),
        lead: "Ana".into(),
        staff: "Ana".into(),
    })
    .unwrap()
}

fn tag(t: &str) -> SituationFilter {
    SituationFilter {
        tag: Some(t.into()),
        open_issue_category: None,
    }
}

/// Every affected customer, by name, a page at a time.
fn members(nb: &Notebook, situation: &str) -> Vec<SituationMember> {
    let mut all = Vec::new();
    loop {
        let page = nb
            .situation_members(situation, &MemberFilter::default(), all.len() as u32, 100)
            .unwrap();
        let done = page.members.len() < 100;
        all.extend(page.members);
        if done {
            return all;
        }
    }
}

fn names(nb: &Notebook, situation: &str) -> Vec<String> {
    members(nb, situation).into_iter().map(|m| m.name).collect()
}

fn member(nb: &Notebook, situation: &str, customer_id: &str) -> SituationMember {
    members(nb, situation)
        .into_iter()
        .find(|m| m.customer_id == customer_id)
        .unwrap()
}

fn tell(nb: &mut Notebook, situation: &str, who: &[&str], how: TellHow, mood: Option<Mood>) {
    nb.mark_told(
        situation,
        &TellInput {
            customer_ids: who.iter().map(|s| s.to_string()).collect(),
            staff: "Ben".into(),
            how,
            mood,
            note: String::new(),
        },
    )
    .unwrap();
}

fn field(err: Error) -> String {
    ErrorPayload::from(err).field.unwrap_or_default()
}

#[test]
fn a_saved_search_adds_everyone_it_picks_out_and_running_it_again_adds_only_the_new_ones() {
    let mut nb = notebook();
    let rosie = customer(&mut nb, "Rosalind Park", "Rosie", &["Wedding-Cakes"]);
    let tom = customer(&mut nb, "Tom Baker", "", &["wedding-cakes", "regular"]);
    let trashed = customer(&mut nb, "Gone Person", "", &["wedding-cakes"]);
    nb.trash_customer(&trashed).unwrap();
    customer(&mut nb, "Birthday Only", "", &["birthday-cakes"]);
    let dora = customer(&mut nb, "Dora Lee", "", &[]);
    issue(&mut nb, &dora, "Delivery");
    let fixed = customer(&mut nb, "Fixed Already", "", &["wedding-cakes"]);
    let resolved = issue(&mut nb, &fixed, "delivery");
    nb.move_issue(
        &resolved,
        nb.issue(&resolved).unwrap().version,
        &IssueMove {
            to: IssueState::Resolved,
            staff: "Ana".into(),
            note: "Delivered".into(),
            waiting_on: None,
            mood: None,
            check_in: None,
        },
    )
    .unwrap();
    let s = late_cakes(&mut nb);

    assert_eq!(nb.count_matching(&tag("WEDDING-cakes")).unwrap(), 3);
    let added = nb.add_matching(&s, &tag("wedding-cakes"), "Ana").unwrap();
    assert_eq!(added.count, 3, "Rosie, Tom and Fixed; not the one in Trash");
    let by_issue = SituationFilter {
        tag: None,
        open_issue_category: Some("delivery ".into()),
    };
    let dora_added = nb.add_matching(&s, &by_issue, "Ana").unwrap();
    assert_eq!(
        dora_added.count, 1,
        "Dora's open issue; Fixed's is resolved"
    );
    let both = SituationFilter {
        tag: Some("wedding-cakes".into()),
        open_issue_category: Some("delivery".into()),
    };
    assert_eq!(nb.count_matching(&both).unwrap(), 0, "both must match");

    let situation = nb.situation(&s).unwrap();
    assert_eq!(
        names(&nb, &s),
        ["Dora Lee", "Fixed Already", "Rosie", "Tom Baker"]
    );
    assert_eq!(situation.saved_filter, Some(by_issue.clone()));

    // A customer tagged later is picked out when the search runs again; nobody twice.
    let new = customer(&mut nb, "Newly Tagged", "", &["wedding-cakes"]);
    let again = nb.add_matching(&s, &tag("wedding-cakes"), "Ana").unwrap();
    assert_eq!(again.count, 1);
    let situation = nb.situation(&s).unwrap();
    assert_eq!(situation.progress.total, 5);
    assert!(members(&nb, &s).iter().any(|m| m.customer_id == new));
    assert!(members(&nb, &s).iter().all(|m| m.customer_id != trashed));

    // Each affected customer sees it on their page and in their brief.
    let page = nb.customer_page(&rosie, &[]).unwrap();
    assert_eq!(page.situations.len(), 1);
    assert_eq!(page.situations[0].title, "Late delivery of wedding cakes");
    assert!(!page.situations[0].told);
    let brief = nb.brief(&tom).unwrap();
    assert_eq!(brief.situations[0].id, s);
    assert!(nb
        .brief_text(&tom)
        .unwrap()
        .contains("Affected by: Late delivery of wedding cakes (NOT YET TOLD the latest): A new part is on its way."));

    // The last add is undone in one step; the earlier ones stay.
    assert_eq!(situation.undoable.as_ref().unwrap().id, again.id);
    nb.undo_situation_action(&again.id).unwrap();
    let situation = nb.situation(&s).unwrap();
    assert_eq!(situation.progress.total, 4);
    assert!(nb.customer_page(&new, &[]).unwrap().situations.is_empty());
    assert_eq!(
        situation.undoable.unwrap().id,
        dora_added.id,
        "the add before is next"
    );
}

#[test]
fn picking_customers_from_a_list_adds_them_all_at_once_and_undo_takes_them_all_back() {
    let mut nb = notebook();
    let picked: Vec<String> = (0..40)
        .map(|i| customer(&mut nb, &format!("Guest {i:02}"), "", &[]))
        .collect();
    let s = late_cakes(&mut nb);
    let one = nb.add_to_situation(&s, &picked[..1], "Ana").unwrap();
    assert_eq!(one.count, 1);
    let mut twice = picked.clone();
    twice.push(picked[3].clone());
    let all = nb.add_to_situation(&s, &twice, "Ana").unwrap();
    assert_eq!(
        all.count, 39,
        "the one already affected is not counted again"
    );
    assert_eq!(nb.situation_progress(&s).unwrap().total, 40);

    nb.undo_situation_action(&all.id).unwrap();
    assert_eq!(
        nb.situation_progress(&s).unwrap().total,
        1,
        "one step takes the 39 back"
    );
    let err = nb.undo_situation_action(&all.id).unwrap_err();
    assert_eq!(field(err), "action");

    let err = nb
        .add_to_situation(&s, &["not-an-id".to_string()], "Ana")
        .unwrap_err();
    assert_eq!(field(err), "customer_ids");
    assert_eq!(
        nb.situation_progress(&s).unwrap().total,
        1,
        "a refused add changes nothing"
    );
}

#[test]
fn after_an_update_everyone_is_not_yet_told_until_each_is_contacted() {
    let mut nb = notebook();
    let rosie = customer(&mut nb, "Rosalind Park", "Rosie", &["wedding-cakes"]);
    let tom = customer(&mut nb, "Tom Baker", "", &["wedding-cakes"]);
    let dora = customer(&mut nb, "Dora Lee", "", &["wedding-cakes"]);
    let s = late_cakes(&mut nb);
    nb.add_matching(&s, &tag("wedding-cakes"), "Ana").unwrap();
    let p = nb.situation_progress(&s).unwrap();
    assert_eq!((p.told, p.total), (0, 3));

    tell(&mut nb, &s, &[&rosie], TellHow::Call, Some(Mood::Upset));
    tell(&mut nb, &s, &[&tom], TellHow::Email, None);
    let p = nb.situation_progress(&s).unwrap();
    assert_eq!((p.told, p.total), (2, 3), "told 2 of 3");
    let r = member(&nb, &s, &rosie);
    assert!(r.told);
    assert_eq!(
        (r.told_by.as_str(), r.told_how, r.mood),
        ("Ben", Some(TellHow::Call), Some(Mood::Upset))
    );
    assert!(!member(&nb, &s, &dora).told);

    // Telling is a conversation on their timeline, with how and how they took it.
    let page = nb.customer_page(&rosie, &[]).unwrap();
    let row = &page.timeline.items[0];
    assert_eq!(row.event, EventType::Conversation);
    assert_eq!(row.channel, Some(Channel::CallOut));
    assert_eq!(row.mood, Some(Mood::Upset));
    assert_eq!(
        row.title,
        "Told about \"Late delivery of wedding cakes\": The oven broke on Monday."
    );
    assert!(page.situations[0].told);

    nb.post_situation_update(
        &s,
        &SituationUpdateInput {
            text: "The part arrives Thursday.".into(),
            expected_fix: Some(NOW + 5 * DAY),
            staff: "Ana".into(),
        },
    )
    .unwrap();
    let situation = nb.situation(&s).unwrap();
    assert_eq!(
        (situation.progress.told, situation.progress.total),
        (0, 3),
        "nobody has heard the update yet"
    );
    assert!(members(&nb, &s).iter().all(|m| !m.told));
    assert_eq!(situation.updates[0].text, "The part arrives Thursday.");
    assert_eq!(situation.expected_fix, Some(NOW + 5 * DAY));
    let seen = nb.customer_page(&rosie, &[]).unwrap().situations;
    assert_eq!(
        (seen[0].latest.as_str(), seen[0].told),
        ("The part arrives Thursday.", false)
    );
    // What Rosie was last told stays on record until she is told again.
    let r = member(&nb, &s, &rosie);
    assert_eq!(r.told_how, Some(TellHow::Call));

    tell(
        &mut nb,
        &s,
        &[&dora, &tom],
        TellHow::Message,
        Some(Mood::Neutral),
    );
    let p = nb.situation_progress(&s).unwrap();
    assert_eq!((p.told, p.total), (2, 3));
    let page = nb.customer_page(&dora, &[]).unwrap();
    assert_eq!(
        page.timeline.items[0].title,
        "Told about \"Late delivery of wedding cakes\": The part arrives Thursday."
    );

    // Someone not affected cannot be marked told, and nothing changes.
    let stranger = customer(&mut nb, "Stranger", "", &[]);
    let err = nb
        .mark_told(
            &s,
            &TellInput {
                customer_ids: vec![rosie.clone(), stranger],
                staff: "Ben".into(),
                how: TellHow::Call,
                mood: None,
                note: String::new(),
            },
        )
        .unwrap_err();
    assert_eq!(field(err), "customer_ids");
    assert_eq!(
        nb.situation_progress(&s).unwrap().told,
        2,
        "Rosie is still not told"
    );
    assert_eq!(
        nb.customer_page(&rosie, &[]).unwrap().timeline.items.len(),
        1
    );
}

#[test]
fn progress_is_counted_per_concierge_from_groups_and_customers_of_their_own() {
    let mut nb = notebook();
    let ids: Vec<String> = ["Ann", "Bob", "Cat", "Dan", "Eve"]
        .iter()
        .map(|n| customer(&mut nb, n, "", &["oven"]))
        .collect();
    let s = late_cakes(&mut nb);
    nb.add_matching(&s, &tag("oven"), "Ana").unwrap();
    let weddings = nb
        .add_situation_group(&s, "Weddings this week", "Kathy")
        .unwrap();
    let later = nb.add_situation_group(&s, "Later orders", "Mike").unwrap();
    nb.group_members(&s, &ids[..3], Some(&weddings), "Ana")
        .unwrap();
    let grouped = nb
        .group_members(&s, &ids[3..4], Some(&later), "Ana")
        .unwrap();
    nb.set_member_concierge(&s, &ids[0], "Ana").unwrap();
    tell(
        &mut nb,
        &s,
        &[&ids[1], &ids[3], &ids[0]],
        TellHow::Call,
        None,
    );

    let p = nb.situation_progress(&s).unwrap();
    let rows: Vec<(&str, u32, u32)> = p
        .by_concierge
        .iter()
        .map(|c| (c.concierge.as_str(), c.told, c.total))
        .collect();
    assert_eq!(
        rows,
        [("Ana", 1, 1), ("Kathy", 1, 2), ("Mike", 1, 1), ("", 0, 1)]
    );
    assert_eq!((p.told, p.total), (3, 5));
    let situation = nb.situation(&s).unwrap();
    let sizes: Vec<(&str, u32)> = situation
        .groups
        .iter()
        .map(|g| (g.name.as_str(), g.size))
        .collect();
    assert_eq!(sizes, [("Later orders", 1), ("Weddings this week", 3)]);

    // A new concierge for a group takes over its customers' counts.
    nb.set_group_concierge(&s, &weddings, "Rose").unwrap();
    let p = nb.situation_progress(&s).unwrap();
    assert!(p
        .by_concierge
        .iter()
        .any(|c| (c.concierge.as_str(), c.total) == ("Rose", 2)));

    // Undoing the last grouping puts Dan back in no group.
    nb.undo_situation_action(&grouped.id).unwrap();
    let p = nb.situation_progress(&s).unwrap();
    assert_eq!(
        p.by_concierge
            .last()
            .map(|c| (c.concierge.as_str(), c.total)),
        Some(("", 2))
    );

    let err = nb.add_situation_group(&s, "  ", "Kathy").unwrap_err();
    assert_eq!(field(err), "name");
}

#[test]
fn closing_offers_a_check_in_for_everyone_and_a_card_for_the_upset_and_can_be_undone() {
    let mut nb = notebook();
    nb.set_time_zone("Europe/London").unwrap();
    let rosie = customer(&mut nb, "Rosalind Park", "Rosie", &["oven"]);
    let tom = customer(&mut nb, "Tom Baker", "", &["oven"]);
    let s = late_cakes(&mut nb);
    nb.add_matching(&s, &tag("oven"), "Ana").unwrap();
    let group = nb.add_situation_group(&s, "Everyone", "Kathy").unwrap();
    nb.group_members(&s, &[rosie.clone(), tom.clone()], Some(&group), "Ana")
        .unwrap();
    tell(&mut nb, &s, &[&rosie], TellHow::Call, Some(Mood::Upset));
    tell(&mut nb, &s, &[&tom], TellHow::Call, Some(Mood::Pleased));

    let closed = nb
        .close_situation(
            &s,
            nb.situation(&s).unwrap().version,
            &CloseSituation {
                staff: "Ana".into(),
                check_in_days: Some(3),
                cards_for_upset: true,
            },
        )
        .unwrap();
    assert_eq!(closed.count, 3, "two check-ins and one card");
    let situation = nb.situation(&s).unwrap();
    assert!(situation.closed_at.is_some());
    assert!(
        nb.situations(false).unwrap().is_empty(),
        "closed situations leave the open list"
    );
    assert_eq!(nb.situations(true).unwrap().len(), 1);

    let rosie_page = nb.customer_page(&rosie, &[]).unwrap();
    let mut actions: Vec<(FollowUpAction, &str)> = rosie_page
        .follow_ups
        .iter()
        .map(|f| (f.action, f.assignee.as_str()))
        .collect();
    actions.sort_by_key(|(a, _)| a.as_str());
    assert_eq!(
        actions,
        [
            (FollowUpAction::CheckIn, "Kathy"),
            (FollowUpAction::SendCard, "Kathy")
        ]
    );
    let check_in = rosie_page
        .follow_ups
        .iter()
        .find(|f| f.action == FollowUpAction::CheckIn)
        .unwrap();
    assert_eq!(check_in.date, "2026-11-25", "three days from today");
    let tom_page = nb.customer_page(&tom, &[]).unwrap();
    assert_eq!(
        tom_page.follow_ups.len(),
        1,
        "no card for a customer who took it well"
    );
    assert!(
        nb.brief(&tom).unwrap().situations.is_empty(),
        "the brief lists open situations only"
    );
    assert!(
        tom_page.situations[0].closed_at.is_some(),
        "the page still links to it"
    );

    // A closed situation takes no more changes.
    let err = nb
        .post_situation_update(
            &s,
            &SituationUpdateInput {
                text: "More news".into(),
                expected_fix: None,
                staff: "Ana".into(),
            },
        )
        .unwrap_err();
    assert_eq!(field(err), "situation");

    nb.undo_situation_action(&closed.id).unwrap();
    assert!(nb.situation(&s).unwrap().closed_at.is_none());
    assert!(nb.customer_page(&rosie, &[]).unwrap().follow_ups.is_empty());
    assert!(nb.customer_page(&tom, &[]).unwrap().follow_ups.is_empty());
}

#[test]
fn undoing_a_close_leaves_a_check_in_somebody_changed_since() {
    let mut nb = notebook();
    let rosie = customer(&mut nb, "Rosalind Park", "Rosie", &["oven"]);
    let tom = customer(&mut nb, "Tom Baker", "", &["oven"]);
    let s = late_cakes(&mut nb);
    nb.add_matching(&s, &tag("oven"), "Ana").unwrap();
    let closed = nb
        .close_situation(
            &s,
            nb.situation(&s).unwrap().version,
            &CloseSituation {
                staff: "Ana".into(),
                check_in_days: Some(3),
                cards_for_upset: false,
            },
        )
        .unwrap();
    let rosies = nb.customer_page(&rosie, &[]).unwrap().follow_ups[0]
        .id
        .clone();
    nb.reassign_follow_up(&rosies, nb.follow_up(&rosies).unwrap().version, "Ben")
        .unwrap();

    nb.undo_situation_action(&closed.id).unwrap();

    let kept = nb.customer_page(&rosie, &[]).unwrap().follow_ups;
    assert_eq!(kept.len(), 1, "Ben's check-in stays");
    assert_eq!(kept[0].assignee, "Ben");
    assert!(
        nb.customer_page(&tom, &[]).unwrap().follow_ups.is_empty(),
        "the untouched one goes"
    );
    assert!(nb.situation(&s).unwrap().closed_at.is_none());
}

#[test]
fn an_add_is_not_undone_once_one_of_them_was_told() {
    let mut nb = notebook();
    let rosie = customer(&mut nb, "Rosalind Park", "Rosie", &["oven"]);
    customer(&mut nb, "Tom Baker", "", &["oven"]);
    let s = late_cakes(&mut nb);
    let added = nb.add_matching(&s, &tag("oven"), "Ana").unwrap();
    tell(&mut nb, &s, &[&rosie], TellHow::Call, Some(Mood::Upset));

    let err = nb.undo_situation_action(&added.id).unwrap_err();

    assert_eq!(field(err), "action");
    let situation = nb.situation(&s).unwrap();
    assert_eq!(situation.progress.total, 2, "nobody taken off");
    assert!(members(&nb, &s)
        .iter()
        .any(|m| m.customer_id == rosie && m.told));
}

#[test]
fn a_message_per_customer_uses_the_name_they_go_by_and_the_latest_news() {
    let mut nb = notebook();
    nb.set_time_zone("Europe/London").unwrap();
    let rosie = customer(&mut nb, "Rosalind Park", "Rosie", &["oven"]);
    customer(&mut nb, "Tom Baker", "", &["oven"]);
    let s = late_cakes(&mut nb);
    nb.add_matching(&s, &tag("oven"), "Ana").unwrap();
    let group = nb.add_situation_group(&s, "Weddings", "Kathy").unwrap();
    nb.group_members(&s, std::slice::from_ref(&rosie), Some(&group), "Ana")
        .unwrap();

    let first = nb.situation_messages(&s).unwrap();
    assert_eq!(first[0].name, "Rosie");
    assert_eq!(
        first[0].text,
        "Hi Rosie,\nThe oven broke on Monday.\nWhat we are doing: A new part is on its way.\n\
         We expect it to be fixed by Wednesday 25 November.\nWe will keep you posted. Sorry for the trouble.\nKathy"
    );
    assert!(first[1].text.starts_with("Hi Tom Baker,\n"));
    assert!(
        first[1].text.ends_with("\nAna"),
        "signed by the lead when nobody looks after them"
    );

    nb.post_situation_update(
        &s,
        &SituationUpdateInput {
            text: "The part arrives Thursday.".into(),
            expected_fix: None,
            staff: "Ana".into(),
        },
    )
    .unwrap();
    let update = nb.situation_messages(&s).unwrap();
    assert!(update[0].text.starts_with(
        "Hi Rosie,\nAn update on Late delivery of wedding cakes: The part arrives Thursday.\n"
    ));
}

#[test]
fn each_customer_s_message_is_written_in_the_language_they_prefer() {
    let mut nb = notebook();
    nb.set_time_zone("Europe/Paris").unwrap();
    let speaking = |nb: &mut Notebook, name: &str, language: &str| {
        nb.create_customer(&CustomerInput {
            tags: vec!["oven".into()],
            language: language.into(),
            ..person(name)
        })
        .unwrap()
        .id
    };
    let amelie = speaking(&mut nb, "Amélie Durand", "fr-FR");
    let jonas = speaking(&mut nb, "Jonas Weber", "de");
    let yuki = speaking(&mut nb, "Yuki Sato", "ja");
    let s = late_cakes(&mut nb);
    nb.add_matching(&s, &tag("oven"), "Ana").unwrap();

    let messages = nb.situation_messages(&s).unwrap();
    let text = |id: &str| {
        messages
            .iter()
            .find(|m| m.customer_id == id)
            .map(|m| m.text.clone())
            .unwrap()
    };

    assert_eq!(
        text(&amelie),
        "Bonjour Amélie Durand,\nThe oven broke on Monday.\nCe que nous faisons\u{a0}: A new part is on its way.\n\
         Nous pensons que ce sera réglé d’ici mercredi 25 novembre.\n\
         Nous vous tiendrons au courant. Toutes nos excuses pour le désagrément.\nAna",
        "French words and a French date around the shop's own words"
    );
    assert!(text(&jonas).starts_with("Hallo Jonas Weber,\n"));
    assert!(text(&jonas).contains("bis Mittwoch, 25. November behoben"));
    assert!(
        text(&yuki).starts_with("Hi Yuki Sato,\n"),
        "a language Kindly does not speak: the app's own"
    );
    let told = member(&nb, &s, &amelie);
    assert_eq!(told.language, "fr-FR", "the list knows who speaks what");
}

#[test]
fn refused_input_names_the_field_and_changes_nothing() {
    let mut nb = notebook();
    let blank = SituationInput {
        title: "   ".into(),
        ..Default::default()
    };
    assert_eq!(field(nb.create_situation(&blank).unwrap_err()), "title");
    let long = SituationInput {
        title: "Oven".into(),
        what_we_do: "x".repeat(MAX_SITUATION_TEXT + 1),
        ..Default::default()
    };
    assert_eq!(field(nb.create_situation(&long).unwrap_err()), "what_we_do");
    let far = SituationInput {
        title: "Oven".into(),
        expected_fix: Some(i64::MAX),
        ..Default::default()
    };
    assert_eq!(
        field(nb.create_situation(&far).unwrap_err()),
        "expected_fix"
    );
    assert!(nb.situations(true).unwrap().is_empty());

    let s = late_cakes(&mut nb);
    assert_eq!(
        field(
            nb.add_matching(&s, &SituationFilter::default(), "Ana")
                .unwrap_err()
        ),
        "tag"
    );
    let empty = SituationUpdateInput {
        text: " ".into(),
        expected_fix: None,
        staff: "Ana".into(),
    };
    assert_eq!(
        field(nb.post_situation_update(&s, &empty).unwrap_err()),
        "text"
    );
    let situation = nb.situation(&s).unwrap();
    assert!(
        situation.updates.is_empty()
            && situation.saved_filter.is_none()
            && situation.undoable.is_none()
    );
    assert_eq!(
        nb.situation("0190b5c4-0000-7000-8000-000000000000")
            .unwrap_err()
            .code(),
        ErrorCode::NotFound
    );
}

#[test]
fn a_customer_erased_after_a_bulk_add_leaves_the_situation_too() {
    // Adding from a search skips SQLite's per-row key checks for speed; the
    // notebook must have them back afterwards, or erasing a customer would
    // leave them counted on every situation they were on.
    let mut nb = notebook();
    let rosie = customer(&mut nb, "Rosalind Park", "Rosie", &["wedding-cakes"]);
    customer(&mut nb, "Tom Baker", "", &["wedding-cakes"]);
    let s = late_cakes(&mut nb);
    assert_eq!(
        nb.add_matching(&s, &tag("wedding-cakes"), "Ana")
            .unwrap()
            .count,
        2
    );
    // A refused add must not leave the checks off either.
    let close = CloseSituation {
        staff: "Ana".into(),
        check_in_days: None,
        cards_for_upset: false,
    };
    nb.close_situation(&s, nb.situation(&s).unwrap().version, &close)
        .unwrap();
    let refused = nb.add_matching(&s, &tag("wedding-cakes"), "Ana");
    assert!(refused.is_err(), "a closed situation takes no one new");

    nb.forget_customer(&rosie).unwrap();

    let situation = nb.situation(&s).unwrap();
    assert_eq!(situation.progress.total, 1, "Rosie is gone");
    assert_eq!(names(&nb, &s), ["Tom Baker"]);
}

#[test]
fn every_one_of_two_thousand_affected_customers_can_be_found_ticked_and_told() {
    let mut nb = notebook();
    for i in 1..=2000 {
        let group = if i % 4 == 0 { "Weddings" } else { "Birthdays" };
        customer(&mut nb, &format!("Customer {i:04} {group}"), "", &["oven"]);
    }
    let s = late_cakes(&mut nb);
    nb.add_matching(&s, &tag("oven"), "Ana").unwrap();
    let everyone = MemberFilter::default();

    // A page at a time, by name, to the very last.
    let first = nb.situation_members(&s, &everyone, 0, 100).unwrap();
    assert_eq!((first.matching, first.members.len()), (2000, 100));
    assert_eq!(first.members[0].name, "Customer 0001 Birthdays");
    let last = nb.situation_members(&s, &everyone, 1900, 100).unwrap();
    assert_eq!(last.members.len(), 100);
    assert_eq!(last.members[99].name, "Customer 2000 Weddings");
    assert_eq!(last.offset, 1900);

    // Found by part of a name, accents and case aside.
    let named = |name: &str| MemberFilter {
        name: name.into(),
        ..Default::default()
    };
    let found = nb
        .situation_members(&s, &named("customer 1789"), 0, 100)
        .unwrap();
    assert_eq!(found.matching, 1);
    assert_eq!(found.members[0].name, "Customer 1789 Birthdays");

    // Tick all that match, put them in a group, tell them: well past the 500th.
    let weddings = nb.situation_member_ids(&s, &named("WEDDINGS")).unwrap();
    assert_eq!(weddings.len(), 500);
    assert_eq!(weddings.last(), last.members.last().map(|m| &m.customer_id));
    let group = nb.add_situation_group(&s, "Weddings", "Kathy").unwrap();
    nb.group_members(&s, &weddings, Some(&group), "Ana")
        .unwrap();
    let in_group = MemberFilter {
        group_id: Some(group.clone()),
        ..Default::default()
    };
    assert_eq!(
        nb.situation_members(&s, &in_group, 0, 1).unwrap().matching,
        500
    );
    let no_group = MemberFilter {
        group_id: Some(String::new()),
        ..Default::default()
    };
    assert_eq!(
        nb.situation_members(&s, &no_group, 0, 1).unwrap().matching,
        1500
    );

    let not_told = MemberFilter {
        told: Some(false),
        ..Default::default()
    };
    let to_tell = nb.situation_member_ids(&s, &not_told).unwrap();
    assert_eq!(to_tell.len(), 2000);
    let past_500: Vec<String> = to_tell[1500..].to_vec();
    nb.mark_told(
        &s,
        &TellInput {
            customer_ids: past_500.clone(),
            staff: "Ben".into(),
            how: TellHow::Email,
            mood: None,
            note: String::new(),
        },
    )
    .unwrap();
    let told = MemberFilter {
        told: Some(true),
        ..Default::default()
    };
    let page = nb.situation_members(&s, &told, 0, 200).unwrap();
    assert_eq!(page.matching, 500);
    assert_eq!(page.members[0].customer_id, past_500[0]);
    assert!(page.members.iter().all(|m| m.told));
    assert_eq!(nb.situation_progress(&s).unwrap().told, 500);
    assert_eq!(
        nb.situation_members(&s, &not_told, 0, 1).unwrap().matching,
        1500
    );

    // Only the customers asked about.
    let among = MemberFilter {
        customer_ids: vec![past_500[3].clone(), "not a member".into()],
        ..Default::default()
    };
    assert_eq!(
        nb.situation_member_ids(&s, &among).unwrap(),
        [past_500[3].clone()]
    );
}

#[test]
fn a_member_page_is_bounded() {
    let mut nb = notebook();
    let s = late_cakes(&mut nb);
    for limit in [0, MAX_MEMBER_PAGE + 1] {
        let err = nb
            .situation_members(&s, &MemberFilter::default(), 0, limit)
            .unwrap_err();
        assert_eq!(field(err), "limit");
    }
}
