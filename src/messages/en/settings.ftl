## The site's settings: site.yaml (src/config.rs).

# What `quick_exit_url:` takes; shown after "expected" in the YAML reader's message.
settings-quick-exit-expecting = an https:// address, or one per language like `fr: https://…`
# $reason: why the system could not read the file
settings-cannot-read = cannot read the site settings: { $reason }
settings-cannot-read-hint = run amal in the site's folder, or name it with --site DIR
# $url: the address as written in site.yaml
settings-base-url-not-absolute = base_url `{ $url }` is not an absolute URL
settings-base-url-not-absolute-hint = write the full address, like `https://example.org/`
# $min_count: the number written in site.yaml
settings-min-count-too-small = privacy.min_count { $min_count } is too small to protect anyone
# $allowed: the smallest number allowed
settings-min-count-too-small-hint = use { $allowed } or more; 5 is usual
# $code: a language code
settings-default-language-unknown = default_language `{ $code }` is not one of the declared languages
settings-default-language-unknown-hint = use the code of a language listed under `languages:`
settings-menu-entry-not-a-path = menu entry `{ $entry }` is not a content path
settings-menu-entry-not-a-path-hint = write paths under content/<lang>/ without extension, like `services`
settings-helplines-empty = helplines lists no number
settings-helplines-empty-hint = list the emergency numbers under `numbers:`, or remove `helplines:`
# $id: the helpline's id, as written in site.yaml
settings-helpline-id-not-a-name = helpline id `{ $id }` is not a name
settings-helpline-id-not-a-name-hint = use lowercase letters, digits and dashes, like `police`: it names the Fluent message helpline-<id>
settings-helpline-listed-twice = helpline `{ $id }` is listed twice
# $number: the telephone number as written in site.yaml
settings-helpline-not-a-number = helpline `{ $id }`: `{ $number }` is not a telephone number
settings-helpline-not-a-number-hint = write only digits and spaces, with + before an international number
settings-quick-exit-not-https = quick_exit_url must be an https:// address
settings-quick-exit-not-https-hint = choose a neutral page, like a weather or news site
# $lang: a language code
settings-quick-exit-unknown-language = quick_exit_url names `{ $lang }`, which is not a language of this site
settings-quick-exit-unknown-language-hint = name a language of `languages:`, or remove this line
settings-no-language = no language is declared
settings-no-language-hint = list at least one language under `languages:` with its code and name
settings-not-a-language-tag = `{ $code }` is not a BCP 47 language tag
settings-not-a-language-tag-hint = use a tag like `fr`, `ar` or `zgh`
settings-language-declared-twice = language `{ $code }` is declared twice
# $rules: the language tag written after `plural_rules:`
settings-plural-rules-unknown = CLDR has no plural rules for `{ $rules }`
settings-plural-rules-unknown-hint = name a language tag that CLDR knows, like `tzm` or `fr`
settings-no-plural-rules = CLDR has no plural rules for `{ $code }`, so counts could not choose their plural form
settings-no-plural-rules-hint = add `plural_rules: <tag>` to the `{ $code }` language, naming a language whose rules match (for Standard Moroccan Amazigh, `tzm`); ask a translator which

## The theme's words: locales/<lang>/*.ftl (src/i18n/mod.rs).

# $lang: a language code
settings-lookup-unknown-language = language `{ $lang }` has no Fluent files
# $key: the message's id
settings-lookup-missing = Fluent message `{ $key }` is missing in locales/{ $lang }/
settings-lookup-no-value = Fluent message `{ $key }` in locales/{ $lang }/ has no value
# $detail: what Fluent says went wrong, in English
settings-lookup-format = Fluent message `{ $key }` in locales/{ $lang }/: { $detail }
settings-no-fluent-files = no Fluent files for language `{ $lang }`
# $folder: the language's folder, like locales/fr
settings-no-fluent-files-hint = create { $folder }/ with the theme's messages, copied from another language
settings-fluent-cannot-read = cannot read: { $reason }
# $detail: what the Fluent reader says, in English
settings-fluent-syntax = Fluent syntax: { $detail }
settings-fluent-syntax-hint = see https://projectfluent.org/fluent/guide/ for the syntax
# $id: the message's id
settings-fluent-defined-twice = Fluent message `{ $id }` is defined twice for this language
# $path: the file of the first definition; $line: its line
settings-fluent-defined-twice-first-at = Fluent message `{ $id }` is defined twice for this language (first at { $path }:{ $line })
settings-fluent-defined-twice-hint = keep one definition; each language's files share one namespace
# $detail: what Fluent says, in English
settings-fluent-error = { $detail }
# The mistakes a translator makes in a Fluent file, shown as $detail above.
settings-fluent-brace-not-closed = a `{"{"}` opened here is not closed with `{"}"}`
settings-fluent-brace-not-opened = a `{"}"}` here closes no `{"{"}`
settings-fluent-message-empty = the message `{ $name }` has no text after its `=`
settings-fluent-no-default-variant = a choice (`->`) has no default: mark one of its lines with `*`, like `*[other]`
settings-fluent-quote-not-closed = a quote opened here is never closed
settings-fluent-unknown-variable = the message uses `{"{"} ${ $name } {"}"}`, which is not given here: use only the values this message has in the other languages
settings-fluent-unknown-message = the message uses the message `{ $name }`, which does not exist in this language
settings-fluent-other = { $detail }

