// Agencies of the classify stage: an agency's id from its spellings and the agency tags that close an article or label
// it ("(ats/afp)", "Quelle: dpa", "Le Monde avec AFP"). The lists of agencies those tags name are read in
// agency_lists.cpp, the datelines that name them ("PARIS (Reuters) - ") in datelines.cpp. Bylines are in bylines.cpp,
// the credits of pictures in credits.cpp.
#include "classify.hpp"
#include "page.hpp"

#include "agency_parts.hpp"
#include "agency_signatures.hpp"
#include "byline_desks.hpp"
#include "bylines.hpp"
#include "credits_parts.hpp"
#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <bitset>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace archive {

const std::string* agency_id_of_lowered(std::string_view low) {
    // Every spelling with the id of the first entry that lists it, gathered once: one look-up a word.
    static const std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> ids = [] {
        std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> out;
        for (const auto& names : common_lexicon().phrase_list("agencies"))
            for (std::size_t k = 1; k < names.size(); ++k)
                out.emplace(std::string(names[k]), std::string(names[0]));
        for (const auto& names : common_lexicon().phrase_list("agency_full_names")) {
            std::string full;
            for (std::size_t k = 1; k < names.size(); ++k) {
                full += k > 1 ? " " : "";
                full += names[k];
            }
            if (!full.empty())
                out.emplace(std::move(full), std::string(names[0]));
        }
        return out;
    }();
    // (The spellings' lengths and edges in a sketch, gathered once: most words asked about are no agency's and are
    // turned away there, not hashed.)
    static const std::pair<std::size_t, std::bitset<4096>> sketch = [] {
        std::pair<std::size_t, std::bitset<4096>> out{0, {}};
        for (const auto& spelling : ids) {
            out.first = std::max(out.first, spelling.first.size());
            out.second.set(static_cast<std::size_t>(word_edges_mix(spelling.first) >> 52));
        }
        return out;
    }();
    if (low.size() > sketch.first || !sketch.second.test(static_cast<std::size_t>(word_edges_mix(low) >> 52)))
        return nullptr;
    auto it = ids.find(low);
    return it == ids.end() ? nullptr : &it->second;
}

std::optional<std::string> agency_id(std::string_view word) {
    const text::LowerCased low(text::trim(word)); // (on the stack: a word)
    if (const std::string* id = agency_id_of_lowered(low.view()))
        return *id;
    // "Tanger, 7 déc (MAP) - ...": an agency whose short name is a word of the text ("map") names it only in
    // capitals (lexicon section capital_agencies, its id the spelling), never as "Map" over a gallery. (Two to six
    // capitals first: most words asked about are turned away there.)
    const std::string_view w = text::trim(word);
    const std::size_t least = 2, most = 6;
    const auto capital = [](char c) { return c >= 'A' && c <= 'Z'; };
    if (w.size() < least || w.size() > most || !std::all_of(w.begin(), w.end(), capital))
        return std::nullopt;
    static const LexiconSection* capitals = common_lexicon().section("capital_agencies"); // (looked up once)
    if (capitals != nullptr && capitals->has(low.view()))
        return std::string(low.view());
    return std::nullopt;
}

std::optional<std::string> agency_name_line(std::string_view lower) {
    const std::size_t most_bytes = 40;
    if (lower.empty() || lower.size() > most_bytes) // (most lines end here)
        return std::nullopt;
    if (const std::string* id = agency_id_of_lowered(lower))
        return *id;
    // (the word for an agency, then one word: no vector of the words, no copy)
    const std::size_t space = lower.find(' ');
    if (space == std::string_view::npos || lower.find(' ', space + 1) != std::string_view::npos)
        return std::nullopt;
    static const LexiconSection* nouns = common_lexicon().section("agency_noun_words"); // (looked up once)
    if (nouns == nullptr || !nouns->has(lower.substr(0, space)))
        return std::nullopt;
    if (const std::string* id = agency_id_of_lowered(lower.substr(space + 1)))
        return *id;
    return std::nullopt;
}

bool desk_abbreviation(std::string_view piece) {
    // (looked up once)
    static const LexiconSection* abbreviations = common_lexicon().section("desk_abbreviation_words");
    if (piece.ends_with('.'))
        piece.remove_suffix(1);
    return abbreviations != nullptr && !piece.empty() && abbreviations->has(text::lower(piece));
}

