//! The callback brief, as the person at the desk meets it: a number rings
//! (who may it be?), the brief for that customer (everything to know in ten
//! seconds, most important first), the brief as text, and logging the call
//! afterwards in one step. Plus the global shortcut that brings Kindly up.
//!
//! The notebook's zone is Europe/London and "now" is Tuesday 8 June 2027 at
//! noon (British Summer Time, UTC+1) unless a test moves the clock.

mod common;

use common::desk::*;
use kindly_core::*;
use rstest::{fixture, rstest};

const TUESDAY_NOON: &str = "2027-06-08 12:00";

/// An id no entry or customer has.
const NOBODY: &str = "0190b5c4-0000-7000-8000-000000000000";

fn with_phone(d: &mut Desk, full_name: &str, number: &str) -> String {
    d.create_customer(&CustomerInput {
        full_name: full_name.into(),
        phones: vec![PhoneInput {
            label: "mobile".into(),
            number: number.into(),
            primary: true,
        }],
        ..Default::default()
    })
    .unwrap()
    .id
}

/// A conversation that happened at a London time.
fn talk(
    customer_id: &str,
    at: &str,
    channel: Channel,
    staff: &str,
    mood: Option<Mood>,
    summary: &str,
) -> ConversationInput {
    ConversationInput {
        customer_id: customer_id.into(),
        channel,
        happened_at: Some(london(at)),
        staff: staff.into(),
        summary: summary.into(),
        mood,
        issue_id: None,
        follow_up: None,
    }
}

fn spoke_to(d: &mut Desk, customer_id: &str, at: &str) -> Conversation {
    d.log_conversation(&talk(
        customer_id,
        at,
        Channel::CallIn,
        "Ana",
        None,
        "Had a chat",
    ))
    .unwrap()
}

/// Who a number may be: (full name, how it matched), best first.
fn callers(d: &Desk, number: &str) -> Vec<(String, PhoneMatch)> {
    d.find_caller(number)
        .unwrap()
        .matches
        .into_iter()
        .map(|m| (m.full_name, m.matched_by))
        .collect()
}

fn names(list: &[(&str, PhoneMatch)]) -> Vec<(String, PhoneMatch)> {
    list.iter().map(|(n, m)| ((*n).to_owned(), *m)).collect()
}

// ---------------------------------------------------------------------
// Who is calling?
// ---------------------------------------------------------------------

/// Three customers, each saved in their own country's format: a Paris
/// mobile, a London landline and a US number.
#[fixture]
fn phone_book() -> Desk {
    let mut d = Desk::new(TUESDAY_NOON);
    d.set_phone_region("FR").unwrap();
    with_phone(&mut d, "Agnès Dubois", "06 12 34 56 78");
    d.set_phone_region("GB").unwrap();
    with_phone(&mut d, "Hans Müller", "020 7946 0958");
    d.set_phone_region("US").unwrap();
    with_phone(&mut d, "José Ortiz", "(555) 010-4477");
    d
}

#[rstest]
// The same number, however it is written.
#[case::national_at_home("GB", "020 7946 0958", "Hans Müller", PhoneMatch::Exact)]
#[case::international("GB", "+44 20 7946 0958", "Hans Müller", PhoneMatch::Exact)]
#[case::punctuated("GB", "(020) 7946-0958", "Hans Müller", PhoneMatch::Exact)]
#[case::double_zero_at_home("GB", "0044 20 7946 0958", "Hans Müller", PhoneMatch::Exact)]
#[case::double_zero_from_the_us("US", "0044 20 7946 0958", "Hans Müller", PhoneMatch::Exact)]
#[case::us_exit_code("US", "011 44 20 7946 0958", "Hans Müller", PhoneMatch::Exact)]
#[case::us_dots("US", "555.010.4477", "José Ortiz", PhoneMatch::Exact)]
#[case::us_number_with_00_from_gb("GB", "001 555 010 4477", "José Ortiz", PhoneMatch::Exact)]
#[case::french_at_home("FR", "06 12 34 56 78", "Agnès Dubois", PhoneMatch::Exact)]
#[case::french_dotted_international("FR", "+33 6.12.34.56.78", "Agnès Dubois", PhoneMatch::Exact)]
#[case::french_with_00_from_the_us("US", "0033 6 12 34 56 78", "Agnès Dubois", PhoneMatch::Exact)]
// The last digits of a stored number.
#[case::last_eight("GB", "7946 0958", "Hans Müller", PhoneMatch::Ending)]
#[case::last_four("GB", "0958", "Hans Müller", PhoneMatch::Ending)]
#[case::us_number_typed_in_gb("GB", "555-010-4477", "José Ortiz", PhoneMatch::Ending)]
#[case::us_number_with_1_in_gb("GB", "1 555 010 4477", "José Ortiz", PhoneMatch::Ending)]
// The national number written with another country's prefix.
#[case::uk_national_from_the_us("US", "020 7946 0958", "Hans Müller", PhoneMatch::National)]
#[case::uk_national_from_france("FR", "020 7946 0958", "Hans Müller", PhoneMatch::National)]
#[case::uk_with_bracketed_zero("US", "+44 (0)20 7946 0958", "Hans Müller", PhoneMatch::National)]
#[case::french_national_from_gb("GB", "06 12 34 56 78", "Agnès Dubois", PhoneMatch::National)]
#[case::french_national_from_germany("DE", "0612345678", "Agnès Dubois", PhoneMatch::National)]
fn a_callers_number_finds_the_one_customer_it_belongs_to(
    mut phone_book: Desk,
    #[case] region: &str,
    #[case] typed: &str,
    #[case] who: &str,
    #[case] how: PhoneMatch,
) {
    phone_book.set_phone_region(region).unwrap();
    assert_eq!(
        callers(&phone_book, typed),
        names(&[(who, how)]),
        "{typed:?} in region {region}"
    );
}

#[rstest]
fn a_match_shows_the_stored_number_as_it_was_typed(mut phone_book: Desk) {
    phone_book.set_phone_region("US").unwrap();
    let found = phone_book.find_caller("  +44 20 7946 0958 ").unwrap();
    assert_eq!(found.number, "+44 20 7946 0958", "trimmed");
    let [hans] = found.matches.try_into().unwrap();
    assert_eq!(hans.name, "Hans Müller", "no preferred name: the full name");
    assert_eq!(hans.phone, "020 7946 0958");
    assert_eq!(hans.phone_label, "mobile");
    assert_eq!(hans.last_contact_at, None);
}

#[rstest]
#[case::wrong_ending("GB", "020 7946 0959")]
#[case::digits_in_the_middle("GB", "7946")]
#[case::typed_digits_longer_than_the_number("US", "99 555 010 4477")]
fn a_number_nobody_has_matches_nobody(
    mut phone_book: Desk,
    #[case] region: &str,
    #[case] typed: &str,
) {
    phone_book.set_phone_region(region).unwrap();
    let found = phone_book.find_caller(typed).unwrap();
    assert!(found.matches.is_empty(), "{typed:?}: {:?}", found.matches);
}

