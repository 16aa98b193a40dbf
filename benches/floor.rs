//! The floor for a full build: read every Markdown file under `content/`,
//! render it with pulldown-cmark in parallel, and write one HTML file each.
//! No front matter, templates, translations or checks: nothing a site needs,
//! only the work no generator can avoid. amal's full build is compared to it.
//!
//! cargo run --release --example floor -- SITE OUT

use std::path::{Path, PathBuf};

use rayon::prelude::*;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (site, out) = (Path::new(&args[1]), PathBuf::from(&args[2]));
    let files: Vec<PathBuf> = walkdir::WalkDir::new(site.join("content"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .map(|e| e.into_path())
        .collect();
    let _ = std::fs::remove_dir_all(&out);
    files.par_iter().for_each(|file| {
        let text = std::fs::read_to_string(file).expect("readable");
        let mut html = String::with_capacity(text.len() * 3 / 2);
        let options = pulldown_cmark::Options::ENABLE_TABLES | pulldown_cmark::Options::ENABLE_FOOTNOTES;
        pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new_ext(&text, options));
        let target = out.join(file.strip_prefix(site).expect("inside the site")).with_extension("html");
        std::fs::create_dir_all(target.parent().expect("a parent")).expect("writable");
        std::fs::write(target, html).expect("writable");
    });
    eprintln!("rendered {} files", files.len());
}
