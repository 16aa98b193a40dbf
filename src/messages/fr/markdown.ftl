# review: pending (amal's own words, translated by the project: to be read by a native speaker)
## A page's Markdown (src/markdown/mod.rs).

# $depth: the deepest nesting allowed
markdown-html-too-deep = le HTML brut est imbriqué sur plus de { $depth } niveaux
markdown-html-too-deep-hint = fermez les éléments que vous ouvrez : aucune mise en page n’a besoin d’une telle profondeur
markdown-shortcode-syntax-hint = un shortcode s’écrit `{"{{"}< nom "argument" >{"}}"}`
markdown-shortcode-failed-hint = un shortcode s’écrit `{"{{"}< nom "argument" >{"}}"}` ; la liste des shortcodes est dans README.md
# $src: the image's address as written
markdown-image-no-alt = l’image `{ $src }` n’a pas de texte qui dit ce qu’elle montre
markdown-image-no-alt-hint = écrivez ce qu’elle montre entre les crochets, dans la langue de la page, pour les personnes qui ne peuvent pas la voir : ![Deux femmes devant le centre](photo.jpg) ; seule une image purement décorative peut porter ![decorative](photo.jpg)
markdown-image-from-another-site = l’image `{ $src }` est chargée depuis un autre site
markdown-image-from-another-site-hint = enregistrez l’image à côté de la page dans content/ et indiquez simplement son nom de fichier : le navigateur des lectrices ne doit jamais rien demander à un autre site
markdown-image-not-found-hint = placez l’image dans le dossier de la page sous content/ et écrivez son nom de fichier, par exemple ![…](photo.jpg)
# $finding: what was removed, like "the <script> element"
markdown-raw-html-removed = HTML brut : amal a retiré { $finding }
markdown-raw-html-removed-hint = les pages peuvent utiliser du HTML simple pour la mise en page, mais jamais de scripts, de cadres, de styles ni de gestionnaires d’événements
# $link: the link as written
markdown-link-to-no-page = le lien `{ $link }` ne mène à aucune page de cette langue
markdown-link-to-no-page-hint = écrivez le chemin d’un fichier sous content/<lang>/, par exemple `@/services/listening.md`
markdown-link-to-no-page-did-you-mean = vouliez-vous dire `@/{ $meant }` ?
markdown-link-unsafe-scheme = le lien `{ $link }` utilise un type d’adresse dangereux et a été retiré
markdown-link-unsafe-scheme-hint = les liens peuvent commencer par http, https, mailto et tel

## What raw HTML loses (src/markdown/sanitize.rs), shown inside markdown-raw-html-removed.

# $name: an HTML element's name, like "script"
markdown-removed-element = l’élément <{ $name }>
# $attribute: an attribute's name, like "onclick"
markdown-removed-event-handler = le gestionnaire d’événement `{ $attribute }` sur <{ $name }>
markdown-removed-attribute = l’attribut `{ $attribute }` sur <{ $name }>
markdown-removed-unsafe-url = l’adresse dangereuse dans `{ $attribute }` sur <{ $name }>

## How a shortcode call is written (src/markdown/shortcode_syntax.rs).

markdown-shortcode-not-closed = ce shortcode n’est jamais fermé par `>{"}}"}`
# $name: the word written where the shortcode's name goes
markdown-shortcode-bad-name = `{ $name }` n’est pas un nom de shortcode
markdown-shortcode-no-name = un shortcode a besoin d’un nom, par exemple `{"{{"}< placeholder "…" >{"}}"}`
# $key: the argument's name
markdown-shortcode-argument-twice = l’argument `{ $key }` est donné deux fois
markdown-shortcode-bad-argument-name = `{ $key }` n’est pas un nom d’argument
markdown-shortcode-quote-not-closed = un argument entre guillemets n’est jamais fermé par `"`
