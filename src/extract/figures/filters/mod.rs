//! Numbers that are not statistics: phone numbers, ages, durations, counts of forces, labels,
//! dates and the bases of rates. What is left are the candidates, classified by [`classify`].
//!
//! This module holds the reader, [`candidates`], and the patterns right around a number that
//! it tries first; the tests it asks are grouped in submodules: [`phones`] (numbers to call),
//! [`ages`], [`labels`] (numbers that name rather than count), [`cases`] (counts of one court
//! case) and [`not_counts`] (counts of something other than offences, or parts of a count).

mod ages;
mod cases;
mod hypothetical;
mod labels;
mod not_counts;
mod phones;
mod platform;
mod references;
mod votes;

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::context::{is_baseline_value, Passage};
use super::incidentals::{
    children_of_ones_own, few_people_of_a_case, is_distance_away, is_set_limit, people_each_aged,
};
use super::kinds::{classify, Candidate};
use super::nouns::{
    alternation, head_noun, label_noun, missing_persons, of_whom_noun, persons_harmed, persons_not_offences,
    persons_tested, property_struck, property_targeted, subject_noun, Noun,
};
use super::{head, tail};
use crate::extract::clock_times;
use crate::extract::numbers::{self, compile, Number};
use crate::extract::periods;
use crate::model::Kind;

pub(super) use self::ages::speaks_of_children;
use self::ages::{
    counted_after_an_age, is_age_in_fact, is_age_past_an_aside, is_age_range, is_apposed_age, is_claimed_age,
    is_first_name_age, is_group_age_range, is_guessed_age_at, is_labelled_age, is_named_age, is_named_age_at,
    is_named_persons_age, is_pronoun_age, opens_with_an_age, people_were_aged, someone_was_under, AGE_BEFORE,
};
use self::cases::{
    charges_of_a_case, images_by_category, is_case_charge, is_offenders_victims, linked_to_a_suspect,
    taken_into_consideration,
};
use self::hypothetical::is_hypothetical;
use self::labels::{
    earlier_version, in_list_of_parts, is_compound_modifier, is_count_of_parts, is_court_room, is_day_of_may,
    is_first_day, is_gallery_position, is_hash_number, is_hours_till, is_in_web_address, is_labelled_part, is_old_year,
    is_padded_code, is_reference, is_reference_number, is_school_year, is_section_number, is_station_name,
    is_street_number, is_version,
};
use self::not_counts::{
    activities_delivered, base_of_a_share_of_people, baseline_of_a_measured_value, baseline_of_things,
    compared_with_previous, counts_areas, counts_those_recording, files_examined, found_among_those_examined,
    handled_by_a_helpline, is_caseload, is_fraction_in_words, is_group_threshold, is_guess_between_neighbours,
    is_idiomatic_one, is_only_heading_for, is_part_of_forces, is_population, is_size_of_group, is_whole_of_shares,
    names_its_offences, not_crimes, noun_of_the_next_number, part_of_previous, part_of_those_dealt_with,
    partitive_frame, people_dealt_with, persons_helped, places_spread_over, police_carried_out, possessed_units,
    reached_by_the_figure, recorded_times, referrals_a_service_had, refers_back, things_changed_from, with_recorded,
    OF_THE_FORCES_BEFORE, RECORDED_AFTER, RESPONDENTS_AFTER, STORED_ON_AFTER,
};
use self::not_counts::{gapped_by_item, gapped_item};
pub(super) use self::phones::is_service_number_in_a_box;
use self::phones::{is_padded_values, is_service_number, INTERNATIONAL_PHONE, PHONE};
use self::platform::{
    counted_in_brackets, counts_a_crowd, counts_the_audience, is_engagement_row, is_keycap, is_page_footer,
    match_scores, past_an_exclamation, ranks_a_list, waiting_for_a_service,
};
pub(super) use self::platform::{heads_reader_comments, is_reader_comment};
use self::votes::{is_vote_tally, vote_tallies};

