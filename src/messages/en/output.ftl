## Where the site is built (src/output/out_dir.rs).

out-would-replace-site = this output folder would replace the site's own files
out-would-replace-site-leading-to = this output folder would replace the site's own files (it leads to { $real })
out-would-replace-site-hint = build into a folder of its own, like `public`
# $reason: why the system could not read the folder
output-cannot-read-folder = cannot read this folder: { $reason }
# $names: the first few files' names, separated by commas
output-folder-not-amals = this folder already holds files that amal did not write: { $names }
# $more: how many other files there are
output-folder-not-amals-and-more = this folder already holds files that amal did not write: { $names } and { $more } more
output-folder-not-amals-hint = build into a new or empty folder; or, to build into this one, add --force: amal then leaves every file it did not write where it is and lists them

## The site's files (src/output/files.rs).

# $path: where the file would be published; $existing: the file already published there
output-same-path = this would be published at { $path }, where { $existing } is already published
output-same-path-hint = rename one of the two files
# $other: the path already taken, written differently
output-same-path-folded = this would be published at { $path }, which a USB stick or a Mac cannot tell from { $other }, where { $existing } is published
output-same-path-folded-hint = rename one of the two files: names that differ only by capitals or accents written two ways are one file there

## Writing the output folder (src/output/staging.rs).

# $reason: why the system could not read it
output-cannot-read-current-because = cannot read the current output: { $reason }
output-cannot-read-current = cannot read the current output
# $path: a file or folder in the output folder
output-is-a-file = { $path } is a file, not a folder
output-in-the-way = { $path } is in the way of the site's own files and amal did not write it; move it elsewhere
output-waiting-for-other-build = Another amal build is writing to this folder; waiting for it to finish…
