//! A small W3C WebDriver client for driving the real Kindly window through
//! `tauri-driver` (which forwards to WebKitWebDriver on Linux).
//!
//! `tests/e2e/run.sh` starts one `tauri-driver` for the whole run and sets
//! `KINDLY_E2E_DRIVER` (its URL) and `KINDLY_E2E_APP` (the binary). Each test
//! opens the app on its own empty data folder via [`Notebook`], so tests never
//! see each other's data or the user's real notebook.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

pub mod axe;
pub mod story;
pub mod team;
pub mod words;

/// W3C key codes for `send_keys`.
pub mod keys {
    pub const ENTER: &str = "\u{E007}";
    pub const ESCAPE: &str = "\u{E00C}";
    pub const ARROW_DOWN: &str = "\u{E015}";
    pub const ARROW_UP: &str = "\u{E013}";
    pub const CONTROL: &str = "\u{E009}";
    pub const BACKSPACE: &str = "\u{E003}";
}

const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";
/// How long a wait for the UI may take before the test fails.
pub const PATIENCE: Duration = Duration::from_secs(15);

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| {
        panic!(
            "{name} is not set: run the end-to-end tests with `make test-e2e` (tests/e2e/run.sh)"
        )
    })
}

/// The home folder the app runs with during the tests (see `run.sh`).
pub fn app_home() -> PathBuf {
    PathBuf::from(env("KINDLY_E2E_HOME"))
}

/// The file the app's "Choose a file" dialog picks during the tests; write
/// the file to import there first.
pub fn chosen_file() -> PathBuf {
    PathBuf::from(env("KINDLY_E2E_PICK_FILE"))
}

/// The folder the app's "Choose another folder…" dialog picks for backups
/// during the tests.
pub fn chosen_folder() -> PathBuf {
    PathBuf::from(env("KINDLY_E2E_PICK_FOLDER"))
}

/// Sets where the app's "Save as" dialog saves from now on (`None`: the
/// person cancels it), and forgets what it offered before.
pub fn save_as_picks(path: Option<&Path>) {
    let answer = PathBuf::from(env("KINDLY_E2E_SAVE_AS"));
    std::fs::create_dir_all(answer.parent().expect("a folder")).expect("make the folder");
    let picked = path.map(|p| p.display().to_string()).unwrap_or_default();
    std::fs::write(&answer, picked).expect("write the answer");
    let _ = std::fs::remove_file(save_as_asked());
}

/// What the last "Save as" dialog offered since [`save_as_picks`], if one
/// was opened: the folder it opened in and the name it suggested.
pub fn save_as_offered() -> Option<(PathBuf, String)> {
    let asked = std::fs::read_to_string(save_as_asked()).ok()?;
    let mut lines = asked.lines();
    let folder = PathBuf::from(lines.next()?);
    Some((folder, lines.next()?.to_owned()))
}

fn save_as_asked() -> PathBuf {
    PathBuf::from(format!("{}.asked", env("KINDLY_E2E_SAVE_AS")))
}

/// Sets the answer to the app's next native question (such as "Keep fewer
/// backups?"), which a test cannot click: `true` agrees, `false` cancels.
/// Forgets the question asked before.
pub fn answer_questions(agree: bool) {
    let answer = PathBuf::from(env("KINDLY_E2E_CONFIRM"));
    std::fs::create_dir_all(answer.parent().expect("a folder")).expect("make the folder");
    std::fs::write(&answer, if agree { "yes" } else { "no" }).expect("write the answer");
    let _ = std::fs::remove_file(asked_file());
}

/// The title and words of the last native question the app asked since
/// [`answer_questions`], if any.
pub fn question_asked() -> Option<String> {
    std::fs::read_to_string(asked_file()).ok()
}

fn asked_file() -> PathBuf {
    PathBuf::from(format!("{}.asked", env("KINDLY_E2E_CONFIRM")))
}

/// The folder the app's "Open log folder" would have opened since
/// [`forget_opened_folder`], if any (no file manager opens in the tests).
pub fn opened_folder() -> Option<PathBuf> {
    std::fs::read_to_string(env("KINDLY_E2E_OPENED"))
        .ok()
        .map(PathBuf::from)
}

