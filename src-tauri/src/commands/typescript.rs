//! The UI names the commands exactly as `list.rs` does: the `Command` type
//! in `ui/src/lib/api/commands.ts` is generated from the list (a name the
//! Rust side lacks fails `npm run check`), and `ipc.ts` has a wrapper for
//! every command. `make bindings` (KINDLY_UPDATE_BINDINGS=1) rewrites
//! `commands.ts`.

use std::collections::BTreeSet;
use std::path::PathBuf;

use super::NAMES;

fn api_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/api")
}

/// `commands.ts` as it should be, formatted as prettier formats it.
fn commands_ts() -> String {
    let names: String = NAMES.iter().map(|n| format!("\n  | \"{n}\"")).collect();
    format!(
        "// Generated from src-tauri/src/commands/list.rs by `make bindings`: do not edit.\n\n\
         /** The name of every command the window may call; `ipc.ts` has a wrapper for each. */\n\
         export type Command ={names};\n"
    )
}

/// The command names `ipc.ts` passes to `call`, as in `call("name", ...)`
/// or `call<T>("name", ...)`.
fn called_in_ipc_ts() -> BTreeSet<String> {
    let ipc = std::fs::read_to_string(api_dir().join("ipc.ts")).expect("read ipc.ts");
    ipc.match_indices("call")
        .filter(|(at, _)| {
            let before = ipc[..*at].chars().next_back();
            !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$')
        })
        .filter_map(|(at, _)| {
            let rest = &ipc[at + "call".len()..];
            let rest = match rest.strip_prefix('<') {
                Some(generic) => &generic[generic.find(">(")? + 1..],
                None => rest,
            };
            let name = rest.strip_prefix("(\"")?.split('"').next()?;
            Some(name.to_owned())
        })
        .collect()
}

#[test]
fn the_uis_command_type_is_generated_from_the_list() {
    let path = api_dir().join("commands.ts");
    let expected = commands_ts();
    if std::env::var_os("KINDLY_UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &expected).expect("write commands.ts");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == expected,
        "ui/src/lib/api/commands.ts is out of date with src-tauri/src/commands/list.rs; \
         run `make bindings` and commit the result"
    );
}

#[test]
fn ipc_ts_has_a_wrapper_for_every_command_and_no_other() {
    let listed: BTreeSet<String> = NAMES.iter().map(|n| (*n).to_owned()).collect();
    let called = called_in_ipc_ts();
    let unwrapped: Vec<_> = listed.difference(&called).collect();
    assert!(
        unwrapped.is_empty(),
        "commands in list.rs without a wrapper in ui/src/lib/api/ipc.ts: {unwrapped:?}"
    );
    let unknown: Vec<_> = called.difference(&listed).collect();
    assert!(
        unknown.is_empty(),
        "ui/src/lib/api/ipc.ts calls commands list.rs lacks: {unknown:?}"
    );
}

#[test]
fn every_listed_name_is_a_different_command() {
    let distinct: BTreeSet<&str> = NAMES.iter().copied().collect();
    assert_eq!(distinct.len(), NAMES.len(), "a command is listed twice");
}
