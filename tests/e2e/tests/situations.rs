//! A situation in the real window, as the issue lists it: create one, add
//! the customers by tag, give their group a concierge, post an update, mark
//! two customers told, and see "told 2 of 3".

use kindly_core::*;
use kindly_e2e::{keys, App, Notebook};

/// Three customers tagged for wedding cakes (one as "Wedding-Cakes") and
/// one who is not; their ids in the order the situation lists them.
fn notebook() -> (Notebook, Vec<String>) {
    let notebook = Notebook::new();
    let mut nb = kindly_core::Notebook::open_in_dir(notebook.path()).expect("notebook");
    let mut add = |full_name: &str, preferred: &str, tag: &str| {
        nb.create_customer(&CustomerInput {
            full_name: full_name.into(),
            preferred_name: preferred.into(),
            tags: vec![tag.into()],
            ..Default::default()
        })
        .expect("customer")
        .id
    };
    let dora = add("Dora Lee", "", "Wedding-Cakes");
    let rosie = add("Rosalind Park", "Rosie", "wedding-cakes");
    let tom = add("Tom Baker", "", "wedding-cakes");
    add("Sam Other", "", "birthday-cakes");
    (notebook, vec![dora, rosie, tom])
}

/// Clicks `testid` inside the affected customer `customer_id`'s row.
fn click_in_row(app: &App, customer_id: &str, testid: &str) {
    let clicked = app.run(&format!(
        "const b = document.querySelector('[data-testid=situation-member][data-id=\"{customer_id}\"] [data-testid={testid}]'); \
         if (b) {{ b.scrollIntoView({{block: 'center'}}); b.click(); }} return !!b;"
    ));
    assert_eq!(
        clicked,
        serde_json::Value::Bool(true),
        "{testid} in {customer_id}'s row"
    );
}

fn tell(app: &App, customer_id: &str, how: &str, mood: &str) {
    click_in_row(app, customer_id, "mark-told");
    app.click(&format!("tell-how-{how}"));
    app.click(&format!("tell-mood-{mood}"));
    app.click("tell-save");
    app.wait_for("the told form to close", || {
        app.try_find("tell-form").is_none()
    });
}

