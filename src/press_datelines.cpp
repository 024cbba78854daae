// The dateline of a press release (press_datelines.hpp): its place, a comma, the day and a stop or a dash.
#include "press_datelines.hpp"

#include "bylines.hpp"
#include "dates.hpp"
#include "lexicon.hpp"
#include "text.hpp"
#include "text_find.hpp"

#include <algorithm>

namespace archive {

namespace {

// "Weiden/Kaltenbrunn", "LONDON", "Bad Tölz", "Saint-Denis": a place of capitalised words, a slash joining two
// places; no weekday ("Montag, 3. März 2025." is a date line).
bool place_words(std::string_view place) {
    const std::size_t most_words = 4;
    std::size_t count = 0;
    static const LexiconSection& weekdays = any_language_section("weekdays"); // (merged once)
    static const LexiconSection* particles = common_lexicon().section("place_particle_words");
    for (std::string_view token : text::split_ws(place))
        for (std::size_t from = 0; from <= token.size();) {
            const std::size_t slash = std::min(token.find('/', from), token.size());
            const std::string_view w = token.substr(from, slash - from);
            from = slash + 1;
            if (++count > most_words || w.empty())
                return false;
            const std::string low = text::lower(w);
            // ("Updated09:41, 12 MAR 2021": a date's label glued to its time is no place's word.)
            if (weekdays.has(low) || text::has_ascii_digit(w))
                return false;
            if (!text::starts_upper(w) && (particles == nullptr || !particles->has(low)))
                return false;
        }
    return count > 0;
}

// "BUSINESS WIRE", "GLOBE NEWSWIRE", "ACCESSWIRE": the name of a wire that sends out press releases, its last word
// one of lexicon section press_wire_words.
bool wire_name(std::string_view name) {
    static const LexiconSection* wires = common_lexicon().section("press_wire_words"); // (looked up once)
    name = text::trim(name);
    const std::size_t space = name.rfind(' ');
    const std::string_view last = space == std::string_view::npos ? name : name.substr(space + 1);
    return wires != nullptr && !last.empty() && text::starts_upper(name) && wires->has(text::lower(last));
}

// The bytes of the mark closing a dateline at the start of `s` (spaces before it skipped): ".", "–", "-", "—", "--",
// ":", or a wire's name between slashes or brackets and a dash ("/PRNewswire/ --", "(GLOBE NEWSWIRE) --"); 0 when
// none closes it.
std::size_t closing_mark(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size() && s[i] == ' ')
        ++i;
    if (i < s.size() && s[i] == '/') {
        const std::size_t most_wire = 32; // bytes: "/Business Wire/"
        const std::size_t close = s.find('/', i + 1);
        if (close == std::string_view::npos || close - i > most_wire)
            return 0;
        i = close + 1;
        while (i < s.size() && s[i] == ' ')
            ++i;
    }
    // "(GLOBE NEWSWIRE) --", "(ACCESSWIRE) -": a wire's name in brackets, its last word one of a press release
    // wire's (lexicon section press_wire_words).
    if (i < s.size() && s[i] == '(') {
        const std::size_t most_wire = 32; // bytes: "(GLOBE NEWSWIRE)"
        const std::size_t close = s.find(')', i + 1);
        if (close == std::string_view::npos || close - i > most_wire || !wire_name(s.substr(i + 1, close - i - 1)))
            return 0;
        i = close + 1;
        while (i < s.size() && s[i] == ' ')
            ++i;
    }
    // (":" too: "MUMBAI, March 3, 2025: Acme Ltd today ...", an Indian release's.)
    for (std::string_view mark : {"--", "\xE2\x80\x93", "\xE2\x80\x94", "-", ".", ":"})
        if (s.substr(i).starts_with(mark))
            return i + mark.size();
    return 0;
}

// One word of letters (a hyphen or a slash inside), a capital first and small letters after it ("LINZ –",
// "SEEFELDERN." are plain_dateline()'s), neither the label of a notice or a summary ("Fazit", "Update", "Achtung":
// lexicon section capital_label_words) nor a word of `stopwords` ("Dann", "Aber").
bool small_place_word(std::string_view place, const LexiconSection* stopwords) {
    bool small = false;
    for (std::size_t i = 0; i < place.size();) {
        const std::size_t at = i;
        const char32_t cp = text::next_cp(place, i);
        if (at == 0 ? !text::is_upper(cp) : !(text::is_letter(cp) || ((cp == '-' || cp == '/') && i < place.size())))
            return false;
        small = small || (text::is_letter(cp) && !text::is_upper(cp));
    }
    static const LexiconSection* labels = common_lexicon().section("capital_label_words"); // (looked up once)
    const std::string low = text::lower(place);
    return small && (labels == nullptr || !labels->has(low)) && (stopwords == nullptr || !stopwords->has(low));
}

// The text after a small place's mark: a sentence, a capital first, six words at least, closed by its stop.
bool sentence_after(std::string_view text_after) {
    const std::string_view rest = text::trim(text_after);
    std::size_t i = 0;
    const char32_t first = rest.empty() ? 0 : text::next_cp(rest, i);
    const std::size_t fewest_words = 6;
    const char last = rest.empty() ? '\0' : rest.back();
    return text::is_upper(first) && text::split_ws(rest).size() >= fewest_words &&
           (last == '.' || last == '"' || last == '!' || last == '?');
}

// A word opening a place's name of two words in `own`'s language, as printed, its dot too (lexicon section
// place_prefix_words: "Bad Tölz", "Sankt Augustin", "St. Ingbert", "Neu Wulmstorf", "Groß Kreutz"). (Not any
// language's place_opening_words: "New Work. Das ...", "City Maut. Die ..." open a German text with a loanword.)
bool place_prefix(std::string_view word, const Lexicon* own) {
    const LexiconSection* prefixes = own != nullptr ? own->section("place_prefix_words") : nullptr;
    return prefixes != nullptr && !word.empty() && text::starts_upper(word) && prefixes->has(text::lower(word));
}

// A place's name of two words before a full stop: a prefix and a capitalised word ("Bad Tölz", "St. Ingbert"), or a
// place and the river or region that tells it from its namesake, in brackets ("Halle (Saale)", "Weiden (Opf)"); each
// word a small_place_word() of no stopword, so "Das Fazit", "Neue Regeln" or "Großer Ärger" name no place.
bool two_word_place(std::string_view place, const Lexicon* own, const LexiconSection* stopwords) {
    const std::size_t space = place.find(' ');
    if (space == std::string_view::npos || place.find(' ', space + 1) != std::string_view::npos)
        return false;
    const std::string_view first = place.substr(0, space), second = place.substr(space + 1);
    if (place_prefix(first, own))
        return small_place_word(second, stopwords);
    return second.size() > 2 && second.front() == '(' && second.back() == ')' && small_place_word(first, stopwords) &&
           small_place_word(second.substr(1, second.size() - 2), stopwords);
}

// "Texas", "Calif.", "Netherlands", "British Columbia": a state's, a province's or a country's name after a place's,
// capitalised words, three at most, no figure and no job title ("Jane Roe, Senior Editor, 3 March 2025" is a
// byline).
bool region_name(std::string_view region) {
    const std::size_t most_words = 3;
    return !region.empty() && region.find_first_of("0123456789") == std::string_view::npos &&
           text::split_ws(region).size() <= most_words && place_words(region) && !job_title_line(region);
}

// "Seregno (Monza Brianza)", "Bulle (FR)", "Chur (GR)": a local paper's place and its province's or canton's name
// (region_name()) in brackets after it; the place without them, or `place` as given.
std::string_view without_bracketed_region(std::string_view place) {
    const std::size_t open = text::rfind_mark(place, " (");
    if (open == std::string_view::npos || open == 0 || !place.ends_with(')'))
        return place;
    return region_name(place.substr(open + 2, place.size() - open - 3)) ? place.substr(0, open) : place;
}

// The bytes of a region's name (region_name()) and its comma opening `rest`, the text after the place's comma (the
// day after them is press_dateline()'s to read); nothing for other text.
std::optional<std::size_t> region_after_place(std::string_view rest) {
    const std::size_t most_region = 24; // bytes: "British Columbia"
    const std::size_t comma = rest.substr(0, most_region + 1).find(", ");
    if (comma == std::string_view::npos || !region_name(rest.substr(0, comma)))
        return std::nullopt;
    return comma + 2;
}

// "AUSTIN, Texas--(BUSINESS WIRE)--", "SAN FRANCISCO--(BUSINESS WIRE)--Dec. 5, 2026--": Business Wire's dateline,
// the place (a region after its comma) glued to the wire's name between double hyphens, the day maybe after it; the
// text or the line's end after that.
std::optional<PressDateline> wire_dashes_dateline(std::string_view paragraph, std::string_view language) {
    const std::size_t most_place = 48; // bytes: "SAN FRANCISCO, California"
    const std::size_t open = paragraph.substr(0, most_place + 3).find("--(");
    if (open == std::string_view::npos || open == 0)
        return std::nullopt;
    const std::string_view head = paragraph.substr(0, open);
    const std::size_t comma = head.find(", ");
    const std::string_view place = head.substr(0, comma);
    if (!place_words(place) || (comma != std::string_view::npos && !region_name(head.substr(comma + 2))))
        return std::nullopt;
    const std::size_t close = paragraph.find(")--", open);
    const std::size_t most_wire = 32;
    if (close == std::string_view::npos || close - open > most_wire ||
        !wire_name(paragraph.substr(open + 3, close - open - 3)))
        return std::nullopt;
    std::string_view after = paragraph.substr(close + 3);
    std::string iso;
    if (const auto date = leading_date(after, language); date && date->end <= after.size()) {
        const std::size_t mark = closing_mark(after.substr(date->end));
        if (mark > 0) {
            iso = date->iso;
            after = after.substr(date->end + mark);
        }
    }
    after = text::trim(after);
    if (!after.empty() && !text::starts_upper(after))
        return std::nullopt;
    return PressDateline{std::string(place), iso};
}

} // namespace

