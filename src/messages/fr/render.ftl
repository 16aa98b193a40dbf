# review: pending (amal's own words, translated by the project: to be read by a native speaker)
## Writing the pages (src/render/mod.rs).

# $path: the output file; $reason: why the system refused
render-cannot-write = impossible d’écrire { $path } : { $reason }

## What a shortcode puts in a page (src/render/page_host.rs).

render-shortcode-no-data = ce site n’a pas de dossier data/, donc pas de statistiques
# $name: the shortcode's name
render-shortcode-needs-year = le shortcode { $name } a besoin d’une année
# $text: what was written where the year goes
render-shortcode-not-a-year = `{ $text }` n’est pas une année
render-placeholder-needs-text = le shortcode placeholder a besoin du texte à afficher, par exemple `{"{{"}< placeholder "numéro de téléphone" >{"}}"}`
render-stat-needs-dataset = le shortcode stat a besoin d’un jeu de données, par exemple `{"{{"}< stat "cases" 2025 >{"}}"}`
# $name: the dataset's id as written
render-shortcode-no-such-dataset = data/schema.yaml n’a pas de jeu de données `{ $name }`
render-shortcode-no-rows = les données n’ont aucune ligne pour { $year }
render-stats-table-needs-table = le shortcode stats-table a besoin de l’identifiant d’un tableau, par exemple `{"{{"}< stats-table "women-by-month" 2025 >{"}}"}`
# $id: the table's id as written
render-shortcode-no-such-table = data/schema.yaml n’a pas de tableau `{ $id }`
render-helplines-none = site.yaml n’a pas de `helplines:` à afficher
# $src: the image's address as written; $lang: the page's language code
render-image-outside-language = l’image `{ $src }` est en dehors de content/{ $lang }/
# $path: the file amal looked for
render-image-not-found = il n’y a pas d’image `{ $src }` à côté de la page : { $path } n’existe pas
# $name: the shortcode's name as written; $meant: the nearest known shortcode
render-unknown-shortcode-did-you-mean = shortcode inconnu `{ $name }` ; vouliez-vous dire `{ $meant }` ?
render-unknown-shortcode = shortcode inconnu `{ $name }`
# $takes: how many arguments the shortcode takes; $parameters: their names; $given: how many the call gives
render-shortcode-too-many-arguments = `{ $name }` { $takes ->
    [0] ne prend aucun argument
    [one] prend un seul argument ({ $parameters })
   *[other] prend { $takes } arguments ({ $parameters })
}, mais cet appel en donne { $given } ; retirez ceux qui sont en trop
# $fixed: the call written with its text in quotes
render-shortcode-too-many-arguments-quote = `{ $name }` { $takes ->
    [0] ne prend aucun argument
    [one] prend un seul argument ({ $parameters })
   *[other] prend { $takes } arguments ({ $parameters })
}, mais cet appel en donne { $given } ; un texte avec des espaces s’écrit entre guillemets : `{ $fixed }`
# $message: the template's error; $path: the template; $line: its line
render-shortcode-template-failed-at = { $message } ({ $path }:{ $line })
render-shortcode-template-failed = { $message } ({ $path })

## One page and its template (src/render/page.rs).

# $template: the template's name; $meant: the nearest template there is
render-no-such-template-did-you-mean = le gabarit `{ $template }` n’existe pas ; vouliez-vous dire `{ $meant }` ?
render-no-such-template = le gabarit `{ $template }` n’existe pas
render-no-such-template-hint = indiquez un fichier du dossier templates/ du thème ou du dossier templates/ du site

## Links to a heading of a page (src/render/anchors.rs).

# $link: the link as written; $fragment: the heading's id; $page: the file of the page linked to
render-anchor-missing = le lien `{ $link }` mène au titre `#{ $fragment }`, que { $page } n’a pas
# $path: the page as written in the link; $id: the nearest heading; $then: render-anchor-headings or render-anchor-no-headings
render-anchor-did-you-mean = vouliez-vous dire `@/{ $path }#{ $id }` ? { $then }
render-anchor-no-headings = Cette page n’a aucun titre vers lequel faire un lien.
# $headings: the first headings' ids; $hidden: how many more there are
render-anchor-headings = Ses titres sont { $headings }{ $hidden ->
    [0] .
   *[other] , …
}

## Requests to other sites (src/render/other_site.rs).

# $path: the output file; $url: the address on another site
render-file-loads-from-another-site = { $path } charge { $url } depuis un autre site
render-loads-from-another-site = charge { $url } depuis un autre site
render-loads-from-another-site-hint = le navigateur des lectrices ne doit jamais contacter un autre site (cela lui dirait qui lit ce site) ; enregistrez le fichier dans le dossier static/ du site et faites le lien vers lui à cet endroit

## Images and static files (src/render/files.rs).

render-not-the-image-cache = ce dossier n’est pas le cache d’images d’amal (il n’a pas de CACHEDIR.TAG), donc amal ne le lit pas et n’y écrit pas
render-image-cache-hint = renommez ou déplacez ce dossier : amal y garde les copies des photos, à côté du dossier de sortie
# $kilobytes: the copy's weight; $width: its width in pixels; $format: its file type, like "webp"; $budget: the limit in KB
render-photo-too-heavy = un téléphone télécharge { $kilobytes } Ko pour cette photo ({ $width } pixels de large, { $format }), plus que les { $budget } Ko que devrait peser la photo d’une page sur une connexion lente
render-photo-too-heavy-hint = recadrez la photo sur l’essentiel, ou choisissez-en une avec moins de détails fins (le feuillage, le gravier et les foules pèsent le plus)

## amal check: links in the built pages (src/check/links.rs).

# $link: the link as written in the HTML
render-check-link-outside-site = le lien `{ $link }` mène en dehors du site
# $target: the output file the link leads to
render-check-link-to-missing-file = le lien `{ $link }` mène à { $target }, que la construction du site ne produit pas
# $anchor: the id after #
render-check-link-to-missing-anchor = le lien `{ $link }` pointe vers le titre #{ $anchor }, que { $target } n’a pas
render-check-link-from-template-hint = le lien vient du gabarit de la page
render-check-link-hint = faites les liens vers les pages avec `@/path/to/page.md#anchor` ; ce qui suit # est l’identifiant d’un titre

## What a publishing build refuses (src/check/publishing.rs).

render-check-no-helplines = le site ne donne aucun numéro d’urgence : la page d’aide, la page d’accueil et la barre de chaque page n’ont aucun numéro à appeler
render-check-no-helplines-hint = ajoutez `helplines:` à site.yaml avec les numéros d’urgence nationaux (README, « Emergency numbers »)
# $text: the placeholder's text
render-check-placeholder-on-home = texte provisoire laissé sur la page d’accueil : « { $text } »
render-check-placeholder-in-menu = texte provisoire laissé sur une page du menu : « { $text } »
render-check-placeholder-publish-hint = remplacez-le par la vraie information avant de publier, ou supprimez la ligne : une femme qui cherche de l’aide le verrait en premier
render-check-placeholder-preview-hint = une construction pour publication (`amal build --publish`) le refuse tant qu’il n’est pas remplacé