std::optional<std::vector<std::string>> labelled_agency(std::string_view line) {
    line = text::trim(line);
    while (!line.empty() && line.front() == '|')
        line = text::trim(line.substr(1));
    auto colon = line.find(':');
    // ("来源：新华社", "出典：共同": a Chinese or Japanese label closed by the full-width colon.)
    std::size_t colon_len = 1;
    if (const std::size_t wide = line.find("\uff1a"); wide < colon)
        colon = wide, colon_len = 3;
    if (colon == std::string_view::npos || colon == 0)
        return std::nullopt;
    std::array<std::string_view, 4> tokens_read; // (a fourth word is one too many)
    auto label = first_tokens(line.substr(0, colon), tokens_read);
    if (label.empty() || label.size() > 3)
        return std::nullopt;
    for (auto w : label)
        for (std::size_t i = 0; i < w.size();)
            if (!text::is_letter(text::next_cp(w, i)))
                return std::nullopt;
    // "Foto: EFE", "Bild: dpa" credit a picture, not the text.
    for (auto w : label)
        if (is_credit_word(w))
            return std::nullopt;
    const std::string_view listed = text::trim(line.substr(colon + colon_len));
    auto ids = agency_list(listed);
    if (!ids && !listed.empty() && text::starts_upper(listed) && listed.find(',') != std::string_view::npos) {
        // "Bron: ANP, Omroep Westerkwartier", "Quelle: dpa, Hafenblatt", "Fuente: EFE, Radio Norte": a text's sources,
        // the agency and the outlet that wrote it up, after a label naming where a text comes from (lexicon section
        // text_source_words): the agencies tag the text.
        static const LexiconSection* sources = common_lexicon().section("text_source_words"); // (looked up once)
        if (sources != nullptr && sources->has(text::lower(text::trim(line.substr(0, colon)))))
            ids = agencies_among_outlets(listed);
    }
    if (!ids)
        return ids;
    // (Asked of the few lines whose list names agencies.)
    const std::string low_label = text::lower(text::trim(line.substr(0, colon)));
    // "Image: PA", "Credit: Reuters", "Pictures: AFP": any label of a picture's credit (lexicon section
    // credit_prefixes, its colon with it) credits the picture, save those naming where a text comes from ("Quelle:
    // dpa", "Source : AFP", "Fuente: EFE", section text_source_words), which tag the text.
    static const LexiconSection* prefixes = common_lexicon().section("credit_prefixes"); // (looked up once)
    static const LexiconSection* sources = common_lexicon().section("text_source_words");
    if (prefixes != nullptr && (prefixes->has(low_label + ":") || prefixes->has(low_label + " :")) &&
        (sources == nullptr || !sources->has(low_label)))
        return std::nullopt;
    // ("Lire aussi: AFP et Reuters": a related link's label over another article's title, lexicon section
    // related_prefixes.)
    if (any_language_has("related_prefixes", low_label))
        return std::nullopt;
    // ("Categorías: Europa, Portugal", "Tags: AP, exams", "Kategorien: Reuters": a post's line of categories or tags,
    // lexicon sections post_footers and glued_labels, names the topics it is filed under, not its text's source;
    // "Grafik: dpa", "Gráfico: EFE": a figure's label, section figure_labels, credits the figure.)
    if (any_language_has("post_footers", low_label) || common_lexicon().has("glued_labels", low_label) ||
        common_lexicon().has("figure_labels", low_label))
        return std::nullopt;
    return ids;
}

std::optional<std::vector<std::string>> place_agency_line(std::string_view line) {
    const std::size_t most_place_words = 4;
    line = text::trim(line);
    if (line.size() < 6 || line.back() != ')')
        return std::nullopt;
    const std::size_t open = line.rfind('(');
    if (open == std::string_view::npos || open == 0)
        return std::nullopt;
    const std::string_view place = text::trim(line.substr(0, open));
    if (place.empty() || !text::starts_upper(place) ||
        place.find_first_of(".:;!?()0123456789") != std::string_view::npos ||
        std::count(place.begin(), place.end(), ',') > 1 || text::split_ws(place).size() > most_place_words)
        return std::nullopt;
    return agency_tag(line.substr(open));
}

