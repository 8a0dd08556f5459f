//! The answer engine, asked directly: what each command returns from the shipped articles.

mod common;

use common::{engine, engine_with_threads, Workspace};
use factdesk::answer::Answer;
use factdesk::model::{Kind, Measure, Period};

fn force(answer: Answer) -> factdesk::answer::ForceAnswer {
    match answer {
        Answer::Force(f) => f,
        other => panic!("expected a force answer, got {other:?}"),
    }
}

#[test]
fn force_groups_figures_by_measure_then_latest_period_first() {
    let ws = Workspace::with_shipped_articles();
    let answer = force(engine(&ws).ask("/force Cleveland").unwrap());
    assert_eq!(answer.place, "Cleveland Police");
    let order: Vec<(Measure, Option<Period>)> = answer.groups.iter().map(|g| (g.measure, g.period)).collect();
    let mut sorted = order.clone();
    sorted.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    assert_eq!(order, sorted);
    let online_2016 = answer
        .groups
        .iter()
        .find(|g| g.measure == Measure::Online && g.period == Some(Period::starting(2016)))
        .expect("online figures for 2016/17");
    assert!(online_2016.figures.iter().any(|h| h.figure.value == 145.0 && h.figure.kind == Kind::Count));
}

#[test]
fn online_and_all_offence_measures_are_never_mixed() {
    let ws = Workspace::with_shipped_articles();
    let answer = force(engine(&ws).ask("/force Cleveland").unwrap());
    for group in &answer.groups {
        for hit in &group.figures {
            assert_eq!(hit.figure.measure, group.measure);
        }
    }
    let all = answer.groups.iter().filter(|g| g.measure == Measure::All).flat_map(|g| &g.figures);
    assert!(all.clone().any(|h| h.figure.value == 820.0), "820 is all sexual offences");
    assert!(!all.clone().any(|h| h.figure.value == 145.0), "145 is online only");
}

#[test]
fn force_filters_by_year_and_measure() {
    let ws = Workspace::with_shipped_articles();
    let e = engine(&ws);
    let answer = force(e.ask("/force Cleveland 2015/16 all").unwrap());
    assert!(!answer.groups.is_empty());
    assert!(answer.groups.iter().all(|g| g.period == Some(Period::starting(2015)) && g.measure == Measure::All));
}

#[test]
fn unknown_places_suggest_the_nearest_names() {
    let ws = Workspace::with_shipped_articles();
    match engine(&ws).ask("/force Durhum Constabullary").unwrap() {
        Answer::Force(f) => assert_eq!(f.place, "Durham Constabulary"),
        other => panic!("a misspelt force still resolves: {other:?}"),
    }
    match engine(&ws).ask("/force Narnia").unwrap() {
        Answer::NoSuchPlace { suggestions, .. } => assert!(!suggestions.is_empty()),
        other => panic!("{other:?}"),
    }
}

#[test]
fn search_marks_the_matched_words_in_each_snippet() {
    let ws = Workspace::with_shipped_articles();
    let Answer::Search(found) = engine(&ws).ask("/search grooming").unwrap() else { panic!("a search answer") };
    assert!(!found.hits.is_empty());
    for hit in &found.hits {
        assert!(!hit.highlights.is_empty());
        for r in &hit.highlights {
            assert_eq!(hit.text[r.clone()].to_lowercase(), "grooming");
        }
    }
}

#[test]
fn hostile_searches_get_answers_not_errors() {
    let ws = Workspace::with_shipped_articles();
    let e = engine(&ws);
    for q in [
        "/search \"unbalanced",
        "/search field:[a TO",
        "/search ((((",
        "/search 🚓🚓",
        "/search AND OR NOT",
        "/search \u{0}\u{7}",
    ] {
        assert!(e.ask(q).is_ok(), "{q}");
    }
    let long = format!("/search {}", "x".repeat(10_000));
    assert!(matches!(e.ask(&long), Ok(Answer::Invalid { .. })));
}

#[test]
fn quotes_are_found_by_speaker_surname_and_organisation() {
    let ws = Workspace::with_shipped_articles();
    let e = engine(&ws);
    for (asked, speaker) in [("/quote Wanless", "Wanless"), ("/quote Carter", "Carter"), ("/quote NSPCC", "")] {
        let Answer::Quotes(found) = e.ask(asked).unwrap() else { panic!("a quote answer") };
        assert!(!found.quotes.is_empty(), "{asked}");
        assert!(found.quotes[0].quote.speaker.contains(speaker), "{asked}: {:?}", found.quotes[0].quote);
    }
}

