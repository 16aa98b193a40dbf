//! Spotting direct identifiers in data cells: phone numbers, e-mail
//! addresses, Moroccan national ID (CIN) numbers and exact dates.
//!
//! Anonymised data holds none of these; a cell that looks like one means an
//! export went wrong, and the build stops before anything is published. The
//! detector is deliberately eager: a false alarm costs a minute, a leak
//! costs a woman's safety.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Identifier {
    Phone,
    Email,
    NationalId,
    ExactDate,
}

impl fmt::Display for Identifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Identifier::Phone => "a phone number",
            Identifier::Email => "an e-mail address",
            Identifier::NationalId => "a national ID (CIN) number",
            Identifier::ExactDate => "an exact date",
        })
    }
}

/// What `cell` looks like, if it looks like a direct identifier.
pub fn detect(cell: &str) -> Option<Identifier> {
    let cell = cell.trim();
    if cell.len() < 4 {
        return None;
    }
    let bytes = cell.as_bytes();
    if let Some(at) = bytes.iter().position(|&b| b == b'@')
        && at > 0
        && bytes[at + 1..].contains(&b'.')
    {
        return Some(Identifier::Email);
    }
    let digits = bytes.iter().filter(|b| b.is_ascii_digit()).count();
    if digits >= 8 && bytes.iter().all(|b| b.is_ascii_digit() || b" +-./()".contains(b)) && !is_date(cell) {
        return Some(Identifier::Phone);
    }
    if is_date(cell) {
        return Some(Identifier::ExactDate);
    }
    if is_cin(bytes) {
        return Some(Identifier::NationalId);
    }
    None
}

/// One or two letters then 3 to 7 digits: `A123456`, `BK12345`.
fn is_cin(bytes: &[u8]) -> bool {
    let letters = bytes.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let rest = &bytes[letters..];
    (1..=2).contains(&letters) && (3..=7).contains(&rest.len()) && rest.iter().all(u8::is_ascii_digit)
}

/// A day, month and year in any usual order: `2024-07-03`, `03/07/2024`,
/// `3.7.2024`, with or without a time after it.
fn is_date(cell: &str) -> bool {
    let date = cell.split(['T', ' ']).next().unwrap_or(cell);
    let parts: Vec<&str> = date.split(['-', '/', '.']).collect();
    if parts.len() != 3
        || parts.iter().any(|p| p.is_empty() || p.len() > 4 || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return false;
    }
    let n: Vec<u32> = parts.iter().map(|p| p.parse().unwrap_or(0)).collect();
    let year_first = parts[0].len() == 4 && n[1] >= 1 && n[1] <= 12 && n[2] >= 1 && n[2] <= 31;
    let year_last = parts[2].len() >= 2 && n[0] >= 1 && n[0] <= 31 && n[1] >= 1 && n[1] <= 31;
    year_first || year_last
}

#[cfg(test)]
mod tests {
    use super::*;
    use Identifier::*;

    #[test]
    fn finds_each_kind() {
        for (cell, kind) in [
            ("0612345678", Phone),
            ("+212 6 12 34 56 78", Phone),
            ("06-12-34-56-78", Phone),
            ("00212537123456", Phone),
            ("fatima@example.ma", Email),
            (" a.b@mail.co ", Email),
            ("AB123456", NationalId),
            ("x12345", NationalId),
            ("2024-07-03", ExactDate),
            ("03/07/2024", ExactDate),
            ("3.7.2024", ExactDate),
            ("2024-07-03T10:30", ExactDate),
            ("03/07/24", ExactDate),
        ] {
            assert_eq!(detect(cell), Some(kind), "{cell}");
        }
    }

    #[test]
    fn ordinary_cells_pass() {
        for cell in [
            "2024-07",
            "listening",
            "18-24",
            "under-18",
            "civil-society",
            "312",
            "12",
            "",
            "60-plus",
            "listening|shelter",
            "ait-ouribel",
            "ⵜⴰⵎⴰⵣⵉⵖⵜ",
            "الاستماع",
            "1234567",
        ] {
            assert_eq!(detect(cell), None, "{cell}");
        }
    }
}
