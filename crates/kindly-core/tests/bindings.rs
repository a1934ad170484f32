//! The UI's TypeScript types are generated from the Rust types and
//! committed under `ui/src/lib/api/bindings/`. This test fails when they
//! drift; `make bindings` (KINDLY_UPDATE_BINDINGS=1) rewrites them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use kindly_core::*;
use ts_rs::TS;

fn committed_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/api/bindings")
}

fn export_all(dir: &Path) {
    ErrorPayload::export_all_to(dir).unwrap();
    Customer::export_all_to(dir).unwrap();
    CustomerInput::export_all_to(dir).unwrap();
    CustomerSummary::export_all_to(dir).unwrap();
    TrashedCustomer::export_all_to(dir).unwrap();
    CustomerChange::export_all_to(dir).unwrap();
    StaffLogin::export_all_to(dir).unwrap();
    TeamPresence::export_all_to(dir).unwrap();
    Moved::export_all_to(dir).unwrap();
    OfflineCopyInfo::export_all_to(dir).unwrap();
    CustomerChangesPage::export_all_to(dir).unwrap();
    ChangesCursor::export_all_to(dir).unwrap();
    NotebookInfo::export_all_to(dir).unwrap();
    Opening::export_all_to(dir).unwrap();
    WindowStart::export_all_to(dir).unwrap();
    Welcome::export_all_to(dir).unwrap();
    ConversationInput::export_all_to(dir).unwrap();
    Conversation::export_all_to(dir).unwrap();
    IssueInput::export_all_to(dir).unwrap();
    IssueMove::export_all_to(dir).unwrap();
    PromiseInput::export_all_to(dir).unwrap();
    PromiseOutcome::export_all_to(dir).unwrap();
    CustomerPage::export_all_to(dir).unwrap();
    StaffRoster::export_all_to(dir).unwrap();
    TrashedEntry::export_all_to(dir).unwrap();
    TimelineCursor::export_all_to(dir).unwrap();
    FollowUpInput::export_all_to(dir).unwrap();
    FollowUp::export_all_to(dir).unwrap();
    FollowUpDone::export_all_to(dir).unwrap();
    Snooze::export_all_to(dir).unwrap();
    TodayPage::export_all_to(dir).unwrap();
    Reminder::export_all_to(dir).unwrap();
    TimeSettings::export_all_to(dir).unwrap();
    Brief::export_all_to(dir).unwrap();
    CallerLookup::export_all_to(dir).unwrap();
    AfterCall::export_all_to(dir).unwrap();
    BackupInfo::export_all_to(dir).unwrap();
    BackupSettings::export_all_to(dir).unwrap();
    kindly_core::import::ContactsFile::export_all_to(dir).unwrap();
    ImportPreview::export_all_to(dir).unwrap();
    ImportSummary::export_all_to(dir).unwrap();
    Stage::export_all_to(dir).unwrap();
    DuplicatePair::export_all_to(dir).unwrap();
    MergeOutcome::export_all_to(dir).unwrap();
    MergeRecord::export_all_to(dir).unwrap();
    ExportFormat::export_all_to(dir).unwrap();
    CustomerFilter::export_all_to(dir).unwrap();
    ListSort::export_all_to(dir).unwrap();
    CustomerListPage::export_all_to(dir).unwrap();
    SavedList::export_all_to(dir).unwrap();
    SavedListInput::export_all_to(dir).unwrap();
    Selection::export_all_to(dir).unwrap();
    BulkChange::export_all_to(dir).unwrap();
    BulkPreview::export_all_to(dir).unwrap();
    BulkChangeRecord::export_all_to(dir).unwrap();
    TagCount::export_all_to(dir).unwrap();
    TagChange::export_all_to(dir).unwrap();
    ImportRecord::export_all_to(dir).unwrap();
    ReportPeriod::export_all_to(dir).unwrap();
    Reports::export_all_to(dir).unwrap();
    ReportBar::export_all_to(dir).unwrap();
    SituationInput::export_all_to(dir).unwrap();
    SituationFilter::export_all_to(dir).unwrap();
    SituationUpdateInput::export_all_to(dir).unwrap();
    TellInput::export_all_to(dir).unwrap();
    CloseSituation::export_all_to(dir).unwrap();
    Situation::export_all_to(dir).unwrap();
    SituationSummary::export_all_to(dir).unwrap();
    SituationAction::export_all_to(dir).unwrap();
    SituationMessage::export_all_to(dir).unwrap();
    MemberFilter::export_all_to(dir).unwrap();
    SituationMemberPage::export_all_to(dir).unwrap();
    LockStatus::export_all_to(dir).unwrap();
    ProtectionSettings::export_all_to(dir).unwrap();
    ProtectOutcome::export_all_to(dir).unwrap();
    TeamStatus::export_all_to(dir).unwrap();
    JoinLink::export_all_to(dir).unwrap();
}

fn read_dir(dir: &Path) -> BTreeMap<String, String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return BTreeMap::new();
    };
    entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ts"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect()
}

#[test]
fn typescript_bindings_match_the_rust_types() {
    let fresh = tempfile::tempdir().unwrap();
    export_all(fresh.path());
    let expected = read_dir(fresh.path());
    if std::env::var_os("KINDLY_UPDATE_BINDINGS").is_some() {
        let dir = committed_dir();
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for (name, text) in &expected {
            std::fs::write(dir.join(name), text).unwrap();
        }
        return;
    }
    let committed = read_dir(&committed_dir());
    assert!(
        committed == expected,
        "ui/src/lib/api/bindings is out of date with the Rust types; run `make bindings` and commit the result"
    );
}