#[test]
fn situations_create_add_by_tag_give_a_concierge_post_an_update_and_tell_two() {
    let (notebook, ids) = notebook();
    let (dora, rosie, tom) = (&ids[0], &ids[1], &ids[2]);
    let app = notebook.launch();

    // Create the situation from the main navigation.
    app.click("nav-situations");
    app.find("situations-empty");
    app.click("new-situation");
    app.type_into("situation-title", "Late delivery of wedding cakes");
    app.type_into("situation-what-happened", "Our oven broke on Monday.");
    app.type_into("situation-what-we-do", "A new part is on its way.");
    app.click("situation-save");
    app.wait_for("the situation's page", || {
        app.try_find("situation-heading")
            .is_some_and(|h| app.text(&h) == "Late delivery of wedding cakes")
    });

    // Everyone tagged wedding-cakes, whatever the case; not Sam.
    app.type_into("add-by-tag", "wedding-cakes");
    app.wait_for("the count of matches", || {
        app.try_find("match-count")
            .is_some_and(|c| app.text(&c) == "3 customers match")
    });
    app.click("add-matching");
    app.wait_for("three affected customers", || {
        app.find_all("situation-member").len() == 3
    });
    assert_eq!(app.text_of("situation-progress"), "Told 0 of 3");
    assert!(app
        .text_of("situation-undoable")
        .contains("Added 3 customers"));
    let members = app.texts("situation-member");
    assert!(members[1].contains("Rosie"), "{members:?}");
    assert!(members.iter().all(|m| !m.contains("Sam")), "{members:?}");

    // One group for all three, looked after by Kathy.
    app.type_into("group-name", "Weddings this week");
    app.type_into("group-concierge-input", "Kathy");
    app.click("add-group");
    app.wait_for("the group", || app.try_find("situation-group").is_some());
    app.click("tick-all");
    let group_id = app.run(
        "return document.querySelector('[data-testid=group-choice] option:nth-child(2)').value",
    );
    app.set_value(
        "group-choice",
        group_id.as_str().expect("the group's option"),
    );
    app.click("group-ticked");
    app.wait_for("Kathy looks after all three", || {
        let rows = app.texts("concierge-progress");
        rows.len() == 1 && rows[0].contains("Kathy") && rows[0].contains("Told 0 of 3")
    });

    // An update, then two of them told.
    app.type_into("update-text", "The part arrives Thursday.");
    app.click("post-update");
    app.wait_for("the update listed", || {
        app.texts("situation-update")
            .iter()
            .any(|u| u.contains("The part arrives Thursday."))
    });
    tell(&app, rosie, "call", "upset");
    tell(&app, dora, "email", "neutral");
    app.wait_for("told 2 of 3", || {
        app.text_of("situation-progress") == "Told 2 of 3"
    });
    let per = app.texts("concierge-progress");
    assert!(
        per.len() == 1 && per[0].contains("Kathy") && per[0].contains("Told 2 of 3"),
        "{per:?}"
    );
    let told = app.texts("member-told");
    assert!(
        told[0].starts_with("Told") && told[0].contains("email"),
        "{told:?}"
    );
    assert!(
        told[1].contains("call") && told[1].contains("upset"),
        "{told:?}"
    );
    assert_eq!(told[2], "Not yet told");

    // A message for the one still to tell, with the name he goes by.
    app.click("write-messages");
    app.wait_for("Tom's message", || {
        app.texts("situation-message").len() == 1
    });
    let message = app.text_of("situation-message");
    assert!(message.starts_with("Hi Tom Baker,"), "{message}");
    assert!(message.contains("The part arrives Thursday."), "{message}");
    app.run("window.scrollTo(0, 0)");
    app.screenshot("situation-progress");

    // Tom's page links to the situation; he has not been told yet.
    app.run(&format!(
        "document.querySelector('[data-testid=situation-member][data-id=\"{tom}\"] .name').click()"
    ));
    app.wait_for("Tom's page", || {
        app.try_find("customer-situation").is_some()
    });
    let link = app.text_of("customer-situation");
    assert!(link.contains("Late delivery of wedding cakes"), "{link}");
    assert!(link.contains("Not yet told the latest"), "{link}");

    // Sam, not tagged, is added one by one from his own page.
    app.lookup("Sam Other");
    app.wait_for("Sam", || app.find_all("lookup-result").len() == 1);
    app.press(keys::ENTER);
    app.click("add-to-situation");
    // The open situations are fetched when the choice opens.
    app.wait_for("the situations to choose from", || {
        app.run("return document.querySelectorAll('[data-testid=situation-choice] option').length")
            .as_u64()
            >= Some(2)
    });
    let option = app.run(
        "return document.querySelector('[data-testid=situation-choice] option:nth-child(2)').value",
    );
    app.set_value(
        "situation-choice",
        option.as_str().expect("the situation's option"),
    );
    app.click("add-to-situation-save");
    app.wait_for("Sam's link to the situation", || {
        app.try_find("customer-situation").is_some()
    });
    let link = app.text_of("customer-situation");
    assert!(link.contains("Late delivery of wedding cakes"), "{link}");

    // Back on the situation: its title edited, Tom given his own concierge,
    // and Sam (added by mistake) taken off again after a question.
    app.click("nav-situations");
    app.click("situation-open");
    app.click("situation-edit");
    app.type_into("situation-title", " this week");
    app.click("situation-save");
    app.wait_for("the edited title", || {
        app.text_of("situation-heading") == "Late delivery of wedding cakes this week"
    });
    click_in_row(&app, tom, "member-concierge-change");
    app.replace("member-concierge-input", "Ben");
    app.screenshot("situation-member-concierge");
    app.click("member-concierge-save");
    app.wait_for("Tom's own concierge", || {
        app.run(&format!(
            "return document.querySelector('[data-testid=situation-member][data-id=\"{tom}\"] [data-testid=member-concierge]').textContent"
        ))
        .as_str()
        .is_some_and(|t| t.ends_with("Concierge: Ben"))
    });
    assert_eq!(app.find_all("situation-member").len(), 4);
    let sam = app.run(
        "return [...document.querySelectorAll('[data-testid=situation-member]')]\
         .find((r) => r.textContent.includes('Sam Other')).dataset.id",
    );
    click_in_row(&app, sam.as_str().expect("Sam's row"), "member-remove");
    app.find("member-remove-dialog");
    app.screenshot("situation-member-remove");
    app.click("member-remove-confirm");
    app.wait_for("three affected again", || {
        app.find_all("situation-member").len() == 3
    });

    // Closing it: an empty number of days is refused beside the box, then
    // check-ins in a week close it, and the close can be undone.
    app.click("nav-situations");
    app.click("situation-open");
    // Emptied as a user does: the page hears each key.
    app.replace("close-check-in-days", "1");
    app.press(keys::BACKSPACE);
    app.click("close-situation");
    assert!(app
        .text_of("error-check_in_days")
        .contains("whole number of days"));
    assert!(app.try_find("situation-closed").is_none());
    app.replace("close-check-in-days", "7");
    app.click("close-situation");
    app.wait_for("closed", || app.try_find("situation-closed").is_some());
    app.click("situation-undo");
    app.wait_for("open again", || app.try_find("situation-closed").is_none());
}

