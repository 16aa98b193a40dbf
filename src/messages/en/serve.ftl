## amal serve: what the terminal says

serve-cannot-open-site = { $site }: error: cannot open the site folder: { $reason }
# $address: the computer's address and port, like 127.0.0.1:1111.
serve-cannot-listen = error: cannot listen on { $address }: { $reason }
serve-cannot-listen-hint = {"  "}= hint: choose another port with --port
serve-reachable-from-network = warning: the preview is reachable from the network at { $address }; anyone who can reach it can read the drafts
serve-cannot-watch = error: cannot watch the site for changes: { $detail }
serve-serving = Serving { $site } at { $url }
serve-stop-with-ctrl-c = Press Ctrl-C to stop.
serve-stopped = Stopped.
# $cause: the file whose change started the rebuild; $scope: what was rebuilt.
serve-rebuilt = Rebuilt in { $milliseconds } ms ({ $cause }; { $scope })
# What started the first build, shown as $cause.
serve-start = start
serve-rebuilt-whole-site = whole site
serve-rebuilt-pages = { $count ->
    [one] 1 page
   *[other] { $count } pages
}
serve-rebuilt-templates = { $count ->
    [one] template of 1 page
   *[other] templates of { $count } pages
}
serve-build-failed = Build failed ({ $cause }); still serving the last good version.
serve-no-browser = warning: could not open a browser; visit { $url }

## What a browser is told when the preview refuses a request

serve-refused-host = this preview answers only to localhost and IP addresses
serve-refused-body = the preview takes no request body
serve-refused-busy = too many connections to the preview at once

## The panel over the page while the site does not build

serve-overlay-title = { $errors ->
    [0] The last change needs a look
    [one] One thing to fix before the preview can show your change
   *[other] { $errors } things to fix before the preview can show your change
}
serve-overlay-intro = Behind this panel, the preview keeps the last version that worked. Fix the file and save it: this panel goes away by itself.
serve-overlay-where-line-column = In `{ $file }`, line { $line }, character { $column }:
serve-overlay-where-line = In `{ $file }`, line { $line }:
serve-overlay-where = In `{ $file }`
serve-overlay-what-to-do = What to do:

## The note over a draft's page

serve-draft-title = This page is a draft
serve-draft-why = `{ $file }` says `draft: true`, so it is not part of the site, and the preview leaves it out too.
serve-draft-what-to-do = To see it here, stop the preview (Ctrl-C) and start it again with `amal serve --drafts`. To publish it, remove the line `draft: true`.
