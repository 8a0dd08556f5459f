//! The terminal adapter, driven as a user drives it.

mod common;

use common::{ask, stderr_of, Workspace};
use predicates::prelude::*;

#[test]
fn force_cleveland_prints_both_online_counts_with_their_article_and_a_quote() {
    let ws = Workspace::with_shipped_articles();
    let out = ask(&ws, "/force Cleveland");
    assert!(out.starts_with("Cleveland Police"), "{out}");
    let online = out.split("All sexual offences").next().unwrap_or_default();
    assert!(online.contains("145") && online.contains("2016/17"), "{out}");
    assert!(online.contains("55") && online.contains("2015/16"), "{out}");
    assert!(out.contains("002_9c503e2b58aca6c8.txt"), "the source article is named: {out}");
    assert!(out.contains("Quotes") && out.contains('“'), "a quote is shown: {out}");
}

#[test]
fn force_names_resolve_whatever_their_case_form_or_spelling() {
    let ws = Workspace::with_shipped_articles();
    for typed in ["/force cleveland", "/force Cleveland Police", "/force clevland"] {
        let out = ask(&ws, typed);
        assert!(out.starts_with("Cleveland Police"), "{typed}: {out}");
    }
}

#[test]
fn an_unknown_force_is_explained_with_the_closest_names() {
    let ws = Workspace::with_shipped_articles();
    ws.factdesk()
        .args(["ask", "/force Atlantis"])
        .assert()
        .success()
        .stdout(predicate::str::contains("No force matches 'Atlantis'").and(predicate::str::contains("Closest names")));
}

#[test]
fn search_with_broken_syntax_falls_back_to_plain_words() {
    let ws = Workspace::with_shipped_articles();
    let out = ask(&ws, "/search \"unbalanced");
    assert!(out.contains("passages match"), "{out}");
    let out = ask(&ws, "/search grooming AND");
    assert!(out.contains("**grooming**"), "{out}");
}

#[test]
fn answers_come_as_json_on_request() {
    let ws = Workspace::with_shipped_articles();
    let out = ws.factdesk().args(["ask", "/force Durham", "--json"]).output().unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(json["answer"], "force");
    assert_eq!(json["place"], "Durham Constabulary");
}

#[test]
fn bad_files_are_named_with_their_reason_and_every_article_still_indexes() {
    let ws = Workspace::with_shipped_articles();
    ws.write("broken/binary.txt", [0u8, 159, 146, 150, 0, 1, 2]);
    ws.write("latin1.txt", b"Caf\xe9 cr\xe8me: police recorded 12 offences.");
    ws.write("empty.md", "");
    ws.write("photo.png", [137u8, 80, 78, 71]);

    let out = ws.factdesk().args(["extract", "--json"]).arg(ws.data()).output().unwrap();
    assert!(out.status.success());
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(report["articles"].as_array().map(Vec::len), Some(5), "all five articles are extracted");
    let err = stderr_of(&out);
    for (file, reason) in
        [("binary.txt", "binary"), ("latin1.txt", "UTF-8"), ("empty.md", "empty"), ("photo.png", "not an article")]
    {
        assert!(err.lines().any(|l| l.contains(file) && l.contains(reason)), "{file}: {reason} in {err}");
    }

    let out = ws.factdesk().arg("index").output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("indexed 5 articles"));
    assert!(stderr_of(&out).contains("binary.txt"));
}

#[test]
fn extract_reads_single_article_files_and_folders_alike_and_names_a_missing_path() {
    let ws = Workspace::empty();
    ws.write("kent.txt", "Kent burglaries\n\nKent Police recorded 812 burglaries in 2023/24.\n");
    ws.write("more/essex.md", "# Essex thefts\n\nEssex Police recorded 95 bike thefts in 2022/23.\n");
    let out = ws.factdesk().args(["extract", "--json"]).arg(ws.data().join("kent.txt")).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(report["articles"][0]["source"], "kent.txt", "a file is named by its file name");
    assert_eq!(report["articles"][0]["figures"][0]["value"], 812.0);

    let out = ws
        .factdesk()
        .args(["extract", "--json"])
        .arg(ws.data().join("kent.txt"))
        .arg(ws.data().join("more"))
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let sources: Vec<_> = report["articles"].as_array().into_iter().flatten().map(|a| a["source"].clone()).collect();
    assert_eq!(sources, ["kent.txt", "essex.md"], "a file and a folder's articles, in the order given");

    let out = ws.factdesk().args(["extract", "--json"]).arg(ws.data().join("nope.txt")).output().unwrap();
    assert!(!out.status.success());
    assert!(stderr_of(&out).contains("nope.txt is neither an article file nor a folder"), "{}", stderr_of(&out));
}

