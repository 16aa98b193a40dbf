## A page's Markdown (src/markdown/mod.rs).

# $depth: the deepest nesting allowed
markdown-html-too-deep = raw HTML nested more than { $depth } levels deep
markdown-html-too-deep-hint = close the elements you open: no layout needs such depth
markdown-shortcode-syntax-hint = shortcodes are written `{"{{"}< name "argument" >{"}}"}`
markdown-shortcode-failed-hint = shortcodes are written `{"{{"}< name "argument" >{"}}"}`; see README.md for the list
# $src: the image's address as written
markdown-image-no-alt = the image `{ $src }` has no text saying what it shows
markdown-image-no-alt-hint = write what it shows between the brackets, in the page's language, for readers who cannot see it: ![Deux femmes devant le centre](photo.jpg); only an image that is pure decoration may say ![decorative](photo.jpg)
markdown-image-from-another-site = the image `{ $src }` is loaded from another site
markdown-image-from-another-site-hint = save the image beside the page in content/ and link to it by its file name: readers must never make requests to other sites
markdown-image-not-found-hint = put the image in the page's folder under content/ and write its file name, like ![…](photo.jpg)
# $finding: what was removed, like "the <script> element"
markdown-raw-html-removed = raw HTML: { $finding } was removed
markdown-raw-html-removed-hint = pages may use plain HTML for layout, but never scripts, frames, styles or event handlers
# $link: the link as written
markdown-link-to-no-page = the link `{ $link }` points to no page of this language
markdown-link-to-no-page-hint = write the path of a file under content/<lang>/, like `@/services/listening.md`
markdown-link-to-no-page-did-you-mean = did you mean `@/{ $meant }`?
markdown-link-unsafe-scheme = the link `{ $link }` uses an unsafe URL scheme and was removed
markdown-link-unsafe-scheme-hint = links may use http, https, mailto and tel

## What raw HTML loses (src/markdown/sanitize.rs), shown inside markdown-raw-html-removed.

# $name: an HTML element's name, like "script"
markdown-removed-element = the <{ $name }> element
# $attribute: an attribute's name, like "onclick"
markdown-removed-event-handler = the event handler `{ $attribute }` on <{ $name }>
markdown-removed-attribute = the `{ $attribute }` attribute on <{ $name }>
markdown-removed-unsafe-url = the unsafe URL in `{ $attribute }` on <{ $name }>

## How a shortcode call is written (src/markdown/shortcode_syntax.rs).

markdown-shortcode-not-closed = this shortcode is never closed with `>{"}}"}`
# $name: the word written where the shortcode's name goes
markdown-shortcode-bad-name = `{ $name }` is not a shortcode name
markdown-shortcode-no-name = a shortcode needs a name, like `{"{{"}< placeholder "…" >{"}}"}`
# $key: the argument's name
markdown-shortcode-argument-twice = the argument `{ $key }` is given twice
markdown-shortcode-bad-argument-name = `{ $key }` is not an argument name
markdown-shortcode-quote-not-closed = a quoted argument is never closed with `"`
