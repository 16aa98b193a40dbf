# review: pending (amal's own words, translated by the project: to be read by a native speaker)
## src/stats/load.rs: reading the data files (.csv, .xlsx) of data/

stats-no-data-files = aucun fichier de données pour le jeu de données `{ $dataset }`
stats-no-data-files-hint = placez les fichiers .csv ou .xlsx exportés dans { $folder }/
stats-not-csv-or-xlsx = amal ne lit les données que dans des fichiers .csv et .xlsx
stats-not-csv-or-xlsx-hint = exportez la feuille en CSV (UTF-8) ou enregistrez-la en .xlsx
stats-more-errors = { $count ->
    [one] et { $count } autre erreur dans ce fichier
   *[other] et { $count } autres erreurs dans ce fichier
}
stats-more-errors-hint = corrigez les erreurs ci-dessus et relancez amal pour voir les suivantes
stats-column-repeated = la colonne { $position } répète la colonne `{ $name }`
stats-column-number-not-declared = la colonne { $position } n’est pas déclarée dans data/schema.yaml
stats-column-not-declared = la colonne `{ $name }` n’est pas déclarée dans data/schema.yaml
stats-column-not-declared-hint = retirez cette colonne de l’export : seules les colonnes déclarées ({ $columns }) peuvent servir à publier, pour que les noms, les numéros de téléphone et les notes n’arrivent jamais sur le site
stats-column-missing = la colonne `{ $name }` manque
stats-column-missing-hint = ajoutez-la à l’export ; toutes les colonnes de data/schema.yaml sont nécessaires
stats-quote-not-closed = un guillemet ouvert sur cette ligne n’est jamais fermé
stats-quote-not-closed-hint = fermez le guillemet, ou supprimez-le
stats-row-cell-count = cette ligne a { $cells ->
    [one] { $cells } cellule
   *[other] { $cells } cellules
} mais la ligne d’en-tête a { $columns ->
    [one] { $columns } colonne
   *[other] { $columns } colonnes
}
stats-row-cell-count-hint = vérifiez s’il manque un séparateur, ou s’il y en a un de trop, sur cette ligne
stats-cell-refused = colonne `{ $column }` : { $reason }
stats-cell-exact-date = cette cellule contient une date exacte ; les données ne doivent jamais contenir d’informations qui identifient directement une personne
stats-cell-not-a-month = cette cellule n’est pas un mois écrit sous la forme AAAA-MM, comme 2025-03
stats-cell-empty = cette cellule est vide
stats-cell-not-allowed = cette cellule ne contient pas l’un des codes autorisés pour cette colonne
stats-cell-id-not-allowed = cette cellule contient un code qui n’est pas autorisé pour cette colonne
stats-cell-not-a-number = cette cellule n’est pas un nombre entier
stats-cell-too-many-digits = cette cellule n’est pas un nombre d’au plus 7 chiffres
stats-cell-looks-like = cette cellule ressemble à { $kind } ; les données ne doivent jamais contenir d’informations qui identifient directement une personne
stats-cell-identifier-hint = retirez cette valeur de l’export ; amal ne l’affiche jamais. Seules des données anonymisées et codées peuvent être utilisées
stats-cell-not-allowed-hint = utilisez l’un des codes prévus pour cette colonne dans data/schema.yaml (séparez-en plusieurs par `|`)
stats-cell-invalid-hint = corrigez la cellule dans le tableur et exportez à nouveau
stats-cannot-read = impossible de lire : { $reason }
stats-no-header-row = le fichier n’a pas de ligne d’en-tête
stats-no-header-row-hint = la première ligne donne le nom des colonnes
stats-row-not-utf8 = cette ligne n’est pas du texte UTF-8 valide
stats-export-csv-utf8-hint = exportez à nouveau la feuille au format « CSV UTF-8 »
stats-workbook-unreadable = impossible de lire ce classeur : { $detail }
stats-workbook-unreadable-hint = ouvrez-le dans un tableur et enregistrez-le à nouveau en .xlsx
stats-workbook-refused-hint = exportez la feuille en CSV (UTF-8), ou enregistrez-la à nouveau en .xlsx depuis un tableur
stats-workbook-no-sheet = le classeur n’a aucune feuille
stats-cell-beyond-column = une cellule au-delà de la colonne { $columns }
stats-cell-beyond-column-hint = les données ont une colonne par champ du schéma
stats-rows-out-of-order = les lignes de cette feuille ne sont pas dans l’ordre
stats-rows-out-of-order-hint = enregistrez-la à nouveau depuis un tableur
stats-sheet-no-header-row = la feuille n’a pas de ligne d’en-tête
stats-workbook-part-too-large = une fois décompressé, ce classeur dépasse { $megabytes } Mo dans { $part }
stats-workbook-too-large = une fois décompressé, ce classeur dépasse { $megabytes } Mo
stats-workbook-declares-too-many = ce classeur annonce { $declared } textes, plus qu’il n’en contient
stats-csv-not-utf8 = le fichier n’est pas du texte UTF-8 valide
stats-csv-invalid = le fichier n’est pas du CSV valide à cet endroit (un guillemet jamais fermé ?)

## src/stats/identifiers.rs: what a cell looks like (shown inside stats-cell-looks-like)

stats-identifier-phone = un numéro de téléphone
stats-identifier-email = une adresse e-mail
stats-identifier-national-id = un numéro de carte d’identité nationale (CIN)
stats-identifier-exact-date = une date exacte

## src/stats/schema.rs: data/schema.yaml

stats-schema-missing = le dossier data n’a pas de schéma
stats-schema-missing-hint = créez data/schema.yaml en y déclarant les colonnes de chaque jeu de données (voir README.md)
stats-schema-one-month-column = le jeu de données `{ $dataset }` doit avoir exactement une colonne de type `month`
stats-schema-one-month-column-hint = le mois (AAAA-MM) donne à chaque ligne son année
stats-schema-no-values = la colonne `{ $column }` ne liste aucune valeur autorisée
stats-schema-no-values-hint = ajoutez `values: [id-one, id-two]`
stats-schema-too-many-values = la colonne `{ $column }` liste plus de 64 valeurs
stats-schema-takes-no-values = la colonne `{ $column }` ne prend pas de valeurs
stats-schema-not-a-category-id = `{ $value }` n’est pas un code de catégorie valide
stats-schema-id-hint = les codes s’écrivent en lettres ASCII minuscules, chiffres et traits d’union, et commencent par une lettre ou un chiffre, comme `civil-society`
stats-schema-not-a-column-name = `{ $column }` n’est pas un nom de colonne valide
stats-schema-table-twice = le tableau `{ $table }` est déclaré deux fois
stats-schema-not-a-table-id = `{ $table }` n’est pas un code de tableau valide
stats-schema-unknown-dataset = le tableau `{ $table }` nomme un jeu de données inconnu, `{ $dataset }`
stats-schema-unknown-column = le tableau `{ $table }` répartit les chiffres selon `{ $column }`, une colonne que `{ $dataset }` n’a pas
stats-schema-by-count-column = le tableau `{ $table }` ne peut pas répartir les chiffres selon la colonne de nombres `{ $column }`
stats-schema-sum-not-a-count = `sum: { $column }` doit nommer une colonne de nombres de `{ $dataset }`
