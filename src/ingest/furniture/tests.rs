use super::repeats::has_words;
use super::*;
use crate::ingest::clean::split_paragraphs;

use proptest::prelude::*;

#[test]
fn a_social_threads_post_headers_are_bylines_and_its_counts_furniture() {
    let text = "Anytown Police ✔ @anytownpol · 3 Mar 2025\nWe made 40 arrests this week. #SafeStreets 1/3\n\n\
                Jo Bloggs @jobloggs_99 · 4h\nReplying to @anytownpol\n40 is a good start.\n\n\
                12 Reposts 3 Quotes 88 Likes 2 Bookmarks";
    let paragraphs = classify(split_paragraphs(text));
    let role_of = |text: &str| paragraphs.iter().find(|p| p.text == text).map(|p| p.role);
    assert_eq!(role_of("Anytown Police ✔ @anytownpol · 3 Mar 2025"), Some(Role::Byline));
    assert_eq!(role_of("Jo Bloggs @jobloggs_99 · 4h"), Some(Role::Byline));
    let paragraphs = classify(split_paragraphs("Anytown Police @anytownpol.bsky.social · 2h\nWe made 40 arrests."));
    assert_eq!(paragraphs.first().map(|p| p.role), Some(Role::Byline));
    assert_eq!(role_of("Replying to @anytownpol"), Some(Role::Furniture));
    assert_eq!(role_of("12 Reposts 3 Quotes 88 Likes 2 Bookmarks"), Some(Role::Furniture));
    assert!(role_of("We made 40 arrests this week. #SafeStreets").is_some_and(Role::is_text), "{paragraphs:?}");
}

#[test]
fn a_social_pages_counts_and_a_comments_actions_are_furniture() {
    let text = "Lowmoor Neighbourhood Team\nCommunity page · 4.2K followers\n\nWe made 12 arrests on Friday.\n\n\
                💬 316 · 41 comments · 9 shares\n\nAmy Holt\nGreat work.\n3h  Like  Reply  14\n\n\
                Ben Cole\nAbout time.\nLike · Reply · 2d\n\n👍😮 2.4K   88 comments   12 shares\n\n\
                Private group · 930 members\n\nPage Reader · 1.3K reads · Report a page";
    let paragraphs = classify(split_paragraphs(text));
    let role_of = |text: &str| paragraphs.iter().find(|p| p.text == text).map(|p| p.role);
    for chrome in [
        "Community page · 4.2K followers",
        "💬 316 · 41 comments · 9 shares",
        "3h Like Reply 14",
        "Like · Reply · 2d",
        "👍😮 2.4K 88 comments 12 shares",
        "Private group · 930 members",
        "Page Reader · 1.3K reads · Report a page",
    ] {
        assert_eq!(role_of(chrome), Some(Role::Furniture), "{chrome}: {paragraphs:?}");
    }
    assert!(role_of("We made 12 arrests on Friday.").is_some_and(Role::is_text), "{paragraphs:?}");
    // A sentence that speaks of views or members is text.
    let paragraphs = classify(split_paragraphs("Town news\n\nThe clip had 4,100 views · and 300 shares by noon."));
    assert!(paragraphs.iter().all(|p| p.role != Role::Furniture || p.text == "Town news"), "{paragraphs:?}");
}

#[test]
fn a_social_pages_prompts_to_see_more_and_lone_counts_are_furniture() {
    let text = "Westby Police\n\nWe made 9 arrests.\n\nAll reactions: 2.2K\n\nView 14 more comments\n\nView all 3 replies\n\n\
                Liked by westby_news and 1,204 others\n\n3,410 likes\n\n2w Like Reply Edited\n\nLike · Reply · See translation · 5d";
    let paragraphs = classify(split_paragraphs(text));
    let role_of = |text: &str| paragraphs.iter().find(|p| p.text == text).map(|p| p.role);
    for chrome in [
        "All reactions: 2.2K",
        "View 14 more comments",
        "View all 3 replies",
        "Liked by westby_news and 1,204 others",
        "3,410 likes",
        "2w Like Reply Edited",
        "Like · Reply · See translation · 5d",
    ] {
        assert_eq!(role_of(chrome), Some(Role::Furniture), "{chrome}: {paragraphs:?}");
    }
    assert!(role_of("We made 9 arrests.").is_some_and(Role::is_text), "{paragraphs:?}");
}

