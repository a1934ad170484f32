//! A customer's story for the tests to show: written straight into a
//! notebook through the core, before the window opens.

#![allow(
    clippy::disallowed_methods,
    clippy::disallowed_types,
    reason = "the real window reads the computer's clock and time zone, so the test's times do too"
)]

use chrono::{Duration as Span, Local};
use kindly_core::{
    Channel, ConversationInput, FollowUpAction, FollowUpInput, IssueInput, Mood, Notebook,
    PromiseInput,
};

/// Gives the customer a late wedding cake (an open issue, in their own
/// words), a promise about it due in two days, three calls in the last
/// nine days (pleased, upset, worried) and a call-back due today.
pub fn give_a_story(nb: &mut Notebook, customer_id: &str) {
    let issue = nb
        .open_issue(&IssueInput {
            customer_id: customer_id.into(),
            title: "Late wedding cake".into(),
            own_words: "The cake came two hours late and the icing had melted".into(),
            staff: "Ana".into(),
            ..Default::default()
        })
        .expect("issue");
    nb.make_promise(&PromiseInput {
        customer_id: customer_id.into(),
        issue_id: Some(issue.id),
        what: "Refund the delivery fee".into(),
        due_at: (Local::now() + Span::days(2)).timestamp_millis(),
        promised_by: "Ana".into(),
    })
    .expect("promise");
    for (days, mood, summary) in [
        (9, Mood::Pleased, "Ordered the wedding cake"),
        (3, Mood::Upset, "Called: the cake came late"),
        (1, Mood::Worried, "Asked when the refund comes"),
    ] {
        nb.log_conversation(&ConversationInput {
            customer_id: customer_id.into(),
            channel: Channel::CallIn,
            happened_at: Some((Local::now() - Span::days(days)).timestamp_millis()),
            staff: "Ben".into(),
            summary: summary.into(),
            mood: Some(mood),
            issue_id: None,
            follow_up: None,
        })
        .expect("conversation");
    }
    nb.add_follow_up(&FollowUpInput {
        customer_id: customer_id.into(),
        about_id: None,
        action: FollowUpAction::CallBack,
        date: Local::now().format("%Y-%m-%d").to_string(),
        time: None,
        repeat: None,
        assignee: "Ana".into(),
        note: "About the refund".into(),
        staff: "Ana".into(),
    })
    .expect("follow-up");
}
