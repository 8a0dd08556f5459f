//! A phone number printed to be dialled from abroad, and the extension of one, is no figure.

use super::*;

#[test]
fn a_phone_number_from_abroad_or_an_extension_is_no_figure() {
    for line in [
        "Contact: Crime statistics team, +44 1329 444 000",
        "Call the press office on +44 (0)20 7946 0123 for more on the Kent figures.",
        "Users can contact the Statistics Unit on 01632 960 123 (ext. 40211). Comments are welcome.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", brief(&[line]));
    }
}
