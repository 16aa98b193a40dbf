//! Charts of the protected statistics, drawn with plotters into SVG.
//!
//! Charts are inline SVG: the page's self-hosted fonts then shape Arabic and
//! Tifinagh labels (an `<img>` SVG cannot use them, and phones without a
//! Tifinagh font would show boxes), and there is no extra request on a slow
//! connection. Each chart is used on one page only, so nothing is lost to
//! caching.
//!
//! Layout is computed here in physical coordinates for a 360-unit-wide
//! viewBox (a phone's width, so text stays legible at 320 px); plotters draws
//! the shapes and `<text>`. Arabic charts are mirrored: title, legend, labels
//! and bars start on the right and the value axis is on the right. The time
//! axis (months) still runs left to right, as Arabic charts and textbooks
//! draw it. Suppressed cells get no bar but a hatched mark labelled «< 5».

use plotters::backend::SVGBackend;
use plotters::coord::Shift;
use plotters::element::{PathElement, Rectangle, Text};
use plotters::prelude::{Color, DrawingArea, IntoDrawingArea, IntoFont, RGBColor, ShapeStyle};
use plotters::style::TextStyle;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::util::escape::escape_html;

const WIDTH: i32 = 360;
const PAD: i32 = 10;
const FONT: &str = "Amal Arabic, Amal Tifinagh, system-ui, sans-serif";
const TEXT: RGBColor = RGBColor(0x1d, 0x1b, 0x26);
const MUTED: RGBColor = RGBColor(0x4d, 0x4a, 0x5c);
/// Okabe–Ito blue and vermilion: told apart with any colour vision, both at
/// least 3:1 against white (4.9:1 and 3.9:1).
const CURRENT: RGBColor = RGBColor(0x00, 0x72, 0xb2);
const PREVIOUS: RGBColor = RGBColor(0xd5, 0x5e, 0x00);

/// What a chart shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The months of a year, one row each, downwards in every language:
    /// the name at the inline start, the bar after it (no text turned on
    /// its side, no axis to mirror).
    Months,
    /// Horizontal bars, one per category (labels above their bar, so long
    /// labels fit a phone).
    Bars,
}

/// One bar: its number when published, and the text shown for it.
#[derive(Debug, Clone)]
pub struct Value {
    pub value: Option<u64>,
    pub display: String,
}

#[derive(Debug, Clone)]
pub struct Row {
    pub label: String,
    pub current: Value,
    /// The same category the year before, for a grouped chart.
    pub previous: Option<Value>,
}

/// Everything a chart needs, already in the reader's language.
#[derive(Debug, Clone)]
pub struct Spec {
    pub id: String,
    pub kind: Kind,
    pub lang: String,
    pub rtl: bool,
    pub title: String,
    /// The key facts in words, for screen readers.
    pub description: String,
    pub rows: Vec<Row>,
    /// Legend entries (current year, previous year) for grouped charts.
    pub legend: Option<(String, String)>,
}

/// Approximate advance of `text` at `size` px; plotters would guess from
/// bytes, which makes Arabic and Tifinagh 2–3× too wide.
fn text_width(text: &str, size: f64) -> f64 {
    text.chars()
        .map(|c| match c {
            ' ' => 0.28,
            '0'..='9' => 0.56,
            '\u{0600}'..='\u{06ff}' => 0.5,
            '\u{2d30}'..='\u{2d7f}' => 0.62,
            c if c.is_uppercase() => 0.68,
            // Wide enough for the widest fallback Latin fonts (DejaVu Sans):
            // a label measured short runs off the chart's edge.
            _ => 0.57,
        })
        .sum::<f64>()
        * size
}

