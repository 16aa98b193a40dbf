# review: pending (amal's own words, translated by the project: to be read by a native speaker)
diagnostic-error = erreur
diagnostic-warning = avertissement
diagnostic-labelled = { $label } : { $text }
diagnostic-hint = que faire
diagnostic-while-rendering = en produisant { $page }{ $more ->
    [0] {""}
    [one] {" "}et 1 autre page
   *[other] {" "}et { $more } autres pages
}

io-not-found = ce fichier ou ce dossier n’existe pas
io-permission-denied = accès refusé (permissions insuffisantes)
io-is-a-folder = c’est un dossier, pas un fichier
io-not-a-folder = ce n’est pas un dossier
io-already-exists = ce fichier existe déjà
io-disk-full = le disque est plein
io-read-only = le disque n’accepte pas l’écriture (lecture seule)
io-other = { $detail }
