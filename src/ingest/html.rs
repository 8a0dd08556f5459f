//! Reading an HTML page as its reader reads it: the article's text, not the page around it.
//!
//! The page is parsed to a DOM; what a reader never reads as the story (scripts, menus,
//! side columns, footers, forms, the site header) is cut out; the story's own element is
//! found (the largest `<article>`, else `<main>`, else the body); and that alone is rendered
//! to text, with no link brackets or footnotes, no image alt text and no list numbers.
//! Headings, paragraphs and list items come out as lines of their own; table rows come
//! out as "| a | b | c |" rows, as Markdown tables do (a header of two rows, its first-row
//! cells spanning columns, as one row whose cells name both rows' words).

use std::rc::Rc;

use html2text::render::{TaggedLine, TextDecorator};
use html2text::{Element, Handle, RcDom};

/// Renders lines this wide: no paragraph is ever wrapped.
const NO_WRAP: usize = 100_000;

/// Elements that are never part of what a reader reads as the story.
const NEVER_READ: [&str; 18] = [
    "script", "style", "noscript", "template", "nav", "aside", "footer", "form", "button", "iframe", "svg", "select",
    "dialog", "object", "embed", "canvas", "video", "audio",
];

/// ARIA roles of page furniture: the same parts of a page as [`NEVER_READ`], named by role.
const FURNITURE_ROLES: [&str; 6] = ["navigation", "complementary", "contentinfo", "search", "dialog", "alertdialog"];

/// The text a reader reads on an HTML page (see the module doc).
pub fn page_text(html: &str) -> Result<String, String> {
    let config = html2text::config::with_decorator(Reader).unicode_strikeout(false);
    let dom = config.parse_html(html.as_bytes()).map_err(|e| e.to_string())?;
    prune(&dom.document);
    let root = story_root(&dom.document);
    if root.is_none() {
        // A page with no body (a fragment) keeps its site headers only if they hold a heading.
        drop_site_headers(&dom.document);
    }
    let root = root.unwrap_or_else(|| dom.document.clone());
    headline_into(&root, &dom.document);
    label_captions(&root, &config)?;
    tables_read_whole(&root, &config)?;
    two_row_headers_joined(&root, &config)?;
    rules_as_separators(&root, &config)?;
    Ok(table_rows(&render(&root)?))
}

/// Puts the page's headline at the top of the story when the story's element has none: many
/// pages print the `<h1>` in a header above the `<article>`. Only a page with one `<h1>`
/// says which is the headline.
fn headline_into(root: &Handle, document: &Handle) {
    let is_h1 = |n: &Handle| tag_name(n) == Some("h1");
    if !find_all(root, &is_h1).is_empty() {
        return;
    }
    if let [headline] = find_all(document, &is_h1).as_slice() {
        root.children.borrow_mut().insert(0, headline.clone());
    }
}

/// Puts the line "Image caption," (the label under which pages print a picture's caption,
/// which [`super::furniture::classify`] knows) before each `<figcaption>` with text, so that the
/// caption is read as a caption and not as the story's text.
fn label_captions(root: &Handle, config: &html2text::config::Config<Reader>) -> Result<(), String> {
    let captions = find_all(root, &|n| tag_name(n) == Some("figcaption"));
    let Some(label) = made_node(&captions, config, "<p>Image caption,</p>")? else { return Ok(()) };
    for caption in captions {
        if render(&caption)?.trim().is_empty() {
            continue;
        }
        insert_before(&caption, &label, false);
    }
    Ok(())
}

/// Makes every part of a table one that is read, as html2text reads only the rows of its
/// head and body: a `<caption>` (which says what the table counts, and where) becomes a
/// paragraph over the table, and the rows of a `<tfoot>` (a totals row) go to the end of
/// its body. (What is moved is taken out of the element it leaves, which empties what it
/// still holds when it is dropped.)
fn tables_read_whole(root: &Handle, config: &html2text::config::Config<Reader>) -> Result<(), String> {
    for table in find_all(root, &|n| tag_name(n) == Some("table")) {
        let parts: Vec<Handle> = std::mem::take(&mut *table.children.borrow_mut());
        let mut kept = Vec::with_capacity(parts.len());
        let mut feet = Vec::new();
        for part in parts {
            match tag_name(&part) {
                Some("caption") => {
                    let Some(paragraph) = made_node(std::slice::from_ref(&table), config, "<p></p>")? else { continue };
                    let words = std::mem::take(&mut *part.children.borrow_mut());
                    adopt(&paragraph, words);
                    insert_before(&table, &paragraph, false);
                }
                Some("tfoot") => feet.push(part),
                _ => kept.push(part),
            }
        }
        let body = kept.iter().rev().find(|c| tag_name(c) == Some("tbody")).cloned();
        *table.children.borrow_mut() = kept;
        for foot in feet {
            let rows = std::mem::take(&mut *foot.children.borrow_mut());
            if let Some(body) = &body {
                adopt(body, rows.into_iter().filter(|c| tag_name(c) == Some("tr")).collect());
            }
        }
    }
    Ok(())
}

