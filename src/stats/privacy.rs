//! What may be published: the one place every count passes through before any
//! page, chart or open-data file sees it.
//!
//! # Whom this protects against
//!
//! The attacker sees everything published for every year (pages, charts,
//! shortcodes, open data), knows `data/schema.yaml`, these rules and this
//! code, and can solve integer programs over what is published:
//!
//! - the cells of a table whose categories are exclusive (a month, an age
//!   band, a commune, participants by kind) add up to its total, and every
//!   such table of a dataset and year shares that total;
//! - a multi-category cell (women who received listening) lies between 0 and
//!   the total, and its complement (women who did not) is a count too;
//! - «< k» means 1 to k − 1, and a hidden cell means at least k;
//! - and the attacker re-runs this code on every table that fits what is
//!   published, and rules out those that would have been published
//!   otherwise.
//!
//! # The rules
//!
//! 1. **Totals are never hidden.** A dataset's number of rows is published,
//!    or shown «< k» when it is from 1 to k − 1. So headlines are always true
//!    and the tables of a dataset cannot betray each other through a shared
//!    hidden total: with the total known, each table is a system of its own
//!    (any breakdowns with the same total can come from some set of rows).
//! 2. **Small years show no breakdown.** Below `2k − 1` rows, every table of
//!    the dataset is withheld whole: a multi-category cell's complement could
//!    not be hidden without pinning it down.
//! 3. **Primary suppression.** A count from 1 to k − 1 is shown «< k». In a
//!    multi-category table, a cell whose complement is from 1 to k − 1 is
//!    hidden (the total minus it would be a small count).
//! 4. **One complementary cell, chosen by position.** In a table of exclusive
//!    categories with any «< k» cell, the last cell (in the schema's order)
//!    that is neither 0 nor «< k» is hidden. The choice depends only on which
//!    cells are 0 and which are «< k», both of which the reader sees, so
//!    replaying it teaches nothing.
//! 5. **Withholding depends on the total alone where it could betray.** A
//!    table of `n` exclusive categories whose total is at most `n·(k − 1)`
//!    is withheld whatever it holds: every cell could be a small count, and
//!    withholding only the tables whose cells all are would say so (a
//!    withheld table of 10 women in three bands, k = 5, had each band at 2
//!    to 4).
//! 6. **A check on what is published, or nothing.** Above that total the
//!    table is shown only if, from what it shows, every «< k» cell could
//!    still be anything from 1 to k − 1 and no hidden cell or sum of hidden
//!    cells that is a small count has one possible value. Otherwise the
//!    whole table is withheld, cells, zeros and marks alike.
//!
//! Everything a page shows is a function of what it shows: two data sets that
//! differ only in suppressed cells publish the same bytes. Years share no
//! rows and are protected one by one.
//!
//! # Limits
//!
//! Above `n·(k − 1)`, whether rule 6 withholds a table still depends on its
//! figures, so "withheld" says the table's small counts and its last larger
//! count were together small. Over every such table (k from 3 to 6, up to 5
//! categories, totals up to n·(k − 1) + 3k) no category is thereby known to
//! be a small count narrower than 1 to k − 1, alone or added to another
//! (`a_withheld_table_narrows_no_count`); none is even known to be under k.
//!
//! Sum tables (participants by kind) are protected as counts, and an
//! activity may have had no participants (the schema allows 0), so the
//! attacker may not assume each activity had at least one.

use serde::Serialize;

/// The fewest rows a dataset's year needs before any breakdown is shown.
pub fn smallest_breakdown(min: u64) -> u64 {
    2 * min - 1
}

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

/// How a table's categories relate to its total.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Each row has exactly one category: the cells add up to the total.
    Exclusive,
    /// A row can have several categories or none: each cell is at most the
    /// total, and the total minus it is a count too.
    Overlapping,
}

/// Counts straight from the data. Only this module turns them into
/// something publishable; nothing else can read them.
#[derive(Debug, Clone)]
pub struct RawTable {
    cells: Vec<u64>,
    total: u64,
    shape: Shape,
}

impl RawTable {
    pub fn new(cells: Vec<u64>, total: u64, shape: Shape) -> RawTable {
        RawTable { cells, total, shape }
    }
}

/// Why a table shows no breakdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Withheld {
    /// The dataset had fewer rows that year than any breakdown needs.
    FewRows,
    /// No complementary cell would keep its small counts from being narrowed.
    NoSafePattern,
}