std::optional<SlashedSignature> slashed_signature(std::string_view line) {
    const std::size_t fewest_names = 2, most_names = 4;
    line = text::trim(line);
    const std::size_t slash = line.find('/');
    if (slash == std::string_view::npos || line.find('/', slash + 1) != std::string_view::npos)
        return std::nullopt;
    auto signature = [&](std::string_view tag, std::string_view name) -> std::optional<SlashedSignature> {
        tag = text::trim(tag);
        name = text::trim(name);
        const auto words = text::split_ws(name);
        if (tag.find(' ') != std::string_view::npos || !small_agency(tag) || words.size() < fewest_names ||
            words.size() > most_names || !bare_name(words))
            return std::nullopt;
        auto id = agency_id(tag);
        if (!id)
            return std::nullopt;
        return SlashedSignature{name, tag, {*id}};
    };
    if (auto s = signature(line.substr(slash + 1), line.substr(0, slash)))
        return s;
    return signature(line.substr(0, slash), line.substr(slash + 1));
}

std::optional<std::vector<std::string>> signed_agency_line(std::string_view line) {
    const std::size_t fewest_names = 2, most_names = 4;
    line = text::trim(line);
    if (auto slashed = slashed_signature(line))
        return std::move(slashed->agencies);
    if (line.size() < 8 || line.back() != ')')
        return std::nullopt;
    // ("Autor: Karol Kostrzewa (PAP)": the byline's label and its colon before the name)
    if (const std::size_t colon = line.find(": "); colon != std::string_view::npos && colon < line.find(' ')) {
        static const LexiconSection& labels = any_language_section("byline");
        if (!labels.has(text::lower(line.substr(0, colon))))
            return std::nullopt;
        line = text::trim(line.substr(colon + 1));
    }
    const std::size_t open = line.rfind('(');
    if (open == std::string_view::npos)
        return std::nullopt;
    const auto names = text::split_ws(line.substr(0, open));
    if (names.size() < fewest_names || names.size() > most_names ||
        !std::all_of(names.begin(), names.end(), [](std::string_view w) { return text::starts_upper(w); }))
        return std::nullopt;
    return place_agency_line(line);
}

std::optional<JoinedName> name_joined_to_agency(std::string_view line) {
    line = text::trim(line);
    // The name's side and the credit's ("avec AFP"): the parenthesis closing the line, or the last joining word.
    std::string_view name, credit, printed;
    if (line.ends_with(')')) {
        const std::size_t open = line.rfind('(');
        if (open == std::string_view::npos || open == 0)
            return std::nullopt;
        name = line.substr(0, open);
        printed = line.substr(open);
        credit = line.substr(open + 1, line.size() - open - 2);
    } else {
        const auto words = text::split_ws(line);
        const std::size_t most_words = 8;
        if (words.size() < 4 || words.size() > most_words)
            return std::nullopt;
        for (std::size_t k = words.size() - 1; k-- > 2;)
            if (agency_joiner(words[k])) {
                const auto at = static_cast<std::size_t>(words[k].data() - line.data());
                name = line.substr(0, at);
                credit = printed = line.substr(at);
                break;
            }
    }
    credit = text::trim(credit);
    name = text::trim(name);
    while (!name.empty() && (name.back() == ',' || name.back() == ' '))
        name.remove_suffix(1);
    // ("Jeanne Morel (AFP)" is signed_agency_line()'s: the credit opens with its joining word here.)
    const std::size_t space = credit.find(' ');
    if (name.empty() || space == std::string_view::npos || !agency_joiner(credit.substr(0, space)) ||
        !agency_tag(credit))
        return std::nullopt;
    if (auto bare = name_line(name))
        return JoinedName{std::move(*bare), printed};
    return std::nullopt;
}

std::optional<std::pair<std::string_view, std::vector<std::string>>> agency_after_stop(std::string_view paragraph) {
    paragraph = text::trim(paragraph);
    const std::size_t space = paragraph.rfind(' ');
    const std::size_t most_tag = 16; // bytes: "Europa Press" is two tokens, no signature of this kind
    if (space == std::string_view::npos || space < 2 || paragraph.size() - space - 1 > most_tag)
        return std::nullopt;
    const char stop = paragraph[space - 1];
    if (stop != '.' && stop != '!' && stop != '?')
        return std::nullopt;
    const std::string_view tag = paragraph.substr(space + 1);
    if (auto ids = agency_tag(tag))
        return std::make_pair(tag, std::move(*ids));
    return std::nullopt;
}

