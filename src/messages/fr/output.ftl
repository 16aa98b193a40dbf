# review: pending (amal's own words, translated by the project: to be read by a native speaker)
## Where the site is built (src/output/out_dir.rs).

out-would-replace-site = ce dossier de sortie remplacerait les fichiers du site lui-même
out-would-replace-site-leading-to = ce dossier de sortie remplacerait les fichiers du site lui-même (il mène à { $real })
out-would-replace-site-hint = construisez le site dans un dossier à part, comme `public`
# $reason: why the system could not read the folder
output-cannot-read-folder = impossible de lire ce dossier : { $reason }
# $names: the first few files' names, separated by commas
output-folder-not-amals = ce dossier contient déjà des fichiers qu’amal n’a pas écrits : { $names }
# $more: how many other files there are
output-folder-not-amals-and-more = ce dossier contient déjà des fichiers qu’amal n’a pas écrits : { $names } et { $more ->
    [one] 1 autre
   *[other] { $more } autres
}
output-folder-not-amals-hint = construisez le site dans un dossier nouveau ou vide ; ou, pour construire dans celui-ci, ajoutez --force : amal laisse alors à sa place chaque fichier qu’il n’a pas écrit, et en donne la liste

## The site's files (src/output/files.rs).

# $path: where the file would be published; $existing: the file already published there
output-same-path = ce fichier serait publié à l’adresse { $path }, où { $existing } est déjà publié
output-same-path-hint = renommez l’un des deux fichiers
# $other: the path already taken, written differently
output-same-path-folded = ce fichier serait publié à l’adresse { $path }, qu’une clé USB ou un Mac ne distingue pas de { $other }, où { $existing } est publié
output-same-path-folded-hint = renommez l’un des deux fichiers : des noms qui ne diffèrent que par les majuscules, ou par des accents écrits de deux façons, y désignent un seul et même fichier

## Writing the output folder (src/output/staging.rs).

# $reason: why the system could not read it
output-cannot-read-current-because = impossible de lire le contenu actuel du dossier de sortie : { $reason }
output-cannot-read-current = impossible de lire le contenu actuel du dossier de sortie
# $path: a file or folder in the output folder
output-is-a-file = { $path } est un fichier, pas un dossier
output-in-the-way = { $path } occupe la place d’un fichier du site et n’a pas été écrit par amal ; déplacez-le ailleurs
output-waiting-for-other-build = Une autre construction d’amal écrit dans ce dossier ; en attente de la fin…
