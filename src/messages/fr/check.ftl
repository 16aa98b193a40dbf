# review: pending (amal's own words, translated by the project: to be read by a native speaker)
## amal check : le rapport, rangé par ce qu’il y a à faire

check-fix-first = À corriger d’abord : { $errors ->
    [one] 1 erreur (ci-dessus, avec son fichier et sa ligne).
   *[other] { $errors } erreurs (ci-dessus, chacune avec son fichier et sa ligne).
}
check-before-publishing = Avant de publier :
check-placeholders = Textes provisoires à remplacer par les vraies informations ({ $count }) :
check-unconfirmed = Numéros d’aide proposés mais pas confirmés par le centre, non publiés ({ $count }) :
check-missing = Pages manquantes, par langue :
check-short = Traductions qui ont moins de la moitié des mots de la version d’une autre langue, à compléter ({ $count }) :
check-short-one = { $file } : { $words ->
    [one] { $words } mot
   *[other] { $words } mots
} ; { $longest } en a { $most }
check-stale = Traductions dont la source a changé depuis qu’elles ont été faites ({ $count }) :
check-stale-one = { $file } : { $source } a changé depuis ; quand la traduction dira la même chose, lancez `amal translated { $file }`
check-stale-more-lines = { $count ->
    [one] … et { $count } ligne de plus
   *[other] … et { $count } lignes de plus
}
check-stale-not-kept = (le texte dont elle a été traduite n’a pas été gardé dans { $folder })
check-pending-review = Traductions à faire relire par une personne dont c’est la langue ({ $count }) :

## La dernière ligne : les totaux

check-summary-counts = { $errors }, { $warnings }
check-summary-complete = { $counts } ; avant de publier : { $todo }
check-summary-incomplete = { $counts } ; les textes provisoires et les traductions seront comptés une fois les erreurs corrigées
check-list-separator = {", "}
check-summary-errors = { $count ->
    [one] { $count } erreur
   *[other] { $count } erreurs
}
check-summary-warnings = { $count ->
    [one] { $count } avertissement
   *[other] { $count } avertissements
}
check-summary-placeholders = { $count ->
    [one] { $count } texte provisoire
   *[other] { $count } textes provisoires
}
check-summary-pending-review = { $count ->
    [one] { $count } traduction à relire
   *[other] { $count } traductions à relire
}
check-summary-stale = { $count ->
    [one] 1 traduction dont la source a changé
   *[other] { $count } traductions dont la source a changé
}
check-summary-short = { $count ->
    [one] 1 traduction trop courte
   *[other] { $count } traductions trop courtes
}
check-summary-missing = { $count ->
    [one] 1 page manquante
   *[other] { $count } pages manquantes
}
check-summary-unconfirmed = { $count ->
    [one] 1 numéro d’aide à confirmer
   *[other] { $count } numéros d’aide à confirmer
}