/// What a table shows of its categories.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "breakdown", content = "cells", rename_all = "kebab-case")]
pub enum Breakdown {
    Shown(Vec<Cell>),
    Withheld(Withheld),
}

/// A table as it may be published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProtectedTable {
    pub total: Cell,
    pub breakdown: Breakdown,
}

impl ProtectedTable {
    /// The cells, when the breakdown is shown.
    pub fn cells(&self) -> Option<&[Cell]> {
        match &self.breakdown {
            Breakdown::Shown(cells) => Some(cells),
            Breakdown::Withheld(_) => None,
        }
    }
}

/// A dataset's number of rows as published: never hidden (rule 1).
pub fn total(rows: u64, min: u64) -> Cell {
    primary(rows, min)
}

fn primary(value: u64, min: u64) -> Cell {
    if value == 0 || value >= min { Cell::Published(value) } else { Cell::Small }
}

/// Protects one table of a dataset and year whose rows number `rows`.
/// `min` is `privacy.min_count`.
pub fn protect(raw: &RawTable, rows: u64, min: u64) -> ProtectedTable {
    let total = primary(raw.total, min);
    let withheld = |why| ProtectedTable { total, breakdown: Breakdown::Withheld(why) };
    // A sum table's total (participants) is what its cells add up to or
    // lie under, so it needs the same size as the rows.
    let few = |n: u64| n > 0 && n < smallest_breakdown(min);
    if few(rows) || few(raw.total) {
        return withheld(Withheld::FewRows);
    }
    let cells = match raw.shape {
        Shape::Overlapping => overlapping(&raw.cells, raw.total, min),
        Shape::Exclusive => match exclusive(&raw.cells, min) {
            Some(cells) => cells,
            None => return withheld(Withheld::NoSafePattern),
        },
    };
    if raw.shape == Shape::Exclusive && !exclusive_is_safe(&cells, raw.total, min) {
        return withheld(Withheld::NoSafePattern);
    }
    ProtectedTable { total, breakdown: Breakdown::Shown(cells) }
}

/// Rule 3 for a multi-category table: a cell is hidden when it, or the total
/// minus it, is a small count.
fn overlapping(cells: &[u64], total: u64, min: u64) -> Vec<Cell> {
    cells
        .iter()
        .map(|&v| match primary(v, min) {
            Cell::Published(_) if primary(total - v.min(total), min) == Cell::Small => Cell::Hidden,
            cell => cell,
        })
        .collect()
}

/// Rules 3 to 5 for a table of exclusive categories; `None` when it is
/// withheld by its total or a complementary cell is needed and there is
/// none to hide.
fn exclusive(cells: &[u64], min: u64) -> Option<Vec<Cell>> {
    // Withholding is itself published, so below the total where every
    // cell could be a small count it depends on the total alone: there,
    // withholding only the tables of small counts would say they are small.
    let total: u64 = cells.iter().sum();
    if total > 0 && total <= cells.len() as u64 * (min - 1) {
        return None;
    }
    let mut shown: Vec<Cell> = cells.iter().map(|&v| primary(v, min)).collect();
    if shown.contains(&Cell::Small) {
        let last = shown.iter().rposition(|c| matches!(c, Cell::Published(v) if *v > 0))?;
        shown[last] = Cell::Hidden;
    }
    Some(shown)
}

