//! Spreading CPU work of a bulk operation (reading a contacts file,
//! working out an import's match keys) over the machine's cores. SQLite's
//! reads and writes stay on the calling thread; only pure work is spread.

/// Below this many items the work stays on the calling thread: starting
/// threads would cost more than it saves.
const SPREAD_FROM: usize = 2_000;

/// At most this many threads: the machines Kindly runs on have a few cores,
/// and the work is short.
const MAX_THREADS: usize = 4;

/// `items` mapped by `f`, in their order. Big inputs are cut into one run
/// per core and the runs are mapped at the same time. A panic in `f` is
/// passed on to the caller.
pub(crate) fn map_in_order<T: Send, U: Send>(items: Vec<T>, f: impl Fn(T) -> U + Sync) -> Vec<U> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get().min(MAX_THREADS));
    if cores < 2 || items.len() < SPREAD_FROM {
        return items.into_iter().map(f).collect();
    }
    let per_run = items.len().div_ceil(cores);
    let mut runs = Vec::with_capacity(cores);
    let mut rest = items;
    while rest.len() > per_run {
        let tail = rest.split_off(per_run);
        runs.push(rest);
        rest = tail;
    }
    runs.push(rest);
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = runs
            .into_iter()
            .map(|run| scope.spawn(move || run.into_iter().map(f).collect::<Vec<U>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// Drops `value` on another thread: freeing a big structure (an import's
/// match tables hold a few strings per customer) takes a noticeable
/// moment that the caller need not wait for.
pub(crate) fn drop_aside<T: Send + 'static>(value: T) {
    // If no thread can be started, the value is dropped here instead.
    let _ = std::thread::Builder::new()
        .name("kindly-drop".into())
        .spawn(move || drop(value));
}

/// Runs `there` on another thread while `here` runs on this one (which
/// may hold what cannot leave it, such as the notebook's connection); both
/// results. A panic in `there` is passed on to the caller.
pub(crate) fn beside<A: Send, B>(
    there: impl FnOnce() -> A + Send,
    here: impl FnOnce() -> B,
) -> (A, B) {
    std::thread::scope(|scope| {
        let there = scope.spawn(there);
        let here = here();
        let there = there
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e));
        (there, here)
    })
}

/// How many results [`pipelined`] hands over at once: one hand-over per
/// result would cost more in waking the other thread than the work saves.
const PIPE_CHUNK: usize = 256;

/// Maps `items` by `f` on another thread while `here` takes the results on
/// this one, in order, as they become ready: the two overlap. Stops at the
/// first error of `here` (the rest of `items` is then dropped unmapped) and
/// returns it. Small inputs, or a machine with one core, map and take each
/// item in turn on this thread. A panic in `f` is passed on to the caller.
pub(crate) fn pipelined<T: Send, U: Send, E>(
    items: Vec<T>,
    f: impl Fn(T) -> U + Send,
    mut here: impl FnMut(U) -> Result<(), E>,
) -> Result<(), E> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    if cores < 2 || items.len() < SPREAD_FROM {
        return items.into_iter().try_for_each(|item| here(f(item)));
    }
    // A few chunks ahead at most, so the mapped results are never all held
    // at once.
    let (send, receive) = std::sync::mpsc::sync_channel::<Vec<U>>(4);
    std::thread::scope(|scope| {
        let there = scope.spawn(move || {
            let mut items = items.into_iter();
            loop {
                let chunk: Vec<U> = items.by_ref().take(PIPE_CHUNK).map(&f).collect();
                // An empty chunk ends the run; a closed channel means
                // `here` stopped.
                if chunk.is_empty() || send.send(chunk).is_err() {
                    return;
                }
            }
        });
        let taken = receive
            .iter()
            .try_for_each(|chunk| chunk.into_iter().try_for_each(&mut here));
        // Unblocks the other thread if `here` stopped early.
        drop(receive);
        there
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e));
        taken
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_order_of_big_and_small_inputs() {
        for n in [0, 1, SPREAD_FROM - 1, SPREAD_FROM, 10_001] {
            let doubled = map_in_order((0..n).collect(), |i| i * 2);
            assert_eq!(doubled, (0..n).map(|i| i * 2).collect::<Vec<_>>(), "{n}");
        }
    }

    #[test]
    fn pipelined_takes_every_result_in_order() {
        for n in [0, 1, SPREAD_FROM - 1, SPREAD_FROM, 10_001] {
            let mut taken = Vec::new();
            let done: Result<(), ()> = pipelined(
                (0..n).collect(),
                |i| i * 2,
                |d| {
                    taken.push(d);
                    Ok(())
                },
            );
            assert_eq!(done, Ok(()));
            assert_eq!(taken, (0..n).map(|i| i * 2).collect::<Vec<_>>(), "{n}");
        }
    }

    #[test]
    fn pipelined_stops_at_the_first_error() {
        for n in [100, 10_001] {
            let mut taken = 0;
            let done = pipelined(
                (0..n).collect(),
                |i| i,
                |i| {
                    if i == 50 {
                        return Err(i);
                    }
                    taken += 1;
                    Ok(())
                },
            );
            assert_eq!((done, taken), (Err(50), 50), "{n}");
        }
    }

    #[test]
    fn beside_gives_both_results() {
        assert_eq!(beside(|| 2 + 2, || "here"), (4, "here"));
    }
}