#[test]
fn asking_what_an_organisation_said_gives_its_own_quotes_not_quotes_naming_it() {
    let ws = Workspace::empty();
    ws.write(
        "a.txt",
        "Charity warns on grooming\n\nWessex Police recorded 90 grooming offences in 2022/23.\n\n\
         \"Children are being failed,\" said Ola Brandt, director of the Harbour Trust.\n\n\
         A Wessex Police spokesperson said: \"We welcome the Harbour Trust report and will study it.\"\n",
    );
    let e = engine(&ws);
    let Answer::Quotes(found) = e.ask("what did the Harbour Trust say?").unwrap() else { panic!("a quote answer") };
    let speakers: Vec<&str> = found.quotes.iter().map(|h| h.quote.speaker.as_str()).collect();
    assert_eq!(speakers, ["Ola Brandt"]);
    // Words nobody is named by are still found in what was said.
    let Answer::Quotes(found) = e.ask("/quote failed").unwrap() else { panic!("a quote answer") };
    assert_eq!(found.quotes.len(), 1);
}

#[test]
fn speaker_names_autocomplete_from_a_prefix() {
    let ws = Workspace::with_shipped_articles();
    let e = engine(&ws);
    assert_eq!(e.complete_speaker("wan", 25).first().map(String::as_str), Some("Peter Wanless"));
    assert!(e.complete_speaker("", 25).len() <= 25);
    assert_eq!(e.complete_place("clev", 25).first().copied(), Some("Cleveland Police"));
}

/// A workspace whose two articles disagree about Kent's 2019/20 count, one of which also
/// states a rise that its own numbers do not give.
fn disagreeing_articles() -> Workspace {
    let ws = Workspace::empty();
    ws.write(
        "a.txt",
        "Kent figures rise\n\nKent Police recorded 321 online child sex offences in 2019/20.\n\n\
         Kent Police recorded 150 online child sex offences in 2018/19, up from 100 in 2017/18, a rise of 80%.\n",
    );
    ws.write("b.txt", "Kent figures questioned\n\nKent Police recorded 340 online child sex offences in 2019/20.\n");
    ws
}

#[test]
fn sources_lists_every_article_with_its_figure_and_quote_counts() {
    let ws = Workspace::with_shipped_articles();
    ws.write(
        "catalogue.toml",
        "[[article]]\nfile = \"000_373a4f16e9bfb18f.txt\"\noutlet = \"The Northern Echo\"\ndate = \"2019-03-01\"\n",
    );
    let Answer::Sources(sources) = engine(&ws).ask("/sources").unwrap() else { panic!("a sources answer") };
    assert_eq!(sources.articles.len(), 5);
    let cleveland = sources.articles.iter().find(|a| a.source.id.ends_with("002_9c503e2b58aca6c8.txt")).unwrap();
    assert_eq!((cleveland.figures, cleveland.quotes), (6, 3));
    assert!(cleveland.source.title.starts_with("Sharp rise"));
    let echo = sources.articles.iter().find(|a| a.source.id.ends_with("000_373a4f16e9bfb18f.txt")).unwrap();
    assert_eq!(echo.source.outlet.as_deref(), Some("The Northern Echo"));
    assert_eq!(echo.source.date.as_deref(), Some("2019-03-01"));
}

#[test]
fn an_article_is_found_by_id_file_name_or_unique_prefix_with_its_figures_quotes_and_text() {
    let ws = Workspace::with_shipped_articles();
    ws.write("news/2020/kent.txt", "Kent rise\n\nKent Police recorded 321 online child sex offences in 2019/20.\n");
    let e = engine(&ws);
    for typed in ["/article 002_9c503e2b58aca6c8.txt", "/article 002_9c503e2b58aca6c8", "/article 002"] {
        let Answer::Article(article) = e.ask(typed).unwrap() else { panic!("{typed}: an article answer") };
        assert_eq!(article.source.id, "002_9c503e2b58aca6c8.txt", "{typed}");
        assert!(article.figures.iter().any(|f| f.value == 145.0), "{typed}");
        assert_eq!(article.quotes.len(), 3, "{typed}");
        assert!(article.paragraphs.iter().any(|p| p.contains("145 incidents")), "{typed}");
    }
    for typed in ["/article news/2020/kent.txt", "/article kent.txt", "/article KENT"] {
        let Answer::Article(article) = e.ask(typed).unwrap() else { panic!("{typed}: an article answer") };
        assert_eq!(article.source.id, "news/2020/kent.txt", "{typed}");
    }
}

