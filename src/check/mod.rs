//! Checks on the rendered site, before anything is written: every link and
//! anchor leads somewhere (`amal check`), and a publishing build refuses a
//! site that cannot help the woman who reads it.

pub mod links;
pub mod publishing;
pub mod translations;