/// Forgets the folder the app opened before.
pub fn forget_opened_folder() {
    let _ = std::fs::remove_file(env("KINDLY_E2E_OPENED"));
}

/// Every desktop notification the app asked for during this run, oldest
/// first, as `{title, body, customer_id}` objects.
pub fn notifications() -> Vec<Value> {
    std::fs::read_to_string(env("KINDLY_NOTIFICATION_LOG"))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect()
}

/// A data folder for one test; several app launches may share it to check
/// that data survives a restart.
pub struct Notebook {
    dir: tempfile::TempDir,
}

impl Notebook {
    pub fn new() -> Self {
        Notebook {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Starts the app on this notebook and waits until its UI is ready. A
    /// new notebook shows the welcome first: this starts it empty, through
    /// the welcome's own buttons, and waits for Lookup.
    pub fn launch(&self) -> App {
        past_the_welcome(App::launch(self.path(), &[]))
    }

    /// Starts the app on this new notebook and waits for the welcome.
    pub fn launch_new(&self) -> App {
        App::launch_until(self.path(), &[], "welcome")
    }

    /// Like [`Notebook::launch`], with more command-line arguments (such
    /// as a `kindly://` link).
    pub fn launch_with(&self, args: &[&str]) -> App {
        App::launch(self.path(), args)
    }

    /// Starts the app on this protected notebook and waits for the unlock
    /// screen.
    pub fn launch_locked(&self) -> App {
        App::launch_until(self.path(), &[], "unlock-screen")
    }

    /// The notebook file.
    pub fn file(&self) -> PathBuf {
        self.path().join("notebook.sqlite")
    }

    /// Drops `files` on the running window of this notebook, as a person
    /// dragging them from a file manager would: a drag cannot be made
    /// under the virtual display, so a second start hands them over
    /// (`--e2e-drop=`, debug builds only) to the same handling as the
    /// window's drop event.
    pub fn drop_files(&self, files: &[&Path]) {
        let args: Vec<String> = files
            .iter()
            .map(|f| format!("--e2e-drop={}", f.display()))
            .collect();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let status = self.start_again(&args);
        assert!(status.success(), "the drop was not handed over: {status}");
    }

    /// Starts the app binary directly (not through the driver), as a
    /// desktop or a phone system would, and waits for it to exit.
    pub fn start_again(&self, args: &[&str]) -> std::process::ExitStatus {
        let mut child = std::process::Command::new(env("KINDLY_E2E_APP"))
            .arg("--data-dir")
            .arg(self.path())
            .args(args)
            .env("HOME", app_home())
            .spawn()
            .expect("start the app");
        let start = Instant::now();
        loop {
            if let Some(status) = child.try_wait().expect("wait for the app") {
                return status;
            }
            if start.elapsed() > PATIENCE {
                let _ = child.kill();
                panic!("a second start did not hand over and exit");
            }
            pause();
        }
    }
}

/// `app` on Lookup: a new notebook's welcome is passed through its own
/// buttons (starting empty).
fn past_the_welcome(app: App) -> App {
    if app.try_find("welcome").is_some() {
        app.click("welcome-next");
        app.click("welcome-start-empty");
        app.wait_for("Lookup after the welcome", || {
            app.try_find("lookup-input").is_some()
        });
    }
    app
}

/// Which tauri-driver drives a window. WebKitWebDriver holds one session at
/// a time, so a test with two windows open at once (two computers on one
/// team notebook) drives the second through a tauri-driver of its own
/// (`run.sh` starts both).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Driver {
    /// `KINDLY_E2E_DRIVER`: every test's window.
    First,
    /// `KINDLY_E2E_DRIVER_2`: the second desk's window.
    Second,
}

impl Driver {
    fn url(self) -> String {
        match self {
            Driver::First => env("KINDLY_E2E_DRIVER"),
            Driver::Second => env("KINDLY_E2E_DRIVER_2"),
        }
    }
}

/// A second computer beside the test's first window: its own data folder
/// (so its own running copy of Kindly: the single-instance lock is per data
/// folder) and its window driven through the second tauri-driver. Its
/// window can stay open while the first desk's is.
pub struct SecondDesk {
    notebook: Notebook,
}

impl SecondDesk {
    pub fn new() -> Self {
        SecondDesk {
            notebook: Notebook::new(),
        }
    }

