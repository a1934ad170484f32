//! SQLCipher: giving a connection the notebook's passphrase, telling a
//! protected file from a plain one, and writing a whole copy of a notebook
//! under another key.
//!
//! A protected notebook is a SQLCipher file: every page is encrypted
//! (AES-256, with a key derived from the passphrase by PBKDF2-HMAC-SHA512)
//! and authenticated, so without the passphrase the file, its write-ahead
//! log and its backups read as noise.

use std::fs::File;
use std::path::{Path, PathBuf};

use rusqlite::{params, Connection};
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::rules::model::Millis;
use crate::store::sqlite::{backup, connection};

/// The first 16 bytes of every unencrypted SQLite file.
const PLAIN_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// Whether the file at `path` is a protected (encrypted) notebook: it exists,
/// has content, and does not start with SQLite's plain header. Reads 16
/// bytes; never opens the file as a database.
pub fn is_protected_file(path: &Path) -> Result<bool> {
    use std::io::Read;
    let mut file = match File::open(path) {
        Ok(file) => file,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(err) => return Err(err.into()),
    };
    let mut header = [0u8; 16];
    let mut read = 0;
    while read < header.len() {
        match file.read(&mut header[read..])? {
            0 => break,
            n => read += n,
        }
    }
    Ok(read > 0 && header[..read] != PLAIN_HEADER[..read])
}

/// Whether the file at `path` starts with SQLite's plain header (an error
/// when it cannot be opened).
pub(crate) fn is_plain_file(path: &Path) -> Result<bool> {
    use std::io::Read;
    let mut header = [0u8; 16];
    let mut file = File::open(path)?;
    Ok(file.read_exact(&mut header).is_ok() && &header == PLAIN_HEADER)
}

/// Gives `conn` the key `passphrase` (SQLCipher's `PRAGMA key`) and proves
/// it opens the file: a wrong passphrase is an error on the `passphrase`
/// field, not a storage failure later.
pub(crate) fn apply_key(conn: &Connection, passphrase: &str) -> Result<()> {
    if passphrase.is_empty() || passphrase.contains('\0') {
        return Err(wrong_passphrase());
    }
    conn.execute_batch(&key_pragma(passphrase))?;
    match conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
        r.get::<_, i64>(0)
    }) {
        Ok(_) => Ok(()),
        Err(err) if err.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) => {
            Err(wrong_passphrase())
        }
        Err(err) => Err(err.into()),
    }
}

/// The `PRAGMA key` statement for `passphrase`, built in memory that is
/// wiped when dropped (sized up front, so no copy is left behind by a
/// growing string).
fn key_pragma(passphrase: &str) -> Zeroizing<String> {
    const START: &str = "PRAGMA key = '";
    let quotes = passphrase.matches('\'').count();
    let mut sql = Zeroizing::new(String::with_capacity(
        START.len() + passphrase.len() + quotes + 2,
    ));
    sql.push_str(START);
    for c in passphrase.chars() {
        if c == '\'' {
            sql.push('\'');
        }
        sql.push(c);
    }
    sql.push_str("';");
    sql
}

fn wrong_passphrase() -> Error {
    Error::invalid(
        "passphrase",
        "That passphrase does not open this notebook. Check Caps Lock and try again.",
    )
}

/// Writes a complete copy of the database open on `conn` to `dest`
/// (which must not exist), encrypted with `key` or plain without one.
fn export_copy(conn: &Connection, dest: &Path, key: Option<&str>) -> Result<()> {
    export_schema(conn, "main", dest, key)
}

/// Writes a complete copy of a plain notebook file at `source` to `dest`,
/// encrypted with `key`, without writing to `source`.
pub(crate) fn export_file(source: &Path, dest: &Path, key: &str) -> Result<()> {
    let conn = Connection::open_in_memory()?;
    connection::harden(&conn)?;
    let name = source
        .to_str()
        .ok_or_else(|| Error::invalid("backup", "Kindly cannot read a file with this name."))?;
    conn.execute("ATTACH DATABASE ?1 AS source KEY ''", [name])?;
    let copied = export_schema(&conn, "source", dest, Some(key));
    conn.execute("DETACH DATABASE source", [])?;
    copied
}