## Reading the site's files (src/util/reading.rs).

settings-not-utf8-text = the file is not valid UTF-8 text
settings-not-utf8-text-hint = save the file as UTF-8 (in most editors: Save as… → Encoding: UTF-8)
settings-link-out-of-site = this link points outside the site
settings-link-out-of-site-hint = copy the file into the site instead of linking to it
settings-name-not-utf8 = this name is not valid UTF-8, so no browser could ask for it by name
settings-name-not-utf8-hint = rename it: letters of any script are fine once the name is saved as UTF-8
settings-not-a-file = this is not a file but a named pipe, a socket or a device; amal reads only files and folders
settings-not-a-file-hint = remove it from the site, or move it elsewhere

## Dates in the front matter and site.yaml (src/util/date.rs).

# $text: the date as written
settings-not-a-date = `{ $text }` is not a date written YYYY-MM-DD, like 2024-07-03
settings-not-a-calendar-day = `{ $text }` is not a day of the calendar

## YAML mistakes: front matter and site.yaml (src/util/yaml.rs).

# $detail: what the YAML reader says, in English, for the rarer mistakes
settings-yaml-error = { $detail }
settings-yaml-unknown-key = `{ $key }` is not a key amal knows here
# $keys: the keys allowed, separated by commas
settings-yaml-unknown-key-did-you-mean = did you mean `{ $meant }`? The keys allowed here are: { $keys }
settings-yaml-unknown-key-hint = check the spelling of the key; the keys allowed here are: { $keys }
settings-yaml-unknown-value = `{ $value }` is not one of the values this key takes
settings-yaml-unknown-value-did-you-mean = did you mean `{ $meant }`? The values allowed are: { $values }
settings-yaml-unknown-value-hint = write one of these values, spelled as here: { $values }
settings-yaml-missing-key = the key `{ $key }` is missing
settings-yaml-missing-key-hint = add a line `{ $key }: …`
settings-yaml-duplicate-key = the key `{ $key }` is written twice
settings-yaml-duplicate-key-hint = each key may appear only once; remove one of them
settings-yaml-not-a-whole-number = this value is not a whole number
settings-yaml-whole-number-hint = this key takes a whole number, like 3
settings-yaml-not-true-or-false = this value is neither `true` nor `false`
settings-yaml-true-or-false-hint = this key takes `true` or `false`
settings-yaml-not-a-text = this key takes a single value written on the same line, not a list or a group of keys
settings-yaml-not-a-text-hint = write the value after the key and its colon, like `title: Bienvenue` or `weight: 2`
settings-yaml-unclosed-quote = a quote opens here and is never closed
settings-yaml-unclosed-quote-hint = end the text with the same quote mark it starts with (`"` or `'`), or write it without quotes
settings-yaml-tab = this line is indented with a tab
settings-yaml-tabs-hint = YAML indents with spaces, never tabs
settings-yaml-colon-in-text = a colon followed by a space inside a text without quotes
settings-yaml-colon-in-text-hint = put the whole text in quotes, like `title: "Horaires : lundi"`
# $found: one of the settings-yaml-found-* below; $expected: what the key takes, as the YAML reader says it
settings-yaml-wrong-type = this value is { $found }, which this key does not take (it takes { $expected })
settings-yaml-found-list = a list
settings-yaml-found-keys = a group of keys
settings-yaml-found-number = a number
settings-yaml-found-true-or-false = `true` or `false`
settings-yaml-found-nothing = empty
settings-yaml-found-text = a text

