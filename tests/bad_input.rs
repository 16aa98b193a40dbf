//! Every mistake an author can make gets a located message, exit code 1, no
//! panic, and the previous good site stays exactly as it was.

mod common;

use common::TestSite;

fn assert_rejected(mutate: impl FnOnce(&TestSite), expected: &[&str]) -> String {
    common::assert_rejected("basic", mutate, expected).stderr()
}

#[test]
fn a_yaml_syntax_error_in_front_matter() {
    assert_rejected(
        |s| s.write("content/fr/about.md", "---\ntitle: \"À propos\nweight: 1\n---\nTexte.\n"),
        &["content/fr/about.md:2:"],
    );
}

#[test]
fn an_unknown_front_matter_key_is_named_with_its_line() {
    let stderr = assert_rejected(
        |s| s.write("content/fr/about.md", "---\ntitle: À propos\ntitel: typo\n---\n"),
        &["content/fr/about.md:3:1: error: unknown field `titel`", "hint:"],
    );
    assert!(stderr.contains("expected one of"), "{stderr}");
}

#[test]
fn a_wrong_type_in_front_matter() {
    assert_rejected(
        |s| s.write("content/fr/about.md", "---\ntitle: À propos\nweight: heavy\n---\n"),
        &["content/fr/about.md:3:9: error: invalid i64", "whole number"],
    );
}

#[test]
fn an_impossible_date() {
    assert_rejected(
        |s| s.write("content/fr/about.md", "---\ntitle: À propos\ndate: 2024-02-30\n---\n"),
        &["content/fr/about.md:3:", "`2024-02-30` is not a day of the calendar"],
    );
}

#[test]
fn a_page_without_front_matter() {
    assert_rejected(
        |s| s.write("content/fr/about.md", "# À propos\n"),
        &["content/fr/about.md:1:1: error: the page does not start with front matter"],
    );
}

#[test]
fn a_template_syntax_error_names_the_template_and_line() {
    assert_rejected(
        |s| {
            s.write(
                "templates/page.html",
                "{% extends \"base.html\" %}\n{% block main %}\n{{ page.title \n{% endblock main %}\n",
            )
        },
        &["templates/page.html:4:1: error: template syntax error: Found `{` but expected }}"],
    );
}

#[test]
fn a_template_extending_a_missing_one_is_named_at_its_extends_line() {
    assert_rejected(
        |s| {
            s.write(
                "templates/page.html",
                "\n{% extends \"basee.html\" %}{% block main %}x{% endblock main %}",
            )
        },
        &[
            "templates/page.html:2: error: Template 'page.html' is inheriting from 'basee.html', which doesn't exist",
        ],
    );
}

#[test]
fn an_undefined_template_variable_names_the_template_and_the_page() {
    assert_rejected(
        |s| {
            s.write(
                "templates/page.html",
                "{% extends \"base.html\" %}{% block main %}{{ page.nonsense.title }}{% endblock main %}",
            )
        },
        &[
            "templates/page.html:1:50: error: Field `nonsense` is not defined",
            "while rendering content/",
            "more pages)",
        ],
    );
}

#[test]
fn an_undefined_variable_after_a_message_is_placed_in_the_template_as_written() {
    // The message is written into the template before rendering; the error
    // still points at the column of the template as its author wrote it.
    assert_rejected(
        |s| {
            s.write(
                "templates/page.html",
                "{% extends \"base.html\" %}{% block main %}{{ t(key=\"skip-to-content\") }}{{ page.nonsense.title }}{% endblock main %}",
            )
        },
        &["templates/page.html:1:80: error: Field `nonsense` is not defined"],
    );
}

#[test]
fn a_template_naming_a_missing_fluent_message() {
    assert_rejected(
        |s| {
            s.write("templates/page.html", "{% extends \"base.html\" %}{% block main %}\n{{ t(key=\"no-such-message\", lang=lang.code) }}{% endblock main %}")
        },
        &[
            "templates/page.html:2: error: Fluent message `no-such-message` is missing in locales/ar/",
            "templates/page.html:2: error: Fluent message `no-such-message` is missing in locales/zgh/",
        ],
    );
}

#[test]
fn a_fluent_message_missing_in_one_language() {
    assert_rejected(
        |s| {
            let text = s.read("locales/zgh/main.ftl").replace("quick-exit = ", "quick-exit-typo = ");
            s.write("locales/zgh/main.ftl", &text);
        },
        &[
            "themes/default/templates/404.html:11: error: Fluent message `quick-exit` is missing in locales/zgh/",
        ],
    );
}

