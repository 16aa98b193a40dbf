## amal build

cli-cannot-write-site = cannot write the site: { $reason }
cli-cannot-write-site-hint = the previous output was left as it was
# $names: up to ten file names, separated by commas; $more: how many more.
cli-file-list = { $names }{ $more ->
    [0] {""}
   *[other] , and { $more } more
}
cli-kept-foreign = left as they were, not written by amal: { $files }
cli-kept-foreign-hint = they will be published with the site if you copy this folder; remove them if they do not belong
cli-kept-replaced = replaced with the site's own files of the same name: { $files }
cli-kept-unlinked = links removed where the site puts its own files (what they led to is untouched): { $files }
# $milliseconds: how long the build took.
cli-built = Built { $pages ->
    [one] 1 page
   *[other] { $pages } pages
} into { $out } in { $milliseconds } ms{ $warnings ->
    [0] {""}
    [one] {" "}(1 warning)
   *[other] {" "}({ $warnings } warnings)
}
cli-build-failed = Build failed with { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}; the previous output was left as it was.

## Files amal writes or reads for a command

cli-cannot-read-file = cannot read: { $reason }
cli-cannot-write-file = cannot write: { $reason }

## amal new

cli-new-not-a-page-path = not a page path
cli-new-not-a-page-path-hint = write the path below content/<lang>/ without extension, like `news/open-day`
cli-new-exists = this page already exists
cli-new-exists-hint = choose another name, or edit the existing file
cli-new-cannot-create-folder = cannot create the folder: { $reason }
cli-new-cannot-keep-source = cannot keep the source's text: { $reason }
cli-new-created = created { $file }
cli-new-drafts = The pages are drafts, left out of the site: see them with `amal serve --drafts`, write them, set `draft: false`, and have the translations reviewed.

## amal translated

cli-translated-from-unknown = amal does not know which language this page was translated from
cli-translated-from-unknown-hint = say it once, like `amal translated --from { $other } { $file }`
cli-translated-not-another-language = `{ $from }` is not another language of the site
cli-translated-no-source = its source { $source } does not exist
cli-translated-up-to-date = { $file }: up to date with { $source } (version { $version })
cli-translated-not-a-page = not a page of the site
cli-translated-not-a-page-hint = name a translation's file, like content/ar/about.md

## amal --help: the commands and their options

cli-help-about = Builds a multilingual, private, fast website for a women's support centre
cli-help-usage = Usage:
cli-help-commands = Commands
cli-help-options = Options
cli-help-arguments = Arguments
cli-help-help = Print help
cli-help-version = Print version
cli-help-help-command = Print this message or the help of the given subcommand(s)
cli-help-build = Render the site into the output folder (public/ by default)
cli-help-check = Validate everything, check links, and report missing translations, translations awaiting review and placeholders, without writing
cli-help-serve = Preview the site: build it, serve it on this computer, and rebuild and reload the browser on every saved change
cli-help-new = Create a page in every language, e.g. `amal new news/open-day`
cli-help-translated = Mark translations as up to date with their source page as it is now, so that `amal check` says when the source changes, and what changed
cli-help-site = The site's folder (holding site.yaml)
cli-help-drafts = Include pages marked `draft: true`
cli-help-out = Where to write the site (default: <site>/public)
cli-help-base-url = Use this base URL instead of site.yaml's (for deploy previews)
cli-help-timings = Print how long each phase of the build took
cli-help-force = Build into an existing folder that amal did not make (its other files are left where they are, and listed)
cli-help-publish-build = Build the site to publish: placeholders on the home page or a page of the menu, or no emergency number, stop the build
cli-help-publish-check = Check as a publishing build would: placeholders on the home page or a page of the menu, or no emergency number, are errors
cli-help-format = `text` for people, `json` for tools (one object on standard output)
cli-help-port = The port to listen on (0 picks a free one)
cli-help-bind = The address to listen on. Anything but loopback exposes the drafts to the network
cli-help-open = Open the preview in the default browser
cli-help-path = Path below content/<lang>/, without extension
cli-help-files = The translations' files, like content/ar/about.md
cli-help-from = The language they were translated from (needed the first time)

## A command line amal cannot read

cli-misread-command = `{ $typed }` is not a command of amal
cli-misread-option = `{ $typed }` is not an option of this command
# $option: the option, like --format; $typed: the value given to it.
cli-misread-value = `{ $typed }` is not a value `{ $option }` takes
cli-misread-missing = this command needs { $missing }
cli-misread-did-you-mean = did you mean `{ $meant }`?
cli-misread-values = write one of: { $values }
cli-misread-help = `amal --help` lists the commands, and `amal <command> --help` their options
