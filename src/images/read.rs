//! Reading an image within bounds: its header when the site loads (size,
//! orientation), its pixels when a copy must be made. A file that declares
//! a huge size, or would unpack to more memory than a photo needs, is
//! refused before anything is allocated for it.

use std::io::{BufRead, Cursor, Read, Seek};
use std::path::Path;

use image::{DynamicImage, ImageDecoder, ImageReader, Limits};

use super::{Format, Picture};
use crate::diagnostic::Diagnostic;
use crate::messages::{Message, io_reason};
use crate::msg;

/// The most pixels amal reads in one image: a 50-megapixel phone photo.
pub const MAX_PIXELS: u64 = 50_000_000;
/// The longest side it reads.
const MAX_SIDE: u32 = 20_000;
/// The memory one image may take while it is decoded (a 50-megapixel
/// photo takes 150 MB; its 8-bit copy and a resized one come on top).
const MAX_ALLOC: u64 = 256 * 1024 * 1024;
/// How many times longer than wide (or wide than long) an image may be:
/// every copy then keeps at least a pixel a side, and no copy is taller
/// than an encoder takes.
const MAX_RATIO: u32 = 10;

fn limits() -> Limits {
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    limits
}

fn image_format(format: Format) -> image::ImageFormat {
    match format {
        Format::Jpeg => image::ImageFormat::Jpeg,
        Format::Png => image::ImageFormat::Png,
        Format::Webp => image::ImageFormat::WebP,
    }
}

fn save_again() -> Message {
    msg!("images-save-smaller-hint", longest = super::LARGEST)
}

fn unreadable(shown: &Path, format: Format, error: &image::ImageError) -> Diagnostic {
    match error {
        image::ImageError::Limits(_) => Diagnostic::error(
            shown,
            msg!("images-beyond-limits", megapixels = MAX_PIXELS / 1_000_000, side = MAX_SIDE),
        )
        .hint(save_again()),
        // The decoder's own words name byte counts and markers: of no use
        // to the person who copied the photo.
        _ => Diagnostic::error(shown, msg!("images-damaged", format = format.name()))
            .hint(msg!("images-damaged-hint")),
    }
}

/// The decoder for `bytes`, its upright size checked against the limits.
fn decoder<'r, R: BufRead + Seek + 'r>(
    reader: R,
    format: Format,
    shown: &Path,
) -> Result<(impl ImageDecoder + use<'r, R>, image::metadata::Orientation), Diagnostic> {
    let mut reader = ImageReader::with_format(reader, image_format(format));
    reader.limits(limits());
    let mut decoder = reader.into_decoder().map_err(|e| unreadable(shown, format, &e))?;
    let (width, height) = decoder.dimensions();
    if u64::from(width) * u64::from(height) > MAX_PIXELS || width == 0 || height == 0 {
        return Err(Diagnostic::error(
            shown,
            msg!(
                "images-too-many-pixels",
                width = width,
                height = height,
                megapixels = MAX_PIXELS / 1_000_000
            ),
        )
        .hint(save_again()));
    }
    if width.max(height) / width.min(height) > MAX_RATIO {
        return Err(Diagnostic::error(
            shown,
            msg!("images-too-thin", width = width, height = height, ratio = MAX_RATIO),
        )
        .hint(msg!("images-too-thin-hint")));
    }
    // An orientation tag amal cannot read leaves the photo as stored.
    let orientation = decoder.orientation().unwrap_or(image::metadata::Orientation::NoTransforms);
    Ok((decoder, orientation))
}

fn turns(orientation: image::metadata::Orientation) -> bool {
    use image::metadata::Orientation::*;
    matches!(orientation, Rotate90 | Rotate270 | Rotate90FlipH | Rotate270FlipH)
}

/// The picture at `source` (shown as `shown`), from its header.
pub fn read(source: &Path, format: Format, shown: &Path) -> Result<Picture, Diagnostic> {
    let cannot =
        |e: std::io::Error| Diagnostic::error(shown, msg!("images-cannot-read", reason = io_reason(&e)));
    let mut file = std::fs::File::open(source).map_err(cannot)?;
    let picture = |found| upright(found, source, format);
    // The JPEG decoder reads a whole file to find its header, though the
    // header (EXIF and all) is nearly always in its first kilobytes: a
    // 4 MB photo is read whole only when its header is longer.
    if format == Format::Jpeg {
        let mut head = Vec::with_capacity(HEADER_BYTES);
        (&mut file).take(HEADER_BYTES as u64).read_to_end(&mut head).map_err(cannot)?;
        if head.len() < HEADER_BYTES {
            return decoder(Cursor::new(head.as_slice()), format, shown).map(picture);
        }
        if let Ok(found) = decoder(Cursor::new(head.as_slice()), format, shown) {
            return Ok(picture(found));
        }
        file.rewind().map_err(cannot)?;
    }
    decoder(std::io::BufReader::new(file), format, shown).map(|found| upright(found, source, format))
}

fn upright(
    (decoder, orientation): (impl ImageDecoder, image::metadata::Orientation),
    source: &Path,
    format: Format,
) -> Picture {
    let (width, height) = decoder.dimensions();
    let (width, height) = if turns(orientation) { (height, width) } else { (width, height) };
    Picture { source: source.to_path_buf(), format, width, height }
}

/// How much of a JPEG is read for its header first.
const HEADER_BYTES: usize = 256 * 1024;

/// The upright pixels of an image whose file holds `bytes`, as 8-bit RGB,
/// or RGBA when it has transparency. Nothing else of the file is kept.
pub(super) fn pixels(bytes: &[u8], format: Format, shown: &Path) -> Result<DynamicImage, Diagnostic> {
    let (decoder, orientation) = decoder(Cursor::new(bytes), format, shown)?;
    let mut image = DynamicImage::from_decoder(decoder).map_err(|e| unreadable(shown, format, &e))?;
    image.apply_orientation(orientation);
    Ok(if image.color().has_alpha() {
        DynamicImage::ImageRgba8(image.into_rgba8())
    } else {
        DynamicImage::ImageRgb8(image.into_rgb8())
    })
}
