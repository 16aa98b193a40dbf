//! Write: the built site as files, and the only code that touches the
//! output folder. The site is held in memory as [`Output`] (`serve` keeps
//! it there); `build` stages each file beside the output folder as it is
//! rendered and moves them in only once the whole build has succeeded,
//! keeping a manifest of what it wrote so that it removes nothing else.

mod files;
pub mod manifest;
mod out_dir;
mod staging;

pub use self::files::{Body, Output, OutputFile};
pub use self::out_dir::check_out_dir;
pub use self::staging::{Kept, Staging};