#[test]
fn a_numbered_photo_label_opens_a_caption() {
    let roles =
        roles("Headline here\n\nText of the story.\n\n📸 Picture 2: Officers at a door in Eastby.\n\nPhoto 11: A van.");
    assert_eq!(roles[2].0, Role::Caption, "{roles:?}");
    assert_eq!(roles[3].0, Role::Caption, "{roles:?}");
}

#[test]
fn a_thread_counter_after_a_posts_last_sentence_is_dropped_and_a_fraction_kept() {
    let texts = |text: &str| -> Vec<String> { split_paragraphs(text) };
    assert_eq!(
        texts("We made 12 arrests. 1/4\n\nCall 101 to report it. (2/4)"),
        ["We made 12 arrests.", "Call 101 to report it."]
    );
    assert_eq!(
        texts("1/5 A thread on last night.\n\nThanks for reading 🙏 5/5"),
        ["A thread on last night.", "Thanks for reading 🙏"]
    );
    let thread = "1/3 Our figures are out.\n\nThe share of cases solved fell to 3/4\n\nScores were 9/10.\n\n3/3 Officers made 12 arrests.";
    assert_eq!(
        texts(thread),
        [
            "Our figures are out.",
            "The share of cases solved fell to 3/4",
            "Scores were 9/10.",
            "Officers made 12 arrests."
        ]
    );
    assert_eq!(
        texts("1/2 Our figures are out.\n\n3/4 of the victims were girls.\n\n2/2 Thanks for reading."),
        ["Our figures are out.", "3/4 of the victims were girls.", "Thanks for reading."]
    );
}

#[test]
fn a_fraction_opening_a_paragraph_of_an_article_that_is_no_thread_is_kept() {
    let texts = |text: &str| -> Vec<String> { split_paragraphs(text) };
    assert_eq!(
        texts("Poll finds support for curfews.\n\n6/10 Voters back the plan, the survey says."),
        ["Poll finds support for curfews.", "6/10 Voters back the plan, the survey says."]
    );
    assert_eq!(
        texts("4/20 Memorial held in the park.\n\nCrowds gathered at noon. 8/9"),
        ["4/20 Memorial held in the park.", "Crowds gathered at noon. 8/9"]
    );
}

#[test]
fn a_broadcast_scripts_clip_lines_are_furniture() {
    for line in [
        "CLIP 2: SGT MARIA OWUSU, DERBYSHIRE CONSTABULARY",
        "CUT 1 - SOT: PARISH CLERK, HEBDEN (UNNAMED)",
        "IN: \"Nobody expected the road...\"",
        "OUT CUE: '...by the weekend.'",
        "DUR: 0'17\"",
        "TRT: 1:05",
    ] {
        assert!(is_script_cue(line), "{line}");
    }
    for line in [
        "Clip art: a new exhibition opens in Derby.",
        "IN: the first of three hearings, the panel said.",
        "OUT: \"We are going nowhere,\" the campaign said of its plans for the site over the summer.",
        "Audio: Hear the full interview on our website",
        "DUR: 24 offences in 2023",
    ] {
        assert!(!is_script_cue(line), "{line}");
    }
}

/// Text mixing the layout the splitter reads: list numbers, runs of spaces, tabs,
/// separators, datelines, dates and times, cells, wide and odd chars.
fn laid_out_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "1. ",
        "(2) ",
        "12) ",
        "3.5 ",
        "2,000 ",
        "  ",
        "   ",
        "\t",
        "\n",
        "\n\n",
        "---",
        "* * *",
        "#",
        "LEEDS",
        "ST IVES",
        " – ",
        " - ",
        ", Monday 3 June 2024",
        "(PA)",
        "17:05",
        "6.30pm GMT",
        "Rank",
        "Force",
        "2021/22",
        "+4%",
        "|",
        "by ",
        "Ann Lee",
        "é",
        "—",
        "\u{a0}",
        "\u{200b}",
        "a",
        "B",
        ".",
        "=3",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|p| p.concat())
}

