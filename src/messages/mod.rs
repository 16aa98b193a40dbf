//! amal's own words to the people who run a site: every message the CLI, the
//! `check` report, the preview's error page and its 404 say, in English,
//! French or Arabic, kept in Fluent files like the site's strings
//! (`src/messages/<language>/<area>.ftl`, built into the binary).
//!
//! Code never holds the text of a message, only its id and its values
//! ([`Message`], made with [`msg!`]); the text is chosen when it is shown, in
//! the language [`choose`] picked for the run. A test holds every id the
//! code names to a message in all three languages, with the same values.

mod choose;
pub mod printable;

pub use choose::{Choice, ChosenBy, choose};

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language amal speaks to its users in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    English,
    French,
    Arabic,
}

impl Language {
    pub const ALL: [Language; 3] = [Language::English, Language::French, Language::Arabic];

    /// The code people write for it: `en`, `fr`, `ar`.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::French => "fr",
            Language::Arabic => "ar",
        }
    }

    /// The language a code like `fr`, `fr_MA.UTF-8` or `ar-MA` names.
    pub fn from_code(code: &str) -> Option<Language> {
        let primary = code.split(['_', '-', '.', '@']).next().unwrap_or("").to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.code() == primary)
    }

    pub fn is_right_to_left(self) -> bool {
        self == Language::Arabic
    }
}

/// One value a message shows.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Arg {
    Text(String),
    /// Counts stay numbers, for the plural forms of each language.
    Count(i64),
    /// A message shown inside another, in the same language.
    Message(Box<Message>),
}

// Every text a message shows comes from a file, a file's name or a
// library, so it is escaped once here, where it enters: an ANSI escape or a
// bidirectional control in a value is shown, never obeyed, on a terminal
// or in the preview's panel. A path cannot break a line either.
impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(printable::printable_lines(&text))
    }
}
impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(printable::printable_lines(text))
    }
}
impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(printable::printable_lines(text))
    }
}
impl From<char> for Arg {
    fn from(c: char) -> Self {
        Arg::Text(printable::printable(&c.to_string()))
    }
}
impl From<&Path> for Arg {
    fn from(path: &Path) -> Self {
        Arg::Text(printable::printable_path(path))
    }
}
impl From<&PathBuf> for Arg {
    fn from(path: &PathBuf) -> Self {
        Arg::Text(printable::printable_path(path))
    }
}
impl From<PathBuf> for Arg {
    fn from(path: PathBuf) -> Self {
        Arg::Text(printable::printable_path(&path))
    }
}
impl From<std::path::Display<'_>> for Arg {
    fn from(path: std::path::Display<'_>) -> Self {
        Arg::Text(printable::printable(&path.to_string()))
    }
}
impl From<Message> for Arg {
    fn from(message: Message) -> Self {
        Arg::Message(Box::new(message))
    }
}
macro_rules! counts {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
counts!(usize, u64, u32, u16, u8, i64, i32);

/// What amal says, as an id in the message files and the values it shows.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(id: &'static str) -> Self {
        Message { id, args: Vec::new() }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// This message in `language`.
    pub fn in_language(&self, language: Language) -> String {
        bundles().get(language).format(self, language)
    }
}

/// A message made from its id and named values:
/// `msg!("cli-new-created", file = file.display())`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::messages::Message::new($id)$(.arg(stringify!($name), $value))*
    };
}

/// Shown in the language of the run.
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_language(current()))
    }
}

static CURRENT: OnceLock<Language> = OnceLock::new();

/// Sets the language of this run's messages, once, before anything is said.
pub fn set_current(language: Language) {
    let _ = CURRENT.set(language);
}

/// The language of this run's messages: English until [`set_current`].
pub fn current() -> Language {
    CURRENT.get().copied().unwrap_or(Language::English)
}

