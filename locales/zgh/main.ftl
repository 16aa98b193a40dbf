### review: pending
### These Standard Moroccan Amazigh (Tifinagh, IRCAM orthography) strings were
### drafted without a native speaker and must be reviewed by one. Month names
### are CLDR's `zgh` names. Plurals use the `tzm` rules named in site.yaml
### (one: 0-1 and 11-99); a translator should confirm them.

site-name = ⴰⵎⵎⴰⵙ ⴰⵏⵎⵏⴰⴹ ⵉ ⵜⵎⵖⴰⵔⵉⵏ ⴳ ⵡⴰⴷⴷⴰⴷ ⵉⵛⵇⵇⴰⵏ
skip-to-content = ⵣⵉⴳⵣ ⵖⵔ ⵓⴳⴱⵓⵔ
quick-exit = ⴼⴼⵖ ⵖⵉⵍⴰ
quick-exit-two-more = ⵙⵙⵏⵜⵎ Shift ⵙⵏⴰⵜ ⵜⵉⴽⴽⴰⵍ ⴰⴷ ⵜⴼⴼⵖⵜ
quick-exit-one-more = ⵙⵙⵏⵜⵎ Shift ⵢⴰⵜ ⵜⵉⴽⴽⵍⵜ ⴰⴷ ⵜⴼⴼⵖⵜ
languages-label = ⵜⵓⵜⵍⴰⵢⵉⵏ
not-translated = ⵜⴰⵙⵏⴰ ⴰⴷ ⵓⵔ ⵜⵜⵓⵙⵙⵓⵖⵍ ⴰⵔ ⴷⵖⵉ
menu-label = ⵜⴰⵍⴳⴰⵎⵜ ⵜⴰⴷⵙⵍⴰⵏⵜ
footer-privacy = ⴰⵙⵎⵎⴰⵔ ⴰⴷ ⵓⵔ ⵉⵙⵙⵎⵔⴰⵙ ⵉⵏⴳⵎⴰⵎⵏ (cookies) ⵓⵍⴰ ⵉⵎⴰⵙⵙⵏ ⵏ ⵓⴹⴼⴼⵓⵕ, ⵓⵔ ⵉⵙⵙⴽⵛⴰⵎ ⴰⵡⴷ ⵢⴰⵜ ⵙⴳ ⵉⵙⵎⵎⴰⵔⵏ ⵢⴰⴹⵏ.
footer-operator = ⴰⵎⵎⴰⵙ ⵜⵙⵙⵓⴷⵓ ⵜ ⵜⴰⵎⵓⵏⵜ ⵜⴰⵏⵎⵏⴰⴹⵜ «ⵍⴰⵎⴰⵍ», ⵙ ⵓⵎⵢⴰⵡⴰⵙ ⴷ ⵓⵎⵢⴰⵡⴰⵙ ⴰⵏⴰⵎⵓⵔ ⴳ ⵅⵎⵉⵙⴰⵜ.
feed-link = ⴰⵎⵥ ⵉⵙⴰⵍⵏ ⴳ ⵢⴰⵏ ⵓⵙⵏⴰⵙ ⵏ ⵜⵖⵔⴰ
latest-news = ⵉⵙⴰⵍⵏ ⵉⵏⴳⴳⵓⵔⴰ
chooser-description = ⴰⵙⵎⵎⴰⵔ ⵏ ⵓⵎⵎⴰⵙ ⴰⵏⵎⵏⴰⴹ ⵉ ⵜⵎⵖⴰⵔⵉⵏ ⴳ ⵡⴰⴷⴷⴰⴷ ⵉⵛⵇⵇⴰⵏ, ⵙ ⵜⵄⵔⴰⴱⵜ, ⵜⴰⴼⵔⴰⵏⵙⵉⵙⵜ ⴷ ⵜⵎⴰⵣⵉⵖⵜ.
choose-language = ⵙⵜⵢ ⵜⵓⵜⵍⴰⵢⵜ ⵏⵎ
not-found-title = ⵜⴰⵙⵏⴰ ⵓⵔ ⵜⵍⵍⵉ
not-found-text = ⵓⵔ ⵏⵓⴼⵉ ⵜⴰⵙⵏⴰ ⴰⴷ.
not-found-home = ⴰⵖⵓⵍ ⵖⵔ ⵜⴰⵙⵏⴰ ⵜⴰⴷⵙⵍⴰⵏⵜ
placeholder-label = ⵉⵙⴰⵍⵏ ⵔⴰⴷ ⵜⵜⵓⵙⵏⵜⴰⵎⵏ:
page-count = { $count ->
    [one] { $count } ⵜⴰⵙⵏⴰ
   *[other] { $count } ⵜⴰⵙⵏⵉⵡⵉⵏ
}


