### review: pending
### Drafted without a native speaker: every line needs review.

stats-title = ⵜⵉⵙⵏⴰⵙⵉⴹⵉⵏ
stats-year-title = ⵜⵉⵙⵏⴰⵙⵉⴹⵉⵏ ⵏ { $year }
stats-synthetic-title = ⵉⵙⴼⴽⴰ ⵏ ⵓⵔⵎⵎⵓⵙ:
stats-synthetic-notice = ⵉⵎⴹⴰⵏⵏ ⴰⴷ ⵓⵔ ⴷ ⵉⵎⴹⴰⵏⵏ ⵏ ⵜⵉⴷⵜ ⵏ ⵓⵎⵎⴰⵙ.
stats-synthetic-mark = ⵉⵙⴼⴽⴰ ⵏ ⵓⵔⵎⵎⵓⵙ
stats-privacy-note = ⵉ ⵓⵃⵟⵟⵓ ⵏ ⵜⵎⵖⴰⵔⵉⵏ, ⵓⵔ ⵉⵜⵜⵓⵙⵙⵓⴼⵖ ⴰⵎⴹⴰⵏ ⵙⴳ 1 ⴰⵔ { $max }: ⴷ ⵢⴰⵍⵙ ⵎⴰⵎⴽ «< { $min }». ⴳ ⵓⵙⵏⵎⵍ ⵍⵍⵉ ⴳ ⵉⵍⵍⴰ, ⴰⴷ ⵉⵜⵜⵓⴼⴼⵔ ⵢⴰⵏ ⵓⵎⴹⴰⵏ ⵢⴰⴹⵏ; ⴰⵙⵏⵎⵍ ⵍⵍⵉ ⵓⵔ ⵉⵣⵎⵉⵔⵏ ⴰⴷ ⵉⴱⴰⵢⵏ ⵡⴰⵔ ⴰⵙⵉⵔⵓ ⵓⵔ ⵉⵜⵜⵓⵙⵙⵓⴼⵖ, ⴷ ⵓⵙⴳⴳⵯⴰⵙ ⵏ ⴷⵔⵓⵙ ⵏ { $few } ⵜⵎⵖⴰⵔⵉⵏ ⵓⵔ ⵉⵙⵎⵎⴰⵍ ⵖⴰⵙ ⴰⵎⵓⵔⵙ ⵏⵏⵙ.
stats-small = < { $min }
stats-hidden = ⵉⵜⵜⵓⴼⴼⵔ
stats-withheld = ⵓⵔ ⵉⵜⵜⵓⵙⵙⵓⴼⵖ ⵓⵙⵏⵎⵍ ⴰⴷ ⵉ { $year }: ⵉⵎⴹⴰⵏⵏ ⵏⵏⵙ ⵎⵥⵥⵉⵏ ⴱⵣⵣⴰⴼ, ⵣⵎⵔⵏ ⴰⴷ ⵙⵎⵎⵍⵏ ⵢⴰⵏ ⵓⴼⴳⴰⵏ. ⴰⵎⵓⵔⵙ: { $total }.
stats-percent = { $value } %
stats-change = ({ $percent } % ⵙ ⵓⵎⵢⴰⵏⴰⵡ ⴷ { $previous })
stats-total = ⴰⵎⵓⵔⵙ
stats-column-month = ⴰⵢⵢⵓⵔ
stats-column-category = ⵜⴰⴳⴳⴰⵢⵜ
stats-column-count = ⵓⵟⵟⵓⵏ
stats-column-share = ⴰⵙⵖⵍ
stats-note-multiple = ⵜⴰⵎⵖⴰⵔⵜ ⵜⵣⵎⵔ ⴰⴷ ⵜⵉⵍⵉ ⴳ ⵓⴳⴳⴰⵔ ⵏ ⵢⴰⵜ ⵜⴳⴳⴰⵢⵜ.
stats-open-data = ⵉⵙⴼⴽⴰ ⵉⵕⵥⵎⵏ
stats-download-csv = ⵜⵉⴼⵍⵡⵉⵏ (CSV)
stats-download-json = ⵜⵉⴼⵍⵡⵉⵏ (JSON)
stats-download-method = ⵜⴰⵏⵓⵜⵍⴰ ⵏ ⵜⵎⵏⵣⴰⵢⵜ
stats-method-note =
    ⵜⵉⵙⵏⴰⵙⵉⴹⵉⵏ ⵏ { $year }

    ⵉⵎⴹⴰⵏⵏ ⴰⴷ ⴷ ⵉⴽⴽⴰⵏ ⵙⴳ ⵉⵙⵍⵎⴰⴷⵏ ⵏ ⵓⵎⵎⴰⵙ ⵓⵔ ⵉⵍⵍⵉⵏ ⵙ ⵉⵙⵎ.
    ⵓⵔ ⵉⵜⵜⵓⵙⵙⵓⴼⵖ ⴰⵎⴹⴰⵏ ⴳⵔ 1 ⴷ { $max }: ⴷ ⵢⴰⵍⵙ ⵎⴰⵎⴽ «< { $min }».
    ⴳ ⵓⵙⵏⵎⵍ ⵍⵍⵉ ⴳ ⵉⵍⵍⴰ ⵓⵎⴹⴰⵏ ⴰⴷ, ⴰⴷ ⵉⵜⵜⵓⴼⴼⵔ ⵢⴰⵏ ⵓⵎⴹⴰⵏ ⵢⴰⴹⵏ («ⵉⵜⵜⵓⴼⴼⵔ»): ⴰⵎⴹⴰⵏ ⴰⵏⴳⴳⴰⵔⵓ ⵏ ⵓⵙⵏⵎⵍ ⵍⵍⵉ ⵓⵔ ⵉⴳⵉⵏ 0 ⵓⵍⴰ «< { $min }», ⴰⴷ ⵓⵔ ⵉⵜⵜⵓⴰⴼ ⵓⵎⴹⴰⵏ ⴰⵎⵥⵥⴰⵏ ⵙ ⵓⴽⴽⵙ ⵙⴳ ⵓⵎⵓⵔⵙ. ⵎⴽ ⵓⵔ ⵉⵙⵡⴰⵜ ⵓⵢⴰ, ⵓⵔ ⵉⵜⵜⵓⵙⵙⵓⴼⵖ ⵓⵙⵏⵎⵍ ⴰⴽⴽⵯ.
    ⵓⵔ ⵉⵜⵜⵓⵙⵙⴽⴰⵏ ⵓⵙⵏⵎⵍ ⵖⴰⵙ ⵎⴽ ⵉⵣⵔⵉ ⵓⵎⵓⵔⵙ ⵏⵏⵙ { $max } ⵜⵉⴽⴽⴰⵍ ⵎⴰⵏⵉⴽ ⴰⴷ ⴳⴰⵏ ⵜⵉⵙⵜⴰⵢ ⵏⵏⵙ: ⵎⴽ ⵓⵔ ⵉⵣⵔⵉ, ⵉⵎⴹⴰⵏⵏ ⵏⵏⵙ ⴰⴽⴽⵯ ⵣⵎⵔⵏ ⴰⴷ ⴳⵏ ⵉⵎⵥⵥⴰⵏⵏ, ⴷ ⵓⴼⴼⵓⵔ ⵏⵏⵙ ⵖⴰⵙ ⵎⴽ ⴳⴰⵏ ⴰⵢⵏⵏⴰ ⴰⴷ ⵜ ⵉⵙⵙⴽⵏ.
    ⴰⵙⴳⴳⵯⴰⵙ ⵍⵍⵉ ⴳ ⵉⵙⵏⵓⴱⴳ ⵓⵎⵎⴰⵙ ⴷⵔⵓⵙ ⵏ { $few } ⵜⵎⵖⴰⵔⵉⵏ (ⵏⵖ ⵉⵙⵙⵓⴷⵓ ⴷⵔⵓⵙ ⵏ { $few } ⵉⵎⵓⵙⵙⵓⵜⵏ) ⵓⵔ ⵉⵙⵎⵎⴰⵍ ⵖⴰⵙ ⴰⵎⵓⵔⵙ ⵏⵏⵙ.
    ⵉⵎⵓⵔⵙⵏ ⵓⵔ ⵜⵜⵓⴼⴼⵔⵏ ⴰⴱⴰⴷⴰ. ⵉⵍⵓⴳⵏ ⴰⴷ ⵍⴰⵏ ⵙ ⵡⴰⵏⵏⴰ ⵉⵔⴰⵏ ⴰⴷ ⵜⵏ ⵢⵉⵙⵙⵏ: ⵜⵓⵙⵙⵏⴰ ⵏⵏⵙⵏ ⵓⵔ ⵜⵙⵙⵓⴼⵓⵖ ⴰⵎⴹⴰⵏ ⵉⵜⵜⵓⴼⴼⵔⵏ.
    ⵜⵉⵙⵎⵎⴰⴹⵉⵏ (%) ⵙⴳ ⵉⵎⴹⴰⵏⵏ ⵉⵜⵜⵓⵙⵙⵓⴼⵖⵏ ⵖⴰⵙ.

