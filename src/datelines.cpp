// The datelines of the classify stage, opening the article's first paragraph and naming its agency or none: a place in
// capitals closed by a dash, a stop, a colon or a bar ("ROMA - Il ...", "BENGALURU: The ..."), the place and the agency
// in parentheses ("PARIS (Reuters) - "), an agency's tag first ("(ANSA) - BARI, 03 DIC - "), an agency's name alone
// ("CNN — "), a Chinese, Japanese or Korean wire's dateline, a dateline printed on its own line, and body_dateline().
// The agency ids and tags are in agencies.cpp, the lists of agencies in agency_lists.cpp, a press release's dateline in
// press_datelines.cpp.
#include "classify.hpp"
#include "page.hpp"

#include "agency_parts.hpp"
#include "cjk_script.hpp"
#include "credits_parts.hpp"
#include "press_datelines.hpp"
#include "lexicon.hpp"
#include "text.hpp"
#include "text_find.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace archive {

namespace {

// A word printed in capitals: letters, none of them small, with a dot, a hyphen or an apostrophe ("SAINT-DENIS",
// "L'AQUILA", "D.C.").
bool capitals_word(std::string_view w, std::size_t& letters) {
    for (std::size_t i = 0; i < w.size();) {
        const char32_t cp = text::next_cp(w, i);
        if (text::is_letter(cp)) {
            if (!text::is_upper(cp))
                return false;
            ++letters;
        } else if (cp != '.' && cp != '-' && cp != '\'' && cp != U'\u2019') {
            return false;
        }
    }
    return true;
}

} // namespace

