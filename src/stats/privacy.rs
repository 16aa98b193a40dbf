//! What may be published: the one place every count passes through before any
//! page, chart or open-data file sees it.
//!
//! 1. **Primary suppression.** A count from 1 to `min_count - 1` is never
//!    published; it is shown as «< 5» in the reader's language.
//! 2. **Complementary suppression.** In a table whose categories add up to
//!    its published total, one hidden cell could be recomputed by subtraction.
//!    So more cells are hidden, smallest first, until no hidden cell has a
//!    single possible value given everything published: the total, the other
//!    cells, and the fact that «< 5» means 1 to 4 and a complementary hidden
//!    cell was a published-size count (≥ `min_count`). If no cell is left to
//!    hide, the total is hidden too.
//! 3. **Totals** follow the same rule as cells. Every table of a dataset and
//!    year shares one total, so they agree on it.
//!
//! The rule depends only on a year's own counts, so one year's figures say
//! nothing about another's; no figure spanning years is published except
//! differences of published totals.

use serde::Serialize;

/// The smallest `min_count` a site may choose.
pub const MIN_ALLOWED: u64 = 3;
/// The default `privacy.min_count`.
pub const DEFAULT_MIN_COUNT: u64 = 5;

/// A count as it may be published.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "status", content = "value", rename_all = "kebab-case")]
pub enum Cell {
    /// 0 or at least `min_count`.
    Published(u64),
    /// From 1 to `min_count - 1`: shown as «< min_count».
    Small,
    /// Hidden so that a small count elsewhere cannot be recomputed.
    Hidden,
}

impl Cell {
    pub fn value(self) -> Option<u64> {
        match self {
            Cell::Published(v) => Some(v),
            _ => None,
        }
    }
}

/// Counts straight from the data. Only this module turns them into
/// something publishable; nothing else can read them.
#[derive(Debug, Clone)]
pub struct RawTable {
    cells: Vec<u64>,
    total: u64,
    /// Whether the categories partition the total (a row has one category),
    /// so that the cells add up to it.
    exclusive: bool,
}

impl RawTable {
    pub fn new(cells: Vec<u64>, total: u64, exclusive: bool) -> RawTable {
        RawTable { cells, total, exclusive }
    }
}

/// A table as it may be published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProtectedTable {
    pub cells: Vec<Cell>,
    pub total: Cell,
}

fn primary(value: u64, min: u64) -> Cell {
    if value == 0 || value >= min { Cell::Published(value) } else { Cell::Small }
}

/// Protects one table. `min` is `privacy.min_count`.
pub fn protect(raw: &RawTable, min: u64) -> ProtectedTable {
    let mut cells: Vec<Cell> = raw.cells.iter().map(|&v| primary(v, min)).collect();
    let mut total = primary(raw.total, min);
    if raw.exclusive && matches!(total, Cell::Published(_)) {
        while let Some(_recoverable) = first_recoverable(&cells, total, min) {
            // Hide the smallest published non-zero cell (ties: the first).
            let candidate = cells
                .iter()
                .enumerate()
                .filter_map(|(i, c)| match c {
                    Cell::Published(v) if *v > 0 => Some((*v, i)),
                    _ => None,
                })
                .min();
            match candidate {
                Some((_, i)) => cells[i] = Cell::Hidden,
                None => {
                    total = Cell::Hidden;
                    break;
                }
            }
        }
    }
    ProtectedTable { cells, total }
}