#[test]
fn an_ambiguous_or_unknown_article_lists_what_it_could_be() {
    let ws = Workspace::with_shipped_articles();
    let e = engine(&ws);
    match e.ask("/article 00").unwrap() {
        Answer::NoSuchArticle { suggestions, .. } => assert_eq!(suggestions.len(), 5),
        other => panic!("{other:?}"),
    }
    assert!(matches!(e.ask("/article zzz-nothing").unwrap(), Answer::NoSuchArticle { .. }));
}

#[test]
fn article_ids_autocomplete_by_any_part_in_any_case_and_an_empty_index_offers_none() {
    let ws = Workspace::with_shipped_articles();
    ws.write("news/2020/Kent.txt", "Kent rise\n\nKent Police recorded 321 online child sex offences in 2019/20.\n");
    let e = engine(&ws);
    assert_eq!(e.complete_article("KENT", 25), ["news/2020/Kent.txt"]);
    assert_eq!(e.complete_article("", 3).len(), 3);
    assert_eq!(e.complete_article(".txt", 25).len(), 6);
    assert!(e.complete_article("nothing\0like this", 25).is_empty());
    let empty = Workspace::empty();
    let e = engine(&empty);
    assert!(e.complete_article("", 25).is_empty() && e.complete_article("a", 25).is_empty());
    assert!(matches!(e.ask("/article a").unwrap(), Answer::NoSuchArticle { .. }));
}

#[test]
fn an_article_shows_its_paragraphs_in_order() {
    let ws = Workspace::empty();
    ws.write(
        "kent.txt",
        "Kent figures rise\n\nKent Police recorded 321 offences in 2019/20.\n\n\
         The force said reports had doubled.\n\nA charity called the rise alarming.\n",
    );
    let Answer::Article(article) = engine(&ws).ask("/article kent.txt").unwrap() else { panic!("an article answer") };
    assert_eq!(
        article.paragraphs,
        [
            "Kent figures rise",
            "Kent Police recorded 321 offences in 2019/20.",
            "The force said reports had doubled.",
            "A charity called the rise alarming."
        ]
    );
}

#[test]
fn an_article_removed_from_the_data_is_neither_offered_nor_found_after_an_update_in_place() {
    let ws = Workspace::empty();
    for i in 0..12 {
        ws.write(&format!("kent-{i:02}.txt"), format!("Kent rise {i}\n\nKent Police recorded {} offences.\n", 100 + i));
    }
    let e = engine(&ws);
    assert_eq!(e.complete_article("KENT-0", 25).len(), 10);
    assert_eq!(e.complete_article("kent-03", 25), ["kent-03.txt"]);
    std::fs::remove_file(ws.data().join("kent-03.txt")).unwrap();
    let report = e.refresh(&|_, _| {}).unwrap();
    assert!(matches!(report.freshness, factdesk::search::Freshness::Updated { removed: 1 }), "{report:?}");
    assert!(e.complete_article("kent-03", 25).is_empty());
    assert_eq!(e.complete_article("kent-0", 25).len(), 9);
    assert!(matches!(e.ask("/article kent-03.txt").unwrap(), Answer::NoSuchArticle { .. }));
    let Answer::Article(article) = e.ask("/article kent-04").unwrap() else { panic!("an article answer") };
    assert_eq!(article.paragraphs, ["Kent rise 4", "Kent Police recorded 104 offences."]);
}

