# review: pending (amal's own words, translated by the project: to be read by a native speaker)
## The site's settings: site.yaml (src/config.rs).

# What `quick_exit_url:` takes; shown after "expected" in the YAML reader's message.
settings-quick-exit-expecting = une adresse https://, ou une adresse par langue comme `fr: https://…`
# $reason: why the system could not read the file
settings-cannot-read = impossible de lire les réglages du site : { $reason }
settings-cannot-read-hint = lancez amal dans le dossier du site, ou indiquez ce dossier avec --site DOSSIER
# $url: the address as written in site.yaml
settings-base-url-not-absolute = base_url `{ $url }` n’est pas une adresse complète (URL absolue)
settings-base-url-not-absolute-hint = écrivez l’adresse complète, comme `https://example.org/`
# $min_count: the number written in site.yaml
settings-min-count-too-small = privacy.min_count { $min_count } est trop petit pour protéger qui que ce soit
# $allowed: the smallest number allowed
settings-min-count-too-small-hint = utilisez { $allowed } ou plus ; 5 est la valeur habituelle
# $code: a language code
settings-default-language-unknown = default_language `{ $code }` ne fait pas partie des langues déclarées
settings-default-language-unknown-hint = utilisez le code d’une langue listée sous `languages:`
settings-menu-entry-not-a-path = l’entrée de menu `{ $entry }` n’est pas un chemin de page
settings-menu-entry-not-a-path-hint = écrivez des chemins sous content/<lang>/, sans extension, comme `services`
settings-helplines-empty = `helplines` ne donne aucun numéro
settings-helplines-empty-hint = listez les numéros d’urgence sous `numbers:`, ou retirez `helplines:`
# $id: the helpline's id, as written in site.yaml
settings-helpline-id-not-a-name = l’identifiant de numéro d’aide `{ $id }` n’est pas un nom valable
settings-helpline-id-not-a-name-hint = utilisez des lettres minuscules, des chiffres et des tirets, comme `police` : il donne son nom au message Fluent helpline-<id>
settings-helpline-listed-twice = le numéro d’aide `{ $id }` figure deux fois
# $number: the telephone number as written in site.yaml
settings-helpline-not-a-number = numéro d’aide `{ $id }` : `{ $number }` n’est pas un numéro de téléphone
settings-helpline-not-a-number-hint = écrivez seulement des chiffres et des espaces, avec + devant un numéro international
settings-quick-exit-not-https = quick_exit_url doit être une adresse https://
settings-quick-exit-not-https-hint = choisissez une page neutre, comme un site de météo ou d’actualités
# $lang: a language code
settings-quick-exit-unknown-language = quick_exit_url mentionne `{ $lang }`, qui n’est pas une langue de ce site
settings-quick-exit-unknown-language-hint = indiquez une langue de `languages:`, ou retirez cette ligne
settings-no-language = aucune langue n’est déclarée
settings-no-language-hint = listez au moins une langue sous `languages:`, avec son code et son nom
settings-not-a-language-tag = `{ $code }` n’est pas une étiquette de langue BCP 47
settings-not-a-language-tag-hint = utilisez une étiquette comme `fr`, `ar` ou `zgh`
settings-language-declared-twice = la langue `{ $code }` est déclarée deux fois
# $rules: the language tag written after `plural_rules:`
settings-plural-rules-unknown = CLDR n’a pas de règles de pluriel pour `{ $rules }`
settings-plural-rules-unknown-hint = indiquez une étiquette de langue que CLDR connaît, comme `tzm` ou `fr`
settings-no-plural-rules = CLDR n’a pas de règles de pluriel pour `{ $code }` : les nombres ne pourraient pas prendre la bonne forme du pluriel
settings-no-plural-rules-hint = ajoutez `plural_rules: <tag>` à la langue `{ $code }`, en indiquant une langue dont les règles conviennent (pour l’amazighe standard marocain, `tzm`) ; demandez à un traducteur laquelle

## The theme's words: locales/<lang>/*.ftl (src/i18n/mod.rs).

# $lang: a language code
settings-lookup-unknown-language = la langue `{ $lang }` n’a pas de fichiers Fluent
# $key: the message's id
settings-lookup-missing = le message Fluent `{ $key }` manque dans locales/{ $lang }/
settings-lookup-no-value = le message Fluent `{ $key }` de locales/{ $lang }/ n’a pas de valeur
# $detail: what Fluent says went wrong, in English
settings-lookup-format = message Fluent `{ $key }` de locales/{ $lang }/ : { $detail }
settings-no-fluent-files = aucun fichier Fluent pour la langue `{ $lang }`
# $folder: the language's folder, like locales/fr
settings-no-fluent-files-hint = créez { $folder }/ avec les messages du thème, copiés d’une autre langue
settings-fluent-cannot-read = lecture impossible : { $reason }
# $detail: what the Fluent reader says, in English
settings-fluent-syntax = erreur de syntaxe Fluent : { $detail }
settings-fluent-syntax-hint = la syntaxe est expliquée sur https://projectfluent.org/fluent/guide/
# $id: the message's id
settings-fluent-defined-twice = le message Fluent `{ $id }` est défini deux fois pour cette langue
# $path: the file of the first definition; $line: its line
settings-fluent-defined-twice-first-at = le message Fluent `{ $id }` est défini deux fois pour cette langue (la première fois dans { $path }, ligne { $line })
settings-fluent-defined-twice-hint = gardez une seule définition : tous les fichiers d’une langue partagent les mêmes noms de messages
# $detail: what Fluent says, in English
settings-fluent-error = { $detail }
settings-fluent-brace-not-closed = une `{"{"}` ouverte ici n’est pas fermée par `{"}"}`
settings-fluent-brace-not-opened = cette `{"}"}` ne ferme aucune `{"{"}`
settings-fluent-message-empty = le message `{ $name }` n’a pas de texte après son `=`
settings-fluent-no-default-variant = un choix (`->`) n’a pas de cas par défaut : marquez l’une de ses lignes avec `*`, par exemple `*[other]`
settings-fluent-quote-not-closed = un guillemet ouvert ici n’est jamais fermé
settings-fluent-unknown-variable = le message utilise `{"{"} ${ $name } {"}"}`, qui n’est pas donné ici : n’utilisez que les valeurs qu’a ce message dans les autres langues
settings-fluent-unknown-message = le message utilise le message `{ $name }`, qui n’existe pas dans cette langue
settings-fluent-other = { $detail }

