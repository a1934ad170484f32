//! An app on Tauri's mock runtime for the shell's tests: the real state and
//! commands, no window system. Test builds only.

use std::path::Path;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use kindly_core::{Millis, Notebook};
use serde_json::Value;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{
    get_ipc_response, mock_builder, mock_context, noop_assets, MockRuntime, INVOKE_KEY,
};
use tauri::webview::InvokeRequest;
use tauri::{App, Manager, WebviewWindow};

use crate::reminders::Shown;
use crate::state::AppState;

/// A clock the test moves by hand.
#[derive(Clone, Default)]
pub struct TestClock(Arc<AtomicI64>);

impl TestClock {
    pub fn at(ms: Millis) -> Self {
        TestClock(Arc::new(AtomicI64::new(ms)))
    }

    pub fn set(&self, ms: Millis) {
        self.0.store(ms, Ordering::SeqCst);
    }

    /// A notebook in `dir` that reads this clock.
    pub fn notebook(&self, dir: &Path) -> Notebook {
        let time = Arc::clone(&self.0);
        Notebook::open_in_dir(dir)
            .expect("a new notebook")
            .with_clock(Arc::new(move || time.load(Ordering::SeqCst)))
    }
}

/// A mock app holding `opened` as its notebook (at `dir`), with the
/// commands given.
pub fn app_with(
    dir: &Path,
    opened: kindly_core::Result<Notebook>,
    builder: tauri::Builder<MockRuntime>,
) -> App<MockRuntime> {
    let app = builder
        .build(mock_context(noop_assets()))
        .expect("a mock app");
    app.manage(AppState::new(dir.join(kindly_core::FILE_NAME), opened));
    app.manage(Shown::default());
    app.manage(crate::tasks::Tasks::default());
    app
}

/// A mock app on `nb`, without commands.
pub fn app_on(dir: &Path, nb: Notebook) -> App<MockRuntime> {
    app_with(dir, Ok(nb), mock_builder())
}

/// Calls `cmd` as the page does; the answer, or the error the page gets.
pub fn call(window: &WebviewWindow<MockRuntime>, cmd: &str, args: Value) -> Result<Value, Value> {
    get_ipc_response(
        window,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().expect("url"),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|body| body.deserialize::<Value>().expect("a JSON answer"))
}