#[test]
fn a_speaker_whose_only_article_was_removed_is_no_longer_offered_after_an_update_in_place() {
    let ws = Workspace::empty();
    for i in 0..12 {
        ws.write(&format!("kent-{i:02}.txt"), format!("Kent rise {i}\n\nKent Police recorded {} offences.\n", 100 + i));
    }
    ws.write(
        "quimby.txt",
        "Kent rise\n\nKent Police recorded 321 offences.\n\n\
         \"These figures are deeply worrying,\" said Zelda Quimby, chief executive of the Kent Trust.\n",
    );
    let e = engine(&ws);
    assert_eq!(e.complete_speaker("Quimby", 25), ["Zelda Quimby"]);
    std::fs::remove_file(ws.data().join("quimby.txt")).unwrap();
    let report = e.refresh(&|_, _| {}).unwrap();
    assert!(matches!(report.freshness, factdesk::search::Freshness::Updated { removed: 1 }), "{report:?}");
    assert!(e.complete_speaker("Quimby", 25).is_empty());
}

#[test]
fn conflicting_counts_from_two_articles_are_flagged_with_both_sources() {
    use factdesk::answer::Conflict;
    let ws = disagreeing_articles();
    let answer = force(engine(&ws).ask("/force Kent 2019/20").unwrap());
    let group = &answer.groups[0];
    let Some(Conflict::Counts { values }) = group.conflicts.first() else { panic!("a conflict: {group:?}") };
    let mut stated: Vec<(f64, &str)> = values.iter().map(|s| (s.value, s.source.id.as_str())).collect();
    stated.sort_by(|a, b| a.0.total_cmp(&b.0));
    assert_eq!(stated, [(321.0, "a.txt"), (340.0, "b.txt")]);
}

#[test]
fn counts_two_articles_agree_on_are_not_a_conflict() {
    let ws = Workspace::with_shipped_articles();
    let answer = force(engine(&ws).ask("/force Durham 2016/17").unwrap());
    assert!(answer.groups.iter().all(|g| g.conflicts.is_empty()), "both articles say 190: {:?}", answer.groups);
}

#[test]
fn a_stated_change_its_own_numbers_do_not_give_is_flagged() {
    use factdesk::answer::Conflict;
    let ws = disagreeing_articles();
    let answer = force(engine(&ws).ask("/force Kent 2018/19").unwrap());
    let flagged = answer.groups.iter().flat_map(|g| &g.conflicts).any(
        |c| matches!(c, Conflict::Change { stated, computed, .. } if *stated == 80.0 && (*computed - 50.0).abs() < 0.1),
    );
    assert!(flagged, "{:?}", answer.groups);
}

#[test]
fn national_shows_the_national_totals_and_ranks_forces_by_count_with_sources() {
    let ws = Workspace::with_shipped_articles();
    let Answer::National(national) = engine(&ws).ask("/national 2016/17 online").unwrap() else {
        panic!("a national answer")
    };
    let totals: Vec<f64> = national.totals.iter().flat_map(|g| &g.figures).map(|h| h.figure.value).collect();
    assert!(totals.contains(&5653.0), "{totals:?}");
    assert_eq!(national.rankings.len(), 1);
    let ranked: Vec<(&str, f64)> = national.rankings[0].forces.iter().map(|r| (r.place.as_str(), r.value)).collect();
    assert_eq!(ranked, [("Northumbria Police", 323.0), ("Durham Constabulary", 190.0), ("Cleveland Police", 145.0)]);
    assert!(national.rankings[0].forces.iter().all(|r| !r.source.id.is_empty()));
}

#[test]
fn a_force_given_many_counts_for_one_year_lists_the_largest_few_and_counts_the_rest() {
    let ws = Workspace::empty();
    // Nine articles give Kent nine different counts for 2019/20; two of them agree.
    for (i, value) in [310, 120, 450, 200, 450, 380, 150, 260, 90].iter().enumerate() {
        ws.write(
            &format!("kent-{i}.txt"),
            format!("Kent figures\n\nKent Police recorded {value} online child sex offences in 2019/20.\n"),
        );
    }
    let Answer::National(national) = engine(&ws).ask("/national 2019/20").unwrap() else { panic!("a national answer") };
    let kent = &national.rankings[0].forces[0];
    assert_eq!((kent.place.as_str(), kent.value), ("Kent Police", 450.0));
    assert_eq!(kent.source.id, "kent-2.txt", "of two articles giving the same value, the first by id is cited");
    let also: Vec<f64> = kent.also.iter().map(|s| s.value).collect();
    assert_eq!(also, [380.0, 310.0, 260.0, 200.0, 150.0]);
    assert_eq!(kent.more, 2, "120 and 90 are counted, not listed");
    let text = common::ask(&ws, "/national 2019/20");
    assert!(text.contains("and 2 more values"), "{text}");
}

