# review: pending (amal's own words, translated by the project: to be read by a native speaker)
## src/images/read.rs: reading a photo

images-save-smaller-hint = ouvrez-la dans un logiciel de retouche photo et enregistrez-la à nouveau en JPEG ou en PNG ({ $longest } pixels sur son plus grand côté suffisent largement pour le site)
images-beyond-limits = cette image est plus grande que ce que lit amal (au plus { $megapixels } mégapixels, et { $side } pixels de côté)
images-damaged = ce fichier { $format } est abîmé ou incomplet : amal ne peut pas lire son image
images-damaged-hint = copiez à nouveau la photo depuis le téléphone ou l’appareil photo, ou ouvrez-la dans un logiciel de retouche photo et enregistrez-la à nouveau
images-too-many-pixels = cette image fait { $width } × { $height } pixels, plus que ce que lit amal (au plus { $megapixels } mégapixels)
images-too-thin = cette image fait { $width } × { $height } pixels : c’est une bande trop fine pour être affichée (un côté fait plus de { $ratio } fois l’autre)
images-too-thin-hint = recadrez-la sur l’essentiel
images-cannot-read = impossible de lire : { $reason }

## src/images/cache.rs: the copies of photos kept beside the output folder

images-cache-not-ours = { $folder } ne contient pas de fichier CACHEDIR.TAG, ce n’est donc pas un dossier d’amal : rien n’y a été utilisé ni supprimé
images-cache-cannot-tidy = impossible de faire le ménage dans { $folder } : { $reason }
images-cannot-encode = impossible de l’encoder en { $format } : { $detail }
images-cannot-encode-too-large = impossible de l’encoder en { $format } : elle est plus large ou plus haute qu’un JPEG ne peut l’être
images-cannot-keep-copy = impossible de garder sa copie dans { $folder } : { $reason }

## src/images/sniff.rs: what a file holds, by its first bytes

images-kind-video = vidéo
images-kind-camera-raw = RAW d’appareil photo
images-kind-camera-raw-of = RAW d’appareil photo ({ $format })
images-save-as-jpeg-hint = ouvrez-la dans un logiciel de retouche photo ou dans la galerie du téléphone, enregistrez-la ou partagez-la en JPEG (en PNG pour un dessin ou une capture d’écran), puis placez ce fichier ici
images-cannot-clean = amal ne peut pas retirer ce qu’une image { $format } contient en plus de la photo (où et quand elle a été prise, le téléphone utilisé) : il ne la publie donc pas
images-holds-another-format = ce fichier .{ $extension } contient une image { $found }, pas une image { $named }
images-holds-a-video = ce fichier .{ $extension } contient une vidéo, pas une image { $named }
images-rename-hint = renommez-le avec l’extension .{ $extension }
images-not-the-format-named = ce fichier .{ $extension } n’est pas une image { $named } (il est peut-être abîmé, ou c’est un autre type de fichier renommé)
images-file-holds-video = ce fichier contient une vidéo ; publié sous ce nom, il emporterait avec lui tout ce qu’il contient en plus de l’image
images-file-holds-image = ce fichier contient une image { $found } ; publié sous ce nom, il emporterait avec lui tout ce qu’il contient en plus de l’image
images-named-file-holds-video = ce fichier .{ $extension } contient une vidéo ; publié sous ce nom, il emporterait avec lui tout ce qu’il contient en plus de l’image
images-named-file-holds-image = ce fichier .{ $extension } contient une image { $found } ; publié sous ce nom, il emporterait avec lui tout ce qu’il contient en plus de l’image
images-rename-to-clean-hint = renommez-le avec l’extension .{ $extension }, pour qu’amal le nettoie