/// Words right after a number that make it an age, a duration (also the first of two, "20
/// or 30 years ago", "15 to 25 years"), a date (a month named in
/// English or, on bilingual pages, Welsh: "14 Tachwedd"), a length ("612 words"), a
/// fraction ("two thirds of cases", "three-quarters"), an age
/// bound ("12 or under", "11 and younger"), a time of day ("10
/// o'clock", "9pm", "12 noon", the first hour of "2-4pm"), a radio frequency ("102.4 FM", "95.8MHz"), a score or share
/// out of ten or a hundred ("four out of five", "scored 87 out of 100"), a number of forces
/// ("39 of the 43 forces", "30 of the 41 Welsh territorial forces", "one police force"; not "512 of
/// the force's offences", which are
/// part of one force's) or part of a compound. An age is said as what the number is ("13, the most common age", "the average
/// age when first contacted"), not any "the … age" after it: "reached 310, the youngest age
/// group recorded" is a count.
static NOT_A_FIGURE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    // "10-year", "three-fold", "a 20-strong gang", "5-times": a unit joined by a hyphen.
    const HYPHENED_UNIT: &str =
        r"-(?:year|month|week|day|hour|minute|fold|strong|point|mile|page|bed|man|person|times)";
    // "15 years old", "12 to 14-year-olds", "16-year-old": an age in years.
    const YEARS_OLD: &str = r"(?:\s*(?:-|to|and|-\s*(?:to|and))\s*\d+)?\s*[\s-]?years?[\s-]+olds?\b";
    // "20 or 30 years", "15 to 25 years", "ten working days", "45 mins": a duration.
    const DURATION: &str = r"(?:\s+(?:or|to)\s+\d+)?\s+(?:(?:working|calendar|business|school|clear)\s+)?(?:years?|months?|weeks?|days?|nights?|hours?|minutes?|seconds?|decades?|centuries|mins?|secs?|hrs?)\b";
    // "500kb", "2 GB": a file size.
    const FILE_SIZE: &str = r"\s?(?:kb|mb|gb)\b";
    // "13, the most common age", "14 was the average age when first contacted": said to be an age.
    const SAID_TO_BE_AN_AGE: &str = r"(?:\s*[,:-])?\s+(?:(?:was|is)\s+)?the\s+(?:(?:most\s+)?(?:common|usual|typical|average|median|mean)\s+age\b|commonest\s+age\b|age\s+(?:at\s+which|when)\b)";
    // "39 of the 43 forces", "30 of the 41 Welsh territorial forces": a number of forces.
    const FORCES: &str = r":?\s+(?:of\s+(?:the\s+|all\s+)?(?:\d+\s+)?)?(?:(?:police|territorial|other|uk|regional|local|welsh|english|scottish|british|neighbouring|county|remaining|participating|responding|individual|separate)\s+){0,2}(?:forces|constabularies)\b";
    // "one police force", "one force": a single force.
    const ONE_FORCE: &str = r"\s+(?:(?:police|territorial|other|uk|regional|local|welsh|english|scottish|british|neighbouring|county|remaining|participating|responding|individual|separate)\s+)?force\b";
    // "three counts of", "one count of": the charges of a case.
    const COUNTS_OF: &str = r"\s+counts?\s+of\b";
    // "three times", "12 times the level": a multiple or a number of times.
    const TIMES: &str = r"\s+times\b";
    // "612 words": a length.
    const WORDS: &str = r"\s+words\b";
    // "two thirds of cases", "three-quarters": a fraction.
    const FRACTION: &str = r"[\s-]+(?:thirds|quarters|fifths|sixths|eighths|tenths)\b";
    // "12 or under", "11 and younger": an age bound.
    const AGE_BOUND: &str = r"\s+(?:or|and)\s+(?:under|younger|older)\b";
    // "14 November": a month named in English.
    const MONTH: &str =
        r"\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b";
    // "14 Nov", "3 Sept": a month's short name.
    const SHORT_MONTH: &str = r"\s+(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b";
    // "14 Tachwedd": a month named in Welsh, on bilingual pages (matched case-sensitively).
    const WELSH_MONTH: &str =
        r"\s+(?-i:Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr)\b";
    // "10:30": the hour of a clock time.
    const CLOCK_MINUTES: &str = r":\d{2}\b";
    // "10 o'clock", "10 oclock": an hour.
    const O_CLOCK: &str = r"\s+o'?clock\b";
    // "9pm", "7 a.m.": an hour of the day.
    const AM_PM: &str = r"\s*(?:am|pm|a\.m\.|p\.m\.)(?:\W|$)";
    // "2-4pm", "10–11.30am": the first hour of a span of the day.
    const FIRST_HOUR: &str = r"\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?:\W|$)";
    // "12 noon", "12 midnight": a time of day.
    const NOON: &str = r"\s+(?:noon|midday|midnight)\b";
    // "102.4 FM", "95.8MHz": a radio frequency.
    const FREQUENCY: &str = r"\s*(?:fm|mhz|khz)\b";
    let words = alternation(SMALL_NUMBER_WORDS);
    // "four out of five", "scored 87 out of 100": a score or share out of ten or a hundred.
    let out_of = format!(r"\s+out\s+of\s+(?:every\s+)?(?:\d{{1,2}}\b|100(?:[\s,.;:)]|$)|{words}\b)");
    // "one in ten", "1 in 20": the base of a rate.
    let rate_base = format!(r"\s+in\s+(?:every\s+)?(?:\d{{1,3}}(?:[\s,.;:)]|$)|(?:{words})\b)");
    let pieces = [
        HYPHENED_UNIT,
        YEARS_OLD,
        DURATION,
        FILE_SIZE,
        SAID_TO_BE_AN_AGE,
        FORCES,
        ONE_FORCE,
        &out_of,
        COUNTS_OF,
        TIMES,
        WORDS,
        FRACTION,
        AGE_BOUND,
        &rate_base,
        MONTH,
        SHORT_MONTH,
        WELSH_MONTH,
        CLOCK_MINUTES,
        O_CLOCK,
        AM_PM,
        FIRST_HOUR,
        NOON,
        FREQUENCY,
    ];
    compile(&format!("(?i)^(?:{})", pieces.join("|")))
});