std::optional<PressDateline> press_dateline(std::string_view paragraph, std::string_view language) {
    // (Business Wire's double hyphens settle most lines on a byte search: they hold none.)
    if (auto wire = wire_dashes_dateline(paragraph, language))
        return wire;
    // (A comma within the first 40 bytes, a digit within the first 64: most lines are settled here.)
    const std::size_t most_place = 40, most_head = 64;
    const std::size_t comma = paragraph.substr(0, most_place).find(", ");
    if (comma == std::string_view::npos || comma == 0 ||
        std::none_of(paragraph.begin() + static_cast<std::ptrdiff_t>(comma),
                     paragraph.begin() + static_cast<std::ptrdiff_t>(std::min(paragraph.size(), most_head)),
                     [](char c) { return text::is_digit(static_cast<unsigned char>(c)); }))
        return std::nullopt;
    const std::string_view place = without_bracketed_region(paragraph.substr(0, comma));
    if (!place_words(place))
        return std::nullopt;
    // ("Aktualisiert, 12.03.2021", "Updated, March 12, 2021": a date's label before the comma is no place.)
    const std::string low_place = text::lower(place);
    if (const auto place_words_low = text::split_ws(low_place, 4); opens_with_date_label(place_words_low))
        return std::nullopt;
    std::string_view rest = paragraph.substr(comma + 2);
    // "AUSTIN, Texas, Dec. 5, 2026 /PRNewswire/ --", "ROTTERDAM, Netherlands, Dec. 5, 2026 --", "SAN JOSE, Calif.,
    // Dec. 5, 2026": the state's, the province's or the country's name after the place's, a few capitalised words
    // and a comma, then the day. (The place is the dateline without it, as without a region in brackets.)
    // ("Im Gespräch, Radio Lindenau, 4. März 2025": a label, an outlet and a day on a line of their own are no
    // such dateline: a region's is closed by its mark, opening the text.)
    const auto region = region_after_place(rest);
    if (region)
        rest = rest.substr(*region);
    // "le 3 mars 2025", "am 3. März 2025", "el 3 de marzo": an article before the day.
    if (const std::size_t space = rest.find(' '); space != std::string_view::npos && space <= 3 && space > 0 &&
                                                  text::is_lower(static_cast<unsigned char>(rest.front())))
        rest = rest.substr(space + 1);
    if (rest.empty() || (!text::is_digit(static_cast<unsigned char>(rest.front())) && !text::starts_upper(rest)))
        return std::nullopt;
    const auto date = leading_date(rest, language);
    if (!date || date->end > rest.size())
        return std::nullopt;
    // The date's own words, then its closing mark (leading_date() may have read it already) and the text, or nothing.
    std::string_view read = text::trim(rest.substr(0, date->end));
    std::string_view after = rest.substr(date->end);
    const bool closed_in = !read.empty() && closing_mark(read.substr(read.size() - 1)) > 0;
    if (!closed_in) {
        const std::size_t mark = closing_mark(after);
        if (mark == 0 && (region || !text::trim(after).empty()))
            return std::nullopt;
        after = after.substr(mark);
    }
    after = text::trim(after);
    if (!after.empty() && !text::starts_upper(after))
        return std::nullopt;
    return PressDateline{std::string(place), date->iso};
}