fn roles(text: &str) -> Vec<(Role, String)> {
    classify(split_paragraphs(text)).into_iter().map(|p| (p.role, p.text)).collect()
}

/// Lines made of the caption cues, in odd cases and cut short, and what stands around them.
fn cue_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "image",
        "IMAGE",
        "imag",
        "Photo",
        "phot",
        "PIC",
        "pi",
        "cRedit",
        "credi",
        "ed by model",
        "ed by a model",
        "ED BY A MODEL",
        "ed by ",
        "ed by  model",
        "model",
        "a ",
        " ",
        "e",
        "é",
        "İ",
        "\u{212A}",
        "x",
    ]);
    prop::collection::vec(pieces, 0..8).prop_map(|p| p.concat())
}

#[test]
fn caption_cues_are_found_in_any_case_and_nowhere_else() {
    assert!(has_caption_cue("A boy (PICTURED) at home"));
    assert!(has_caption_cue("File image posed by a Model"));
    assert!(!has_caption_cue("Officers recorded by police said so."));
    assert!(!has_caption_cue("ed by  model, imag, phot"));
}

#[test]
fn words_are_counted_as_splitting_at_spaces_counts_them() {
    for key in ["", "a", "a b", "a b c d", "a b c d e", "one two three four five six", " "] {
        for n in 1..8 {
            assert_eq!(has_words(key, n), key.split(' ').nth(n - 1).is_some(), "{key:?} {n}");
        }
    }
}

#[test]
fn starts_are_read_in_any_case_as_the_regexes_read_them() {
    let letters: Vec<String> = (b'a'..=b'z').map(|b| char::from(b).to_string()).collect();
    let letters: Vec<&str> = letters.iter().map(String::as_str).collect();
    let per_letter: Vec<Regex> = letters.iter().map(|l| re(&format!("(?i)^{l}"))).collect();
    let any_letter = re("(?i)^[a-z]");
    let mut buf = [0; 4];
    for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
        let s = c.encode_utf8(&mut buf);
        if !any_letter.is_match(s) {
            assert!(!starts_with_any(s, &letters), "{c:?}");
            continue;
        }
        for (l, r) in letters.iter().zip(&per_letter) {
            assert_eq!(starts_with_any(s, &[l]), r.is_match(s), "{c:?} as {l}");
        }
    }
    assert!(starts_with_any("Wordſ: Ann Lee", &["words"]));
    assert!(!starts_with_any("Word", &["words"]), "a start longer than the line");
    assert!(!starts_with_any("Last year", &["last updated"]));
}

#[test]
fn every_branch_of_the_byline_and_furniture_patterns_gets_past_its_check() {
    for line in [
        "By Jane Doe",
        "BY JANE DOE, Crime Reporter",
        "Compiled by Priya Shah | Monday",
        "Reported by Tom O'Neill",
        "Edited by Ann Lee",
        "Words by Ann Lee",
        "Wordſ by Ann Lee",
        "Author: John Roe",
        "Written by: Ann Lee",
        "Reporter: Ann Lee",
        "Words: Ann Lee",
        "Published 1st Jan 2021",
        "Last updated: 2 May",
        "Updated",
        "Poſted on 3 May",
        "Posted by Ann Lee, parish correspondent · 2 May 2025 · 3 comments",
        "Posted by Tom Roe",
    ] {
        assert!(BYLINE.is_match(line), "{line}");
        assert!(may_be_byline(line), "{line}");
    }
    for line in [
        "Read more: Other story",
        "Most read",
        "Most popular",
        "Advertisement",
        "Related stories:",
        "Sign up to our newsletter",
        "Subscribe",
        "Share this article",
        "Follow us on Facebook",
        "Click here",
        "Watch: the arrest",
        "Listen: the podcast",
        "See also Other story",
        "Comments (3)",
        "12 comments",
        "1.2k shares",
        "Share 85 shares",
        "Share",
        "ſhare",
        "Sponsored: 7 ways",
        "Promoted",
        "Partner content",
    ] {
        assert!(FURNITURE.is_match(line), "{line}");
        assert!(is_page_furniture(line), "{line}");
    }
    for line in ["But police said so.", "Last year 12 were stolen.", "Most of the thefts were at night."] {
        assert!(!starts_with_any(line, BYLINE_STARTS) && !starts_with_any(line, FURNITURE_STARTS), "{line}");
    }
    // The patterns' `\d` is an ASCII digit (`numbers::compile`): a count in another script's
    // digits is no furniture line, though the check lets it through to the pattern.
    assert!(!is_page_furniture("\u{663} comments"));
}