/// The index of a hidden cell whose value the published figures pin down.
///
/// With the total published, the hidden cells add up to `S = total - Σ
/// published`. Each hidden cell `i` lies in `[lo_i, hi_i]` where
/// `lo_i = max(L_i, S - Σ_{j≠i} U_j)` and `hi_i = min(U_i, S - Σ_{j≠i} L_j)`,
/// with bounds `[1, min-1]` for «< min» cells and `[min, total]` for
/// complementary ones. A cell is recoverable when `lo_i == hi_i`.
pub fn first_recoverable(cells: &[Cell], total: Cell, min: u64) -> Option<usize> {
    let Cell::Published(total) = total else {
        return None;
    };
    let published: u64 = cells.iter().filter_map(|c| c.value()).sum();
    let hidden_sum = total.checked_sub(published)? as i128;
    let bounds = |c: &Cell| -> Option<(i128, i128)> {
        match c {
            Cell::Published(_) => None,
            Cell::Small => Some((1, min as i128 - 1)),
            Cell::Hidden => Some((min as i128, total as i128)),
        }
    };
    let hidden: Vec<(usize, (i128, i128))> =
        cells.iter().enumerate().filter_map(|(i, c)| bounds(c).map(|b| (i, b))).collect();
    let sum_lo: i128 = hidden.iter().map(|(_, b)| b.0).sum();
    let sum_hi: i128 = hidden.iter().map(|(_, b)| b.1).sum();
    hidden.iter().find_map(|&(i, (l, u))| {
        let lo = l.max(hidden_sum - (sum_hi - u));
        let hi = u.min(hidden_sum - (sum_lo - l));
        (lo >= hi).then_some(i)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use Cell::*;
    use proptest::prelude::*;

    fn protected(cells: &[u64], exclusive: bool) -> ProtectedTable {
        let total = cells.iter().sum();
        protect(&RawTable::new(cells.to_vec(), total, exclusive), 5)
    }

    #[test]
    fn small_counts_are_never_published() {
        let t = protected(&[0, 3, 12, 40], false);
        assert_eq!(t.cells, [Published(0), Small, Published(12), Published(40)]);
        assert_eq!(t.total, Published(55));
    }

    #[test]
    fn a_lone_small_cell_gets_a_complementary_one() {
        // Without a second hidden cell, 3 = 55 - 12 - 40.
        let t = protected(&[0, 3, 12, 40], true);
        assert_eq!(t.cells, [Published(0), Small, Hidden, Published(40)]);
        assert_eq!(first_recoverable(&t.cells, t.total, 5), None);
    }

    #[test]
    fn two_small_cells_that_pin_each_other_down_get_a_third() {
        // 4 + 4 = 8 and both are at most 4, so both would be known.
        let t = protected(&[4, 4, 9, 30], true);
        assert_eq!(t.cells, [Small, Small, Hidden, Published(30)]);
    }

    #[test]
    fn a_one_next_to_a_five_is_not_enough() {
        // Hidden sum 6 with the complementary cell ≥ 5 forces the small one to 1.
        let t = protected(&[1, 5, 7, 30], true);
        assert_eq!(t.cells, [Small, Hidden, Hidden, Published(30)]);
    }

    #[test]
    fn a_zero_is_never_hidden_as_a_complement() {
        // Hiding the 0 would add nothing: everyone knows a hidden cell is ≥ 5.
        let t = protected(&[2, 0, 6], true);
        assert_eq!(t.cells, [Small, Published(0), Hidden]);
    }

    #[test]
    fn when_nothing_is_left_to_hide_the_total_is_hidden() {
        let t = protected(&[4, 4], true);
        assert_eq!(t.cells, [Small, Small]);
        assert_eq!(t.total, Hidden);
    }

    #[test]
    fn a_small_total_is_small() {
        let t = protected(&[1, 2], true);
        assert_eq!(t.total, Small);
        assert_eq!(t.cells, [Small, Small]);
    }

    /// Every value each hidden cell could take, by brute force, given what
    /// is published. Independent of `first_recoverable`.
    fn possible_values(t: &ProtectedTable, min: u64) -> Vec<Vec<u64>> {
        let Published(total) = t.total else { return vec![] };
        let hidden: Vec<usize> = (0..t.cells.len()).filter(|&i| t.cells[i].value().is_none()).collect();
        let published: u64 = t.cells.iter().filter_map(|c| c.value()).sum();
        let target = total - published;
        let range = |i: usize| match t.cells[i] {
            Small => 1..=min - 1,
            _ => min..=total,
        };
        let mut seen = vec![std::collections::BTreeSet::new(); hidden.len()];
        fn walk(
            k: usize,
            left: u64,
            hidden: &[usize],
            range: &dyn Fn(usize) -> std::ops::RangeInclusive<u64>,
            chosen: &mut Vec<u64>,
            seen: &mut [std::collections::BTreeSet<u64>],
        ) {
            if k == hidden.len() {
                if left == 0 {
                    for (s, v) in seen.iter_mut().zip(chosen.iter()) {
                        s.insert(*v);
                    }
                }
                return;
            }
            for v in range(hidden[k]) {
                if v > left {
                    break;
                }
                chosen.push(v);
                walk(k + 1, left - v, hidden, range, chosen, seen);
                chosen.pop();
            }
        }
        walk(0, target, &hidden, &range, &mut Vec::new(), &mut seen);
        seen.into_iter().map(|s| s.into_iter().collect()).collect()
    }

    proptest! {
        #[test]
        fn nothing_published_is_small_and_nothing_hidden_can_be_recovered(
            cells in prop::collection::vec(prop_oneof![Just(0u64), 1u64..5, 5u64..40], 1..7),
            min in 3u64..7,
            exclusive: bool,
        ) {
            let total: u64 = if exclusive { cells.iter().sum() } else { cells.iter().copied().max().unwrap_or(0) + 3 };
            let t = protect(&RawTable::new(cells.clone(), total, exclusive), min);
            for cell in t.cells.iter().chain([&t.total]) {
                if let Published(v) = cell {
                    prop_assert!(*v == 0 || *v >= min, "published {v} with min {min}");
                }
            }
            for (cell, raw) in t.cells.iter().zip(&cells) {
                if let Published(v) = cell { prop_assert_eq!(v, raw); }
                if *cell == Small { prop_assert!((1..min).contains(raw)); }
            }
            if exclusive {
                for values in possible_values(&t, min) {
                    prop_assert!(values.len() >= 2, "a hidden cell can be recomputed: {:?} in {:?}", values, t);
                }
            }
        }
    }
}
