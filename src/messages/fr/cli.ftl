## amal build

cli-cannot-write-site = impossible d'écrire le site : { $reason }
cli-cannot-write-site-hint = la version précédente du site est restée telle quelle
cli-file-list = { $names }{ $more ->
    [0] {""}
   *[other] {" "}et { $more } autres
}
cli-kept-foreign = laissés tels quels, ils n'ont pas été écrits par amal : { $files }
cli-kept-foreign-hint = ils seront publiés avec le site si vous copiez ce dossier ; supprimez-les s'ils n'ont rien à y faire
cli-kept-replaced = remplacés par les fichiers du site qui portent le même nom : { $files }
cli-kept-unlinked = liens retirés là où le site place ses propres fichiers (ce vers quoi ils menaient n'est pas touché) : { $files }
cli-built = Site construit : { $pages } pages dans { $out } en { $milliseconds } ms{ $warnings ->
    [0] {""}
    [one] {" "}(1 avertissement)
   *[other] {" "}({ $warnings } avertissements)
}
cli-build-failed = Le site n'a pas été construit : { $errors ->
    [one] 1 erreur
   *[other] { $errors } erreurs
} ; la version précédente est restée telle quelle.

## Fichiers

cli-cannot-read-file = lecture impossible : { $reason }
cli-cannot-write-file = écriture impossible : { $reason }

## amal new

cli-new-not-a-page-path = ce n'est pas le chemin d'une page
cli-new-not-a-page-path-hint = écrivez le chemin sous content/<langue>/, sans extension, par exemple `news/journee-portes-ouvertes`
cli-new-exists = cette page existe déjà
cli-new-exists-hint = choisissez un autre nom, ou modifiez le fichier existant
cli-new-cannot-create-folder = impossible de créer le dossier : { $reason }
cli-new-cannot-keep-source = impossible de garder le texte de la source : { $reason }
cli-new-created = créé : { $file }
cli-new-drafts = Ces pages sont des brouillons, absents du site : voyez-les avec `amal serve --drafts`, écrivez-les, mettez `draft: false`, et faites relire les traductions.

## amal translated

cli-translated-from-unknown = amal ne sait pas de quelle langue cette page a été traduite
cli-translated-from-unknown-hint = dites-le une fois, par exemple `amal translated --from { $other } { $file }`
cli-translated-not-another-language = `{ $from }` n'est pas une autre langue du site
cli-translated-no-source = sa source { $source } n'existe pas
cli-translated-up-to-date = { $file } : à jour avec { $source } (version { $version })
cli-translated-not-a-page = ce n'est pas une page du site
cli-translated-not-a-page-hint = indiquez le fichier d'une traduction, par exemple content/ar/about.md
