//! [`Address`]: a team notebook's address (a `postgres://` URL) read once,
//! with the connection rules applied: TLS, timeouts, search path.
//!
//! The URL itself is never kept, shown or logged (it may hold a password):
//! messages name the host and the database only, and `postgres::Config`'s
//! `Debug` hides the password.

use kindly_words::say;
use std::str::FromStr;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread;
use std::time::Duration;

use openssl::ssl::{SslConnector, SslMethod, SslVersion};
use postgres::config::{Host, SslMode};
use postgres::{Client, Config, NoTls};
use postgres_openssl::MakeTlsConnector;

use crate::error::{Error, Result};
use crate::store::postgres::errors;

/// How long a connection attempt may take, from the first packet to the
/// signed-in session (over every host of the address), before the server
/// counts as unreachable.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Server-side limits set on every connection: a statement (or a wait for
/// a lock) that runs longer fails instead of holding the window, the
/// tables are found in `public` whatever the login's own search path, and
/// no statement waits for parallel worker processes to start: each reads a
/// page of rows, and a plan made for any value of its parameters (a
/// prepared statement's) may guess thousands and start workers that cost
/// more than the query (15 ms for Today's counts of 183 follow-ups).
const SESSION_OPTIONS: &str = "-c statement_timeout=60s -c lock_timeout=10s -c search_path=public \
                               -c max_parallel_workers_per_gather=0";

/// A team notebook's address, checked: every connection made from it
/// follows the TLS rule and has bounded timeouts.
///
/// The TLS rule: a host that is a unix socket folder, `localhost`,
/// `127.0.0.1` or `::1` may be reached without TLS; any other host only
/// with TLS, its certificate verified against the CA file of the URL's
/// `sslrootcert` parameter (else the system's roots) and issued for the
/// host name (libpq's `sslmode=verify-full`). A URL asking for less on such
/// a host is refused before connecting.
#[derive(Clone)]
pub(crate) struct Address {
    config: Config,
    tls: Tls,
    host: String,
    database: String,
}

#[derive(Clone)]
enum Tls {
    Off,
    Verified(MakeTlsConnector),
}