#[test]
fn customers_sharing_the_last_digits_come_most_recently_spoken_to_first() {
    let mut d = Desk::new(TUESDAY_NOON);
    let ann = with_phone(&mut d, "Ann Lee", "+44 20 7946 4477");
    let bob = with_phone(&mut d, "Bob Stone", "+1 555 010 4477");
    with_phone(&mut d, "Cat Moreau", "+33 6 12 34 44 77");
    with_phone(&mut d, "Dan Shaw", "+44 7700 900123");
    spoke_to(&mut d, &ann, "2027-05-29 10:00");
    let bobs_call = spoke_to(&mut d, &bob, "2027-06-07 16:00");

    let found = d.find_caller("4477").unwrap().matches;
    let order: Vec<(&str, PhoneMatch, Option<Millis>)> = found
        .iter()
        .map(|m| (m.full_name.as_str(), m.matched_by, m.last_contact_at))
        .collect();
    assert_eq!(
        order,
        [
            (
                "Bob Stone",
                PhoneMatch::Ending,
                Some(london("2027-06-07 16:00"))
            ),
            (
                "Ann Lee",
                PhoneMatch::Ending,
                Some(london("2027-05-29 10:00"))
            ),
            ("Cat Moreau", PhoneMatch::Ending, None),
        ]
    );

    // Calling Cat now puts her first.
    let cat = found[2].customer_id.clone();
    spoke_to(&mut d, &cat, TUESDAY_NOON);
    let first: Vec<String> = callers(&d, "44 77").into_iter().map(|c| c.0).collect();
    assert_eq!(first, ["Cat Moreau", "Bob Stone", "Ann Lee"]);

    // Bob's only conversation goes to Trash: he has not been spoken to.
    d.trash_entry(&bobs_call.id).unwrap();
    let first: Vec<String> = callers(&d, "4477").into_iter().map(|c| c.0).collect();
    assert_eq!(first, ["Cat Moreau", "Ann Lee", "Bob Stone"]);
}

#[test]
fn the_same_number_beats_the_same_ending_which_beats_the_same_national_number() {
    let mut d = Desk::new(TUESDAY_NOON);
    // Typed below as "020 7946 0958" in region GB: +44 20 7946 0958.
    let exact = with_phone(&mut d, "Exact Match", "+44 20 7946 0958");
    // Ends with the digits typed, 02079460958, but is another number.
    let ending = with_phone(&mut d, "Ending Match", "+49 302 0794 60958");
    // Only its national number ends with the national number typed.
    let national = with_phone(&mut d, "National Match", "+1 207 946 0958");
    // Recency would put them the other way round.
    spoke_to(&mut d, &national, "2027-06-08 11:00");
    spoke_to(&mut d, &ending, "2027-06-01 11:00");

    assert_eq!(
        callers(&d, "020 7946 0958"),
        names(&[
            ("Exact Match", PhoneMatch::Exact),
            ("Ending Match", PhoneMatch::Ending),
            ("National Match", PhoneMatch::National),
        ])
    );
    let ids: Vec<String> = d
        .find_caller("020 7946 0958")
        .unwrap()
        .matches
        .into_iter()
        .map(|m| m.customer_id)
        .collect();
    assert_eq!(ids, [exact, ending, national]);
}

#[test]
fn a_household_sharing_one_number_comes_most_recently_spoken_to_first() {
    let mut d = Desk::new(TUESDAY_NOON);
    let tom = with_phone(&mut d, "Tom Wright", "020 7946 0958");
    let jen = with_phone(&mut d, "Jen Wright", "+44 20 7946 0958");
    spoke_to(&mut d, &tom, "2027-06-01 10:00");
    spoke_to(&mut d, &jen, "2027-06-05 10:00");
    assert_eq!(
        callers(&d, "02079460958"),
        names(&[
            ("Jen Wright", PhoneMatch::Exact),
            ("Tom Wright", PhoneMatch::Exact),
        ])
    );
    // A later conversation with Tom, logged after the fact, still counts.
    spoke_to(&mut d, &tom, "2027-06-07 10:00");
    assert_eq!(callers(&d, "02079460958")[0].0, "Tom Wright");
}

#[test]
fn a_customer_in_trash_never_matches() {
    let mut d = Desk::new(TUESDAY_NOON);
    let hans = with_phone(&mut d, "Hans Müller", "020 7946 0958");
    let greta = with_phone(&mut d, "Greta Müller", "+49 30 1234 0958");
    spoke_to(&mut d, &hans, "2027-06-07 10:00");
    d.trash_customer(&hans).unwrap();

    for typed in ["020 7946 0958", "+44 20 7946 0958", "7946 0958"] {
        assert!(callers(&d, typed).is_empty(), "{typed:?}");
    }
    d.set_phone_region("US").unwrap();
    assert!(callers(&d, "020 7946 0958").is_empty(), "national");
    assert_eq!(
        callers(&d, "0958"),
        names(&[("Greta Müller", PhoneMatch::Ending)]),
        "the one left"
    );

    d.restore_customer(&hans).unwrap();
    let ids: Vec<String> = d
        .find_caller("0958")
        .unwrap()
        .matches
        .into_iter()
        .map(|m| m.customer_id)
        .collect();
    assert_eq!(ids, [hans, greta], "back, and first: spoken to last");
}

#[rstest]
#[case::nothing("")]
#[case::spaces("   ")]
#[case::three_digits("123")]
#[case::three_punctuated("(1) 2-3")]
#[case::a_country_code("+44")]
#[case::words("call me back")]
#[case::far_too_long("1234567890 1234567890 1234567890 1234567890 1234567890 1234567890")]
fn too_few_digits_or_not_a_number_is_refused_beside_the_number(
    phone_book: Desk,
    #[case] typed: &str,
) {
    let err = phone_book.find_caller(typed).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput, "{typed:?}");
    assert_eq!(field(err), "number", "{typed:?}");
}

#[rstest]
fn four_digits_are_enough(phone_book: Desk) {
    assert_eq!(
        callers(&phone_book, "4477"),
        names(&[("José Ortiz", PhoneMatch::Ending)])
    );
}

// ---------------------------------------------------------------------
// The brief
// ---------------------------------------------------------------------

/// Rose Tanaka ("Rosie") and a month of her story, written so that every
/// part of the brief has things that belong in it and things that don't.
struct Story {
    d: Desk,
    rosie: String,
    squashed: String,
    double_charge: String,
    gluten: String,
    trashed_note: String,
}

fn issue(d: &mut Desk, c: &str, at: &str, title: &str, own_words: &str) -> Issue {
    d.set(at);
    d.open_issue(&IssueInput {
        customer_id: c.into(),
        title: title.into(),
        own_words: own_words.into(),
        staff: "Ana".into(),
        ..Default::default()
    })
    .unwrap()
}

fn move_issue(d: &mut Desk, id: &str, to: IssueState, waiting_on: Option<WaitingOn>, note: &str) {
    let version = d.issue(id).unwrap().version;
    d.move_issue(
        id,
        version,
        &IssueMove {
            to,
            staff: "Ben".into(),
            note: note.into(),
            waiting_on,
            mood: None,
            check_in: None,
        },
    )
    .unwrap();
}

fn promise(d: &mut Desk, c: &str, what: &str, due: &str) -> Promise {
    d.make_promise(&PromiseInput {
        customer_id: c.into(),
        issue_id: None,
        what: what.into(),
        due_at: london(due),
        promised_by: "Ben".into(),
    })
    .unwrap()
}

fn rosie_profile() -> CustomerInput {
    CustomerInput {
        full_name: "Rose Tanaka".into(),
        preferred_name: "Rosie".into(),
        pronunciation: "ROH-zee".into(),
        pronouns: "she/her".into(),
        company: "Bloom Hair Studio".into(),
        phones: vec![PhoneInput {
            label: "shop".into(),
            number: "020 7946 0958".into(),
            primary: true,
        }],
        birthday: Some(Birthday {
            year: Some(1980),
            month: 6,
            day: 20,
        }),
        contact_channel: ContactChannel::TextMessage,
        best_time: "weekday mornings".into(),
        dont: vec![
            "never call before 10".into(),
            "don't mention the wedding".into(),
        ],
        preferences: vec!["oat milk".into(), "window seat".into()],
        remember: vec!["hard of hearing: speak slowly".into()],
        notes: "Deaf in the left ear: speak on her right.\nHer sister Jun also comes in.".into(),
        looked_after_by: "Ana".into(),
        stay_in_touch: Some(StayInTouch {
            ideal_days: 14,
            longest_days: 30,
        }),
        ..Default::default()
    }
}

