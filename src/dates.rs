//! Calendar dates in front matter, and their display per language.
//!
//! Month names and the order of day, month and year come from Fluent
//! (`month-1` … `month-12`, `date-long`), so «7 يوليوز 2024», «7 juillet 2024»
//! and the Tifinagh form are translators' work, not code. Digits are always
//! Western (0-9), as Moroccan writing uses them.

use std::fmt;
use std::sync::Mutex;

use fluent_bundle::FluentArgs;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use crate::i18n::{Locales, LookupError};

/// The Fluent message that orders a date: `date-long = { $day } { $month } { $year }`.
pub const DATE_KEY: &str = "date-long";

/// A calendar date written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(try_from = "String")]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Today, from the system clock (UTC), for `amal new`.
    pub fn today() -> Date {
        let seconds =
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
        Date::from_days_since_epoch((seconds / 86_400) as i64)
    }

    /// Howard Hinnant's civil-from-days algorithm.
    fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Date { year, month, day }
    }

    /// RFC 3339 midnight UTC, for feeds and sitemaps.
    pub fn rfc3339(self) -> String {
        format!("{self}T00:00:00Z")
    }

    /// The date as a reader of `lang` writes it.
    pub fn display(self, locales: &Locales, lang: &str) -> Result<String, LookupError> {
        let month = locales.text(lang, &format!("month-{}", self.month))?;
        let mut args = FluentArgs::new();
        args.set("day", self.day.to_string());
        args.set("month", month);
        args.set("year", self.year.to_string());
        locales.get(lang, DATE_KEY, Some(&args))
    }
}

/// Dates as readers of each language write them, each formatted once: a
/// page shows its date, and its section's list shows it again, and many
/// pages share a day.
#[derive(Debug, Default)]
pub struct DateTexts {
    /// Language → date → text.
    formatted: Mutex<FxHashMap<String, FxHashMap<Date, String>>>,
}

impl DateTexts {
    /// [`Date::display`], remembered.
    pub fn display(&self, date: Date, locales: &Locales, lang: &str) -> Result<String, LookupError> {
        let lock = || self.formatted.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(text) = lock().get(lang).and_then(|dates| dates.get(&date)) {
            return Ok(text.clone());
        }
        let text = date.display(locales, lang)?;
        lock().entry(lang.to_string()).or_default().insert(date, text.clone());
        Ok(text)
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
        2 => 28,
        _ => 31,
    }
}

impl TryFrom<String> for Date {
    type Error = String;
    fn try_from(text: String) -> Result<Date, String> {
        text.parse()
    }
}

impl std::str::FromStr for Date {
    type Err = String;
    fn from_str(text: &str) -> Result<Date, String> {
        let bad = || format!("`{text}` is not a date written YYYY-MM-DD, like 2024-07-03");
        let parts: Vec<&str> = text.trim().split('-').collect();
        let [y, m, d] = parts.as_slice() else {
            return Err(bad());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(bad());
        }
        let year: u16 = y.parse().map_err(|_| bad())?;
        let month: u8 = m.parse().map_err(|_| bad())?;
        let day: u8 = d.parse().map_err(|_| bad())?;
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return Err(format!("`{text}` is not a day of the calendar"));
        }
        Ok(Date { year, month, day })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use std::path::Path;

    #[test]
    fn parses_and_validates() {
        assert_eq!("2024-07-03".parse::<Date>().unwrap().to_string(), "2024-07-03");
        assert!("2024-02-30".parse::<Date>().is_err());
        assert!("2024-7-3".parse::<Date>().is_err());
        assert!("3 juillet".parse::<Date>().is_err());
        assert!("2024-02-29".parse::<Date>().is_ok());
    }

    #[test]
    fn days_since_epoch() {
        assert_eq!(Date::from_days_since_epoch(0).to_string(), "1970-01-01");
        assert_eq!(Date::from_days_since_epoch(19_907).to_string(), "2024-07-03");
    }

    #[test]
    fn moroccan_arabic_month_names_and_western_digits() {
        let config = Config::parse(
            "base_url: https://example.org/\nlanguages:\n  - code: ar\n    name: العربية\n",
            Path::new("site.yaml"),
        )
        .unwrap();
        let locales = Locales::from_sources(
            &config,
            &[("ar", "month-7 = يوليوز\ndate-long = { $day } { $month } { $year }\n")],
        )
        .unwrap();
        let date: Date = "2024-07-07".parse().unwrap();
        assert_eq!(date.display(&locales, "ar").unwrap(), "7 يوليوز 2024");
    }

    #[test]
    fn remembered_dates_are_each_languages_own() {
        let config = Config::parse(
            "base_url: https://example.org/\nlanguages:\n  - code: ar\n    name: العربية\n  - code: fr\n    name: Français\n",
            Path::new("site.yaml"),
        )
        .unwrap();
        let long = "date-long = { $day } { $month } { $year }\n";
        let locales = Locales::from_sources(
            &config,
            &[("ar", &format!("month-7 = يوليوز\n{long}")), ("fr", &format!("month-7 = juillet\n{long}"))],
        )
        .unwrap();
        let texts = DateTexts::default();
        let date: Date = "2024-07-07".parse().unwrap();
        for _ in 0..2 {
            assert_eq!(texts.display(date, &locales, "ar").unwrap(), "7 يوليوز 2024");
            assert_eq!(texts.display(date, &locales, "fr").unwrap(), "7 juillet 2024");
        }
        let august: Date = "2024-08-01".parse().unwrap();
        assert!(texts.display(august, &locales, "fr").is_err(), "a missing month name is still an error");
    }
}