#[test]
fn a_fluent_syntax_error() {
    assert_rejected(
        |s| s.write("locales/fr/extra.ftl", "ok = fine\nbroken = { $x\n"),
        &["locales/fr/extra.ftl:2:1: error: Fluent syntax"],
    );
}

#[test]
fn a_fluent_message_defined_twice() {
    assert_rejected(
        |s| s.write("locales/fr/extra.ftl", "site-name = Autre nom\n"),
        &[
            "locales/fr/main.ftl:3:1: error: Fluent message `site-name` is defined twice for this language (first at locales/fr/extra.ftl:1)",
        ],
    );
}

#[test]
fn two_pages_that_would_share_one_address() {
    assert_rejected(
        |s| s.write("content/fr/services/listening/_index.md", "---\ntitle: Doublon\n---\n"),
        &["would both be published at /fr/services/listening/"],
    );
}

#[test]
fn a_content_language_that_site_yaml_does_not_declare() {
    assert_rejected(
        |s| s.write("content/en/_index.md", "---\ntitle: Home\n---\n"),
        &["content/en: error: `en` is not a language declared in site.yaml", "ar, fr, zgh"],
    );
}

#[test]
fn a_file_that_is_not_utf8() {
    assert_rejected(
        |s| {
            let mut bytes = b"---\ntitle: Caf".to_vec();
            bytes.push(0xE9);
            bytes.extend_from_slice(b"\n---\n");
            std::fs::write(s.path().join("content/fr/about.md"), bytes).unwrap();
        },
        &["content/fr/about.md:2:11: error: the file is not valid UTF-8 text", "UTF-8"],
    );
}

#[test]
fn a_typo_in_site_yaml() {
    assert_rejected(
        |s| {
            let text = s.read("site.yaml").replace("menu:", "menus:");
            s.write("site.yaml", &text);
        },
        &["site.yaml:12:1: error: unknown field `menus`"],
    );
}

#[test]
fn a_link_to_a_page_that_does_not_exist() {
    assert_rejected(
        |s| s.write("content/fr/about.md", "---\ntitle: À propos\n---\n\nVoir [ici](@/nowhere.md).\n"),
        &["content/fr/about.md:5:", "the link `@/nowhere.md` points to no page of this language"],
    );
}

#[test]
fn an_image_from_another_site() {
    assert_rejected(
        |s| {
            s.write(
                "content/fr/about.md",
                "---\ntitle: À propos\n---\n\n![logo](https://cdn.example.com/logo.png)\n",
            )
        },
        &["content/fr/about.md:5:", "is loaded from another site"],
    );
}

#[test]
fn an_unknown_shortcode() {
    assert_rejected(
        |s| s.write("content/fr/about.md", "---\ntitle: À propos\n---\n\n{{< video \"x\" >}}\n"),
        &["content/fr/about.md:5:1: error: unknown shortcode `video`"],
    );
}

#[test]
fn every_error_of_a_run_is_reported_together() {
    assert_rejected(
        |s| {
            s.write("content/fr/about.md", "---\ntitle: À propos\ntitel: x\n---\n");
            s.write("content/ar/about.md", "---\ntitle: عن\nweight: heavy\n---\n");
            s.write("content/zgh/about.md", "no front matter\n");
        },
        &[
            "content/fr/about.md:3:1",
            "content/ar/about.md:3:9",
            "content/zgh/about.md:1:1",
            "Build failed with 3 errors",
        ],
    );
}

#[test]
fn a_language_missing_its_home_page() {
    assert_rejected(
        |s| s.remove("content/zgh/_index.md"),
        &["content/zgh/_index.md: error: the language `zgh` has no home page"],
    );
}

#[test]
fn the_site_folder_itself_is_refused_as_output() {
    let site = TestSite::new("basic");
    let run = site.amal(&["build", "--out", "."]).failed();
    assert!(
        run.stderr().contains("this output folder would replace the site's own files"),
        "{}",
        run.stderr()
    );
    assert!(site.path().join("content/fr/_index.md").is_file());
}

#[test]
fn no_site_here() {
    let site = TestSite::new("basic");
    site.remove("site.yaml");
    let run = site.build().failed();
    assert!(run.stderr().contains("site.yaml: error: cannot read the site settings"), "{}", run.stderr());
}

