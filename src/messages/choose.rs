//! Which language amal speaks in a run, by one rule the README states:
//!
//! 1. `AMAL_LANG`, when it names English, French or Arabic: one person's
//!    choice on their own computer;
//! 2. else `editor_language:` in the site's `site.yaml`: the team's choice;
//! 3. else the system's language (`LC_ALL`, `LC_MESSAGES`, `LANG`, the first
//!    one set, as every POSIX program reads them; where none is set, as on
//!    Windows or a macOS desktop, the language the computer is set to),
//!    when amal speaks it;
//! 4. else English.

use std::path::Path;

use serde::Deserialize;

use super::Language;

/// `config::CONFIG_FILE`, named again: the settings are read after this
/// stage (a test holds the two together).
const SETTINGS_FILE: &str = "site.yaml";

/// The language chosen, and which step of the rule chose it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    pub language: Language,
    pub by: ChosenBy,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChosenBy {
    AmalLang,
    SiteSettings,
    System,
    Default,
}

/// The language for a run on the site in `site`, read from the variables
/// `env` gives (the process's environment, or a test's), and from
/// `computer` (the system's setting) when no variable names one.
pub fn choose(
    site: &Path,
    env: impl Fn(&str) -> Option<String>,
    computer: impl FnOnce() -> Option<String>,
) -> Choice {
    let named = |variable: &str| env(variable).filter(|v| !v.is_empty());
    if let Some(language) = named("AMAL_LANG").as_deref().and_then(Language::from_code) {
        return Choice { language, by: ChosenBy::AmalLang };
    }
    if let Some(language) = site_choice(site) {
        return Choice { language, by: ChosenBy::SiteSettings };
    }
    // POSIX: the first of these that is set decides, even when amal does
    // not speak it (then English, not a language further down the list).
    let system = ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().find_map(named).or_else(computer);
    match system.as_deref().and_then(Language::from_code) {
        Some(language) => Choice { language, by: ChosenBy::System },
        None => Choice { language: Language::English, by: ChosenBy::Default },
    }
}

/// `editor_language:` in `site.yaml`, when it can be read. A file that
/// cannot be read, or a value that is not a language amal speaks, is
/// reported by the settings' own check, in the language chosen without it.
fn site_choice(site: &Path) -> Option<Language> {
    #[derive(Deserialize)]
    struct Only {
        editor_language: Option<String>,
    }
    let path = site.join(SETTINGS_FILE);
    // The settings are read whole later, with their size limit; this only
    // looks at a file small enough to be settings.
    let metadata = std::fs::metadata(&path).ok()?;
    if !metadata.is_file() || metadata.len() > 1 << 20 {
        return None;
    }
    let text = std::fs::read_to_string(&path).ok()?;
    let only: Only = serde_saphyr::from_str(&text).ok()?;
    only.editor_language.as_deref().and_then(Language::from_code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| vars.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string())
    }

    fn site(settings: &str) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("site.yaml"), settings).unwrap();
        dir
    }

    #[test]
    fn the_settings_file_is_the_one_config_reads() {
        assert_eq!(SETTINGS_FILE, crate::config::CONFIG_FILE);
    }

    #[test]
    fn a_persons_choice_beats_the_teams_which_beats_the_systems() {
        let team = site("base_url: https://example.org/\neditor_language: ar\n");
        let chosen = choose(team.path(), with(&[("AMAL_LANG", "fr"), ("LANG", "en_US.UTF-8")]), || None);
        assert_eq!(chosen, Choice { language: Language::French, by: ChosenBy::AmalLang });
        let chosen = choose(team.path(), with(&[("LANG", "fr_MA.UTF-8")]), || None);
        assert_eq!(chosen, Choice { language: Language::Arabic, by: ChosenBy::SiteSettings });
        let plain = site("base_url: https://example.org/\n");
        let chosen = choose(plain.path(), with(&[("LANG", "ar_MA.UTF-8")]), || None);
        assert_eq!(chosen, Choice { language: Language::Arabic, by: ChosenBy::System });
        let chosen = choose(plain.path(), with(&[]), || None);
        assert_eq!(chosen, Choice { language: Language::English, by: ChosenBy::Default });
    }

    #[test]
    fn without_a_variable_the_computers_language_is_asked() {
        let plain = site("base_url: https://example.org/\n");
        let chosen = choose(plain.path(), with(&[]), || Some("ar-MA".to_string()));
        assert_eq!(chosen, Choice { language: Language::Arabic, by: ChosenBy::System });
        let chosen = choose(plain.path(), with(&[("LANG", "C.UTF-8")]), || panic!("LANG is set: not asked"));
        assert_eq!(chosen.language, Language::English);
    }

    #[test]
    fn the_first_system_variable_set_decides_as_posix_says() {
        let plain = site("base_url: https://example.org/\n");
        let chosen =
            choose(plain.path(), with(&[("LC_ALL", "de_DE.UTF-8"), ("LANG", "fr_FR.UTF-8")]), || None);
        assert_eq!(chosen.language, Language::English, "German is not spoken; LANG is not asked");
        let chosen =
            choose(plain.path(), with(&[("LC_MESSAGES", "fr_FR.UTF-8"), ("LANG", "ar_MA.UTF-8")]), || None);
        assert_eq!(chosen.language, Language::French);
        let chosen = choose(plain.path(), with(&[("LC_ALL", ""), ("LANG", "ar")]), || None);
        assert_eq!(chosen.language, Language::Arabic, "an empty variable is not set");
    }

    #[test]
    fn a_language_amal_does_not_speak_or_broken_settings_fall_through() {
        let unknown = site("editor_language: zgh\n");
        assert_eq!(choose(unknown.path(), with(&[("LANG", "fr_FR")]), || None).language, Language::French);
        let broken = site("editor_language: [ar\n");
        assert_eq!(choose(broken.path(), with(&[("LANG", "fr_FR")]), || None).language, Language::French);
        let nowhere = tempfile::tempdir().unwrap();
        assert_eq!(choose(nowhere.path(), with(&[("AMAL_LANG", "xx")]), || None).language, Language::English);
    }
}