stats-headline-cases = { $count ->
    [one] ⵉⵙⵏⵓⴱⴳ ⵓⵎⵎⴰⵙ { $count } ⵜⵎⵖⴰⵔⵜ ⴳ { $year }.
   *[other] ⵉⵙⵏⵓⴱⴳ ⵓⵎⵎⴰⵙ { $count } ⵜⵎⵖⴰⵔⵉⵏ ⴳ { $year }.
}
stats-headline-cases-withheld = ⵉⵙⵏⵓⴱⴳ ⵓⵎⵎⴰⵙ ⴷⵔⵓⵙ ⵏ { $min } ⵜⵎⵖⴰⵔⵉⵏ ⴳ { $year }.
stats-headline-activities = { $count ->
    [one] ⵉⵙⵙⵓⴷⵓ ⵓⵎⵎⴰⵙ { $count } ⵓⵎⵓⵙⵙⵓ ⴳ { $year }.
   *[other] ⵉⵙⵙⵓⴷⵓ ⵓⵎⵎⴰⵙ { $count } ⵉⵎⵓⵙⵙⵓⵜⵏ ⴳ { $year }.
}
stats-headline-activities-withheld = ⵉⵙⵙⵓⴷⵓ ⵓⵎⵎⴰⵙ ⴷⵔⵓⵙ ⵏ { $min } ⵉⵎⵓⵙⵙⵓⵜⵏ ⴳ { $year }.

