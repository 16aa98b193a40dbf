## src/images/read.rs: reading a photo

# $longest: the longest side, in pixels, of an image as the site publishes it (2048).
images-save-smaller-hint = open it in a photo editor and save it again as JPEG or PNG ({ $longest } pixels on its longest side is plenty for the site)
images-beyond-limits = this image is larger than amal reads (at most { $megapixels } megapixels, { $side } pixels a side)
# $format: JPEG, PNG or WebP.
images-damaged = this { $format } file is damaged or cut short: amal cannot read its picture
images-damaged-hint = copy the photo again from the phone or the camera, or open it in a photo editor and save it again
images-too-many-pixels = this image is { $width } × { $height } pixels, more than amal reads (at most { $megapixels } megapixels)
images-too-thin = this image is { $width } × { $height } pixels: a strip too thin to show (one side is over { $ratio } times the other)
images-too-thin-hint = crop it to what matters
images-cannot-read = cannot read: { $reason }

## src/images/cache.rs: the copies of photos kept beside the output folder

images-cache-not-ours = { $folder } holds no CACHEDIR.TAG, so it is not amal's: nothing in it was used or removed
images-cache-cannot-tidy = cannot tidy { $folder }: { $reason }
# $format: jpg, png or webp; $detail: the image library's own words, in English.
images-cannot-encode = cannot encode it as { $format }: { $detail }
images-cannot-encode-too-large = cannot encode it as { $format }: wider or taller than a JPEG can be
images-cannot-keep-copy = cannot keep its copy in { $folder }: { $reason }

## src/images/sniff.rs: what a file holds, by its first bytes

# Kinds of files, shown inside the messages below as $format or $found.
images-kind-video = video
images-kind-camera-raw = camera raw
# $format: the raw format's name, like DNG or CR2.
images-kind-camera-raw-of = camera raw ({ $format })
images-save-as-jpeg-hint = open it in a photo editor or the phone's gallery and save or share it as JPEG (PNG for a drawing or a screenshot), then put that file here
# $format: a format's name (HEIC, TIFF…) or one of the images-kind-… messages.
images-cannot-clean = amal cannot remove what a { $format } image carries besides the picture (where and when it was taken, the phone), so it does not publish it
# $extension: the file's extension (jpg, pdf…); $found: what its bytes hold; $named: what its extension says (JPEG, PNG or WebP).
images-holds-another-format = this .{ $extension } file holds a { $found } image, not a { $named } one
images-holds-a-video = this .{ $extension } file holds a video, not a { $named } image
images-rename-hint = rename it with the .{ $extension } extension
images-not-the-format-named = this .{ $extension } file is not a { $named } image (it may be damaged, or another kind of file renamed)
images-file-holds-video = this file holds a video file; published under this name, what it carries besides the picture would go out with it
images-file-holds-image = this file holds a { $found } image; published under this name, what it carries besides the picture would go out with it
images-named-file-holds-video = this .{ $extension } file holds a video file; published under this name, what it carries besides the picture would go out with it
images-named-file-holds-image = this .{ $extension } file holds a { $found } image; published under this name, what it carries besides the picture would go out with it
images-rename-to-clean-hint = rename it with the .{ $extension } extension, so amal cleans it