/// Makes a table's header of two rows one row, as the extractor reads a header: a first-row
/// cell spanning two rows ("Force") heads its column alone, and one spanning several columns
/// ("Online-flagged") heads each of the second-row cells under it ("Online-flagged, 2021/22",
/// "Online-flagged, 2022/23"), so that each column keeps both what it counts and its year.
/// A header whose second row does not fill the columns the first leaves open is left as it is.
fn two_row_headers_joined(root: &Handle, config: &html2text::config::Config<Reader>) -> Result<(), String> {
    for table in find_all(root, &|n| tag_name(n) == Some("table")) {
        let rows = find_all(&table, &|n| tag_name(n) == Some("tr"));
        let [first, second, ..] = rows.as_slice() else { continue };
        let cells = |row: &Handle| find_all(row, &|n| matches!(tag_name(n), Some("th" | "td")));
        let span = |cell: &Handle, attr: &str| {
            attribute(cell, attr).and_then(|v| v.trim().parse::<usize>().ok()).filter(|&n| n >= 1).unwrap_or(1)
        };
        let (top, under) = (cells(first), cells(second));
        let spans = top.iter().any(|c| span(c, "rowspan") >= 2) && top.iter().any(|c| span(c, "colspan") >= 2);
        // Header cells, or any cells of a table's head.
        let in_head = second.get_parent().is_some_and(|p| tag_name(&p) == Some("thead"));
        let heading_row = in_head || under.iter().all(|c| tag_name(c) == Some("th"));
        if top.len() < 2 || !spans || !heading_row {
            continue;
        }
        // A cell alone cannot be rendered: its words are read in a paragraph of their own.
        let blank = config.parse_html("<p></p>".as_bytes()).map_err(|e| e.to_string())?;
        let Some(holder) = find_all(&blank.document, &|n| tag_name(n) == Some("p")).into_iter().next() else {
            continue;
        };
        let words = |cell: &Handle| -> Result<String, String> {
            *holder.children.borrow_mut() = cell.children.borrow().clone();
            let text = render(&holder).map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "));
            holder.children.borrow_mut().clear();
            text
        };
        let mut labels = Vec::new();
        let mut below = under.iter();
        let mut filled = true;
        for cell in &top {
            let text = words(cell)?;
            if span(cell, "rowspan") >= 2 {
                labels.extend(std::iter::repeat_n(text, span(cell, "colspan")));
                continue;
            }
            for _ in 0..span(cell, "colspan") {
                match below.next() {
                    Some(child) => labels.push(format!("{text}, {}", words(child)?)),
                    None => filled = false,
                }
            }
        }
        if !filled || below.next().is_some() {
            continue;
        }
        let escape = |t: &str| t.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
        let row: String = labels.iter().map(|l| format!("<th>{}</th>", escape(l))).collect();
        let page = config.parse_html(format!("<table><tr>{row}</tr></table>").as_bytes()).map_err(|e| e.to_string())?;
        let Some(joined) = find_all(&page.document, &|n| tag_name(n) == Some("tr")).into_iter().next() else {
            continue;
        };
        if let Some(parent) = joined.get_parent() {
            parent.children.borrow_mut().retain(|c| !Rc::ptr_eq(c, &joined));
        }
        insert_before(first, &joined, true);
        if let Some(parent) = second.get_parent() {
            parent.children.borrow_mut().retain(|c| !Rc::ptr_eq(c, second));
        }
    }
    Ok(())
}

/// Puts `children` at the end of `parent`'s.
fn adopt(parent: &Handle, children: Vec<Handle>) {
    for child in &children {
        child.parent.set(Some(Rc::downgrade(parent)));
    }
    parent.children.borrow_mut().extend(children);
}

/// Puts a separator line in place of each `<hr>`, which html2text leaves out: a rule across
/// the story splits it into sections, as "* * *" does in a text file.
fn rules_as_separators(root: &Handle, config: &html2text::config::Config<Reader>) -> Result<(), String> {
    let rules = find_all(root, &|n| tag_name(n) == Some("hr"));
    let Some(separator) = made_node(&rules, config, "<p>* * *</p>")? else { return Ok(()) };
    for rule in rules {
        insert_before(&rule, &separator, true);
    }
    Ok(())
}

/// The first element of `html`, parsed as a page of its own (the DOM has no way to make a
/// text node), when there is somewhere to put it: `None` if `places` is empty.
fn made_node(
    places: &[Handle],
    config: &html2text::config::Config<Reader>,
    html: &str,
) -> Result<Option<Handle>, String> {
    if places.is_empty() {
        return Ok(None);
    }
    let page = config.parse_html(html.as_bytes()).map_err(|e| e.to_string())?;
    let body = find_all(&page.document, &|n| tag_name(n) == Some("body")).into_iter().next();
    let Some(node) = body.and_then(|b| b.children.borrow().first().cloned()) else { return Ok(None) };
    // Out of its page, which would otherwise empty it when it is dropped.
    if let Some(parent) = node.get_parent() {
        parent.children.borrow_mut().retain(|c| !Rc::ptr_eq(c, &node));
    }
    Ok(Some(node))
}