stats-table-women-by-month = ⵜⵉⵎⵖⴰⵔⵉⵏ ⵙ ⵡⴰⵢⵢⵓⵔ
stats-table-women-by-age-band = ⵜⵉⵎⵖⴰⵔⵉⵏ ⵙ ⵡⴰⵜⵉⴳ ⵏ ⵓⵙⴳⴳⵯⴰⵙ
stats-table-women-by-service = ⵜⵉⵏⴰⴼⵓⵜⵉⵏ
stats-table-women-by-violence = ⵜⵉⵍⵖⴰ ⵏ ⵓⴼⵔⴰⴽ
stats-table-women-by-referral = ⵙⴳ ⵎⴰⵏⵉ ⴷ ⵜⵓⵛⴽⴰ
stats-table-women-by-outcome = ⴰⴷⴷⴰⴷ ⵏ ⵉⴼⵓⵛⴽⴰ
stats-table-women-by-commune = ⵜⴰⵎⵙⵍⵍⵉⵜ
stats-table-activities-by-kind = ⵉⵎⵓⵙⵙⵓⵜⵏ
stats-table-participants-by-kind = ⵉⵎⵜⵜⴰⴽⵏ

stats-age_band-under-18 = ⴷⴷⴰⵡ 18 ⵏ ⵓⵙⴳⴳⵯⴰⵙ
stats-age_band-18-24 = 18 – 24
stats-age_band-25-34 = 25 – 34
stats-age_band-35-44 = 35 – 44
stats-age_band-45-59 = 45 – 59
stats-age_band-60-plus = 60 ⴷ ⵓⴳⴳⴰⵔ

stats-services-reception = ⴰⵙⵏⵓⴱⴳ
stats-services-listening = ⵜⴰⵙⴼⵍⴷⵜ
stats-services-orientation = ⴰⵙⵏⵎⴰⵍ
stats-services-psychological-support = ⴰⵙⵏⴰⴷ ⴰⵏⴼⵙⴰⵏ
stats-services-awareness = ⴰⵙⵙⵏⵜⵉ ⵉ ⵓⵙⵏⵓⵔⵏ ⵏ ⵉⵣⵔⴼⴰⵏ
stats-services-follow-up = ⴰⴹⴼⴼⵓⵕ ⴷ ⵓⵎⵓⵏ
stats-services-economic-empowerment = ⴰⵙⵙⴽⵏⵓ ⴰⴷⵎⵙⴰⵏ ⴷ ⵓⵙⵎⴷⵢ ⴰⵙⵡⵓⵔⵉ
stats-services-family-mediation = ⴰⵙⵎⵎⴰⵙ ⴰⵡⵊⵊⴰⵏ
stats-services-shelter = ⴰⵙⵏⵙⵉ ⴰⵣⵔⵉⴱ ⴷ ⵓⴽⵓⴷⴰⵏ
stats-services-health-care = ⵜⵉⵣⵣⵓⵍⴰ ⵜⵉⵎⵣⵡⵓⵔⴰ
stats-services-social-legal-assistance = ⵜⴰⵡⵉⵙⵉ ⵜⴰⵏⴰⵎⵓⵏⵜ ⴷ ⵜⵏⵣⵔⴼⴰⵏⵜ