bool syllabic_capitals(std::string_view w) {
    // (ASCII capitals only: "RIO", "AIX"; a vowel among them, and no two other letters in a row.)
    const auto vowel = [](char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U' || c == 'Y'; };
    bool any_vowel = false, after_consonant = false;
    for (const char c : w) {
        if (c < 'A' || c > 'Z')
            return false;
        const bool v = vowel(c);
        if (!v && after_consonant)
            return false;
        any_vowel = any_vowel || v;
        after_consonant = !v;
    }
    return any_vowel;
}

namespace {

// How the place of plain_dateline() is closed: by a dash, by its full stop ("SEEFELDERN. Das ...") or by a colon
// ("BENGALURU: The ..."); the dateline's raw text keeps the stop and the colon.
// ("BERLIN taz | Rund 60 ...": a bar after the place and the paper's own mark in small letters.)
enum class PlaceMark { dash, stop, colon, bar };

// The paper's own mark in small letters between a place and its bar ("BERLIN taz |"): a word of two to five small
// ASCII letters closing `head`; its start, or npos for none.
std::size_t paper_mark_at(std::string_view head) {
    const std::size_t space = head.rfind(' ');
    if (space == std::string_view::npos)
        return std::string_view::npos;
    const std::string_view mark = head.substr(space + 1);
    const std::size_t fewest = 2, most = 5;
    if (mark.size() < fewest || mark.size() > most ||
        !std::all_of(mark.begin(), mark.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
        return std::string_view::npos;
    return space;
}

// The text after a dateline closed by a colon ends as a sentence does: a related link's title under a label ("USA:
// Umfrage zeigt ...") ends with none.
bool ends_sentence(std::string_view rest) {
    rest = text::trim(rest);
    for (std::string_view end : {".", "!", "?", "\"", "\u201d", "\u00bb", "\u2026", ")"})
        if (rest.ends_with(end))
            return true;
    return false;
}

// The dateline of plain_dateline() whose place closes at `dash`, the mark after it `dash_len` bytes long.
std::optional<DatelineTag> place_before(std::string_view paragraph, std::size_t dash, std::size_t dash_len,
                                        PlaceMark mark) {
    const bool stop = mark == PlaceMark::stop, colon = mark == PlaceMark::colon;
    if (dash == std::string_view::npos || dash == 0)
        return std::nullopt;
    std::string_view head = paragraph.substr(0, dash);
    if (mark == PlaceMark::bar) {
        const std::size_t at = paper_mark_at(head);
        if (at == std::string_view::npos)
            return std::nullopt;
        head = head.substr(0, at);
    }
    std::string_view place = text::trim(head.substr(0, std::min(head.find(','), head.size())));
    if (mark == PlaceMark::dash && !place.empty()) {
        // "FORTALEZA (CE) – O ...", "MARBELLA (MÁLAGA) – La ...": the state's or the province's name in capitals
        // between parentheses after the place, two words at most, is no part of the place's name (the raw text
        // keeps it).
        const std::size_t open = text::rfind_mark(place, " (");
        if (open != std::string_view::npos && place.back() == ')') {
            const std::string_view region = place.substr(open + 2, place.size() - open - 3);
            const auto region_words = text::split_ws(region);
            const std::size_t most_region_words = 2;
            std::size_t region_letters = 0;
            if (!region_words.empty() && region_words.size() <= most_region_words &&
                std::all_of(region_words.begin(), region_words.end(),
                            [&](std::string_view w) { return capitals_word(w, region_letters); }))
                place = text::trim(place.substr(0, open));
        }
        // "GDAŃSK. – Dzieci ...": the place's full stop before the dash (a Polish paper's manner) is no part of its
        // name; an abbreviation's inside the last word ("D.C.") stays.
        if (place.size() > 1 && place.back() == '.' &&
            place.substr(0, place.size() - 1).find('.') == std::string_view::npos)
            place.remove_suffix(1);
    }
    const auto words = text::split_ws(place);
    std::size_t letters = 0;
    // "SAN COLOMBANO DI VALLE", "SANTA CRUZ DE LA PALMA": a place of four or five words joins two of them with a
    // particle inside it (lexicon section place_particle_words); any other place runs to three words.
    const std::size_t most_words = 3;
    static const LexiconSection* particles = common_lexicon().section("place_particle_words"); // (looked up once)
    const bool particle = words.size() > most_words && words.size() <= most_words + 2 && particles != nullptr &&
                          std::any_of(words.begin() + 1, words.end() - 1,
                                      [&](std::string_view w) { return particles->has(text::lower(w)); });
    if (words.empty() || (words.size() > most_words && !particle))
        return std::nullopt;
    // "New Delhi: The Centre ...", "Dubai: The ...", "Abidjan : Le ...": a city in mixed case closed by a colon is a
    // dateline only when it is one of lexicon section dateline_places ("Update: ...", "Analysis: ...", "Fact check:
    // ...", "Smith: ..." have the same shape); asked only when a word is not in capitals.
    static const LexiconSection* known_places = common_lexicon().section("dateline_places"); // (looked up once)
    for (auto w : words)
        if (!capitals_word(w, letters)) {
            if (!colon || known_places == nullptr || !text::starts_upper(place) ||
                !known_places->has(text::lower(place)))
                return std::nullopt;
            letters = std::max(letters, place.size());
            break;
        }
    // ("UE - ...", "TV - ...": a short label in capitals, no place; "RIO — A inflação ...", "AIX – Le ...", "ELY —
    // The ...": a place of one word of three capitals before a dash, read as a word, is one: "CDU — Die ...", "SPD –
    // ...", "PSG - ...", initials spelled out, are none: syllabic_capitals())
    const std::size_t fewest_letters = 4, fewest_word_letters = 3;
    if ((letters < fewest_letters &&
         !(letters == fewest_word_letters && words.size() == 1 && mark == PlaceMark::dash && syllabic_capitals(place))) ||
        agency_id(place))
        return std::nullopt;
    // ("UPDATE. Die Straße ...", "EDITOR'S NOTE. This story ...", "WARNING: This ...", "INTERVIEW - Invité de ...",
    // "DÉCRYPTAGE - ...", "KOMMENTAR - ...": a label or a genre in capitals closed by its full stop, its colon or its
    // dash, no place; lexicon section capital_label_words.)
    static const LexiconSection* labels = common_lexicon().section("capital_label_words"); // (looked up once)
    if (labels != nullptr &&
        std::any_of(words.begin(), words.end(), [&](std::string_view w) { return labels->has(text::lower(w)); }))
        return std::nullopt;
    // The text after the dash is a sentence: a capital first, a few words at least ("RSS - Beiträge" is a link).
    // ("ROMA – «Sui migranti l'Europa ...»", "WASHINGTON — "We will ...": after a dash the text may open on a quote
    // mark, the capital after it.)
    const std::string_view rest = paragraph.substr(dash + dash_len);
    std::size_t i = 0;
    char32_t first = rest.empty() ? 0 : text::next_cp(rest, i);
    if (mark == PlaceMark::dash && i < rest.size() &&
        (first == '"' || first == U'\u201c' || first == U'\u201e' || first == U'\u00ab')) {
        first = text::next_cp(rest, i);
        // ("PARIS – « Nous ...": French print sets a space, often a no-break one, inside the guillemets)
        while (i < rest.size() && (first == ' ' || first == U'\u00a0' || first == U'\u202f'))
            first = text::next_cp(rest, i);
    }
    const std::size_t fewest_words = 6;
    if (!text::is_upper(first) || text::split_ws(rest).size() < fewest_words)
        return std::nullopt;
    if (colon) {
        // "BENGALURU, Dec 3: The ...": after a comma only the day ("ANNA ROE, CNN ANCHOR: Good evening ..." is a
        // transcript's speaker); the text a sentence.
        const std::size_t comma = head.find(',');
        const std::string_view day = comma == std::string_view::npos ? std::string_view{} : head.substr(comma + 1);
        const std::size_t most_day_words = 3;
        const auto digit = [](char c) { return text::is_digit(static_cast<unsigned char>(c)); };
        if (comma != std::string_view::npos &&
            (std::none_of(day.begin(), day.end(), digit) || text::split_ws(day).size() > most_day_words))
            return std::nullopt;
        if (!ends_sentence(rest))
            return std::nullopt;
    }
    DatelineTag tag;
    tag.raw = std::string(text::trim(paragraph.substr(0, stop || colon ? dash + 1 : dash + dash_len - 1)));
    tag.place = std::string(place);
    return tag;
}

// "ROMA - Il governo ha approvato ...", "WASHINGTON — The ...", "NEWPORT NEWS, Va. - ...": a place in capitals and
// a dash opening the text, with no agency: the writer's own dateline. The dash may be glued to the place's or the
// state's full stop ("MONTERREY.- El ...", "VALLE SERENO, Mich.- Los ..."); with no dash, a place in capitals closed
// by a full stop, no comma, opens a German paper's text ("SEEFELDERN. Das Strandbad ...").
std::optional<DatelineTag> plain_dateline(std::string_view paragraph) {
    const std::size_t most_head = 40; // bytes: a place of three words and a state's or a day's short tail
    // The marks that may close the place, each the first of its kind opening within the head's 40 bytes: a dash
    // (" - ", " – ", " — ", ".- "), a colon (": "), a bar (" | "), a full stop (". "). One walk over the head's bytes
    // finds them all (a find() a mark asked memchr again at each space of the head).
    constexpr std::size_t none = std::string_view::npos;
    std::size_t dash = none, dash_len = 0, colon = none, bar = none, stop = none;
    const std::size_t n = paragraph.size();
    auto at_is = [&](std::size_t k, char c) { return k < n && paragraph[k] == c; };
    for (std::size_t at = 0; at <= most_head && at + 1 < n; ++at) {
        const char c = paragraph[at], next = paragraph[at + 1];
        if (c == ' ') {
            if (dash == none && next == '-' && at_is(at + 2, ' ')) {
                dash = at;
                dash_len = 3;
            } else if (dash == none && next == '\xE2' && at_is(at + 2, '\x80') &&
                       (at_is(at + 3, '\x93') || at_is(at + 3, '\x94')) && at_is(at + 4, ' ')) {
                dash = at; // (an en dash or an em dash, three bytes each)
                dash_len = 5;
            } else if (bar == none && next == '|' && at_is(at + 2, ' ')) {
                bar = at;
            }
        } else if (c == '.') {
            if (dash == none && next == '-' && at_is(at + 2, ' ')) {
                dash = at;
                dash_len = 3;
            } else if (stop == none && next == ' ') {
                stop = at;
            }
        } else if (c == ':' && colon == none && next == ' ') {
            colon = at;
        }
    }
    // "BENGALURU: The Pink Line ...", "ISLAMABAD, Dec 3: The ...", "DAKAR : Le ...": a place in capitals closed by a
    // colon opens the text of South Asian and Gulf papers in English, and of some in other languages (a dash may
    // follow in the text: "KARACHI: The port - the country's largest - ...").
    if (dash != std::string_view::npos) {
        auto tag = place_before(paragraph, dash, dash_len, PlaceMark::dash);
        if (tag || colon == std::string_view::npos || colon > dash)
            return tag;
    }
    if (colon != std::string_view::npos)
        return place_before(paragraph, colon, 2, PlaceMark::colon);
    // "BERLIN taz | Rund 60 ...": a bar after the place and the paper's mark, one bar only (a menu's items are joined
    // by several: "POLITIK | Wirtschaft | Kultur | ...").
    if (bar != std::string_view::npos && paragraph.find(" | ", bar + 3) == std::string_view::npos)
        return place_before(paragraph, bar, 3, PlaceMark::bar);
    if (stop == std::string_view::npos || paragraph.substr(0, stop).find(',') != std::string_view::npos)
        return std::nullopt;
    return place_before(paragraph, stop, 2, PlaceMark::stop);
}

// "COOPER: Good evening", "SEN. ANNA ROE (D-MAINE): Thank you", "Q: Why ...": a head of up to four words in capitals
// closed by a colon opens the paragraph, or stands alone on its line over the turn ("COOPER:").
bool capitals_turn(std::string_view paragraph) {
    const std::size_t most_head = 40; // bytes
    std::size_t colon = paragraph.substr(0, most_head + 2).find(": ");
    if (colon == std::string_view::npos && paragraph.size() <= most_head + 1 && paragraph.ends_with(':'))
        colon = paragraph.size() - 1;
    if (colon == std::string_view::npos || colon == 0)
        return false;
    const auto words = text::split_ws(paragraph.substr(0, colon));
    const std::size_t most_words = 4;
    std::size_t letters = 0;
    return !words.empty() && words.size() <= most_words && std::all_of(words.begin(), words.end(), [&](auto w) {
        if (w.size() > 2 && w.front() == '(' && w.back() == ')')
            w = w.substr(1, w.size() - 2);
        return capitals_word(w, letters);
    }) && letters > 0;
}

// The size of the dash opening `rest` with its spaces (" - ", " – ", " — ", " -- "), the space after it left out;
// 0 for none.
std::size_t opening_dash(std::string_view rest) {
    for (std::string_view dash : {" - ", " – ", " — ", " -- "})
        if (rest.starts_with(dash))
            return dash.size() - 1;
    return 0;
}

// Whether `rest` opens a sentence of the text after a tag's dash: a capital or an opening quotation mark, five words
// at least.
bool opens_sentence(std::string_view rest) {
    rest = text::trim(rest);
    std::size_t i = 0;
    const char32_t first = rest.empty() ? 0 : text::next_cp(rest, i);
    const std::size_t fewest_words = 5;
    return (text::is_upper(first) || first == '"' || first == U'\u201c' || first == U'\u00ab') &&
           text::split_ws(rest).size() >= fewest_words;
}

// "CNN — Scientists have found ...", "Reuters - The airline said ...", "dpa – Die Werft ...": a broadcaster's or an
// agency's name alone, with no parentheses and no place, then its dash, opening a sentence of the text: the tag of a
// text filed from no place. (The name is a known agency's whole, agency_id(): "Harbour — The ..." is none.)
std::optional<DatelineTag> bare_agency_dateline(std::string_view paragraph) {
    const std::size_t most_tag = 24; // bytes: "Associated Press", "Europa Press"
    for (std::size_t at = 1; at < paragraph.size() && at <= most_tag; ++at) {
        if (paragraph[at] != ' ')
            continue;
        const std::size_t dash_len = opening_dash(paragraph.substr(at));
        if (dash_len == 0)
            continue;
        const auto id = agency_id(text::trim(paragraph.substr(0, at)));
        if (!id || !opens_sentence(paragraph.substr(at + dash_len)))
            return std::nullopt;
        DatelineTag tag;
        tag.raw = text::collapse(paragraph.substr(0, at + dash_len));
        tag.agencies = {*id};
        return tag;
    }
    return std::nullopt;
}

// "OTTAWA (PC) — ...": an agency's spelling read only between a place and its dash (lexicon section
// dateline_agencies: "(PC)" closing a paragraph is a party's initials more often than La Presse Canadienne's tag).
// "Roma, 6 dic. (Adnkronos Salute) - ...": the agency and its desk's name, one capitalised word of letters (no
// credit's word: "(AFP Photo)"); "(ANSA-AFP) - ROMA, 06 DIC - ...": two agencies joined by a hyphen, the first
// passing on the second's text.
std::optional<std::vector<std::string>> dateline_agency(std::string_view inner) {
    const std::string low = text::lower(inner);
    for (const auto& names : common_lexicon().phrase_list("dateline_agencies"))
        for (std::size_t k = 1; k < names.size(); ++k)
            if (low == names[k])
                return std::vector<std::string>{std::string(names[0])};
    // (The agency by its own name, three letters or more: "Europa", "Press" alone are halves of a name.)
    const auto words = text::split_ws(inner);
    const auto letters = [](char c) {
        return static_cast<unsigned char>(c) >= 0x80 || text::is_letter(static_cast<unsigned char>(c));
    };
    if (words.size() == 2 && words[0].size() >= 3 && text::starts_upper(words[0]) && text::starts_upper(words[1]) &&
        !is_credit_word(words[1]) && std::all_of(words[1].begin(), words[1].end(), letters))
        if (auto id = agency_id(words[0]); id && *id == text::lower(words[0]))
            return std::vector<std::string>{*id};
    const std::size_t hyphen = inner.find('-');
    if (words.size() == 1 && hyphen != std::string_view::npos &&
        inner.find('-', hyphen + 1) == std::string_view::npos && text::starts_upper(inner) &&
        text::starts_upper(inner.substr(hyphen + 1))) {
        auto first = agency_id(inner.substr(0, hyphen)), second = agency_id(inner.substr(hyphen + 1));
        if (first && second) {
            std::vector<std::string> ids{*first};
            add_id(ids, *second);
            return ids;
        }
    }
    return std::nullopt;
}

// "(ANSA) - BARI, 03 DIC - La giunta ...", "(EFE) - MADRID, 3 dic - El ...", "(dpa) - BERLIN - Die ...",
// "(Reuters) - The airline ...": the agency's tag opening the text, then its dash, then the place in capitals or
// capitalised words (and the day after a comma) closed by a second dash; with no place, the tag and its dash alone
// (place empty). The text after them is a sentence: a capital first, a few words.
std::optional<DatelineTag> tag_first_dateline(std::string_view paragraph) {
    const std::size_t most_tag = 24; // bytes: "(Europa Press)", "(ats/afp)"
    if (paragraph.size() < 3 || paragraph.front() != '(')
        return std::nullopt;
    const std::size_t close = paragraph.find(')');
    if (close == std::string_view::npos || close > most_tag)
        return std::nullopt;
    auto ids = agency_list(paragraph.substr(1, close - 1));
    if (!ids)
        ids = dateline_agency(paragraph.substr(1, close - 1));
    const std::size_t dash_len = ids ? opening_dash(paragraph.substr(close + 1)) : 0;
    if (dash_len == 0)
        return std::nullopt;
    const std::size_t tag_end = close + 1 + dash_len; // (the dash's end)
    const std::string_view after = paragraph.substr(tag_end);
    const auto sentence = opens_sentence;
    DatelineTag tag;
    tag.agencies = std::move(*ids);
    // The place: up to four capitalised words, a day of up to three words after its comma (a digit in it), closed by
    // the second dash within a place's and a day's bytes.
    const std::size_t most_head = 48;
    std::size_t second = std::string_view::npos, second_len = 0;
    for (std::size_t at = 1; at < after.size() && at <= most_head; ++at)
        if (after[at] == ' ' && (second_len = opening_dash(after.substr(at))) > 0) {
            second = at;
            break;
        }
    if (second != std::string_view::npos) {
        const std::string_view head = text::trim(after.substr(0, second));
        const std::size_t comma = std::min(head.find(','), head.size());
        const std::string_view place = text::trim(head.substr(0, comma));
        const std::string_view day = comma < head.size() ? head.substr(comma + 1) : std::string_view{};
        const auto words = text::split_ws(place);
        const std::size_t most_words = 4, most_day_words = 3;
        // (In capitals, or capitalised with its day: "(AP) - President Roe - who ..." names no place.)
        std::size_t letters = 0;
        const bool capitals = std::all_of(words.begin(), words.end(),
                                          [&](std::string_view w) { return capitals_word(w, letters); });
        const bool place_words = !words.empty() && words.size() <= most_words && text::starts_upper(words.front()) &&
                                 (capitals || comma < head.size()) &&
                                 std::all_of(words.begin(), words.end(), [](std::string_view w) {
                                     return text::starts_upper(w) || w == "di" || w == "de" || w == "del" ||
                                            w == "am" || w == "an" || w == "la";
                                 });
        const bool day_ok = comma == head.size() ||
                            (std::any_of(day.begin(), day.end(),
                                         [](char c) { return text::is_digit(static_cast<unsigned char>(c)); }) &&
                             text::split_ws(day).size() <= most_day_words);
        if (place_words && day_ok && sentence(after.substr(second + second_len))) {
            tag.raw = text::collapse(paragraph.substr(0, tag_end + second + second_len));
            tag.place = std::string(place);
            return tag;
        }
    }
    if (!sentence(after))
        return std::nullopt;
    tag.raw = text::collapse(paragraph.substr(0, tag_end));
    return tag;
}

} // namespace

namespace {

// A place's name printed in Chinese, Japanese or Korean signs, no space nor mark among them: one to eight signs.
bool cjk_place(std::string_view place) {
    const int most_signs = 8;
    int signs = 0;
    for (std::size_t i = 0; i < place.size(); ++signs)
        if (!text::is_cjk_letter(text::next_cp(place, i)) || signs >= most_signs)
            return false;
    return signs > 0;
}

// "北京共同", "ワシントン＝共同", "서울=연합뉴스": a place in CJK signs (cjk_place()) and an agency's name after it
// (agency_id()), an equals sign between them or none: the place and the agency's id.
std::optional<std::pair<std::string_view, std::string>> cjk_place_agency(std::string_view inner) {
    for (const std::string_view equals : {"=", "\uff1d"})
        if (const std::size_t at = inner.find(equals); at != std::string_view::npos) {
            const std::string_view place = inner.substr(0, at);
            if (auto id = agency_id(inner.substr(at + equals.size())); id && cjk_place(place))
                return std::pair{place, *id};
            return std::nullopt;
        }
    // (glued: the agency is the longest known name closing the signs)
    for (std::size_t i = 0; i < inner.size();) {
        text::next_cp(inner, i);
        if (i == inner.size())
            break;
        if (auto id = agency_id(inner.substr(i)); id && cjk_place(inner.substr(0, i)))
            return std::pair{inner.substr(0, i), *id};
    }
    return std::nullopt;
}

// "【北京共同】中国国防省は…", "(서울=연합뉴스) 김민수 기자 = …", "（台北＝中央社）…": the dateline of a Chinese,
// Japanese or Korean wire's story, the place and the agency (cjk_place_agency()) in lenticular, full-width or ASCII
// brackets opening the text.
std::optional<DatelineTag> cjk_bracket_dateline(std::string_view paragraph) {
    const std::size_t most_inner = 40; // bytes: a place of eight signs, an equals sign and an agency's name
    for (const auto& [open, close] :
         {std::pair<std::string_view, std::string_view>{"\u3010", "\u3011"}, {"\uff08", "\uff09"}, {"(", ")"}}) {
        if (!paragraph.starts_with(open))
            continue;
        const std::size_t end = paragraph.find(close, open.size());
        if (end == std::string_view::npos || end - open.size() > most_inner)
            return std::nullopt;
        const auto found = cjk_place_agency(paragraph.substr(open.size(), end - open.size()));
        if (!found)
            return std::nullopt;
        return DatelineTag{
            std::string(paragraph.substr(0, end + close.size())), std::string(found->first), {found->second}};
    }
    return std::nullopt;
}

// "新华社北京12月5日电 …", "中央社台北5日電）…": the dateline of a Chinese agency's dispatch, the agency's name
// (agency_id()), the place in signs (cjk_place()), the day in figures and signs, and the sign of a dispatch (lexicon
// section cjk_dispatch_words: "电", "電") closing it.
std::optional<DatelineTag> cjk_dispatch_dateline(std::string_view paragraph) {
    static const LexiconSection* dispatch = common_lexicon().section("cjk_dispatch_words"); // (looked up once)
    const std::size_t most_agency = 4, most_head = 64; // signs of the agency's name; bytes of the dateline
    std::size_t place_from = 0;                        // (the longest name: "共同社" before "共同")
    std::optional<std::string> id;
    for (std::size_t signs = 0, i = 0; signs < most_agency && i < paragraph.size(); ++signs) {
        if (!text::is_cjk_letter(text::next_cp(paragraph, i)))
            break;
        if (auto named = signs > 0 ? agency_id(paragraph.substr(0, i)) : std::nullopt)
            id = std::move(named), place_from = i;
    }
    if (!id || dispatch == nullptr)
        return std::nullopt;
    const std::size_t i = place_from;
    std::size_t place_to = i;
    while (place_to < paragraph.size() && place_to < most_head) {
        std::size_t k = place_to;
        if (!text::is_cjk_letter(text::next_cp(paragraph, k)))
            break;
        place_to = k;
    }
    if (place_to >= paragraph.size() || !text::is_digit(static_cast<unsigned char>(paragraph[place_to])) ||
        !cjk_place(paragraph.substr(place_from, place_to - place_from)))
        return std::nullopt;
    // (the day: figures and the signs of the month and day, up to the dispatch's sign)
    for (std::size_t k = place_to; k < paragraph.size() && k < most_head;) {
        const std::size_t at = k;
        const char32_t cp = text::next_cp(paragraph, k);
        if (text::is_digit(cp))
            continue;
        if (!text::is_cjk_letter(cp))
            return std::nullopt;
        if (dispatch->has(paragraph.substr(at, k - at)))
            return DatelineTag{std::string(paragraph.substr(0, k)),
                               std::string(paragraph.substr(place_from, place_to - place_from)),
                               {*id}};
    }
    return std::nullopt;
}

} // namespace

std::optional<DatelineTag> dateline_tag(std::string_view paragraph) {
    // "【北京共同】…", "(서울=연합뉴스) …", "新华社北京12月5日电 …": a Chinese, Japanese or Korean wire's dateline.
    if (!paragraph.empty() && (paragraph.front() == '(' || static_cast<unsigned char>(paragraph.front()) >= 0xE3)) {
        if (auto tag = cjk_bracket_dateline(paragraph))
            return tag;
        if (auto tag = cjk_dispatch_dateline(paragraph))
            return tag;
    }
    // "(ANSA) - BARI, 03 DIC - ...", "(Reuters) - The ...": the tag first (tag_first_dateline()).
    if (!paragraph.empty() && paragraph.front() == '(')
        if (auto tag = tag_first_dateline(paragraph))
            return tag;
    if (auto tag = bare_agency_dateline(paragraph))
        return tag;
    // "PARIS (Reuters) - ...", "Berlin (dpa) - ...", "WASHINGTON (AP) — ...", "Puerto Bravío, 5 may (EFE).- ..."
    // (Looked for in the head alone: a later one is turned away as none.)
    const std::size_t most_open = 48;
    auto open = paragraph.substr(0, most_open + 2).find(" (");
    if (open == std::string_view::npos || open == 0 || open > most_open)
        return plain_dateline(paragraph);
    auto close = paragraph.find(')', open);
    if (close == std::string_view::npos || close - open > 24)
        return plain_dateline(paragraph);
    auto ids = agency_list(paragraph.substr(open + 2, close - open - 2));
    if (!ids)
        ids = dateline_agency(paragraph.substr(open + 2, close - open - 2));
    // "Monterrey (México), 12 ago (EFE).- ...": the country in parentheses after the place, then the agency's.
    if (!ids && paragraph.substr(close + 1).rfind(", ", 0) == 0) {
        open = paragraph.find(" (", close);
        if (open == std::string_view::npos || open > 64)
            return std::nullopt;
        close = paragraph.find(')', open);
        if (close == std::string_view::npos || close - open > 24)
            return std::nullopt;
        ids = agency_list(paragraph.substr(open + 2, close - open - 2));
    }
    if (!ids)
        return plain_dateline(paragraph);
    std::string_view head = paragraph.substr(0, open);
    std::string_view place = head.substr(0, std::min(head.find(','), head.size()));
    // ("Viana do Castelo, 03 dez (Lusa) - ...", "Saint-Martin-du-Lac", "Puerto de la Cruz (EFE) - ...": the small
    // words inside a place's name, lexicon section place_particle_words; not the place's first word.)
    static const LexiconSection* particles = common_lexicon().section("place_particle_words"); // (looked up once)
    bool first_word = true;
    for (auto w : text::split_ws(place)) {
        if (w.size() > 2 && w.front() == '(' && w.back() == ')')
            w = w.substr(1, w.size() - 2);
        if (!text::starts_upper(w) && (first_word || particles == nullptr || !particles->has(w)))
            return std::nullopt;
        first_word = false;
    }
    if (place.empty() || text::split_ws(place).size() > 4)
        return std::nullopt;
    std::string_view rest = paragraph.substr(close + 1);
    std::size_t dash_len = 0;
    // ("Bengaluru, Dec 3 (PTI): The ...": an Indian paper closes the agency's parenthesis by a colon.)
    for (std::string_view dash : {" - ", " — ", " – ", " -- ", ".- ", ". - ", " -", ".-", ": "})
        if (rest.rfind(dash, 0) == 0) {
            dash_len = dash.back() == ' ' ? dash.size() - 1 : dash.size();
            break;
        }
    // ("New Delhi, Dec 5 (PTI) The ...": a wire's dateline with its day after the place, a comma and a figure between,
    // may close on the parenthesis alone, the text's capital after it; a place alone before the tag needs its mark.)
    // (The day: a month's word and a figure, three words at most: "Dec 5", "5 dic"; "Jane Roe, 58" is an age.)
    const std::size_t comma = head.find(',');
    const std::string_view day = comma == std::string_view::npos ? std::string_view{} : head.substr(comma + 1);
    const std::size_t most_day_words = 3;
    const bool dated_head =
        std::any_of(day.begin(), day.end(), [](char c) { return text::is_digit(static_cast<unsigned char>(c)); }) &&
        std::any_of(day.begin(), day.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }) &&
        text::split_ws(day).size() <= most_day_words;
    const bool bare_close = dash_len == 0 && dated_head && rest.size() > 1 && rest.front() == ' ' &&
                            std::isupper(static_cast<unsigned char>(rest[1])) != 0;
    if (dash_len == 0 && !bare_close)
        return std::nullopt;
    DatelineTag tag;
    tag.raw = text::collapse(paragraph.substr(0, close + 1 + dash_len));
    tag.place = std::string(text::trim(place));
    tag.agencies = *ids;
    return tag;
}

// "CHENNAI: / The first stretch ...", "WASHINGTON — / The Senate ...", "LONDON (Reuters) - / Copper ...", "BERLIN (dpa)
// - / Der ...", "CNN — / Scientists ...": a dump that broke the line after the dateline prints it alone over the text's
// first paragraph. Read with that paragraph, the dateline is the whole line.
std::optional<DatelineTag> own_line_dateline(std::string_view line, std::string_view next) {
    const std::size_t most_line = 64; // bytes: a place of three words, a state, a day and an agency's tag
    line = text::trim(line);
    if (line.empty() || line.size() > most_line || next.empty())
        return std::nullopt;
    // (A dateline closes on its mark, its dash, colon or stop, or on its tag's parenthesis: a line closing on a letter
    // or a figure, most lines asked, is none, settled before the paragraph is copied and read.)
    const auto last = static_cast<unsigned char>(line.back());
    if (last < 0x80 && (text::is_letter(last) || text::is_digit(last)))
        return std::nullopt;
    std::string joined(line);
    joined += ' ';
    joined += next;
    auto tag = dateline_tag(joined);
    // "MARBELLA (MÁLAGA), 4 (EUROPA PRESS)" / "La alcaldesa ...": a dateline alone on its line may close on the
    // agency's parenthesis with no dash, the line's end parting it from the text.
    if (!tag && last == ')') {
        joined.insert(line.size(), " -");
        tag = dateline_tag(joined);
        if (tag && text::trim(tag->raw) == std::string(line) + " -" && !tag->agencies.empty())
            tag->raw = std::string(line);
    }
    if (!tag || text::trim(tag->raw) != line)
        return std::nullopt;
    return tag;
}

std::optional<DatelineTag> body_dateline(const std::vector<Section>& sections) {
    if (sections.empty() || sections.front().paragraphs.empty())
        return std::nullopt;
    // "<caption> - RIPRODUZIONE RISERVATA / (ANSA) - BARI, 03 DIC - La giunta ...": the dateline opens the first
    // paragraph of prose; a line above it closing no sentence (a caption, a label kept in the text) is passed over,
    // two at most.
    // "Ce qu'il faut retenir / - Vigilance orange dès jeudi. / - Jusqu'à 40 cm de neige. / Monthey, 3 décembre (ats) -
    // ...", "Das Wichtigste in Kürze / • ... / Bern (sda) - ...": a box of the summary's bullet items kept over the
    // text is passed over too, eight items at most, whether or not they close a sentence.
    // ("Das Wichtigste in Kürze / Der Föhn erreichte 140 km/h. / ... / <blank> / Altdorf (sda) - ...": the box heading
    // a section of its own, a few short lines, the text going on under it in a section of no heading: the dateline
    // opens that one.)
    const std::size_t most_passed = 2, most_bullets = 8, most_box_words = 25;
    const bool boxed =
        sections.size() > 1 && sections[0].heading && !sections[1].heading && !sections[1].paragraphs.empty() &&
        sections[0].paragraphs.size() <= most_bullets &&
        std::all_of(sections[0].paragraphs.begin(), sections[0].paragraphs.end(), [](const std::string& x) {
            return text::split_ws(x, most_box_words + 1).size() <= most_box_words;
        });
    const std::vector<std::string>& first_paragraphs = sections[boxed ? 1 : 0].paragraphs;
    std::optional<DatelineTag> tag;
    std::size_t at = 0; // the paragraph the dateline opens or stands alone in
    for (std::size_t k = 0, passed = 0, bullets = 0; k < first_paragraphs.size() && passed <= most_passed; ++k) {
        at = k;
        if (!bullet_mark(first_paragraphs[k]).empty()) {
            if (++bullets > most_bullets)
                break;
            continue;
        }
        // "Editor's note: An earlier version of this article ... / PORTSMOUTH — ...", "Korrektur: In einer früheren
        // Fassung ... / KIEL – ...": a note on a change to the article (update_note()), printed over its text, is
        // passed over as a caption is.
        if (update_note(first_paragraphs[k])) {
            ++passed;
            continue;
        }
        tag = dateline_tag(first_paragraphs[k]);
        if (!tag && k + 1 < first_paragraphs.size())
            tag = own_line_dateline(first_paragraphs[k], first_paragraphs[k + 1]);
        if (tag || ends_sentence(first_paragraphs[k]))
            break;
        ++passed;
    }
    if (!tag || !tag->agencies.empty() || !tag->raw.ends_with(':'))
        return tag;
    // "SPIEGEL: Frau Grimm, ... / Grimm: ... / SPIEGEL: Woran liegt das?": the same head opening one other
    // paragraph, or a heading the dump made of a short turn, is an interviewer's label, no place.
    const int most_turns = 2; // other paragraphs so opened: a transcript
    int turns = 0;
    const auto same_head = [&](std::string_view other) {
        return other.size() > tag->raw.size() && other.starts_with(tag->raw) && other[tag->raw.size()] == ' ';
    };
    for (const Section& section : sections) {
        if (section.heading && capitals_turn(*section.heading) && same_head(*section.heading))
            return std::nullopt;
        for (const std::string& paragraph : section.paragraphs) {
            // (The dateline's own paragraph, "KARACHI: The ..." or "CHENNAI:" alone, is no turn.)
            if (&paragraph == &first_paragraphs[at] || !capitals_turn(paragraph))
                continue;
            if (same_head(paragraph) || ++turns >= most_turns)
                return std::nullopt;
        }
    }
    return tag;
}

} // namespace archive