/// Small numbers in words, which as the base of a rate ("one in ten") or a fraction ("four
/// out of five") make the number beside them no count.
const SMALL_NUMBER_WORDS: &[&str] = &["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/// The parts a text is divided into, which a number after them names: "section 4",
/// "pages 12 to 15", a meeting's agenda "Item 7" (or "Agenda item: 7", as a report's cover
/// prints it), a report's "Box 3.2", "Table 4", "Annex 2" or "Paragraph 5", a table's
/// "column 3" or "row 2"; a committee's "evidence session 3", a parliamentary question's
/// "UIN 48213".
const TEXT_PARTS: &[&str] = &[
    "session",
    "sitting",
    "uin",
    "column",
    "row",
    "section",
    "article",
    "chapter",
    "part",
    "clause",
    "page",
    "item",
    "box",
    "table",
    "question",
    "appendix",
    "annex",
    "paragraph",
    // An inspection's numbered findings: "Area for improvement 4", "Recommendation 2".
    "recommendation",
    "area for improvement",
    // A plan's numbered aims: "Priority 4 of the commissioner's plan".
    "priority",
];

/// Words right before a number that make it a label ("Table 3", "Figure B.1", "Quarter
/// 2"), a rank ("Rank 1 = highest"), a date (a
/// month named in title case or, as a wire's embargo line prints it, in capitals), a
/// key to press ("press 55"), a page's count of comments or shares ("Comments (12)", "Share
/// 30"), an issue of a paper ("Issue 512", a newsletter's "Week 38"), what a speaker has ("my 3 kids"), a radio
/// station's frequency after its name ("Heart FM 102.7"), a part of an address ("Unit 4",
/// "Suite 12"), the base of a rate or the denominator of a fraction ("nine in 10", "four
/// out of five").
static NOT_A_FIGURE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    // "&#8217;", "&#x2019;": a character reference left in the text.
    const CHARACTER_REFERENCE: &str = r"&\#x?";
    // "Channel 4", "Rank 1", "Tier 2", "Room 12", "Junction 9", "Series 3", "Segment 2", "Covid
    // 19", "Top 10", "per 1,000", "press 55", "Quarter 2": the other things a label numbers.
    const LABELS: &str = concat!(
        r"channel|no\.?|rank(?:ed)?|act|bill|tier|level|category|grade|room|flat|(?:at|house|door)\s+number|",
        r"route|bus|junction|platform|series|season|episode|segment|instal?lment|phase|stage|step|covid|top|per|every|each|",
        r"press(?:ing)?|option|extension|quarter"
    );
    // "Figure 3", "Year 9", "Week 38", a school's "Term 2", "March 14", "MARCH 14": a label or a month in title case
    // or in capitals (matched case-sensitively: "year 9" or "march 14" may be a count).
    const TITLE_CASE_LABELS: &str = concat!(
        r"\b(?:Figure|Chart|Fig\.|Year|Week|Term|",
        r"January|February|March|April|June|July|August|September|October|November|December|",
        r"JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\s*"
    );
    // "10:30": the hour of a clock time, before its minutes.
    const CLOCK_HOUR: &str = r"(?:^|[^/\d])\d{1,2}:";
    // "Comments (12)", "Shares (30)": a page's count in brackets.
    const COUNT_IN_BRACKETS: &str = r"(?i:\b(?:comments?|replies|shares|likes|views|reactions)\s*\(\s*)";
    // "Comments: 12", "Share 30": a page's count after its name.
    const COUNT_AFTER_NAME: &str = r"(?i:\b(?:comments?|replies|shares?)\s*:?\s*)";
    // "Issue 512", "Vol. 3": an issue of a paper.
    const ISSUE: &str = r"(?i:\b(?:issue|vol\.?|volume|edition)\s*)";
    // "my 3 kids", "our 2 dogs": what a speaker has.
    const MY: &str = r"(?i:\b(?:my|our)\s+)";
    // "Heart FM 102.7", "Unit 4", "Suite 12": a station's frequency or a part of an address.
    const STATION_OR_ADDRESS: &str = r"\b(?:FM|DAB|Unit|Suite|Block|Plot|Floor|Building)\s+";
    // "Operation Bluebell 2": a police operation's name.
    const OPERATION: &str = r"\bOperation\s+[A-Z][\w-]+\s+";
    let parts = alternation(TEXT_PARTS);
    let words = alternation(SMALL_NUMBER_WORDS);
    // "Agenda item: 7", "Table: 4": a part of a text and a colon.
    let part_and_colon = format!(r"(?i:\b(?:{parts})\s*:\s*)");
    // "Table 3", "Rank 1": a part of a text or another label.
    let label = format!(r"(?i:\b(?:{parts}|{LABELS}))\s*");
    // "Figure B.1", "Table A.3": a lettered part.
    let lettered = format!(r"(?i:\b(?:{parts}|figure|chart)\s+[a-z]\.)");
    // "nine in 10", "1 in every 5", "four out of five": the base of a rate or of a fraction.
    let rate_base = format!(r"(?i:\b(?:\d+(?:st|nd|rd|th)?|{words})\s+(?:times\s+)?(?:in|out\s+of)\s+(?:every\s+)?)");
    let pieces = [
        CHARACTER_REFERENCE,
        &part_and_colon,
        &label,
        &lettered,
        TITLE_CASE_LABELS,
        &rate_base,
        CLOCK_HOUR,
        COUNT_IN_BRACKETS,
        COUNT_AFTER_NAME,
        ISSUE,
        MY,
        STATION_OR_ADDRESS,
        OPERATION,
    ];
    compile(&format!("(?:{})$", pieces.join("|")))
});

/// "Fraud reports in Gwent top 4,500 as victims lose £11m", "Burglaries could top 1,000":
/// "top" as the verb of a total passing a value (after a plural noun, perhaps with its place,
/// or a modal, with no noun counted after the number), not the label of a ranking ("the top
/// 10", "reveals top 20 areas", "Kent's top 5").
pub(super) fn tops_a_value(before: &str, after: &str) -> bool {
    static TOP_VERB_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:([a-z]+[a-rt-z]s)(?:\s+(?:in|across|for)\s+(?:the\s+)?(?-i:\p{Lu}[\w'-]*(?:\s+\p{Lu}[\w'-]*){0,2}))?|could|will|would|may|might|to|set\s+to|expected\s+to)\s+top\s+(?:(?:more\s+than|over|nearly|almost)\s+)?$",
        )
    });
    static ENDS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^(?:\s*(?:$|[.,;:!?)'\x{22}\x{2019}\x{201D}-])|\s+(?:as|for|in|after|amid|since|despite|while|with|at|on|across|this|last|a|an|and|but|mark|figure)\b)",
        )
    });
    let plural_not_possessive = |c: &regex::Captures| {
        c.get(1).is_none_or(|w| {
            !matches!(w.as_str().to_ascii_lowercase().as_str(), "its" | "his" | "this" | "was" | "has" | "does" | "us")
        })
    };
    ENDS_AFTER.is_match(after) && TOP_VERB_BEFORE.captures(before).is_some_and(|c| plural_not_possessive(&c))
}