#[test]
fn markdown_emphasis_marks_are_not_read_but_footnote_marks_and_bullets_stay() {
    let text = "**Burglaries in Kent rose to 8,120.**\n\nOfficers logged __412__ thefts, *up* a tenth.\n\n\
                *Written by Amal Haddad*\n\nGwent* and Dyfed-Powys* sent partial data.\n\n* A bullet point";
    assert_eq!(
        split_paragraphs(text),
        [
            "Burglaries in Kent rose to 8,120.",
            "Officers logged 412 thefts, up a tenth.",
            "Written by Amal Haddad",
            "Gwent* and Dyfed-Powys* sent partial data.",
            "A bullet point",
        ]
    );
    let found =
        roles("Knife crime in the city\n\nThe first sentence.\n\n**See also:** [Other piece](https://x.test/a)");
    assert_eq!(found[2], (Role::Furniture, "See also: Other piece".to_string()));
}

#[test]
fn a_section_label_above_the_headline_is_not_the_headline() {
    for label in ["Home > News > North Wales", "News | Crime | Hull", "Sport › Football", "NEWS", "WORLD EXCLUSIVE"] {
        let found = roles(&format!("{label}\n\nVan thefts in Hull double in a year\n\nThieves stole 212 vans."));
        let got: Vec<Role> = found.iter().map(|(r, _)| *r).collect();
        assert_eq!(got, [Role::Furniture, Role::Headline, Role::Body], "{label}");
    }
    // A headline in capitals, or one with a bar in it, is still the headline.
    for headline in ["VAN THEFTS DOUBLE IN HULL", "Van thefts double | Hull police say gangs are to blame"] {
        let found = roles(&format!("{headline}\n\nThieves stole 212 vans, police said."));
        assert_eq!(found[0].0, Role::Headline, "{headline}");
    }
}

#[test]
fn photo_captions_are_not_article_text() {
    let found = roles(
        "Headline about crime\n\neditorial image\n\nA man walks past a station Picture: JOHN SMITH\n\nA boy on a laptop (stock image)\n\nFile image posed by model\n\nBody text here, with a full stop.",
    );
    let captions = found.iter().filter(|(r, _)| *r == Role::Caption).count();
    assert_eq!(captions, 4, "{found:?}");
    assert_eq!(found[0].0, Role::Headline);
    assert_eq!(found.last().map(|p| p.0), Some(Role::Body));
}

#[test]
fn a_line_labelled_caption_is_a_caption() {
    let found = roles("Title line\n\nThefts fell by 9% last year, police said.\n\nCaption: The new station in Dover. Thefts fell 9 per cent.\n\nText.");
    assert_eq!(found[2].0, Role::Caption, "{found:?}");
    let found = roles(
        "Title line\n\nBody text here, with a full stop.\n\n*CAPTION: Officers on patrol in the town centre.*\n\nText.",
    );
    assert_eq!(found[2].0, Role::Caption, "{found:?}");
}

#[test]
fn the_line_after_an_image_caption_label_is_the_caption() {
    let found = roles("Title line\n\nImage caption,\n\nOfficers at work in the city last year, said police.\n\nText.");
    assert_eq!(found[2].0, Role::Caption);
}

#[test]
fn bylines_and_publication_lines_are_furniture() {
    let found = roles("Title of piece\n\nJane Doe\n\nBy Jane Doe\n\nAuthor: John RoePublished 1st Jan 2021\n\nPublished\n\nText follows here.");
    assert_eq!(found[1].0, Role::Byline, "{found:?}");
    assert_eq!(found[2].0, Role::Byline);
    assert_eq!(found[3].0, Role::Byline);
    assert_eq!(found[4].0, Role::Byline);
    assert_eq!(found[5].0, Role::Body);
}