impl Address {
    /// Reads `url` (`postgres://name:password@host:port/database?...`).
    /// Besides what `postgres::Config` reads, it takes `sslmode` (one of
    /// libpq's; on another computer only `verify-full`, the default) and
    /// `sslrootcert` (a CA file).
    pub(crate) fn parse(url: &str) -> Result<Address> {
        let unreadable = || Error::invalid("url", say("validate-team-notebook-address-could"));
        if !(url.starts_with("postgres://") || url.starts_with("postgresql://")) {
            return Err(unreadable());
        }
        let (base, query) = url.split_once('?').unwrap_or((url, ""));
        let (mut sslmode, mut rootcert, mut kept) = (None, None, Vec::new());
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            match pair.split_once('=') {
                Some(("sslmode", value)) => sslmode = Some(decode(value).ok_or_else(unreadable)?),
                Some(("sslrootcert", value)) => {
                    rootcert = Some(decode(value).ok_or_else(unreadable)?)
                }
                _ => kept.push(pair),
            }
        }
        let rest = if kept.is_empty() {
            base.to_owned()
        } else {
            format!("{base}?{}", kept.join("&"))
        };
        // The parser's own message may quote the URL: it is not kept.
        let mut config = Config::from_str(&rest).map_err(|_| unreadable())?;
        if config.get_hosts().is_empty() {
            return Err(unreadable());
        }
        let host = config
            .get_hosts()
            .iter()
            .map(|h| match h {
                Host::Tcp(name) => name.clone(),
                Host::Unix(folder) => folder.display().to_string(),
            })
            .collect::<Vec<_>>()
            .join(", ");
        let database = config
            .get_dbname()
            .or(config.get_user())
            .unwrap_or_default()
            .to_owned();
        let local = config.get_hosts().iter().all(is_local)
            && config.get_hostaddrs().iter().all(|a| a.is_loopback());
        let verified = match (local, sslmode.as_deref()) {
            (true, None | Some("disable" | "allow" | "prefer")) => false,
            (_, None | Some("verify-full")) => true,
            (true, Some("require" | "verify-ca")) => true,
            (false, Some("disable" | "allow" | "prefer" | "require" | "verify-ca")) => {
                return Err(Error::InsecureConnection { host })
            }
            (_, Some(_)) => return Err(unreadable()),
        };
        let tls = if verified {
            config.ssl_mode(SslMode::Require);
            Tls::Verified(verifying_connector(rootcert.as_deref())?)
        } else {
            config.ssl_mode(SslMode::Disable);
            Tls::Off
        };
        // The address's own options first: where they set the same
        // thing, the later (Kindly's limits) wins.
        let options = match config.get_options() {
            Some(own) => format!("{own} {SESSION_OPTIONS}"),
            None => SESSION_OPTIONS.to_owned(),
        };
        // Who is signed in where (`signed_in`) shows this name: the app
        // names its computer in the address ("Kindly on front-desk").
        if config.get_application_name().is_none() {
            config.application_name("Kindly");
        }
        config
            .options(&options)
            .connect_timeout(CONNECT_TIMEOUT)
            // A server that vanishes mid-statement is noticed within about
            // a minute, by the kernel, instead of never.
            .keepalives(true)
            .keepalives_idle(Duration::from_secs(30))
            .keepalives_interval(Duration::from_secs(10))
            .keepalives_retries(3)
            .tcp_user_timeout(Duration::from_secs(60));
        Ok(Address {
            config,
            tls,
            host,
            database,
        })
    }

    /// A new connection, or the error a shop owner understands (see
    /// [`errors::on_connect`]). Blocks for at most [`CONNECT_TIMEOUT`],
    /// whatever the server does.
    pub(crate) fn connect(&self) -> Result<Client> {
        // The driver's own timeout covers the TCP connection only: a server
        // that accepts it and then says nothing (a frozen PostgreSQL, or
        // something else on its port) would hold the caller for ever. So
        // the attempt runs on a thread of its own and is given up on at
        // the timeout; that thread ends when the server answers or closes
        // the connection (a connection made that late is closed unused).
        let not_started =
            || Error::storage("the connection to the server could not be started on this computer");
        let (config, tls) = (self.config.clone(), self.tls.clone());
        let (sender, answer) = mpsc::sync_channel(1);
        thread::Builder::new()
            .name("kindly-connect".into())
            .spawn(move || {
                let connected = match &tls {
                    Tls::Off => config.connect(NoTls),
                    Tls::Verified(connector) => config.connect(connector.clone()),
                };
                // The caller may have given up: then nobody listens.
                let _ = sender.send(connected);
            })
            .map_err(|_| not_started())?;
        match answer.recv_timeout(CONNECT_TIMEOUT) {
            Ok(connected) => {
                connected.map_err(|err| errors::on_connect(err, &self.host, &self.database))
            }
            Err(RecvTimeoutError::Timeout) => Err(Error::ServerUnreachable {
                host: self.host.clone(),
            }),
            Err(RecvTimeoutError::Disconnected) => Err(not_started()),
        }
    }

    /// The server's host (or hosts, or socket folder), for messages.
    pub(crate) fn host(&self) -> &str {
        &self.host
    }

    /// The database's name, for messages and the staff role's name.
    pub(crate) fn database(&self) -> &str {
        &self.database
    }
}

/// The host is this computer: a unix socket or a loopback name.
fn is_local(host: &Host) -> bool {
    match host {
        Host::Unix(_) => true,
        Host::Tcp(name) => matches!(name.as_str(), "localhost" | "127.0.0.1" | "::1" | "[::1]"),
    }
}