#[test]
fn a_difference_between_counts_is_shown_signed_but_never_ranked_or_trended_as_a_total() {
    let ws = Workspace::empty();
    ws.write(
        "burglary.txt",
        "Burglaries fall in Surrey\n\nSurrey Police recorded 410 fewer burglaries in 2023/24 than a year earlier.\n\n\
         Sussex Police recorded 6,020 burglaries in 2023/24, 215 more than in 2022/23.\n",
    );
    let Answer::National(national) = engine(&ws).ask("/national 2023/24").unwrap() else { panic!("a national answer") };
    let ranked: Vec<(&str, f64)> =
        national.rankings.iter().flat_map(|r| &r.forces).map(|r| (r.place.as_str(), r.value)).collect();
    assert_eq!(ranked, [("Sussex Police", 6020.0)]);
    let sussex = &national.rankings[0].forces[0];
    assert!(sussex.also.is_empty(), "{:?}", sussex.also);
    let Answer::Trend(trend) = engine(&ws).ask("/trend Surrey").unwrap() else { panic!("a trend answer") };
    assert!(trend.points.is_empty(), "{:?}", trend.points);
    let text = common::ask(&ws, "/force Surrey");
    assert!(text.contains("-410 (difference)"), "{text}");
    assert!(common::ask(&ws, "/force Sussex").contains("+215 (difference)"));
}

#[test]
fn a_region_ranks_the_counts_of_its_forces_and_a_force_ranks_none() {
    let ws = Workspace::with_shipped_articles();
    let region = force(engine(&ws).ask("/force North East 2016/17 online").unwrap());
    assert_eq!(region.place, "North East");
    assert_eq!(region.forces.len(), 1, "{:?}", region.forces);
    let ranked: Vec<(&str, f64)> = region.forces[0].forces.iter().map(|r| (r.place.as_str(), r.value)).collect();
    assert_eq!(ranked, [("Northumbria Police", 323.0), ("Durham Constabulary", 190.0), ("Cleveland Police", 145.0)]);
    // A region none of whose forces the articles cover ranks nothing.
    assert!(force(engine(&ws).ask("/force South West").unwrap()).forces.is_empty());
    assert!(force(engine(&ws).ask("/force Cleveland").unwrap()).forces.is_empty());
    let text = common::ask(&ws, "/force North East online");
    assert!(text.contains("Forces ranked: Offences flagged online, 2016/17"), "{text}");
}

#[test]
fn trend_takes_the_measure_with_most_periods_oldest_first() {
    let ws = Workspace::with_shipped_articles();
    let Answer::Trend(trend) = engine(&ws).ask("/trend Durham").unwrap() else { panic!("a trend answer") };
    assert_eq!(trend.measure, Measure::Online);
    let points: Vec<(String, f64)> = trend.points.iter().map(|p| (p.period.to_string(), p.value)).collect();
    assert_eq!(points, [("2016/17".into(), 190.0), ("2017/18".into(), 375.0), ("2018/19".into(), 509.0)]);
    let Answer::Trend(all) = engine(&ws).ask("/trend Cleveland all").unwrap() else { panic!("a trend answer") };
    assert_eq!(all.measure, Measure::All);
    assert_eq!(all.points.iter().map(|p| p.value).collect::<Vec<_>>(), [247.0, 820.0]);
    assert_eq!(all.points[1].also.iter().map(|s| s.value).collect::<Vec<_>>(), [270.0], "the other count is kept");
}

#[test]
fn trend_chart_is_a_1000_by_600_png_that_is_not_blank() {
    let ws = Workspace::with_shipped_articles();
    let Answer::Trend(trend) = engine(&ws).ask("/trend Durham").unwrap() else { panic!("a trend answer") };
    let png = factdesk::render::chart::trend_png(&trend).expect("the chart draws");
    let decoder = png::Decoder::new(std::io::Cursor::new(png));
    let mut reader = decoder.read_info().expect("a PNG");
    let mut pixels = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut pixels).expect("one frame");
    assert_eq!((info.width, info.height), (1000, 600));
    let pixels = &pixels[..info.buffer_size()];
    let inked = pixels.chunks(3).filter(|p| p.iter().any(|&c| c < 200)).count();
    let share = inked as f64 / f64::from(info.width * info.height);
    assert!(share > 0.01 && share < 0.5, "{:.1}% of the pixels are drawn", share * 100.0);
    let blue = pixels.chunks(3).filter(|p| p[2] > 150 && p[0] < 80).count();
    assert!(blue > 1000, "the line is drawn: {blue} blue pixels");
}

