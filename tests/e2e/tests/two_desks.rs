//! Two windows open at once, as two computers: two app processes, each on
//! its own data folder, driven through two tauri-drivers (the harness's
//! `SecondDesk`). Here each desk has a notebook file of its own, so neither
//! sees the other's customers; the team notebook's live changes between two
//! desks build on this (`team_live.rs`).

use kindly_e2e::{Notebook, SecondDesk};

#[test]
fn two_desks_run_side_by_side_each_on_its_own_notebook() {
    let first = Notebook::new();
    let second = SecondDesk::new();
    let ana = first.launch();
    let ben = second.launch();

    ana.add_customer("Rosalind Okafor", "");
    ben.add_customer("Samuel Reed", "");

    ana.lookup("Samuel");
    ana.wait_for("Ana's lookup to answer", || {
        ana.try_find("lookup-no-results").is_some()
    });
    ben.lookup("Rosalind");
    ben.wait_for("Ben's lookup to answer", || {
        ben.try_find("lookup-no-results").is_some()
    });
    ana.lookup("Rosalind");
    ana.wait_for("Ana's own customer found", || {
        ana.find_all("lookup-result").len() == 1
            && ana.text_of("lookup-result").contains("Rosalind")
    });
    ana.screenshot("two-desks-first");
    ben.screenshot("two-desks-second");
}