/// Puts `new` before `node` among its parent's children, or in its place.
fn insert_before(node: &Handle, new: &Handle, replace: bool) {
    let Some(parent) = node.get_parent() else { return };
    let mut children = parent.children.borrow_mut();
    if let Some(at) = children.iter().position(|c| Rc::ptr_eq(c, node)) {
        if replace {
            children[at] = new.clone();
        } else {
            children.insert(at, new.clone());
        }
    }
}

/// The decorator for reading: text only, with no marks for links, images, emphasis,
/// headings or quotes, and a bullet for every list item.
#[derive(Clone, Copy, Debug)]
struct Reader;

impl TextDecorator for Reader {
    type Annotation = ();

    fn decorate_link_start(&mut self, _url: &str) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_link_end(&mut self) -> String {
        String::new()
    }
    fn decorate_em_start(&self) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_em_end(&self) -> String {
        String::new()
    }
    fn decorate_strong_start(&self) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_strong_end(&self) -> String {
        String::new()
    }
    fn decorate_strikeout_start(&self) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_strikeout_end(&self) -> String {
        String::new()
    }
    fn decorate_code_start(&self) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_code_end(&self) -> String {
        String::new()
    }
    fn decorate_preformat_first(&self) {}
    fn decorate_preformat_cont(&self) {}
    /// Alt text describes a picture; it is not the story's text.
    fn decorate_image(&mut self, _src: &str, _title: &str) -> (String, ()) {
        (String::new(), ())
    }
    fn header_prefix(&self, _level: usize) -> String {
        String::new()
    }
    fn quote_prefix(&self) -> String {
        String::new()
    }
    /// A bullet, which cleaning drops, marks each item as a line of its own.
    fn unordered_item_prefix(&self) -> String {
        "• ".to_string()
    }
    /// List numbers are layout, not figures: a numbered item reads as a bulleted one.
    fn ordered_item_prefix(&self, _i: i64) -> String {
        "• ".to_string()
    }
    fn make_subblock_decorator(&self) -> Self {
        Reader
    }
    /// A superscript (a footnote mark, a power) reads as the text it holds.
    fn decorate_superscript_start(&self) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_superscript_end(&self) -> String {
        String::new()
    }
    fn finalise(&mut self, _urls: Vec<String>) -> Vec<TaggedLine<()>> {
        Vec::new()
    }
}

/// The element's local name and the value of one of its attributes, for an element node.
fn tag_name(node: &Handle) -> Option<&str> {
    match &node.data {
        Element { name, .. } => Some(&name.local),
        _ => None,
    }
}

/// The value of the attribute `attr` on an element node.
fn attribute(node: &Handle, attr: &str) -> Option<String> {
    match &node.data {
        Element { attrs, .. } => attrs.borrow().iter().find(|a| &*a.name.local == attr).map(|a| a.value.to_string()),
        _ => None,
    }
}

/// Whether the element is never read: by its name, its ARIA role, or because it is hidden.
fn never_read(node: &Handle) -> bool {
    let Some(name) = tag_name(node) else { return false };
    if NEVER_READ.contains(&name) {
        return !(name == "aside" && (is_fact_box(node) || is_correction_box(node)));
    }
    let role = attribute(node, "role").map(|r| r.to_ascii_lowercase());
    role.is_some_and(|r| FURNITURE_ROLES.contains(&r.as_str()))
        || attribute(node, "hidden").is_some()
        || attribute(node, "aria-hidden").is_some_and(|v| v.eq_ignore_ascii_case("true"))
        || named(node, names_furniture)
        || is_appeal(node)
        || is_story_list(node)
}

/// An aside the story keeps its own numbers in, named so by its class or id ("fact-box",
/// "key-figures", "at-a-glance", a "factcheck" of a claim) and not made of links: read as the story's text, where
/// other asides (related stories, author boxes) are not.
fn is_fact_box(node: &Handle) -> bool {
    const FACTS: [&str; 8] = ["fact", "facts", "factbox", "factfile", "factcheck", "factchecker", "glance", "figures"];
    let fact_box = named(node, |v| {
        v.contains("at-a-glance")
            || v.contains("key-figures")
            || v.split(|c: char| !c.is_ascii_alphanumeric()).any(|t| FACTS.contains(&t))
    });
    fact_box && link_text_size(node) * 2 < text_size(node)
}

/// An aside holding a note the outlet added to put the story right, named so by its class or
/// id ("correction", "corrections-box", "story-clarification", "erratum") and not made of
/// links: the note is part of the article (what it withdraws and what it gives as right are
/// read with the story's figures), where other asides are not.
fn is_correction_box(node: &Handle) -> bool {
    const NOTES: [&str; 5] = ["correction", "corrections", "clarification", "clarifications", "erratum"];
    let note = named(node, |v| v.split(|c: char| !c.is_ascii_alphanumeric()).any(|t| NOTES.contains(&t)));
    note && link_text_size(node) * 2 < text_size(node)
}