#[fixture]
fn story() -> Story {
    let mut d = Desk::new("2027-05-03 10:00");
    let rosie = d.create_customer(&rosie_profile()).unwrap().id;

    // Issues: two active, one resolved, one in Trash, one opened last.
    let squashed = issue(
        &mut d,
        &rosie,
        "2027-05-04 10:00",
        "Squashed cake",
        "The top tier was flat as a pancake",
    )
    .id;
    move_issue(&mut d, &squashed, IssueState::InProgress, None, "");
    let double_charge = issue(
        &mut d,
        &rosie,
        "2027-05-10 10:00",
        "Double charge",
        "You took the money twice",
    )
    .id;
    move_issue(
        &mut d,
        &double_charge,
        IssueState::Waiting,
        Some(WaitingOn::Customer),
        "Her bank statement",
    );
    let fixed = issue(
        &mut d,
        &rosie,
        "2027-05-12 10:00",
        "Wrong name on the cake",
        "",
    )
    .id;
    move_issue(&mut d, &fixed, IssueState::Resolved, None, "Made a new one");
    let trashed = issue(&mut d, &rosie, "2027-05-13 10:00", "Late delivery", "").id;
    d.trash_entry(&trashed).unwrap();
    let gluten = issue(
        &mut d,
        &rosie,
        "2027-05-20 10:00",
        "Wants a gluten-free option",
        "",
    )
    .id;

    // Promises, made on 1 June.
    d.set("2027-06-01 10:00");
    promise(&mut d, &rosie, "Send the new menu", "2027-06-10 12:00");
    promise(
        &mut d,
        &rosie,
        "Refund the second charge",
        "2027-06-07 17:00",
    );
    promise(
        &mut d,
        &rosie,
        "Ring the flour supplier",
        "2027-06-16 12:00",
    );
    promise(&mut d, &rosie, "Check the oven part", "2027-06-15 11:00");
    let kept = promise(&mut d, &rosie, "Replace the cake", "2027-06-09 12:00").id;
    let version = d.promise(&kept).unwrap().version;
    d.settle_promise(
        &kept,
        version,
        &PromiseOutcome::Kept {
            staff: "Ben".into(),
            note: String::new(),
        },
    )
    .unwrap();
    let broken = promise(&mut d, &rosie, "Post a voucher", "2027-06-05 12:00").id;
    let version = d.promise(&broken).unwrap().version;
    d.settle_promise(
        &broken,
        version,
        &PromiseOutcome::Broken {
            staff: "Ben".into(),
            note: "Ran out of vouchers".into(),
        },
    )
    .unwrap();
    let binned = promise(&mut d, &rosie, "Apologise in writing", "2027-06-09 12:00").id;
    d.trash_entry(&binned).unwrap();
    let moved = promise(
        &mut d,
        &rosie,
        "Deliver the replacement",
        "2027-06-02 12:00",
    )
    .id;
    let version = d.promise(&moved).unwrap().version;
    d.settle_promise(
        &moved,
        version,
        &PromiseOutcome::Renegotiated {
            staff: "Ben".into(),
            note: "Oven broke".into(),
            new_due_at: london("2027-06-12 12:00"),
        },
    )
    .unwrap();

    // Follow-ups, added on 1 June.
    let weekly = repeating(&rosie, "2027-06-01", Some("10:00"), "FREQ=WEEKLY");
    d.add_follow_up(&FollowUpInput {
        note: "Weekly catch-up".into(),
        ..weekly
    })
    .unwrap();
    d.add_follow_up(&call_back(&rosie, "2027-06-07", Some("15:00")))
        .unwrap();
    d.add_follow_up(&FollowUpInput {
        action: FollowUpAction::CheckIn,
        note: "How was the party?".into(),
        ..call_back(&rosie, "2027-06-08", Some("17:30"))
    })
    .unwrap();
    d.add_follow_up(&FollowUpInput {
        action: FollowUpAction::SendCard,
        note: String::new(),
        ..call_back(&rosie, "2027-06-08", None)
    })
    .unwrap();
    d.add_follow_up(&call_back(&rosie, "2027-06-09", Some("09:00")))
        .unwrap();
    let done_one = d
        .add_follow_up(&call_back(&rosie, "2027-06-06", Some("09:00")))
        .unwrap()
        .id;
    let version = d.follow_up(&done_one).unwrap().version;
    d.complete_follow_up(&done_one, version, &done("Ana", "Sorted"))
        .unwrap();
    let binned = d
        .add_follow_up(&call_back(&rosie, "2027-06-08", Some("10:00")))
        .unwrap()
        .id;
    d.trash_entry(&binned).unwrap();
    let snoozed = d
        .add_follow_up(&call_back(&rosie, "2027-06-08", Some("11:00")))
        .unwrap()
        .id;

    // Conversations: four live, the newest in Trash.
    d.set("2027-06-08 09:45");
    let version = d.follow_up(&snoozed).unwrap().version;
    d.snooze_follow_up(&snoozed, version, &Snooze::TomorrowMorning)
        .unwrap();
    for (at, channel, staff, mood, summary) in [
        (
            "2027-05-04 10:00",
            Channel::CallIn,
            "Ana",
            Some(Mood::Upset),
            "Told us about the squashed cake",
        ),
        (
            "2027-06-07 14:00",
            Channel::Email,
            "Ana",
            Some(Mood::Pleased),
            "Thanked us for the menu draft",
        ),
        (
            "2027-05-20 10:00",
            Channel::Visit,
            "Ben",
            None,
            "Came in to ask about gluten-free",
        ),
        (
            "2027-06-01 10:00",
            Channel::CallOut,
            "Cleo",
            Some(Mood::Worried),
            "Said the refund is still missing",
        ),
    ] {
        d.log_conversation(&talk(&rosie, at, channel, staff, mood, summary))
            .unwrap();
    }
    let trashed_note = d
        .log_conversation(&talk(
            &rosie,
            "2027-06-08 09:30",
            Channel::CallIn,
            "Dev",
            Some(Mood::Delighted),
            "Binned",
        ))
        .unwrap()
        .id;
    d.trash_entry(&trashed_note).unwrap();

    d.set(TUESDAY_NOON);
    Story {
        d,
        rosie,
        squashed,
        double_charge,
        gluten,
        trashed_note,
    }
}

#[rstest]
fn the_brief_leads_with_how_to_address_them_and_what_not_to_do(story: Story) {
    let b = story.d.brief(&story.rosie).unwrap();
    assert_eq!(b.customer_id, story.rosie);
    assert_eq!(b.name, "Rosie", "the preferred name");
    assert_eq!(b.full_name, "Rose Tanaka");
    assert_eq!(b.pronunciation, "ROH-zee");
    assert_eq!(b.pronouns, "she/her");
    assert_eq!(b.company, "Bloom Hair Studio");
    assert_eq!(
        b.dont,
        ["never call before 10", "don't mention the wedding"]
    );
    assert_eq!(b.preferences, ["oat milk", "window seat"]);
    assert_eq!(b.remember, ["hard of hearing: speak slowly"]);
    assert_eq!(
        b.notes, "Deaf in the left ear: speak on her right.\nHer sister Jun also comes in.",
        "the profile's notes, whole"
    );
    assert_eq!(b.best_time, "weekday mornings");
    assert_eq!(b.contact_channel, ContactChannel::TextMessage);
    assert_eq!(b.looked_after_by, "Ana");
    let phones: Vec<&str> = b.phones.iter().map(|p| p.number.as_str()).collect();
    assert_eq!(phones, ["020 7946 0958"]);
}