## Reading the site's files (src/util/reading.rs).

settings-not-utf8-text = le fichier n’est pas un texte UTF-8 valide
settings-not-utf8-text-hint = enregistrez le fichier en UTF-8 (dans la plupart des éditeurs : Enregistrer sous… → Encodage : UTF-8)
settings-link-out-of-site = ce lien symbolique (raccourci) mène en dehors du site
settings-link-out-of-site-hint = copiez le fichier dans le site au lieu d’y mettre un lien symbolique (raccourci) vers lui
settings-name-not-utf8 = ce nom n’est pas en UTF-8 valide : aucun navigateur ne pourrait le demander par son nom
settings-name-not-utf8-hint = renommez-le : les lettres de toutes les écritures conviennent, une fois le nom enregistré en UTF-8
settings-not-a-file = ce n’est pas un fichier mais un tube nommé, un socket ou un périphérique ; amal ne lit que des fichiers et des dossiers
settings-not-a-file-hint = retirez-le du site, ou déplacez-le ailleurs

## Dates in the front matter and site.yaml (src/util/date.rs).

# $text: the date as written
settings-not-a-date = `{ $text }` n’est pas une date écrite AAAA-MM-JJ, comme 2024-07-03
settings-not-a-calendar-day = `{ $text }` n’est pas un jour du calendrier

## YAML mistakes: front matter and site.yaml (src/util/yaml.rs).

settings-yaml-error = { $detail }
settings-yaml-unknown-key = `{ $key }` n’est pas une clé qu’amal connaît ici
settings-yaml-unknown-key-did-you-mean = vouliez-vous dire `{ $meant }` ? Les clés permises ici sont : { $keys }
settings-yaml-unknown-key-hint = vérifiez l’orthographe de la clé ; les clés permises ici sont : { $keys }
settings-yaml-unknown-value = `{ $value }` n’est pas l’une des valeurs que prend cette clé
settings-yaml-unknown-value-did-you-mean = vouliez-vous dire `{ $meant }` ? Les valeurs permises sont : { $values }
settings-yaml-unknown-value-hint = écrivez l’une de ces valeurs, telle qu’elle est écrite ici : { $values }
settings-yaml-missing-key = la clé `{ $key }` manque
settings-yaml-missing-key-hint = ajoutez une ligne `{ $key }: …`
settings-yaml-duplicate-key = la clé `{ $key }` est écrite deux fois
settings-yaml-duplicate-key-hint = chaque clé ne peut figurer qu’une fois ; supprimez l’une des deux
settings-yaml-not-a-whole-number = cette valeur n’est pas un nombre entier
settings-yaml-whole-number-hint = cette clé attend un nombre entier, comme 3
settings-yaml-not-true-or-false = cette valeur n’est ni `true` ni `false`
settings-yaml-true-or-false-hint = cette clé attend `true` ou `false`
settings-yaml-not-a-text = cette clé prend une seule valeur, écrite sur la même ligne, pas une liste ni un groupe de clés
settings-yaml-not-a-text-hint = écrivez la valeur après la clé et ses deux-points, par exemple `title: Bienvenue` ou `weight: 2`
settings-yaml-unclosed-quote = un guillemet s’ouvre ici et n’est jamais fermé
settings-yaml-unclosed-quote-hint = terminez le texte par le même guillemet qu’au début (`"` ou `'`), ou écrivez-le sans guillemets
settings-yaml-tab = cette ligne est décalée avec une tabulation
settings-yaml-tabs-hint = en YAML, on décale les lignes avec des espaces, jamais avec des tabulations
settings-yaml-colon-in-text = deux-points suivis d’une espace dans un texte sans guillemets
settings-yaml-colon-in-text-hint = mettez tout le texte entre guillemets, par exemple `title: "Horaires : lundi"`
settings-yaml-wrong-type = cette valeur est { $found }, ce que cette clé ne prend pas (elle prend { $expected })
settings-yaml-found-list = une liste
settings-yaml-found-keys = un groupe de clés
settings-yaml-found-number = un nombre
settings-yaml-found-true-or-false = `true` ou `false`
settings-yaml-found-nothing = vide
settings-yaml-found-text = un texte