#[test]
fn a_papers_trail_of_what_else_is_in_the_issue_is_furniture() {
    let found = roles(
        "The story begins with a sentence.\n\nALSO IN THIS ISSUE: Town 5k raises £2,300 (p9) · Rovers win 3-1 (p40)\n\nInside today's edition: 12 pages of jobs\n\nAlso inside: bowls club's 50 years",
    );
    assert!(found[1..].iter().all(|(r, _)| *r == Role::Furniture), "{found:?}");
    // A sentence about what was inside something stays text.
    let found = roles("The story begins with a sentence.\n\nInside this house, officers found 40 cannabis plants.");
    assert_eq!(found[1].0, Role::Body);
}

#[test]
fn a_pages_tags_or_topics_are_furniture() {
    let found = roles(
        "The story begins with a sentence.\n\nTags: Dover, Kent Police, knife crime\n\nTopics: Courts, Hampshire Constabulary",
    );
    assert!(found[1..].iter().all(|(r, _)| *r == Role::Furniture), "{found:?}");
    let found = roles("The story begins with a sentence.\n\nTags were found on 40 stolen bikes in 2023.");
    assert_eq!(found[1].0, Role::Body);
}

#[test]
fn read_more_links_labels_and_outlet_names_are_furniture() {
    let found = roles(
        "The story begins with a sentence.\n\nRead more: Other story here\n\nThe Daily Bugle:\n\nMost Read\n\nChief Constable Jo Bloggs\n\nHe said:\n\n“Words.”",
    );
    let furniture: Vec<&str> = found.iter().filter(|(r, _)| *r == Role::Furniture).map(|(_, t)| t.as_str()).collect();
    assert_eq!(
        furniture,
        ["Read more: Other story here", "The Daily Bugle:", "Most Read", "Chief Constable Jo Bloggs"]
    );
    assert_eq!(found[5].0, Role::Body, "an introduction to a quote stays text");
    let found =
        roles("The story begins with a sentence.\n\nComments (3)\n\n12 comments\n\nComments\n\nShare\n\n1.2k shares\n\nShare 85 shares");
    assert!(found[1..].iter().all(|(r, _)| *r == Role::Furniture), "{found:?}");
}

#[test]
fn headlines_under_a_most_read_label_are_furniture_until_a_sentence() {
    let found = roles(
        "Avon Police logged 420 burglaries in 2023.\n\nMost popular\n\nTeenager, 15, arrested over 3 arson attacks\n\nBus fares to rise by 12%\n\nThe force said 40 of the burglaries were solved.\n\nSponsored: 7 ways to secure your shed",
    );
    let furniture: Vec<&str> = found.iter().filter(|(r, _)| *r == Role::Furniture).map(|(_, t)| t.as_str()).collect();
    assert_eq!(
        furniture,
        [
            "Most popular",
            "Teenager, 15, arrested over 3 arson attacks",
            "Bus fares to rise by 12%",
            "Sponsored: 7 ways to secure your shed"
        ]
    );
    let rows = roles("Intro sentence of the piece.\n\nRelated\n\nKent Police | 1,200\n\nEssex Police | 980");
    assert!(rows[2..].iter().all(|(r, _)| *r == Role::Body), "{rows:?}");
}

#[test]
fn headlines_under_a_most_read_in_a_section_label_are_furniture() {
    let found = roles(
        "Avon Police logged 420 burglaries in 2023.\n\nMost read in Sport\n\nStriker, 29, 'gutted' after injury\n\nFan's 5 best away days\n\nMost popular in UK News:\n\nPub quiz champion, 80, retires",
    );
    assert!(found[1..].iter().all(|(r, _)| *r == Role::Furniture), "{found:?}");
    assert_eq!(found[0].0, Role::Body);
    // A sentence about what was most read stays text.
    let sentence = roles("Intro sentence of the piece.\n\nMost read in the region were reports of 40 thefts.");
    assert_eq!(sentence[1].0, Role::Body, "{sentence:?}");
}

