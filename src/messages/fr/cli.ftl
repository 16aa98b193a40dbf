# review: pending (amal's own words, translated by the project: to be read by a native speaker)
## amal build

cli-cannot-write-site = impossible d’écrire le site : { $reason }
cli-cannot-write-site-hint = la version précédente du site est restée telle quelle
cli-file-list = { $names }{ $more ->
    [0] {""}
    [one] {" "}et { $more } autre
   *[other] {" "}et { $more } autres
}
cli-kept-foreign = laissés tels quels, ils n’ont pas été écrits par amal : { $files }
cli-kept-foreign-hint = ils seront publiés avec le site si vous copiez ce dossier ; supprimez-les s’ils n’ont rien à y faire
cli-kept-replaced = remplacés par les fichiers du site qui portent le même nom : { $files }
cli-kept-unlinked = liens symboliques (raccourcis) retirés là où le site place ses propres fichiers (ce vers quoi ils menaient n’est pas touché) : { $files }
cli-built = Site construit : { $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
} dans { $out } en { $milliseconds } ms{ $warnings ->
    [0] {""}
    [one] {" "}(1 avertissement)
   *[other] {" "}({ $warnings } avertissements)
}
cli-build-failed = Le site n’a pas été construit : { $errors ->
    [one] 1 erreur
   *[other] { $errors } erreurs
} ; la version précédente est restée telle quelle.

## Fichiers

cli-cannot-read-file = lecture impossible : { $reason }
cli-cannot-write-file = écriture impossible : { $reason }

## amal new

cli-new-not-a-page-path = ce n’est pas le chemin d’une page
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
cli-translated-not-another-language = `{ $from }` n’est pas une autre langue du site
cli-translated-no-source = sa source { $source } n’existe pas
cli-translated-up-to-date = { $file } : à jour avec { $source } (version { $version })
cli-translated-not-a-page = ce n’est pas une page du site
cli-translated-not-a-page-hint = indiquez le fichier d’une traduction, par exemple content/ar/about.md

## amal --help : les commandes et leurs options

cli-help-about = Construit un site multilingue, rapide et respectueux de la vie privée, pour un centre d’accueil des femmes en situation difficile
cli-help-usage = Utilisation :
cli-help-commands = Commandes
cli-help-options = Options
cli-help-arguments = Arguments
cli-help-help = Afficher l’aide
cli-help-version = Afficher la version
cli-help-help-command = Afficher ce message, ou l’aide de la commande indiquée
cli-help-build = Construire le site dans le dossier de sortie (public/ par défaut)
cli-help-check = Tout vérifier, liens compris, et lister les traductions manquantes, les traductions à relire et les textes provisoires, sans rien écrire
cli-help-serve = Aperçu du site : le construire, le montrer sur cet ordinateur, et le reconstruire et recharger le navigateur à chaque enregistrement
cli-help-new = Créer une page dans chaque langue, par exemple `amal new news/journee-portes-ouvertes`
cli-help-translated = Marquer des traductions comme à jour avec leur page source telle qu’elle est maintenant, pour qu’`amal check` signale quand la source change, et ce qui a changé
cli-help-site = Le dossier du site (celui qui contient site.yaml)
cli-help-drafts = Inclure les pages marquées `draft: true`
cli-help-out = Où écrire le site (par défaut : <site>/public)
cli-help-base-url = Utiliser cette adresse de base au lieu de celle de site.yaml (pour des aperçus en ligne)
cli-help-timings = Afficher la durée de chaque étape de la construction
cli-help-force = Construire dans un dossier existant qu’amal n’a pas créé (ses autres fichiers restent où ils sont, et sont listés)
cli-help-publish-build = Construire le site à publier : des textes provisoires sur l’accueil ou une page du menu, ou aucun numéro d’urgence, arrêtent la construction
cli-help-publish-check = Vérifier comme le ferait la construction à publier : des textes provisoires sur l’accueil ou une page du menu, ou aucun numéro d’urgence, sont des erreurs
cli-help-format = `text` pour les personnes, `json` pour les outils (un seul objet sur la sortie standard)
cli-help-port = Le port d’écoute (0 en choisit un libre)
cli-help-bind = L’adresse d’écoute. Toute adresse autre que la boucle locale rend les brouillons visibles sur le réseau
cli-help-open = Ouvrir l’aperçu dans le navigateur par défaut
cli-help-path = Chemin sous content/<langue>/, sans extension
cli-help-files = Les fichiers des traductions, par exemple content/ar/about.md
cli-help-from = La langue à partir de laquelle elles ont été traduites (nécessaire la première fois)

## Une ligne de commande qu’amal ne comprend pas

cli-misread-command = `{ $typed }` n’est pas une commande d’amal
cli-misread-option = `{ $typed }` n’est pas une option de cette commande
cli-misread-value = `{ $typed }` n’est pas une valeur que prend `{ $option }`
cli-misread-missing = cette commande a besoin de { $missing }
cli-misread-did-you-mean = vouliez-vous dire `{ $meant }` ?
cli-misread-values = écrivez l’une de ces valeurs : { $values }
cli-misread-help = `amal --help` liste les commandes, et `amal <commande> --help` leurs options