#[test]
fn an_unchanged_data_folder_reuses_the_index_and_a_changed_file_rebuilds_it() {
    let ws = Workspace::with_shipped_articles();
    ws.factdesk().arg("index").assert().success().stdout(predicate::str::contains("indexed 5 articles"));
    ws.factdesk().arg("index").assert().success().stdout(predicate::str::contains("up to date"));

    ws.write("new.txt", "Kent Police recorded 321 online child sex offences in 2019/20.");
    ws.factdesk().arg("index").assert().success().stdout(predicate::str::contains("1 article re-indexed"));
    let out = ask(&ws, "/force Kent");
    assert!(out.contains("321"), "the new article answers: {out}");

    ws.write("new.txt", "Kent Police recorded 654 online child sex offences in 2019/20.");
    assert!(ask(&ws, "/force Kent").contains("654"), "an edited article answers at once");
    std::fs::remove_file(ws.data().join("new.txt")).unwrap();
    let out = ask(&ws, "/force Kent");
    assert!(!out.contains("654") && !out.contains("321"), "a removed article is gone: {out}");

    ws.factdesk().args(["index", "--force"]).assert().success().stdout(predicate::str::contains("indexed 5 articles"));
}

#[test]
fn the_console_answers_each_line_and_ends_with_its_input() {
    let ws = Workspace::with_shipped_articles();
    ws.factdesk()
        .write_stdin("/help\n/force Durham\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("/force <name>").and(predicate::str::contains("Durham Constabulary")));
}

#[test]
fn check_says_what_would_be_indexed() {
    let ws = Workspace::with_shipped_articles();
    ws.write("empty.txt", "   ");
    ws.factdesk()
        .arg("check")
        .assert()
        .success()
        .stdout(predicate::str::contains("would index:   5 articles").and(predicate::str::contains("empty.txt")));
}

#[test]
fn a_missing_data_folder_is_a_clear_error() {
    let ws = Workspace::empty();
    std::fs::remove_dir(ws.data()).unwrap();
    let out = ws.factdesk().args(["ask", "/help"]).output().unwrap();
    assert!(!out.status.success());
    let err = stderr_of(&out);
    assert!(err.contains(&*ws.data().to_string_lossy()) && err.contains("does not exist"), "{err}");
}

#[test]
fn sources_article_and_national_answer_in_the_terminal() {
    let ws = Workspace::with_shipped_articles();
    let out = ask(&ws, "/sources");
    assert!(out.starts_with("5 articles") && out.contains("6 figures, 3 quotes"), "{out}");
    let out = ask(&ws, "/article 002");
    assert!(out.starts_with("Sharp rise") && out.contains("Figures (6)") && out.contains("Text"), "{out}");
    let out = ask(&ws, "/national 2016/17 online");
    assert!(out.contains("Forces ranked") && out.contains("1. Northumbria Police"), "{out}");
}

#[test]
fn a_conflict_between_articles_is_flagged_in_the_terminal() {
    let ws = Workspace::empty();
    ws.write("a.txt", "Kent rise\n\nKent Police recorded 321 online child sex offences in 2019/20.\n");
    ws.write("b.txt", "Kent doubt\n\nKent Police recorded 340 online child sex offences in 2019/20.\n");
    let out = ask(&ws, "/force Kent");
    assert!(
        out.contains("CONFLICT")
            && out.contains("321 in Kent rise [a.txt]")
            && out.contains("340 in Kent doubt [b.txt]"),
        "{out}"
    );
}

#[test]
fn trend_with_png_writes_the_chart_and_prints_the_counts() {
    let ws = Workspace::with_shipped_articles();
    let chart = ws.root.path().join("durham.png");
    let out = ws.factdesk().args(["ask", "/trend Durham", "--png"]).arg(&chart).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("2018/19") && text.contains("509"), "{text}");
    let bytes = std::fs::read(&chart).expect("the chart is written");
    assert!(bytes.starts_with(b"\x89PNG"), "a PNG file");
    let out = ws.factdesk().args(["ask", "/sources", "--png"]).arg(&chart).output().unwrap();
    assert!(!out.status.success() && stderr_of(&out).contains("/trend"), "--png needs a trend");
}

#[test]
fn compare_prints_forces_side_by_side_and_says_why_there_are_no_rates() {
    let ws = Workspace::with_shipped_articles();
    let out = ask(&ws, "/compare Durham and Cleveland 2016/17");
    assert!(out.starts_with("Durham Constabulary vs Cleveland Police"), "{out}");
    assert!(out.contains("190") && out.contains("145") && out.contains("ONS mid-year"), "{out}");
}