#[test]
fn a_most_popular_in_a_place_or_year_subhead_heads_the_articles_own_list() {
    for label in ["Most popular in Wales", "Most popular in Kent", "Most read in 2023"] {
        let found = roles(&format!(
            "Registrars logged 600,000 births in 2023.\n\n{label}\n\nOlivia, given to 1,204 girls\n\nNoah, given to 1,130 boys"
        ));
        assert!(found[2..].iter().all(|(r, _)| *r == Role::Body), "{found:?}");
    }
}

#[test]
fn headlines_under_an_also_in_the_news_label_are_furniture() {
    let found = roles(
        "Avon Police logged 420 burglaries in 2023.\n\nAlso in UK News:\n\n- Car thefts fall 6% in a year, says minister\n\n- Man, 52, charged over 3 raids",
    );
    assert!(found[1..].iter().all(|(r, _)| *r == Role::Furniture), "{found:?}");
    assert_eq!(found[0].0, Role::Body);
}

#[test]
fn table_headings_above_rows_of_figures_stay_text() {
    let found = roles("Intro sentence of the piece.\n\nKent Police\n\n2017/18: 1,200\n\n2018/19: 1,350");
    assert!(found.iter().all(|(r, _)| *r == Role::Body), "{found:?}");
}

#[test]
fn pull_quotes_and_repeated_captions_are_repeats() {
    let found = roles(
        "Intro sentence of the piece.\n\nA smiling officer stands by a car Picture: X\n\nA smiling officer stands by a car Picture: X\n\nShe said: “We will keep working with our partners to keep children safe online, every day.”\n\nWe will keep working with our partners to keep children safe online\n\nEnd of the story here.",
    );
    assert_eq!(found[1].0, Role::Caption);
    assert_eq!(found[2].0, Role::Repeat);
    assert_eq!(found[3].0, Role::Body);
    assert_eq!(found[4].0, Role::Repeat);
}

#[test]
fn a_pull_quote_printed_before_the_quote_it_repeats_is_the_repeat() {
    let found = roles(
        "Intro sentence of the piece.\n\nWe are proud of the work our officers do every day in schools.\n\nThe inspector said: “We are working hard.\n\n“We are proud of the work our officers do every day in schools.”\n\nEnd of story.",
    );
    assert_eq!(found[1].0, Role::Repeat, "{found:?}");
    assert_eq!(found[3].0, Role::Body);
}

#[test]
fn a_turn_broken_off_on_a_dash_under_its_label_is_speech_not_a_label() {
    let found = roles(
        "Harbour Hour, episode 12\n\nTOM VALE (00:03:10)\nWe had six boats out that night.\n\nRUTH KAY (00:03:15)\nAnd that is exactly the—\n\nTOM VALE (00:03:16)\nSorry, Ruth-\n\nRUTH KAY (00:03:17)\nNo, go on.\n\nMore from the coast",
    );
    let role_of = |text: &str| found.iter().find(|(_, t)| t == text).map(|(r, _)| *r);
    assert_eq!(role_of("And that is exactly the—"), Some(Role::Body), "{found:?}");
    assert_eq!(role_of("Sorry, Ruth-"), Some(Role::Body), "{found:?}");
    // A short line that does not break off is still a label.
    assert_eq!(role_of("More from the coast"), Some(Role::Furniture), "{found:?}");
}

#[test]
fn a_turn_broken_off_is_no_repeat_of_the_longer_turn_it_starts() {
    let found = roles(
        "Harbour Hour, episode 12\n\n10:02 RUTH KAY: We have never had the boats we—\n\n10:02 TOM VALE: Sorry, go ahead.\n\n10:02 RUTH KAY: We have never had the boats we need for a winter like this.",
    );
    assert_eq!(found[1], (Role::Body, "10:02 RUTH KAY: We have never had the boats we—".to_string()), "{found:?}");
    assert_eq!(found[3].0, Role::Body, "{found:?}");
    // Words lifted whole from a longer paragraph are still a pull-quote.
    let found = roles(
        "Intro of the piece.\n\nShe said: “We have never had the boats we need for a winter like this.”\n\nWe have never had the boats we need for a winter like this\n\nEnd.",
    );
    assert_eq!(found[2].0, Role::Repeat, "{found:?}");
}