/// Greedy word wrap to `width` px.
fn wrap(text: &str, size: f64, width: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if text_width(&format!("{line} {word}"), size) <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;

/// How a piece of text looks.
#[derive(Clone, Copy)]
struct Look {
    size: f64,
    color: RGBColor,
    bold: bool,
}

/// Every text at 14 units: the chart is drawn 360 units wide and shown about
/// 328 px wide on a 360 px phone, so no text is under 12 CSS px there.
const TEXT_SIZE: f64 = 14.0;
const LABEL_LOOK: Look = Look { size: TEXT_SIZE, color: TEXT, bold: false };
const VALUE_LOOK: Look = Look { size: TEXT_SIZE, color: TEXT, bold: false };
const MUTED_LOOK: Look = Look { size: TEXT_SIZE, color: MUTED, bold: false };
/// Between two lines of a wrapped label.
const LINE: i32 = 19;

/// Draws text with its anchor given in physical terms (left, right, centre).
struct Pen {
    rtl: bool,
}

impl Pen {
    fn style(&self, look: Look, h: HPos) -> TextStyle<'static> {
        // plotters divides font sizes by 1.24 when writing SVG.
        let font = (FONT, look.size * 1.24).into_font();
        let font = if look.bold { font.style(plotters::style::FontStyle::Bold) } else { font };
        font.color(&look.color).pos(Pos::new(h, VPos::Center))
    }

    fn text(&self, area: &Area, text: &str, at: (i32, i32), look: Look, h: HPos) {
        let _ = area.draw(&Text::new(text.to_string(), at, self.style(look, h)));
    }

    /// The x of a point `offset` units from the inline start.
    fn x(&self, offset: i32) -> i32 {
        if self.rtl { WIDTH - offset } else { offset }
    }

    /// The anchor at the inline start, and at the inline end.
    fn start(&self) -> HPos {
        if self.rtl { HPos::Right } else { HPos::Left }
    }
}

fn fill(color: &RGBColor) -> ShapeStyle {
    ShapeStyle { color: color.to_rgba(), filled: true, stroke_width: 0 }
}

fn stroke(color: &RGBColor) -> ShapeStyle {
    ShapeStyle { color: color.to_rgba(), filled: false, stroke_width: 1 }
}

/// A hatched, outlined box: the mark of a suppressed cell.
fn hatched(area: &Area, (x0, y0): (i32, i32), (x1, y1): (i32, i32)) {
    let (left, right) = (x0.min(x1), x0.max(x1));
    let (top, bottom) = (y0.min(y1), y0.max(y1));
    let _ = area.draw(&Rectangle::new([(left, top), (right, bottom)], stroke(&MUTED)));
    let mut x = left - (bottom - top);
    while x < right {
        let from = (x.max(left), bottom - (x.max(left) - x));
        let to_x = (x + (bottom - top)).min(right);
        let to = (to_x, bottom - (to_x - x));
        let _ = area.draw(&PathElement::new(vec![from, to], stroke(&MUTED)));
        x += 5;
    }
}

/// The chart as an SVG element, ready to inline in a page.
pub fn render(spec: &Spec) -> String {
    let pen = Pen { rtl: spec.rtl };
    // The title is the chart's <title>, not drawn: the table's caption
    // beside it says it already, and a reader need not read it twice.
    let header = PAD + if spec.legend.is_some() { 22 } else { 0 } + 6;
    let height = header
        + match spec.kind {
            Kind::Months => months_height(spec),
            Kind::Bars => bars_height(spec),
        };
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (WIDTH as u32, height as u32)).into_drawing_area();
        if let Some((current, previous)) = &spec.legend {
            let y = PAD + 8;
            let mut offset = PAD;
            for (label, color) in [(current, CURRENT), (previous, PREVIOUS)] {
                let (a, b) = (pen.x(offset), pen.x(offset + 12));
                let _ = area.draw(&Rectangle::new([(a.min(b), y - 6), (a.max(b), y + 6)], fill(&color)));
                pen.text(&area, label, (pen.x(offset + 18), y), VALUE_LOOK, pen.start());
                offset += 18 + text_width(label, VALUE_LOOK.size) as i32 + 16;
            }
        }
        match spec.kind {
            Kind::Months => draw_months(&area, &pen, spec, header),
            Kind::Bars => draw_bars(&area, &pen, spec, header),
        }
        let _ = area.present();
    }
    finish(svg, spec)
}

const BAR: i32 = 14;
const GROUPED_BAR: i32 = 11;

fn row_labels(row: &Row) -> Vec<String> {
    wrap(&row.label, LABEL_LOOK.size, f64::from(WIDTH - 2 * PAD))
}

