//! Whether a number is a time of day: the one place that says so, for the number reader
//! ([`crate::extract::numbers`], which reads no number at all where a time stands) and the
//! figure filters (which drop the numbers read that are times once the words around them
//! are seen). No clock time is a figure.
//!
//! As each number is read: hours and minutes with a time zone or "am"/"pm" after them
//! ("00.01 GMT", "6.30 pm", [`is_zoned_clock_time`]), four digits led by a zero ("EMBARGOED
//! TO 0001 MONDAY", [`is_zero_led_clock_time`]) and a broadcast's slot ("THE 1830
//! PROGRAMME", [`is_broadcast_hour`]).
//!
//! Among a wire story's figures: when the copy may run ("EMBARGOED UNTIL 22.30 TUESDAY …"),
//! when a version of it was sent ("1122 FRIDAY MARCH 10 2023", "this version sent at 0915 on
//! March 2", "issued as a FLASH at 0740"), or any hour padded with a zero ("00.01",
//! "09.40"). A padded hour is one wherever it stands ([`is_padded_clock_time`], asked as
//! each figure's number is read); another needs the words around it ([`is_clock_time`],
//! asked of the numbers kept).

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::numbers::{compile, Number};

/// The time zones, and "hrs", that make hours and minutes printed before them a time of day.
const ZONES: &str = "GMT|BST|UTC|CET|CEST|hrs";

/// "00.01 GMT", "6.30 pm", "10:15 BST": a clock time, hours and minutes with a time zone
/// or "am"/"pm" after them, which is no quantity. `int` and `decimals` are the number's parts
/// (the decimals with their point), `before` the text before them: a number right after a
/// currency sign is money, never a clock time ("£6.50 pm" is a sum per month). Only what a clock can show is one: minutes under 60, and
/// an hour up to 12 before "am"/"pm", up to 24 before a zone; "6.75 pm" is the number 6.75.
pub(crate) fn is_zoned_clock_time(before: &str, int: &str, decimals: &str, after: &str) -> bool {
    static ZONE: LazyLock<Regex> =
        LazyLock::new(|| compile(&format!(r"^\s?(?:(?P<half>(?i:a\.?m|p\.?m)\b)|(?:{ZONES})\b)")));
    if int.len() > 2 || decimals.len() != 3 || before.trim_end().ends_with(['£', '$', '€']) {
        return false;
    }
    let Some(zone) = ZONE.captures(after) else { return false };
    let last_hour = if zone.name("half").is_some() { 12 } else { 24 };
    let minutes = decimals.get(1..).and_then(|m| m.parse::<u32>().ok());
    let (Ok(hour), Some(minute)) = (int.parse::<u32>(), minutes) else { return false };
    hour <= last_hour && minute < 60
}

/// "EMBARGOED TO 0001 MONDAY", "NEWS 0800", "the 0930 bulletin": four digits with a leading
/// zero are a time of day on a 24-hour clock, or a code or dialling prefix ("0808"); no
/// count is printed with a leading zero. [`is_zoned_clock_time`] reads the times printed
/// with a point or colon, [`is_padded_clock_time`] those a figure's words pad with a zero.
pub(crate) fn is_zero_led_clock_time(printed: &str) -> bool {
    let digits = printed.as_bytes();
    digits.len() == 4 && printed.starts_with('0') && digits.iter().all(u8::is_ascii_digit)
}

/// "THE 1830 PROGRAMME", "for the 1100 phone-in", "LATE BULLETIN 2225", "(0600-1400)": four
/// digits that make an hour and minutes on a 24-hour clock ([`is_clock_digits`]) naming a
/// broadcast's slot, or ending a span of hours that a clock time with a leading zero
/// ([`is_zero_led_clock_time`]) opens. `printed` is the number as printed, `before` and
/// `after` the text around it.
pub(crate) fn is_broadcast_hour(printed: &str, before: &str, after: &str) -> bool {
    static SLOT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s+(?:programme|program|bulletin|phone-in|headlines|show|slot|update|news\s+(?:bulletin|programme|at|on)\b)\b",
        )
    });
    static SPAN_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"\b0\d{3}\s?(?:-|–|to)\s?$"));
    static SLOT_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:bulletin|programme|headlines)\s+$"));
    // "the 2021 bulletin", "the 1998 programme": a year that a clock could read is a year.
    let plausible_year = printed.parse::<u16>().is_ok_and(|y| (1950..=2059).contains(&y));
    // The hours led by a zero are read before ([`is_zero_led_clock_time`]).
    let clock = !plausible_year && !printed.starts_with('0') && is_clock_digits(printed) && printed.len() == 4;
    clock && (SLOT_AFTER.is_match(after) || SPAN_BEFORE.is_match(before) || SLOT_BEFORE.is_match(before))
}