macro_rules! files {
    ($($area:literal),* $(,)?) => {
        [
            $((Language::English, $area, include_str!(concat!("en/", $area, ".ftl"))),)*
            $((Language::French, $area, include_str!(concat!("fr/", $area, ".ftl"))),)*
            $((Language::Arabic, $area, include_str!(concat!("ar/", $area, ".ftl"))),)*
        ]
    };
}

/// The message files, by language and area.
pub const FILES: &[(Language, &str, &str)] = &files![
    "general",
    "cli",
    "check",
    "serve",
    "settings",
    "content",
    "markdown",
    "templates",
    "render",
    "output",
    "safety",
    "images",
    "stats"
];

/// One bundle per language, each read from its files when first needed:
/// a run says its messages in one language and never parses the others.
struct Bundles {
    english: OnceLock<Bundle>,
    french: OnceLock<Bundle>,
    arabic: OnceLock<Bundle>,
}

impl Bundles {
    fn get(&self, language: Language) -> &Bundle {
        let cell = match language {
            Language::English => &self.english,
            Language::French => &self.french,
            Language::Arabic => &self.arabic,
        };
        cell.get_or_init(|| Bundle::load(language))
    }
}

fn bundles() -> &'static Bundles {
    static BUNDLES: Bundles =
        Bundles { english: OnceLock::new(), french: OnceLock::new(), arabic: OnceLock::new() };
    &BUNDLES
}

struct Bundle(FluentBundle<FluentResource>);

impl Bundle {
    /// The files are part of the binary, and the test of this module reads
    /// every one without error, so a mistake in one cannot reach a user.
    fn load(language: Language) -> Bundle {
        let locale = language.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![locale]);
        // Isolation marks would show as `\u{2068}` on a terminal; the
        // preview's page isolates with `dir` instead.
        bundle.set_use_isolating(false);
        for (_, _, text) in FILES.iter().filter(|(l, _, _)| *l == language) {
            let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _)| partial);
            bundle.add_resource_overriding(resource);
        }
        Bundle(bundle)
    }

    fn format(&self, message: &Message, language: Language) -> String {
        let Some(pattern) = self.0.get_message(message.id).and_then(|m| m.value()) else {
            // Only reachable by a message file missing an id, which the
            // tests refuse; the id still tells a developer what was meant.
            return fallback(message, language);
        };
        let mut args = FluentArgs::new();
        for (name, value) in &message.args {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.as_str()),
                Arg::Count(n) => FluentValue::from(*n),
                Arg::Message(inner) => FluentValue::from(inner.in_language(language)),
            };
            args.set(*name, value);
        }
        let mut errors = Vec::new();
        let text = self.0.format_pattern(pattern, Some(&args), &mut errors).into_owned();
        debug_assert!(errors.is_empty(), "message `{}` in {}: {errors:?}", message.id, language.code());
        text
    }
}

fn fallback(message: &Message, language: Language) -> String {
    if language != Language::English {
        return message.in_language(Language::English);
    }
    let values: Vec<String> = message.args.iter().map(|(n, v)| format!("{n}={v:?}")).collect();
    format!("{} {}", message.id, values.join(" "))
}

#[cfg(test)]
mod tests;

/// Why the system refused to read or write a file, said in the run's
/// language for the usual reasons and as the system says it otherwise.
pub fn io_reason(error: &std::io::Error) -> Message {
    use std::io::ErrorKind;
    match error.kind() {
        ErrorKind::NotFound => msg!("io-not-found"),
        ErrorKind::PermissionDenied => msg!("io-permission-denied"),
        ErrorKind::IsADirectory => msg!("io-is-a-folder"),
        ErrorKind::NotADirectory => msg!("io-not-a-folder"),
        ErrorKind::AlreadyExists => msg!("io-already-exists"),
        ErrorKind::StorageFull => msg!("io-disk-full"),
        ErrorKind::ReadOnlyFilesystem => msg!("io-read-only"),
        _ => msg!("io-other", detail = error.to_string()),
    }
}