fn bars_height(spec: &Spec) -> i32 {
    let bars = if spec.legend.is_some() { 2 * GROUPED_BAR + 3 } else { BAR };
    spec.rows.iter().map(|row| LINE * row_labels(row).len() as i32 + bars + 12).sum::<i32>() + PAD
}

fn draw_bars(area: &Area, pen: &Pen, spec: &Spec, top: i32) {
    let max = spec
        .rows
        .iter()
        .flat_map(|r| [r.current.value, r.previous.as_ref().and_then(|p| p.value)])
        .flatten()
        .max()
        .unwrap_or(0)
        .max(1);
    // Room at the end of the longest bar for its label.
    let longest_label = spec
        .rows
        .iter()
        .flat_map(|r| [Some(&r.current), r.previous.as_ref()])
        .flatten()
        .map(|v| value_text(v, None).len())
        .max()
        .unwrap_or(4) as i32;
    let span = WIDTH - 2 * PAD - (0.6 * VALUE_LOOK.size) as i32 * longest_label - 8;
    let mut y = top;
    for row in &spec.rows {
        for line in row_labels(row) {
            pen.text(area, &line, (pen.x(PAD), y + 9), LABEL_LOOK, pen.start());
            y += LINE;
        }
        let mut bars = vec![(&row.current, CURRENT, spec.legend.as_ref().map(|l| l.0.as_str()))];
        if let Some(previous) = &row.previous {
            bars.push((previous, PREVIOUS, spec.legend.as_ref().map(|l| l.1.as_str())));
        }
        let thickness = if bars.len() > 1 { GROUPED_BAR } else { BAR };
        for (value, color, year) in bars {
            let text = value_text(value, year);
            let place = Place { start: PAD, top: y, thickness, span, max };
            draw_bar(area, pen, value.value, &text, color, place);
            y += thickness + 3;
        }
        y += 9;
    }
}

/// Where a bar goes: from `start` units after the inline start, `top` to
/// `top + thickness`, `span` units long for the largest value, `max`.
struct Place {
    start: i32,
    top: i32,
    thickness: i32,
    span: i32,
    max: u64,
}

/// One bar and its figure after it; a suppressed cell is a hatched box
/// with its text («< 5», hidden), never a bar at its value.
fn draw_bar(area: &Area, pen: &Pen, value: Option<u64>, text: &str, color: RGBColor, place: Place) {
    let Place { start, top, thickness, span, max } = place;
    let middle = top + thickness / 2;
    match value {
        Some(v) => {
            let length = (i64::from(span) * v as i64 / max as i64) as i32;
            if length > 0 {
                let (a, b) = (pen.x(start), pen.x(start + length));
                let _ =
                    area.draw(&Rectangle::new([(a.min(b), top), (a.max(b), top + thickness)], fill(&color)));
            }
            pen.text(area, text, (pen.x(start + length + 4), middle), VALUE_LOOK, pen.start());
        }
        None => {
            hatched(area, (pen.x(start), top), (pen.x(start + 18), top + thickness));
            pen.text(area, text, (pen.x(start + 22), middle), MUTED_LOOK, pen.start());
        }
    }
}

/// A bar's label: the number as on the page, with the year in grouped charts
/// so the two bars differ by more than their colour.
fn value_text(value: &Value, year: Option<&str>) -> String {
    match year {
        Some(year) => format!("{year}: {}", value.display),
        None => value.display.clone(),
    }
}

/// A month's row: its bar's thickness and the room around it.
const MONTH_ROW: i32 = 24;

fn month_label_room(spec: &Spec) -> i32 {
    spec.rows.iter().map(|r| text_width(&r.label, LABEL_LOOK.size) as i32).max().unwrap_or(0) + 12
}

fn months_height(spec: &Spec) -> i32 {
    MONTH_ROW * spec.rows.len() as i32 + PAD
}

