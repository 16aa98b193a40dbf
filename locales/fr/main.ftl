# Interface strings of the default theme, in French.

site-name = Centre régional pour les femmes en situation difficile
skip-to-content = Aller au contenu
quick-exit = Quitter cette page
quick-exit-two-more = Appuyez encore 2 fois sur Maj pour quitter
quick-exit-one-more = Appuyez encore 1 fois sur Maj pour quitter
languages-label = Langues
not-translated = page pas encore traduite
menu-label = Menu principal
footer-privacy = Ce site n’utilise ni cookies ni traceurs et ne charge rien depuis d’autres sites.
footer-operator = Le centre est géré par l’Organisation régionale Al Amal de soutien aux femmes en situation difficile, en coordination avec la délégation provinciale de l’Entraide nationale à Khémisset.
feed-link = Recevoir les actualités dans une application de lecture
latest-news = Dernières actualités
chooser-description = Site du Centre régional pour les femmes en situation difficile, province de Khémisset, en arabe, français et amazighe.
choose-language = Choisissez votre langue
not-found-title = Page introuvable
not-found-text = Nous n’avons pas trouvé cette page. Elle a peut-être été déplacée ou supprimée.
not-found-home = Retour à l’accueil
placeholder-label = À confirmer :
page-count = { $count ->
    [one] { $count } page
   *[other] { $count } pages
}


## Emergency numbers (site.yaml, `helplines:`)

emergency-strip = En danger ? Appelez
helplines-title = Numéros d’urgence
helplines-source = Numéros nationaux d’urgence. Source : { $source } ; vérifiés le { $date }.
helpline-police = Police (Sûreté nationale), en ville
helpline-police-short = police
helpline-gendarmerie = Gendarmerie royale, à la campagne (comme à Aït Ouribel)
helpline-gendarmerie-short = gendarmerie
helpline-civil-protection = Protection civile : pompiers et ambulance

## Dates: « 7 juillet 2024 »

date-long = { $day } { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

# `amal new`: the title and the guide a new page starts with.
new-page-title = Nouvelle page : { $name }
new-page-guide = Écrivez le texte de la page sous cette ligne, en paragraphes séparés par une ligne vide ; « ## » commence un intertitre. Cette note ne sera pas publiée.