/// A list of links to other stories ("Related", "Most read", "More on this story"), named so
/// by its class or id and made mostly of link text: their headlines carry other stories'
/// figures. The page's or story's own element is never one.
fn is_story_list(node: &Handle) -> bool {
    const LISTS: [&str; 9] =
        ["related", "popular", "trending", "recommended", "mostread", "most-read", "more-stories", "read-more", "also"];
    if matches!(tag_name(node), Some("html" | "body" | "main" | "article") | None) {
        return false;
    }
    let list =
        named(node, |v| LISTS.iter().any(|l| v.split(|c: char| c.is_whitespace() || c == '_').any(|t| t.contains(l))));
    list && link_text_size(node) * 10 >= text_size(node) * 6
}

/// A short block the site puts in a story to ask something of the reader, named so by its
/// class or id: a call to action, a newsletter sign-up, a donation appeal, a promotion
/// ("If you work with young people, book a visit"), or share buttons and comment counts
/// ("Share 120 shares"). The page's or story's own element, or a long one, is not cut for
/// such a class: a story may carry one among its classes.
fn is_appeal(node: &Handle) -> bool {
    const APPEALS: [&str; 14] = [
        "cta",
        "newsletter",
        "signup",
        "promo",
        "donate",
        "donation",
        "advert",
        "subscribe",
        "share",
        "shares",
        "sharing",
        "sharebar",
        "social",
        "comments",
    ];
    const MAX_CHARS: usize = 400;
    if matches!(tag_name(node), Some("html" | "body" | "main" | "article") | None) {
        return false;
    }
    let appeal = named(node, |v| {
        v.contains("call-to-action") || v.split(|c: char| !c.is_ascii_alphanumeric()).any(|t| APPEALS.contains(&t))
    });
    appeal && text_size(node) <= MAX_CHARS
}

/// Whether a class or id (lower-cased) names a part of the page no story is printed in: a
/// breadcrumb trail or a cookie notice.
fn names_furniture(value: &str) -> bool {
    value.contains("breadcrumb") || value.contains("cookie")
}

/// Whether the element's class or id, lower-cased, passes `test`.
fn named(node: &Handle, test: impl Fn(&str) -> bool) -> bool {
    ["class", "id"].iter().filter_map(|a| attribute(node, a)).any(|v| test(&v.to_ascii_lowercase()))
}

/// How much of the element's text is link text.
fn link_text_size(node: &Handle) -> usize {
    find_all(node, &|n| tag_name(n) == Some("a")).iter().map(text_size).sum()
}

/// Cuts every never-read element (see [`never_read`]) out of the tree below `node`.
fn prune(node: &Handle) {
    let mut stack = vec![node.clone()];
    while let Some(node) = stack.pop() {
        node.children.borrow_mut().retain(|child| !never_read(child));
        stack.extend(node.children.borrow().iter().cloned());
    }
}

/// Every element below `node` (in document order) for which `wanted` holds, not looking
/// inside the ones found.
fn find_all(node: &Handle, wanted: &dyn Fn(&Handle) -> bool) -> Vec<Handle> {
    let mut found = Vec::new();
    let mut stack: Vec<Handle> = node.children.borrow().iter().rev().cloned().collect();
    while let Some(node) = stack.pop() {
        if wanted(&node) {
            found.push(node);
        } else {
            stack.extend(node.children.borrow().iter().rev().cloned());
        }
    }
    found
}

/// The element holding the story: the `<article>` with the most text (a page may also list
/// other stories as short articles), else the `<main>` element (or `role="main"`), else the
/// body with its site headers cut out. `None` for a page with none of these. An article
/// with under a quarter of the page's text is not the story but a comment or a teaser
/// beside it, and the page is read as if it had no article.
fn story_root(document: &Handle) -> Option<Handle> {
    const MIN_SHARE: usize = 4;
    let articles = find_all(document, &|n| tag_name(n) == Some("article"));
    let mut best: Option<(usize, Handle)> = None;
    for article in articles {
        let size = text_size(&article);
        if best.as_ref().is_none_or(|(most, _)| size > *most) {
            best = Some((size, article));
        }
    }
    let body = find_all(document, &|n| tag_name(n) == Some("body")).into_iter().next();
    if let Some((size, article)) = best {
        if size * MIN_SHARE >= text_size(body.as_ref().unwrap_or(document)) {
            return Some(article);
        }
    }
    let is_main = |n: &Handle| {
        tag_name(n) == Some("main") || attribute(n, "role").is_some_and(|r| r.eq_ignore_ascii_case("main"))
    };
    if let Some(main) = find_all(document, &is_main).into_iter().next() {
        return Some(main);
    }
    let body = body?;
    drop_site_headers(&body);
    Some(body)
}

/// How much text the tree below `node` shows: its chars other than spaces.
fn text_size(node: &Handle) -> usize {
    render(node).map_or(0, |t| t.chars().filter(|c| !c.is_whitespace()).count())
}

