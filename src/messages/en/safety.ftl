## Files published as they are (src/safety/copied_files.rs).

safety-html-file = an HTML file is published as it is, without the checks every page gets
safety-html-file-hint = write it as a Markdown page instead, or link to a PDF
# $why: one of the safety-svg-… messages below
safety-svg-refused = this SVG { $why }
safety-svg-refused-hint = export it again as plain SVG without scripts, links, embedded images or content, or use a PNG
# $why: one of the safety-pdf-… messages below
safety-pdf-refused = this PDF { $why }
safety-pdf-refused-hint = make the PDF again from photos without their metadata (the copies amal publishes of them, for one), or with the option that removes personal information
# $extension: the file's extension, like docx
safety-file-type-refused = amal does not publish .{ $extension } files: it cannot check what they carry (a photo inside a document, where a video was filmed, who wrote it)
safety-file-type-refused-hint = publish a document as PDF and a photo as JPEG or PNG, beside the page; a video or a recording is best left off the site (it also weighs too much on a slow connection)

# What is wrong with a PDF, after "this PDF".
safety-pdf-photo-exif = holds a photo with its metadata (EXIF: where and when it was taken, the phone)
safety-pdf-photo-gps = holds a photo with its metadata (a GPS position)

# What is wrong with an SVG, after "this SVG".
# $detail: what the XML reader says, in English
safety-svg-not-xml = cannot be read as XML ({ $detail })
safety-svg-style-loads = loads something from another site in its style
safety-svg-doctype = declares a DOCTYPE (entities could expand without end)
safety-svg-processing-instruction = holds a processing instruction
# $name: the element's name, like script
safety-svg-element = holds a <{ $name }> element
safety-svg-malformed-attribute = has a malformed attribute
# $key: the attribute's name, like onload
safety-svg-event-handler = has an event handler ({ $key })
safety-svg-script-link = links to a script
# $name: the element's name; $value: the attribute it animates
safety-svg-animates-link = animates a link (<{ $name } attributeName="{ $value }">)
safety-svg-embedded-image = embeds an image, which keeps what the photo carries (where and when it was taken)
safety-svg-names-a-file = names a file of the computer that made it ({ $key })
# $url: an address on another site
safety-svg-loads = loads { $url } from another site
safety-svg-attribute-loads = loads something from another site in its { $key } attribute

## What a page would load from another site (src/safety/other_site.rs).

# $url: an address on another site, as it is
safety-address = { $url }
# Stands where an address would be named.
safety-nested-too-deeply = (markup nested too deeply to check)
safety-data-document = (a document inside a data: URL)