#[test]
fn a_template_that_loads_from_another_site_is_refused() {
    assert_rejected(
        |s| {
            let base = s.read("themes/default/templates/base.html").replace(
                "{% include \"partials/assets.html\" %}",
                "{% include \"partials/assets.html\" %}\n<link rel=\"stylesheet\" href=\"https://fonts.googleapis.com/css2?family=Noto+Sans\">",
            );
            s.write("templates/base.html", &base);
        },
        &[
            "templates/base.html:11: error: loads https://fonts.googleapis.com/css2?family=Noto+Sans from another site",
            "static/",
        ],
    );
}

#[test]
fn raw_html_that_loads_from_another_site_is_refused() {
    assert_rejected(
        |s| {
            s.write(
                "content/fr/about.md",
                "---\ntitle: À propos\n---\n\n<img src=\"https://tracker.example/pixel.gif\" alt=\"\">\n",
            )
        },
        &[
            "content/fr/about.md: error: fr/about/index.html loads https://tracker.example/pixel.gif from another site",
        ],
    );
}

#[test]
fn a_stylesheet_that_loads_from_another_site_is_refused() {
    assert_rejected(
        |s| s.write("static/extra.css", "@import url(\"https://cdn.example.com/theme.css\");\n"),
        &["static/extra.css: error: extra.css loads https://cdn.example.com/theme.css from another site"],
    );
}

/// `amal build`, killed after `seconds` if it hangs: a hang fails the test
/// instead of stalling the suite.
fn build_within(site: &TestSite, seconds: u64) -> (std::process::Output, String) {
    let output = assert_cmd::Command::cargo_bin("amal")
        .unwrap()
        .current_dir(site.path())
        .arg("build")
        .timeout(std::time::Duration::from_secs(seconds))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).to_string();
    (output, stderr)
}

/// A named pipe anywhere amal reads would block the build for ever (and
/// every later rebuild in `serve`): it is refused with its path instead.
#[test]
fn a_named_pipe_is_refused_not_read() {
    for (fixture, pipe) in [
        ("basic", "content/fr/pipe.md"),
        ("basic", "content/fr/services/photo.jpg"),
        ("basic", "locales/fr/pipe.ftl"),
        ("basic", "static/pipe.css"),
        ("stats", "data/cases/pipe.csv"),
    ] {
        let site = TestSite::new(fixture);
        let path = site.path().join(pipe);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        let made = std::process::Command::new("mkfifo").arg(&path).status().expect("mkfifo");
        assert!(made.success());
        let (output, stderr) = build_within(&site, 20);
        assert!(!output.status.success(), "{pipe}: {stderr}");
        assert!(
            stderr.contains(&format!("{pipe}: error: this is not a file but a named pipe")),
            "{pipe}: {stderr}"
        );
    }
}

/// A language folder that is a link to `/` was refused only after the
/// whole disk had been walked.
#[test]
fn a_language_folder_linked_out_of_the_site_is_refused_before_it_is_walked() {
    let site = TestSite::new("basic");
    std::fs::remove_dir_all(site.path().join("content/ar")).unwrap();
    std::os::unix::fs::symlink("/", site.path().join("content/ar")).unwrap();
    let (_, stderr) = build_within(&site, 60);
    assert!(stderr.contains("content/ar: error: this link points outside the site"), "{stderr}");
    assert_eq!(stderr.matches("error:").count(), 1, "nothing under / was looked at: {stderr}");
}

/// What browsers read as another origin, though it starts with neither
/// `//` nor `https:`.
#[test]
fn raw_html_that_a_browser_reads_as_another_site_is_refused() {
    for src in [
        "/\\evil.example/a.png",
        "/&#9;/evil.example/b.png",
        "\\\\evil.example/c.png",
        "HTTPS://evil.example/d.png",
    ] {
        let body = format!("---\ntitle: À propos\n---\n\n<img src=\"{src}\" alt=\"\">\n");
        let stderr = assert_rejected(
            |s| s.write("content/fr/about.md", &body),
            &["content/fr/about.md: error: fr/about/index.html loads"],
        );
        assert!(stderr.contains("evil.example") && stderr.contains("from another site"), "{src}: {stderr}");
    }
}