/// "a rise of 4.8 percentage points, not 4.8 per cent", "1,240 rather than 1,420": a number
/// the sentence denies in correcting it is not a figure.
fn is_denied(before: &str) -> bool {
    let b = before.trim_end().to_ascii_lowercase();
    b.ends_with(", not") || b.ends_with(" rather than") || b.ends_with(" and not")
}

/// "Twenty-five miles away, officers found the van", "Forty-eight hours after the raid":
/// after a number in words opening a sentence, a unit of distance, time or speed, which
/// makes it no figure.
fn opens_with_a_unit(after: &str) -> bool {
    static UNIT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)^[\s-]+(?:{}|minutes?|hours?|seconds?|days?|weeks?|months?|years?|mph|inches)\b",
            super::incidentals::DISTANCE_UNITS
        ))
    });
    UNIT_AFTER.is_match(after)
}

/// A number written in words that counts what the number before it counts: "Seventy-two
/// of them were …" or "Forty-one of the drivers stopped …" opening a sentence (where style
/// spells out any number; one below ten it spells out anywhere, so "Two of the men" is
/// as likely told as counted), "forty-seven offences compared with thirty-nine" (past any
/// percent change between them), or the
/// object of a recording verb closing its clause ("that year it logged just twenty-six."),
/// any above ten opening a sentence, the last of a list of places and values, or an end of a
/// change whose subject counts offences ("thefts rose from ninety to one hundred and six").
fn words_count_like_digits(
    s: &str,
    n: &Number,
    before: &str,
    after: &str,
    out: &[Candidate],
    after_dated_figures: bool,
) -> bool {
    static PARTITIVE_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s+of\s+(?:them|these|those)\b"));
    static OF_THE_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s+of\s+(?:the|these|those)\s+"));
    let opens = before.trim_matches(|c: char| c.is_whitespace() || "\"'‘“(".contains(c)).is_empty();
    let of_the =
        || n.value >= 10.0 && OF_THE_AFTER.find(after).is_some_and(|m| head_noun(&after[m.end()..]) != Noun::Other);
    // "…, and about ninety of them involved a weapon": a part opening a clause after a
    // comma, as a sentence's opening part is read.
    static CLAUSE_OPENS_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| compile(&format!(r"(?i),\s*(?:and\s+)?(?:{}\s+)?$", numbers::HEDGE)));
    let clause_opens = || before.contains(',') && CLAUSE_OPENS_BEFORE.is_match(before);
    // "Nearly a hundred of them …": a hedge before it still opens the sentence on the part.
    static HEDGE_OPENS: LazyLock<Regex> =
        LazyLock::new(|| compile(&format!(r#"(?i)^[\s"'\x{{2018}}\x{{201C}}(]*{}\s+(?:a\s+)?$"#, numbers::HEDGE)));
    let opens_on_part = opens || HEDGE_OPENS.is_match(before);
    let partitive = (opens_on_part && n.value > 1.0 && (PARTITIVE_AFTER.is_match(after) || of_the()))
        || (n.value > 10.0 && PARTITIVE_AFTER.is_match(after) && clause_opens());
    // "up from 198 in 2019/20, a 45 per cent rise, and from ninety in 2017/18": a value a
    // comparison starts from, after a count (past any percent change of it; not past a share
    // in per cent, whose baseline "up from four" is a share too).
    let baseline = is_baseline_value(s, n.range.start)
        && out
            .iter()
            .rev()
            .find(|prev| prev.kind != Kind::PercentChange)
            .is_some_and(|prev| prev.kind == Kind::Count && !prev.number.percent);
    // "… in 2022/23. That's up from one hundred and ninety-four the year before.": a sentence
    // of its own, right after dated figures, that opens on what the count went up or down from
    // (as spoken copy breaks a sentence). ("Up by a quarter, it rose from sixty-two" opens on
    // something else, and stays unread.)
    static OPENS_UP_FROM: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r#"(?i)^[\s"'.\x{2018}\x{201C}\x{2026}-]*(?:(?:that|this|it)(?:'s|\x{2019}s|\s+is|\s+was)\s+)?(?:up|down)\s+from\s+$"#,
        )
    });
    let opens_up_from = || s.get(..n.range.start).is_some_and(|b| b.len() < 40 && OPENS_UP_FROM.is_match(b));
    let baseline = baseline || (after_dated_figures && out.is_empty() && opens_up_from());
    // "… Gwent logged 980. Dyfed-Powys, four hundred and twelve.": a sentence that is
    // only a place and a number, right after dated figures, goes on with their list (as
    // speech leaves out the verb).
    static PLACE_ALONE: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"^[\s\x{2026}.-]*(?i:(?:and|then)\s+)?(\p{Lu}[\w'-]*(?:[\s-]+\p{Lu}[\w'-]*){0,3}),\s*$")
    });
    let place_alone = || {
        let closes = after.trim().is_empty() || after.trim() == "." || after.trim() == ";";
        closes
            && s.get(..n.range.start).and_then(|b| PLACE_ALONE.captures(b)).is_some_and(|c| {
                let name = &c[1];
                crate::extract::places::by_alias(name).is_some()
                    || !crate::extract::places::area_mentions(name).is_empty()
            })
    };
    let baseline = baseline || (after_dated_figures && out.is_empty() && place_alone());
    // "… against the previous year, when it was two thousand, eight hundred.", "For the whole
    // country it's nearly ninety-one thousand.": the value the last count had, said
    // with "it was" or "it's" closing the clause, right after dated figures. (Small numbers,
    // "it's nine", may tell the time.)
    static IT_WAS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(r"(?i)\b(?:it's|it\x{{2019}}s|it\s+is|it\s+was)\s+(?:{}\s+)?$", numbers::HEDGE))
    });
    let counted_before = out.iter().any(|c| matches!(c.kind, Kind::Count | Kind::PercentChange));
    let said_as_it_was = (after_dated_figures || counted_before)
        && n.value >= 20.0
        && !n.percent
        && (after.trim().is_empty() || after.starts_with(['.', ';']))
        && IT_WAS_BEFORE.is_match(before);
    let baseline = baseline || said_as_it_was;
    // "CALLER: Three hundred and ten.", "Jo Bloggs (a charity): Four hundred, I think.": a
    // speaker's turn that is only a number in words answers for a count, as its digits would.
    // (A small one may be an age or a time: "CALLER: Fifteen.")
    static TURN_LABEL: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"^\s*\p{{Lu}}[\w'\x{{2019}}.-]*(?:\s+\p{{Lu}}[\w'\x{{2019}}.-]*){{0,3}}(?:\s*\([^)]*\))?\s*:\s*(?:{}\s+)?$",
            numbers::HEDGE
        ))
    });
    static ANSWER_ENDS: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\s*(?:,\s*(?:I\s+(?:think|believe|reckon)|yes|roughly|exactly)\s*)?[.!]?\s*$"));
    let answers =
        n.value >= 100.0 && !n.percent && !n.money && ANSWER_ENDS.is_match(after) && TURN_LABEL.is_match(before);
    static RECORDED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:recorded|logged|flagged|registered)\s+(?:(?:just|only|a\s+mere|some|around|about|nearly|almost|barely)\s+)?$",
        )
    });
    let closes_clause = after.trim_start().is_empty() || after.starts_with(['.', ';', ',', ')']);
    // "Sixty-one drivers were caught": style spells out a number above ten only to open a
    // sentence, so it is read as its digits would be.
    // ("Eleven of Scotland's 13 divisions": a part is read as `partitive` reads it.)
    let spelled_to_open =
        opens && n.value > 10.0 && !n.percent && !after.starts_with(" of ") && !opens_with_a_unit(after);
    // "Aberdeenshire recorded 19 deaths, Dumfries and Galloway 12 and Moray five", "Kent was
    // second with 71 and Essex third with sixty-four": the last value of a list of places
    // and values, the one before it a count in digits.
    static LISTED_PLACE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?:,|\band)\s+(?:the\s+)?\p{Lu}[\w'-]*(?:\s+(?:\p{Lu}[\w'-]*|and|of))*\s+(?:(?i:second|third|fourth|fifth|sixth|next|last)\s+(?i:with|on)\s+)?$",
        )
    });
    let listed = closes_clause
        && out.last().is_some_and(|prev| {
            prev.kind == Kind::Count
                && !prev.number.percent
                && !prev.number.in_words
                && s.get(prev.number.range.end..n.range.start).is_some_and(|gap| !gap.contains(['.', ';']))
        })
        && LISTED_PLACE_BEFORE.is_match(before);
    // "Burglaries in Kent went up, from ninety in 2022/23 to one hundred and six": an end of a
    // change whose subject counts offences. (`subject_noun` checks first that a "to", "from"
    // or "at" comes before it.)
    let changed = subject_noun(before) == Noun::Count;
    partitive
        || baseline
        || answers
        || spelled_to_open
        || listed
        || changed
        || (closes_clause && RECORDED_BEFORE.is_match(before))
        || rounds_the_count_before(s, n, out)
}