    /// Its data folder.
    pub fn path(&self) -> &Path {
        self.notebook.path()
    }

    /// Starts Kindly on this desk and waits for Lookup (through the
    /// welcome on a new notebook), like [`Notebook::launch`].
    pub fn launch(&self) -> App {
        past_the_welcome(self.launch_until("app-ready"))
    }

    /// Starts Kindly on this desk and waits for the element `ready`.
    pub fn launch_until(&self, ready: &str) -> App {
        App::launch_binary_on(
            Driver::Second,
            &env("KINDLY_E2E_APP"),
            self.path(),
            &[],
            ready,
        )
    }
}

impl Default for SecondDesk {
    fn default() -> Self {
        Self::new()
    }
}

impl Default for Notebook {
    fn default() -> Self {
        Self::new()
    }
}

/// One running Kindly window. Dropping it quits the app.
pub struct App {
    agent: ureq::Agent,
    base: String,
}

/// An element on the page.
#[derive(Clone)]
pub struct Element {
    id: String,
}

impl App {
    fn launch(data_dir: &Path, extra: &[&str]) -> App {
        App::launch_until(data_dir, extra, "app-ready")
    }

    fn launch_until(data_dir: &Path, extra: &[&str], ready: &str) -> App {
        App::launch_binary(&env("KINDLY_E2E_APP"), data_dir, extra, ready)
    }

    /// Starts `binary` (Kindly, or another Tauri app such as the benchmark
    /// floor) on the data folder `data_dir` and waits for the element
    /// `ready`.
    pub fn launch_binary(binary: &str, data_dir: &Path, extra: &[&str], ready: &str) -> App {
        App::launch_binary_on(Driver::First, binary, data_dir, extra, ready)
    }

