//! Small pieces every stage uses, depending on nothing of the site.

pub mod date;
pub mod escape;
pub mod reading;
pub mod text;
pub mod timings;
pub mod writing;
pub mod yaml;
