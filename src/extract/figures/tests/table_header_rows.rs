//! A table's header row over its rows is read as the header, never put aside as a label
//! however short it is.

use super::*;

#[test]
fn a_short_header_row_over_a_tables_rows_is_read_as_its_header() {
    let text = "Burglaries by area, Sussex Police\n\n| Area | Burglaries |\n| Hove (incl. Portslade) | 120 |\n| Total | 340 |\n";
    let found = text_brief(text);
    assert!(found.iter().any(|f| f.0.as_deref() == Some("Hove") && f.2 == 120.0), "{found:?}");
    assert!(found.iter().any(|f| f.0.as_deref() == Some("Sussex Police") && f.2 == 340.0), "{found:?}");
    let text = "Robberies in Avon and Somerset\n\nCounty | Robberies\nSomerset (rural) | 88\nAll counties | 301\n";
    let found = text_brief(text);
    assert!(found.iter().any(|f| f.0.as_deref() == Some("Somerset") && f.2 == 88.0), "{found:?}");
    assert!(found.iter().any(|f| f.0.as_deref() == Some("Avon and Somerset Police") && f.2 == 301.0), "{found:?}");
}
