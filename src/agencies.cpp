// Agencies of the classify stage: an agency's id from its spellings, the agency tags that close an article or label
// it ("(ats/afp)", "Quelle: dpa", "Le Monde avec AFP") and the datelines that name them ("PARIS (Reuters) - ").
// Bylines are in bylines.cpp, the credits of pictures in credits.cpp.
#include "classify.hpp"
#include "page.hpp"

#include "agency_signatures.hpp"
#include "byline_desks.hpp"
#include "bylines.hpp"
#include "cjk_script.hpp"
#include "credits_parts.hpp"
#include "press_datelines.hpp"
#include "lexicon.hpp"
#include "text.hpp"
#include "text_find.hpp"

#include <algorithm>
#include <array>
#include <bitset>
#include <cctype>
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
                out.emplace(names[k], names[0]);
        for (const auto& names : common_lexicon().phrase_list("agency_full_names")) {
            std::string full;
            for (std::size_t k = 1; k < names.size(); ++k)
                full += (k > 1 ? " " : "") + names[k];
            if (!full.empty())
                out.emplace(std::move(full), names[0]);
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

namespace {

// (a byte of a letter past ASCII too: "(Télam)")
bool is_id_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '.' ||
           static_cast<unsigned char>(c) >= 0x80;
}

void add_id(std::vector<std::string>& ids, const std::string& id) {
    if (std::find(ids.begin(), ids.end(), id) == ids.end())
        ids.push_back(id);
}

// "Télam y NA", "Reuters and AFP", "the Associated Press", "l'AFP et Reuters": known agencies joined by a word of
// lexicon section agency_and_words or by '&', each maybe after an article (agency_article_words); their ids added
// to `ids`, false when a piece is no agency (`ids` then as it was).
bool joined_agencies(std::string_view part, std::vector<std::string>& ids) {
    static const LexiconSection* ands = common_lexicon().section("agency_and_words");         // (looked up once)
    static const LexiconSection* articles = common_lexicon().section("agency_article_words"); // ("the", "la")
    if (ands == nullptr || articles == nullptr)
        return false;
    std::vector<std::string> found;
    std::size_t i = 0, from = std::string_view::npos, to = 0;
    auto close_piece = [&] {
        if (from == std::string_view::npos)
            return false;
        const std::optional<std::string> id = agency_id(part.substr(from, to - from));
        if (id)
            add_id(found, *id);
        from = std::string_view::npos;
        return id.has_value();
    };
    for (std::string_view token = text::next_token(part, i); !token.empty(); token = text::next_token(part, i)) {
        const text::LowerCased low(token);
        if (ands->has(low.view()) || token == "&") {
            if (!close_piece())
                return false;
            continue;
        }
        std::size_t start = static_cast<std::size_t>(token.data() - part.data());
        if (from == std::string_view::npos) {
            if (articles->has(low.view()))
                continue;
            // ("l'AFP": the article glued to the name by its apostrophe)
            for (std::string_view glued : {"l'", "l\u2019"})
                if (low.view().size() > glued.size() && low.view().starts_with(glued))
                    start += glued.size();
            from = start;
        }
        to = i;
    }
    if (!close_piece())
        return false;
    for (const std::string& id : found)
        add_id(ids, id);
    return true;
}

// "ats/rts/mda", "(ats/rts)": beside the agency of its own country the code is a broadcaster's (Radio Télévision
// Suisse's beside the Swiss agency), no agency; lexicon section broadcaster_list_codes, the code then those agencies'
// spellings, read against every piece of `list` split at slashes, commas and spaces.
bool broadcaster_beside(std::string_view code, std::string_view list) {
    static const std::vector<std::vector<std::string>>& entries = common_lexicon().phrase_list("broadcaster_list_codes");
    for (const auto& entry : entries) {
        if (entry.empty() || entry[0] != code)
            continue;
        for (std::size_t pos = 0; pos <= list.size();) {
            const std::size_t end = std::min(list.find_first_of("/, ()", pos), list.size());
            const std::string piece = text::lower(list.substr(pos, end - pos));
            pos = end + 1;
            if (!piece.empty() && std::find(entry.begin() + 1, entry.end(), piece) != entry.end())
                return true;
        }
    }
    return false;
}

// "rts" (Reuters): an agency's code in small letters that names it only inside a list of agencies beside another
// ("(dpa/rts)", "Quelle: ntv.de, dpa, rts, AFP"), being a word or a broadcaster's name elsewhere ("RTS", the Swiss
// one, broadcaster_beside() the agency of its country in `list`); lexicon section agency_list_codes, the id then its
// codes -> the id.
std::optional<std::string> listed_agency_code(std::string_view part, std::string_view list) {
    static const std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> codes = [] {
        std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> out;
        for (const auto& names : common_lexicon().phrase_list("agency_list_codes"))
            for (std::size_t k = 1; k < names.size(); ++k)
                out.emplace(names[k], names[0]);
        return out;
    }();
    if (part.empty() || !std::all_of(part.begin(), part.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
        return std::nullopt;
    const auto it = codes.find(part);
    if (it == codes.end() || broadcaster_beside(part, list))
        return std::nullopt;
    return it->second;
}

// "Le Temps", "Die Zeit", "La Liberté": a paper's name of two or three words, every one capitalised but the article
// opening it (lexicon section articles), no figure.
bool paper_by_article(std::string_view part) {
    const std::size_t fewest_words = 2, most_words = 3, most_bytes = 32;
    if (part.size() > most_bytes || text::has_ascii_digit(part))
        return false;
    const auto words = text::split_ws(part);
    if (words.size() < fewest_words || words.size() > most_words || !text::starts_upper(words[0]) ||
        !any_language_has("articles", text::lower(words[0])))
        return false;
    return std::all_of(words.begin() + 1, words.end(), [](std::string_view w) { return text::starts_upper(w); });
}

// "ats/afp", "jbm/ats", "AFP": slash-separated ids; at least one must be a known agency.
std::optional<std::vector<std::string>> agency_list(std::string_view inner) {
    std::vector<std::string> ids;
    bool any = false;
    std::size_t pos = 0;
    while (pos <= inner.size()) {
        std::size_t end = inner.find_first_of("/,", pos);
        if (end == std::string_view::npos)
            end = inner.size();
        std::string_view part = text::trim(inner.substr(pos, end - pos));
        // "(EUROPA PRESS)", "(Agência Brasil)": an agency's name of several words, known whole (agency_full_names).
        const std::size_t most_full_name = 24; // bytes
        if (part.find(' ') != std::string_view::npos && part.size() <= most_full_name) {
            if (auto id = agency_id(part)) {
                add_id(ids, *id);
                any = true;
                pos = end + 1;
                continue;
            }
        }
        // "Fuente: Télam y NA", "(AFP y EFE)": known agencies joined by a word, every one of them.
        const std::size_t most_joined = 48; // bytes: two or three names
        if (part.find(' ') != std::string_view::npos && part.size() <= most_joined && joined_agencies(part, ids)) {
            any = true;
            pos = end + 1;
            continue;
        }
        // "(ats/Le Temps)", "(dpa/Die Zeit)": the paper that wrote the text from the agency's wire, its name of two
        // or three capitalised words opened by an article (lexicon section articles), beside the agency: no agency
        // itself (a photographer's name, "(AFP/Jean Roux)", opens with none).
        if (paper_by_article(part)) {
            pos = end + 1;
            continue;
        }
        if (part.empty() || part.size() > 12)
            return std::nullopt;
        for (char c : part)
            if (!is_id_char(c))
                return std::nullopt;
        if (auto id = agency_id(part)) {
            any = true;
            add_id(ids, *id);
        } else if (auto code = listed_agency_code(part, inner)) {
            add_id(ids, *code); // (counted only beside a known agency: `any` stays)
        }
        pos = end + 1;
    }
    if (!any)
        return std::nullopt;
    return ids;
}

// "avec", "with", "mit", "con", "com": the word joining an agency to the paper's name or opening its tag.
bool agency_joiner(std::string_view word) {
    const std::string low = text::lower(word);
    return low == "avec" || low == "with" || low == "mit" || low == "con" || low == "com" || low == "und" ||
           low == "et" || low == "and";
}

// The longest entry of `phrases` that opens (`end` false) or closes `low` as whole words, its size; 0 for none.
std::size_t framing_phrase(std::string_view low, const LexiconSection& phrases, bool end) {
    std::size_t longest = 0;
    for (const std::string_view phrase : phrases.entries) {
        if (phrase.size() <= longest || phrase.size() >= low.size())
            continue;
        const bool at = end ? low.ends_with(phrase) && low[low.size() - phrase.size() - 1] == ' '
                            : low.starts_with(phrase) && low[phrase.size()] == ' ';
        if (at)
            longest = phrase.size();
    }
    return longest;
}

// "The Associated Press contributed to this report.", "Reuters and AFP contributed reporting.", "Mit Material von
// dpa und AFP", "Avec AFP et Reuters": the agencies credited for the text by a phrase before them (lexicon section
// agency_credit_openers) or after them (agency_credit_closers), every piece between a known agency.
std::optional<std::vector<std::string>> credited_agencies(std::string_view line) {
    const std::size_t most_credit = 120; // bytes: a few agencies and the phrase
    if (line.size() > most_credit)
        return std::nullopt;
    while (!line.empty() && line.back() == '.')
        line.remove_suffix(1);
    static const LexiconSection& openers = any_language_section("agency_credit_openers");
    static const LexiconSection& closers = any_language_section("agency_credit_closers");
    // (A credit is two words at least, most lines asked are one. The phrases' first words before and last words after,
    // sketched once: a line opening and closing with none of them is settled by two bits.)
    if (line.find(' ') == std::string_view::npos)
        return std::nullopt;
    static const std::pair<WordSketch, WordSketch> edges = [] {
        std::pair<WordSketch, WordSketch> out;
        for (const auto& phrase : openers.phrases())
            if (!phrase.empty())
                out.first.add(phrase.front());
        for (const auto& phrase : closers.phrases())
            if (!phrase.empty())
                out.second.add(phrase.back());
        return out;
    }();
    const text::LowerCased first(text::first_token(line)), last(text::last_token(line));
    if (!edges.first.may_have(first.view()) && !edges.second.may_have(last.view()))
        return std::nullopt;
    const text::LowerCased lowered(line);
    const std::string_view low = lowered.view();
    // (Lower-casing keeps the bytes of the letters these phrases hold: the sizes read from `low` cut `line`.)
    if (low.size() != line.size())
        return std::nullopt;
    const std::size_t open = framing_phrase(low, openers, false), close = framing_phrase(low, closers, true);
    if (open + close == 0 || open + close >= line.size())
        return std::nullopt;
    const std::string_view named = line.substr(open, line.size() - open - close);
    std::vector<std::string> ids;
    for (std::size_t pos = 0; pos <= named.size();) {
        const std::size_t comma = std::min(named.find(',', pos), named.size());
        if (!joined_agencies(named.substr(pos, comma - pos), ids))
            return std::nullopt;
        pos = comma + 1;
    }
    return ids;
}

// "dpa", "sda": an agency whose tag is printed in small letters (lexicon section lowercase_agency_words).
bool small_agency(std::string_view word) {
    static const LexiconSection* small = common_lexicon().section("lowercase_agency_words"); // (looked up once)
    return small != nullptr && small->has(word);
}

// The piece of a slashed tag from `pos` to the next slash.
std::string_view next_piece(std::string_view line, std::size_t pos) {
    return line.substr(pos, std::min(line.find('/', pos), line.size()) - pos);
}

// "red/dpa", "AFP/dpa/jw", "aja/PAP", "ATS/sulma": slash-separated pieces with no space, at least one a known
// agency and every other an editor's initials or short code in small letters ("Reuters/Corbis", "Foto/Video" are
// no tags). "ATS/RCI", "ANSA/RSI": after an agency, a broadcaster's or a desk's initials in capitals (two to six
// letters, no credit's word: "ATS/KEYSTONE", "AFP/GETTY" credit a picture) are the desk that took the agency's text.
std::optional<std::vector<std::string>> slashed_desk_tag(std::string_view line) {
    const std::size_t most_tag = 32, most_initials = 6; // bytes
    if (line.size() > most_tag || line.find(' ') != std::string_view::npos)
        return std::nullopt;
    std::vector<std::string> ids;
    // "ani/jbe", "afp/kro": an id in small letters of an agency whose tag is printed in capitals (no entry of
    // lowercase_agency_words) is an editor's initials too, unless another piece names an agency surely ("ats/afp").
    bool sure = false;
    for (std::size_t pos = 0; pos <= line.size();) {
        const std::size_t slash = std::min(line.find('/', pos), line.size());
        const std::string_view piece = line.substr(pos, slash - pos);
        pos = slash + 1;
        if (piece.empty())
            return std::nullopt;
        if (auto id = agency_id(piece)) {
            add_id(ids, *id);
            sure = sure || !text::is_lower(static_cast<unsigned char>(piece.front())) || small_agency(piece);
            continue;
        }
        // ("AFP/dpa/rtr": an agency's code beside another agency, listed_agency_code(), names it; not an editor.)
        if (auto code = listed_agency_code(piece, line)) {
            add_id(ids, *code);
            continue;
        }
        if (piece.size() > most_initials)
            return std::nullopt;
        if (desk_abbreviation(piece))
            continue;
        // ("SZ/dpa/van", "HB/sda/kfr": the outlet's capitals before the agency it took the text from, an editor's
        // initials closing the tag)
        const bool capitals = (!ids.empty() || (slash < line.size() && agency_id(next_piece(line, pos)) &&
                                                desk_initials_tag(line))) &&
                              piece.size() >= 2 &&
                              std::all_of(piece.begin(), piece.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
        if (capitals && !is_credit_word(piece))
            continue;
        for (char c : piece)
            if (c < 'a' || c > 'z')
                return std::nullopt;
    }
    if (ids.empty() || !sure)
        return std::nullopt;
    return ids;
}

// "ANP, Omroep Westerkwartier", "dpa, Hafenblatt": pieces split by commas, each a known agency (agency_list()) or an
// outlet's name of one to four words, the first capitalised, no figure; one agency at least. Its agencies.
std::optional<std::vector<std::string>> agencies_among_outlets(std::string_view listed) {
    const std::size_t most_outlet_words = 4;
    std::vector<std::string> ids;
    for (std::size_t pos = 0; pos <= listed.size();) {
        const std::size_t comma = std::min(listed.find(',', pos), listed.size());
        const std::string_view piece = text::trim(listed.substr(pos, comma - pos));
        pos = comma + 1;
        if (auto known = agency_list(piece)) {
            for (auto& id : *known)
                add_id(ids, id);
            continue;
        }
        const auto words = text::split_ws(piece);
        if (words.empty() || words.size() > most_outlet_words || !text::starts_upper(piece) ||
            piece.find_first_of("0123456789.:;()") != std::string_view::npos)
            return std::nullopt;
    }
    if (ids.empty())
        return std::nullopt;
    return ids;
}

// "noe.ORF.at", "hafenblatt.ch": an outlet's web host, letters and figures in labels cut by dots, the last of two or
// three letters.
bool web_host(std::string_view piece) {
    const std::size_t dot = piece.rfind('.');
    const std::size_t least_label = 2, most_label = 3;
    if (dot == std::string_view::npos || dot == 0 || piece.size() - dot - 1 < least_label ||
        piece.size() - dot - 1 > most_label)
        return false;
    return std::all_of(piece.begin(), piece.end(),
                       [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-'; }) &&
           std::all_of(piece.begin() + static_cast<std::ptrdiff_t>(dot) + 1, piece.end(),
                       [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

// "Redacción / EFE", "Rédaction avec AFP", "Redaktion/dpa", "Redazione | ANSA", "Redacción y Agencias / EFE": a
// newsroom's word (desk_word(), lexicon section desk_words) signing the text with the agencies it was written from,
// joined by marks or small words (desk_join_words, agency_joiner()). Every other piece a known agency, one at least.
// "red, noe.ORF.at/APA": the desk's initials in small letters before a comma, and the outlet's web host
// (web_host()), sign an Austrian broadcaster's regional page with its agency.
std::optional<std::vector<std::string>> desk_agencies(std::string_view line) {
    const std::size_t most_desk = 48, most_pieces = 6; // bytes; a desk, two agencies and their joins
    const std::size_t least_initials = 2, most_initials = 4;
    if (line.size() > most_desk || line.empty())
        return std::nullopt;
    const std::size_t first_end = std::min(line.find_first_of(" /|,"), line.size());
    const bool initials = first_end >= least_initials && first_end <= most_initials && first_end < line.size() &&
                          line[first_end] == ',' &&
                          std::all_of(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(first_end),
                                      [](char c) { return c >= 'a' && c <= 'z'; });
    if (!initials && !text::starts_upper(line))
        return std::nullopt;
    // (The last piece is an agency: asked first, it settles most short lines with one look-up.)
    const std::size_t last_cut = line.find_last_of(" /|,");
    if (last_cut == std::string_view::npos || last_cut + 1 >= line.size() || !agency_id(line.substr(last_cut + 1)))
        return std::nullopt;
    static const LexiconSection& joins = any_language_section("desk_join_words"); // (merged once)
    static const LexiconSection* marks = common_lexicon().section("desk_join_words");
    std::vector<std::string> ids;
    std::size_t pieces = 0;
    for (std::size_t pos = 0; pos < line.size();) {
        const std::size_t end = std::min(line.find_first_of(" /|,", pos), line.size());
        const std::string_view piece = line.substr(pos, end - pos);
        pos = end + 1;
        if (piece.empty())
            continue;
        if (++pieces > most_pieces)
            return std::nullopt;
        if (pieces == 1) {
            if (!initials && !desk_word(piece))
                return std::nullopt;
            continue;
        }
        if (auto id = agency_id(piece); id && (text::is_upper(static_cast<unsigned char>(piece[0])) ||
                                               small_agency(piece))) {
            add_id(ids, *id);
            continue;
        }
        if (!desk_word(piece) && !agency_joiner(piece) && !joins.has(text::lower(piece)) &&
            !(marks != nullptr && marks->has(piece)) && !web_host(piece))
            return std::nullopt;
    }
    if (ids.empty())
        return std::nullopt;
    return ids;
}

} // namespace

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
                return std::vector<std::string>{names[0]};
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