#[test]
fn compare_puts_forces_side_by_side_with_rates_only_where_a_population_is_given() {
    let ws = Workspace::with_shipped_articles();
    // A made-up table for the test only; the shipped data/populations.toml holds no values.
    ws.write(
        "populations.toml",
        "source = \"test table\"\nyear = \"test\"\n[populations]\n\"Cleveland Police\" = 100000\n",
    );
    let Answer::Compare(compare) = engine(&ws).ask("/compare Durham and Cleveland 2016/17").unwrap() else {
        panic!("a compare answer")
    };
    assert_eq!(compare.places, ["Durham Constabulary", "Cleveland Police"]);
    assert_eq!(compare.rows.len(), 1);
    let cells: Vec<Option<(f64, Option<f64>)>> =
        compare.rows[0].cells.iter().map(|c| c.as_ref().map(|c| (c.value, c.rate_per_100k))).collect();
    assert_eq!(cells, [Some((190.0, None)), Some((145.0, Some(145.0)))]);
    assert_eq!(compare.population.map(|p| p.source).as_deref(), Some("test table"));
}

#[test]
fn compare_without_populations_gives_counts_only_and_unknown_names_are_explained() {
    let ws = Workspace::with_shipped_articles();
    let e = engine(&ws);
    let Answer::Compare(compare) = e.ask("/compare Durham Cleveland").unwrap() else { panic!("a compare answer") };
    assert!(compare.population.is_none());
    assert!(compare.rows.iter().flat_map(|r| &r.cells).flatten().all(|c| c.rate_per_100k.is_none()));
    assert!(compare.rows.len() > 2, "every period either force has: {:?}", compare.rows.len());
    assert!(matches!(e.ask("/compare Durham Narnia").unwrap(), Answer::NoSuchPlace { .. }));
}

#[test]
fn plain_questions_are_routed_to_the_right_command() {
    let ws = Workspace::with_shipped_articles();
    let e = engine(&ws);
    let answer = force(e.ask("/ask how many online offences did Durham record in 2016/17?").unwrap());
    assert_eq!(
        (answer.place.as_str(), answer.year, answer.measure),
        ("Durham Constabulary", Some(Period::starting(2016)), Some(Measure::Online))
    );
    let Answer::Quotes(quotes) = e.ask("/ask what did the NSPCC say about Lancashire?").unwrap() else {
        panic!("quotes")
    };
    assert!(!quotes.quotes.is_empty());
    for hit in &quotes.quotes {
        assert_eq!(hit.quote.organisation.as_deref(), Some("NSPCC"), "{:?}", hit.quote);
        assert!(hit.source.id.starts_with("003_"), "an article about Lancashire: {}", hit.source.id);
    }
    assert!(matches!(e.ask("/ask compare Durham and Cleveland").unwrap(), Answer::Compare(_)));
    assert!(matches!(e.ask("/ask trend in Cleveland").unwrap(), Answer::Trend(_)));
    assert!(
        matches!(e.ask("/ask national figures for 2019/20").unwrap(), Answer::National(n) if n.year == Some(Period::starting(2019)))
    );
    assert!(matches!(e.ask("/ask grooming").unwrap(), Answer::Search(_)), "anything else searches");
}