std::optional<std::string> small_place_dash(std::string_view paragraph, std::string_view language) {
    // "Linz – Die ...": a German page's (lexicon section place_dash_languages); "Chiavenna - Il sindaco ...",
    // "Tudela - El ...", "Barcelos - A Câmara ...": an Italian, Spanish or Portuguese local paper's, whose text opens
    // with an article after the dash (place_dash_article_languages: a label or a name before a dash, "Sucesos - Un
    // vecino ...", "Luana - desapareceu", opens a text there more often than in German).
    static const LexiconSection* plain = common_lexicon().section("place_dash_languages");
    static const LexiconSection* with_article = common_lexicon().section("place_dash_article_languages");
    const std::string lang(language);
    const bool article_first = with_article != nullptr && with_article->has(lang);
    if (!article_first && (plain == nullptr || !plain->has(lang)))
        return std::nullopt;
    const std::size_t most_place = 32; // bytes: "Garmisch-Partenkirchen", "Weiden/Kaltenbrunn"
    std::size_t dash = std::string_view::npos, dash_len = 0;
    for (std::string_view d : {" – ", " - "})
        if (auto at = paragraph.substr(0, most_place + d.size()).find(d); at != std::string_view::npos && at < dash) {
            dash = at;
            dash_len = d.size();
        }
    if (dash == std::string_view::npos || dash == 0)
        return std::nullopt;
    const std::string_view place = paragraph.substr(0, dash);
    const Lexicon* own = lexicon(language);
    // (Another language's stopword may be a place here: "Como – ...".)
    const LexiconSection* stopwords = own != nullptr ? own->section("stopwords") : nullptr;
    if (!small_place_word(place, stopwords) || !sentence_after(paragraph.substr(dash + dash_len)))
        return std::nullopt;
    // "Sucesos - Un vecino ...", "Cronaca - Il sindaco ...", "Kultur – Die Oper ...": a news site's section label
    // (the language's rubric_words, any language's glued_categories) before the dash, no place.
    static const LexiconSection* categories = common_lexicon().section("glued_categories"); // (looked up once)
    const LexiconSection* rubrics = own != nullptr ? own->section("rubric_words") : nullptr;
    const std::string low = text::lower(place);
    if ((rubrics != nullptr && rubrics->has(low)) || (categories != nullptr && categories->has(low)))
        return std::nullopt;
    if (article_first) {
        const std::string_view rest = text::trim(paragraph.substr(dash + dash_len));
        // ("L'assessore ...": an article elided before its noun.)
        std::string_view word = text::first_token(rest);
        for (std::string_view mark : {"'", "’"})
            if (const std::size_t apostrophe = word.find(mark); apostrophe != std::string_view::npos)
                word = word.substr(0, apostrophe);
        const LexiconSection* articles = own != nullptr ? own->section("articles") : nullptr;
        if (articles == nullptr || !articles->has(text::lower(word)))
            return std::nullopt;
    }
    return std::string(place);
}

