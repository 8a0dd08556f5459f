//! Input of any shape: no panic, the same output each run, bounded work on long or repeated
//! text, and fast paths that agree with the definitions they stand for.

use super::*;

#[test]
fn odd_input_never_panics() {
    let long = "word \"quoted\" ".repeat(1000);
    let nasty = [
        "\"",
        "'",
        "“",
        "”",
        "\"\"",
        "“”",
        "' '",
        "said:",
        "He said:",
        "said: \"",
        "\u{0}\u{1}\"\u{7}'",
        "😀 said: “😀”",
        "A spokesperson said: ‘",
        "’’’’",
        "“a” “b” “c” “d",
        long.as_str(),
        "Jane Smith said: \"",
        ":\"",
        ",\" she said, \"",
    ];
    for text in nasty {
        let _ = quotes_of(&[text, text]);
    }
    let mut a = article(&["Jane Smith said: “Hello.”"]);
    a.paragraphs[0].norm = "short".into();
    assert_eq!(extract_quotes(&a).len(), 1);
}

#[test]
fn output_is_deterministic() {
    let lines = ["Jane Smith said: “One.”", "A police spokesman said: “Two.”", "“Three,” the NSPCC said."];
    assert_eq!(quotes_of(&lines), quotes_of(&lines));
}

/// A paragraph of the same quote and figure sentence thousands of times over: every quote is
/// read, with its speaker. (How the time grows with such input is benchmarked, not tested.)
#[test]
fn long_paragraphs_of_repeated_quotes_are_read_to_the_end() {
    let sentence = "Jane Smith said: “We are shocked.” The figures rose by 3.5 per cent in Kent. ";
    let long = sentence.repeat(10_000 / sentence.len() * 4);
    let q = quotes_of(&[long.as_str(), long.as_str()]);
    assert!(!q.is_empty());
    assert!(q.iter().all(|q| q.speaker == "Jane Smith" && q.text.contains("We are shocked.")), "{q:#?}");
}

/// A paragraph of one sentence that never ends, quote after quote joined by commas: an intro
/// clause is not looked for back to its start (which made every quote cost the paragraph's
/// length), and the trailing attributions are still read.
#[test]
fn a_paragraph_of_one_endless_sentence_of_quotes_is_read_by_its_attributions() {
    let long = "“We are sorry,” Jo Bloggs said, “we will act,” she added, ".repeat(400);
    let q = quotes_of(&[long.as_str()]);
    assert!(!q.is_empty());
    assert!(q.iter().all(|q| q.speaker == "Jo Bloggs"), "{q:#?}");
    let long = format!("{}Amy Lee said: “Enough.”", "“No,” the statement added, ".repeat(400));
    assert!(quotes_of(&[long.as_str()]).iter().all(|q| q.speaker != "No, the statement"));
}

#[test]
fn random_text_never_panics() {
    let alphabet: Vec<char> = "aZ .,:;'\"“”‘’-—İK\u{212A}😀\u{0}\u{301}\nsaid Mr Smith spokesperson".chars().collect();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..300 {
        let text: String = (0..80)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                alphabet[(seed % alphabet.len() as u64) as usize]
            })
            .collect();
        let _ = quotes_of(&[
            text.as_str(),
            text.as_str(),
            "İstanbul Police and Crime Commissioner, Jane Smith said: “Hi.”",
        ]);
    }
}

#[test]
fn a_paragraph_naming_people_over_and_over_remembers_a_bounded_number_of_them() {
    // Every mention remembered is read again at each later one: a paragraph naming people
    // thousands of times (a feed run together) must not make that work grow with the square
    // of its length. News prose names far fewer people in one paragraph.
    let unit = "sergeant Amy Price and spokesman Leo Hart and a spokesperson for Mr Ben Ben ";
    let text = unit.repeat(300) + "“We are looking into it,” he said.";
    let art = article(&[&text]);
    let places = crate::extract::places::ParagraphPlaces::new(&art);
    let para = Para::new(&art.paragraphs[0]);
    let mut ctx = Context::new(None, &[(0, para.norm_str.as_str(), 0)], &places);
    let _ = note_reported_speakers(&para, 0, &[], &mut ctx);
    assert!(ctx.remembered() <= 2 * context::NOTED_PER_PARAGRAPH, "{}", ctx.remembered());
}

#[test]
fn char_offsets_asked_in_order_are_counted_on_from_the_last() {
    let text = "Café owner Zoë Price’s son said “ça va” twice.";
    let mut chars = context::CharCounter::new(text);
    for (byte, _) in text.char_indices().step_by(3) {
        assert_eq!(chars.at(byte), text[..byte].chars().count());
    }
    // Asked again out of order, it is still right.
    assert_eq!(chars.at(6), text[..6].chars().count());
}

#[test]
fn the_next_sentence_start_is_the_first_place_a_sentence_starts() {
    let texts = [
        "",
        " ",
        "  Lead words. Then more! And? \"Quoted.\" (Bracketed.) Next  one.",
        "Dr. Jo Bloggs said so. Mr Smith agreed.\tA tab. J. Smith too.",
        "No stop here at all",
        "Ends with a stop. ",
        "Stop.  Two spaces.   Three.",
        "“Curly,” she said. ‘Single.’ Then. ",
        "Wide\u{3000}space. After\u{00a0}it.",
    ];
    for text in texts {
        let norm: Vec<char> = text.chars().collect();
        for start in 0..norm.len() {
            let old = (start + 1..=norm.len())
                .find(|&i| i == norm.len() || attribution::starts_sentence(&norm, i))
                .unwrap_or(norm.len());
            assert_eq!(next_sentence_start(&norm, start), old, "{text:?} from {start}");
        }
    }
}

proptest::proptest! {
    /// The ASCII path of `squash` keeps and lower-cases what the char-by-char definition does.
    #[test]
    fn squash_is_lower_case_letters_and_digits(text in "[a-zA-Z0-9 ,.'’İÉéß\u{0130}\u{1E9E}ΣΑ٣-]{0,16}") {
        let chars: String = text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
        proptest::prop_assert_eq!(squash(&text), chars);
    }
}

#[test]
fn odd_broadcast_script_lines_never_panic() {
    let pages = [
        "SOT: \nSUPER: \nIN: \"\"\nOUT: \"...\"\nDUR: 0'01\"\n\"\"\n",
        "SUPER: , 16\n\"😀\"\n\nSUPER: Ümit, 99\n\"“”\"\n",
        "SUPER: (NONE)\n\"Words.\"\nSUPER: 12\n\"More words.\"\n",
        "CUE: :\n\nCLIP: É FOR 0800\nIN: \"É...\"\nOUT: \"...É\"\nDUR: 0'02\"\n[]\n\"É\"\n",
        "PRESENTER: Hi.\nCALLER (): Yes.\nCALLER (,): Morning.\nCALLER -- (): Thanks.\nCALLER -- É (Ü, Ö): Hello. Thanks.\n",
        "PRESENTER: Text from É: \"\" Thanks.\nPRESENTER: An email from Zoë in Ōtautahi: \"😀\"\n",
        "PRESENTER: Ada is on.\nADA (): Hi.\nADA: Hello, thanks, Ada, yes.\n",
        "X READ A STATEMENT. IT SAID: \"\"\nShe was candid. \"\nThey add: \"",
        "McX SAID: \"É\" , McY TOLD US.\nThe claim: \"x,\" a group said.\n",
    ];
    for (i, page) in pages.iter().enumerate() {
        let _ = said_in_file(&format!("odd{i}.txt"), page);
        let lines: Vec<&str> = page.lines().collect();
        let _ = said(&lines);
    }
}
