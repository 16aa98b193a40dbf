# review: pending (amal's own words, translated by the project: to be read by a native speaker)
## amal serve : ce que dit le terminal

serve-cannot-open-site = { $site } : erreur : impossible d’ouvrir le dossier du site : { $reason }
serve-cannot-listen = erreur : impossible d’écouter sur { $address } : { $reason }
serve-cannot-listen-hint = {"  "}= que faire : choisissez un autre port avec --port
serve-reachable-from-network = avertissement : l’aperçu est accessible depuis le réseau à { $address } ; toute personne qui peut y accéder peut lire les brouillons
serve-cannot-watch = erreur : impossible de surveiller les changements du site : { $detail }
serve-serving = Aperçu de { $site } à l’adresse { $url }
serve-stop-with-ctrl-c = Appuyez sur Ctrl-C pour arrêter.
serve-stopped = Arrêté.
serve-rebuilt = Reconstruit en { $milliseconds } ms ({ $cause } ; { $scope })
serve-start = démarrage
serve-rebuilt-whole-site = tout le site
serve-rebuilt-pages = { $count ->
    [one] { $count } page
   *[other] { $count } pages
}
serve-rebuilt-templates = { $count ->
    [one] gabarit de { $count } page
   *[other] gabarits de { $count } pages
}
serve-build-failed = Le site n’a pas pu être reconstruit ({ $cause }) ; l’aperçu montre toujours la dernière version qui fonctionnait.
serve-no-browser = avertissement : impossible d’ouvrir un navigateur ; allez à { $url }

## Ce que le navigateur lit quand l’aperçu refuse une demande

serve-refused-host = cet aperçu ne répond qu’à localhost et aux adresses IP
serve-refused-body = l’aperçu n’accepte pas de contenu dans les demandes
serve-refused-busy = trop de connexions à l’aperçu en même temps

## Le panneau au-dessus de la page tant que le site ne se construit pas

serve-overlay-title = { $errors ->
    [0] La dernière modification demande un coup d’œil
    [one] Une chose à corriger avant que l’aperçu puisse montrer votre modification
   *[other] { $errors } choses à corriger avant que l’aperçu puisse montrer votre modification
}
serve-overlay-intro = Derrière ce panneau, l’aperçu garde la dernière version qui fonctionnait. Corrigez le fichier et enregistrez-le : ce panneau disparaît tout seul.
serve-overlay-where-line-column = Dans `{ $file }`, ligne { $line }, caractère { $column } :
serve-overlay-where-line = Dans `{ $file }`, ligne { $line } :
serve-overlay-where = Dans `{ $file }`
serve-overlay-what-to-do = Que faire :

## La note au-dessus de la page d’un brouillon

serve-draft-title = Cette page est un brouillon
serve-draft-why = `{ $file }` contient `draft: true` : la page ne fait donc pas partie du site, et l’aperçu ne la montre pas non plus.
serve-draft-what-to-do = Pour la voir ici, arrêtez l’aperçu (Ctrl-C) et relancez-le avec `amal serve --drafts`. Pour la publier, supprimez la ligne `draft: true`.