#[test]
fn the_same_paragraph_printed_twice_is_kept_once() {
    let found = roles("Intro here.\n\nCouncil leaders met officers at the town hall on Monday.\n\nCouncil leaders met officers at the town hall on Monday.");
    assert_eq!(found[1].0, Role::Body);
    assert_eq!(found[2].0, Role::Repeat);
}

#[test]
fn first_line_is_a_headline_only_when_it_reads_as_one() {
    assert_eq!(roles("Rise in offences across the county\n\nText.")[0].0, Role::Headline);
    assert_eq!(roles("Police recorded a rise in offences last year.\n\nText.")[0].0, Role::Body);
}

/// The role of the first line the reader sees in `text` read as `format` ("txt", "md", "html").
fn first_role(text: &str, format: &str) -> (Role, String) {
    let text = match format {
        "md" => crate::ingest::markdown::markdown_text(text),
        "html" => crate::ingest::html::page_text(text).unwrap_or_default(),
        _ => text.to_string(),
    };
    classify(split_paragraphs(&text))
        .into_iter()
        .map(|p| (p.role, p.text))
        .next()
        .unwrap_or((Role::Body, String::new()))
}

#[test]
fn a_heading_that_asks_a_question_is_the_headline_in_every_layout() {
    let body = "Officers in Eastvale logged 310 van break-ins last spring.";
    for (format, page) in [
        ("txt", format!("Are van break-ins in Eastvale on the rise?\n\n{body}")),
        ("md", format!("# Are van break-ins in Eastvale on the rise?\n\n{body}")),
        ("md", format!("## What do the new van crime numbers tell us?\n\n{body}")),
        ("html", format!("<article><h1>Are van break-ins in Eastvale on the rise?</h1><p>{body}</p></article>")),
        ("txt", format!("Van crime: why are more vans being broken into?\n\n{body}")),
    ] {
        let (role, text) = first_role(&page, format);
        assert_eq!(role, Role::Headline, "{format}: {text}");
    }
}

#[test]
fn a_kicker_and_a_question_on_one_heading_line_are_the_headline_not_the_claim_under_it() {
    for page in [
        "## REALITY CHECK | Have bike thefts in Eastvale really trebled?\n\nClaim: “Bike thefts have trebled since I took office” — Cllr Rona Pike\n\nVerdict: False\n\nPolice logged 410 bike thefts in 2022 and 455 in 2023.",
        "QUICK GUIDE – What counts as a van break-in?\n\nWhat police say: a van entered by force — Eastvale Police\n\nOfficers logged 310 last spring.",
    ] {
        let text = crate::ingest::markdown::markdown_text(page);
        let found = roles(&text);
        assert_eq!(found[0].0, Role::Headline, "{found:?}");
        assert_eq!(found[1].0, Role::Body, "{found:?}");
    }
}

#[test]
fn a_first_paragraph_that_ends_in_a_question_is_not_made_a_headline() {
    for page in [
        // A Q&A interview's first question.
        "Q: How long have you run the night patrols in Eastvale?\n\nA: Six years, and the town has changed a lot.",
        "Question: Why did the patrols stop last winter?\n\nAnswer: The money ran out.",
        // Copy that asks its question after a sentence of its own.
        "Van break-ins fell by a third last year. So why do drivers in Eastvale feel less safe?\n\nOfficers logged 310.",
        // A quoted question put by someone.
        "“Where were the officers when my van was broken into?” asked one driver.\n\nOfficers logged 310.",
    ] {
        let found = roles(page);
        assert_eq!(found[0].0, Role::Body, "{found:?}");
    }
}