std::optional<std::string> small_place_stop(std::string_view paragraph, std::string_view language) {
    // "Hannover. Der Landtag ...": a German regional paper's (lexicon section place_stop_languages).
    static const LexiconSection* languages = common_lexicon().section("place_stop_languages");
    if (languages == nullptr || !languages->has(std::string(language)))
        return std::nullopt;
    const std::size_t most_place = 32; // bytes: "Garmisch-Partenkirchen", "Weiden/Kaltenbrunn"
    const Lexicon* own = lexicon(language);
    std::size_t stop = paragraph.substr(0, most_place + 2).find(". ");
    // ("St. Ingbert. Der ...": the dot of a prefix's abbreviation closes no place.)
    if (stop != std::string_view::npos && place_prefix(paragraph.substr(0, stop + 1), own))
        stop = paragraph.substr(0, most_place + 2).find(". ", stop + 2);
    if (stop == std::string_view::npos || stop == 0)
        return std::nullopt;
    // The word before the stop: a place in small letters, no stopword of any language ("Also. Die ...", "Nun. Der
    // ...": a stop closes a word that opens a sentence more often than a place there) and no label ("Fazit. Der ...");
    // or a place's name of two words ("Bad Tölz. Der ...", "Halle (Saale). Die ...": two_word_place()).
    static const LexiconSection& stopwords = any_language_section("stopwords"); // (merged once)
    const std::string_view place = paragraph.substr(0, stop);
    if (!(small_place_word(place, &stopwords) || two_word_place(place, own, &stopwords)) ||
        !sentence_after(paragraph.substr(stop + 1)))
        return std::nullopt;
    // Its first sentence six words long at least: "Wochenende. Regen. Mist. Die Kinder ..." opens a diary's text
    // with one-word sentences.
    const std::size_t fewest_words = 6;
    std::size_t words = 0;
    for (std::string_view word : text::split_ws(paragraph.substr(stop + 1))) {
        ++words;
        const char last = word.back();
        if (last == '.' || last == '!' || last == '?')
            break;
    }
    if (words < fewest_words)
        return std::nullopt;
    // "Dr. Anna Muster hat ...", "Prof. ...", "Mag. ...": a title's abbreviation closed by its dot, no place.
    const std::string low = text::lower(place);
    for (const char* abbreviations : {"abbreviation_words", "name_degree_words"})
        if (const LexiconSection* listed = own != nullptr ? own->section(abbreviations) : nullptr;
            listed != nullptr && listed->has(low))
            return std::nullopt;
    return std::string(place);
}

