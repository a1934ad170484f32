//! The Customers list: its pages and counts, saved lists, the imports a
//! list can be narrowed to, and exporting just the customers picked.
//!
//! Every input the window sends is checked here first (sizes the window
//! never needs, so a page cannot ask the core for unbounded work); what
//! a filter means is the core's alone.

use kindly_core::validate::{MAX_SHORT, MAX_TAG};
use kindly_core::{
    CustomerFilter, CustomerListPage, Error, ErrorPayload, ExportFormat, ImportRecord, ListCursor,
    ListSort, SavedList, SavedListInput, Selection, MAX_FILTER_IDS, MAX_LIST_PAGE,
};
use kindly_words::{args, say, say_with};
use tauri::{AppHandle, Manager, Runtime, State};

use super::export::{contacts_name, downloads, save_as, Saved};
use super::CmdResult;
use crate::dialogs::SaveOffer;
use crate::state::AppState;
use crate::tasks::Tasks;

/// The most tags one filter may ask for together.
pub const MAX_FILTER_TAGS: usize = 50;

/// The longest id (a customer's, a situation's, an import's) the window
/// may send.
const MAX_ID: usize = 100;

/// Refuses a filter no screen of Kindly would send, beside the part that
/// is too big.
pub fn check_filter(filter: &CustomerFilter) -> Result<(), Error> {
    if filter.text.chars().count() > MAX_SHORT {
        return Err(too_long("text", MAX_SHORT));
    }
    if filter.tags.len() > MAX_FILTER_TAGS {
        return Err(Error::invalid(
            "tags",
            say_with(
                "shell-list-too-many-tags",
                &args! { "max" => MAX_FILTER_TAGS as i64 },
            ),
        ));
    }
    if filter.tags.iter().any(|t| t.chars().count() > MAX_TAG) {
        return Err(too_long("tags", MAX_TAG));
    }
    let short = [
        ("looked_after_by", filter.looked_after_by.as_deref()),
        ("open_issue_category", filter.open_issue_category.as_deref()),
        ("language", filter.language.as_deref()),
    ];
    for (field, value) in short {
        if value.is_some_and(|v| v.chars().count() > MAX_SHORT) {
            return Err(too_long(field, MAX_SHORT));
        }
    }
    let ids = [
        ("situation_id", filter.situation_id.as_deref()),
        ("import_id", filter.import_id.as_deref()),
    ];
    for (field, value) in ids {
        if value.is_some_and(|v| v.len() > MAX_ID) {
            return Err(too_long(field, MAX_ID));
        }
    }
    check_ids("customer_ids", &filter.customer_ids)
}

/// Refuses a selection naming more customers than one change may, or a
/// filter [`check_filter`] refuses.
pub fn check_selection(selection: &Selection) -> Result<(), Error> {
    match selection {
        Selection::Picked { ids } => {
            if ids.is_empty() {
                return Err(Error::invalid("selection", say("shell-list-none-picked")));
            }
            check_ids("selection", ids)
        }
        Selection::AllMatching { filter, except } => {
            check_filter(filter)?;
            check_ids("selection", except)
        }
    }
}

fn check_ids(field: &str, ids: &[String]) -> Result<(), Error> {
    if ids.len() > MAX_FILTER_IDS {
        return Err(Error::invalid(
            field,
            say_with(
                "shell-list-too-many-customers",
                &args! { "max" => MAX_FILTER_IDS as i64 },
            ),
        ));
    }
    if ids.iter().any(|id| id.len() > MAX_ID) {
        return Err(too_long(field, MAX_ID));
    }
    Ok(())
}

/// `field` holds more than `max` characters.
pub fn too_long(field: &str, max: usize) -> Error {
    Error::invalid(
        field,
        say_with("shell-list-too-long", &args! { "max" => max as i64 }),
    )
}

fn check_input(input: &SavedListInput) -> Result<(), Error> {
    if input.name.chars().count() > MAX_SHORT {
        return Err(too_long("name", MAX_SHORT));
    }
    check_filter(&input.filter)
}

fn check_cursor(after: Option<&ListCursor>) -> Result<(), Error> {
    match after {
        Some(cursor) if cursor.key.len() > 1_000 || cursor.id.len() > MAX_ID => {
            Err(too_long("after", 1_000))
        }
        _ => Ok(()),
    }
}

/// One page of the customers `filter` matches in `sort`'s order, after
/// the previous page's `next`; at most `limit` rows (the core keeps it
/// within [`MAX_LIST_PAGE`]).
#[tauri::command(async)]
pub fn list_customers(
    state: State<'_, AppState>,
    filter: CustomerFilter,
    sort: ListSort,
    after: Option<ListCursor>,
    limit: u32,
) -> CmdResult<CustomerListPage> {
    check_filter(&filter)?;
    check_cursor(after.as_ref())?;
    let limit = limit.clamp(1, MAX_LIST_PAGE);
    state.with(|nb| nb.list_customers(&filter, sort, after.as_ref(), limit))
}

/// How many customers `filter` matches now.
#[tauri::command(async)]
pub fn count_customers(state: State<'_, AppState>, filter: CustomerFilter) -> CmdResult<u32> {
    check_filter(&filter)?;
    state.with(|nb| nb.count_customers(&filter))
}