/// "the biggest rise of the ", "the largest of the ": what opens a number in words naming the
/// group of places or things compared.
static OF_THE_GROUP: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?i)\b(?:\w+est|most|least|only\s+one|one|none|each|any|all)\s+(?:[\w-]+\s+){0,2}of\s+the\s+$")
});

/// " for total crimes", ", on 11%", ".": what may follow such a number, a
/// preposition or a clause's end rather than a noun.
static GROUP_ENDS: LazyLock<Regex> = LazyLock::new(|| compile(r"^(?:\s*[,.;:]|\s+(?:in|on|for|by|at|with)\b)"));

/// "97 - nearly a hundred - involved …", "412 offences, more than four hundred": a round
/// number in words set right beside a count in digits that it rounds, a figure of its own.
fn rounds_the_count_before(s: &str, n: &Number, out: &[Candidate]) -> bool {
    static BESIDE: LazyLock<Regex> =
        LazyLock::new(|| compile(&format!(r"(?i)^\s*(?:[\w-]+\s*)?[-,(]\s*(?:or\s+)?{}\s+$", numbers::HEDGE)));
    out.last().is_some_and(|prev| {
        let gap = s.get(prev.number.range.end..n.range.start).unwrap_or("");
        prev.kind == Kind::Count
            && !prev.number.in_words
            && n.value % 10.0 == 0.0
            && (n.value - prev.number.value).abs() <= 0.15 * prev.number.value
            && BESIDE.is_match(gap)
    })
}

