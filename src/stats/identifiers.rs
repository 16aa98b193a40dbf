//! Spotting direct identifiers in data cells: phone numbers, e-mail
//! addresses, Moroccan national ID (CIN) numbers and exact dates.
//!
//! Anonymised data holds none of these; a cell that looks like one means an
//! export went wrong, and the build stops before anything is published. The
//! detector is deliberately eager: a false alarm costs a minute, a leak
//! costs a woman's safety.

use crate::messages::Message;
use crate::msg;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Identifier {
    Phone,
    Email,
    NationalId,
    ExactDate,
}

impl Identifier {
    /// What it is, as a message says it inside another: «a phone number».
    pub fn message(self) -> Message {
        match self {
            Identifier::Phone => msg!("stats-identifier-phone"),
            Identifier::Email => msg!("stats-identifier-email"),
            Identifier::NationalId => msg!("stats-identifier-national-id"),
            Identifier::ExactDate => msg!("stats-identifier-exact-date"),
        }
    }
}

/// What `cell` looks like, if it looks like a direct identifier.
pub fn detect(cell: &str) -> Option<Identifier> {
    let cell = cell.trim();
    let bytes = cell.as_bytes();
    // Most cells are short codes without digits or `@`: leave them at once.
    let digits = bytes.iter().filter(|b| b.is_ascii_digit()).count();
    let at = bytes.iter().position(|&b| b == b'@');
    if bytes.len() < 4 || (digits == 0 && at.is_none()) {
        return None;
    }
    if let Some(at) = at
        && at > 0
        && bytes[at + 1..].contains(&b'.')
    {
        return Some(Identifier::Email);
    }
    if is_date(bytes) {
        return Some(Identifier::ExactDate);
    }
    if digits >= 8 && bytes.iter().all(|b| b.is_ascii_digit() || b" +-./()".contains(b)) {
        return Some(Identifier::Phone);
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
fn is_date(bytes: &[u8]) -> bool {
    let end = bytes.iter().position(|&b| b == b'T' || b == b' ').unwrap_or(bytes.len());
    let mut parts = [(0u32, 0usize); 3];
    let mut count = 0;
    for part in bytes[..end].split(|b| matches!(b, b'-' | b'/' | b'.')) {
        if count == 3 || part.is_empty() || part.len() > 4 || !part.iter().all(u8::is_ascii_digit) {
            return false;
        }
        let value = part.iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
        parts[count] = (value, part.len());
        count += 1;
    }
    if count != 3 {
        return false;
    }
    let [(a, a_len), (b, _), (c, c_len)] = parts;
    let year_first = a_len == 4 && (1..=12).contains(&b) && (1..=31).contains(&c);
    let year_last = c_len >= 2 && (1..=31).contains(&a) && (1..=31).contains(&b);
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
