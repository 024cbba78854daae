// The pieces glued to a headline and cut off it: a kicker glued to a quotation or set off by a dash, a date it was
// published on, the line above printed again before it, a section's label glued without a space, a kicker before a
// title the page prints alone (headline_parts()), and the breadcrumbs whose separators the text lost (crumb_trail(),
// CrumbTrails). The shapes of title lines are in headline.cpp; the choice among the lines in headline_choice.cpp.
#include "headline.hpp"
#include "headline_parts.hpp"
#include "classify.hpp"
#include "dates.hpp"
#include "lexicon.hpp"
#include "own_name_credits.hpp"
#include "page.hpp"
#include "pipeline.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <span>
#include <vector>

namespace archive {

std::optional<std::pair<std::string, std::string>> split_kicker(std::string_view line) {
    // Both kinds of kicker stand before a quotation, opened by '"' or by one of text::is_open_quote(): "«" (bytes
    // C2 AB), U+2018..U+201E and "‹" (E2 80 ..), U+300C and U+300E (E3 80 ..). A line without any of these bytes,
    // most titles asked, is settled by a few scans of its bytes.
    const auto npos = std::string_view::npos;
    if (line.find('"') == npos && line.find("\xC2\xAB") == npos && line.find("\xE2\x80") == npos &&
        line.find("\xE3\x80") == npos)
        return std::nullopt;
    if (auto glued = split_glued_kicker(line))
        return glued;
    // "Hochwasser - „Es kommt darauf an...“": up to three words, the first capitalised, a free-standing dash,
    // then a whole quotation.
    // The dash is one of the first four tokens, the quotation's first after it (read without a vector). A line
    // without a dash's byte ('-', or 0xE2 opening "–" and "—") has none.
    if (line.find('-') == std::string_view::npos && line.find('\xE2') == std::string_view::npos)
        return std::nullopt;
    std::array<std::string_view, 5> tokens_read;
    std::span<const std::string_view> toks = first_tokens(line, tokens_read);
    std::size_t dash = 0;
    while (dash < toks.size() && dash <= 3 && toks[dash] != "-" && toks[dash] != "–" && toks[dash] != "—")
        ++dash;
    if (dash == 0 || dash > 3 || dash + 1 >= toks.size() || !text::starts_upper(line))
        return std::nullopt;
    std::size_t from = static_cast<std::size_t>(toks[dash + 1].data() - line.data());
    std::string_view quotation = text::trim(line.substr(from));
    std::size_t i = 0, end = quotation.size();
    char32_t open = text::next_cp(quotation, i);
    char32_t close = text::prev_cp(quotation, end);
    if (!(text::is_open_quote(open) || open == '"') || !(text::is_close_quote(close) || close == '"') ||
        text::length_cp(quotation) < 8)
        return std::nullopt;
    std::string_view kicker = line.substr(0, static_cast<std::size_t>(toks[dash - 1].data() + toks[dash - 1].size() - line.data()));
    return std::make_pair(text::collapse(kicker), std::string(quotation));
}

namespace {

// The title left after a glued prefix: three words or more, opening with a capital or a quote mark, not a byline
// ("12.03.2024 Von Anna Muster").
bool glued_title(std::string_view rest, std::string_view language) {
    const std::size_t least_words = 3;
    if (rest.empty() || text::split_ws(rest, least_words).size() < least_words)
        return false;
    std::size_t i = 0;
    char32_t first = text::next_cp(rest, i);
    return (text::is_upper(first) || text::is_open_quote(first) || first == '"') && !byline_authors(rest, language);
}

// "Logement à Genève–Le Conseil d’Etat veut ...", "Wohnungsnot in ZürichDie Stadt will ...", "Trasporti a
// LuganoIl Municipio ...": the page printed the kicker's box and the title's side by side; copied, the kicker's last
// small letter touches the title's first capital, or an en dash without spaces stands between them. The title opens
// with an article of the page's language (lexicon section articles): "McDonald", "YouTube", "Paris–Berlin" join
// names, and a name's second piece is no article. (The kicker holds five words at most; the glued word three
// letters at least before the capital: "LaLiga", "iPhone". The capital touching a small letter is an ASCII one.)
//
// "Ukraine-KriegSelenski fordert ...", "Climate crisisHeatwave grips ...", "Guerre en UkraineZelensky réclame ...",
// "MaltempoAllerta rossa ...": a title opening with a name or a noun is cut off its kicker too when the glued word is
// an accident of the copy: the kicker's last word holds five letters at least before the capital ("YouTube",
// "MacBook", "PlayStation" hold three or four), the title's first word is a capital and small letters, three at least
// ("MedienpädagogIn", "MineralölINFO" are no title's start) and a word of its own ("WhatsApp-Gruppen": a compound
// goes on after the name), the title four words or more, and the page prints the glued word nowhere else
// (`printed_elsewhere`): a name such as "AstraZeneca" or "FairCoin" comes back in the text. A kicker of one word and
// no hyphen ("Maltempo", but "Astra" of "AstraZeneca erhält ..." as well) is a topic only when the page prints it
// alone on a line of its own too (`label_alone`: its menu's or its tags' entry); two words or a compound
// ("Climate crisis", "Varnau-Krieg") are one by their shape.
std::optional<std::pair<std::string, std::string>> split_touching_kicker(
    std::string_view line, std::string_view language, const std::function<bool(std::string_view)>& printed_elsewhere,
    const std::function<bool(std::string_view)>& label_alone) {
    const std::size_t most_kicker_bytes = 64, most_kicker_words = 5, least_glued_letters = 3;
    const std::size_t least_topic_letters = 5, least_title_letters = 3, least_title_words = 4;
    // (A scan of the first bytes for a small ASCII letter touching a capital, or for an en or em dash after no space,
    // settles most titles before any code point is read or word looked up.)
    const std::string_view head = line.substr(0, std::min(line.size(), most_kicker_bytes + 3));
    bool touching = false;
    for (std::size_t k = 1; k < head.size() && !touching; ++k) {
        const char c = head[k], before = head[k - 1];
        touching = (c >= 'A' && c <= 'Z' && before >= 'a' && before <= 'z') ||
                   (c == '\xE2' && before != ' ' && k + 2 < head.size() && head[k + 1] == '\x80' &&
                    (head[k + 2] == '\x93' || head[k + 2] == '\x94'));
    }
    if (!touching || !text::starts_upper(line))
        return std::nullopt;
    auto article = [&](std::string_view rest) {
        static const LexiconSection& any_articles = any_language_section("articles"); // (merged once)
        const Lexicon* own = lexicon(language);
        const std::size_t end = std::min(rest.find(' '), std::min(rest.find('\''), rest.find("\u2019")));
        const std::string word = text::lower(rest.substr(0, end));
        return own != nullptr ? own->has("articles", word) : any_articles.has(word);
    };
    // The title's first word as a glued name's second piece would be: a capital, then small letters only up to the
    // word's end, three letters at least. Returns the word's end, or npos.
    auto title_word_end = [&](std::size_t from) {
        std::size_t k = from, letters = 0;
        text::next_cp(line, k);
        for (std::size_t next = k; next < line.size(); k = next) {
            const char32_t c = text::next_cp(line, next);
            if (c == '-') // ("WhatsApp-Gruppen": the name goes on as a compound's first piece)
                return std::string_view::npos;
            if (!text::is_letter(c))
                break;
            if (!text::is_lower(c))
                return std::string_view::npos;
            ++letters;
        }
        return letters + 1 >= least_title_letters ? k : std::string_view::npos;
    };
    std::size_t i = 0, words = 1, run = 0, run_from = 0;
    char32_t before = 0;
    while (i < line.size() && i < most_kicker_bytes) {
        const std::size_t at = i;
        const char32_t cp = text::next_cp(line, i);
        if (cp == ' ') {
            if (++words > most_kicker_words)
                return std::nullopt;
            run = 0, before = cp;
            continue;
        }
        std::size_t title_at = std::string_view::npos;
        if ((cp == U'\u2013' || cp == U'\u2014') && text::is_lower(before))
            title_at = i;
        else if (text::is_upper(cp) && text::is_lower(before) && run >= least_glued_letters)
            title_at = at;
        if (title_at != std::string_view::npos) {
            const std::string_view rest = line.substr(title_at);
            if (article(rest) && glued_title(rest, language))
                return std::make_pair(text::collapse(line.substr(0, at)), text::collapse(rest));
            const std::size_t word_end = title_at == at && run >= least_topic_letters ? title_word_end(at)
                                                                                     : std::string_view::npos;
            const std::string_view kicker = line.substr(0, at);
            const bool one_word = words == 1 && kicker.find('-') == std::string_view::npos;
            if (word_end != std::string_view::npos &&
                text::split_ws(rest, least_title_words).size() >= least_title_words && glued_title(rest, language) &&
                !printed_elsewhere(line.substr(run_from, word_end - run_from)) && (!one_word || label_alone(kicker)))
                return std::make_pair(text::collapse(kicker), text::collapse(rest));
        }
        if (text::is_letter(cp) && run == 0)
            run_from = at;
        run = text::is_letter(cp) ? run + 1 : 0;
        before = cp;
    }
    return std::nullopt;
}

} // namespace

std::optional<std::pair<std::string, std::string>> split_leading_date(std::string_view line, std::string_view language) {
    auto date = leading_date(line, language);
    if (!date || date->end >= line.size())
        return std::nullopt;
    // Glued ("2022Jahresbericht") or after a space, not after a separator of the title's own.
    std::string_view between = line.substr(0, date->end);
    std::size_t last = between.find_last_not_of(' ');
    if (last == std::string_view::npos || !(std::isdigit(static_cast<unsigned char>(between[last])) ||
                                            std::isalpha(static_cast<unsigned char>(between[last])) || between[last] == '.'))
        return std::nullopt;
    std::string_view rest = text::trim(line.substr(date->end));
    if (!glued_title(rest, language))
        return std::nullopt;
    return std::make_pair(date->iso, std::string(rest));
}

std::optional<std::pair<std::string, std::string>> split_repeated_prefix(std::string_view line, std::string_view above) {
    const std::size_t least_words = 2, most_words = 5;
    // The line opens with the prefix and a space, so its first token is a piece of the prefix, which is text of
    // `above` (collapsed, its words unchanged): a line whose first token `above` does not hold is settled first.
    std::size_t opening_end = 0;
    std::string_view opening = text::next_token(line, opening_end);
    if (opening.size() > 1 && opening.back() == '.') // ("Vannes. Le chantier ...": the place and its stop)
        opening.remove_suffix(1);
    if (opening.empty() || above.find(opening) == std::string_view::npos)
        return std::nullopt;
    // The prefix opens with the first byte of the last piece of `above`, or of its first code point that is no
    // space (collapse() copies the others as they are): a line opening with another byte is settled before the
    // prefix is built.
    auto spans = title_piece_spans(above);
    std::size_t first = spans.empty() ? 0 : spans.back().first;
    for (std::size_t next = first; spans.empty() && next < above.size() && text::is_space(text::next_cp(above, next));)
        first = next;
    if (first >= above.size() || line.empty() || line.front() != above[first])
        return std::nullopt;
    std::vector<std::string> prefixes = title_pieces(above);
    if (prefixes.empty())
        prefixes.push_back(text::collapse(above));
    const std::string& prefix = prefixes.back();
    if (line.size() <= prefix.size() + 2 || !line.starts_with(prefix))
        return std::nullopt;
    // "Vannes" / "Vannes. Le chantier du pont prend du retard": a regional daily's place printed before its title with
    // a full stop, the place over it too, is cut off it as a prefix of one word is not.
    const bool stopped = line[prefix.size()] == '.' && line[prefix.size() + 1] == ' ';
    if (line[prefix.size()] != ' ' && !stopped)
        return std::nullopt;
    std::size_t words = text::split_ws(prefix).size();
    if (words < (stopped ? 1 : least_words) || words > most_words)
        return std::nullopt;
    std::string_view rest = text::trim(line.substr(prefix.size() + (stopped ? 1 : 0)));
    if (!glued_title(rest, ""))
        return std::nullopt;
    return std::make_pair(prefix, std::string(rest));
}

bool repeats_title(std::string_view line, std::string_view title) {
    if (line == title)
        return true;
    // (The longer of the two holds the place: "Morlaix. " before the shorter, which it ends with.)
    const std::string_view longer = line.size() > title.size() ? line : title;
    const std::string_view shorter = line.size() > title.size() ? title : line;
    const std::size_t most_place_words = 3;
    if (shorter.empty() || !longer.ends_with(shorter) || longer.size() < shorter.size() + 3)
        return false;
    const std::string_view place = longer.substr(0, longer.size() - shorter.size());
    if (!place.ends_with(". ") || !text::starts_upper(place))
        return false;
    const std::string_view name = place.substr(0, place.size() - 2);
    // ("Mise à jour. ", "Update 2. ": a place is letters, no figure, no stop of its own.)
    if (name.find_first_of(".0123456789:;!?") != std::string_view::npos)
        return false;
    return text::split_ws(name).size() <= most_place_words;
}

std::optional<std::pair<std::string, std::string>> split_camel_kicker(
    std::string_view line, std::string_view language, const std::function<bool(std::string_view)>& printed_alone) {
    const std::size_t least_label = 3;
    // "RegionMost", "CronacaFrana", "BinnenlandVeerpont": the page printed the label's box and the title's side by
    // side; copied, the label's last small letter touches the title's capital. "McCain", "YouTube", "iPhone" glue
    // them too, but the page prints no line "Mc" or "You" of its own, as it prints a section's label in its menu.
    if (!text::starts_upper(line))
        return std::nullopt;
    // (Most first words are ASCII letters, read here byte by byte: the line is settled when its first word ends, or the
    // line does, with no capital after a small letter; a byte from 0x80 or such a capital leaves it to the loop below,
    // which reads the same bytes as code points.)
    for (std::size_t k = 0; k < line.size(); ++k) {
        const char c = line[k];
        if (static_cast<unsigned char>(c) >= 0x80 || (k > 0 && c >= 'A' && c <= 'Z' && line[k - 1] >= 'a' && line[k - 1] <= 'z'))
            break;
        if (((c | 0x20) < 'a' || (c | 0x20) > 'z') || k + 1 == line.size())
            return std::nullopt;
    }
    std::size_t i = 0, letters = 0;
    char32_t before = 0;
    while (i < line.size()) {
        const std::size_t at = i;
        const char32_t cp = text::next_cp(line, i);
        if (!text::is_letter(cp))
            return std::nullopt;
        if (text::is_upper(cp) && text::is_lower(before)) {
            if (letters < least_label)
                return std::nullopt;
            const std::string_view label = line.substr(0, at);
            const std::string_view rest = line.substr(at);
            if (!glued_title(rest, language) || !printed_alone(label))
                return std::nullopt;
            return std::make_pair(std::string(label), text::collapse(rest));
        }
        before = cp;
        ++letters;
    }
    return std::nullopt;
}

std::optional<std::pair<std::string, std::string>> split_capitals_kicker(std::string_view line,
                                                                         std::string_view language) {
    const std::size_t most_kicker_bytes = 64, least_word_capitals = 3;
    // (Only the chosen headline is read, once a page; a title opening as a sentence does is settled at its second
    // letter.)
    if (line.size() < 4 || !text::starts_upper(line))
        return std::nullopt;
    std::size_t i = 0, words = 1, word_capitals = 0, last_capital_at = 0;
    while (i < line.size() && i <= most_kicker_bytes) {
        const std::size_t at = i;
        const char32_t cp = text::next_cp(line, i);
        if (cp == ' ') {
            if (word_capitals == 0)
                return std::nullopt;
            ++words, word_capitals = 0;
            continue;
        }
        if (text::is_upper(cp)) {
            ++word_capitals, last_capital_at = at;
            continue;
        }
        if (cp == '-' || cp == '\'' || cp == U'\u2019')
            continue;
        // The first small letter: the capital before it opens the title; the kicker holds two words at least and
        // its last word three capitals of its own ("ZDFheute", "McAllister", "USA Reise" are no kicker and title).
        if (!text::is_lower(cp) || words < 2 || word_capitals <= least_word_capitals)
            return std::nullopt;
        const std::string_view rest = line.substr(last_capital_at);
        if (!glued_title(rest, language))
            return std::nullopt;
        return std::make_pair(text::collapse(line.substr(0, last_capital_at)), text::collapse(rest));
    }
    return std::nullopt;
}

std::optional<std::pair<std::string, std::string>> split_menu_colon_kicker(
    std::string_view line, std::string_view language, const std::function<bool(std::string_view)>& printed_above) {
    const std::size_t most_label_words = 2, most_label_bytes = 32;
    // "Kultur: Das Stadttheater zeigt ...", "Cultura: la pieve riapre ...", "Culture : Le théâtre ...": the section's
    // label printed on the title's line before a colon, the page's menu printing the label as an entry of its own
    // above. ("Berlin: Parteitag ...", "Fußball: Van Basten ...", with no such entry, print the topic as the title's
    // first piece; a gallery's flag, "Bilder: Sturmflut ...", stays in the title as gallery_flag() reads it. A dash
    // parts a category page's topic from what it lists, "Korsetts – Shops, Designer, online kaufen", as often as a
    // label from a title: only the colon is read.)
    if (!text::starts_upper(line))
        return std::nullopt;
    const std::string_view head = line.substr(0, std::min(line.size(), most_label_bytes));
    const std::size_t colon = head.find(": ");
    const std::size_t mark_len = 2;
    if (colon == std::string_view::npos || colon == 0)
        return std::nullopt;
    const std::string_view label = text::trim(line.substr(0, colon));
    const auto words = text::split_ws(label, most_label_words + 1);
    if (words.empty() || words.size() > most_label_words || text::has_ascii_digit(label))
        return std::nullopt;
    std::string_view rest = text::trim(line.substr(colon + mark_len));
    // (The title after the label may open in small letters, as an Italian or French one does after a colon.)
    std::string capital(rest);
    if (!rest.empty() && rest.front() >= 'a' && rest.front() <= 'z')
        capital.front() = static_cast<char>(capital.front() - 'a' + 'A');
    // ("Baumgutachten: wann und wie?" under a menu printing "Baumgutachten": a question of three words is no title of
    // its own but the label's second piece.)
    const std::size_t least_title_words = 4;
    if (text::split_ws(rest, least_title_words).size() < least_title_words || !glued_title(capital, language) ||
        !gallery_flag(line).empty() || !printed_above(label))
        return std::nullopt;
    return std::make_pair(std::string(label), text::collapse(rest));
}

std::optional<HeadlineParts> glued_headline_parts(const Page& p, std::size_t h) {
    const std::string& line = p.blocks[h].text;
    // (A leading date has digits: the block's count of them settles most titles without a search.)
    if (auto glued = split_kicker(line))
        return HeadlineParts{std::move(glued->second), std::move(glued->first), std::nullopt};
    auto printed_alone = [&p](std::string_view label) {
        return std::any_of(p.blocks.begin(), p.blocks.end(), [label](const Block& b) { return b.text == label; });
    };
    if (auto camel = split_camel_kicker(line, p.language, printed_alone))
        return HeadlineParts{std::move(camel->second), std::move(camel->first), std::nullopt};
    if (auto dated = p.blocks[h].digits > 0 ? split_leading_date(line, p.language) : std::nullopt)
        return HeadlineParts{std::move(dated->second), std::nullopt, std::move(dated->first)};
    if (auto repeated = h > 0 ? split_repeated_prefix(line, p.blocks[h - 1].text) : std::nullopt) {
        HeadlineParts parts{std::move(repeated->second), std::nullopt, std::nullopt};
        // "Jun 17" over "Jun 17 Das schönste Ende der Welt": a date the reader cannot place is no kicker.
        if (p.blocks[h - 1].digits == 0)
            parts.kicker = std::move(repeated->first);
        return parts;
    }
    return std::nullopt;
}

bool printed_alone(std::string_view title, std::string_view other) {
    if (other == title)
        return true;
    if (other.size() <= title.size() || other.find(title) == std::string_view::npos)
        return false;
    for (const auto& span : title_piece_spans(other))
        if (other.substr(span.first, span.second - span.first) == title)
            return true;
    return false;
}

std::optional<std::pair<std::string, std::string>> split_printed_suffix(
    std::string_view line, const std::function<bool(std::string_view)>& printed) {
    const std::size_t most_kicker_words = 4, least_title_words = 4;
    auto toks = text::split_ws(line, most_kicker_words + least_title_words);
    for (std::size_t k = 1; k <= most_kicker_words && k + least_title_words <= toks.size(); ++k) {
        const std::size_t kicker_end = static_cast<std::size_t>(toks[k - 1].data() + toks[k - 1].size() - line.data());
        std::string_view kicker = line.substr(0, kicker_end);
        std::string_view title = line.substr(static_cast<std::size_t>(toks[k].data() - line.data()));
        // "Hafen: Neue Fähre ...", "Hafen - Neue Fähre": a kicker set off by its own mark is the title's first piece,
        // printed with it; only one glued by a space alone is cut off.
        std::size_t end = kicker.size();
        char32_t last = text::prev_cp(kicker, end);
        std::size_t at = 0;
        char32_t first = text::next_cp(title, at);
        const bool kicker_ends_in_word = text::is_letter(last) || (last >= '0' && last <= '9');
        const bool title_opens = text::is_upper(first) || first == '"' || text::is_open_quote(first);
        if (!kicker_ends_in_word || !title_opens)
            continue;
        if (printed(title))
            return std::make_pair(std::string(kicker), std::string(title));
    }
    return std::nullopt;
}

bool title_continued(const Page& p, std::size_t k) {
    if (k + 1 >= p.blocks.size() || p.role[k] != Role::none || p.role[k + 1] != Role::none)
        return false;
    const Block& first = p.blocks[k];
    const Block& second = p.blocks[k + 1];
    // (Gate: two short lines glued, the second opening on a letter that is no capital, read before any word.) A first
    // half closing on a hyphen ("Ab Herbst verbindet ein Elektro-" / "schiff die ...") is a word broken by a wrapped
    // text, no title.
    const int most_words = 10;
    if (first.blank_after || second.blank_before || first.end_punct || first.words < 2 || second.words < 2 ||
        first.words > most_words || second.words > most_words || second.text.empty())
        return false;
    std::size_t at = 0;
    const char32_t opening = text::next_cp(second.text, at);
    std::size_t first_at = 0;
    if (!text::is_lower(opening) || !text::is_upper(text::next_cp(first.text, first_at)))
        return false;
    return first.separators == 0 && second.separators == 0 && first.urls == 0 && second.urls == 0 &&
           !first.boilerplate && !second.boilerplate && first.text.back() != ':' && first.text.back() != '-' &&
           headline_like(first) &&
           !all_capitals(first.text);
}

HeadlineParts headline_parts(const Page& p, std::size_t h) {
    if (auto parts = glued_headline_parts(p, h))
        return std::move(*parts);
    // (Only the chosen headline is asked, once a page: the line is scored whole, as a camel-glued label's is not.)
    auto printed_elsewhere = [&p, h](std::string_view word) {
        for (std::size_t k = 0; k < p.blocks.size(); ++k)
            if (k != h && p.blocks[k].text.find(word) != std::string::npos)
                return true;
        return false;
    };
    auto label_alone = [&p, h](std::string_view label) {
        for (std::size_t k = 0; k < p.blocks.size(); ++k)
            if (k != h && text::trim(p.blocks[k].text) == label)
                return true;
        return false;
    };
    if (auto touching = split_touching_kicker(p.blocks[h].text, p.language, printed_elsewhere, label_alone))
        return HeadlineParts{std::move(touching->second), std::move(touching->first), std::nullopt};
    if (auto capitals = split_capitals_kicker(p.blocks[h].text, p.language))
        return HeadlineParts{std::move(capitals->second), std::move(capitals->first), std::nullopt};
    // "Subject: Library hours extended": the header's label is no part of the headline.
    if (auto subject = mail_subject(p, h))
        return HeadlineParts{std::move(*subject), std::nullopt, std::nullopt};
    // (Only the chosen headline is cut so: the line is scored whole, its label's words being the article's topic. The
    // label is an entry of the menu above: a short line of its own, without a stop, in capitals or not: "KULTUR: ..."
    // under "Kultur". "Review" / "Review: de Zonnekap X2 is ...": a label printed right over the title is its kicker
    // already, and the title printed with it as its flag keeps it, as it keeps a gallery's.)
    // ("La Dépêche / Toulouse / Tarn / ... / Procès / Toulouse : huit ans de prison pour ...", "... / Prozess /
    // Berlin: Acht Jahre Haft für ...": a label of its own right over the title, printed nowhere else, is the
    // title's kicker, glued to it; the town the menu lists opens the title as its first piece.)
    const int most_kicker_words = 3;
    const bool own_kicker_above = h > 0 && !p.blocks[h].blank_before && p.blocks[h - 1].words <= most_kicker_words &&
                                  p.blocks[h - 1].repeats == 0 && !p.blocks[h - 1].end_punct &&
                                  p.blocks[h - 1].digits == 0 && p.blocks[h - 1].separators == 0 &&
                                  text::starts_upper(p.blocks[h - 1].text);
    auto menu_entry_above = [&p, h, own_kicker_above](std::string_view label) {
        const std::string low = text::lower(label);
        if (h == 0 || p.blocks[h - 1].lower == low || own_kicker_above)
            return false;
        return std::any_of(p.blocks.begin(), p.blocks.begin() + static_cast<std::ptrdiff_t>(h - 1),
                           [&low](const Block& b) { return b.lower == low && !b.end_punct; });
    };
    if (auto colon = split_menu_colon_kicker(p.blocks[h].text, p.language, menu_entry_above))
        return HeadlineParts{std::move(colon->second), std::move(colon->first), std::nullopt};
    // (Only the chosen headline is looked up, once a page. Every cut of it ends as it does: the lines holding its
    // last bytes are gathered in one pass, and only those are searched for each cut. A line is searched only when it
    // ends as the headline does (a copy, a breadcrumb's last piece) or has a separator ("Title | Site").)
    const std::string& line = p.blocks[h].text;
    if (p.blocks[h].words >= 5) {
        const std::size_t tail_bytes = 8;
        std::string_view tail = std::string_view(line).substr(line.size() - std::min(line.size(), tail_bytes));
        std::vector<std::string_view> holders;
        // (A line's last byte is compared before the tail is: most lines end otherwise, settled without a call.)
        const char last = tail.back();
        for (std::size_t k = 0; k < p.blocks.size(); ++k) {
            const std::string& other = p.blocks[k].text;
            const bool ends_so = !other.empty() && other.back() == last && other.ends_with(tail);
            if (k != h && (ends_so || (p.blocks[k].separators > 0 && other.find(tail) != std::string::npos)))
                holders.push_back(other);
        }
        auto printed = [&](std::string_view title) {
            return std::any_of(holders.begin(), holders.end(),
                               [&](std::string_view other) { return printed_alone(title, other); });
        };
        if (!holders.empty())
            if (auto split = split_printed_suffix(line, printed))
                return HeadlineParts{std::move(split->second), std::move(split->first), std::nullopt};
    }
    // "Harbour Post / Council sells lido site without a vote | Harbour Post", "... / La piscina cierra por una fuga -
    // La Gaceta de Valdora / ... / © La Gaceta de Valdora": the title's last piece after a separator names the site
    // (the page's first line, its masthead, printed alone; or the name its address or copyright gives,
    // names_own_site()): the title without it is the headline (the line stays whole with the boilerplate).
    if (const auto suffix = title_suffix(line)) {
        const std::size_t least_title_words = 3, most_site_words = 4;
        const Block& top = p.blocks.front();
        const bool masthead = h > 0 && top.words <= static_cast<int>(most_site_words) && !top.end_punct &&
                              text::collapse(top.text) == text::collapse(suffix->site);
        if (text::split_ws(suffix->title).size() >= least_title_words &&
            (masthead || names_own_site(suffix->site, own_names_of(p))))
            return HeadlineParts{std::string(suffix->title), std::nullopt, std::nullopt};
    }
    return HeadlineParts{p.blocks[h].text, std::nullopt, std::nullopt};
}

bool crumb_trail(std::string_view line, std::string_view title, const std::function<bool(std::string_view)>& label) {
    const std::size_t least_labels = 2, most_label_words = 4, most_prefix_words = 12;
    if (title.empty() || line.size() <= title.size() + 1 || !line.ends_with(title) ||
        line[line.size() - title.size() - 1] != ' ')
        return false;
    std::string_view prefix = text::trim(line.substr(0, line.size() - title.size() - 1));
    auto toks = text::split_ws(prefix, most_prefix_words + 1);
    if (toks.size() < least_labels || toks.size() > most_prefix_words)
        return false;
    // labels[j]: the most labels that print the first j words of the prefix, one after another (0 where none do).
    std::vector<std::size_t> labels(toks.size() + 1, 0);
    const std::size_t none = 0;
    for (std::size_t j = 1; j <= toks.size(); ++j)
        for (std::size_t i = j > most_label_words ? j - most_label_words : 0; i < j; ++i) {
            if (i > 0 && labels[i] == none)
                continue;
            const auto from = static_cast<std::size_t>(toks[i].data() - prefix.data());
            const auto to = static_cast<std::size_t>(toks[j - 1].data() + toks[j - 1].size() - prefix.data());
            if (label(prefix.substr(from, to - from)))
                labels[j] = std::max(labels[j], labels[i] + 1);
        }
    return labels.back() >= least_labels;
}

bool CrumbTrails::prints(std::string_view title) {
    const int most_label_words = 4, least_line_words = 4;
    const std::size_t tail_bytes = 4;
    const auto& blocks = p_.blocks;
    auto last_bytes = [](std::string_view s) {
        std::uint32_t tail = 0;
        std::memcpy(&tail, s.data() + s.size() - tail_bytes, tail_bytes);
        return tail;
    };
    // (Each title asked was compared with every line of the page: the lines that may end with one, of four words or
    // more, are listed once with their last four bytes, and a title is compared only with those ending as it does.)
    if (!listed_) {
        listed_ = true;
        endings_.reserve(blocks.size());
        for (std::size_t k = 0; k < blocks.size(); ++k)
            if (blocks[k].words >= least_line_words && blocks[k].text.size() >= tail_bytes)
                endings_.push_back({last_bytes(blocks[k].text), k});
    }
    const bool short_title = title.size() < tail_bytes;
    const std::uint32_t tail = short_title ? 0 : last_bytes(title);
    auto ends_with_title = [&](const Ending& e) {
        const std::string& line = blocks[e.block].text;
        return (short_title || e.tail == tail) && line.size() > title.size() + 1 && line.ends_with(title);
    };
    // (Most titles end no longer line: the labels are gathered only once one does.)
    if (std::none_of(endings_.begin(), endings_.end(), ends_with_title))
        return false;
    if (!read_) {
        read_ = true;
        for (const auto& b : blocks)
            if (b.words <= most_label_words && !b.end_punct)
                labels_.insert(b.text);
    }
    auto label = [&](std::string_view piece) { return labels_.count(piece) > 0; };
    return std::any_of(endings_.begin(), endings_.end(), [&](const Ending& e) {
        const std::string& line = blocks[e.block].text;
        return ends_with_title(e) && label(text::first_token(line)) && crumb_trail(line, title, label);
    });
}

} // namespace archive