#[rstest]
fn the_brief_lists_active_issues_oldest_first_in_the_customers_words(story: Story) {
    let b = story.d.brief(&story.rosie).unwrap();
    let issues: Vec<(&str, &str, &str, IssueState, Option<WaitingOn>)> = b
        .open_issues
        .iter()
        .map(|i| {
            (
                i.id.as_str(),
                i.title.as_str(),
                i.own_words.as_str(),
                i.state,
                i.waiting_on,
            )
        })
        .collect();
    assert_eq!(
        issues,
        [
            (
                story.squashed.as_str(),
                "Squashed cake",
                "The top tier was flat as a pancake",
                IssueState::InProgress,
                None
            ),
            (
                story.double_charge.as_str(),
                "Double charge",
                "You took the money twice",
                IssueState::Waiting,
                Some(WaitingOn::Customer)
            ),
            (
                story.gluten.as_str(),
                "Wants a gluten-free option",
                "",
                IssueState::Open,
                None
            ),
        ],
        "not the resolved one, not the one in Trash"
    );
    assert_eq!(b.open_issues[0].opened_at, london("2027-05-04 10:00"));
}

#[rstest]
fn the_brief_lists_promises_overdue_or_due_within_a_week_soonest_first(story: Story) {
    let b = story.d.brief(&story.rosie).unwrap();
    let promises: Vec<(&str, String, bool)> = b
        .promises
        .iter()
        .map(|p| (p.what.as_str(), reads(p.due_at), p.overdue))
        .collect();
    assert_eq!(
        promises,
        [
            (
                "Refund the second charge",
                "2027-06-07 17:00".to_owned(),
                true
            ),
            ("Send the new menu", "2027-06-10 12:00".to_owned(), false),
            (
                "Deliver the replacement",
                "2027-06-12 12:00".to_owned(),
                false
            ),
            ("Check the oven part", "2027-06-15 11:00".to_owned(), false),
        ],
        "not kept, broken, in Trash or eight days away"
    );
    assert!(b.promises.iter().all(|p| p.promised_by == "Ben"));
}

#[rstest]
fn the_brief_lists_follow_ups_due_by_the_end_of_today_overdue_first(story: Story) {
    let b = story.d.brief(&story.rosie).unwrap();
    let dues: Vec<(String, FollowUpAction, &str)> = b
        .follow_ups_due
        .iter()
        .map(|f| (due(f), f.action, f.note.as_str()))
        .collect();
    assert_eq!(
        dues,
        [
            ("2027-06-01 10:00".to_owned(), FollowUpAction::CallBack, "Weekly catch-up"),
            ("2027-06-07 15:00".to_owned(), FollowUpAction::CallBack, "Ask whether the refund arrived"),
            ("2027-06-08 09:00".to_owned(), FollowUpAction::SendCard, ""),
            ("2027-06-08 17:30".to_owned(), FollowUpAction::CheckIn, "How was the party?"),
        ],
        "not tomorrow's, the done one, the one in Trash, the snoozed one or the birthday card (17 June)"
    );
}

#[rstest]
fn the_brief_shows_the_last_three_conversations_newest_first_with_mood_and_who(story: Story) {
    let b = story.d.brief(&story.rosie).unwrap();
    let recent: Vec<(String, Channel, &str, Option<Mood>, &str)> = b
        .recent
        .iter()
        .map(|c| {
            (
                reads(c.at),
                c.channel,
                c.staff.as_str(),
                c.mood,
                c.summary.as_str(),
            )
        })
        .collect();
    assert_eq!(
        recent,
        [
            (
                "2027-06-07 14:00".to_owned(),
                Channel::Email,
                "Ana",
                Some(Mood::Pleased),
                "Thanked us for the menu draft"
            ),
            (
                "2027-06-01 10:00".to_owned(),
                Channel::CallOut,
                "Cleo",
                Some(Mood::Worried),
                "Said the refund is still missing"
            ),
            (
                "2027-05-20 10:00".to_owned(),
                Channel::Visit,
                "Ben",
                None,
                "Came in to ask about gluten-free"
            ),
        ],
        "logged out of order; the call in Trash is left out"
    );

    // Restored from Trash, the call is the newest again.
    let mut d = story.d;
    d.restore_entry(&story.trashed_note).unwrap();
    let b = d.brief(&story.rosie).unwrap();
    assert_eq!(b.recent.len(), 3);
    assert_eq!(
        (b.recent[0].staff.as_str(), b.recent[0].mood),
        ("Dev", Some(Mood::Delighted))
    );
}

#[rstest]
fn the_brief_shows_a_birthday_twelve_days_away_and_the_rhythm(story: Story) {
    let b = story.d.brief(&story.rosie).unwrap();
    assert_eq!(
        b.birthday_soon,
        Some(BriefBirthday {
            date: "2027-06-20".into(),
            in_days: 12,
            turns: Some(47),
        })
    );
    let touch = b.touch.expect("she has a stay-in-touch rhythm");
    assert_eq!(touch.state, TouchState::InTouch);
    assert_eq!(reads(touch.since), "2027-06-07 14:00");
}

#[rstest]
fn settling_things_takes_them_off_the_brief(story: Story) {
    let mut d = story.d;
    let before = d.brief(&story.rosie).unwrap();
    move_issue(
        &mut d,
        &story.squashed,
        IssueState::Resolved,
        None,
        "New cake sent",
    );
    let refund = before.promises[0].id.clone();
    let version = d.promise(&refund).unwrap().version;
    d.settle_promise(
        &refund,
        version,
        &PromiseOutcome::Kept {
            staff: "Ben".into(),
            note: String::new(),
        },
    )
    .unwrap();
    let overdue_call = before.follow_ups_due[1].id.clone();
    let version = d.follow_up(&overdue_call).unwrap().version;
    d.complete_follow_up(&overdue_call, version, &done("Ana", "Refund arrived"))
        .unwrap();
    let weekly = before.follow_ups_due[0].id.clone();
    d.trash_entry(&weekly).unwrap();

    let after = d.brief(&story.rosie).unwrap();
    let titles: Vec<&str> = after.open_issues.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(titles, ["Double charge", "Wants a gluten-free option"]);
    let promises: Vec<&str> = after.promises.iter().map(|p| p.what.as_str()).collect();
    assert_eq!(
        promises,
        [
            "Send the new menu",
            "Deliver the replacement",
            "Check the oven part"
        ]
    );
    let dues: Vec<String> = after.follow_ups_due.iter().map(due).collect();
    assert_eq!(dues, ["2027-06-08 09:00", "2027-06-08 17:30"]);
}