/// Cuts the site's header (`<header>` or `role="banner"`) out of the tree below `node`: a
/// header that holds a heading of its own (not a link's text) is the story's header and stays.
fn drop_site_headers(node: &Handle) {
    let is_header = |n: &Handle| {
        tag_name(n) == Some("header") || attribute(n, "role").is_some_and(|r| r.eq_ignore_ascii_case("banner"))
    };
    for header in find_all(node, &is_header) {
        if !holds_own_heading(&header) {
            header.children.borrow_mut().clear();
        }
    }
}

/// Whether an `<h1>`–`<h3>` below `node` is not inside a link.
fn holds_own_heading(node: &Handle) -> bool {
    let headings = find_all(node, &|n| matches!(tag_name(n), Some("h1" | "h2" | "h3" | "a")));
    headings.iter().any(|n| tag_name(n) != Some("a"))
}

/// The text of the tree below `root` (inclusive).
fn render(root: &Handle) -> Result<String, String> {
    let dom = RcDom { document: root.clone(), ..RcDom::default() };
    let config = html2text::config::with_decorator(Reader).unicode_strikeout(false);
    let tree = config.dom_to_render_tree(&dom).map_err(|e| e.to_string())?;
    config.render_to_string(tree, NO_WRAP).map_err(|e| e.to_string())
}