/// 2,000 customers tagged "oven", "Customer 0001" to "Customer 2000", all
/// affected by one situation; its id.
fn two_thousand() -> (Notebook, String) {
    let notebook = Notebook::new();
    let mut nb = kindly_core::Notebook::open_in_dir(notebook.path()).expect("notebook");
    for i in 1..=2000 {
        nb.create_customer(&CustomerInput {
            full_name: format!("Customer {i:04}"),
            tags: vec!["oven".into()],
            ..Default::default()
        })
        .expect("customer");
    }
    let id = nb
        .create_situation(&SituationInput {
            title: "Oven recall".into(),
            ..Default::default()
        })
        .expect("situation");
    nb.add_matching(
        &id,
        &SituationFilter {
            tag: Some("oven".into()),
            open_issue_category: None,
        },
        "Ana",
    )
    .expect("everyone");
    (notebook, id)
}

#[test]
fn two_thousand_affected_customers_are_all_reached_filtered_ticked_and_told() {
    let (notebook, _) = two_thousand();
    let app = notebook.launch();
    app.click("nav-situations");
    app.click("situation-open");
    app.wait_for("the first page of 2000", || {
        app.try_find("members-page")
            .is_some_and(|p| app.text(&p) == "1–100 of 2000")
    });
    assert_eq!(app.find_all("situation-member").len(), 100);

    // The last page reaches the 2000th.
    for _ in 0..19 {
        app.click("members-next");
    }
    app.wait_for("the last page", || {
        app.try_find("members-page")
            .is_some_and(|p| app.text(&p) == "1901–2000 of 2000")
    });
    assert!(app
        .texts("situation-member")
        .last()
        .is_some_and(|t| t.contains("Customer 2000")));

    // Those past the 500th whose names start "Customer 17", ticked and told at once.
    app.type_into("member-filter-name", "Customer 17");
    app.wait_for("the hundred who match", || {
        app.try_find("members-page")
            .is_some_and(|p| app.text(&p) == "All 100")
    });
    app.click("tick-all");
    app.wait_for("a hundred ticked", || {
        app.text_of("ticked-count") == "100 ticked"
    });
    app.screenshot("situation-2000-filtered-ticked");
    app.click("tell-ticked");
    app.click("tell-how-email");
    app.click("tell-save");
    app.wait_for("told 100 of 2000", || {
        app.text_of("situation-progress") == "Told 100 of 2000"
    });

    // Told or not, as a filter.
    app.set_value("member-filter-name", "");
    app.set_value("member-filter-told", "told");
    app.wait_for("the hundred told", || {
        app.try_find("members-page")
            .is_some_and(|p| app.text(&p) == "All 100")
    });
    assert!(app
        .texts("member-told")
        .iter()
        .all(|t| t.starts_with("Told")));
    assert!(app.texts("situation-member")[0].contains("Customer 1700"));
    app.screenshot("situation-2000-told-filter");
}
