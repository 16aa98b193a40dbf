# review: pending (amal's own words, translated by the project: to be read by a native speaker)
## The theme and its templates (src/templates/theme.rs).

# $theme: the theme's name, as written in site.yaml
templates-no-theme = le thème `{ $theme }` n’est pas dans themes/
# $folder: the theme's folder, like themes/default
templates-no-theme-hint = créez { $folder }/ ou donnez à `theme:` le nom d’un dossier de themes/
# $reason: why the system could not read the file
templates-cannot-read = lecture impossible : { $reason }

## Rendering a page with its template (src/templates/mod.rs).

# $name: the template's name, like page.html
templates-output-not-utf8 = le gabarit `{ $name }` a produit un texte qui n’est pas en UTF-8

## tera's errors (src/templates/errors.rs).

templates-hint = les gabarits suivent la syntaxe de tera 2 (https://keats.github.io/tera/docs/) ; les mots viennent de t(key="…")
# $name: the name the template uses that does not exist
templates-unknown-filter = filtre inconnu : `{ $name }`
templates-unknown-test = test inconnu : `{ $name }`
templates-unknown-function = fonction inconnue : `{ $name }`
templates-unknown-component = composant inconnu : `{ $name }`
templates-unknown-template = gabarit inconnu : `{ $name }`
# $detail: what tera says, in English
templates-unknown = { $detail }
templates-syntax-error = erreur de syntaxe dans le gabarit : { $detail }
templates-error = { $detail }

## The `t` function templates call (src/templates/translate.rs).

# $key: the message's id
templates-t-needs-lang = t(key="{ $key }") a besoin ici de lang=… : aucune langue de page n’est définie

templates-extends-missing = ce gabarit étend `{ $parent }`, qui n’est pas un gabarit du thème ni du site
templates-extends-missing-did-you-mean = ce gabarit étend `{ $parent }`, qui n’existe pas ; vouliez-vous dire `{ $meant }` ?
templates-extends-circle = ces gabarits s’étendent l’un l’autre en boucle : { $chain }
templates-includes-circle = ces gabarits s’incluent l’un l’autre en boucle : { $chain }