/// Files beside a page, or in `static/`, are published as they are: one a
/// browser would run or render as a document would skip every check.
#[test]
fn html_and_active_svg_published_as_they_are_are_refused() {
    let stderr = assert_rejected(
        |s| {
            s.write(
                "content/fr/open-day/index.md",
                "---\ntitle: Portes ouvertes\n---\n\n![Plan](plan.svg)\n",
            );
            s.write(
                "content/fr/open-day/evil.html",
                "<script>fetch('https://t.example')</script><img src=\"https://t.example/p.gif\">",
            );
            s.write("content/fr/open-day/plan.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script><image href=\"https://t.example/p.png\"/></svg>");
            s.write("static/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
        },
        &[
            "content/fr/open-day/evil.html: error: an HTML file is published as it is",
            "content/fr/open-day/plan.svg: error: this SVG holds a <script> element",
            "static/logo.svg: error: this SVG has an event handler (onload)",
        ],
    );
    assert!(stderr.contains("hint:"), "{stderr}");
}

#[test]
fn a_plain_svg_beside_a_page_is_published() {
    let site = TestSite::new("basic");
    site.write(
        "content/fr/open-day/index.md",
        "---\ntitle: Portes ouvertes\n---\n\n![Plan du centre](plan.svg)\n",
    );
    site.write(
        "content/fr/open-day/plan.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 4 4\"><path d=\"M0 0h4v4z\"/></svg>",
    );
    site.build().ok();
    assert!(site.public().join("fr/open-day/plan.svg").is_file());
}

/// The README recommends USB sticks and any host: on FAT and on a Mac,
/// `About.md` and `about.md` would be one file, one page lost.
#[test]
fn pages_whose_names_differ_only_by_capitals_are_refused() {
    assert_rejected(
        |s| {
            s.write("content/fr/about.md", "---\ntitle: À propos\n---\n");
            s.write("content/fr/About.md", "---\ntitle: À propos (bis)\n---\n");
        },
        &["which a USB stick or a Mac cannot tell from fr/"],
    );
}

/// 100,000 nested `<div>`s took the HTML parser 18 s (its time grows with
/// the square of the depth); such a page is refused at once instead.
#[test]
fn raw_html_nested_without_end_is_refused_quickly() {
    let site = TestSite::new("basic");
    site.write("content/fr/deep.md", &format!("---\ntitle: Profond\n---\n\n{}\n", "<div>".repeat(100_000)));
    let (output, stderr) = build_within(&site, 60);
    assert!(!output.status.success());
    assert!(stderr.contains("content/fr/deep.md: error: raw HTML nested"), "{stderr}");
}

/// The review's two ways past the first bound: `<div/>` opens a div in
/// HTML, and `</x>` closes nothing.
#[test]
fn raw_html_that_only_looks_closed_is_measured_as_the_parser_sees_it() {
    for body in ["<div/>".repeat(100_000), "<div></x>".repeat(80_000)] {
        let site = TestSite::new("basic");
        site.write("content/fr/deep.md", &format!("---\ntitle: Profond\n---\n\n{body}\n"));
        let (output, stderr) = build_within(&site, 60);
        assert!(!output.status.success(), "{stderr}");
        assert!(
            stderr.contains("content/fr/deep.md: error: raw HTML nested more than 1000 levels deep"),
            "{stderr}"
        );
    }
}

/// A file whose name or text carries a terminal escape or a bidirectional
/// override cannot recolour, clear or reorder the report that names it.
#[test]
fn a_hostile_file_name_cannot_take_over_the_terminal() {
    let site = TestSite::new("basic");
    site.write("content/fr/a\u{1b}[2J\u{202e}gnp.md", "---\ntitel: x\u{1b}[31m\n---\n");
    let run = site.build().failed();
    let stderr = run.stderr();
    assert!(!stderr.contains('\u{1b}') && !stderr.contains('\u{202e}'), "{stderr:?}");
    assert!(stderr.contains("a\\u{1b}[2J\\u{202e}gnp.md"), "{stderr}");
}

/// Names that are not UTF-8 would become the same page once their bytes
/// are replaced: each is refused by name, and nothing is written.
#[test]
fn a_file_name_that_is_not_utf8_is_refused_not_merged() {
    use std::os::unix::ffi::OsStrExt;
    let site = TestSite::new("basic");
    for byte in [0xffu8, 0xfe] {
        let bytes = [b'a', byte, b'.', b'm', b'd'];
        let name = std::ffi::OsStr::from_bytes(&bytes);
        std::fs::write(site.path().join("content/fr").join(name), "---\ntitle: x\n---\n").unwrap();
    }
    let run = site.build().failed();
    let stderr = run.stderr();
    assert!(stderr.contains("content/fr/a\\xff.md") && stderr.contains("content/fr/a\\xfe.md"), "{stderr}");
    assert!(stderr.contains("not valid UTF-8"), "{stderr}");
    assert!(!site.public().exists());
}