    /// Like [`App::launch_binary`], through the tauri-driver `driver`.
    pub fn launch_binary_on(
        driver: Driver,
        binary: &str,
        data_dir: &Path,
        extra: &[&str],
        ready: &str,
    ) -> App {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(60)))
            .build()
            .into();
        let driver = driver.url();
        let dir = data_dir.to_string_lossy();
        let args: Vec<&str> = ["--data-dir", dir.as_ref()]
            .into_iter()
            .chain(extra.iter().copied())
            .collect();
        let caps = json!({"capabilities": {"alwaysMatch": {"tauri:options": {
            "application": binary,
            "args": args,
        }}}});
        let answer = post(&agent, &format!("{driver}/session"), &caps);
        let session = answer["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session: {answer}"))
            .to_owned();
        let app = App {
            agent,
            base: format!("{driver}/session/{session}"),
        };
        app.wait_for(ready, || app.try_find(ready).is_some());
        app
    }

    fn cmd(&self, method: &str, path: &str, body: Value) -> Value {
        let url = format!("{}{}", self.base, path);
        // A minute unanswered means the window froze (it once did, in a
        // deadlock between saving its place and a move): the test fails.
        let sent = match method {
            "GET" => self.agent.get(&url).call(),
            "DELETE" => self.agent.delete(&url).call(),
            _ => self.agent.post(&url).send_json(&body),
        };
        let mut answer = sent.unwrap_or_else(|e| panic!("{method} {path}: {e}"));
        let value: Value = answer.body_mut().read_json().unwrap_or(Value::Null);
        let result = value.get("value").cloned().unwrap_or(Value::Null);
        if !answer.status().is_success() {
            return json!({ "error": result });
        }
        result
    }

    fn ok(&self, method: &str, path: &str, body: Value) -> Value {
        let v = self.cmd(method, path, body);
        if let Some(err) = v.get("error") {
            panic!("{method} {path} failed: {err}");
        }
        v
    }

    /// Resizes the window (the display is 1280×800) and waits until the
    /// page is laid out at the new width.
    pub fn set_window_size(&self, width: u32, height: u32) {
        self.ok(
            "POST",
            "/window/rect",
            json!({"width": width, "height": height}),
        );
        self.wait_for(&format!("the page at {width} px"), || {
            self.run("return window.outerWidth") == json!(width)
        });
    }

    /// Moves the window so its top left corner is at `x`, `y` on the
    /// display (1280×800; further right is off the display), keeping its
    /// size, and waits until it is there. Two windows open at once overlap
    /// on the display: moving one aside lets a screenshot show the other.
    pub fn move_window(&self, x: i32, y: i32) {
        self.ok("POST", "/window/rect", json!({"x": x, "y": y}));
        self.wait_for(&format!("the window at {x}, {y}"), || {
            let rect = self.ok("GET", "/window/rect", json!({}));
            rect["x"] == json!(x) && rect["y"] == json!(y)
        });
    }

    /// The window's place and size on the display, as WebDriver reports
    /// them: `(x, y, width, height)`.
    pub fn window_rect(&self) -> (i64, i64, i64, i64) {
        let rect = self.ok("GET", "/window/rect", json!({}));
        let n = |k: &str| {
            rect[k]
                .as_f64()
                .unwrap_or_else(|| panic!("no {k} in {rect}")) as i64
        };
        (n("x"), n("y"), n("width"), n("height"))
    }

    /// How far apart the tops of the header's buttons are, in pixels: under
    /// ten when the header is one row.
    pub fn header_rows_spread(&self) -> f64 {
        self.run(
            "const tops = [...document.querySelectorAll('header .nav-item, header [data-testid=at-desk],                header [data-testid=open-shortcuts]')].map(e => e.getBoundingClientRect().top);              return Math.max(...tops) - Math.min(...tops);",
        )
        .as_f64()
        .expect("the header's buttons")
    }

    /// Whether the page is no wider than the window (nothing pushed off
    /// to the right).
    pub fn fits_width(&self) -> bool {
        self.run(
            "return document.documentElement.scrollWidth <= document.documentElement.clientWidth",
        ) == json!(true)
    }

    /// The elements that reach past the window's right edge (tag, test id
    /// and class), for a failing [`App::fits_width`] to name.
    pub fn too_wide(&self) -> Value {
        self.run(
            "const w = document.documentElement.clientWidth; \
             return [...document.querySelectorAll('body *')] \
               .filter(e => e.getBoundingClientRect().right > w + 1) \
               .slice(0, 8) \
               .map(e => `${e.tagName} ${e.dataset.testid || ''} ${e.className}`);",
        )
    }

    /// How many windows the app has open.
    pub fn window_count(&self) -> usize {
        self.ok("GET", "/window/handles", json!({}))
            .as_array()
            .map_or(0, Vec::len)
    }

    /// The first element with `data-testid` = `testid`, if present now.
    pub fn try_find(&self, testid: &str) -> Option<Element> {
        self.try_css(&format!("[data-testid=\"{testid}\"]"))
    }

    /// The first element matching a CSS selector, if present now.
    pub fn try_css(&self, selector: &str) -> Option<Element> {
        let v = self.cmd(
            "POST",
            "/element",
            json!({"using": "css selector", "value": selector}),
        );
        v.get(ELEMENT_KEY)
            .and_then(Value::as_str)
            .map(|id| Element { id: id.to_owned() })
    }

    /// Waits for the element with this test id and returns it.
    pub fn find(&self, testid: &str) -> Element {
        let mut found = None;
        self.wait_for(&format!("[data-testid={testid}]"), || {
            found = self.try_find(testid);
            found.is_some()
        });
        found.expect("found")
    }

    /// Every element with this test id, in page order.
    pub fn find_all(&self, testid: &str) -> Vec<Element> {
        let v = self.ok(
            "POST",
            "/elements",
            json!({"using": "css selector", "value": format!("[data-testid=\"{testid}\"]")}),
        );
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|e| e.get(ELEMENT_KEY)?.as_str())
                    .map(|id| Element { id: id.into() })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Texts of every element with this test id.
    /// Read in one script so a list re-rendered between finding and reading
    /// cannot leave a stale element behind.
    pub fn texts(&self, testid: &str) -> Vec<String> {
        let script = format!(
            "return [...document.querySelectorAll('[data-testid=\"{testid}\"]')].map(e => e.innerText.trim())"
        );
        self.run(&script)
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Clicks the element with this test id. The UI re-renders lists after
    /// each answer from the core, so a button found a moment ago can be
    /// replaced before the click lands: find it afresh and retry until the
    /// click is accepted.
    pub fn click(&self, testid: &str) {
        let start = Instant::now();
        loop {
            let e = self.find(testid);
            // Scrolled to the middle so sticky bars (the form's Save bar)
            // cannot cover it.
            self.cmd(
                "POST",
                "/execute/sync",
                json!({"script": "arguments[0].scrollIntoView({block: 'center'})", "args": [{ELEMENT_KEY: e.id}]}),
            );
            let answer = self.cmd("POST", &format!("/element/{}/click", e.id), json!({}));
            let Some(err) = answer.get("error") else {
                return;
            };
            if start.elapsed() > PATIENCE {
                self.screenshot(&format!("click-{}", sanitize(testid)));
                panic!("clicking [data-testid={testid}] failed: {err}");
            }
            pause();
        }
    }

    /// Types `text` into the element (keys as a user would press them).
    pub fn type_into(&self, testid: &str, text: &str) {
        let e = self.find(testid);
        self.ok(
            "POST",
            &format!("/element/{}/value", e.id),
            json!({"text": text}),
        );
    }

    /// Clears a field, then types `text`.
    pub fn replace(&self, testid: &str, text: &str) {
        let e = self.find(testid);
        self.ok("POST", &format!("/element/{}/clear", e.id), json!({}));
        self.ok(
            "POST",
            &format!("/element/{}/value", e.id),
            json!({"text": text}),
        );
    }

    /// Sends keys to whatever has focus.
    pub fn press(&self, keys: &str) {
        let active = self.ok("GET", "/element/active", json!({}));
        let id = active[ELEMENT_KEY]
            .as_str()
            .expect("an element has focus")
            .to_owned();
        self.ok(
            "POST",
            &format!("/element/{id}/value"),
            json!({"text": keys}),
        );
    }

    pub fn text(&self, e: &Element) -> String {
        self.ok("GET", &format!("/element/{}/text", e.id), json!({}))
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// The text of the first element with this test id, once it exists.
    pub fn text_of(&self, testid: &str) -> String {
        self.find(testid);
        self.texts(testid).into_iter().next().unwrap_or_default()
    }

    pub fn attr(&self, e: &Element, name: &str) -> Option<String> {
        self.ok(
            "GET",
            &format!("/element/{}/attribute/{name}", e.id),
            json!({}),
        )
        .as_str()
        .map(str::to_owned)
    }

    /// The current value of a form field.
    pub fn value_of(&self, testid: &str) -> String {
        let e = self.find(testid);
        self.ok(
            "GET",
            &format!("/element/{}/property/value", e.id),
            json!({}),
        )
        .as_str()
        .unwrap_or_default()
        .to_owned()
    }

    /// The `data-testid` of the focused element.
    pub fn focused_testid(&self) -> Option<String> {
        self.run(
            "return document.activeElement && document.activeElement.getAttribute('data-testid')",
        )
        .as_str()
        .map(str::to_owned)
    }

    /// Runs JavaScript in the page and returns its result.
    pub fn run(&self, script: &str) -> Value {
        self.ok(
            "POST",
            "/execute/sync",
            json!({"script": script, "args": []}),
        )
    }

    /// Runs JavaScript in the page and ignores any failure: for putting
    /// things back in a `Drop`, which must not panic while a test unwinds.
    pub fn run_quietly(&self, script: &str) {
        let url = format!("{}/execute/sync", self.base);
        let _ = self
            .agent
            .post(&url)
            .send_json(json!({"script": script, "args": []}));
    }

    /// Runs JavaScript with `element` as `arguments[0]`.
    pub fn run_with(&self, script: &str, element: &Element) -> Value {
        self.ok(
            "POST",
            "/execute/sync",
            json!({"script": script, "args": [{ELEMENT_KEY: element.id}]}),
        )
    }

    /// Sets a `<select>`'s or date input's value and fires the events a
    /// user's choice fires (WebDriver cannot open native pickers under Xvfb).
    pub fn set_value(&self, testid: &str, value: &str) {
        let e = self.find(testid);
        let script = format!(
            "const s = arguments[0]; s.value = {}; \
             s.dispatchEvent(new Event('input', {{bubbles: true}})); \
             s.dispatchEvent(new Event('change', {{bubbles: true}}));",
            json!(value)
        );
        self.run_with(&script, &e);
    }

    /// Adds a customer through the form (name, and a phone unless empty)
    /// and waits for their profile.
    pub fn add_customer(&self, full_name: &str, phone: &str) {
        self.click("nav-new-customer");
        self.type_into("field-full_name", full_name);
        if !phone.is_empty() {
            self.type_into("phone-number-0", phone);
        }
        self.click("save-customer");
        self.find("profile-name");
    }

    /// Looks `query` up and opens the one customer it finds (Enter on the
    /// only answer), waiting for their page.
    pub fn open_customer(&self, query: &str) {
        self.lookup(query);
        self.wait_for(&format!("one customer for {query:?}"), || {
            self.find_all("lookup-result").len() == 1
        });
        self.press(keys::ENTER);
        self.find("profile-name");
    }

    /// Ctrl+K from wherever the app is, then types `query` in the lookup box.
    pub fn lookup(&self, query: &str) {
        self.press(&format!("{}k{}", keys::CONTROL, keys::CONTROL));
        self.wait_for("the lookup box to have focus", || {
            self.focused_testid().as_deref() == Some("lookup-input")
        });
        self.replace("lookup-input", query);
    }

    /// Polls `cond` until it holds, failing the test after [`PATIENCE`].
    pub fn wait_for(&self, what: &str, mut cond: impl FnMut() -> bool) {
        let start = Instant::now();
        while !cond() {
            if start.elapsed() > PATIENCE {
                self.screenshot(&format!("timeout-{}", sanitize(what)));
                panic!("timed out waiting for {what}");
            }
            pause();
        }
    }

    /// Waits until the texts of `testid` elements equal `expected`.
    pub fn wait_for_texts(&self, testid: &str, expected: &[&str]) {
        let start = Instant::now();
        loop {
            let last = self.texts(testid);
            if last == expected {
                return;
            }
            if start.elapsed() > PATIENCE {
                self.screenshot(&format!("timeout-{testid}"));
                panic!("[data-testid={testid}] texts are {last:?}, expected {expected:?}");
            }
            pause();
        }
    }

    /// Saves a PNG of the screen (the app's window fills it) under
    /// `target/e2e-screenshots/NAME.png`, for a person to look at.
    ///
    /// Taken from the X display with ImageMagick's `import`: WebKitWebDriver's
    /// own screenshot waits for a repaint that may never come under Xvfb.
    pub fn screenshot(&self, name: &str) -> PathBuf {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/e2e-screenshots");
        std::fs::create_dir_all(&dir).expect("screenshot dir");
        let path = dir.join(format!("{name}.png"));
        let status = std::process::Command::new("import")
            .args(["-window", "root"])
            .arg(&path)
            .status()
            .expect("ImageMagick's `import` is installed by `make test-deps`");
        assert!(status.success(), "screenshot {name} failed");
        path
    }
}

impl Drop for App {
    fn drop(&mut self) {
        let _ = self.agent.delete(&self.base).call();
    }
}

fn post(agent: &ureq::Agent, url: &str, body: &Value) -> Value {
    let mut answer = agent
        .post(url)
        .send_json(body)
        .unwrap_or_else(|e| panic!("POST {url}: {e}"));
    answer
        .body_mut()
        .read_json()
        .unwrap_or(Value::Null)
        .get("value")
        .cloned()
        .unwrap_or(Value::Null)
}

/// The pause between two polls of a condition. Tests wait for conditions,
/// never for a fixed time; this only keeps polling from spinning a core.
fn pause() {
    std::thread::sleep(Duration::from_millis(40));
}

fn sanitize(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect()
}