bool desk_initials_line(std::string_view line) {
    const std::size_t fewest_letters = 2, most_letters = 4, most_initials = 4;
    const auto words = text::split_ws(text::trim(line));
    if (words.empty() || words.size() > most_initials)
        return false;
    return std::all_of(words.begin(), words.end(), [&](std::string_view w) {
        return w.size() > fewest_letters && w.size() <= most_letters + 1 && w.back() == '/' &&
               std::all_of(w.begin(), w.end() - 1, [](char c) { return c >= 'a' && c <= 'z'; });
    });
}

std::string_view without_agency_name(std::string_view piece) {
    static const auto& names = common_lexicon().list("agency_names");
    for (const std::string_view name : names)
        if (piece.size() > name.size() + 1 && piece[piece.size() - name.size() - 1] == ' ' &&
            text::lower(piece.substr(piece.size() - name.size())) == name)
            return text::trim(piece.substr(0, piece.size() - name.size()));
    return piece;
}

namespace {

// "APA, red, 3.12.2026" -> "APA, red": a tag's last piece after its comma, a day in figures cut by dots, slashes or
// hyphens ("3.12.2026", "03/12/26"), left out; `inner` itself when it closes on none.
std::string_view without_closing_day(std::string_view inner) {
    const std::size_t comma = inner.rfind(',');
    if (comma == std::string_view::npos)
        return inner;
    const std::string_view day = text::trim(inner.substr(comma + 1));
    const std::size_t least = 6, most = 10; // bytes: "3.12.26", "03.12.2026"
    const auto cut = [](char c) { return c == '.' || c == '/' || c == '-'; };
    if (day.size() < least || day.size() > most || std::count_if(day.begin(), day.end(), cut) != 2 ||
        !std::all_of(day.begin(), day.end(),
                     [&](char c) { return text::is_digit(static_cast<unsigned char>(c)) || cut(c); }))
        return inner;
    return text::trim(inner.substr(0, comma));
}

} // namespace

