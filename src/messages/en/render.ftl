## Writing the pages (src/render/mod.rs).

# $path: the output file; $reason: why the system refused
render-cannot-write = cannot write { $path }: { $reason }

## What a shortcode puts in a page (src/render/page_host.rs).

render-shortcode-no-data = this site has no data/ folder, so no statistics
# $name: the shortcode's name
render-shortcode-needs-year = the { $name } shortcode needs a year
# $text: what was written where the year goes
render-shortcode-not-a-year = `{ $text }` is not a year
render-placeholder-needs-text = the placeholder shortcode needs the text to show, like `{"{{"}< placeholder "phone number" >{"}}"}`
render-stat-needs-dataset = the stat shortcode needs a dataset, like `{"{{"}< stat "cases" 2025 >{"}}"}`
# $name: the dataset's id as written
render-shortcode-no-such-dataset = data/schema.yaml has no dataset `{ $name }`
render-shortcode-no-rows = the data has no rows for { $year }
render-stats-table-needs-table = the stats-table shortcode needs a table id, like `{"{{"}< stats-table "women-by-month" 2025 >{"}}"}`
# $id: the table's id as written
render-shortcode-no-such-table = data/schema.yaml has no table `{ $id }`
render-helplines-none = site.yaml has no `helplines:` to show
# $src: the image's address as written; $lang: the page's language code
render-image-outside-language = the image `{ $src }` is outside content/{ $lang }/
# $path: the file amal looked for
render-image-not-found = there is no image `{ $src }` beside the page: { $path } does not exist
# $name: the shortcode's name as written; $meant: the nearest known shortcode
render-unknown-shortcode-did-you-mean = unknown shortcode `{ $name }`; did you mean `{ $meant }`?
render-unknown-shortcode = unknown shortcode `{ $name }`
# $takes: how many arguments the shortcode takes; $parameters: their names; $given: how many the call gives
render-shortcode-too-many-arguments = `{ $name }` takes { $takes ->
    [0] no argument
    [one] one argument ({ $parameters })
   *[other] { $takes } arguments ({ $parameters })
}, but this call gives { $given }; remove the extra ones
# $fixed: the call written with its text in quotes
render-shortcode-too-many-arguments-quote = `{ $name }` takes { $takes ->
    [0] no argument
    [one] one argument ({ $parameters })
   *[other] { $takes } arguments ({ $parameters })
}, but this call gives { $given }; a text with spaces goes in quotes: `{ $fixed }`
# $message: the template's error; $path: the template; $line: its line
render-shortcode-template-failed-at = { $message } ({ $path }:{ $line })
render-shortcode-template-failed = { $message } ({ $path })

## One page and its template (src/render/page.rs).

# $template: the template's name; $meant: the nearest template there is
render-no-such-template-did-you-mean = the template `{ $template }` does not exist; did you mean `{ $meant }`?
render-no-such-template = the template `{ $template }` does not exist
render-no-such-template-hint = name a file of the theme's templates/ folder or of the site's templates/ folder

## Links to a heading of a page (src/render/anchors.rs).

# $link: the link as written; $fragment: the heading's id; $page: the file of the page linked to
render-anchor-missing = the link `{ $link }` leads to the heading `#{ $fragment }`, which { $page } does not have
# $path: the page as written in the link; $id: the nearest heading; $then: render-anchor-headings or render-anchor-no-headings
render-anchor-did-you-mean = did you mean `@/{ $path }#{ $id }`? { $then }
render-anchor-no-headings = That page has no headings to link to.
# $headings: the first headings' ids; $hidden: how many more there are
render-anchor-headings = Its headings are { $headings }{ $hidden ->
    [0] .
   *[other] , …
}

## Requests to other sites (src/render/other_site.rs).

# $path: the output file; $url: the address on another site
render-file-loads-from-another-site = { $path } loads { $url } from another site
render-loads-from-another-site = loads { $url } from another site
render-loads-from-another-site-hint = readers' browsers must never contact another site (it would tell it who reads this site); save the file in the site's static/ folder and link to it there

## Images and static files (src/render/files.rs).

render-not-the-image-cache = this folder is not amal's image cache (it has no CACHEDIR.TAG), so amal neither reads nor writes it
render-image-cache-hint = rename or move the folder: amal keeps the copies of photos there, beside the output folder
# $kilobytes: the copy's weight; $width: its width in pixels; $format: its file type, like "webp"; $budget: the limit in KB
render-photo-too-heavy = a phone downloads { $kilobytes } KB for this photo ({ $width } pixels wide, { $format }), more than the { $budget } KB a page's photo should weigh on a slow connection
render-photo-too-heavy-hint = crop the photo to what matters, or choose one with less fine detail (foliage, gravel and crowds weigh the most)

## amal check: links in the built pages (src/check/links.rs).

# $link: the link as written in the HTML
render-check-link-outside-site = the link `{ $link }` leads outside the site
# $target: the output file the link leads to
render-check-link-to-missing-file = the link `{ $link }` leads to { $target }, which the build does not produce
# $anchor: the id after #
render-check-link-to-missing-anchor = the link `{ $link }` points to the anchor #{ $anchor }, which { $target } does not have
render-check-link-from-template-hint = the link comes from the page's template
render-check-link-hint = link to pages with `@/path/to/page.md#anchor`; anchors are heading ids

## What a publishing build refuses (src/check/publishing.rs).

render-check-no-helplines = the site gives no emergency number: the help page, the home page and the bar on every page have no number to call
render-check-no-helplines-hint = add `helplines:` to site.yaml with the national emergency numbers (README, “Emergency numbers”)
# $text: the placeholder's text
render-check-placeholder-on-home = placeholder left on the home page: «{ $text }»
render-check-placeholder-in-menu = placeholder left on a page of the menu: «{ $text }»
render-check-placeholder-publish-hint = replace it with the real detail before publishing, or remove the line: a woman looking for help would meet it first
render-check-placeholder-preview-hint = a publishing build (`amal build --publish`) refuses it until it is replaced
