## How every report is printed, whatever it says.

diagnostic-error = error
diagnostic-warning = warning
# $label: error, warning or hint; $text: what it says
diagnostic-labelled = { $label }: { $text }
diagnostic-hint = hint
diagnostic-while-rendering = while rendering { $page }{ $more ->
    [0] {""}
    [one] {" "}and 1 more page
   *[other] {" "}and { $more } more pages
}

## Why a file could not be read or written (shown inside other messages).

io-not-found = No such file or directory (os error 2)
io-permission-denied = Permission denied (os error 13)
io-is-a-folder = Is a directory (os error 21)
io-not-a-folder = Not a directory (os error 20)
io-already-exists = File exists (os error 17)
io-disk-full = No space left on device (os error 28)
io-read-only = Read-only file system (os error 30)
io-other = { $detail }