#[rstest]
fn the_brief_follows_the_clock_in_the_notebooks_zone(story: Story) {
    let mut d = story.d;
    // Just before midnight in London (22:50 UTC), a follow-up at 00:30
    // tomorrow, London time, is not due today, though it is still "today"
    // in UTC.
    d.set("2027-06-08 23:50");
    d.add_follow_up(&call_back(&story.rosie, "2027-06-09", Some("00:30")))
        .unwrap();
    let dues: Vec<String> = d
        .brief(&story.rosie)
        .unwrap()
        .follow_ups_due
        .iter()
        .map(due)
        .collect();
    assert_eq!(dues.last().map(String::as_str), Some("2027-06-08 17:30"));
    assert_eq!(dues.len(), 4);

    // Ten minutes later it is Wednesday: tomorrow's follow-ups are due today,
    // the snoozed one comes back at 09:00, the promise due on Tuesday 15th
    // at 11:00 is still within seven days, and the one on Wednesday 16th
    // (the seventh day from today) has come in.
    d.set("2027-06-09 00:00");
    let b = d.brief(&story.rosie).unwrap();
    let dues: Vec<String> = b.follow_ups_due.iter().map(due).collect();
    assert_eq!(
        dues,
        [
            "2027-06-01 10:00",
            "2027-06-07 15:00",
            "2027-06-08 09:00",
            "2027-06-08 17:30",
            "2027-06-09 00:30",
            "2027-06-09 09:00",
            "2027-06-09 09:00",
        ]
    );
    let overdue: Vec<(&str, bool)> = b
        .promises
        .iter()
        .map(|p| (p.what.as_str(), p.overdue))
        .collect();
    assert_eq!(
        overdue,
        [
            ("Refund the second charge", true),
            ("Send the new menu", false),
            ("Deliver the replacement", false),
            ("Check the oven part", false),
            ("Ring the flour supplier", false),
        ]
    );

    // The menu is due at noon on Thursday: overdue only once noon has passed.
    let menu = |d: &Desk| {
        let b = d.brief(&story.rosie).unwrap();
        b.promises
            .iter()
            .find(|p| p.what == "Send the new menu")
            .map(|p| p.overdue)
    };
    d.set("2027-06-10 12:00");
    assert_eq!(menu(&d), Some(false));
    d.set("2027-06-10 12:01");
    assert_eq!(menu(&d), Some(true));

    // A week on, everything still open is overdue, and the promise eight
    // days away when the story began has come into the week.
    d.set("2027-06-16 13:00");
    let b = d.brief(&story.rosie).unwrap();
    let overdue: Vec<(&str, bool)> = b
        .promises
        .iter()
        .map(|p| (p.what.as_str(), p.overdue))
        .collect();
    assert_eq!(
        overdue,
        [
            ("Refund the second charge", true),
            ("Send the new menu", true),
            ("Deliver the replacement", true),
            ("Check the oven part", true),
            ("Ring the flour supplier", true),
        ]
    );
    assert_eq!(b.birthday_soon.map(|b| b.in_days), Some(4));
}

#[rstest]
// In two weeks, and not a day more.
#[case::today(TUESDAY_NOON, Some(1980), 6, 8, Some(("2027-06-08", 0, Some(47))))]
#[case::tomorrow(TUESDAY_NOON, Some(1980), 6, 9, Some(("2027-06-09", 1, Some(47))))]
#[case::in_fourteen_days(TUESDAY_NOON, Some(1980), 6, 22, Some(("2027-06-22", 14, Some(47))))]
#[case::in_fifteen_days(TUESDAY_NOON, Some(1980), 6, 23, None)]
#[case::yesterday(TUESDAY_NOON, Some(1980), 6, 7, None)]
#[case::year_unknown(TUESDAY_NOON, None, 6, 10, Some(("2027-06-10", 2, None)))]
#[case::born_this_year(TUESDAY_NOON, Some(2027), 6, 10, Some(("2027-06-10", 2, None)))]
// 29 February: on the 28th outside leap years, on the day in them.
#[case::leap_day_in_a_common_year("2027-02-20 12:00", Some(1988), 2, 29, Some(("2027-02-28", 8, Some(39))))]
#[case::leap_day_in_a_leap_year("2028-02-20 12:00", Some(1988), 2, 29, Some(("2028-02-29", 9, Some(40))))]
#[case::leap_day_already_past("2027-03-01 12:00", Some(1988), 2, 29, None)]
#[case::over_new_year("2027-12-25 12:00", Some(1990), 1, 3, Some(("2028-01-03", 9, Some(38))))]
// Half past midnight in London is still the day before in UTC.
#[case::london_day_not_utc_day("2027-06-09 00:30", Some(1980), 6, 23, Some(("2027-06-23", 14, Some(47))))]
fn a_birthday_shows_when_it_is_within_two_weeks(
    #[case] now: &str,
    #[case] year: Option<i32>,
    #[case] month: u8,
    #[case] day: u8,
    #[case] expected: Option<(&str, u32, Option<u32>)>,
) {
    let mut d = Desk::new(now);
    let c = d.with_birthday("Kathy Rosen", year, month, day);
    let soon = d.brief(&c).unwrap().birthday_soon;
    assert_eq!(
        soon.map(|b| (b.date, b.in_days, b.turns)),
        expected.map(|(date, n, turns)| (date.to_owned(), n, turns))
    );
}

#[test]
fn a_customer_with_nothing_on_file_has_an_empty_brief() {
    let mut d = Desk::new(TUESDAY_NOON);
    let kathy = d.add_customer("Kathy Rosen", "");
    let b = d.brief(&kathy).unwrap();
    assert_eq!(
        b,
        Brief {
            customer_id: kathy.clone(),
            name: "Kathy Rosen".into(),
            full_name: "Kathy Rosen".into(),
            pronunciation: String::new(),
            pronouns: String::new(),
            company: String::new(),
            dont: vec![],
            open_issues: vec![],
            promises: vec![],
            follow_ups_due: vec![],
            recent: vec![],
            preferences: vec![],
            remember: vec![],
            notes: String::new(),
            best_time: String::new(),
            language: String::new(),
            contact_channel: ContactChannel::NoPreference,
            birthday_soon: None,
            looked_after_by: String::new(),
            phones: vec![],
            touch: None,
            situations: vec![],
            changed_since: None,
        }
    );
    assert_eq!(
        d.brief_text(&kathy).unwrap(),
        "Kathy Rosen\n",
        "only the name"
    );
}

#[test]
fn there_is_no_brief_for_a_customer_in_trash_or_unknown() {
    let mut d = Desk::new(TUESDAY_NOON);
    let kathy = d.add_customer("Kathy Rosen", "");
    d.trash_customer(&kathy).unwrap();
    for id in [kathy.as_str(), NOBODY, "not an id"] {
        let err = d.brief(id).unwrap_err();
        assert_eq!(err.code(), ErrorCode::NotFound, "{id}");
        assert_eq!(d.brief_text(id).unwrap_err().code(), ErrorCode::NotFound);
    }
}

// ---------------------------------------------------------------------
// The brief as text
// ---------------------------------------------------------------------

#[rstest]
fn the_brief_as_text_has_every_part_in_order(story: Story) {
    let text = story.d.brief_text(&story.rosie).unwrap();
    let expected = "\
Rosie (Rose Tanaka), say \"ROH-zee\", she/her
Bloom Hair Studio
Please don't: never call before 10
Please don't: don't mention the wedding
Open issue (in progress): Squashed cake - in their words: \"The top tier was flat as a pancake\"
Open issue (waiting): Double charge - in their words: \"You took the money twice\"
Open issue (open): Wants a gluten-free option
Promised: Refund the second charge (due Mon 7 Jun 2027, 17:00, OVERDUE)
Promised: Send the new menu (due Thu 10 Jun 2027, 12:00)
Promised: Deliver the replacement (due Sat 12 Jun 2027, 12:00)
Promised: Check the oven part (due Tue 15 Jun 2027, 11:00)
Follow-up due: call back (Tue 1 Jun 2027, 10:00): Weekly catch-up
Follow-up due: call back (Mon 7 Jun 2027, 15:00): Ask whether the refund arrived
Follow-up due: send a card (Tue 8 Jun 2027, 09:00)
Follow-up due: check in (Tue 8 Jun 2027, 17:30): How was the party?
Mon 7 Jun 2027: email with Ana, seemed pleased - Thanked us for the menu draft
Tue 1 Jun 2027: call out with Cleo, seemed worried - Said the refund is still missing
Thu 20 May 2027: visit with Ben - Came in to ask about gluten-free
Preferences: oat milk; window seat
Remember: hard of hearing: speak slowly
Notes: Deaf in the left ear: speak on her right.
Her sister Jun also comes in.
Best time: weekday mornings
Best way: text message
Birthday: Sunday 20 June (turns 47)
Looked after by: Ana
shop: 020 7946 0958
";
    assert_eq!(text, expected);
}