/// Rule 6, from what the table shows alone: with `S` the total minus the
/// published cells, `a` «< k» cells and `b` hidden ones, every «< k» cell
/// can take each value from 1 to k − 1 exactly when
/// `S ≥ (a − 1) + b·k + (k − 1)` (the others at their least), and then a
/// hidden cell takes at least two values and the only sum of suppressed
/// cells with one possible value is `S` itself, which is at least k.
/// (Without a hidden cell, a lone «< k» cell would equal `S`.)
pub fn exclusive_is_safe(cells: &[Cell], total: u64, min: u64) -> bool {
    let small = cells.iter().filter(|c| **c == Cell::Small).count() as u64;
    let hidden = cells.iter().filter(|c| **c == Cell::Hidden).count() as u64;
    if small == 0 {
        // Nothing to protect; and a hidden cell is only ever a complement.
        return hidden == 0;
    }
    let published: u64 = cells.iter().filter_map(|c| c.value()).sum();
    let Some(suppressed) = total.checked_sub(published) else {
        return false;
    };
    hidden >= 1 && suppressed >= (small - 1) + hidden * min + (min - 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Cell::*;
    use proptest::strategy::Just;

    fn protected(cells: &[u64]) -> ProtectedTable {
        let total = cells.iter().sum();
        protect(&RawTable::new(cells.to_vec(), total, Shape::Exclusive), total, 5)
    }

    fn shown(cells: &[u64]) -> Vec<Cell> {
        protected(cells).cells().expect("shown").to_vec()
    }

    #[test]
    fn small_counts_are_never_published_and_the_last_large_cell_hides_them() {
        assert_eq!(shown(&[0, 3, 12, 40]), [Published(0), Small, Published(12), Hidden]);
    }

    #[test]
    fn the_complement_is_chosen_by_position_not_by_size() {
        // The smallest shown cell would have told the attacker it was ≤ 12.
        assert_eq!(shown(&[3, 40, 12, 0]), [Small, Published(40), Hidden, Published(0)]);
    }

    #[test]
    fn a_one_next_to_a_five_withholds_the_table() {
        // 1 + 5 = 6 with the hidden cell ≥ 5 would pin the small one to 1.
        let t = protected(&[30, 1, 5]);
        assert_eq!(t.breakdown, Breakdown::Withheld(Withheld::NoSafePattern));
        assert_eq!(t.total, Published(36));
    }

    #[test]
    fn a_table_without_small_counts_is_shown_whole() {
        assert_eq!(shown(&[9, 0, 12]), [Published(9), Published(0), Published(12)]);
    }

    #[test]
    fn nothing_to_hide_withholds_the_table() {
        // Small cells and nothing else: their sum is the total.
        let t = protect(&RawTable::new(vec![4, 4, 1, 0], 9, Shape::Exclusive), 9, 5);
        assert_eq!(t.breakdown, Breakdown::Withheld(Withheld::NoSafePattern));
    }

    #[test]
    fn a_small_year_shows_its_total_and_no_breakdown() {
        let t = protect(&RawTable::new(vec![4, 4], 8, Shape::Exclusive), 8, 5);
        assert_eq!(
            t,
            ProtectedTable { total: Published(8), breakdown: Breakdown::Withheld(Withheld::FewRows) }
        );
        let t = protect(&RawTable::new(vec![1, 2], 3, Shape::Exclusive), 3, 5);
        assert_eq!(t.total, Small);
    }

    #[test]
    fn a_sum_table_with_few_participants_shows_no_breakdown() {
        // 9 activities, 6 participants: 5 women and 1 youth would be hidden
        // and small, and hidden (≥ 5) with 6 − hidden in 1..4 pins it to 5.
        let t = protect(&RawTable::new(vec![5, 1], 6, Shape::Overlapping), 9, 5);
        assert_eq!(
            t,
            ProtectedTable { total: Published(6), breakdown: Breakdown::Withheld(Withheld::FewRows) }
        );
    }

    #[test]
    fn an_empty_year_is_all_zeros() {
        let t = protect(&RawTable::new(vec![0, 0], 0, Shape::Exclusive), 0, 5);
        assert_eq!(t.cells(), Some(&[Published(0), Published(0)][..]));
    }

    #[test]
    fn a_multi_category_cell_near_the_total_is_hidden() {
        // 310 of 312 received listening: 2 did not.
        let t = protect(&RawTable::new(vec![310, 2, 312, 0, 150], 312, Shape::Overlapping), 312, 5);
        assert_eq!(t.cells(), Some(&[Hidden, Small, Published(312), Published(0), Published(150)][..]));
    }

    /// Every value each suppressed cell of a shown table could take, by
    /// brute force over every table with the same published cells and
    /// total that this module would have published the same way.
    /// Independent of `exclusive_is_safe`.
    fn possible_values(
        shown: &[Cell],
        total: u64,
        rows: u64,
        min: u64,
    ) -> Vec<std::collections::BTreeSet<u64>> {
        let suppressed: Vec<usize> = (0..shown.len()).filter(|&i| shown[i].value().is_none()).collect();
        let mut seen = vec![std::collections::BTreeSet::new(); suppressed.len()];
        let mut candidate: Vec<u64> = shown.iter().map(|c| c.value().unwrap_or(0)).collect();
        fn walk(
            k: usize,
            left: u64,
            suppressed: &[usize],
            candidate: &mut Vec<u64>,
            check: &dyn Fn(&[u64]) -> bool,
            seen: &mut [std::collections::BTreeSet<u64>],
        ) {
            if k == suppressed.len() {
                if left == 0 && check(candidate) {
                    for (s, &i) in seen.iter_mut().zip(suppressed) {
                        s.insert(candidate[i]);
                    }
                }
                return;
            }
            for v in 0..=left {
                candidate[suppressed[k]] = v;
                walk(k + 1, left - v, suppressed, candidate, check, seen);
            }
        }
        let published: u64 = shown.iter().filter_map(|c| c.value()).sum();
        let expected = Breakdown::Shown(shown.to_vec());
        let check = |cells: &[u64]| {
            protect(&RawTable::new(cells.to_vec(), total, Shape::Exclusive), rows, min).breakdown == expected
        };
        walk(0, total - published, &suppressed, &mut candidate, &check, &mut seen);
        seen
    }

    proptest::proptest! {
        /// The second opinion beside the integer-programming attacker of
        /// `tests/suite/privacy_attack.rs`.
        #[test]
        fn nothing_published_is_small_and_nothing_suppressed_can_be_narrowed(
            cells in proptest::collection::vec(proptest::prop_oneof![Just(0u64), 1u64..5, 5u64..14], 1..6),
            min in 3u64..7,
        ) {
            let total: u64 = cells.iter().sum();
            let t = protect(&RawTable::new(cells.clone(), total, Shape::Exclusive), total, min);
            if let Published(v) = t.total {
                proptest::prop_assert!(v == 0 || v >= min);
            }
            let Some(shown) = t.cells() else { return Ok(()) };
            for (cell, raw) in shown.iter().zip(&cells) {
                match cell {
                    Published(v) => proptest::prop_assert!(v == raw && (*v == 0 || *v >= min)),
                    Small => proptest::prop_assert!((1..min).contains(raw)),
                    Hidden => proptest::prop_assert!(*raw >= min),
                }
            }
            let suppressed: Vec<Cell> = shown.iter().copied().filter(|c| c.value().is_none()).collect();
            for (values, cell) in possible_values(shown, total, total, min).iter().zip(suppressed) {
                if cell == Small {
                    proptest::prop_assert_eq!(values.len() as u64, min - 1, "a «< k» cell narrowed: {:?} in {:?}", values, shown);
                } else {
                    proptest::prop_assert!(values.len() >= 2, "a hidden cell recovered: {:?} in {:?}", values, shown);
                }
            }
        }
    }

    /// Every table of `parts` cells adding up to `total`.
    fn compositions(total: u64, parts: usize, out: &mut Vec<Vec<u64>>, prefix: &mut Vec<u64>) {
        if parts == 1 {
            prefix.push(total);
            out.push(prefix.clone());
            prefix.pop();
            return;
        }
        for v in 0..=total {
            prefix.push(v);
            compositions(total - v, parts - 1, out, prefix);
            prefix.pop();
        }
    }

    /// "Withheld" is itself published. Over every table the rules would
    /// withhold for a total and a number of categories (both shown), no
    /// category may be known to be a small count narrower than 1 to k − 1,
    /// alone or added to another: the attacker who knows the rules learns
    /// nothing a «< k» would not have said.
    #[test]
    fn a_withheld_table_narrows_no_count() {
        for min in 3..=6u64 {
            for parts in 2..=5usize {
                for total in smallest_breakdown(min)..=parts as u64 * (min - 1) + 3 * min {
                    let mut tables = Vec::new();
                    compositions(total, parts, &mut tables, &mut Vec::new());
                    let withheld: Vec<&Vec<u64>> = tables
                        .iter()
                        .filter(|t| {
                            let p = protect(&RawTable::new(t.to_vec(), total, Shape::Exclusive), total, min);
                            p.breakdown == Breakdown::Withheld(Withheld::NoSafePattern)
                        })
                        .collect();
                    // Known to be under k (0 included: "none or few" tells
                    // too), or a small count narrower than 1 to k − 1.
                    let narrowed = |values: std::collections::BTreeSet<u64>| values.iter().all(|v| *v < min);
                    for i in 0..parts {
                        for j in i..parts {
                            let values =
                                withheld.iter().map(|t| t[i] + if i == j { 0 } else { t[j] }).collect();
                            assert!(
                                withheld.is_empty() || !narrowed(values),
                                "k {min}, {parts} categories, total {total}: withheld only when cells {i}+{j} are small"
                            );
                        }
                    }
                }
            }
        }
    }
}
