## The theme and its templates (src/templates/theme.rs).

# $theme: the theme's name, as written in site.yaml
templates-no-theme = the theme `{ $theme }` is not in themes/
# $folder: the theme's folder, like themes/default
templates-no-theme-hint = create { $folder }/ or set `theme:` to a folder under themes/
# $reason: why the system could not read the file
templates-cannot-read = cannot read: { $reason }

## Rendering a page with its template (src/templates/mod.rs).

# $name: the template's name, like page.html
templates-output-not-utf8 = the template `{ $name }` wrote text that is not UTF-8

## tera's errors (src/templates/errors.rs).

templates-hint = templates use tera 2 syntax (https://keats.github.io/tera/docs/); words come from t(key="…")
# $name: the name the template uses that does not exist
templates-unknown-filter = Unknown filter `{ $name }`
templates-unknown-test = Unknown test `{ $name }`
templates-unknown-function = Unknown function `{ $name }`
templates-unknown-component = Unknown component `{ $name }`
templates-unknown-template = Unknown template `{ $name }`
# $detail: what tera says, in English
templates-unknown = { $detail }
templates-syntax-error = template syntax error: { $detail }
templates-error = { $detail }

## The `t` function templates call (src/templates/translate.rs).

# $key: the message's id
templates-t-needs-lang = t(key="{ $key }") needs lang=… here: no page language is set

templates-extends-missing = this template extends `{ $parent }`, which is not a template of the theme or of the site
templates-extends-missing-did-you-mean = this template extends `{ $parent }`, which does not exist; did you mean `{ $meant }`?
# $chain: the templates' names, each extending the next.
templates-extends-circle = these templates extend each other in a circle: { $chain }
templates-includes-circle = these templates include each other in a circle: { $chain }