std::optional<std::vector<std::string>> agency_tag(std::string_view line) {
    line = text::trim(line);
    // "（共同）", "（AFP）": a Chinese or Japanese text's tag in full-width brackets, read as in ASCII ones.
    const std::string_view wide_open = "\uff08", wide_close = "\uff09";
    if (line.starts_with(wide_open) && line.ends_with(wide_close) &&
        line.size() > wide_open.size() + wide_close.size()) {
        std::string ascii = "(";
        ascii.append(line.substr(wide_open.size(), line.size() - wide_open.size() - wide_close.size()));
        ascii.push_back(')');
        return agency_tag(ascii);
    }
    // "(ANSA).", "(ats).": the tag alone on its line keeps the full stop of the text it closed.
    if (line.size() >= 4 && line.front() == '(' && line.ends_with(")."))
        line.remove_suffix(1);
    // "*Com informações da Reuters", "(*) Com Lusa": the asterisk of a note that Brazilian and Portuguese papers
    // print their closing credit as; the credit is read without it.
    for (const std::string_view note : {"(*)", "*"})
        if (line.size() > note.size() + 3 && line.starts_with(note) && line[note.size()] != '*')
            return agency_tag(text::trim(line.substr(note.size())));
    if (line.size() >= 3 && line.front() == '(' && line.back() == ')') {
        const std::string_view whole = text::trim(line.substr(1, line.size() - 2));
        std::string_view inner = whole;
        // "(Avec AFP)", "(with Reuters)", "(con EFE)": the agency the paper wrote its story with.
        if (auto space = inner.find(' '); space != std::string_view::npos && agency_joiner(inner.substr(0, space)))
            inner = text::trim(inner.substr(space + 1));
        if (auto ids = agency_list(inner))
            return ids;
        // "(APA, red, 3.12.2026)", "(dpa, 03/12/2026)": the day the desk filed it closing the tag.
        if (const std::string_view undated = without_closing_day(inner); undated.size() < inner.size()) {
            if (auto ids = agency_list(undated))
                return ids;
            // "(Anna Muster, APA, 5.12.2026)", "(Jane Roe, Jan Doe, APA/dpa, 5.12.2026)": the authors' bare names
            // (bare_name()) before the agency and the day, as an Austrian paper signs a text written from the wire.
            for (std::size_t from = 0, comma = undated.find(','); comma != std::string_view::npos;
                 from = comma + 1, comma = undated.find(',', from)) {
                if (!bare_name(text::split_ws(undated.substr(from, comma - from))))
                    break;
                if (auto ids = agency_list(undated.substr(comma + 1)))
                    return ids;
            }
        }
        // "(With inputs from PTI)", "(Additional reporting by AAP)": the agencies' credit in parentheses.
        return credited_agencies(whole);
    }
    // "© SZ/dpa/van", "(c) EFE/jrs": after a copyright sign, the outlet, the agency and the editor's initials close a
    // text written from the agency's wire (desk_initials_tag(); "© dpa", "© Reuters/Jane Roe" credit a picture).
    for (std::string_view sign : {"©", "(c)"})
        if (line.starts_with(sign) && desk_initials_tag(line.substr(sign.size())))
            return slashed_desk_tag(text::trim(line.substr(sign.size())));
    if (auto ids = labelled_agency(line))
        return ids;
    if (auto ids = desk_agencies(line))
        return ids;
    // "Keystone-ATS", "AFP", "— AFP", "Le Monde avec AFP", "avec Reuters"
    std::string_view body = line;
    // (the dash before the name or the credit: "— AFP", "-- Associated Press" where a typewriter's two hyphens stand
    // for it, "— With files from Reuters")
    for (std::string_view dash : {"— ", "- ", "– ", "-- "})
        if (body.starts_with(dash)) {
            body = text::trim(body.substr(dash.size()));
            break;
        }
    if (auto ids = credited_agencies(body))
        return ids;
    std::array<std::string_view, 7> tokens_read; // a tag has at most six words
    auto words = first_tokens(body, tokens_read);
    if (words.size() == 1) {
        // "red/dpa", "AFP/dpa/jw", "aja/PAP": the agencies and the desk's initials without parentheses.
        if (body.find('/') != std::string_view::npos)
            return slashed_desk_tag(body);
        // ("dpa", "sda": the agencies whose tag is printed in small letters; "ap", "si" alone are words)
        if (auto id = agency_id(words[0]); id && words[0].size() >= 3 &&
                                           (text::is_upper(static_cast<unsigned char>(words[0][0])) ||
                                            small_agency(words[0])))
            return std::vector<std::string>{*id};
        return std::nullopt;
    }
    // "ATS/RSI Sport", "SDA/SRF Kultur": the agency and the desk that took its text, then the name of that desk's
    // section of the site (lexicon section glued_categories), capitalised.
    if (words.size() == 2 && words[0].find('/') != std::string_view::npos && text::starts_upper(words[1])) {
        static const LexiconSection* desks = common_lexicon().section("glued_categories"); // (looked up once)
        if (desks != nullptr && desks->has(text::lower(words[1])))
            return slashed_desk_tag(words[0]);
    }
    if (words.size() >= 2 && words.size() <= 6) {
        // "The Associated Press", "— The Canadian Press", "La Presse Canadienne", "Reuters and AFP", "dpa und AFP":
        // an agency's name of several words (after its article) or agencies joined, alone on the line.
        const std::size_t most_joined_words = 5;
        if (words.size() <= most_joined_words && (text::starts_upper(words.front()) || small_agency(words.front()))) {
            std::vector<std::string> ids;
            if (joined_agencies(body, ids) && !ids.empty())
                return ids;
        }
        // ("Jana Heck mit dpa", "Von der Redaktion mit dpa", "mit dpa": an agency printing its name in small
        // letters, small_agency(), joined to a person's bare name or to the newsroom's word, desk_word(), or alone
        // after the joining word, credits it as a capitalised one does; "Polizei und dpa" joins a source to it, no
        // credit.)
        const auto small_credit = [&] {
            return small_agency(words.back()) &&
                   (words.size() == 2 || bare_name({words.begin(), words.end() - 2}) ||
                    std::any_of(words.begin(), words.end() - 2, [](std::string_view w) { return desk_word(w); }));
        };
        if (agency_joiner(words[words.size() - 2])) {
            if (auto id = agency_id(words.back()); id && (text::starts_upper(words.back()) || small_credit()))
                return std::vector<std::string>{*id};
        }
    }
    return std::nullopt;
}

} // namespace archive
