## amal check: the report, grouped by what to do

check-fix-first = To fix first: { $errors ->
    [one] 1 error (listed above, with its file and line).
   *[other] { $errors } errors (listed above, with each one's file and line).
}
check-before-publishing = Before publishing:
check-placeholders = Placeholders left to replace with real details ({ $count }):
check-unconfirmed = Helplines proposed but not confirmed by the centre, not published ({ $count }):
check-missing = Pages missing per language:
check-short = Translations with under half the words of another language's version, to complete ({ $count }):
# $file has $words words; $longest, the same page in another language, has $most.
check-short-one = { $file }: { $words ->
    [one] 1 word
   *[other] { $words } words
}; { $longest } has { $most }
check-stale = Translations whose source changed since they were made ({ $count }):
check-stale-one = { $file }: { $source } changed since; once the translation says the same, run `amal translated { $file }`
check-stale-more-lines = { $count ->
    [one] … and 1 more line
   *[other] … and { $count } more lines
}
check-stale-not-kept = (the text it was made from was not kept in { $folder })
check-pending-review = Translations awaiting review by a native speaker ({ $count }):

## The last line: counts

check-summary-counts = { $errors }, { $warnings }
check-summary-complete = { $counts }; before publishing: { $todo }
check-summary-incomplete = { $counts }; placeholders and translations are counted once the errors are fixed
check-list-separator = {", "}
check-summary-errors = { $count ->
    [one] 1 error
   *[other] { $count } errors
}
check-summary-warnings = { $count ->
    [one] 1 warning
   *[other] { $count } warnings
}
check-summary-placeholders = { $count ->
    [one] 1 placeholder
   *[other] { $count } placeholders
}
check-summary-pending-review = { $count ->
    [one] 1 translation awaiting review
   *[other] { $count } translations awaiting review
}
check-summary-stale = { $count ->
    [one] 1 translation whose source changed
   *[other] { $count } translations whose source changed
}
check-summary-short = { $count ->
    [one] 1 short translation
   *[other] { $count } short translations
}
check-summary-missing = { $count ->
    [one] 1 missing page
   *[other] { $count } missing pages
}
check-summary-unconfirmed = { $count ->
    [one] 1 helpline to confirm
   *[other] { $count } helplines to confirm
}
