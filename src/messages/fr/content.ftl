# review: pending (amal's own words, translated by the project: to be read by a native speaker)
## Pages, sections and the files beside them (src/site/content.rs).

content-no-content-folder = il n’y a pas de dossier content
content-no-content-folder-hint = créez content/<lang>/_index.md pour chaque langue de site.yaml
content-file-outside-languages = un fichier placé directement dans content/ n’appartient à aucune langue
content-file-outside-languages-hint = déplacez-le dans content/<lang>/
# $name: the folder's name
content-undeclared-language = `{ $name }` n’est pas une langue déclarée dans site.yaml
# $declared: the language codes of site.yaml, like "fr, ar"
content-undeclared-language-hint = déclarez-la sous `languages:` dans site.yaml, ou renommez le dossier avec l’un de ces codes : { $declared }
content-language-folder-links-out = ce lien symbolique (raccourci) mène en dehors du site
content-language-folder-links-out-hint = copiez le dossier dans le site au lieu d’y mettre un lien symbolique (raccourci) vers lui
# $detail: the system's reason, in English
content-cannot-list = lecture impossible : { $reason }
content-folder-loop = un dossier est ici un lien symbolique (raccourci) vers l’un des dossiers qui le contiennent : il serait lu sans fin
content-cannot-read = lecture impossible : { $reason }
content-changed-while-building = le fichier a été modifié pendant la construction du site
content-changed-while-building-hint = construisez le site de nouveau une fois le fichier enregistré
# $other: the other page's file; $lang: a language code; $key: the page's path
content-same-address = cette page et { $other } seraient toutes deux publiées à l’adresse /{ $lang }/{ $key }/
content-same-address-hint = renommez ou supprimez l’une des deux

## The site's pages, checked together (src/site/mod.rs).

# $lang: a language code
content-no-home-page = la langue `{ $lang }` n’a pas de page d’accueil
content-no-home-page-hint = créez ce fichier avec un en-tête de page contenant `title:` ; chaque langue a besoin d’une page d’accueil
# $key: the message's id; $folder: the language's folder of .ftl files
content-theme-message-missing = le message Fluent `{ $key }` manque dans { $folder }/
content-theme-message-missing-hint = ajoutez `{ $key } = …` à un fichier .ftl de { $folder }/
content-date-message-missing = le message Fluent `{ $key }` manque ; amal en a besoin pour écrire les dates
content-date-message-missing-hint = ajoutez `{ $key } = …` (voir locales/fr/ pour un exemple)
content-statistics-message-missing = le message Fluent `{ $key }` manque ; les statistiques en ont besoin
content-statistics-message-missing-hint = ajoutez `{ $key } = …` à un fichier .ftl de { $folder }/ (data/schema.yaml déclare les tableaux et les catégories)
content-takes-statistics-address = cette page prend l’adresse de la page des statistiques de { $year }
content-takes-statistics-address-hint = renommez-la : amal crée statistics/<year>/ à partir des données

## The front matter (src/site/front_matter/).

content-no-front-matter = la page ne commence pas par un en-tête de page
content-no-front-matter-hint = commencez le fichier par une ligne `---`, puis `title: …`, puis une ligne `---` qui ferme l’en-tête
content-front-matter-not-closed = l’en-tête de la page ouvert à la ligne 1 n’est jamais fermé
content-front-matter-not-closed-hint = ajoutez une ligne `---` après la dernière clé de l’en-tête
content-front-matter-empty = l’en-tête de la page est vide
content-front-matter-empty-hint = chaque page a besoin au moins de `title: …`
content-title-empty = le titre est vide
content-title-empty-hint = écrivez le titre de la page après `title:`
# $text: the value of `translated_from:` as written
content-translated-from-invalid = `{ $text }` n’est pas une langue suivie d’une version, comme "fr 1a2b3c4d5e6f7a8b" (c’est amal translated qui l’écrit)
