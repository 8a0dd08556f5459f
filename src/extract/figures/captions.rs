//! Picture captions: the figures they print, read where they stand without moving what the
//! text carries, and which of them count ([`rounds_a_text_figure`]).

use super::context::{ArticleFacts, Context};
use super::printed::{Alignment, Printed};
use super::sentence::read_sentence;
use crate::extract::places::ParagraphPlaces;
use crate::extract::{periods, sentences};
use crate::model::{Figure, Kind, Paragraph};

/// "Kent Police recorded more than 1,400 knife offences in 2023/24. Picture: Library image":
/// the figures a picture caption prints, each read as the text's would be where the caption
/// stands, on a copy of what the text carries (a caption moves nothing the text goes on
/// with). A caption mostly prints again a figure of the text, which [`dedupe`](super::dedupe::dedupe) then keeps
/// once; a rounded restatement there ("more than 1,400" beside 1,412) is a figure of its own.
pub(super) fn caption_figures(
    para: &Paragraph,
    places: &ParagraphPlaces,
    facts: &ArticleFacts,
    ctx: &Context,
) -> Vec<Figure> {
    let mut ctx = ctx.clone();
    let mut out = Vec::new();
    for range in sentences::split(&para.norm) {
        let norm = para.norm.get(range.clone()).unwrap_or("");
        let times = periods::scan(norm);
        let found = read_sentence(norm, &places.in_text(para.index, norm), &times, facts, &mut ctx);
        if found.is_empty() {
            continue;
        }
        let align = if para.text == para.norm { None } else { Alignment::of(&para.norm, &para.text) };
        let printed = Printed::of(para, align.as_ref(), range);
        out.extend(found.iter().map(|f| printed.figure(f, para.index)));
    }
    out
}

/// "more than 1,400" in a caption beside the text's 1,412: a hedged number close to (within a
/// tenth of) a figure of the text of the same place and kind, on the side its hedge says
/// ("more than" below it, "nearly" above it), and not that figure's value, is a rounded
/// restatement of it, a figure of its own. Any other number a caption prints is read as
/// none: most print again the text's figures, and the rest are credits ("1 of 3"), ages and
/// things pictured.
pub(super) fn rounds_a_text_figure(caption: &Figure, text: &[Figure]) -> bool {
    const CLOSE: f64 = 0.1;
    let Some(hedge) = caption.qualifier.as_deref() else { return false };
    let below =
        matches!(hedge, "more than" | "over" | "at least" | "just over" | "well over" | "in excess of" | "upwards of");
    let above = matches!(
        hedge,
        "nearly" | "almost" | "just under" | "fewer than" | "less than" | "under" | "up to" | "close to"
    );
    let either = matches!(hedge, "around" | "about" | "approximately" | "roughly" | "some" | "an estimated");
    let on_its_side = |exact: f64| {
        let v = caption.value.abs();
        either || below && v < exact.abs() || above && v > exact.abs()
    };
    caption.place.is_some()
        && !text.iter().any(|f| f.value == caption.value)
        && text.iter().any(|f| {
            f.place == caption.place
                && f.kind == caption.kind
                && f.value != 0.0
                && ((caption.value - f.value) / f.value).abs() <= CLOSE
                && on_its_side(f.value)
        })
}

/// "Image description: Dorset 310, Wiltshire 288, Avon 942, Gloucestershire 97" beside a text giving the
/// first four: a count a caption or chart prints for a place the text gives no count for,
/// beside at least two counts the text gives for other places, is the same series's value
/// for that place, with the period and measure of those the text gives. `Some` of the
/// text's figure it goes with when so.
pub(super) fn completes_a_series<'t>(caption: &Figure, captioned: &[Figure], text: &'t [Figure]) -> Option<&'t Figure> {
    const MIN_SHARED: usize = 2;
    let place = caption.place.as_ref()?;
    if caption.kind != Kind::Count || text.iter().any(|f| f.place.as_ref() == Some(place) && f.kind == Kind::Count) {
        return None;
    }
    let in_text = |c: &Figure| {
        text.iter().find(|f| f.kind == Kind::Count && f.value == c.value && f.place.is_some() && f.place == c.place)
    };
    let shared: Vec<&Figure> = captioned
        .iter()
        .filter(|c| c.paragraph == caption.paragraph && c.sentence == caption.sentence && c.place != caption.place)
        .filter_map(in_text)
        .collect();
    let first = *shared.first()?;
    let one_series = shared.iter().all(|f| f.period == first.period && f.measure == first.measure);
    (shared.len() >= MIN_SHARED && one_series).then_some(first)
}
