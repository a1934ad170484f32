//! The configuration Kindly ships with keeps the window locked down: a
//! strict Content Security Policy, no global Tauri object, and a window
//! that may call only Kindly's own commands.

use serde_json::Value;

fn read(path: &str) -> Value {
    let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let text = std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

#[test]
fn the_content_security_policy_allows_only_kindlys_own_scripts() {
    let conf = read("tauri.conf.json");
    let csp = &conf["app"]["security"]["csp"];
    assert!(csp.is_object(), "a CSP is set: {csp}");
    let directive = |name: &str| csp[name].as_str().unwrap_or_default().to_owned();
    assert_eq!(directive("script-src"), "'self'");
    assert_eq!(directive("object-src"), "'none'");
    assert_eq!(directive("default-src"), "'self'");
    assert_eq!(directive("base-uri"), "'none'");
    for (name, value) in csp.as_object().expect("directives") {
        let value = value.as_str().unwrap_or_default();
        for forbidden in ["unsafe-eval", "unsafe-inline", "*", "http:", "https:"] {
            assert!(
                !value
                    .split_whitespace()
                    .any(|v| v.contains(forbidden) && v != "http://ipc.localhost"),
                "{name} allows {forbidden}: {value}"
            );
        }
    }
    assert_eq!(conf["app"]["withGlobalTauri"], Value::Bool(false));
    assert_eq!(
        conf["app"]["security"]["freezePrototype"],
        Value::Bool(true)
    );
}

#[test]
fn the_window_may_call_only_kindlys_own_commands_and_events() {
    let caps = read("capabilities/main.json");
    for permission in caps["permissions"].as_array().expect("permissions") {
        let p = permission.as_str().expect("a permission name");
        assert!(
            p.starts_with("allow-")
                || p == "core:event:allow-listen"
                || p == "core:event:allow-unlisten",
            "the window is granted {p}"
        );
    }
}