#[rstest]
fn the_brief_as_text_is_in_the_language_asked_for(story: Story) {
    let b = story.d.brief(&story.rosie).unwrap();
    let london = schedule::TimeCtx {
        tz: chrono_tz::Europe::London,
        ..schedule::TimeCtx::fallback()
    };
    let text = b.to_text_in("fr", &london);
    for line in [
        "Rosie (Rose Tanaka), se prononce «\u{a0}ROH-zee\u{a0}», she/her\n",
        "À éviter\u{a0}: never call before 10\n",
        "Demande en cours (en cours)\u{a0}: Squashed cake - selon ses mots\u{a0}: «\u{a0}The top tier was flat as a pancake\u{a0}»\n",
        "Promis\u{a0}: Refund the second charge (pour lun. 7 juin 2027 à 17:00, EN RETARD)\n",
        "Suivi prévu\u{a0}: envoyer une carte (mar. 8 juin 2027 à 09:00)\n",
        "lun. 7 juin 2027\u{a0}: e-mail avec Ana, semblait content - Thanked us for the menu draft\n",
        "Moyen préféré\u{a0}: SMS\n",
        "Anniversaire\u{a0}: dimanche 20 juin (47 ans)\n",
        "Suivi par\u{a0}: Ana\n",
    ] {
        assert!(text.contains(line), "{line:?} in\n{text}");
    }
    let german = b.to_text_in("de", &london);
    assert!(
        german.contains("Geburtstag: Sonntag, 20. Juni (wird 47)\n"),
        "{german}"
    );
    assert!(
        german.contains("Zugesagt: Send the new menu (fällig Do., 10. Juni 2027, 12:00 Uhr)\n"),
        "{german}"
    );
}

#[test]
fn the_text_leaves_out_empty_parts_and_keeps_the_ones_given() {
    let mut d = Desk::new(TUESDAY_NOON);
    let c = d
        .create_customer(&CustomerInput {
            full_name: "Hans Müller".into(),
            remember: vec!["Deaf in the left ear".into()],
            contact_channel: ContactChannel::Email,
            phones: vec![PhoneInput {
                label: String::new(),
                number: "+44 20 7946 0958".into(),
                primary: true,
            }],
            ..Default::default()
        })
        .unwrap()
        .id;
    assert_eq!(
        d.brief_text(&c).unwrap(),
        "Hans Müller\nRemember: Deaf in the left ear\nBest way: email\nphone: +44 20 7946 0958\n"
    );
}

#[rstest]
fn the_text_gives_times_in_the_zone_it_is_asked_for(story: Story) {
    let b = story.d.brief(&story.rosie).unwrap();
    let tokyo = schedule::TimeCtx {
        tz: chrono_tz::Asia::Tokyo,
        ..schedule::TimeCtx::fallback()
    };
    let text = b.to_text(&tokyo);
    // 17:00 in London in June is 01:00 the next day in Tokyo.
    assert!(
        text.contains("Promised: Refund the second charge (due Tue 8 Jun 2027, 01:00, OVERDUE)"),
        "{text}"
    );
}

// ---------------------------------------------------------------------
// After the call
// ---------------------------------------------------------------------

/// Rosie, who should be spoken to every two weeks and was last spoken to
/// 20 days ago, with a call back overdue since yesterday, a weekly call due
/// at 10:00 today and one on the 20th; Sam, another customer, with a
/// follow-up of his own.
struct Calls {
    d: Desk,
    rosie: String,
    overdue: String,
    weekly: String,
    later: String,
    sams: String,
}

#[fixture]
fn calls() -> Calls {
    let mut d = Desk::new(TUESDAY_NOON);
    let rosie = d.create_customer(&rosie_profile()).unwrap().id;
    d.log_conversation(&talk(
        &rosie,
        "2027-05-19 10:00",
        Channel::CallIn,
        "Ana",
        None,
        "Ordered a cake",
    ))
    .unwrap();
    let overdue = d
        .add_follow_up(&call_back(&rosie, "2027-06-07", Some("15:00")))
        .unwrap()
        .id;
    let weekly = d
        .add_follow_up(&FollowUpInput {
            note: "Weekly catch-up".into(),
            ..repeating(&rosie, "2027-06-08", Some("10:00"), "FREQ=WEEKLY")
        })
        .unwrap()
        .id;
    let later = d
        .add_follow_up(&call_back(&rosie, "2027-06-20", None))
        .unwrap()
        .id;
    let sam = d.add_customer("Sam Okafor", "");
    let sams = d
        .add_follow_up(&call_back(&sam, "2027-06-08", Some("09:00")))
        .unwrap()
        .id;
    Calls {
        d,
        rosie,
        overdue,
        weekly,
        later,
        sams,
    }
}

const SUMMARY: &str = "Refund arrived; she is happy again";

/// Ben rang Rosie, dealt with both due follow-ups and planned a check-in
/// in a week.
fn after_call(s: &Calls, outcome: CallOutcome) -> AfterCall {
    AfterCall {
        call: ConversationInput {
            customer_id: s.rosie.clone(),
            channel: Channel::CallOut,
            happened_at: None,
            staff: "Ben".into(),
            summary: SUMMARY.into(),
            mood: Some(Mood::Pleased),
            issue_id: None,
            follow_up: Some(FollowUpPlan {
                action: FollowUpAction::CheckIn,
                in_days: 7,
                assignee: "Ana".into(),
                note: "Check the new cake order".into(),
            }),
        },
        outcome,
        done_follow_up_ids: vec![s.overdue.clone(), s.weekly.clone()],
    }
}

fn drifting(d: &Desk) -> Vec<String> {
    d.today()
        .unwrap()
        .drifting
        .into_iter()
        .map(|r| r.customer_name)
        .collect()
}

/// (follow-up, who, note) of each follow_up_done row on the timeline.
fn done_rows(d: &Desk, customer_id: &str) -> Vec<(String, String, String)> {
    let mut rows: Vec<(String, String, String)> = d
        .timeline(customer_id, &[], None, 50)
        .unwrap()
        .items
        .into_iter()
        .filter(|i| i.event == EventType::FollowUpDone)
        .map(|i| (i.entry_id, i.staff, i.note))
        .collect();
    rows.sort();
    rows
}