/// Copies the attached database `schema` of `conn` to `dest`.
fn export_schema(conn: &Connection, schema: &str, dest: &Path, key: Option<&str>) -> Result<()> {
    let dest_name = dest.to_str().ok_or_else(|| {
        Error::invalid("folder", "Kindly cannot write to a folder with this name.")
    })?;
    conn.execute(
        "ATTACH DATABASE ?1 AS kindly_copy KEY ?2",
        params![dest_name, key.unwrap_or("")],
    )?;
    let copied = (|| -> Result<()> {
        conn.query_row(
            "SELECT sqlcipher_export('kindly_copy', ?1)",
            [schema],
            |_| Ok(()),
        )?;
        let version: i64 = conn.pragma_query_value(Some(schema), "user_version", |r| r.get(0))?;
        conn.pragma_update(Some("kindly_copy"), "user_version", version)?;
        Ok(())
    })();
    conn.execute("DETACH DATABASE kindly_copy", [])?;
    copied?;
    File::open(dest)?.sync_all()?;
    Ok(())
}

/// How [`rekey`] ended when it did not fail.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Rekeyed {
    /// The file at the path is the new copy, open on the connection under
    /// the new key.
    Done,
    /// Another program has the notebook open: nothing was replaced, and the
    /// old file is open again on the connection under the old key.
    Busy,
}

/// Rewrites the whole notebook open on `conn` at `path` under `new_key`
/// (or none) and reopens it. A complete new copy is written beside the
/// file (`sqlcipher_export`), checked, and only then renamed over it, so a
/// crash at any moment leaves either the old notebook or the new one,
/// never half of each. On an error the copy is removed and the file is as
/// it was; the connection is then closed only if reopening failed.
pub(crate) fn rekey(
    conn: &mut Connection,
    path: &Path,
    old_key: Option<&str>,
    new_key: Option<&str>,
    now: Millis,
) -> Result<Rekeyed> {
    let next = sibling(path, ".rewriting");
    for stale in [&next, &sibling(&next, "-journal")] {
        remove_if_present(stale)?;
    }
    if let Err(err) = export_copy(conn, &next, new_key).and_then(|()| {
        let copy = connection::connect(&next, new_key)?;
        backup::check(&copy)
    }) {
        let _ = std::fs::remove_file(&next);
        return Err(err);
    }
    // Fold the write-ahead log into the file, then close it: the old
    // file must be whole on its own when the new one replaces it.
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    let old = std::mem::replace(conn, Connection::open_in_memory()?);
    if let Err((old, err)) = old.close() {
        *conn = old;
        let _ = std::fs::remove_file(&next);
        return Err(err.into());
    }
    // A log still there means another program has the notebook open;
    // replacing the file under it would lose what it writes.
    if sibling(path, "-wal").exists() {
        let _ = std::fs::remove_file(&next);
        *conn = connection::open(path, old_key, now)?;
        return Ok(Rekeyed::Busy);
    }
    std::fs::rename(&next, path)?;
    if let Some(dir) = path.parent() {
        // The rename itself must reach the disk (POSIX: fsync the folder).
        if let Ok(dir) = File::open(dir) {
            let _ = dir.sync_all();
        }
    }
    remove_if_present(&sibling(path, "-shm"))?;
    *conn = connection::open(path, new_key, now)?;
    Ok(Rekeyed::Done)
}

/// `path` with `suffix` added to its file name.
fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

fn remove_if_present(path: &Path) -> Result<()> {
    match std::fs::remove_file(path) {
        Err(err) if err.kind() != std::io::ErrorKind::NotFound => Err(err.into()),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_statement_quotes_the_passphrase_without_growing() {
        let sql = key_pragma("it's a 'quoted' one");
        assert_eq!(sql.as_str(), "PRAGMA key = 'it''s a ''quoted'' one';");
        assert_eq!(sql.capacity(), sql.len(), "built in one allocation");
    }
}