/// "Most read: Man jailed over 200 offences", "Sponsored: 5 ways to …", "Also in the news:
/// …", "MORE: Pensioner wins £2m": a link to another story or an advert, under the label the page gives it.
pub(super) fn is_labelled_link(s: &str) -> bool {
    static LINK_LABEL: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^[^\w]*(?:most\s+(?:read|popular|viewed|shared|watched)|also\s+(?:in\s+the\s+news|on\s+\w+)|sponsored(?:\s+content)?|promoted(?:\s+stories)?|advertisement|trending(?:\s+now)?|popular\s+now|you\s+may\s+also\s+like|recommended(?:\s+for\s+you)?|more\s+on\s+this\s+story|more\s+stories|(?P<bare>more)|see\s+also|related(?:\s+(?:stories|articles|links|story|article))?|read\s+more|watch|listen)\s*[:|>]",
        )
    });
    // A bare "More:" labels a link only before a headline ("More: Essex Police seize 40 bikes"),
    // not before a sentence that goes on from the text ("More: 300 of them were in Medway, the
    // force said").
    static SAID: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:said|says|added|told)\b"));
    if !s.get(..40).unwrap_or(s).contains([':', '|', '>']) {
        return false;
    }
    LINK_LABEL.captures(s).is_some_and(|c| {
        c.name("bare").is_none() || {
            let rest = s.get(c.get(0).map_or(0, |m| m.end())..).unwrap_or("").trim_start();
            rest.starts_with(|ch: char| ch.is_uppercase()) && !SAID.is_match(rest)
        }
    })
}

/// Numbers of `s` that are statistics, with their kinds. (`children_passage`: the paragraph
/// speaks of children, whose ages a bare range said of a group of them gives.)
/// "took a fortnight, down from 20", "a mean of eight weeks, against 5", "the oldest
/// was 15 years old, compared with 17": a bare value, with no noun of its own, that a change from
/// the duration or age just printed starts from is one too.
fn bare_start_of_change(before: &str, n: &Number, after: &str) -> bool {
    static UNIT_THEN_FROM: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:\d[\d,.]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty)(?:-[a-z]+)?)\s+(?:days?|weeks?|months?|hours?|minutes?|years?(?:\s+old)?),\s*(?:(?:up|down|rising|falling)\s+from|compared\s+(?:with|to)|against)\s+$",
        )
    });
    // "610 robberies in two years, down from 702": a span the count was made over.
    static OVER_A_SPAN: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)\b(?:in|over|for|within|during|after|past|last|next|than)\s+(?:the\s+)?\S+\s+\S+,[^,]*$")
    });
    let ends_start = ["from ", "with ", "to ", "against "].iter().any(|w| before.ends_with(w));
    !n.money
        && !n.percent
        && ends_start
        && head_noun(after) == Noun::Unknown
        && UNIT_THEN_FROM.find(before).is_some_and(|m| !OVER_A_SPAN.is_match(before.get(..m.end()).unwrap_or("")))
}