/// Table layout made into rows the extractor reads: the box-drawing lines between rows are
/// dropped, and cells apart by `│` become "| a | b | c |".
fn table_rows(text: &str) -> String {
    if !text.contains(is_box_char) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        if line.contains(is_box_char) {
            let mut cells: Vec<&str> = line.split('│').map(str::trim).collect();
            if cells.iter().all(|c| c.chars().all(|ch| is_box_char(ch) || ch.is_whitespace())) {
                // A border: nothing to read, but it still ends the row above.
                continue;
            }
            // Rows read as Markdown's do, "| a | b |", whether or not the table has outer borders.
            if cells.first().is_some_and(|c| c.is_empty()) {
                cells.remove(0);
            }
            if cells.last().is_some_and(|c| c.is_empty()) {
                cells.pop();
            }
            out.push_str("| ");
            out.push_str(&cells.join(" | "));
            out.push_str(" |");
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

/// The chars html2text draws table borders with.
fn is_box_char(c: char) -> bool {
    ('\u{2500}'..='\u{257F}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Role;
    use proptest::prelude::*;

    /// Pages made of the tags reading looks at, in any order and nesting, closed or not.
    fn odd_page() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "<article>",
            "</article>",
            "<main>",
            "</main>",
            "<header>",
            "</header>",
            "<nav>",
            "</nav>",
            "<figure>",
            "<figcaption>",
            "</figcaption>",
            "<hr>",
            "<p>",
            "</p>",
            "<table><tr><td>",
            "</td><td>",
            "</td></tr></table>",
            "<ol><li>",
            "</li></ol>",
            "<a href='/x'>",
            "</a>",
            "<img alt='12' src='a'>",
            "<sup>3</sup>",
            "<body>",
            "<div class='cookie'>",
            "</div>",
            "Police said 12.",
            "&amp;",
            "é",
            "\n",
        ]);
        prop::collection::vec(pieces, 0..40).prop_map(|p| p.concat())
    }

    proptest! {
        #[test]
        fn any_page_is_read_without_a_panic(page in odd_page()) {
            let _ = page_text(&page);
        }
    }

    fn lines(html: &str) -> Vec<String> {
        crate::ingest::clean::split_paragraphs(&page_text(html).unwrap())
    }

    #[test]
    fn only_the_article_is_read_not_the_menus_around_it() {
        let page = r#"<html><head><title>T</title><script>var x = 12;</script></head><body>
            <header><a href="/">Northshire Gazette</a><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
            <article><h1>Burglaries fall in Northshire</h1>
            <p>Northshire Police recorded <a href="/data">2,310 burglaries</a> in 2023.</p>
            <figure><img src="a.jpg" alt="Officers at 3 doors"><figcaption>An officer on patrol. Picture: Northshire Police</figcaption></figure>
            <p>That was 8% fewer than the year before.</p></article>
            <aside><h3>Related</h3><ul><li><a href="/x">Story about 40 arrests</a></li></ul></aside>
            <footer><p>&copy; 2024 Northshire Gazette. Call 101.</p></footer>
            </body></html>"#;
        let got = lines(page);
        assert_eq!(
            got,
            [
                "Burglaries fall in Northshire",
                "Northshire Police recorded 2,310 burglaries in 2023.",
                "Image caption,",
                "An officer on patrol. Picture: Northshire Police",
                "That was 8% fewer than the year before."
            ]
        );
    }

    #[test]
    fn of_several_articles_the_longest_is_the_story() {
        let page = r#"<body><main>
            <article class="teaser"><h2><a href="/a">Arson up 9% in Westvale</a></h2><p>Short summary, 12 fires.</p></article>
            <article><h1>Shoplifting reports reach a five-year high</h1>
            <p>Riverford Constabulary logged 6,402 shoplifting offences in the year to March 2024.</p>
            <p>The force said 1,150 of them were repeat offences at the same stores, and that officers had been moved to retail patrols.</p></article>
            <article class="teaser"><h2><a href="/b">Speeding fines double</a></h2><p>Another teaser with 300 fines.</p></article>
            </main></body>"#;
        let got = lines(page);
        assert_eq!(got.first().map(String::as_str), Some("Shoplifting reports reach a five-year high"));
        assert!(!got.iter().any(|l| l.contains("teaser") || l.contains("Arson") || l.contains("Speeding")), "{got:?}");
    }

    #[test]
    fn a_page_without_an_article_is_read_from_main_or_else_the_body() {
        let with_main = r#"<body><div class="masthead">Eastport Echo menu</div>
            <main><h1>Thefts from vehicles fall</h1><p>Officers recorded 870 thefts.</p></main>
            <div class="sidebar">Most read: 5 things to do</div></body>"#;
        assert_eq!(lines(with_main), ["Thefts from vehicles fall", "Officers recorded 870 thefts."]);
        let body_only = r#"<body><header class="site"><a href="/"><h1>Eastport Echo</h1></a><nav><a href="/">Home</a></nav></header>
            <div id="content"><header><h1>Thefts from vehicles fall</h1></header><p>Officers recorded 870 thefts.</p></div>
            <footer>Copyright 2024</footer></body>"#;
        assert_eq!(lines(body_only), ["Thefts from vehicles fall", "Officers recorded 870 thefts."]);
    }

    #[test]
    fn links_images_and_list_numbers_leave_no_marks_in_the_text() {
        let page = r#"<article><p>Read the <a href="https://example.org/report">annual report</a> from
            <a href="/force"><strong>Lowmoor Police</strong></a>.<img src="chart.png" alt="Chart showing 45 incidents"></p>
            <ol><li>Figures cover 2022 to 2023.</li><li>The force serves 600,000 people.</li></ol>
            <p>Noted<sup>3</sup> in <em>the</em> appendix.</p></article>"#;
        let got = lines(page);
        assert_eq!(
            got,
            [
                "Read the annual report from Lowmoor Police.",
                "Figures cover 2022 to 2023.",
                "The force serves 600,000 people.",
                // A footnote mark stays a mark, not a figure.
                "Noted\u{b3} in the appendix."
            ]
        );
        let text = page_text(page).unwrap();
        assert!(!text.contains('[') && !text.contains("http") && !text.contains("45"), "{text}");
    }

    #[test]
    fn a_table_is_read_as_rows_of_cells() {
        let page = r#"<article><p>How the forces compare:</p><table>
            <thead><tr><th>Force</th><th>2022/23</th><th>2023/24</th></tr></thead>
            <tbody><tr><td>Dyfed-Powys Police</td><td>410</td><td>388</td></tr>
            <tr><td>North Wales Police</td><td>602</td><td>655</td></tr></tbody></table></article>"#;
        assert_eq!(
            lines(page),
            [
                "How the forces compare:",
                "| Force | 2022/23 | 2023/24 |",
                "| Dyfed-Powys Police | 410 | 388 |",
                "| North Wales Police | 602 | 655 |"
            ]
        );
    }

    #[test]
    fn a_header_of_two_rows_gives_each_column_its_group_and_its_year() {
        let page = r#"<article><p>Burglaries and robberies by force:</p><table>
            <tr><th rowspan="2">Area</th><th colspan="2">Burglary</th><th colspan="2">Robbery</th></tr>
            <tr><th>2030/31</th><th>2031/32</th><th>2030/31</th><th>2031/32</th></tr>
            <tr><td>Wessex Police</td><td>71</td><td>80</td><td>12</td><td>9</td></tr></table></article>"#;
        assert_eq!(
            lines(page),
            [
                "Burglaries and robberies by force:",
                "| Area | Burglary, 2030/31 | Burglary, 2031/32 | Robbery, 2030/31 | Robbery, 2031/32 |",
                "| Wessex Police | 71 | 80 | 12 | 9 |"
            ]
        );
    }

    #[test]
    fn a_header_spanning_rows_and_columns_keeps_a_column_spanning_both_rows() {
        let page = r#"<article><table>
            <tr><th rowspan="2">Area</th><th colspan="2">Thefts</th><th rowspan="2">Rate, 2031/32</th></tr>
            <tr><th>2030/31</th><th>2031/32</th></tr>
            <tr><td>Northfield</td><td>300</td><td>310</td><td>4.1</td></tr></table></article>"#;
        assert_eq!(
            lines(page),
            ["| Area | Thefts, 2030/31 | Thefts, 2031/32 | Rate, 2031/32 |", "| Northfield | 300 | 310 | 4.1 |"]
        );
    }

    #[test]
    fn a_table_heads_second_row_of_plain_cells_completes_its_first() {
        let page = r#"<article><table>
            <thead><tr><td rowspan="2">Area</td><td colspan="2">Thefts</td></tr>
            <tr><td>2030/31</td><td>2031/32</td></tr></thead>
            <tbody><tr><td>Northfield</td><td>300</td><td>310</td></tr></tbody></table></article>"#;
        assert_eq!(lines(page)[0], "| Area | Thefts, 2030/31 | Thefts, 2031/32 |");
        // A second row of plain cells in the body is a row of values, left as printed.
        let page = r#"<article><table>
            <tr><th rowspan="2">Area</th><th colspan="2">Thefts</th></tr>
            <tr><td>2030/31</td><td>2031/32</td></tr>
            <tr><td>Northfield</td><td>300</td><td>310</td></tr></table></article>"#;
        assert_eq!(lines(page)[0], "| Area | Thefts |");
    }

    #[test]
    fn a_header_whose_second_row_does_not_fill_the_spans_is_left_as_printed() {
        let page = r#"<article><table>
            <tr><th rowspan="2">Area</th><th colspan="3">Thefts</th></tr>
            <tr><th>2030/31</th><th>2031/32</th></tr>
            <tr><td>Northfield</td><td>300</td><td>310</td><td>4</td></tr></table></article>"#;
        assert_eq!(lines(page)[..2], ["| Area | Thefts |", "| 2030/31 | 2031/32 |"]);
    }

    #[test]
    fn a_figure_caption_is_a_caption_and_a_pull_quote_a_repeat() {
        let page = r#"<article><h1>Youth workers funded in Ashdown</h1>
            <figure><img src="x.jpg" alt="x"><figcaption>Youth workers at a club in Ashdown, where 30 posts are funded</figcaption></figure>
            <p>The council will fund 30 youth worker posts, it said on Monday.</p>
            <p>Cllr Ray Odum said: &ldquo;Young people need somewhere safe to go in the evenings and at weekends.&rdquo;</p>
            <blockquote>&ldquo;Young people need somewhere safe to go in the evenings&rdquo;</blockquote></article>"#;
        let text = page_text(page).unwrap();
        let found = crate::ingest::furniture::classify(crate::ingest::clean::split_paragraphs(&text));
        let role_of = |start: &str| found.iter().find(|p| p.text.starts_with(start)).map(|p| p.role);
        assert_eq!(role_of("Youth workers at a club"), Some(Role::Caption), "{found:?}");
        assert_eq!(role_of("The council will fund"), Some(Role::Body));
        assert_eq!(
            role_of("\u{201c}Young people need somewhere safe to go in the evenings\u{201d}"),
            Some(Role::Repeat)
        );
    }

    #[test]
    fn a_page_whose_only_articles_are_comments_is_read_whole() {
        let page = r#"<body><div class="story"><h1>Cycle thefts double at the station</h1>
            <p>British Transport Police said 214 bicycles were stolen from the station in 2023, against 104 the year before.</p>
            <p>Officers have fitted extra cameras at the cycle racks and will mark bikes for free on Saturdays.</p></div>
            <section class="comments"><article><p>Mine went in May.</p></article><article><p>Use two locks.</p></article></section>
            </body>"#;
        let got = lines(page);
        assert_eq!(got.first().map(String::as_str), Some("Cycle thefts double at the station"), "{got:?}");
        assert!(got.iter().any(|l| l.contains("214 bicycles")), "{got:?}");
    }

    #[test]
    fn breadcrumbs_cookie_notices_and_rules_are_not_read_as_text() {
        let page = r#"<article><div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/n">News</a> &gt; 2024</div>
            <div id="cookie-notice">We use 3 cookies. <button>Accept</button></div>
            <p>Avon and Somerset Police seized 75 knives in March.</p><hr>
            <p>In other news, 12 officers were commended.</p></article>"#;
        let text = page_text(page).unwrap();
        let found = crate::ingest::furniture::classify(crate::ingest::clean::split_paragraphs(&text));
        let got: Vec<(Role, &str)> = found.iter().map(|p| (p.role, p.text.as_str())).collect();
        assert_eq!(
            got,
            [
                (Role::Body, "Avon and Somerset Police seized 75 knives in March."),
                (Role::Break, "* * *"),
                (Role::Body, "In other news, 12 officers were commended.")
            ]
        );
    }

    #[test]
    fn appeals_to_the_reader_are_not_read_but_a_story_with_such_a_class_is() {
        let page = r#"<article class="story promo-enabled"><p>Gwent Police seized 40 e-bikes in June.</p>
            <p class="cta">Want the latest crime news? <a href="/s">Sign up to our newsletter</a>.</p>
            <div id="donate-box"><p>Help us reach 5,000 more families.</p></div>
            <p>Most were stolen, the force said.</p></article>"#;
        assert_eq!(lines(page), ["Gwent Police seized 40 e-bikes in June.", "Most were stolen, the force said."]);
    }

    #[test]
    fn a_fact_box_aside_is_read_but_other_asides_are_not() {
        let page = r#"<article><p>Lincolnshire Police recorded 610 stalking offences in 2023.</p>
            <aside class="story-factbox"><h3>Stalking in numbers</h3><ul><li>610 offences in 2023</li>
            <li>Up from 480 in 2021</li></ul></aside>
            <aside class="author"><p>Sam Reed has covered crime for 12 years.</p></aside>
            <aside class="facts"><a href="/a">Force logs 90 thefts</a> <a href="/b">Another 40 stories</a></aside></article>"#;
        assert_eq!(
            lines(page),
            [
                "Lincolnshire Police recorded 610 stalking offences in 2023.",
                "Stalking in numbers",
                "610 offences in 2023",
                "Up from 480 in 2021"
            ]
        );
    }

    #[test]
    fn a_correction_aside_is_read_as_the_storys_text() {
        let page = r#"<article><p>Gwent Police logged 512 frauds in 2022/23.</p>
            <aside class="story-correction"><p>Correction: we first printed 467 for 2021/22; the right total is 476.</p></aside>
            <aside class="related"><p>Police warn of 30 scams</p></aside></article>"#;
        assert_eq!(
            lines(page),
            [
                "Gwent Police logged 512 frauds in 2022/23.",
                "Correction: we first printed 467 for 2021/22; the right total is 476."
            ]
        );
    }

    #[test]
    fn an_aside_named_a_clarification_or_erratum_is_read() {
        let page = r#"<article><p>The council fined 88 drivers in May.</p>
            <aside id="story-clarification"><p>Clarification: the fines were issued by wardens, not police.</p></aside>
            <aside class="corrections-box"><p>This story was amended on 2 June: it said 80 drivers.</p></aside>
            <aside class="author-bio"><p>Jo Watts has 9 years on the beat.</p></aside></article>"#;
        assert_eq!(
            lines(page),
            [
                "The council fined 88 drivers in May.",
                "Clarification: the fines were issued by wardens, not police.",
                "This story was amended on 2 June: it said 80 drivers."
            ]
        );
    }

    #[test]
    fn a_fact_check_aside_is_read_as_the_storys_text() {
        let page = r#"<article><p>Essex Police recorded 900 frauds in 2023.</p>
            <aside class="factcheck"><h2>FACT CHECK: Have frauds doubled?</h2><p>In 2019 the force logged 610.</p></aside>
            <aside id="fact-checker-box"><p>The claim is false: 610 rose to 900.</p></aside>
            <aside class="check-more"><p>See our 12 other checks.</p></aside></article>"#;
        assert_eq!(
            lines(page),
            [
                "Essex Police recorded 900 frauds in 2023.",
                "FACT CHECK: Have frauds doubled?",
                "In 2019 the force logged 610.",
                "The claim is false: 610 rose to 900."
            ]
        );
    }

    #[test]
    fn share_buttons_and_comment_counts_are_not_read() {
        let page = r#"<article class="story social-enabled"><p>Cumbria Police recorded 77 thefts of sheep in 2022.</p>
            <div class="share-bar">Share <span>340</span> shares</div>
            <section id="comments"><h3>Comments (9)</h3></section>
            <p>Farmers said 15 flocks were hit.</p></article>"#;
        assert_eq!(
            lines(page),
            ["Cumbria Police recorded 77 thefts of sheep in 2022.", "Farmers said 15 flocks were hit."]
        );
    }

    #[test]
    fn lists_of_other_stories_are_not_read_but_a_related_paragraph_of_the_story_is() {
        let page = r#"<article><p>Dorset Police recorded 310 thefts from farms in 2023.</p>
            <div class="related-stories"><h3>Related</h3><ul><li><a href="/a">Force logs 2,018 thefts in 2021/22</a></li>
            <li><a href="/b">Quad bikes stolen in Wareham</a></li></ul></div>
            <aside-ish class="most-popular"><a href="/c">Police chief says 4,100 crimes went unsolved</a></aside-ish>
            <p class="related-note">The force related the rise to organised gangs, and named 3 of them.</p></article>"#;
        assert_eq!(
            lines(page),
            [
                "Dorset Police recorded 310 thefts from farms in 2023.",
                "The force related the rise to organised gangs, and named 3 of them."
            ]
        );
    }

    #[test]
    fn list_items_stay_apart_even_in_lower_case() {
        let page = "<article><p>What changed:</p><ul><li>patrols in 4 towns</li><li>more cameras</li></ul><ol><li>first step</li><li>second step</li></ol></article>";
        assert_eq!(lines(page), ["What changed:", "patrols in 4 towns", "more cameras", "first step", "second step"]);
    }

    #[test]
    fn a_headline_printed_above_the_article_heads_the_story() {
        let page = r#"<body><nav><h1>Site name</h1></nav><main><header><h1>Sheep worrying cases climb</h1><p>By Cara Doyle</p></header>
            <article><p>North Yorkshire Police recorded 131 cases of dogs attacking livestock in 2023.</p>
            <p>The force said most owners had let dogs off the lead near fields.</p></article></main></body>"#;
        assert_eq!(
            lines(page),
            [
                "Sheep worrying cases climb",
                "North Yorkshire Police recorded 131 cases of dogs attacking livestock in 2023.",
                "The force said most owners had let dogs off the lead near fields."
            ]
        );
    }
}