#[test]
fn answers_are_the_same_whether_searches_run_on_one_thread_or_several() {
    let ws = Workspace::with_shipped_articles();
    let e = engine(&ws);
    // Each update in place adds a segment: searches on several threads split them up.
    ws.write("kent.txt", "Kent Police recorded 777 online child sex offences in 2019/20, the NSPCC said.");
    e.refresh(&|_, _| {}).unwrap();
    ws.write("more/cleveland.txt", "Cleveland Police recorded 146 online child sex offences in 2016/17.");
    e.refresh(&|_, _| {}).unwrap();
    let live = factdesk::search::store::Store::new(ws.index()).current().expect("a live generation");
    let segments = tantivy::Index::open_in_dir(live).unwrap().searchable_segment_ids().unwrap().len();
    assert!(segments > 1, "the index has several segments: {segments}");

    let questions = ["/force Cleveland", "/force Kent", "/search online offences", "/quote NSPCC", "/national"];
    let answers = |threads| {
        let e = engine_with_threads(&ws, threads);
        questions.map(|q| factdesk::render::json::answer(&e.ask(q).unwrap()))
    };
    let (one, two) = (answers(1), answers(2));
    assert!(one[0].contains("146") && one[1].contains("777"));
    for (q, (a, b)) in questions.iter().zip(one.iter().zip(&two)) {
        assert_eq!(a, b, "{q}");
    }
}

#[test]
fn a_london_borough_is_looked_up_like_a_force_with_its_figures_and_text() {
    let ws = Workspace::empty();
    ws.write(
        "lewisham.txt",
        "Child sex offences rise in south London\n\n\
         The Metropolitan Police recorded 9,100 sexual offences against children across London in 2022/23.\n\n\
         Lewisham recorded 288 of them in 2022/23, up from 250 the year before.\n\n\
         \"Every one of these numbers is a child,\" said Jo Bloggs, a youth worker in Lewisham.\n",
    );
    let answer = force(engine(&ws).ask("/force lewisham").unwrap());
    assert_eq!(answer.place, "Lewisham");
    let values: Vec<f64> = answer.groups.iter().flat_map(|g| &g.figures).map(|h| h.figure.value).collect();
    assert!(values.contains(&288.0), "{values:?}");
    assert!(!values.contains(&9100.0), "London's figure is not Lewisham's: {values:?}");
    assert!(!answer.snippets.is_empty(), "the paragraphs naming Lewisham are its snippets");
    assert!(answer.quotes.iter().any(|q| q.quote.speaker.contains("Bloggs")), "{:?}", answer.quotes);
}

#[test]
fn a_division_printed_under_another_of_its_names_is_found_by_either() {
    let ws = Workspace::empty();
    ws.write(
        "scotland.txt",
        "Grooming crimes rise in Scotland\n\nPolice Scotland recorded 980 grooming crimes in 2022-23.\n\n\
         Edinburgh recorded 121 of the crimes and Glasgow 204.\n",
    );
    let e = engine(&ws);
    for asked in ["/force Edinburgh", "/force Edinburgh City"] {
        let answer = force(e.ask(asked).unwrap());
        let values: Vec<f64> = answer.groups.iter().flat_map(|g| &g.figures).map(|h| h.figure.value).collect();
        assert!(values.contains(&121.0), "{asked}: {values:?}");
        let printed = answer.groups.iter().flat_map(|g| &g.figures).find(|h| h.figure.value == 121.0);
        assert_eq!(printed.and_then(|h| h.figure.place.as_deref()), Some("Edinburgh"));
    }
    let answer = force(e.ask("/force Greater Glasgow").unwrap());
    assert!(answer.groups.iter().flat_map(|g| &g.figures).any(|h| h.figure.value == 204.0));
}

#[test]
fn a_legacy_scottish_force_is_asked_for_by_its_name() {
    let ws = Workspace::empty();
    ws.write(
        "scotland-2011.txt",
        "Thefts fall across Scotland\n\nScotland's eight forces recorded 30,100 thefts in 2010/11.\n\n\
         Strathclyde Police logged 14,020 of them and Tayside Police 2,210.\n",
    );
    let e = engine(&ws);
    for asked in ["/force Strathclyde", "/force strathclyde police"] {
        let answer = force(e.ask(asked).unwrap());
        assert_eq!(answer.place, "Strathclyde Police", "{asked}");
        let values: Vec<f64> = answer.groups.iter().flat_map(|g| &g.figures).map(|h| h.figure.value).collect();
        assert!(values.contains(&14020.0), "{asked}: {values:?}");
        assert!(!values.contains(&2210.0), "{asked}: {values:?}");
    }
    let answer = force(e.ask("/force Tayside Police").unwrap());
    assert_eq!(answer.place, "Tayside Police");
}
