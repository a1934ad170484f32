//! Store band (SQLite): the one place that turns rusqlite's errors into the
//! core's [`Error`]. When the store band exists this module moves into it;
//! until then nothing outside the core relies on this conversion (a trait
//! impl cannot be private, so it is hidden from the docs instead).

use rusqlite::ErrorCode as C;

use crate::error::{Error, StorageFailure};

#[doc(hidden)]
impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        match err.sqlite_error_code() {
            Some(C::DatabaseBusy | C::DatabaseLocked) => Error::Busy,
            Some(C::DiskFull) => Error::DiskFull,
            Some(C::DatabaseCorrupt | C::NotADatabase) => {
                Error::Corrupt(StorageFailure::from_source(err))
            }
            _ => Error::Storage(StorageFailure::from_source(err)),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::io::{Seek, SeekFrom, Write};
    use std::path::Path;
    use std::time::Duration;

    use rusqlite::Connection;

    use crate::error::{Error, ErrorCode, ErrorPayload};
    use crate::Notebook;

    fn error_of<T: std::fmt::Debug>(result: rusqlite::Result<T>) -> Error {
        Error::from(result.expect_err("the statement fails"))
    }

    /// A notebook file with a table big enough to span many pages.
    fn file_with_rows(path: &Path) {
        let conn = Connection::open(path).unwrap();
        conn.execute_batch(
            "CREATE TABLE t (x TEXT);
             WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
             INSERT INTO t SELECT printf('row %d of a table that spans pages', i) FROM n;",
        )
        .unwrap();
    }

    /// Overwrites every page after the first with bytes no page has.
    fn damage_pages(path: &Path) {
        let len = std::fs::metadata(path).unwrap().len();
        let mut file = std::fs::OpenOptions::new().write(true).open(path).unwrap();
        file.seek(SeekFrom::Start(4096)).unwrap();
        file.write_all(&vec![0xA5; (len - 4096) as usize]).unwrap();
    }

    #[test]
    fn a_database_another_connection_holds_is_busy() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("busy.sqlite");
        file_with_rows(&path);
        let holder = Connection::open(&path).unwrap();
        holder.execute_batch("BEGIN EXCLUSIVE").unwrap();
        let waiter = Connection::open(&path).unwrap();
        waiter.busy_timeout(Duration::ZERO).unwrap();

        let err = error_of(waiter.execute("INSERT INTO t VALUES ('more')", []));
        assert!(matches!(err, Error::Busy), "{err:?}");
        let payload = ErrorPayload::from(err);
        assert_eq!(payload.code, ErrorCode::Busy);
        assert!(payload.message.contains("try again"), "{}", payload.message);
    }

    #[test]
    fn a_table_locked_by_a_running_statement_is_busy() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1), (2);")
            .unwrap();
        let mut reading = conn.prepare("SELECT x FROM t").unwrap();
        let mut rows = reading.query([]).unwrap();
        assert!(rows.next().unwrap().is_some());

        let err = error_of(conn.execute("DROP TABLE t", []));
        assert!(matches!(err, Error::Busy), "{err:?}");
        assert_eq!(err.code(), ErrorCode::Busy);
    }

    #[test]
    fn a_write_past_the_room_left_is_a_full_disk() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE t (x)").unwrap();
        let pages: i64 = conn
            .pragma_query_value(None, "page_count", |r| r.get(0))
            .unwrap();
        conn.pragma_update(None, "max_page_count", pages).unwrap();

        let err = error_of(conn.execute("INSERT INTO t VALUES (zeroblob(100000))", []));
        assert!(matches!(err, Error::DiskFull), "{err:?}");
        let payload = ErrorPayload::from(err);
        assert_eq!(payload.code, ErrorCode::DiskFull);
        assert!(
            payload.message.contains("disk is full"),
            "{}",
            payload.message
        );
    }

    #[test]
    fn damaged_pages_are_a_corrupt_notebook() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("damaged.sqlite");
        file_with_rows(&path);
        damage_pages(&path);

        let conn = Connection::open(&path).unwrap();
        let err = error_of(conn.query_row("SELECT count(*) FROM t", [], |r| r.get::<_, i64>(0)));
        assert!(matches!(err, Error::Corrupt(_)), "{err:?}");
        let payload = ErrorPayload::from(err);
        assert_eq!(payload.code, ErrorCode::Corrupt);
        assert!(payload.message.contains("damaged"), "{}", payload.message);
        assert!(payload.message.contains("Restore"), "{}", payload.message);
    }

    #[test]
    fn a_file_that_is_not_a_database_is_corrupt() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("not.sqlite");
        let mut bytes = b"SQLite format 3\0".to_vec();
        bytes.extend(std::iter::repeat_n(0xA5, 8192));
        std::fs::write(&path, bytes).unwrap();

        let conn = Connection::open(&path).unwrap();
        let err = error_of(
            conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
                r.get::<_, i64>(0)
            }),
        );
        assert!(matches!(err, Error::Corrupt(_)), "{err:?}");
        assert_eq!(err.code(), ErrorCode::Corrupt);
    }

    #[test]
    fn opening_a_damaged_notebook_says_it_is_damaged() {
        let dir = tempfile::tempdir().unwrap();
        let mut nb = Notebook::open_in_dir(dir.path()).unwrap();
        for i in 0..200 {
            let input = crate::CustomerInput {
                full_name: format!("Customer number {i} with a longer name"),
                notes: "notes that take up room on a page ".repeat(20),
                ..Default::default()
            };
            nb.create_customer(&input).unwrap();
        }
        let path = nb.path().to_path_buf();
        drop(nb);
        damage_pages(&path);

        let err = match Notebook::open(&path) {
            Ok(nb) => nb
                .integrity_check()
                .and_then(|_| nb.search("Customer", 5).map(|_| ()))
                .expect_err("a damaged notebook fails"),
            Err(err) => err,
        };
        assert!(matches!(err, Error::Corrupt(_)), "{err:?}");
        let payload = ErrorPayload::from(err);
        assert_eq!(payload.code, ErrorCode::Corrupt);
        assert_eq!(payload.field, None);
    }

    #[test]
    fn any_other_failure_is_storage_with_the_store_s_words() {
        let conn = Connection::open_in_memory().unwrap();
        let err = error_of(conn.execute("INSERT INTO missing VALUES (1)", []));
        assert!(matches!(err, Error::Storage(_)), "{err:?}");
        assert_eq!(err.code(), ErrorCode::Storage);
        assert_eq!(
            err.to_string(),
            "The notebook could not be read or written: no such table: missing"
        );
    }
}
