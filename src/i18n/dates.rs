//! Dates as each language writes them.
//!
//! Month names and the order of day, month and year come from Fluent
//! (`month-1` … `month-12`, `date-long`), so «7 يوليوز 2024», «7 juillet 2024»
//! and the Tifinagh form are translators' work, not code. Digits are always
//! Western (0-9), as Moroccan writing uses them.

use std::sync::Mutex;

use fluent_bundle::FluentArgs;
use rustc_hash::FxHashMap;

use crate::i18n::{Locales, LookupError};
use crate::util::date::Date;

/// The Fluent message that orders a date: `date-long = { $day } { $month } { $year }`.
pub const DATE_KEY: &str = "date-long";

/// The date as a reader of `lang` writes it.
pub fn display(date: Date, locales: &Locales, lang: &str) -> Result<String, LookupError> {
    let month = locales.text(lang, &format!("month-{}", date.month))?;
    let mut args = FluentArgs::new();
    args.set("day", date.day.to_string());
    args.set("month", month);
    args.set("year", date.year.to_string());
    locales.get(lang, DATE_KEY, Some(&args))
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
    /// [`display`], remembered.
    pub fn display(&self, date: Date, locales: &Locales, lang: &str) -> Result<String, LookupError> {
        let lock = || self.formatted.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(text) = lock().get(lang).and_then(|dates| dates.get(&date)) {
            return Ok(text.clone());
        }
        let text = display(date, locales, lang)?;
        lock().entry(lang.to_string()).or_default().insert(date, text.clone());
        Ok(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use std::path::Path;

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
        assert_eq!(display(date, &locales, "ar").unwrap(), "7 يوليوز 2024");
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
