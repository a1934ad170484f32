//! Builds every Rust-side catalogue into the crate: each language folder of
//! `locales/` with its `rust/*.ftl` files, English first. A new file or a new
//! language needs no code change, only a rebuild.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let manifest =
        PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let locales = manifest.join("../../locales");
    println!("cargo:rerun-if-changed={}", locales.display());

    let mut languages: Vec<String> = fs::read_dir(&locales)
        .expect("the locales folder is beside the crates")
        .filter_map(Result::ok)
        .filter(|entry| entry.path().join("rust").is_dir())
        .filter_map(|entry| entry.file_name().into_string().ok())
        .collect();
    // English is the fallback: first, the rest in a fixed order.
    languages.sort_by_key(|code| (code != "en", code.clone()));

    let mut out = String::new();
    writeln!(
        out,
        "/// Every language's Rust-side catalogues, English first."
    )
    .unwrap();
    writeln!(
        out,
        "const CATALOGUES: [(&str, &[&str]); {}] = [",
        languages.len()
    )
    .unwrap();
    for code in &languages {
        let folder = locales.join(code).join("rust");
        println!("cargo:rerun-if-changed={}", folder.display());
        let mut files: Vec<PathBuf> = fs::read_dir(&folder)
            .expect("a language's rust folder can be read")
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
            .collect();
        files.sort();
        write!(out, "    ({code:?}, &[").unwrap();
        for file in &files {
            println!("cargo:rerun-if-changed={}", file.display());
            write!(out, "include_str!({:?}), ", absolute(file)).unwrap();
        }
        writeln!(out, "]),").unwrap();
    }
    writeln!(out, "];").unwrap();

    let target =
        PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("catalogues.rs");
    fs::write(target, out).expect("OUT_DIR is writable");
}

fn absolute(path: &Path) -> PathBuf {
    fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}