#[rstest]
fn logging_a_call_saves_it_and_deals_with_what_was_due(mut calls: Calls) {
    let s = &mut calls;
    assert_eq!(drifting(&s.d), ["Rosie"], "20 days since she was spoken to");
    assert_eq!(s.d.brief(&s.rosie).unwrap().follow_ups_due.len(), 2);

    let after = after_call(s, CallOutcome::Spoke);
    let call = s.d.log_call(&after).unwrap();
    let now = s.d.now();
    assert_eq!(call.outcome, Some(CallOutcome::Spoke));
    assert_eq!(s.d.conversation(&call.id).unwrap(), call);
    assert_eq!(
        (
            call.channel,
            call.staff.as_str(),
            call.summary.as_str(),
            call.mood,
            call.happened_at
        ),
        (Channel::CallOut, "Ben", SUMMARY, Some(Mood::Pleased), now)
    );

    // The one-off is done; the weekly one moves to next week; the planned
    // check-in is there, seven days from today at the reminder time.
    assert_eq!(s.d.follow_up(&s.overdue).unwrap().due_at, None);
    let open: Vec<(String, FollowUpAction, String)> =
        s.d.open_follow_ups(&s.rosie)
            .into_iter()
            .map(|f| (due(&f), f.action, f.note))
            .collect();
    assert_eq!(
        open,
        [
            (
                "2027-06-15 09:00".into(),
                FollowUpAction::CheckIn,
                "Check the new cake order".into()
            ),
            (
                "2027-06-15 10:00".into(),
                FollowUpAction::CallBack,
                "Weekly catch-up".into()
            ),
            (
                "2027-06-17 09:00".into(),
                FollowUpAction::Birthday,
                String::new()
            ),
            (
                "2027-06-20 09:00".into(),
                FollowUpAction::CallBack,
                "Ask whether the refund arrived".into()
            ),
        ]
    );
    let check_in = &s.d.open_follow_ups(&s.rosie)[0];
    assert_eq!(check_in.assignee, "Ana");

    // The timeline says who did them, and what came of it, at the time of the call.
    let mut expected = vec![
        (s.overdue.clone(), "Ben".to_owned(), SUMMARY.to_owned()),
        (s.weekly.clone(), "Ben".to_owned(), SUMMARY.to_owned()),
    ];
    expected.sort();
    assert_eq!(done_rows(&s.d, &s.rosie), expected);
    let items = s.d.timeline(&s.rosie, &[], None, 50).unwrap().items;
    assert!(items
        .iter()
        .filter(|i| i.event == EventType::FollowUpDone)
        .all(|i| i.at == now));
    let logged = items.iter().find(|i| i.entry_id == call.id).unwrap();
    assert_eq!(logged.outcome, Some(CallOutcome::Spoke));

    // She is back in touch, and the brief and the caller lookup say so.
    assert!(drifting(&s.d).is_empty());
    let b = s.d.brief(&s.rosie).unwrap();
    assert!(b.follow_ups_due.is_empty());
    assert_eq!(
        b.touch.map(|t| (t.state, t.since)),
        Some((TouchState::InTouch, now))
    );
    assert_eq!(
        (
            b.recent[0].staff.as_str(),
            b.recent[0].mood,
            b.recent[0].channel
        ),
        ("Ben", Some(Mood::Pleased), Channel::CallOut)
    );
    let last =
        s.d.customer_page(&s.rosie, &[])
            .unwrap()
            .last_contact
            .unwrap();
    assert_eq!((last.staff.as_str(), last.at), ("Ben", now));
    assert_eq!(
        s.d.find_caller("020 7946 0958").unwrap().matches[0].last_contact_at,
        Some(now)
    );

    // Sam's follow-up and Rosie's on the 20th were not touched.
    assert_eq!(due(&s.d.follow_up(&s.sams).unwrap()), "2027-06-08 09:00");
    assert_eq!(due(&s.d.follow_up(&s.later).unwrap()), "2027-06-20 09:00");
}

#[rstest]
#[case::spoke(CallOutcome::Spoke)]
#[case::left_a_message(CallOutcome::LeftMessage)]
#[case::no_answer(CallOutcome::NoAnswer)]
fn the_calls_outcome_is_kept(mut calls: Calls, #[case] outcome: CallOutcome) {
    let s = &mut calls;
    let mut after = after_call(s, outcome);
    after.done_follow_up_ids.clear();
    after.call.follow_up = None;
    let call = s.d.log_call(&after).unwrap();
    assert_eq!(s.d.conversation(&call.id).unwrap().outcome, Some(outcome));
    let first = &s.d.timeline(&s.rosie, &[], None, 1).unwrap().items[0];
    assert_eq!(
        (first.entry_id.as_str(), first.outcome),
        (call.id.as_str(), Some(outcome))
    );
    // Nothing listed, nothing done.
    assert_eq!(s.d.brief(&s.rosie).unwrap().follow_ups_due.len(), 2);
    assert!(done_rows(&s.d, &s.rosie).is_empty());
}

#[rstest]
fn a_conversation_logged_the_ordinary_way_has_no_outcome(mut calls: Calls) {
    let s = &mut calls;
    let chat =
        s.d.log_conversation(&talk(
            &s.rosie,
            "2027-06-08 11:00",
            Channel::CallIn,
            "Ana",
            None,
            "Asked about Saturday",
        ))
        .unwrap();
    assert_eq!(chat.outcome, None);
    assert_eq!(s.d.conversation(&chat.id).unwrap().outcome, None);
}

#[rstest]
fn a_follow_up_listed_twice_is_done_once(mut calls: Calls) {
    let s = &mut calls;
    let mut after = after_call(s, CallOutcome::Spoke);
    after.done_follow_up_ids = vec![
        s.weekly.clone(),
        s.overdue.clone(),
        s.weekly.clone(),
        s.overdue.clone(),
    ];
    s.d.log_call(&after).unwrap();
    assert_eq!(
        due(&s.d.follow_up(&s.weekly).unwrap()),
        "2027-06-15 10:00",
        "not the week after"
    );
    assert_eq!(done_rows(&s.d, &s.rosie).len(), 2);
}

/// Everything a refused call could have changed.
fn snapshot(s: &Calls) -> (Brief, TimelinePage, Vec<FollowUp>, TodayPage) {
    (
        s.d.brief(&s.rosie).unwrap(),
        s.d.timeline(&s.rosie, &[], None, 50).unwrap(),
        s.d.open_follow_ups(&s.rosie),
        s.d.today().unwrap(),
    )
}

#[rstest]
#[case::another_customers_follow_up(|a: &mut AfterCall, s: &Calls| a.done_follow_up_ids.push(s.sams.clone()), "done_follow_up_ids")]
#[case::unknown_follow_up(|a: &mut AfterCall, _: &Calls| a.done_follow_up_ids.push(NOBODY.into()), "done_follow_up_ids")]
#[case::not_an_id(|a: &mut AfterCall, _: &Calls| a.done_follow_up_ids.push("yesterday's".into()), "done_follow_up_ids")]
#[case::too_many_follow_ups(|a: &mut AfterCall, s: &Calls| a.done_follow_up_ids = vec![s.overdue.clone(); MAX_DONE_FOLLOW_UPS + 1], "done_follow_up_ids")]
#[case::empty_summary(|a: &mut AfterCall, _: &Calls| a.call.summary = String::new(), "summary")]
#[case::blank_summary(|a: &mut AfterCall, _: &Calls| a.call.summary = "  \n ".into(), "summary")]
#[case::summary_too_long(|a: &mut AfterCall, _: &Calls| a.call.summary = "x".repeat(MAX_SUMMARY + 1), "summary")]
#[case::staff_too_long(|a: &mut AfterCall, _: &Calls| a.call.staff = "B".repeat(201), "staff")]
#[case::in_the_future(|a: &mut AfterCall, _: &Calls| a.call.happened_at = Some(london("2027-06-10 12:00")), "happened_at")]
#[case::next_follow_up_too_far(|a: &mut AfterCall, _: &Calls| a.call.follow_up.as_mut().unwrap().in_days = 400, "follow_up.in_days")]
#[case::next_follow_up_a_birthday(|a: &mut AfterCall, _: &Calls| a.call.follow_up.as_mut().unwrap().action = FollowUpAction::Birthday, "follow_up.action")]
#[case::unknown_issue(|a: &mut AfterCall, _: &Calls| a.call.issue_id = Some(NOBODY.into()), "issue_id")]
fn a_refused_call_saves_nothing(
    mut calls: Calls,
    #[case] spoil: fn(&mut AfterCall, &Calls),
    #[case] expected: &str,
) {
    let s = &mut calls;
    let mut after = after_call(s, CallOutcome::Spoke);
    spoil(&mut after, s);
    let before = snapshot(s);
    let err = s.d.log_call(&after).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput, "{err}");
    assert_eq!(field(err), expected);
    assert_eq!(snapshot(s), before, "something was saved");
    assert_eq!(drifting(&s.d), ["Rosie"]);
}

