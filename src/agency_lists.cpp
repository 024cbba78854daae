// The lists of agencies read by the agency tags (agencies.cpp) and the datelines (datelines.cpp): agencies joined by a
// word ("Reuters and AFP"), slash-separated ids ("ats/afp") with the codes that name an agency only among others, the
// agencies a phrase credits ("Mit Material von dpa und AFP"), a desk's slashed tag ("red/dpa"), agencies among outlets
// ("dpa, Hafenblatt") and a newsroom signing with its agencies ("Redaktion/dpa").
#include "classify.hpp"
#include "page.hpp"

#include "agency_parts.hpp"
#include "byline_desks.hpp"
#include "bylines.hpp"
#include "credits_parts.hpp"
#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace archive {

namespace {

// (a byte of a letter past ASCII too: "(Télam)")
bool is_id_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '.' ||
           static_cast<unsigned char>(c) >= 0x80;
}

} // namespace

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

namespace {

// "ats/rts/mda", "(ats/rts)": beside the agency of its own country the code is a broadcaster's (Radio Télévision
// Suisse's beside the Swiss agency), no agency; lexicon section broadcaster_list_codes, the code then those agencies'
// spellings, read against every piece of `list` split at slashes, commas and spaces.
bool broadcaster_beside(std::string_view code, std::string_view list) {
    static const std::span<const LexiconWords> entries = common_lexicon().phrase_list("broadcaster_list_codes");
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
                out.emplace(std::string(names[k]), std::string(names[0]));
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

} // namespace

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

namespace {

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

} // namespace

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

namespace {

// The piece of a slashed tag from `pos` to the next slash.
std::string_view next_piece(std::string_view line, std::size_t pos) {
    return line.substr(pos, std::min(line.find('/', pos), line.size()) - pos);
}

} // namespace

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

namespace {

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

} // namespace

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

} // namespace archive
