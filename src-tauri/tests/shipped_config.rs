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

/// The commands in `src/commands/list.rs`.
macro_rules! commands {
    ($($module:ident::$name:ident),* $(,)?) => {
        &[$(stringify!($name)),*]
    };
}
const COMMANDS: &[&str] = include!("../src/commands/list.rs");

/// The permissions `capabilities/main.json` grants, with Kindly's own sets
/// opened up as the build resolved them (`gen/schemas/acl-manifests.json`).
fn granted() -> Vec<String> {
    let caps = read("capabilities/main.json");
    let acl = read("gen/schemas/acl-manifests.json");
    let sets = &acl["__app-acl__"]["permission_sets"];
    let mut granted = Vec::new();
    for permission in caps["permissions"].as_array().expect("permissions") {
        let p = permission.as_str().expect("a permission name");
        match sets[p]["permissions"].as_array() {
            Some(set) => granted.extend(set.iter().map(|p| p.as_str().expect("a name").to_owned())),
            None => granted.push(p.to_owned()),
        }
    }
    granted
}

#[test]
fn the_window_may_call_only_kindlys_own_commands_and_events() {
    for p in granted() {
        assert!(
            p.starts_with("allow-")
                || p == "core:event:allow-listen"
                || p == "core:event:allow-unlisten",
            "the window is granted {p}"
        );
    }
}

#[test]
fn the_window_may_call_every_listed_command() {
    let granted = granted();
    let acl = read("gen/schemas/acl-manifests.json");
    let own = &acl["__app-acl__"]["permissions"];
    for name in COMMANDS {
        let allow = format!("allow-{}", name.replace('_', "-"));
        assert!(granted.contains(&allow), "the window may not call {name}");
        assert_eq!(
            own[&allow]["commands"]["allow"],
            serde_json::json!([name]),
            "{allow} allows exactly {name}"
        );
    }
    assert_eq!(
        granted.len(),
        COMMANDS.len() + 2,
        "the window is granted the listed commands and the two event permissions, once each"
    );
}