pub(super) fn candidates(
    s: &str,
    times: &[periods::Mention],
    after_dated_figures: bool,
    children_passage: &Passage,
) -> Vec<Candidate> {
    let numbers = numbers::scan(s);
    // A post's counters, a page's footer: chrome, not content.
    if numbers.is_empty() || is_labelled_link(s) || is_engagement_row(s) || is_page_footer(s) {
        return Vec::new();
    }
    let mut phones: Vec<Range<usize>> =
        PHONE.find_iter(s).filter(|m| !is_padded_values(m.as_str())).map(|m| m.range()).collect();
    if s.contains("+44") || s.contains(" ext") || s.contains("(ext") {
        phones.extend(INTERNATIONAL_PHONE.find_iter(s).map(|m| m.range()));
    }
    // "beat Derby 2-0": goals; "voted 27-3": a vote's tally.
    phones.extend(match_scores(s));
    if s.contains("vot") {
        phones.extend(vote_tallies(s));
    }
    let overlaps = |r: &Range<usize>, o: &Range<usize>| o.start < r.end && r.start < o.end;
    let numbers: Vec<Number> = numbers
        .into_iter()
        .filter(|n| {
            !times.iter().any(|m| overlaps(&n.range, &m.range))
                && !phones.iter().any(|p| overlaps(&n.range, p))
                && !periods::is_law_year(s, &n.range)
        })
        .collect();
    let corrected = earlier_version(s);
    let mut out: Vec<Candidate> = Vec::new();
    // End of the last age read, and whether it opened a range ("aged between 11 and 14").
    let mut previous_age_end: Option<(usize, bool)> = None;
    for n in numbers {
        let before = tail(s, n.range.start);
        // " (!!) water bottles": what is counted is past an exclamation in brackets.
        let after = past_an_exclamation(head(s, n.range.end));
        // "boys of 13 and 14", "aged 17 or 18": a second small number joined to an age is one.
        let small = !n.percent && n.value <= 21.0 && n.value.fract() == 0.0 && head_noun(after) != Noun::Count;
        // "Two men, aged 19 and 23, were arrested": a second age of the people just aged, with
        // no noun of its own, however old.
        let lone_age = !n.percent && n.value < 100.0 && n.value.fract() == 0.0 && head_noun(after) == Noun::Unknown;
        let chained_age = previous_age_end.is_some_and(|(end, range)| {
            s.get(end..n.range.start).is_some_and(|gap| match gap.trim() {
                "to" | "-" => true,
                "and" => range || small || lone_age,
                "or" | "," => small,
                // "who were 12 when they came to us and 15 by the time they gave evidence":
                // the same person's age at a later moment.
                g => small && g.ends_with(" and") && after.trim_start().starts_with("by the time "),
            })
        });
        let bare_under = before.trim_end().to_ascii_lowercase().ends_with("under")
            || before.trim_end().to_ascii_lowercase().ends_with("over");
        // "where four were recorded": the verb says what a bare number counts.
        let noun = match head_noun(after) {
            Noun::Other | Noun::Unknown
                if persons_harmed(after) || property_targeted(after) || property_struck(before, after) =>
            {
                Noun::Count
            }
            Noun::Unknown if RECORDED_AFTER.is_match(after) || with_recorded(before, after) => Noun::Count,
            Noun::Unknown if after.contains(" on ") && STORED_ON_AFTER.is_match(after) => Noun::Other,
            Noun::Unknown if persons_tested(after) || is_vote_tally(before, after) => Noun::Other,
            // "Knives surrendered: 1,030": a label's noun counts the value after it.
            Noun::Unknown | Noun::Count if people_dealt_with(before, after) || handled_by_a_helpline(before) => {
                Noun::Other
            }
            Noun::Unknown
                if police_carried_out(before, after)
                    || possessed_units(before, after)
                    || things_changed_from(before)
                    || places_spread_over(before, after)
                    || activities_delivered(before, after)
                    || is_caseload(before, after)
                    || base_of_a_share_of_people(before, after)
                    || noun_of_the_next_number(&n, after) == Noun::Other =>
            {
                Noun::Other
            }
            Noun::Unknown => match label_noun(before) {
                Noun::Unknown => of_whom_noun(before),
                noun => noun,
            },
            Noun::Count
                if persons_not_offences(after)
                    || persons_helped(before, after)
                    || not_crimes(after)
                    || missing_persons(after)
                    || referrals_a_service_had(before, after)
                    || is_caseload(before, after)
                    || files_examined(after)
                    || children_of_ones_own(before, after) =>
            {
                Noun::Other
            }
            noun => noun,
        };
        // "61 of them", "(2022/23: 14)": a number told against the one before counts what it does.
        let noun = match noun {
            Noun::Unknown if refers_back(before, after) && out.last().is_some_and(|prev| prev.not_offences) => {
                Noun::Other
            }
            // "930 incidents, 45 of them involving weapons": the nouns after "of them" are
            // what the part involved, not what it counts.
            Noun::Other
                if refers_back(before, after)
                    && out.last().is_some_and(|prev| prev.kind == Kind::Count && !prev.not_offences) =>
            {
                Noun::Count
            }
            // "seized 61 vehicles …, and 23 recovered from garages": a later item of a list
            // with its noun left out counts what the list's first number does.
            Noun::Unknown if gapped_item(before, after) && out.first().is_some_and(|first| first.not_offences) => {
                Noun::Other
            }
            Noun::Unknown | Noun::Count
                if (part_of_previous(before) || found_among_those_examined(before, after))
                    && out.last().is_some_and(|prev| prev.not_offences) =>
            {
                Noun::Other
            }
            Noun::Unknown if is_baseline_value(s, n.range.start) && baseline_of_things(s, &n, &out) => Noun::Other,
            // "made 4,210 referrals, the first year that total topped 4,000", "90 were sent
            // on by GPs and 35 by schools": the figure named back, or a later item with
            // its verb left out, counts what the number before did.
            Noun::Unknown
                if (reached_by_the_figure(before) || gapped_by_item(before, after))
                    && out.last().is_some_and(|prev| prev.not_offences) =>
            {
                Noun::Other
            }
            // (Its own verb may follow, "… – fewer than Essex's 1.8 million – recorded …".)
            Noun::Unknown | Noun::Count
                if out.last().is_some_and(|prev| prev.not_offences)
                    && compared_with_previous(before)
                    && (!after.trim_start().starts_with(char::is_alphabetic) || head_noun(after) == Noun::Unknown) =>
            {
                Noun::Other
            }
            noun => noun,
        };
        // "Of the assaults in Kent, 612 left the officer injured": what the frame names.
        // ("Of the 2,000 calls, 300 led to arrests": so even with no noun after the verb.)
        let noun = match partitive_frame(before, after) {
            Some(frame) if noun != Noun::Unknown || frame == Noun::Other => frame,
            _ if part_of_those_dealt_with(before) => Noun::Other,
            _ => noun,
        };
        // Readers and company ("40 of us"), a ranked list's length, a crowd, people waiting.
        let people_or_ranks =
            counts_the_audience(after) || ranks_a_list(after) || counts_a_crowd(before) || waiting_for_a_service(after);
        let noun = if is_population(before, after) || people_or_ranks { Noun::Other } else { noun };
        // "were under 16": a small number after a bare "under" with no count noun is an age.
        let bare_age = bare_under
            && (noun != Noun::Count || someone_was_under(before, after))
            && (n.value <= 21.0 || people_were_aged(before, &n));
        let is_age = !n.percent
            && !n.money
            && (AGE_BEFORE.is_match(before)
                || chained_age
                || bare_age
                || (NOT_A_FIGURE_AFTER.is_match(after) && !recorded_times(before, after))
                || is_apposed_age(&n, before, after)
                || is_named_persons_age(&n, before, after)
                || is_named_age(&n, before, after)
                || is_named_age_at(&n, before, after)
                || is_first_name_age(&n, before, after)
                || opens_with_an_age(&n, before, after)
                || is_old_year(s, &n, before)
                || is_claimed_age(&n, before)
                || is_age_in_fact(&n, before, after, previous_age_end.is_some())
                || is_pronoun_age(&n, before, after, noun)
                || is_guessed_age_at(&n, before, after)
                || is_age_range(&n, before, after)
                || is_age_past_an_aside(&n, before, after)
                || is_group_age_range(&n, before, after, || children_passage.speaks_of_children())
                || is_fraction_in_words(&n, after)
                || is_labelled_age(before)
                || is_guess_between_neighbours(&n, before, after));
        let is_age = is_age || bare_start_of_change(before, &n, after);
        if is_age {
            let opens_range = before.trim_end().to_ascii_lowercase().ends_with("between");
            previous_age_end = Some((n.range.end, opens_range));
            continue;
        }
        // "Of London's 32 boroughs, 21 saw a fall": a bare number is how many of the areas;
        // "Across the county's districts, 4,120 burglaries …" counts its own offences.
        let of_forces = (OF_THE_FORCES_BEFORE.is_match(before) && !names_its_offences(after))
            || is_part_of_forces(before, after)
            || is_size_of_group(before, after);
        let label =
            NOT_A_FIGURE_BEFORE.is_match(before) && !tops_a_value(before, after) && !counted_after_an_age(before);
        if (label || of_forces || in_list_of_parts(before) || counted_in_brackets(before)) && !n.money {
            continue;
        }
        let not_money = !n.money && !n.percent;
        if not_money
            && (is_distance_away(after)
                || is_set_limit(before)
                || few_people_of_a_case(&n, before, after, !times.is_empty() || after_dated_figures)
                || people_each_aged(&n, after))
        {
            continue;
        }
        if is_whole_of_shares(&n, before) {
            continue;
        }
        let furniture = is_reference(before, after)
            || is_street_number(&n, after)
            || is_station_name(&n, before, after)
            || is_gallery_position(before, after)
            || is_compound_modifier(after)
            || is_school_year(&n, before, after)
            || is_version(before)
            || clock_times::is_padded_clock_time(s, &n)
            || is_padded_code(s, &n)
            || is_hours_till(&n, before, after)
            || is_court_room(&n, before)
            || is_count_of_parts(&n, before)
            || is_in_web_address(before)
            || is_hash_number(before)
            || is_keycap(after);
        if not_money
            && (is_first_day(&n, after)
                || is_day_of_may(&n, before, after)
                || counts_areas(after)
                || counts_those_recording(after)
                || furniture)
        {
            continue;
        }
        if not_money
            && (is_case_charge(before, after)
                || is_only_heading_for(before)
                || charges_of_a_case(before, after)
                || taken_into_consideration(after)
                || linked_to_a_suspect(before)
                || is_offenders_victims(before, after)
                || images_by_category(after)
                || is_group_threshold(before))
        {
            continue;
        }
        if is_service_number(s, &n)
            || is_section_number(s, &n, before, after)
            || is_labelled_part(s, &n, before, after)
            || is_denied(before)
            || (!n.percent && is_hypothetical(before))
            || (!n.percent && !n.money && baseline_of_a_measured_value(before, after))
            || is_reference_number(s, &n, before, after)
        {
            continue;
        }
        if noun == Noun::Unknown && !n.percent && RESPONDENTS_AFTER.is_match(after) {
            continue;
        }
        if corrected.is_some_and(|at| n.range.start > at) {
            continue;
        }
        // "One officer, who asked not to be named": "one" before anything but offences is a
        // determiner, not a count.
        let determiner = n.in_words && n.value == 1.0 && (noun != Noun::Count || is_idiomatic_one(s, before, after));
        // "Of the 62 theft reports, seven came from Catterick": a part in words of a
        // whole the frame counts as offences counts as its digits would.
        let part_of_counted = || n.value > 1.0 && partitive_frame(before, after) == Some(Noun::Count);
        let noun = match noun {
            Noun::Unknown
                if n.in_words
                    && (words_count_like_digits(s, &n, before, after, &out, after_dated_figures)
                        || part_of_counted()) =>
            {
                Noun::Count
            }
            noun => noun,
        };
        // "Two of the men were released": a small part in words of people or things is told.
        let told_part = n.value < 10.0 && noun == Noun::Other && after.starts_with(" of ");
        // "Twenty-five miles away, officers found the van": a distance or time in words.
        let distance_to_open = n.in_words
            && before.trim_matches(|c: char| c.is_whitespace() || "\"'‘“(".contains(c)).is_empty()
            && opens_with_a_unit(after);
        // "the steepest fall of the six for total crimes", "the smallest of the three, on …": a
        // number in words naming the group compared, with no noun of its own.
        let group_compared = n.in_words && OF_THE_GROUP.is_match(before) && GROUP_ENDS.is_match(after);
        if n.in_words
            && !n.percent
            && (noun == Noun::Unknown || determiner || told_part || distance_to_open || group_compared)
        {
            continue;
        }
        out.push(classify(s, n, noun));
    }
    // "EMBARGOED UNTIL 22.30 TUESDAY …", "first moved at 1122": times of day, no figures.
    // "(Hansard, vol. 649, col. 412)", "HC 588", "WORDS: 560": labels, no figures.
    out.retain(|c| !clock_times::is_clock_time(s, &c.number) && !references::is_reference(s, &c.number));
    out
}