/// Whether number `n` of sentence `s` is a time of day printed on the 24-hour clock ("22.30",
/// "1630", "0001"): its digits a valid hour and minute, with no thousands comma, and either a
/// weekday, a time zone or "hrs" right after it ("1122 FRIDAY MARCH 10 2023", "09.30
/// THURSDAY", "1400 GMT"), or "at" right before it in a clause that moves, sends or issues
/// copy ("this version sent at 0915 on March 2", "issued as a FLASH at 0740"). A count stood
/// at such a value ("the total stood at 1630") is not one.
pub(crate) fn is_clock_time(s: &str, n: &Number) -> bool {
    static WEEKDAY_OR_ZONE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(r"(?i)^\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:{ZONES}|hours)\b)"))
    });
    static SENT_AT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:moved|sent|issued|filed|transmitted|published|released|posted|embargoed|embargo)\b[^.;:]{0,40}?\b(?:at|until|till|to)\s+$",
        )
    });
    if n.percent || n.money || n.in_words {
        return false;
    }
    let Some(printed) = s.get(n.range.clone()) else { return false };
    if !is_clock_digits(printed) {
        return false;
    }
    let before = s.get(..n.range.start).unwrap_or("");
    let after = s.get(n.range.end..).unwrap_or("");
    WEEKDAY_OR_ZONE_AFTER.is_match(after) || SENT_AT_BEFORE.is_match(before)
}

/// "embargoed until 00.01 Tuesday", "issued 14 March, 09.40": an hour printed with a
/// leading zero, a point or colon and two digits of minutes is a time of day, whatever the
/// words around it (no statistic pads its whole part with a zero).
pub(crate) fn is_padded_clock_time(s: &str, n: &Number) -> bool {
    let printed = s.get(n.range.clone()).unwrap_or("");
    printed.len() == 5 && printed.starts_with('0') && is_clock_digits(printed)
}

