//! A page's table read whole: its caption (what it counts, and where) and the totals row of
//! its footer.

use super::*;

/// (place, period, value, kind) of every figure of an HTML page.
fn page_brief(html: &str) -> Vec<(Option<String>, Option<String>, f64, Kind)> {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("page.html");
    std::fs::write(&path, html).unwrap_or_else(|e| panic!("{e}"));
    let text = crate::ingest::read_file(&path, crate::ingest::Limits::default()).unwrap_or_default();
    let article =
        crate::ingest::parse_article("page.html", &path, &text, &crate::ingest::catalogue::Catalogue::default());
    extract_figures(&article).into_iter().map(|f| (f.place, f.period.map(|p| p.to_string()), f.value, f.kind)).collect()
}

#[test]
fn a_tables_caption_names_the_place_of_its_rows() {
    let html = "<html><body><main><h1>Our crime figures</h1><p>We publish these every year.</p>\
                <table><caption>Table 1: Burglaries recorded by Dorset Police</caption>\
                <thead><tr><th>Year</th><th>Burglaries</th></tr></thead>\
                <tbody><tr><td>2030/31</td><td>1,204</td></tr><tr><td>2031/32</td><td>1,311</td></tr></tbody>\
                </table></main></body></html>";
    assert_eq!(
        page_brief(html),
        [
            (some("Dorset Police"), some("2030/31"), 1204.0, Kind::Count),
            (some("Dorset Police"), some("2031/32"), 1311.0, Kind::Count)
        ]
    );
    let html = "<html><body><article><h1>Thefts by district</h1><p>The data are below.</p>\
                <table><caption>Shoplifting offences in the <strong>Cheshire Constabulary</strong> area, 2029/30</caption>\
                <tr><th>Measure</th><th>2029/30</th></tr><tr><td>Shoplifting</td><td>6,480</td></tr></table>\
                </article></body></html>";
    assert_eq!(page_brief(html), [(some("Cheshire Constabulary"), some("2029/30"), 6480.0, Kind::Count)]);
}

#[test]
fn the_totals_row_of_a_tables_footer_is_read_after_its_body() {
    let html = "<html><body><main><h1>Robbery</h1><p>Robberies recorded by Kent Police.</p>\
                <table><thead><tr><th>Year</th><th>Robberies</th></tr></thead>\
                <tbody><tr><td>2029/30</td><td>410</td></tr><tr><td>2030/31</td><td>455</td></tr></tbody>\
                <tfoot><tr><th scope=\"row\">Total, 2029/30 to 2030/31</th><td>865</td></tr></tfoot>\
                </table></main></body></html>";
    let found = page_brief(html);
    assert!(found.iter().any(|f| f.2 == 865.0 && f.0.as_deref() == Some("Kent Police")), "{found:?}");
    let html = "<html><body><main><h1>Arson by area</h1><p>Arson recorded by Essex Police in 2031/32.</p>\
                <table><tr><th>Area</th><th>Arsons</th></tr><tfoot><tr><td>All areas</td><td>312</td></tr></tfoot>\
                <tbody><tr><td>Basildon</td><td>120</td></tr><tr><td>Colchester (incl. Tiptree)</td><td>192</td></tr></tbody></table>\
                </main></body></html>";
    let found = page_brief(html);
    assert!(found.iter().any(|f| f.2 == 312.0), "{found:?}");
    assert!(found.iter().any(|f| f.0.as_deref() == Some("Colchester") && f.2 == 192.0), "{found:?}");
    assert!(found.iter().any(|f| f.0.as_deref() == Some("Essex Police") && f.2 == 312.0), "{found:?}");
}
