//! What the benchmark programs share.

/// The `q` quantiles of `ms` (0.5 is the median, 1.0 the slowest), each
/// a value that was measured (nearest rank), in the order asked.
///
/// # Panics
/// When `ms` is empty: a benchmark that measured nothing has no answer.
pub fn quantiles<const N: usize>(ms: &[f64], q: [f64; N]) -> [f64; N] {
    assert!(!ms.is_empty(), "nothing was measured");
    let mut ms = ms.to_vec();
    ms.sort_by(f64::total_cmp);
    q.map(|q| ms[((ms.len() as f64 * q).ceil() as usize).clamp(1, ms.len()) - 1])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_are_measured_values_by_nearest_rank() {
        let ms: Vec<f64> = (1..=20).rev().map(f64::from).collect();
        assert_eq!(quantiles(&ms, [0.5, 0.95, 1.0]), [10.0, 19.0, 20.0]);
        assert_eq!(quantiles(&[7.0], [0.5, 0.95]), [7.0, 7.0]);
    }
}