#[test]
fn a_dateline_city_is_not_the_place_of_the_figures() {
    let text = "NORTHAMPTON – Northamptonshire Police recorded 2,110 thefts in 2023.\n\nST ALBANS, Tuesday 4 June 2024 — Hertfordshire Constabulary said 90 cars were stolen.\n\nCARDIFF (PA) - Figures show a rise.\n\nNEWRY, Co Down – by Aoife Kelly";
    assert_eq!(
        split_paragraphs(text),
        [
            "Northamptonshire Police recorded 2,110 thefts in 2023.",
            "Hertfordshire Constabulary said 90 cars were stolen.",
            "Figures show a rise.",
            "by Aoife Kelly"
        ]
    );
    assert_eq!(roles("Headline about thefts\n\nNEWRY, Co Down – by Aoife Kelly")[1].0, Role::Byline);
    // Capitals that are not a dateline stay.
    for kept in [
        "NSPCC – the children's charity – said 40 calls were made.",
        "UK-wide figures show 12,000 offences.",
        "PC – Police Constable – is the first rank.",
    ] {
        assert_eq!(split_paragraphs(kept), [kept]);
    }
}

#[test]
fn date_and_time_lines_are_not_article_text() {
    let found = roles(
        "Thefts rise in the county\n\nWed 3 Jan 2024 07.00 GMT\n\nSaturday, 16 March 2024\n\nJune 4, 2024 at 9:30am\n\n21/05/2024 | 14:10\n\n11:20\n\n6.45pm BST\n\nPolice recorded 1,200 thefts on 4 June 2024.\n\n1 April 2023 to 31 March 2024\n\nMarch 2024",
    );
    let got: Vec<Role> = found.iter().map(|(r, _)| *r).collect();
    assert_eq!(
        got,
        [
            Role::Headline,
            Role::Byline,
            Role::Byline,
            Role::Byline,
            Role::Byline,
            Role::Break,
            Role::Break,
            Role::Body,
            Role::Body,
            Role::Body
        ],
        "{found:?}"
    );
}

#[test]
fn separator_lines_are_section_breaks() {
    let found = roles("Story one begins here.\n\n---\n\n* * *\n\n***\n\n___\n\n--\n\nStory two begins here.");
    let got: Vec<(Role, &str)> = found.iter().map(|(r, t)| (*r, t.as_str())).collect();
    assert_eq!(
        got,
        [
            (Role::Body, "Story one begins here."),
            (Role::Break, "---"),
            (Role::Break, "* * *"),
            (Role::Break, "***"),
            (Role::Break, "___"),
            (Role::Furniture, "--"),
            (Role::Body, "Story two begins here.")
        ]
    );
}

#[test]
fn compiled_by_and_reported_by_lines_are_bylines() {
    let found = roles("Weekly round-up\n\nCompiled by Priya Shah | Monday, 2 June 2025\n\nReported by Tom O'Neill\n\nCompiled by the Home Office, the figures show 300 offences.");
    let got: Vec<Role> = found.iter().map(|(r, _)| *r).collect();
    assert_eq!(got, [Role::Headline, Role::Byline, Role::Byline, Role::Body], "{found:?}");
}

#[test]
fn posted_by_lines_are_bylines() {
    // A community site's byline, with its date and comment count.
    let found = roles("Parish notices\n\nPosted by Ann Lee, village correspondent · 2 May 2025 · 3 comments\n\nPosted by a neighbour, the note says 30 sheds were broken into.");
    let got: Vec<Role> = found.iter().map(|(r, _)| *r).collect();
    assert_eq!(got, [Role::Headline, Role::Byline, Role::Body], "{found:?}");
}

proptest! {
    #[test]
    fn caption_cues_are_found_where_a_case_insensitive_regex_finds_them(line in cue_text()) {
        let cues = re(r"(?i-u)image|photo|pic|credit|caption|ed by (?:a )?model");
        prop_assert_eq!(has_caption_cue(&line), cues.is_match(&line), "{:?}", line);
    }

    #[test]
    fn laid_out_text_splits_and_classifies_without_losing_char_alignment(text in laid_out_text()) {
        for p in classify(split_paragraphs(&text)) {
            prop_assert_eq!(p.text.chars().count(), p.norm.chars().count());
            prop_assert!(!p.text.is_empty());
        }
    }
}
