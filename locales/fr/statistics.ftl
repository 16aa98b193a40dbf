# Statistics pages: titles, sentences, table headings and category labels.

stats-title = Statistiques
stats-year-title = Statistiques { $year }
stats-synthetic-title = Données d’essai :
stats-synthetic-notice = ces chiffres sont synthétiques, produits pour essayer le site ; ce ne sont pas des données réelles du centre.
stats-synthetic-mark = données synthétiques
stats-privacy-note = Pour protéger l’anonymat des femmes, aucun nombre de 1 à { $max } n’est publié : il est affiché « < { $min } ». Dans un tableau qui en a, un autre nombre est masqué pour qu’on ne puisse pas le retrouver par soustraction ; un tableau qui ne peut pas être montré sans risque n’est pas publié, et une année de moins de { $few } femmes ne montre que son total.
stats-small = < { $min }
stats-hidden = masqué
stats-withheld = Ce tableau n’est pas publié pour { $year } : ses chiffres sont trop petits pour être montrés sans risque de désigner quelqu’un. Total : { $total }.
stats-percent = { $value } %
stats-change = ({ $percent } % par rapport à { $previous })
stats-total = Total
stats-column-month = Mois
stats-column-category = Catégorie
stats-column-count = Nombre
stats-column-share = Part
stats-note-multiple = Une femme peut relever de plusieurs catégories : les parts peuvent dépasser 100 % au total.
stats-open-data = Données ouvertes
stats-download-csv = Tableaux au format CSV
stats-download-json = Tableaux au format JSON
stats-download-method = Note de méthode
stats-method-note =
    Statistiques { $year } : note de méthode

    Ces chiffres viennent des registres anonymisés du centre : une ligne par femme accueillie, sans nom, numéro de téléphone, numéro de CIN ni date précise.
    Pour protéger les femmes, aucun nombre compris entre 1 et { $max } n’est publié : il est affiché « < { $min } ».
    Dans un tableau qui contient un tel nombre, un autre nombre est masqué (« masqué ») : toujours le dernier du tableau qui n’est ni 0 ni « < { $min } », pour que le petit nombre ne puisse pas être retrouvé par soustraction à partir du total. Si ce n’est pas assez pour que chaque « < { $min } » puisse valoir n’importe quel nombre de 1 à { $max }, le tableau entier n’est pas publié.
    Un tableau n’est montré que si son total dépasse { $max } fois son nombre de catégories : en dessous, tous ses nombres pourraient être petits, et ne le cacher que lorsqu’ils le sont le dirait.
    Une année où le centre a reçu moins de { $few } femmes (ou tenu moins de { $few } activités) ne montre que son total, sans aucun détail.
    Les totaux ne sont jamais masqués. Ces règles sont publiques : les connaître ne permet de retrouver aucun nombre caché.
    Les pourcentages sont calculés à partir des seuls nombres publiés.

stats-headline-cases = { $count ->
    [one] Le centre a accueilli { $count } femme en { $year }.
   *[other] Le centre a accueilli { $count } femmes en { $year }.
}
stats-headline-cases-withheld = Le centre a accueilli moins de { $min } femmes en { $year }.
stats-headline-activities = { $count ->
    [one] Le centre a organisé { $count } activité en { $year }.
   *[other] Le centre a organisé { $count } activités en { $year }.
}
stats-headline-activities-withheld = Le centre a organisé moins de { $min } activités en { $year }.

stats-table-women-by-month = Femmes accueillies par mois
stats-table-women-by-age-band = Femmes par tranche d’âge
stats-table-women-by-service = Services rendus
stats-table-women-by-violence = Formes de violence déclarées
stats-table-women-by-referral = Orientées par
stats-table-women-by-outcome = Situation des dossiers en fin d’année
stats-table-women-by-commune = Commune de résidence
stats-table-activities-by-kind = Activités par type
stats-table-participants-by-kind = Participantes et participants par type d’activité

stats-age_band-under-18 = moins de 18 ans
stats-age_band-18-24 = 18 à 24 ans
stats-age_band-25-34 = 25 à 34 ans
stats-age_band-35-44 = 35 à 44 ans
stats-age_band-45-59 = 45 à 59 ans
stats-age_band-60-plus = 60 ans et plus

stats-services-reception = Accueil
stats-services-listening = Écoute
stats-services-orientation = Orientation
stats-services-psychological-support = Soutien psychologique
stats-services-awareness = Sensibilisation pour la promotion des droits
stats-services-follow-up = Suivi et accompagnement
stats-services-economic-empowerment = Autonomisation économique et insertion professionnelle
stats-services-family-mediation = Médiation familiale
stats-services-shelter = Hébergement d’urgence et temporaire
stats-services-health-care = Soins de santé primaires
stats-services-social-legal-assistance = Assistance sociale et juridique

stats-violence-physical = Violence physique
stats-violence-sexual = Violence sexuelle
stats-violence-psychological = Violence psychologique
stats-violence-economic = Violence économique

stats-referred_by-justice = Institutions judiciaires
stats-referred_by-security = Services de sécurité
stats-referred_by-health = Institutions de santé
stats-referred_by-civil-society = Société civile
stats-referred_by-integrated-units = Unités intégrées de prise en charge des femmes et des enfants victimes de violence
stats-referred_by-listening-centres = Centres d’écoute
stats-referred_by-family-network = Réseau familial ou social
stats-referred_by-self = De sa propre initiative

stats-commune-khemisset = Khémisset
stats-commune-tiflet = Tiflet
stats-commune-rommani = Rommani
stats-commune-ait-ouribel = Aït Ouribel
stats-commune-sidi-allal-el-bahraoui = Sidi Allal El Bahraoui
stats-commune-maaziz = Maâziz
stats-commune-other-commune = Autre commune

stats-outcome-ongoing = Suivi en cours
stats-outcome-resolved = Dossier clos
stats-outcome-referred = Orientée vers un partenaire
stats-outcome-contact-lost = Contact perdu

stats-kind-awareness-session = Séance de sensibilisation
stats-kind-training = Formation
stats-kind-workshop = Atelier

## Chart descriptions, read by screen readers

chart-desc-bars = Le plus grand : { $label } ({ $value }). Total : { $total }.
chart-desc-months = Le mois le plus chargé : { $label } ({ $value }). Total : { $total }. { $trend }
chart-desc-none = Aucun nombre de ce graphique n’est publié.
chart-desc-previous = En { $previous } : total { $total }.
chart-trend-up = Hausse au second semestre.
chart-trend-down = Baisse au second semestre.
chart-trend-flat = Stable sur l’année.

# The printable annual report: its contents, its source, its method.
stats-report-contents = Dans ce rapport
stats-report-source = Source : dossiers anonymisés du centre.
stats-report-method = Méthode
