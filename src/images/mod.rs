//! Images as published. A phone photo carries its GPS position, the time it
//! was taken, the phone's model and serial and often a thumbnail of the
//! uncropped picture: for a shelter, that can publish where it is. So every
//! JPEG, PNG and WebP that reaches the site is read to its pixels, turned
//! upright, and encoded again from those pixels alone: no byte of the
//! original file's metadata can follow, whatever container trick holds it.
//! There is no switch to publish an original as it is.
//!
//! Formats amal cannot clean this way (HEIC, TIFF, GIF, camera raw…) are
//! refused with what to do, and so is a file whose name hides an image
//! (`photo.pdf` holding a JPEG). Photos of Markdown pages also get
//! phone-sized copies ([`WIDTHS`]) in WebP with a JPEG or PNG fallback.
//!
//! Steps: [`sniff`] what a file is, [`read`] its header (size, orientation)
//! when the site loads, then [`Cache::publish`] decodes, resizes and encodes
//! what is missing from the cache beside the output.

mod cache;
mod encode;
mod read;
mod sniff;

pub use self::cache::{Cache, CacheError};
pub use self::read::read;
pub use self::sniff::{Sniffed, sniff};

use std::path::PathBuf;

/// The raster formats amal publishes, each encoded again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Jpeg,
    Png,
    Webp,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Jpeg => "jpg",
            Format::Png => "png",
            Format::Webp => "webp",
        }
    }

    /// The format's name, as people know it.
    pub fn name(self) -> &'static str {
        match self {
            Format::Jpeg => "JPEG",
            Format::Png => "PNG",
            Format::Webp => "WebP",
        }
    }

    /// The format of the copies for browsers without WebP: a PNG stays a
    /// PNG (a logo, a screenshot with text), anything else is a JPEG.
    pub fn fallback(self) -> Format {
        match self {
            Format::Png => Format::Png,
            Format::Jpeg | Format::Webp => Format::Jpeg,
        }
    }
}

/// Widths of the copies made for a Markdown photo: a phone at 1×, 2× and 3×
/// (or a wider screen at 1×, in the 40rem column). None is wider than the
/// photo.
pub const WIDTHS: [u32; 3] = [360, 720, 1080];

/// The longest side of an image published under its own name.
pub const LARGEST: u32 = 2048;

/// A raster image of the site, as its header describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picture {
    pub source: PathBuf,
    pub format: Format,
    /// Upright size: an orientation tag that turns the photo swaps them.
    pub width: u32,
    pub height: u32,
}

/// One file made from a picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Recipe {
    pub format: Format,
    pub width: u32,
}

impl Picture {
    /// Height at `width`, the proportions kept.
    pub fn height_at(&self, width: u32) -> u32 {
        ((u64::from(self.height) * u64::from(width) + u64::from(self.width) / 2)
            / u64::from(self.width.max(1)))
        .max(1) as u32
    }

    /// The file published under the picture's own name: its format, and
    /// its size unless the longest side is over [`LARGEST`].
    pub fn own(&self) -> Recipe {
        let longest = self.width.max(self.height);
        let width = if longest <= LARGEST {
            self.width
        } else {
            (u64::from(self.width) * u64::from(LARGEST) / u64::from(longest)).max(1) as u32
        };
        Recipe { format: self.format, width }
    }

    /// The widths of a Markdown photo's copies, smallest first, never wider
    /// than the photo (a narrow one gets one copy at its own width).
    pub fn widths(&self) -> Vec<u32> {
        let mut widths: Vec<u32> = WIDTHS.iter().copied().filter(|&w| w < self.width).collect();
        if self.width <= WIDTHS[WIDTHS.len() - 1] {
            widths.push(self.width);
        }
        widths
    }

    /// Every file published for the picture: its own, and for a photo of
    /// the content the copies at [`Picture::widths`] in WebP and fallback.
    pub fn recipes(&self, with_copies: bool) -> Vec<Recipe> {
        let mut recipes = vec![self.own()];
        if with_copies {
            for width in self.widths() {
                recipes.push(Recipe { format: Format::Webp, width });
                recipes.push(Recipe { format: self.format.fallback(), width });
            }
        }
        recipes
    }
}

/// What `source` (shown as `shown`) is for publishing: `Some` picture to
/// encode again, `None` for a file that is not an image, or why it cannot
/// be published.
pub fn examine(
    source: &std::path::Path,
    shown: &std::path::Path,
) -> Result<Option<Picture>, crate::diagnostic::Diagnostic> {
    match sniff(source, shown)? {
        Sniffed::Raster(format) => read(source, format, shown).map(Some),
        Sniffed::NotAnImage => Ok(None),
    }
}

/// For the fuzz target: reads `bytes` as each format and, when that
/// succeeds for a small picture, makes a small copy in each format.
#[doc(hidden)]
pub fn read_and_encode(bytes: &[u8]) {
    for format in [Format::Jpeg, Format::Png, Format::Webp] {
        let shown = std::path::Path::new("fuzz");
        let Ok(pixels) = read::pixels(bytes, format, shown) else { continue };
        if u64::from(pixels.width()) * u64::from(pixels.height()) > 1 << 20 {
            continue;
        }
        let mut resizer = fast_image_resize::Resizer::new();
        for target in [Format::Jpeg, Format::Png, Format::Webp] {
            let width = pixels.width().min(24);
            let _ = encode::encode(&pixels, Recipe { format: target, width }, &mut resizer);
        }
    }
}

/// The output path of a copy: `news/photo.jpg` at 360 px in WebP is
/// `news/photo.360.webp`.
pub fn copy_path(own_path: &str, recipe: Recipe) -> String {
    let stem = match own_path.rfind('.') {
        Some(dot) if !own_path[dot..].contains('/') => &own_path[..dot],
        _ => own_path,
    };
    format!("{stem}.{}.{}", recipe.width, recipe.format.extension())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn picture(width: u32, height: u32) -> Picture {
        Picture { source: PathBuf::from("p.jpg"), format: Format::Jpeg, width, height }
    }

    #[test]
    fn copies_are_never_wider_than_the_photo() {
        assert_eq!(picture(4000, 3000).widths(), [360, 720, 1080]);
        assert_eq!(picture(800, 600).widths(), [360, 720, 800]);
        assert_eq!(picture(300, 200).widths(), [300]);
        assert_eq!(picture(1080, 10).widths(), [360, 720, 1080]);
    }

    #[test]
    fn its_own_file_is_at_most_2048_pixels_on_its_longest_side() {
        assert_eq!(picture(4000, 3000).own(), Recipe { format: Format::Jpeg, width: 2048 });
        assert_eq!(picture(3000, 4000).own(), Recipe { format: Format::Jpeg, width: 1536 });
        assert_eq!(picture(640, 480).own(), Recipe { format: Format::Jpeg, width: 640 });
        assert_eq!(picture(4000, 3000).height_at(2048), 1536);
    }

    #[test]
    fn copies_are_named_after_the_photo() {
        let recipe = Recipe { format: Format::Webp, width: 360 };
        assert_eq!(copy_path("fr/news/photo.jpg", recipe), "fr/news/photo.360.webp");
        assert_eq!(copy_path("fr/a.b/photo", recipe), "fr/a.b/photo.360.webp");
    }
}
