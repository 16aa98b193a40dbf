# review: pending (amal's own words, translated by the project: to be read by a native speaker)
## Files published as they are (src/safety/copied_files.rs).

safety-html-file = un fichier HTML serait publié tel quel, sans les vérifications que reçoit chaque page
safety-html-file-hint = écrivez-le plutôt comme une page Markdown, ou faites un lien vers un PDF
# $why: one of the safety-svg-… messages below
safety-svg-refused = ce SVG { $why }
safety-svg-refused-hint = exportez-le de nouveau en SVG simple, sans scripts, liens, images ou contenus intégrés, ou utilisez un PNG
# $why: one of the safety-pdf-… messages below
safety-pdf-refused = ce PDF { $why }
safety-pdf-refused-hint = refaites le PDF à partir de photos sans leurs métadonnées (par exemple les copies qu’amal en publie), ou avec l’option qui retire les informations personnelles
# $extension: the file's extension, like docx
safety-file-type-refused = amal ne publie pas les fichiers .{ $extension } : il ne peut pas vérifier ce qu’ils contiennent (une photo dans un document, le lieu où une vidéo a été filmée, qui l’a écrit)
safety-file-type-refused-hint = publiez un document en PDF et une photo en JPEG ou PNG, à côté de la page ; une vidéo ou un enregistrement sonore a plutôt sa place hors du site (c’est aussi trop lourd pour une connexion lente)

# What is wrong with a PDF, after "this PDF".
safety-pdf-photo-exif = contient une photo avec ses métadonnées (EXIF : où et quand elle a été prise, le téléphone)
safety-pdf-photo-gps = contient une photo avec ses métadonnées (une position GPS)

# What is wrong with an SVG, after "this SVG".
# $detail: what the XML reader says, in English
safety-svg-not-xml = ne peut pas être lu comme du XML ({ $detail })
safety-svg-style-loads = charge quelque chose depuis un autre site dans son style
safety-svg-doctype = déclare un DOCTYPE (des entités pourraient s’étendre sans fin)
safety-svg-processing-instruction = contient une instruction de traitement
# $name: the element's name, like script
safety-svg-element = contient un élément <{ $name }>
safety-svg-malformed-attribute = a un attribut mal formé
# $key: the attribute's name, like onload
safety-svg-event-handler = a un gestionnaire d’événement ({ $key })
safety-svg-script-link = fait un lien vers un script
# $name: the element's name; $value: the attribute it animates
safety-svg-animates-link = anime un lien (<{ $name } attributeName="{ $value }">)
safety-svg-embedded-image = intègre une image, qui garde ce que la photo porte en elle (où et quand elle a été prise)
safety-svg-names-a-file = nomme un fichier de l’ordinateur qui l’a créé ({ $key })
# $url: an address on another site
safety-svg-loads = charge { $url } depuis un autre site
safety-svg-attribute-loads = charge quelque chose depuis un autre site dans son attribut { $key }

## What a page would load from another site (src/safety/other_site.rs).

# $url: an address on another site, as it is
safety-address = { $url }
# Stands where an address would be named.
safety-nested-too-deeply = (balisage trop imbriqué pour être vérifié)
safety-data-document = (un document à l’intérieur d’une adresse data:)
