//! What a file of the site is, by its name and its first bytes: a name can
//! lie (`photo.pdf` holding a JPEG with its GPS position), the bytes cannot.

use std::io::Read;
use std::path::Path;

use super::Format;
use crate::diagnostic::Diagnostic;
use crate::messages::{Arg, io_reason};
use crate::msg;

/// What a file is, for publishing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sniffed {
    /// An image amal reads and encodes again.
    Raster(Format),
    /// Anything else (a PDF, a font, an SVG): published as it is, after
    /// the checks its type gets.
    NotAnImage,
}

/// An image format, as the file's first bytes tell it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Found {
    Raster(Format),
    /// An image amal cannot read to its pixels, so cannot clean.
    Other(&'static str),
}

/// Extensions of images amal cannot clean, with the format's name.
const REFUSED: &[(&str, &str)] = &[
    ("gif", "GIF"),
    ("heic", "HEIC"),
    ("heif", "HEIF"),
    ("avif", "AVIF"),
    ("tif", "TIFF"),
    ("tiff", "TIFF"),
    ("bmp", "BMP"),
    ("jxl", "JPEG XL"),
    ("dng", "camera raw (DNG)"),
    ("cr2", "camera raw (CR2)"),
    ("cr3", "camera raw (CR3)"),
    ("nef", "camera raw (NEF)"),
    ("arw", "camera raw (ARW)"),
    ("orf", "camera raw (ORF)"),
    ("rw2", "camera raw (RW2)"),
    ("raf", "camera raw (RAF)"),
];

fn format_named(extension: &str) -> Option<Format> {
    match extension {
        "jpg" | "jpeg" | "jpe" | "jfif" => Some(Format::Jpeg),
        "png" => Some(Format::Png),
        "webp" => Some(Format::Webp),
        _ => None,
    }
}

fn found_in(head: &[u8]) -> Option<Found> {
    let at = |offset: usize, bytes: &[u8]| head.get(offset..offset + bytes.len()) == Some(bytes);
    if at(0, &[0xFF, 0xD8, 0xFF]) {
        return Some(Found::Raster(Format::Jpeg));
    }
    if at(0, b"\x89PNG\r\n\x1a\n") {
        return Some(Found::Raster(Format::Png));
    }
    if at(0, b"RIFF") && at(8, b"WEBP") {
        return Some(Found::Raster(Format::Webp));
    }
    if at(0, b"GIF87a") || at(0, b"GIF89a") {
        return Some(Found::Other("GIF"));
    }
    // Camera raw files (DNG, CR2, NEF, ARW…) are TIFF inside; Panasonic's
    // and Leica's (RW2, RWL) and Olympus's (ORF) nearly so.
    if at(0, b"II*\0") || at(0, b"MM\0*") {
        return Some(Found::Other("TIFF"));
    }
    if at(0, b"IIU\0") || at(0, b"IIRO") || at(0, b"IIRS") {
        return Some(Found::Other("camera raw"));
    }
    if at(0, b"\0\0\0\x0cjP  \r\n\x87\n") || at(0, &[0xFF, 0x4F, 0xFF, 0x51]) {
        return Some(Found::Other("JPEG 2000"));
    }
    if at(4, b"ftyp") {
        let brand = head.get(8..12).unwrap_or_default();
        if [&b"heic"[..], b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1"].contains(&brand) {
            return Some(Found::Other("HEIC"));
        }
        if [&b"avif"[..], b"avis"].contains(&brand) {
            return Some(Found::Other("AVIF"));
        }
        if brand == b"crx " {
            return Some(Found::Other("camera raw (CR3)"));
        }
        // MP4, QuickTime, 3GP: a phone's videos, which record where they were filmed.
        return Some(Found::Other("video"));
    }
    if at(0, &[0xFF, 0x0A]) || at(0, b"\0\0\0\x0cJXL \r\n\x87\n") {
        return Some(Found::Other("JPEG XL"));
    }
    if at(0, b"BM") && at(6, &[0, 0, 0, 0]) {
        return Some(Found::Other("BMP"));
    }
    None
}

fn name(found: Found) -> &'static str {
    match found {
        Found::Raster(format) => format.name(),
        Found::Other(name) => name,
    }
}

/// A format's name as a message shows it: a name like `HEIC` as it is,
/// words (a camera's raw files, a video) in the run's language.
fn said(name: &'static str) -> Arg {
    match name {
        "video" => msg!("images-kind-video").into(),
        "camera raw" => msg!("images-kind-camera-raw").into(),
        _ => match name.strip_prefix("camera raw (").and_then(|n| n.strip_suffix(')')) {
            Some(maker) => msg!("images-kind-camera-raw-of", format = maker).into(),
            None => name.into(),
        },
    }
}

