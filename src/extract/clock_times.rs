//! Times of day a wire story prints among its figures: when the copy may run ("EMBARGOED
//! UNTIL 22.30 TUESDAY …"), when a version of it was sent ("1122 FRIDAY MARCH 10 2023",
//! "this version sent at 0915 on March 2", "issued as a FLASH at 0740"), or any hour padded
//! with a zero ("00.01", "09.40"). They are no figures.
//!
//! A padded hour is one wherever it stands ([`is_padded_clock_time`], asked as each number is
//! read); another needs the words around it ([`is_clock_time`], asked of the numbers kept).

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::numbers::{compile, Number};

/// Whether number `n` of sentence `s` is a time of day printed on the 24-hour clock ("22.30",
/// "1630", "0001"): its digits a valid hour and minute, with no thousands comma, and either a
/// weekday, a time zone or "hrs" right after it ("1122 FRIDAY MARCH 10 2023", "09.30
/// THURSDAY", "1400 GMT"), or "at" right before it in a clause that moves, sends or issues
/// copy ("this version sent at 0915 on March 2", "issued as a FLASH at 0740"). A count stood
/// at such a value ("the total stood at 1630") is not one.
pub(super) fn is_clock_time(s: &str, n: &Number) -> bool {
    static WEEKDAY_OR_ZONE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)^\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:gmt|bst|utc|hrs|hours)\b)")
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
pub(super) fn is_padded_clock_time(s: &str, n: &Number) -> bool {
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
        numbers::scan(s)
            .into_iter()
            .filter(|n| is_clock_time(s, n))
            .filter_map(|n| s.get(n.range).map(str::to_string))
            .collect()
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
        let padded = |s: &str| -> Vec<String> {
            numbers::scan(s)
                .into_iter()
                .filter(|n| is_padded_clock_time(s, n))
                .filter_map(|n| s.get(n.range).map(str::to_string))
                .collect()
        };
        assert_eq!(padded("Not to be aired before 00.01 on the day."), ["00.01"]);
        assert_eq!(padded("Amended 3 June, 09.40, by the desk."), ["09.40"]);
        // Not padded, a point with no minutes after it, or minutes past 59: no time of day.
        assert!(padded("Doors open at 19.30 on Friday.").is_empty());
        assert!(padded("The rate was 0.5 per 1,000.").is_empty());
        assert!(padded("A reading of 03.75 was logged.").is_empty());
    }

    #[test]
    fn a_count_that_could_be_read_as_a_time_stays_a_count() {
        assert!(clock_times("The total stood at 1630 offences last year.").is_empty());
        assert!(clock_times("Police recorded 1445 thefts, up from 1230.").is_empty());
        assert!(clock_times("The force logged 1,445 thefts on Monday.").is_empty());
        assert!(clock_times("There were 2480 thefts recorded in 2019.").is_empty());
    }
}