#[rstest]
fn a_call_listing_a_follow_up_in_trash_or_already_done_saves_nothing(mut calls: Calls) {
    let s = &mut calls;
    s.d.trash_entry(&s.later).unwrap();
    let one_off =
        s.d.add_follow_up(&call_back(&s.rosie, "2027-06-08", Some("08:00")))
            .unwrap()
            .id;
    let version = s.d.follow_up(&one_off).unwrap().version;
    s.d.complete_follow_up(&one_off, version, &done("Ana", "Rang her"))
        .unwrap();
    for gone in [s.later.clone(), one_off] {
        let mut after = after_call(s, CallOutcome::Spoke);
        after.done_follow_up_ids.push(gone.clone());
        let before = snapshot(s);
        let err = s.d.log_call(&after).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidInput, "{err}");
        assert_eq!(field(err), "done_follow_up_ids", "{gone}");
        assert_eq!(snapshot(s), before, "something was saved");
    }
}

#[rstest]
fn a_call_to_a_customer_in_trash_is_refused(mut calls: Calls) {
    let s = &mut calls;
    s.d.trash_customer(&s.rosie).unwrap();
    let before = s.d.timeline(&s.rosie, &[], None, 50).unwrap();
    let after = after_call(s, CallOutcome::Spoke);
    let err = s.d.log_call(&after).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
    assert_eq!(s.d.timeline(&s.rosie, &[], None, 50).unwrap(), before);
    assert_eq!(due(&s.d.follow_up(&s.overdue).unwrap()), "2027-06-07 15:00");
}

// ---------------------------------------------------------------------
// The global shortcut
// ---------------------------------------------------------------------

#[test]
fn the_global_shortcut_is_set_kept_with_the_notebook_and_cleared() {
    let (place, mut d) = Desk::stored(TUESDAY_NOON);
    assert_eq!(d.global_shortcut().unwrap(), None, "off until chosen");
    assert_eq!(
        d.set_global_shortcut(Some("  Ctrl+Shift+K "))
            .unwrap()
            .as_deref(),
        Some("Ctrl+Shift+K")
    );
    drop(d);
    let mut d = Desk::at(&place, london(TUESDAY_NOON));
    assert_eq!(
        d.global_shortcut().unwrap().as_deref(),
        Some("Ctrl+Shift+K")
    );

    assert_eq!(d.set_global_shortcut(None).unwrap(), None);
    assert_eq!(d.global_shortcut().unwrap(), None);
    d.set_global_shortcut(Some("Alt+Space")).unwrap();
    assert_eq!(
        d.set_global_shortcut(Some("   ")).unwrap(),
        None,
        "blank turns it off"
    );
    assert_eq!(d.global_shortcut().unwrap(), None);
}

#[rstest]
#[case::too_long("Ctrl+Alt+Shift+Super+Hyper+Meta+Fn+CapsLock+NumLock+ScrollLock")]
#[case::two_lines("Ctrl+K\nAlt+F4")]
#[case::carriage_return("Ctrl+K\rAlt+F4")]
#[case::nul("Ctrl+\0K")]
#[case::escape("Ctrl+\u{1b}K")]
fn a_global_shortcut_that_is_not_a_key_combination_is_refused(#[case] typed: &str) {
    let mut d = Desk::new(TUESDAY_NOON);
    d.set_global_shortcut(Some("Ctrl+Shift+K")).unwrap();
    let err = d.set_global_shortcut(Some(typed)).unwrap_err();
    assert_eq!(field(err), "shortcut");
    assert_eq!(
        d.global_shortcut().unwrap().as_deref(),
        Some("Ctrl+Shift+K"),
        "kept"
    );
}

#[test]
fn internal_notes_and_cards_sent_are_not_times_we_were_in_touch() {
    let mut d = Desk::new(TUESDAY_NOON);
    let c = d.add_customer("Mia Lund", "");
    d.log_conversation(&talk(
        &c,
        "2027-06-01 10:00",
        Channel::CallIn,
        "Ana",
        Some(Mood::Pleased),
        "Booked a table",
    ))
    .unwrap();
    for channel in [Channel::Note, Channel::CardSent] {
        d.log_conversation(&talk(
            &c,
            "2027-06-05 10:00",
            channel,
            "Ben",
            None,
            "Not a talk",
        ))
        .unwrap();
    }
    let recent: Vec<String> = d
        .brief(&c)
        .unwrap()
        .recent
        .into_iter()
        .map(|r| r.summary)
        .collect();
    assert_eq!(recent, ["Booked a table"]);
}

// ---------------------------------------------------------------------
// Changed since you last spoke
// ---------------------------------------------------------------------

/// Saves Rosie's profile as `change` makes it, at a London time.
fn edit(d: &mut Desk, id: &str, at: &str, change: impl FnOnce(&mut CustomerInput)) {
    d.set(at);
    let saved = d.customer(id).unwrap();
    let mut input = saved.to_input();
    change(&mut input);
    d.update_customer(id, saved.version, &input).unwrap();
}

/// (who, what) of each change the brief names, and how many more.
fn since(d: &Desk, id: &str) -> Option<(Vec<(String, String)>, u32)> {
    d.brief(id).unwrap().changed_since.map(|s| {
        let named = s
            .changes
            .into_iter()
            .map(|c| (c.changed_by, c.words))
            .collect();
        (named, s.more)
    })
}

fn said(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect()
}

#[test]
fn the_brief_says_what_changed_on_their_profile_since_we_last_spoke() {
    let (place, mut d) = Desk::stored("2027-06-01 09:00");
    let rosie = d
        .create_customer(&CustomerInput {
            full_name: "Rose Tanaka".into(),
            best_time: "weekday mornings".into(),
            ..Default::default()
        })
        .unwrap()
        .id;
    d.at_desk_as(&place, "Ana");
    edit(&mut d, &rosie, "2027-06-01 10:00", |p| {
        p.best_time = "afternoons".into()
    });
    assert_eq!(
        since(&d, &rosie),
        None,
        "never spoken to: nothing to compare with"
    );

    d.set("2027-06-02 10:30");
    spoke_to(&mut d, &rosie, "2027-06-02 10:00");
    assert_eq!(since(&d, &rosie), None, "changed before we last spoke");

    d.at_desk_as(&place, "Ben");
    edit(&mut d, &rosie, "2027-06-03 11:00", |p| {
        p.dont.push("no calls after 6pm".into())
    });
    d.at_desk_as(&place, "Ana");
    edit(&mut d, &rosie, "2027-06-04 09:00", |p| {
        p.best_time = "evenings".into()
    });
    d.set(TUESDAY_NOON);
    assert_eq!(
        since(&d, &rosie),
        Some((
            said(&[
                ("Ana", "changed the best time to reach them to evenings"),
                ("Ben", "added a please-don't: no calls after 6pm"),
            ]),
            0
        ))
    );
    let text = d.brief_text(&rosie).unwrap();
    assert!(
        text.contains(
            "Changed since you last spoke (Wed 2 Jun 2027):\n\
             - Ana changed the best time to reach them to evenings on Fri 4 Jun 2027\n\
             - Ben added a please-don't: no calls after 6pm on Thu 3 Jun 2027\n"
        ),
        "{text}"
    );

    edit(&mut d, &rosie, "2027-06-05 09:00", |p| {
        p.company = "Bloom Hair Studio".into();
        p.tags = vec!["regular".into(), "vip".into()];
        p.pronouns = "she/her".into();
    });
    let (named, more) = since(&d, &rosie).unwrap();
    assert_eq!(
        named,
        said(&[
            ("Ana", "set the pronouns to she/her"),
            ("Ana", "set the company or household to Bloom Hair Studio"),
            ("Ana", "added 2 tags: regular; vip"),
        ]),
        "the newest few, a save's fields in the form's order"
    );
    assert_eq!(more, 2);
    assert!(d.brief_text(&rosie).unwrap().contains("\n- and 2 more\n"));

    d.set("2027-06-08 12:30");
    spoke_to(&mut d, &rosie, "2027-06-08 12:15");
    assert_eq!(since(&d, &rosie), None, "spoken to since: nothing new");
}
