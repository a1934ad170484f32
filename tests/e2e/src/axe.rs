//! Accessibility checks in the real window: axe-core (read from
//! `ui/node_modules`, as the window's CSP lets a test inject it) on the page
//! as it is, serious and critical violations only, and the page's colours
//! switched without a trip through Settings.

use serde_json::Value;

use crate::App;

/// What axe found on one screen: serious and critical violations only.
pub struct Findings {
    pub screen: String,
    pub violations: Vec<Value>,
}

/// Loads axe-core into the page, unless it is there already.
fn inject(app: &App) {
    if app.run("return typeof window.axe") == "object" {
        return;
    }
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../ui/node_modules/axe-core/axe.min.js"
    );
    let source = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{path}: {e}: run `npm ci` in ui/ first"));
    app.run(&format!("{source}\n;return typeof window.axe"));
    assert_eq!(
        app.run("return typeof window.axe"),
        "object",
        "axe-core did not load in the window (the CSP?)"
    );
}

/// Runs axe on the whole page as it is now, checking that colour contrast
/// was looked at, and keeps a screenshot (`a11y-SCREEN`).
pub fn audit(app: &App, screen: &str) -> Findings {
    audit_within(app, screen, "document")
}

/// Like [`audit`], on the part of the page the JavaScript expression
/// `within` names (such as `document.querySelector('[data-testid=x]')`).
pub fn audit_within(app: &App, screen: &str, within: &str) -> Findings {
    inject(app);
    app.run(&format!(
        "window.__axe = null; \
         axe.run({within}, {{ resultTypes: ['violations'] }}).then( \
           (r) => {{ window.__axe = JSON.stringify({{ \
             contrastChecked: r.passes.concat(r.violations, r.incomplete) \
               .some((rule) => rule.id === 'color-contrast'), \
             violations: r.violations \
               .filter((v) => v.impact === 'serious' || v.impact === 'critical') \
               .map((v) => ({{ id: v.id, impact: v.impact, help: v.help, \
                 nodes: v.nodes.map((n) => ({{ target: n.target.join(' '), \
                   html: n.html.slice(0, 160), why: n.failureSummary }})) }})) }}); }}, \
           (e) => {{ window.__axe = JSON.stringify({{ error: String(e) }}); }}); \
         return true;"
    ));
    let mut answer = String::new();
    app.wait_for(&format!("axe on {screen}"), || {
        answer = app
            .run("return window.__axe")
            .as_str()
            .unwrap_or_default()
            .to_owned();
        !answer.is_empty()
    });
    let found: Value = serde_json::from_str(&answer).expect("axe's answer");
    if let Some(error) = found.get("error") {
        panic!("axe failed on {screen}: {error}");
    }
    assert_eq!(
        found["contrastChecked"], true,
        "axe did not check colour contrast on {screen}"
    );
    let name = screen.replace(' ', "-");
    app.screenshot(&format!("a11y-{name}"));
    Findings {
        screen: screen.to_owned(),
        violations: found["violations"].as_array().cloned().unwrap_or_default(),
    }
}

/// Fails with every violation of every screen, one per line.
pub fn assert_clean(findings: &[Findings]) {
    let mut report = String::new();
    for f in findings.iter().filter(|f| !f.violations.is_empty()) {
        report.push_str(&format!("\n== {} ==\n", f.screen));
        for v in &f.violations {
            report.push_str(&format!("  [{}] {}: {}\n", v["impact"], v["id"], v["help"]));
            for node in v["nodes"].as_array().into_iter().flatten() {
                report.push_str(&format!(
                    "      at {}\n         {}\n         {}\n",
                    node["target"],
                    node["html"],
                    node["why"]
                        .as_str()
                        .unwrap_or_default()
                        .replace('\n', " | ")
                ));
            }
        }
    }
    assert!(
        report.is_empty(),
        "axe found serious or critical violations:{report}"
    );
}

/// Shows the page in `theme` at once (what Settings → Appearance does to
/// it, without leaving the screen) and waits until it is painted.
pub fn paint_theme(app: &App, theme: &str) {
    app.run(&format!(
        "document.documentElement.dataset.theme = '{theme}'; window.__painted = false; \
         requestAnimationFrame(() => requestAnimationFrame(() => {{ window.__painted = true; }}));"
    ));
    app.wait_for(&format!("the {theme} colours painted"), || {
        app.run("return window.__painted") == true
    });
}