std::optional<std::string> stop_dash_place(std::string_view paragraph) {
    const std::size_t most_place = 40, fewest_letters = 3, fewest_words = 6; // (bytes: "San Pedro de Macorís")
    std::size_t dot = std::string_view::npos, mark_len = 0;
    for (std::string_view m : {".-", ".\xE2\x80\x93", ".\xE2\x80\x94"})
        if (auto at = paragraph.substr(0, most_place + m.size()).find(m); at != std::string_view::npos && at < dot) {
            dot = at;
            mark_len = m.size();
        }
    if (dot == std::string_view::npos || dot == 0)
        return std::nullopt;
    // Capitalised words glued to the stop ("Ciudad de México", "Guadalajara"), no comma, the last of three letters at
    // least ("Dr.- Ing." is a title's abbreviation).
    const std::string_view place = paragraph.substr(0, dot);
    const std::size_t last_space = place.rfind(' ');
    const std::string_view last = last_space == std::string_view::npos ? place : place.substr(last_space + 1);
    if (place.find(',') != std::string_view::npos || place.back() == ' ' || last.size() < fewest_letters ||
        !place_words(place))
        return std::nullopt;
    static const LexiconSection* labels = common_lexicon().section("capital_label_words"); // (looked up once)
    if (labels != nullptr && labels->has(text::lower(place)))
        return std::nullopt;
    // A space, then a sentence of six words at least opening with a capital ("Univ.-Prof." has no space).
    const std::string_view after = paragraph.substr(dot + mark_len);
    if (after.empty() || after.front() != ' ')
        return std::nullopt;
    const std::string_view rest = text::trim(after);
    if (!text::starts_upper(rest) || text::split_ws(rest).size() < fewest_words)
        return std::nullopt;
    return std::string(place);
}

} // namespace archive