## Emergency numbers (site.yaml, `helplines:`): drafts, to be reviewed

emergency-strip = ⵜⵍⵍⵉⵜ ⴳ ⵓⵎⵙⵉⵡⵏ? ⵖⵔ
helplines-title = ⵉⵎⴹⴰⵏⵏ ⵏ ⵜⵉⵏⵣⵣⴰⵔⵜ
helplines-source = ⵉⵎⴹⴰⵏⵏ ⵉⵏⴰⵎⵓⵔⵏ ⵏ ⵜⵉⵏⵣⵣⴰⵔⵜ. ⴰⵙⴰⴳⵎ: { $source }; ⵜⵜⵓⵙⵙⵏⵜⴰⵎⵏ ⴳ { $date }.
helpline-police = ⴰⵙⵍⵍⵓⴽ ⴰⵏⴰⵎⵓⵔ (ⴱⵓⵍⵉⵙ), ⴳ ⵜⵖⵔⵎⵉⵡⵉⵏ
helpline-police-short = ⴱⵓⵍⵉⵙ
helpline-gendarmerie = ⵊⴰⵏⴷⴰⵔⵎⵉ ⵜⴰⴳⵍⴷⴰⵏⵜ, ⴳ ⵉⴳⵔⴰⵏ (ⵣⵓⵏ ⴷ ⴰⵢⵜ ⵡⵔⵉⴱⵍ)
helpline-gendarmerie-short = ⵊⴰⵏⴷⴰⵔⵎⵉ
helpline-civil-protection = ⴰⵙⵎⵔⵙ ⴰⵖⵔⴼⴰⵏ: ⵉⵎⵙⵙⵓⵙⵏ ⵏ ⵜⵎⵙⵙⴰ ⴷ ⵜⴽⵔⵓⵙⵜ ⵏ ⵉⵎⵓⴹⴰⵏ

## Dates, with CLDR's zgh month names

date-long = { $day } { $month } { $year }
month-1 = ⵉⵏⵏⴰⵢⵔ
month-2 = ⴱⵕⴰⵢⵕ
month-3 = ⵎⴰⵕⵚ
month-4 = ⵉⴱⵔⵉⵔ
month-5 = ⵎⴰⵢⵢⵓ
month-6 = ⵢⵓⵏⵢⵓ
month-7 = ⵢⵓⵍⵢⵓⵣ
month-8 = ⵖⵓⵛⵜ
month-9 = ⵛⵓⵜⴰⵏⴱⵉⵔ
month-10 = ⴽⵜⵓⴱⵔ
month-11 = ⵏⵓⵡⴰⵏⴱⵉⵔ
month-12 = ⴷⵓⵊⴰⵏⴱⵉⵔ

# `amal new`: the title and the guide a new page starts with.
new-page-title = ⵜⴰⵙⵏⴰ ⵜⴰⵎⴰⵢⵏⵓⵜ: { $name }
new-page-guide = ⴰⵔⵓ ⴰⴹⵕⵉⵚ ⵏ ⵜⴰⵙⵏⴰ ⴷⴷⴰⵡ ⵏ ⵓⵣⵔⵉⴳ ⴰ, ⵙ ⵜⵙⴷⴰⵙ ⵍⵍⵉ ⵉⴱⴹⴰ ⵢⴰⵏ ⵓⵣⵔⵉⴳ ⵉⵅⵡⴰⵏ; «##» ⵉⵙⵙⵏⵜⴰⵢ ⴰⵣⵡⵍ ⴰⵎⵥⵥⴰⵏ. ⵜⴰⵏⵓⵜⵍⴰ ⴰⴷ ⵓⵔ ⵜⵜⵓⵙⵙⵓⴼⵖ.
