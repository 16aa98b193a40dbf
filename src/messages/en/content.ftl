## Pages, sections and the files beside them (src/site/content.rs).

content-no-content-folder = there is no content folder
content-no-content-folder-hint = create content/<lang>/_index.md for each language of site.yaml
content-file-outside-languages = files directly in content/ belong to no language
content-file-outside-languages-hint = move it into content/<lang>/
# $name: the folder's name
content-undeclared-language = `{ $name }` is not a language declared in site.yaml
# $declared: the language codes of site.yaml, like "fr, ar"
content-undeclared-language-hint = declare it under `languages:` in site.yaml, or rename the folder to one of: { $declared }
content-language-folder-links-out = this link points outside the site
content-language-folder-links-out-hint = copy the folder into the site instead of linking to it
# $detail: the system's reason, in English
content-cannot-list = cannot read: { $reason }
content-folder-loop = a folder here is a link to one of the folders it is in, so it would be read for ever
content-cannot-read = cannot read: { $reason }
content-changed-while-building = the file changed while the site was being built
content-changed-while-building-hint = build again once it is saved
# $other: the other page's file; $lang: a language code; $key: the page's path
content-same-address = this page and { $other } would both be published at /{ $lang }/{ $key }/
content-same-address-hint = rename or remove one of them

## The site's pages, checked together (src/site/mod.rs).

# $lang: a language code
content-no-home-page = the language `{ $lang }` has no home page
content-no-home-page-hint = create this file with a front matter `title:`; every language needs a home page
# $key: the message's id; $folder: the language's folder of .ftl files
content-theme-message-missing = Fluent message `{ $key }` is missing in { $folder }/
content-theme-message-missing-hint = add `{ $key } = …` to a .ftl file of { $folder }/
content-date-message-missing = Fluent message `{ $key }` is missing; amal needs it to write dates
content-date-message-missing-hint = add `{ $key } = …` (see locales/fr/ for an example)
content-statistics-message-missing = Fluent message `{ $key }` is missing; the statistics need it
content-statistics-message-missing-hint = add `{ $key } = …` to a .ftl file of { $folder }/ (data/schema.yaml declares the tables and categories)
content-takes-statistics-address = this page takes the address of the { $year } statistics page
content-takes-statistics-address-hint = rename it: amal makes statistics/<year>/ from the data

## The front matter (src/site/front_matter/).

content-no-front-matter = the page does not start with front matter
content-no-front-matter-hint = start the file with a line `---`, then `title: …`, then a closing `---`
content-front-matter-not-closed = the front matter opened on line 1 is never closed
content-front-matter-not-closed-hint = add a line `---` after the last front-matter key
content-front-matter-empty = the front matter is empty
content-front-matter-empty-hint = every page needs at least `title: …`
content-title-empty = the title is empty
content-title-empty-hint = write the page's title after `title:`
# $text: the value of `translated_from:` as written
content-translated-from-invalid = `{ $text }` is not a language and a version, like "fr 1a2b3c4d5e6f7a8b" (amal translated writes it)