fn draw_months(area: &Area, pen: &Pen, spec: &Spec, top: i32) {
    let max = spec.rows.iter().filter_map(|r| r.current.value).max().unwrap_or(0).max(1);
    let label_room = month_label_room(spec);
    let longest_value = spec.rows.iter().map(|r| r.current.display.chars().count()).max().unwrap_or(3) as i32;
    let span = WIDTH - 2 * PAD - label_room - (0.6 * VALUE_LOOK.size) as i32 * longest_value - 8;
    let start = PAD + label_room;
    for (i, row) in spec.rows.iter().enumerate() {
        let y = top + MONTH_ROW * i as i32;
        let middle = y + MONTH_ROW / 2;
        pen.text(area, &row.label, (pen.x(PAD), middle), LABEL_LOOK, pen.start());
        let place = Place { start, top: middle - BAR / 2, thickness: BAR, span, max };
        draw_bar(area, pen, row.current.value, &row.current.display, CURRENT, place);
    }
}

/// A colour as plotters writes it in SVG: `#1D1B26`.
fn hex(color: &RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", color.0, color.1, color.2)
}

/// Makes plotters' SVG an accessible, scalable, mirrored element.
fn finish(svg: String, spec: &Spec) -> String {
    let id = &spec.id;
    let mut svg = svg;
    // Scalable: keep the viewBox, drop the fixed pixel size.
    if let (Some(start), Some(end)) = (svg.find("<svg "), svg.find(" viewBox=")) {
        svg.replace_range(start + 4..end, "");
    }
    // What plotters writes on every element: its default opacity, a
    // rounding error, and one font, which the root can give them all
    // (font-family is inherited). A page holds hundreds of such elements.
    let font = svg.find(" font-family=\"").and_then(|at| {
        let value = &svg[at + 14..];
        value.find('"').map(|end| value[..end].to_string())
    });
    // Text and lines take the page's text colour, so that they follow a
    // dark theme and Windows' forced colours (a fixed dark grey is
    // invisible on black); the bars keep colours legible on light and dark
    // alike.
    svg = svg
        .replace(&format!("=\"{}\"", hex(&TEXT)), "=\"currentColor\"")
        .replace(&format!("fill=\"{}\"", hex(&MUTED)), "fill=\"currentColor\"")
        .replace(&format!("stroke=\"{}\"", hex(&MUTED)), "stroke=\"currentColor\"")
        // Once, on the root: fill is inherited.
        .replace(" fill=\"currentColor\"", "")
        .replace(" opacity=\"1\"", "")
        .replace(" stroke-width=\"1\"", "")
        // A text's surrounding newlines are collapsed away by SVG anyway.
        .replace("\">\n", "\">")
        .replace("\n</text>", "</text>");
    let mut root_font = String::new();
    if let Some(font) = font {
        svg = svg.replace(&format!(" font-family=\"{font}\""), "");
        root_font = format!(" font-family=\"{font}\"");
    }
    let open = format!(
        "<svg class=\"chart\" role=\"img\" aria-labelledby=\"chart-{id}-title chart-{id}-desc\" lang=\"{}\" direction=\"{}\" fill=\"currentColor\"{root_font}",
        escape_html(&spec.lang),
        if spec.rtl { "rtl" } else { "ltr" }
    );
    svg = svg.replacen("<svg", &open, 1);
    if let Some(end) = svg.find('>') {
        svg.insert_str(
            end + 1,
            &format!(
                "\n<title id=\"chart-{id}-title\">{}</title>\n<desc id=\"chart-{id}-desc\">{}</desc>",
                escape_html(&spec.title),
                escape_html(&spec.description)
            ),
        );
    }
    if spec.rtl {
        // Under direction="rtl", text-anchor "start" is the right edge:
        // swap so that physical anchors computed above still hold.
        svg = svg
            .replace("text-anchor=\"start\"", "text-anchor=\"\u{0}\"")
            .replace("text-anchor=\"end\"", "text-anchor=\"start\"")
            .replace("text-anchor=\"\u{0}\"", "text-anchor=\"end\"");
    }
    // "start" is text-anchor's initial value (at the right under
    // direction="rtl"): said once by SVG itself, not on every text.
    svg.replace(" text-anchor=\"start\"", "").trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(v: Option<u64>, display: &str) -> Value {
        Value { value: v, display: display.to_string() }
    }

    fn months(rtl: bool) -> Spec {
        let names = [
            "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.",
        ];
        Spec {
            id: "women-by-month".into(),
            kind: Kind::Months,
            lang: if rtl { "ar".into() } else { "fr".into() },
            rtl,
            title: "Femmes accueillies par mois — 2025".into(),
            description: "Le plus : septembre (38). Total : 312.".into(),
            rows: names
                .iter()
                .enumerate()
                .map(|(i, n)| Row {
                    label: n.to_string(),
                    current: if i == 1 {
                        value(None, "< 5")
                    } else {
                        value(Some(10 + i as u64 * 2), &(10 + i * 2).to_string())
                    },
                    previous: None,
                })
                .collect(),
            legend: None,
        }
    }

    fn bars(rtl: bool, grouped: bool) -> Spec {
        let rows = [
            ("الاستقبال", Some(312), Some(280)),
            ("الإيواء الاستعجالي والمؤقت", None, Some(9)),
            ("الوساطة الأسرية", Some(25), None),
        ];
        Spec {
            id: "women-by-service".into(),
            kind: Kind::Bars,
            lang: "ar".into(),
            rtl,
            title: "الخدمات المقدمة — 2025".into(),
            description: "أكثر خدمة: الاستقبال (312).".into(),
            rows: rows
                .iter()
                .map(|(label, now, before)| Row {
                    label: label.to_string(),
                    current: value(*now, &now.map_or("أقل من 5".into(), |v| v.to_string())),
                    previous: grouped
                        .then(|| value(*before, &before.map_or("مخفي".into(), |v| v.to_string()))),
                })
                .collect(),
            legend: grouped.then(|| ("2025".to_string(), "2024".to_string())),
        }
    }

    #[test]
    fn charts_are_accessible_scalable_svg() {
        let svg = render(&months(false));
        assert!(svg.starts_with("<svg class=\"chart\" role=\"img\" aria-labelledby=\"chart-women-by-month-title chart-women-by-month-desc\" lang=\"fr\" direction=\"ltr\" fill=\"currentColor\" font-family=\"Amal Arabic, Amal Tifinagh, system-ui, sans-serif\" viewBox=\"0 0 360 "), "{}", &svg[..200]);
        // Once, at the root, which every text inherits.
        assert_eq!(svg.matches("font-family").count(), 1);
        // Text and lines in the page's text colour (dark themes, forced
        // colours), never a fixed dark grey.
        assert_eq!(svg.matches("fill=\"currentColor\"").count(), 1);
        for fixed in [hex(&TEXT), hex(&MUTED)] {
            assert!(!svg.contains(&fixed), "{fixed} in {svg}");
        }
        assert!(
            svg.contains(
                "<title id=\"chart-women-by-month-title\">Femmes accueillies par mois — 2025</title>"
            )
        );
        assert!(svg.contains("<desc id=\"chart-women-by-month-desc\">"));
        assert!(!svg.contains(" width=\"360\""), "no fixed pixel width");
    }

    #[test]
    fn identical_data_gives_identical_svg() {
        assert_eq!(render(&bars(true, true)), render(&bars(true, true)));
    }

    #[test]
    fn charts_stay_small() {
        for spec in [months(false), months(true), bars(false, false), bars(true, true)] {
            assert!(render(&spec).len() < 20_000);
        }
    }

    #[test]
    fn snapshot_months_ltr() {
        insta::assert_snapshot!(render(&months(false)));
    }

    #[test]
    fn snapshot_months_rtl() {
        insta::assert_snapshot!(render(&months(true)));
    }

    #[test]
    fn snapshot_bars_rtl_with_a_suppressed_cell() {
        insta::assert_snapshot!(render(&bars(true, false)));
    }

    #[test]
    fn snapshot_bars_ltr() {
        insta::assert_snapshot!(render(&bars(false, false)));
    }

    #[test]
    fn snapshot_grouped_rtl() {
        insta::assert_snapshot!(render(&bars(true, true)));
    }

    #[test]
    fn long_labels_wrap_within_the_width() {
        let lines = wrap(
            "Unités intégrées de prise en charge des femmes et des enfants victimes de violence",
            13.0,
            340.0,
        );
        assert!(lines.len() >= 2);
        assert!(lines.iter().all(|l| text_width(l, 13.0) <= 340.0));
    }
}