/// TLS that checks the server's certificate chain and that it was issued
/// for the host name (OpenSSL's connector does both by default).
fn verifying_connector(rootcert: Option<&str>) -> Result<MakeTlsConnector> {
    let tls_failed = |_| Error::storage("TLS could not be set up on this computer");
    let mut builder = SslConnector::builder(SslMethod::tls_client()).map_err(tls_failed)?;
    builder
        .set_min_proto_version(Some(SslVersion::TLS1_2))
        .map_err(tls_failed)?;
    match rootcert {
        Some(file) => builder
            .set_ca_file(file)
            .map_err(|_| Error::invalid("url", say("validate-certificate-file-address-names")))?,
        None => {
            // The built-in OpenSSL's default folder is its build folder;
            // the system's bundle is found where the system keeps it.
            let found = openssl_probe::probe();
            if found.cert_file.is_some() || found.cert_dir.is_some() {
                builder
                    .load_verify_locations(found.cert_file.as_deref(), found.cert_dir.as_deref())
                    .map_err(tls_failed)?;
            }
        }
    }
    Ok(MakeTlsConnector::new(builder.build()))
}

/// A URL query value with its `%XX` escapes (and `+`) decoded; `None`
/// when it is not UTF-8 once decoded.
fn decode(value: &str) -> Option<String> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::postgres::testing;

    /// The test server's URL as if it were the computer `name`, reached at
    /// 127.0.0.1, with `extra` parameters.
    fn as_named_server(name: &str, extra: &str) -> String {
        let admin = testing::url_for("postgres", None);
        let (user, rest) = admin.rsplit_once('@').expect("a login");
        let port = rest
            .split_once(':')
            .and_then(|(_, p)| p.split_once('/'))
            .map(|(port, _)| port)
            .expect("a port");
        format!("{user}@{name}:{port}/postgres?hostaddr=127.0.0.1{extra}")
    }

    #[test]
    fn a_named_server_is_reached_over_tls_only_with_its_certificate_checked() {
        let ca = std::env::var("KINDLY_TEST_POSTGRES_CA")
            .expect("KINDLY_TEST_POSTGRES_CA: run this with `make test-rust`");
        let with_ca = format!("&sslrootcert={ca}");
        let address = Address::parse(&as_named_server("kindly-test.example", &with_ca)).unwrap();
        assert!(matches!(address.tls, Tls::Verified(_)));
        let mut client = address.connect().expect("the certificate checks out");
        let encrypted: bool = client
            .query_one(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
                &[],
            )
            .unwrap()
            .get(0);
        assert!(encrypted, "the connection is encrypted");

        // A certificate for another name, or one no trusted CA signed.
        for url in [
            as_named_server("not-the-name.example", &with_ca),
            as_named_server("kindly-test.example", ""),
        ] {
            let err = Address::parse(&url)
                .unwrap()
                .connect()
                .err()
                .expect("refused");
            assert!(
                matches!(err, Error::ServerNotTrusted { .. }),
                "{url}: {err:?}"
            );
            assert!(
                !format!("{err} {err:?}").contains("kindly_admin:"),
                "{err:?}"
            );
        }
    }

    #[test]
    fn a_server_that_accepts_the_connection_but_never_answers_is_unreachable_in_time() {
        // A listening socket nobody accepts from: the kernel completes the
        // TCP handshake and takes the startup message, as for a frozen
        // server, and nothing ever answers.
        let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = silent.local_addr().unwrap().port();
        let address = Address::parse(&format!("postgres://ann:pw@127.0.0.1:{port}/shop")).unwrap();
        let (sender, answer) = mpsc::channel();
        thread::spawn(move || sender.send(address.connect().err()));
        // A hang detector, not a speed limit: the answer comes after
        // CONNECT_TIMEOUT.
        let err = answer
            .recv_timeout(CONNECT_TIMEOUT * 6)
            .expect("connecting gives up instead of waiting for ever")
            .expect("no connection is made");
        assert!(
            matches!(err, Error::ServerUnreachable { ref host } if host == "127.0.0.1"),
            "{err:?}"
        );
    }

    #[test]
    fn another_computer_without_verified_tls_is_refused_before_connecting() {
        for mode in ["disable", "allow", "prefer", "require", "verify-ca"] {
            let url = format!("postgres://ann:s3cret-pw@db.example.com/shop?sslmode={mode}");
            let err = Address::parse(&url).err().expect("refused");
            assert!(
                matches!(err, Error::InsecureConnection { .. }),
                "{mode}: {err:?}"
            );
            let shown = format!("{err} {err:?}");
            assert!(shown.contains("db.example.com"), "{shown}");
            assert!(!shown.contains("s3cret-pw"), "{shown}");
        }
        let remote = Address::parse("postgres://ann@db.example.com/shop").unwrap();
        assert!(matches!(remote.tls, Tls::Verified(_)));
        assert!(matches!(remote.config.get_ssl_mode(), SslMode::Require));
        let named = Address::parse("postgres://ann@10.1.2.3/shop?sslmode=verify-full").unwrap();
        assert!(matches!(named.tls, Tls::Verified(_)));
    }

    #[test]
    fn this_computer_may_be_reached_without_tls() {
        for host in ["localhost", "127.0.0.1", "[::1]", "%2Frun%2Fpostgresql"] {
            let url = format!("postgres://ann@{host}/shop");
            let address = Address::parse(&url).unwrap_or_else(|e| panic!("{host}: {e}"));
            assert!(matches!(address.tls, Tls::Off), "{host}");
            assert_eq!(address.database(), "shop");
        }
        let socket = Address::parse("postgres://ann@%2Frun%2Fpostgresql/shop").unwrap();
        assert_eq!(socket.host(), "/run/postgresql");
    }

    #[test]
    fn a_statement_runs_in_its_own_connection_even_when_workers_would_be_cheaper() {
        let (name, url) = testing::fresh_database();
        testing::admin(&name)
            .batch_execute("CREATE TABLE t AS SELECT n FROM generate_series(1, 1000) n; ANALYZE t")
            .unwrap();
        let mut client = Address::parse(&url).unwrap().connect().unwrap();
        // What the planner would do if starting workers cost nothing.
        client
            .batch_execute(
                "SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;
                 SET min_parallel_table_scan_size = 0",
            )
            .unwrap();
        let plan: Vec<String> = client
            .query("EXPLAIN SELECT count(*) FROM t", &[])
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
        assert!(!plan.join("\n").contains("Gather"), "{plan:?}");
        // The same on a connection of the administrator's own.
        let mut plain = testing::admin(&name);
        plain
            .batch_execute(
                "SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;
                 SET min_parallel_table_scan_size = 0",
            )
            .unwrap();
        let plan: Vec<String> = plain
            .query("EXPLAIN SELECT count(*) FROM t", &[])
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
        assert!(plan.join("\n").contains("Gather"), "{plan:?}");
    }

    #[test]
    fn a_loopback_name_cannot_smuggle_in_another_address() {
        let err = Address::parse("postgres://ann@localhost/shop?hostaddr=10.0.0.5&sslmode=disable")
            .err()
            .expect("refused");
        assert!(matches!(err, Error::InsecureConnection { .. }), "{err:?}");
    }

    #[test]
    fn an_unreadable_address_says_so_without_repeating_it() {
        for url in [
            "mysql://ann:s3cret-pw@db/shop",
            "postgres://ann:s3cret-pw@db/shop?sslmode=sometimes",
            "postgres://ann:s3cret-pw@db/shop?nonsense=1",
        ] {
            let err = Address::parse(url).err().expect("refused");
            assert!(matches!(err, Error::Invalid { .. }), "{url}: {err:?}");
            assert!(!format!("{err} {err:?}").contains("s3cret-pw"));
        }
    }
}
