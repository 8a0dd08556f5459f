//! A broadcast script's production lines around a recorded clip: its header, in and out cues
//! and duration.

use std::sync::LazyLock;

use regex::Regex;

use crate::ingest::clean::re;

/// A broadcast script's production line around a recorded clip, no text of the story: the
/// clip's header in capitals ("CLIP 2: JO BLOGGS, ANYTOWN COUNCIL", "CUT 1 - SOT: …"), its in
/// and out cues, which quote the clip's first and last words ("IN: \"We were…\"", "OUT CUE:
/// '…next week.'"), and its duration ("DUR: 0'24\"", "TRT: 1:05").
pub fn is_script_cue(line: &str) -> bool {
    line.len() <= MAX_CUE_LEN
        && memchr::memchr(b':', line.as_bytes()).is_some()
        && (CLIP_HEADER.is_match(line) || is_clip_cue(line))
}

/// The longest line read as a script's production line.
const MAX_CUE_LEN: usize = 200;

/// A clip's header in capitals: its kind, an optional number ("CLIP 2", "CUT 1A"), an optional
/// dashed kind ("- SOT"), a colon, and the words naming who speaks.
static CLIP_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"^(?:CLIP|CUT|INSERT|ACT|ACTUALITY|SOT|SYNC|AUDIO|BITE|SOUNDBITE|GRAB|VOX(?:\s?POPS?)?)(?P<number>\s*\d{1,2}[A-Z]?)?(?:\s*[-–—]\s*[A-Z/]+)?\s*:\s*(?P<who>\S[^\p{Ll}]*)$"#,
    )
});

/// A clip's header line ("CLIP 2: JO BLOGGS, ANYTOWN COUNCIL"): the words naming who speaks,
/// and whether the clip is numbered.
pub fn clip_header(line: &str) -> Option<(&str, bool)> {
    if line.len() > MAX_CUE_LEN || memchr::memchr(b':', line.as_bytes()).is_none() {
        return None;
    }
    let caps = CLIP_HEADER.captures(line)?;
    Some((caps.name("who")?.as_str(), caps.name("number").is_some()))
}

/// A clip's in or out cue or its duration: the lines that only a recorded clip has under its
/// header, unlike a header's words, which any capitals line may look like.
pub fn is_clip_cue(line: &str) -> bool {
    static CUE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r#"(?i)^(?:IN|OUT|IN[\s-]?CUE|OUT[\s-]?CUE|IN[\s-]?WORDS|OUT[\s-]?WORDS)\s*:\s*["“‘'](?:\.\.\.|…)?\s*\S.*["”’']\s*$"#,
        )
    });
    static DURATION: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r#"(?i)^(?:DUR|DURATION|TRT|RUNS|LENGTH)(?:\s*\([^)]*\))?\s*:\s*\d{1,2}(?:['’′:]\d{2}["”″]?|\s*(?:s|secs?|seconds))\s*$"#,
        )
    });
    // Each kind has a colon after its label: most lines have none, and skip the patterns.
    line.len() <= MAX_CUE_LEN
        && memchr::memchr(b':', line.as_bytes()).is_some()
        && (CUE.is_match(line) || DURATION.is_match(line))
}