stats-violence-physical = ⴰⴼⵔⴰⴽ ⴰⴼⴳⴳⴰⵏ
stats-violence-sexual = ⴰⴼⵔⴰⴽ ⴰⵣⴰⵢⴰⵏ
stats-violence-psychological = ⴰⴼⵔⴰⴽ ⴰⵏⴼⵙⴰⵏ
stats-violence-economic = ⴰⴼⵔⴰⴽ ⴰⴷⵎⵙⴰⵏ

stats-referred_by-justice = ⵜⵉⵎⵥⵍⴰⵢ ⵜⵉⵏⵣⵔⴼⴰⵏⵉⵏ
stats-referred_by-security = ⵜⵉⵎⵥⵍⴰⵢ ⵏ ⵜⵖⵓⴷⵉ
stats-referred_by-health = ⵜⵉⵎⵥⵍⴰⵢ ⵏ ⵜⴷⵓⵙⵉ
stats-referred_by-civil-society = ⴰⵎⴷⴰⵏ ⴰⵖⴰⵔⴰⵏ
stats-referred_by-integrated-units = ⵜⵉⴳⵔⵓⵜⵉⵏ ⵉⵎⵓⵏⵏ
stats-referred_by-listening-centres = ⵉⵎⵎⴰⵙⵏ ⵏ ⵜⵙⴼⵍⴷⵜ
stats-referred_by-family-network = ⴰⵥⵟⵟⴰ ⴰⵡⵊⵊⴰⵏ ⵏⵖ ⴰⵏⴰⵎⵓⵏ
stats-referred_by-self = ⵙ ⵢⵉⵅⴼ ⵏⵏⵙ

stats-commune-khemisset = ⵅⵎⵉⵙⴰⵜ
stats-commune-tiflet = ⵜⵉⴼⵍⵜ
stats-commune-rommani = ⵔⵎⵎⴰⵏⵉ
stats-commune-ait-ouribel = ⴰⵢⵜ ⵡⵔⵉⴱⵍ
stats-commune-sidi-allal-el-bahraoui = ⵙⵉⴷⵉ ⵄⵍⵍⴰⵍ ⵍⴱⵃⵔⴰⵡⵉ
stats-commune-maaziz = ⵎⵄⵣⵉⵣ
stats-commune-other-commune = ⵜⴰⵎⵙⵍⵍⵉⵜ ⵢⴰⴹⵏ

stats-outcome-ongoing = ⴰⴹⴼⴼⵓⵕ ⵉⵜⵜⴽⵎⵎⵉⵍ
stats-outcome-resolved = ⴰⴼⵓⵛⴽ ⵉⵜⵜⵓⵔⴳⵍⵏ
stats-outcome-referred = ⵜⵜⵓⵙⵏⵎⴰⵍ ⵖⵔ ⵓⵎⴷⵔⴰⵡ
stats-outcome-contact-lost = ⵉⴱⴱⵉ ⵓⵎⵢⴰⵡⴰⴹ

stats-kind-awareness-session = ⴰⵎⵓⵏ ⵏ ⵓⵙⵙⵏⵜⵉ
stats-kind-training = ⴰⵙⵎⵓⵜⵜⴳ
stats-kind-workshop = ⴰⵙⵏⵎⵍ

## Chart descriptions, read by screen readers

chart-desc-bars = ⴰⵎⵇⵔⴰⵏ: { $label } ({ $value }). ⴰⵎⵓⵔⵙ: { $total }.
chart-desc-months = ⴰⵢⵢⵓⵔ ⴰⵎⵇⵔⴰⵏ: { $label } ({ $value }). ⴰⵎⵓⵔⵙ: { $total }. { $trend }
chart-desc-none = ⵓⵔ ⵉⵍⵍⵉ ⴽⵔⴰ ⵏ ⵓⵎⴹⴰⵏ.
chart-desc-previous = { $previous }: ⴰⵎⵓⵔⵙ { $total }.
chart-trend-up = ⵉⵍⵓⵍⵍⵉ ⵓⵎⴹⴰⵏ.
chart-trend-down = ⵉⵙⵓⵙⵎ ⵓⵎⴹⴰⵏ.
chart-trend-flat = ⵉⵣⵣⴳ ⵓⵎⴹⴰⵏ.

# The printable annual report: its contents, its source, its method.
stats-report-contents = ⴳ ⵓⵏⵇⵇⵉⵙ ⴰ
stats-report-source = ⴰⵙⴰⴳⵎ: ⵉⵙⵍⵎⴰⴷⵏ ⵏ ⵓⵎⵎⴰⵙ ⵓⵔ ⵉⵍⵍⵉⵏ ⵙ ⵉⵙⵎ.
stats-report-method = ⵜⴰⵎⵏⵣⴰⵢⵜ
