//! SQLCipher: giving a connection the notebook's passphrase, telling a
//! protected file from a plain one, and writing a whole copy of a notebook
//! under another key.
//!
//! A protected notebook is a SQLCipher file: every page is encrypted
//! (AES-256, with a key derived from the passphrase by PBKDF2-HMAC-SHA512)
//! and authenticated, so without the passphrase the file, its write-ahead
//! log and its backups read as noise.

use kindly_words::say;
use std::fs::File;
use std::path::Path;

use rusqlite::{params, Connection};

use crate::error::{Error, Result};
use crate::store::sqlite::connection;

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

/// Writes a complete copy of the database open on `conn` to `dest`
/// (which must not exist), encrypted with `key` or plain without one.
pub(crate) fn export_copy(conn: &Connection, dest: &Path, key: Option<&str>) -> Result<()> {
    export_schema(conn, "main", dest, key)
}

/// Writes a complete copy of a plain notebook file at `source` to `dest`,
/// encrypted with `key`, without writing to `source`.
pub(crate) fn export_file(source: &Path, dest: &Path, key: &str) -> Result<()> {
    let conn = Connection::open_in_memory()?;
    connection::harden(&conn)?;
    let name = source
        .to_str()
        .ok_or_else(|| Error::invalid("backup", say("validate-kindly-cannot-read-file")))?;
    conn.execute("ATTACH DATABASE ?1 AS source KEY ''", [name])?;
    let copied = export_schema(&conn, "source", dest, Some(key));
    conn.execute("DETACH DATABASE source", [])?;
    copied
}

/// Copies the attached database `schema` of `conn` to `dest`.
fn export_schema(conn: &Connection, schema: &str, dest: &Path, key: Option<&str>) -> Result<()> {
    let dest_name = dest
        .to_str()
        .ok_or_else(|| Error::invalid("folder", say("validate-kindly-cannot-write-folder")))?;
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

/// Fills `out` with bytes from the system's cryptographically secure
/// random number generator (OpenSSL's `RAND_bytes`), for keys; an error
/// when none could be had (nothing is then made of them).
pub(crate) fn random_bytes(out: &mut [u8]) -> Result<()> {
    openssl::rand::rand_bytes(out)
        .map_err(|_| Error::storage("no random numbers could be had on this computer"))
}