/// Reads the first bytes of `path` (shown to people as `shown`) and says
/// what it is, or why it cannot be published.
pub fn sniff(path: &Path, shown: &Path) -> Result<Sniffed, Diagnostic> {
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    let named = format_named(&extension);
    let refused = REFUSED.iter().find(|(e, _)| *e == extension).map(|(_, name)| *name);
    let mut head = [0u8; 32];
    let mut read = 0;
    let cannot_read =
        |e: std::io::Error| Diagnostic::error(shown, msg!("images-cannot-read", reason = io_reason(&e)));
    let mut file = std::fs::File::open(path).map_err(cannot_read)?;
    while read < head.len() {
        match file.read(&mut head[read..]) {
            Ok(0) => break,
            Ok(n) => read += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(cannot_read(e)),
        }
    }
    let found = found_in(&head[..read]);
    let save_again = || msg!("images-save-as-jpeg-hint");
    if let Some(format) = refused {
        let message = msg!("images-cannot-clean", format = said(format));
        return Err(Diagnostic::error(shown, message).hint(save_again()));
    }
    match (named, found) {
        (Some(named), Some(Found::Raster(format))) if named == format => Ok(Sniffed::Raster(format)),
        (Some(named), Some(found)) => Err(Diagnostic::error(
            shown,
            if found == Found::Other("video") {
                msg!("images-holds-a-video", extension = &extension, named = named.name())
            } else {
                msg!(
                    "images-holds-another-format",
                    extension = &extension,
                    found = said(name(found)),
                    named = named.name()
                )
            },
        )
        .hint(match found {
            Found::Raster(format) => msg!("images-rename-hint", extension = format.extension()),
            Found::Other(_) => save_again(),
        })),
        (Some(named), None) => Err(Diagnostic::error(
            shown,
            msg!("images-not-the-format-named", extension = &extension, named = named.name()),
        )
        .hint(save_again())),
        (None, Some(found)) => {
            let message = match (extension.is_empty(), found) {
                (true, Found::Other("video")) => msg!("images-file-holds-video"),
                (true, _) => msg!("images-file-holds-image", found = said(name(found))),
                (false, Found::Other("video")) => {
                    msg!("images-named-file-holds-video", extension = &extension)
                }
                (false, _) => {
                    msg!("images-named-file-holds-image", extension = &extension, found = said(name(found)))
                }
            };
            Err(Diagnostic::error(shown, message).hint(match found {
                Found::Raster(format) => msg!("images-rename-to-clean-hint", extension = format.extension()),
                Found::Other(_) => save_again(),
            }))
        }
        (None, None) => Ok(Sniffed::NotAnImage),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sniffed(name: &str, bytes: &[u8]) -> Result<Sniffed, String> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        sniff(&path, Path::new(name)).map_err(|d| d.message.to_string())
    }

    #[test]
    fn a_name_that_lies_is_caught_by_the_bytes() {
        assert_eq!(sniffed("a.JPG", b"\xFF\xD8\xFF\xE1rest"), Ok(Sniffed::Raster(Format::Jpeg)));
        assert_eq!(sniffed("a.png", b"\x89PNG\r\n\x1a\nrest"), Ok(Sniffed::Raster(Format::Png)));
        assert_eq!(sniffed("a.webp", b"RIFF\0\0\0\0WEBPVP8 "), Ok(Sniffed::Raster(Format::Webp)));
        assert_eq!(sniffed("a.pdf", b"%PDF-1.7"), Ok(Sniffed::NotAnImage));
        assert_eq!(sniffed("empty.txt", b""), Ok(Sniffed::NotAnImage));
        let lies = [
            ("photo.jpg", &b"\x89PNG\r\n\x1a\n"[..], "holds a PNG image, not a JPEG one"),
            ("photo.pdf", b"\xFF\xD8\xFF\xE0", "holds a JPEG image"),
            ("photo.txt", b"\0\0\0\x18ftypheic", "holds a HEIC image"),
            ("photo.jpg", b"<html>", "is not a JPEG image"),
            ("photo.jpg", b"", "is not a JPEG image"),
            ("IMG_0001.HEIC", b"\0\0\0\x18ftypheic", "HEIC image"),
            ("scan.tiff", b"II*\0", "TIFF image"),
            ("anim.gif", b"GIF89a", "GIF image"),
        ];
        for (name, bytes, said) in lies {
            let error = sniffed(name, bytes).unwrap_err();
            assert!(error.contains(said), "{name}: {error}");
        }
    }
}