/// Every saved list with its live count.
#[tauri::command(async)]
pub fn saved_lists(state: State<'_, AppState>) -> CmdResult<Vec<SavedList>> {
    state.with(|nb| nb.saved_lists())
}

#[tauri::command(async)]
pub fn create_saved_list(
    state: State<'_, AppState>,
    input: SavedListInput,
) -> CmdResult<SavedList> {
    check_input(&input)?;
    state.with(|nb| nb.create_saved_list(&input))
}

#[tauri::command(async)]
pub fn update_saved_list(
    state: State<'_, AppState>,
    id: String,
    version: i64,
    input: SavedListInput,
) -> CmdResult<SavedList> {
    check_input(&input)?;
    state.with(|nb| nb.update_saved_list(&id, version, &input))
}

#[tauri::command(async)]
pub fn delete_saved_list(state: State<'_, AppState>, id: String, version: i64) -> CmdResult<()> {
    state.with(|nb| nb.delete_saved_list(&id, version))
}

/// Undo for [`delete_saved_list`].
#[tauri::command(async)]
pub fn restore_saved_list(state: State<'_, AppState>, id: String) -> CmdResult<SavedList> {
    state.with(|nb| nb.restore_saved_list(&id))
}

/// Every import that added customers, newest first.
#[tauri::command(async)]
pub fn list_imports(state: State<'_, AppState>) -> CmdResult<Vec<ImportRecord>> {
    state.with(|nb| nb.imports())
}

/// Saves the customers `selection` names where the person chooses, as
/// vCard or CSV; the writing's progress goes to the window as `task`.
/// `None` when they cancel "Save as" (nothing is written).
#[tauri::command]
pub async fn export_selection<R: Runtime>(
    app: AppHandle<R>,
    selection: Selection,
    format: ExportFormat,
    task: String,
) -> CmdResult<Option<Saved>> {
    check_selection(&selection).map_err(ErrorPayload::from)?;
    let tasks = app.state::<Tasks>();
    let running = tasks.start(&task)?;
    let progress = running.reporter(&app);
    let filter: (String, &[&str]) = match format {
        ExportFormat::Vcard => (say("shell-filter-vcard"), &["vcf"]),
        ExportFormat::Csv => (say("shell-filter-csv"), &["csv"]),
    };
    let day = app.state::<AppState>().with(|nb| nb.today_date())?;
    let offer = SaveOffer {
        title: say("shell-save-selection"),
        folder: downloads(&app)?,
        name: contacts_name(format, day),
        filter,
    };
    let saved = save_as(&app, offer, "chosen customers", move |nb, path| {
        nb.export_selection_as_with(&selection, path, format, &progress)?;
        Ok(vec![path.to_owned()])
    })
    .await;
    drop(running);
    saved
}

#[cfg(test)]
mod tests {
    use super::*;
    use kindly_core::ErrorCode;

    fn field_of(err: Error) -> Option<String> {
        let payload = ErrorPayload::from(err);
        assert_eq!(payload.code, ErrorCode::InvalidInput);
        payload.field
    }

    #[test]
    fn a_filter_the_window_would_send_passes() {
        let filter = CustomerFilter {
            text: "rosa".into(),
            tags: vec!["VIP".into(), "wedding".into()],
            looked_after_by: Some("Ana".into()),
            ..Default::default()
        };
        assert!(check_filter(&filter).is_ok());
        assert!(check_filter(&CustomerFilter::default()).is_ok());
    }

    #[test]
    fn an_oversized_filter_is_refused_beside_its_part() {
        let long_text = CustomerFilter {
            text: "a".repeat(MAX_SHORT + 1),
            ..Default::default()
        };
        assert_eq!(
            field_of(check_filter(&long_text).unwrap_err()).as_deref(),
            Some("text")
        );
        let many_tags = CustomerFilter {
            tags: vec!["x".into(); MAX_FILTER_TAGS + 1],
            ..Default::default()
        };
        assert_eq!(
            field_of(check_filter(&many_tags).unwrap_err()).as_deref(),
            Some("tags")
        );
        let long_tag = CustomerFilter {
            tags: vec!["x".repeat(MAX_TAG + 1)],
            ..Default::default()
        };
        assert_eq!(
            field_of(check_filter(&long_tag).unwrap_err()).as_deref(),
            Some("tags")
        );
    }

    #[test]
    fn a_selection_names_someone_and_not_too_many() {
        let none = Selection::Picked { ids: vec![] };
        assert_eq!(
            field_of(check_selection(&none).unwrap_err()).as_deref(),
            Some("selection")
        );
        let too_many = Selection::AllMatching {
            filter: Box::default(),
            except: vec!["c".into(); MAX_FILTER_IDS + 1],
        };
        assert_eq!(
            field_of(check_selection(&too_many).unwrap_err()).as_deref(),
            Some("selection")
        );
        let fine = Selection::AllMatching {
            filter: Box::default(),
            except: vec!["c1".into()],
        };
        assert!(check_selection(&fine).is_ok());
    }

    #[test]
    fn a_saved_lists_name_that_is_too_long_is_refused_beside_the_name() {
        let input = SavedListInput {
            name: "n".repeat(MAX_SHORT + 1),
            filter: CustomerFilter::default(),
            sort: ListSort::default(),
        };
        assert_eq!(
            field_of(check_input(&input).unwrap_err()).as_deref(),
            Some("name")
        );
    }
}