#[test]
fn ask_answers_a_plain_question_in_the_terminal() {
    let ws = Workspace::with_shipped_articles();
    let out = ask(&ws, "/ask how many online offences did Durham record in 2016/17?");
    assert!(out.starts_with("Durham Constabulary, 2016/17, online") && out.contains("190"), "{out}");
}

#[test]
fn answers_and_extractions_come_as_csv_on_request() {
    let ws = Workspace::with_shipped_articles();
    for (question, header) in [
        ("/force Cleveland", "place,measure,period,value,kind"),
        ("/sources", "id,title,outlet,date,url,figures,quotes"),
        ("/compare Durham Cleveland", "measure,period,place,value,rate_per_100k"),
        ("/trend Durham", "place,measure,period,value"),
        ("/quote Wanless", "speaker,role,organisation,text"),
        ("/national 2016/17", "place,measure,period,value,kind"),
    ] {
        let out = ws.factdesk().args(["ask", question, "--csv"]).output().unwrap();
        assert!(out.status.success(), "{question}: {}", stderr_of(&out));
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.starts_with(header), "{question}: {text}");
        assert!(text.lines().count() > 1, "{question}: rows follow the header: {text}");
    }
    let out = ws.factdesk().args(["ask", "/force Cleveland 2016/17 online", "--csv"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.lines().any(|l| l.starts_with("Cleveland Police,online,2016/17,145,count")), "{text}");
    let out = ws.factdesk().args(["extract", "--csv"]).arg(ws.data()).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("article,part,place") && text.contains(",figure,Cleveland Police,online,2016/17,145,"),
        "{text}"
    );
}

#[test]
fn a_figure_dated_by_a_calendar_year_shows_that_year_in_every_answer() {
    let ws = Workspace::empty();
    ws.write("a.txt", "Kent road deaths\n\nKent Police said 44 people were killed on the county's roads in 2023, down from 51 in 2022.\n");
    ws.write("b.txt", "Kent burglaries\n\nKent Police recorded 812 burglaries in 2023/24.\n");
    ws.write("c.txt", "Kent cyber team\n\nKent Police now has 37 cyber investigators.\n");
    ws.write("d.txt", "Kent bike thefts\n\nKent Police said 90 bikes were stolen in 2025.\n");
    // Years latest first, a financial year before the calendar year it starts in (kept
    // apart), then no period.
    let out = ask(&ws, "/force Kent");
    let at = |line: &str| out.find(line).unwrap_or_else(|| panic!("{line:?} in {out}"));
    assert!(at("\n  2025\n") < at("\n  2023/24\n"), "a newer calendar year first: {out}");
    assert!(at("\n  2023/24\n") < at("\n  2023\n") && at("\n  2023\n") < at("\n  2022\n"), "{out}");
    assert!(at("\n  2022\n") < at("\n  period not stated\n") && at("period not stated") < at("37 (other)"), "{out}");
    // A bare year finds its financial year and its calendar year; a financial year, that alone.
    let out = ask(&ws, "/force Kent 2023");
    assert!(out.starts_with("Kent Police, 2023/24 and 2023") && out.contains("812") && out.contains("44 (count)"));
    assert!(!out.contains("51 (count)"), "{out}");
    let out = ask(&ws, "/force Kent 2023/24");
    assert!(out.contains("812") && !out.contains("44 (count)"), "{out}");
    let out = ask(&ws, "/article a.txt");
    assert!(out.contains("44 (count, other, Kent Police, 2023)"), "{out}");
    // JSON keeps the financial year's field as it was and adds the calendar year.
    let out = ws.factdesk().args(["ask", "/force Kent 2023", "--json"]).output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!((&json["year"], &json["calendar_year"]), (&serde_json::json!("2023/24"), &serde_json::json!(2023)));
    let dated = json["groups"].as_array().and_then(|g| g.iter().find(|g| g["calendar_year"] == 2023)).cloned();
    let dated = dated.unwrap_or_else(|| panic!("a 2023 group in {json}"));
    assert!(dated["period"].is_null() && dated["figures"][0]["figure"]["calendar_year"] == 2023, "{dated}");
    let out = ws.factdesk().args(["ask", "/force Kent", "--csv"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.lines().any(|l| l.starts_with("Kent Police,other,2023,44,count")), "{text}");
    // Rankings and trends are financial years' only.
    let out = ask(&ws, "/trend Kent");
    assert!(out.contains("2023/24") && !out.contains("44"), "{out}");
    let out = ask(&ws, "/national 2023");
    assert!(out.contains("Forces ranked") && out.contains("812") && !out.contains("44"), "{out}");
}
