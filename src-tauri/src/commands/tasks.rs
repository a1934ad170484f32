//! Long work the window watches: stopping it (see `crate::tasks`).

use tauri::State;

use super::CmdResult;
use crate::tasks::Tasks;

/// Asks the work the page started as `task` to stop at its next check
/// (an import then writes nothing). Never waits for the notebook, which
/// the work holds; a task that already finished is left as it is.
#[tauri::command]
pub fn cancel_task(tasks: State<'_, Tasks>, task: String) -> CmdResult<()> {
    tasks.cancel(&task)
}