/// "2230", "22.30", "09:30", "0001": four digits, or two and two around a point or colon,
/// that are an hour (00–23) and a minute (00–59).
fn is_clock_digits(printed: &str) -> bool {
    let digits: String = printed.chars().filter(char::is_ascii_digit).collect();
    let shape = printed.len() == 4 && digits.len() == 4
        || printed.len() == 5 && digits.len() == 4 && matches!(printed.as_bytes().get(2), Some(b'.' | b':'));
    if !shape {
        return false;
    }
    let (Ok(hour), Ok(minute)) = (digits[..2].parse::<u32>(), digits[2..].parse::<u32>()) else { return false };
    hour <= 23 && minute <= 59
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::numbers;

    /// The clock times among the numbers of `s`, as printed.
    fn clock_times(s: &str) -> Vec<String> {
        numbers::printed_where(s, is_clock_time)
    }

    #[test]
    fn a_time_stamp_before_a_weekday_is_a_time_of_day() {
        assert_eq!(clock_times("1445 MONDAY OCTOBER 2 2017"), ["1445"]);
        assert_eq!(clock_times("EMBARGOED UNTIL 19.15 SUNDAY JUNE 8 2014"), ["19.15"]);
        assert_eq!(clock_times("The figures will be released at 1430 GMT tomorrow."), ["1430"]);
    }

    #[test]
    fn a_time_copy_was_moved_or_sent_at_is_a_time_of_day() {
        assert_eq!(clock_times("This story was first sent as a SNAP at 1817."), ["1817"]);
        assert_eq!(clock_times("An earlier version was moved at 2140 on March 3."), ["2140"]);
    }

    #[test]
    fn an_hour_padded_with_a_zero_is_a_time_of_day_wherever_it_stands() {
        let padded = |s: &str| numbers::printed_where(s, is_padded_clock_time);
        assert_eq!(padded("Not to be aired before 00.01 on the day."), ["00.01"]);
        assert_eq!(padded("Amended 3 June, 09.40, by the desk."), ["09.40"]);
        // Not padded, a point with no minutes after it, or minutes past 59: no time of day.
        assert!(padded("Doors open at 19.30 on Friday.").is_empty());
        assert!(padded("The rate was 0.5 per 1,000.").is_empty());
        assert!(padded("A reading of 03.75 was logged.").is_empty());
    }

    #[test]
    fn a_time_stamp_before_any_zone_the_number_reader_knows_is_a_time_of_day() {
        assert_eq!(clock_times("Voting at the summit closes at 1400 CET on the last day."), ["1400"]);
        assert_eq!(clock_times("Polls shut at 2130 CEST across the bloc."), ["2130"]);
        assert!(clock_times("Voting at the summit closes with 1400 delegates.").is_empty());
    }

    #[test]
    fn a_broadcast_slot_is_named_by_an_hour_and_minutes_the_clock_can_read() {
        assert!(is_broadcast_hour("1745", "", " show on Radio Cymru"));
        assert!(is_broadcast_hour("2230", "the late bulletin ", ""));
        // No minute 60, no hour 24, and a year is a year.
        assert!(!is_broadcast_hour("1860", "", " show on Radio Cymru"));
        assert!(!is_broadcast_hour("2415", "", " show on Radio Cymru"));
        assert!(!is_broadcast_hour("2019", "", " programme"));
    }

    #[test]
    fn a_point_time_needs_minutes_a_clock_shows() {
        assert!(is_zoned_clock_time("", "7", ".45", " pm"));
        assert!(is_zoned_clock_time("", "23", ".59", " BST"));
        assert!(!is_zoned_clock_time("", "7", ".85", " pm"));
        assert!(!is_zoned_clock_time("", "23", ".60", " BST"));
    }

    #[test]
    fn a_point_time_needs_an_hour_its_clock_shows() {
        assert!(is_zoned_clock_time("", "12", ".15", "am"));
        assert!(is_zoned_clock_time("", "24", ".00", " GMT"));
        assert!(!is_zoned_clock_time("", "14", ".15", " p.m."));
        assert!(!is_zoned_clock_time("", "31", ".05", " UTC"));
    }

    #[test]
    fn a_sum_of_money_before_am_or_pm_is_no_time_of_day() {
        // "pm" after money is "per month": the number reader keeps it as money.
        let money = |s: &str| numbers::scan(s).into_iter().filter(|n| n.money).map(|n| n.value).collect::<Vec<_>>();
        assert_eq!(money("Parking permits now cost £7.25 pm for residents."), [7.25]);
        assert_eq!(money("Plans start at $9.99 pm or €4.50 pm for students."), [9.99, 4.5]);
        // Without a currency sign the same shape stays a time.
        assert!(numbers::scan("The office shuts at 7.25 pm on Fridays.").is_empty());
    }

    #[test]
    fn a_number_right_after_a_currency_sign_is_never_a_clock_time() {
        assert!(!is_zoned_clock_time("£", "8", ".15", " pm"));
        assert!(!is_zoned_clock_time("a fee of $", "11", ".30", " GMT"));
        assert!(!is_zoned_clock_time("costs € ", "3", ".40", " am"));
        assert!(is_zoned_clock_time("at ", "8", ".15", " pm"));
    }

    #[test]
    fn a_count_that_could_be_read_as_a_time_stays_a_count() {
        assert!(clock_times("The total stood at 1630 offences last year.").is_empty());
        assert!(clock_times("Police recorded 1445 thefts, up from 1230.").is_empty());
        assert!(clock_times("The force logged 1,445 thefts on Monday.").is_empty());
        assert!(clock_times("There were 2480 thefts recorded in 2019.").is_empty());
    }
}
