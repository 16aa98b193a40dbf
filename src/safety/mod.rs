//! What may reach the reader's browser. A page that would make her browser
//! contact another site, or a copied file a browser would run as a
//! document, fails the build: these scanners decide, on any text, and
//! depend on nothing of the site.

pub mod copied_files;
pub mod other_site;
