// Captions of the classify stage: a caption closed by its picture's credit (split_trailing_credit(): "The new pier.
// (Photo: Jane Roe)", "... in May. Foto: Hafenamt"), a caption after its label ("Bildunterschrift: ...") and the place
// a caption gives a person in its picture ("(right)"). What a line of credit is, and the credits naming no picture's
// author, are in credits.cpp; the words a credit needs in credit_signs.cpp.
#include "classify.hpp"
#include "page.hpp"

#include "bylines.hpp"
#include "cjk_captions.hpp"
#include "credits_parts.hpp"
#include "lexicon.hpp"
#include "notices_parts.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <bitset>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <span>
#include <string.h> // memrchr
#include <vector>

namespace archive {

namespace {

// The first four bytes of s, as one integer.
std::uint32_t head4(std::string_view s) {
    std::uint32_t v = 0;
    std::memcpy(&v, s.data(), 4);
    return v;
}

// head4() of the credit prefixes of four bytes or more, sorted, with their places in the list.
const std::vector<std::pair<std::uint32_t, std::size_t>>& credit_prefix_heads() {
    static const std::vector<std::pair<std::uint32_t, std::size_t>> heads = [] {
        std::vector<std::pair<std::uint32_t, std::size_t>> out;
        const auto& prefixes = common_lexicon().list("credit_prefixes");
        for (std::size_t k = 0; k < prefixes.size(); ++k)
            if (prefixes[k].size() >= 4)
                out.emplace_back(head4(prefixes[k]), k);
        std::sort(out.begin(), out.end());
        return out;
    }();
    return heads;
}

// The heads above as a sieve: most words of a line open with no credit prefix, which one look at a bit settles
// before a search of the sorted heads.
std::size_t head_slot(std::uint32_t head) {
    return (head * 2654435761U) >> 20; // 12 bits
}

const std::bitset<4096>& credit_head_sieve() {
    static const std::bitset<4096> sieve = [] {
        std::bitset<4096> bits;
        for (const auto& h : credit_prefix_heads())
            bits.set(head_slot(h.first));
        return bits;
    }();
    return sieve;
}

// low.rfind(" " + word), trying only the spaces of `low` (its `spaces`, in increasing order).
std::size_t rfind_word(std::string_view low, const std::vector<std::size_t>& spaces, std::string_view word) {
    for (auto it = spaces.rbegin(); it != spaces.rend(); ++it)
        if (*it + 1 + word.size() <= low.size() && low.compare(*it + 1, word.size(), word) == 0)
            return *it;
    return std::string_view::npos;
}

// line.rfind('.', from), found backwards by memrchr many bytes a step: a line holds few full stops.
std::size_t rfind_dot(std::string_view line, std::size_t from = std::string_view::npos) {
    if (line.empty())
        return std::string_view::npos;
    const void* at = memrchr(line.data(), '.', std::min(from, line.size() - 1) + 1);
    return at == nullptr ? std::string_view::npos : static_cast<std::size_t>(static_cast<const char*>(at) - line.data());
}

// "MAXIME LE GALL / LA GAZETTE DU VAL", "ANNA BERG / HARBOUR PRESS": a credit in capitals after a caption's last full
// stop, the photographer's name (two words at least) and the paper or agency, split by one slash; no small letter.
// (A sentence's words after a stop are not all capitals: the bytes are read only up to the first small letter.)
bool capital_slashed_credit(std::string_view tail) {
    const std::size_t most_bytes = 80, most_side = 5;
    if (tail.empty() || tail.size() > most_bytes)
        return false;
    const std::size_t slash = tail.find('/');
    if (slash == std::string_view::npos || tail.find('/', slash + 1) != std::string_view::npos)
        return false;
    bool letters = false;
    for (std::size_t i = 0; i < tail.size();) {
        const char32_t cp = text::next_cp(tail, i);
        if (text::is_lower(cp) || (cp >= '0' && cp <= '9'))
            return false;
        letters = letters || text::is_upper(cp);
    }
    const auto before = text::split_ws(tail.substr(0, slash));
    const auto after = text::split_ws(tail.substr(slash + 1));
    return letters && before.size() >= 2 && before.size() <= most_side && !after.empty() && after.size() <= most_side;
}

// "PHOTO JACQUES MOREL, ARCHIVES LE QUOTIDIEN", "PHOTO JANE ROE, HARBOUR NEWS ARCHIVES": a credit in capitals opening
// with a credit word (is_credit_word(): "PHOTO", "FOTO"), the photographer's name and, after a comma, where the
// picture comes from (three to nine words, no figure, no slash): the form of the Quebec papers' credits.
bool capital_comma_credit(std::string_view tail) {
    const std::size_t most_bytes = 80, least_words = 3, most_words = 9;
    if (tail.size() < 2 || tail.size() > most_bytes || tail[0] < 'A' || tail[0] > 'Z' || tail[1] < 'A' ||
        tail[1] > 'Z' || tail.find(", ") == std::string_view::npos || tail.find('/') != std::string_view::npos)
        return false;
    for (std::size_t i = 0; i < tail.size();) {
        const char32_t cp = text::next_cp(tail, i);
        if (text::is_lower(cp) || (cp >= '0' && cp <= '9'))
            return false;
    }
    const auto words = text::split_ws(tail);
    return words.size() >= least_words && words.size() <= most_words && is_credit_word(words.front());
}

// line.rfind(". ", from), but for the dot of a name's initial: "... 2026. L. Marin / AFP", "... 2026. © J. Scott
// Applewhite/AP", "... J.-P. Roux / AFP" (one capital after a space, a hyphen or the line's start) ends no caption.
std::size_t rfind_stop(std::string_view line, std::size_t from) {
    if (line.size() < 2)
        return std::string_view::npos;
    const auto initial = [line](std::size_t dot) {
        return dot > 0 && line[dot - 1] >= 'A' && line[dot - 1] <= 'Z' &&
               (dot == 1 || line[dot - 2] == ' ' || line[dot - 2] == '-');
    };
    for (std::size_t dot = rfind_dot(line, std::min(from, line.size() - 2)); dot != std::string_view::npos;
         dot = dot > 0 ? rfind_dot(line, dot - 1) : std::string_view::npos)
        if (line[dot + 1] == ' ' && !initial(dot))
            return dot;
    return std::string_view::npos;
}

// Some space of the line is followed by the head of a credit prefix of four bytes or more, lower-cased (what
// split_trailing_credit() looks for in the whole lower-cased line): most lines are settled by the four bytes after
// each space, lower-cased on the spot.
bool may_open_prefix(std::string_view line) {
    const auto& heads = credit_prefix_heads();
    const auto& sieve = credit_head_sieve();
    // The heads' first bytes: a word opening with an ASCII byte that lower-cases to none of them opens no prefix.
    static const std::bitset<256> fronts = [] {
        std::bitset<256> bits;
        for (const auto& prefix : common_lexicon().list("credit_prefixes"))
            if (prefix.size() >= 4)
                bits.set(static_cast<unsigned char>(prefix.front()));
        return bits;
    }();
    // The word after the space at `sp` opens with the head of a prefix.
    auto opens_at = [&](std::size_t sp) {
        std::string_view after = line.substr(sp + 1);
        if (!after.empty() && static_cast<unsigned char>(after[0]) < 0x80) {
            char c = after[0] >= 'A' && after[0] <= 'Z' ? static_cast<char>(after[0] + 32) : after[0];
            if (!fronts.test(static_cast<unsigned char>(c)))
                return false;
        }
        std::uint32_t head = 0;
        if (after.size() >= 4 && (head4(after) & 0x80808080U) == 0) {
            head = static_cast<std::uint32_t>(text::lower8(head4(after))); // four ASCII bytes, lower-cased at once
        } else {
            char buf[4 * 4 * 3 + 8]; // four code points lower-cased
            std::size_t end = 0;
            for (int cps = 0; cps < 4 && end < after.size(); ++cps)
                text::next_cp(after, end);
            if (text::lower_into(after.substr(0, end), buf) < 4) // (the line ends within four code points)
                return false;
            head = head4(std::string_view(buf, 4));
        }
        if (!sieve.test(head_slot(head)))
            return false;
        auto it = std::lower_bound(heads.begin(), heads.end(), std::pair<std::uint32_t, std::size_t>{head, 0});
        return it != heads.end() && it->first == head;
    };
    // The spaces, eight bytes a step.
    std::size_t i = 0;
    for (; i + 8 <= line.size(); i += 8)
        for (std::uint64_t spaces = text::bytes_equal8(text::load8(line.data() + i), ' '); spaces != 0; spaces &= spaces - 1)
            if (opens_at(i + static_cast<std::size_t>(std::countr_zero(spaces)) / 8))
                return true;
    for (; i < line.size(); ++i)
        if (line[i] == ' ' && opens_at(i))
            return true;
    return false;
}

} // namespace

std::optional<std::string> labelled_caption(std::string_view line) {
    // "Media caption The mayor opens the pier", "Bildunterschrift: Der neue Kai": the label a page prints before
    // a picture's or a video's caption, then the caption of two words or more. A label of one word needs its colon:
    // "Caption of the figure" names a caption, it has none.
    static const LexiconSection* labels = common_lexicon().section("caption_labels"); // (looked up once)
    if (labels == nullptr || line.size() < 8)
        return std::nullopt;
    // "图：发布会现场", "【圖】局長昨日公布…", "▲ 湯屋門口的木招牌": a CJK caption's label.
    if (static_cast<unsigned char>(line.front()) >= 0xE2)
        if (auto cjk = cjk_labelled_caption(line))
            return cjk;
    // (The labels' first bytes, gathered once: most lines open with none of them and are not lower-cased. The first
    // code point is lower-cased alone to ask them.)
    static const std::bitset<257> fronts = first_bytes(labels->entries);
    char front[4 * 3 + 8];
    if (const int ascii = lower_ascii_front(line); ascii >= 0) {
        front[0] = static_cast<char>(ascii);
    } else {
        std::size_t next = 0;
        text::next_cp(line, next);
        text::lower_into(line.substr(0, next), front);
    }
    if (!fronts.test(256) && !fronts.test(static_cast<unsigned char>(front[0])))
        return std::nullopt;
    // The line's start, lower-cased, cut at a character's first byte.
    std::size_t end = std::min(line.size(), labels->longest + 1);
    while (end < line.size() && (static_cast<unsigned char>(line[end]) & 0xC0) == 0x80)
        ++end;
    const text::LowerCased lowered(line.substr(0, end)); // (on the stack: the labels are short)
    const std::string_view head = lowered.view();
    // The caption after `label`, when the line opens with it.
    auto caption_after = [&](std::string_view label) -> std::optional<std::string> {
        // ("Main image: The harbour", "Image principale : Le port": a label listed with its colon needs it, spaces
        // perhaps before it as French typography sets them; it is compared without it.)
        const bool needs_colon = label.ends_with(':');
        if (needs_colon)
            label.remove_suffix(1);
        if (head.size() <= label.size() || head.compare(0, label.size(), label) != 0)
            return std::nullopt;
        // ("Image caption, Ferry workers at the port": a label of words may be closed by a comma, as a colon does.)
        const bool words = label.find(' ') != std::string_view::npos && !needs_colon;
        const std::size_t colon = head.find_first_not_of(' ', label.size());
        const bool comma = words && head[label.size()] == ',';
        if (!(words && head[label.size()] == ' ') && !comma && (colon == std::string_view::npos || head[colon] != ':'))
            return std::nullopt;
        std::string_view rest = text::trim(line.substr(label.size()));
        if (!rest.empty() && (rest.front() == ':' || (comma && rest.front() == ',')))
            rest = text::trim(rest.substr(1));
        if (text::split_ws(rest).size() >= 2)
            return std::string(rest);
        return std::nullopt;
    };
    // (The labels by their first byte, gathered once: the line is compared with those opening as it does, in the
    // list's order. An empty label, were there one, opens every line: the whole list is walked then.)
    static const std::array<std::vector<std::string_view>, 256> by_front = by_first_byte(labels->entries);
    if (fronts.test(256)) {
        for (const auto& label : labels->entries)
            if (auto caption = caption_after(label))
                return caption;
        return std::nullopt;
    }
    if (head.empty())
        return std::nullopt;
    for (std::string_view label : by_front[static_cast<unsigned char>(head[0])])
        if (auto caption = caption_after(label))
            return caption;
    return std::nullopt;
}

bool figure_caption(std::string_view line) {
    // "Figure 1: Failed builds per day", "Abb. 3: Der alte Hafen um 1900", "Fig. 2 – The pier", "Figura 1. El puerto
    // viejo": a figure's label (lexicon section figure_labels) and its number, then a mark (a colon, a full stop, a
    // dash) and the caption. A label without a number needs its colon and a caption of four words or more:
    // "Grafik: Die Zahl der Badegäste steigt"; "Figure 2 shows ..." is a sentence of the text.
    static const LexiconSection* labels = common_lexicon().section("figure_labels");
    // (The labels' first letters, upper-cased, gathered once: a figure's label opens the line with a capital, and most
    // lines open with a letter none of the labels does.)
    static const std::bitset<256> fronts = [] {
        std::bitset<256> out;
        if (labels != nullptr)
            for (std::string_view label : labels->entries)
                if (!label.empty() && label[0] >= 'a' && label[0] <= 'z')
                    out.set(static_cast<unsigned char>(label[0] - 'a' + 'A'));
        return out;
    }();
    if (labels == nullptr || line.size() < 12 || !fronts.test(static_cast<unsigned char>(line[0])))
        return false;
    const std::size_t label_end = line.find_first_of(" :");
    if (label_end == std::string_view::npos || label_end > labels->longest)
        return false;
    std::size_t k = line.find_first_not_of(' ', label_end);
    // The number: "1", "12", "3a", "2.4".
    const std::size_t number_from = k;
    while (k < line.size() && ((line[k] >= '0' && line[k] <= '9') ||
                               (k > number_from && line[k] == '.' && k + 1 < line.size() && line[k + 1] >= '0' &&
                                line[k + 1] <= '9') ||
                               (k > number_from && line[k] >= 'a' && line[k] <= 'z' && k + 1 < line.size() &&
                                (line[k + 1] == ':' || line[k + 1] == ' ' || line[k + 1] == '.'))))
        ++k;
    const bool numbered = k > number_from;
    k = std::min(line.find_first_not_of(' ', k), line.size());
    std::string_view rest = line.substr(k);
    if (rest.starts_with(":") || (numbered && (rest.starts_with(".") || rest.starts_with("-") || rest.starts_with("|"))))
        rest.remove_prefix(1);
    else if (numbered && (rest.starts_with("\u2013") || rest.starts_with("\u2014")))
        rest.remove_prefix(3);
    else
        return false;
    // (A space after the mark: "Abb. 3:2" is a reference, no label. The label is looked up last: most lines opening
    // with a word as short have no number or colon after it.)
    if (rest.empty() || rest.front() != ' ' || !labels->has(text::lower(line.substr(0, label_end))))
        return false;
    return text::split_ws(rest).size() >= (numbered ? 2U : 4U);
}

namespace {

// "Nicolas Pannatier (Centre) : 39,1%", "Ann Hill (Centre) 41.2%", "Anna Muster (Centre), 12 345 voix": a figure after
// the parenthesis, a mark between them at most, is a candidate's result in a table of votes; the parenthesis names
// the party (the Swiss Centre, a Nordic Centre Party), not the place of a person in a picture.
bool result_after(std::string_view rest) {
    rest = text::trim(rest);
    if (!rest.empty() && (rest.front() == ':' || rest.front() == '=' || rest.front() == ','))
        rest = text::trim(rest.substr(1));
    return !rest.empty() && text::is_digit(static_cast<unsigned char>(rest.front()));
}

} // namespace

bool pictured_position(std::string_view line) {
    // "Senator Ann Hill (right) greets the new harbour master.", "Anna Muster (links) mit dem Bürgermeister",
    // "Jeanne Morel (à gauche) et son équipe": the words in parentheses after a name that tell where a person stands
    // in the picture, which only a caption prints (lexicon section picture_positions). A bare "(R)" after a name is
    // a party, not a place in a picture: the short positions are written with their full stop ("(r.)").
    static const LexiconSection& positions = any_language_section("picture_positions"); // (merged once)
    const std::size_t longest = positions.longest;
    for (std::size_t open = line.find('('); open != std::string_view::npos; open = line.find('(', open + 1)) {
        const std::size_t close = line.find(')', open + 1);
        if (close == std::string_view::npos)
            return false;
        if (close - open - 1 > longest || open < 2 || line[open - 1] != ' ')
            continue;
        // The name before it: a capitalised word ("Hill (right)"), not a gloss of a word ("de (right) in front").
        std::size_t start = open - 1;
        while (start > 0 && line[start - 1] != ' ')
            --start;
        if (!text::starts_upper(line.substr(start, open - 1 - start)))
            continue;
        if (positions.has(text::LowerCased(line.substr(open + 1, close - open - 1)).view()) &&
            !result_after(line.substr(close + 1)))
            return true;
    }
    return false;
}

bool pictured_subject(std::string_view line) {
    // "Maureen Hale, 71, (pictured) waited on the hard shoulder for six hours", "Tom Hale (pictured with his mother)
    // found her at dusk", "Il sindaco Mario Rossi (nella foto) all'inaugurazione del ponte": a parenthesis opened by
    // words saying who the picture shows (lexicon section picture_subject_marks), in a line no stop closes, as a
    // caption is printed; a sentence of the text naming its picture ("... the skink (pictured) lives there.") ends
    // on its stop.
    const std::size_t most_words = 40;
    static const LexiconSection& marks = any_language_section("picture_subject_marks"); // (merged once)
    if (line.size() < 8 || !text::starts_upper(line) || line.find('(') == std::string_view::npos)
        return false;
    if (const char last = line.back(); last == '.' || last == '!' || last == '?' || last == ':' || last == ';')
        return false;
    for (std::size_t open = line.find('('); open != std::string_view::npos; open = line.find('(', open + 1)) {
        const std::size_t close = line.find(')', open + 1);
        if (close == std::string_view::npos)
            return false;
        if (open == 0 || line[open - 1] != ' ')
            continue;
        const text::LowerCased inner(line.substr(open + 1, close - open - 1));
        const std::string_view low = inner.view();
        // The marks as the parenthesis's words, or as its first words ("pictured left", "pictured with his wife").
        for (std::size_t end = low.size(); end > 0 && end != std::string_view::npos; end = low.rfind(' ', end - 1))
            if (end <= marks.longest && marks.has(low.substr(0, end)))
                return !more_tokens_than(line, most_words);
    }
    return false;
}

namespace {

// "«", "»", "“", "„", "\"": a word that is a quotation mark alone, which may stand around an outlet's name
// ("pour « Le Monde »"); `w` with its opening and closing quotation marks taken off otherwise ("«Le", "Monde»").
std::string_view without_quote_marks(std::string_view w) {
    // (Any mark of text::is_quote_mark() on either side: "»Die Zeit«" and "„Bild“" open with a closing mark.)
    for (std::size_t at = 0; !w.empty(); at = 0) {
        if (!text::is_quote_mark(text::next_cp(w, at)))
            break;
        w.remove_prefix(at);
    }
    for (std::size_t at = w.size(); !w.empty(); at = w.size()) {
        if (!text::is_quote_mark(text::prev_cp(w, at)))
            break;
        w.remove_suffix(w.size() - at);
    }
    return w;
}

} // namespace

bool photographer_for_outlet(std::string_view tail) {
    static const LexiconSection* fors = common_lexicon().section("outlet_for_words"); // (looked up once)
    const std::size_t most_outlet_words = 5;
    const auto words = text::split_ws(tail);
    if (fors == nullptr || words.size() < 4 || words.size() > 4 + most_outlet_words)
        return false;
    for (std::size_t k = 2; k <= 4 && k + 1 < words.size(); ++k) {
        // ("JANE ROE POUR « LE QUOTIDIEN »": a credit in capitals has its word for the outlet in capitals too.)
        if (!fors->has(words[k]) && !(text::starts_upper(words[k]) && fors->has(text::lower(words[k]))))
            continue;
        const std::vector<std::string_view> name(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(k));
        const char last = words.back().back();
        // The outlet's words, the quotation marks around its name set aside.
        std::size_t outlet = 0;
        for (std::size_t j = k + 1; j < words.size(); ++j) {
            const std::string_view w = without_quote_marks(words[j]);
            if (w.empty())
                continue;
            if (!text::starts_upper(w))
                return false;
            ++outlet;
        }
        return outlet >= 1 && outlet <= most_outlet_words && bare_name(name) && last != '.' && last != ':' &&
               last != ',';
    }
    return false;
}

namespace {

// The first words (text::next_word_of_lowered()'s) of the credit prefixes of four bytes or more, which
// split_trailing_credit() looks for after a space of the lower-cased line. Each such prefix opens with a word and goes
// on past it with a mark or a space ("photo:", "photo by", "fot."), so a line holding one after a space has that
// word among its own words: a block's words (segment()'s lower_words) settle most lines without a scan of their
// spaces. `usable` is false when a prefix opens otherwise (the words then settle nothing).
struct PrefixWords {
    WordsByFront words;
    // The sizes of the words by their first byte, one bit each (all under 64 bytes): a word of another size is
    // turned away before it is compared with the words opening as it does.
    std::array<std::uint64_t, 256> sizes{};
    bool usable = true;
};

const PrefixWords& prefix_words() {
    static const PrefixWords words = [] {
        PrefixWords out;
        for (const auto& prefix : common_lexicon().list("credit_prefixes")) {
            if (prefix.size() < 4)
                continue;
            std::size_t i = 0;
            std::string_view first = text::next_word_of_lowered(prefix, i);
            if (first.empty() || first.data() != prefix.data() || first.size() >= prefix.size()) {
                out.usable = false;
                continue;
            }
            out.words.add(first);
            if (first.size() >= 64) {
                out.usable = false;
                continue;
            }
            out.sizes[static_cast<unsigned char>(first.front())] |= std::uint64_t{1} << first.size();
        }
        return out;
    }();
    return words;
}

// Some word of the block opens a credit prefix (see PrefixWords): what may_open_prefix() asks of its line, from the
// words segment() split already.
bool may_open_prefix(const Block& b) {
    const PrefixWords& prefixes = prefix_words();
    if (!prefixes.usable)
        return may_open_prefix(std::string_view(b.text));
    return std::any_of(b.lower_words().begin(), b.lower_words().end(), [&prefixes](std::string_view w) {
        return !w.empty() && w.size() < 64 &&
               (prefixes.sizes[static_cast<unsigned char>(w.front())] >> w.size() & 1) != 0 && prefixes.words.has(w);
    });
}

// "Deputies at the vote — Foto: Jane Roe/Agência" -> "Deputies at the vote": the mark that parts a caption from the
// credit after it on one line (lexicon section credit_separator_marks, after a space) is neither's.
std::string_view without_separator(std::string_view caption) {
    static const LexiconSection* marks = common_lexicon().section("credit_separator_marks"); // (looked up once)
    caption = text::trim(caption);
    const std::size_t space = caption.rfind(' ');
    if (marks == nullptr || space == std::string_view::npos || !marks->has(caption.substr(space + 1)))
        return caption;
    return text::trim(caption.substr(0, space));
}

// "La sede del Comune di Valle", "The ferry at the pier in May": a caption's short phrase before the agency closing
// its line, a capital opening it and no stop, colon nor comma in it or closing it (a sentence of the text ends on a
// stop before its agency's tag: "... según la policía. (EFE)").
// "Il cantiere del ponte, chiuso al traffico dal 2024", "The old pier, closed since the storm": a comma or two may
// part the phrase when two words or more stand before the first and they are no person's name ("Roma, 5 dicembre
// (Ansa)" is a dateline, "Mario Rossi, Roma (ANSA)" a signature).
bool phrase_before_credit(std::string_view before) {
    const std::size_t least_words = 2, most_words = 15, most_commas = 2;
    before = text::trim(before);
    if (before.empty() || !text::starts_upper(before) || before.find_first_of(".:;!?") != std::string_view::npos ||
        before.back() == ',')
        return false;
    if (const std::size_t comma = before.find(','); comma != std::string_view::npos) {
        const auto opening = text::split_ws(before.substr(0, comma));
        if (static_cast<std::size_t>(std::count(before.begin(), before.end(), ',')) > most_commas ||
            opening.size() < least_words || bare_name(opening))
            return false;
    }
    const std::size_t words = text::split_ws(before).size();
    return words >= least_words && words <= most_words;
}

// "Rober Solsona", "Jane Roe (EFE)", "Ana Souza/Lusa": a photographer's name of two to four words (bare_name()), perhaps
// closed by the agency in a parenthesis or after a slash, which a caption's separator mark leads to after its stop
// ("... del Cabanyal. / Rober Solsona"): the mark says a credit follows, the name is all it holds.
bool name_shaped_credit(std::string_view credit) {
    credit = text::trim(credit);
    if (credit.ends_with(")")) {
        const std::size_t open = credit.rfind('(');
        if (open == std::string_view::npos || open == 0 || !agency_tag(credit.substr(open)))
            return false;
        credit = text::trim(credit.substr(0, open));
    }
    auto words = text::split_ws(credit);
    if (words.empty())
        return false;
    if (const std::size_t slash = words.back().find('/'); slash != std::string_view::npos) {
        const std::string_view agency = words.back().substr(slash + 1);
        if (slash == 0 || agency.empty() || !text::starts_upper(agency) || !is_credit_word(agency))
            return false;
        words.back() = words.back().substr(0, slash);
    }
    return bare_name(words);
}

// "La escritora, el pasado miércoles en su casa de Madrid. Andrea Comas", "Il sindaco sul molo del porto, ieri
// mattina. Marco Bianchi": a photographer's name alone (bare_name(), two or three words, each capitalised, letters
// only) glued after the caption's one stop, with no mark before it. The caption is one sentence of five to thirty
// words with no question, exclamation or quotation mark (a paragraph of the text holds more sentences or a quote), and
// a word of three letters or more with no stop inside closes it ("Dr. Jane Roe" is a title before a name, "Anna
// Roe a.k.a. Anna Lee" an alias); a consent notice before its buttons is none.
bool bare_name_after_caption(std::string_view line, std::size_t dot) {
    const std::size_t least_caption_words = 5, most_caption_words = 30, most_name_words = 3, least_last_word = 3;
    const std::string_view tail = text::trim(line.substr(dot + 1)), caption = line.substr(0, dot);
    const auto name = text::split_ws(tail);
    if (name.size() < 2 || name.size() > most_name_words ||
        std::any_of(name.begin(), name.end(), [](std::string_view w) {
            return !text::starts_upper(w) || std::any_of(w.begin(), w.end(), [](char c) {
                       return (c >= '0' && c <= '9') || (std::ispunct(static_cast<unsigned char>(c)) != 0 && c != '-' &&
                                                         c != '\'');
                   });
        }) ||
        !bare_name(name))
        return false;
    const std::size_t word = caption.rfind(' ');
    const std::string_view last = word == std::string_view::npos ? caption : caption.substr(word + 1);
    if (last.size() < least_last_word || last.find('.') != std::string_view::npos ||
        !(static_cast<unsigned char>(last.back()) >= 0x80 || (last.back() >= 'a' && last.back() <= 'z')))
        return false;
    if (caption.find(". ") != std::string_view::npos || caption.find_first_of("?!\"") != std::string_view::npos ||
        caption.find("\u00ab") != std::string_view::npos || caption.find("\u201c") != std::string_view::npos ||
        caption.find("\u201d") != std::string_view::npos || caption.find("\u00bb") != std::string_view::npos)
        return false;
    // ("Questo sito utilizza cookie ... di profilazione. Accetta Rifiuta": a consent notice and its buttons.)
    const std::size_t words = text::split_ws(caption).size();
    return text::starts_upper(caption) && words >= least_caption_words && words <= most_caption_words &&
           !is_consent_notice(line);
}

// "Amélia Rebelo na sua oficina, em 2015 Paulo Novais/Lusa", "Der Steg im Winter Jane Roe/Keystone": the
// photographer's name and the agency after a slash (a credit word) close a caption that no stop closes. The name is
// the capitalised word before the slashed word, and the word before it too when that is a given name the lexicon
// knows (section known_given_name_words: "Anna Maria Roe/AFP"); a place may close the caption before the name ("...
// cabaret in Paris Jane Roe/Reuters"). The caption is three words at least. Returns where the credit opens.
std::optional<std::size_t> slashed_name_closing(std::string_view line) {
    const std::size_t least_caption_words = 3;
    if (line.empty() || line.back() == '.' || line.back() == ')')
        return std::nullopt;
    const std::size_t last_space = line.rfind(' ');
    if (last_space == std::string_view::npos || last_space == 0)
        return std::nullopt;
    const std::string_view last = line.substr(last_space + 1);
    const std::size_t slash = last.find('/');
    if (slash == std::string_view::npos || slash == 0 || last.find('/', slash + 1) != std::string_view::npos ||
        !text::starts_upper(last) || !text::starts_upper(last.substr(slash + 1)) ||
        !is_credit_word(last.substr(slash + 1)))
        return std::nullopt;
    // The word that ends at `end` (a space after it) and the space before it (npos at the line's start).
    auto word_before = [&](std::size_t end) {
        const std::size_t space = line.rfind(' ', end - 1);
        const std::size_t from = space == std::string_view::npos ? 0 : space + 1;
        return std::make_pair(line.substr(from, end - from), space);
    };
    auto name_word = [](std::string_view w) {
        return text::starts_upper(w) && bare_name_word(w) && w.find('.') == std::string_view::npos;
    };
    auto [first, space] = word_before(last_space);
    if (!name_word(first) || space == std::string_view::npos || space == 0)
        return std::nullopt;
    static const LexiconSection* given = common_lexicon().section("known_given_name_words"); // (looked up once)
    if (const auto [before, further] = word_before(space);
        further != std::string_view::npos && further > 0 && name_word(before) && given != nullptr &&
        given->has(text::lower(before)))
        space = further;
    const std::string_view caption = line.substr(0, space);
    if (!text::starts_upper(caption) || text::split_ws(caption).size() < least_caption_words)
        return std::nullopt;
    return space + 1;
}

// "Arquivo", "Archivio", "Archives": a capitalised word of lexicon section archive_credit_words.
bool archive_word(std::string_view w) {
    static const LexiconSection* archives = common_lexicon().section("archive_credit_words"); // (looked up once)
    return archives != nullptr && text::starts_upper(w) && w.size() <= archives->longest && archives->has(text::lower(w));
}

// "Arquivo DM", "Archivio Ansa", "Archives AFP", "Archiv Jane Roe", "Archivo.": an archive's credit, a capitalised
// word of lexicon section archive_credit_words, then one to three words that credit a picture (the paper's or the
// agency's initials in capitals, a credit word or an agency, a person's name), or nothing when `alone` (a stop may
// close the last word).
bool archive_credit(std::span<const std::string_view> words, bool alone) {
    const std::size_t most_credit_words = 3;
    if (words.empty() || words.size() > most_credit_words + 1)
        return false;
    std::vector<std::string_view> own(words.begin(), words.end());
    if (own.back().size() > 1 && own.back().back() == '.')
        own.back().remove_suffix(1);
    if (!archive_word(own.front()))
        return false;
    if (own.size() == 1)
        return alone;
    auto initials = [](std::string_view w) {
        const auto letters = std::count_if(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
        return letters >= 2 && std::all_of(w.begin(), w.end(), [](char c) {
                   return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '&';
               });
    };
    const std::vector<std::string_view> credit(own.begin() + 1, own.end());
    return bare_name(credit) || std::all_of(credit.begin(), credit.end(), [&](std::string_view w) {
               return initials(w) || (text::starts_upper(w) && is_credit_word(w));
           });
}

// "Amélia Rebelo na inauguração da exposição, em 2019 Arquivo DM", "Il sindaco sul molo nel 2019 Archivio Ansa",
// "Le maire sur le quai en 2019 Archives AFP": an archive's credit (archive_credit()) closes a caption that no stop
// closes. The caption is three words at least, opening with a capital, and its last word is no small word of a
// language ("Documentos raros no Arquivo DM": the archive is a place the line names). Returns where the credit opens.
std::optional<std::size_t> archive_credit_closing(std::string_view line) {
    const std::size_t least_caption_words = 3, most_credit_words = 3;
    if (line.empty() || line.back() == '.' || line.back() == ')' || line.back() == ':' || !text::starts_upper(line))
        return std::nullopt;
    // The line's last words, read from its end (most lines asked are long, and only their end is read): tail[0] the
    // last one.
    std::array<std::string_view, most_credit_words + 2> tail;
    std::size_t count = 0, end = line.size();
    while (count < tail.size() && end > 0) {
        const std::size_t space = line.rfind(' ', end - 1);
        const std::size_t from = space == std::string_view::npos ? 0 : space + 1;
        if (from < end)
            tail[count++] = line.substr(from, end - from);
        if (space == std::string_view::npos)
            break;
        end = space;
    }
    for (std::size_t n = 2; n <= most_credit_words + 1 && n < count; ++n) {
        // (Most lines end on no archive's word followed by a few words: its first letter and the list settle them.)
        if (!archive_word(tail[n - 1]))
            continue;
        // (tail is in reverse order: the credit's words read forward are tail[n-1] .. tail[0].)
        const std::vector<std::string_view> credit(std::make_reverse_iterator(tail.begin() + static_cast<std::ptrdiff_t>(n)),
                                                   std::make_reverse_iterator(tail.begin()));
        if (!archive_credit(credit, false))
            continue;
        const auto at = static_cast<std::size_t>(credit.front().data() - line.data());
        std::string_view before = tail[n];
        while (!before.empty() && (before.back() == ',' || before.back() == ';'))
            before.remove_suffix(1);
        if (tokens_up_to(line.substr(0, at), least_caption_words) < least_caption_words ||
            stopword_languages(text::lower(before)) != 0)
            return std::nullopt;
        return at;
    }
    return std::nullopt;
}

} // namespace

namespace {

// "12.nov.2026", "3.fev.2025": the day an archive's picture was taken as Brazilian papers print it in the credit: one
// or two figures, a stop, the month's three small letters, a stop, four figures.
bool archive_day(std::string_view w) {
    const std::size_t first = w.find('.');
    if (first == std::string_view::npos || first == 0 || first > 2 || w.size() != first + 9 || w[first + 4] != '.')
        return false;
    const std::string_view month = w.substr(first + 1, 3);
    return text::all_ascii_digits(w.substr(0, first)) && text::all_ascii_digits(w.substr(first + 5)) &&
           std::all_of(month.begin(), month.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

} // namespace

// "Ellen Marsh/WKVR", "Caio Venturelli/Folhapress", "Hugo Lemaire/Le Courrier du Val": a photographer's name (two to
// four words, bare_name()) and, after one slash, the outlet the picture is from in one to four words, the first and
// the last capitalised (a particle of three letters at most between them), no figure and no stop: the credit's shape,
// whichever outlet it names (slashed_credit() needs one the lexicon knows).
// "Rubens Valadão - 12.nov.2026/Folhapress", "Ana Lima - 3.fev.2025/Folhapress": the day an archive's picture was
// taken (day, the month's three small letters, year, stops between: "12.nov.2026") may stand after a dash (lexicon
// section credit_separator_marks) between the name and the slash; it is part of the credit and names nobody.
bool person_slash_outlet(std::string_view inner) {
    inner = text::trim(inner);
    const std::size_t slash = inner.find('/');
    if (slash == std::string_view::npos || slash == 0 || inner.find('/', slash + 1) != std::string_view::npos)
        return false;
    std::string_view name = inner.substr(0, slash);
    if (const std::size_t space = name.rfind(' ');
        space != std::string_view::npos && space > 2 && name[space - 1] != ' ' &&
        archive_day(name.substr(space + 1))) {
        static const LexiconSection* marks = common_lexicon().section("credit_separator_marks"); // (looked up once)
        const std::size_t mark = name.rfind(' ', space - 1);
        if (marks == nullptr || mark == std::string_view::npos || !marks->has(name.substr(mark + 1, space - mark - 1)))
            return false;
        name = name.substr(0, mark);
    }
    if (name.find_first_of("0123456789.,;:!?()[]@") != std::string_view::npos ||
        inner.find_first_of("0123456789.,;:!?()[]@", slash) != std::string_view::npos)
        return false;
    return outlet_name(inner.substr(slash + 1)) && bare_name(text::split_ws(name));
}

// "Folhapress", "Le Courrier du Val", "Prefeitura de Campinas": an outlet's or a body's name after a credit's slash,
// one to four words, the first and the last capitalised, a particle of three letters at most between them.
bool outlet_name(std::string_view words) {
    const std::size_t most_outlet_words = 4, longest_particle = 3;
    const auto outlet = text::split_ws(words);
    return !outlet.empty() && outlet.size() <= most_outlet_words && text::starts_upper(outlet.front()) &&
           text::starts_upper(outlet.back()) && std::all_of(outlet.begin(), outlet.end(), [&](std::string_view w) {
               return text::starts_upper(w) || w.size() <= longest_particle;
           });
}

namespace {

// "20min/Marvin Ancian", "Le Nouvelliste/Sacha Bittel", "Hafenblatt/Jane Roe": the outlet the picture is from, in one
// to three words, the first opening with a capital or a figure, and after one slash the photographer's name (two to
// four words, bare_name()): person_slash_outlet() the other way round. No stop, comma or parenthesis.
bool outlet_slash_person(std::string_view inner) {
    const std::size_t most_outlet_words = 3;
    inner = text::trim(inner);
    const std::size_t slash = inner.find('/');
    if (slash == std::string_view::npos || slash == 0 || inner.find('/', slash + 1) != std::string_view::npos ||
        inner.find_first_of(".,;:!?()[]@") != std::string_view::npos)
        return false;
    const auto outlet = text::split_ws(inner.substr(0, slash));
    const auto name = text::split_ws(inner.substr(slash + 1));
    if (outlet.empty() || outlet.size() > most_outlet_words ||
        !(text::starts_upper(outlet.front()) || (outlet.front()[0] >= '0' && outlet.front()[0] <= '9')) ||
        std::any_of(name.begin(), name.end(), [](std::string_view w) {
            return w.find_first_of("0123456789") != std::string_view::npos;
        }))
        return false;
    return bare_name(name);
}

// "Moradores na rua alagada, em Bento Figueira - Caio Venturelli/Folhapress", "Der Steg im Winter | Jane Roe/Seeblatt":
// a separator mark (lexicon section credit_separator_marks, between spaces) and a photographer's name with the outlet
// after a slash (person_slash_outlet()) close a caption of three words or more, opening with a capital, that no stop
// need close: the mark says a credit follows, the slash says whose. Returns where the credit opens.
std::optional<std::size_t> marked_person_outlet_closing(std::string_view line) {
    const std::size_t least_caption_words = 3, most_credit_bytes = 80;
    static const LexiconSection* marks = common_lexicon().section("credit_separator_marks"); // (looked up once)
    if (marks == nullptr || line.find('/') == std::string_view::npos)
        return std::nullopt;
    const std::size_t from = line.size() > most_credit_bytes ? line.size() - most_credit_bytes : 0;
    for (std::size_t sp = line.rfind(' '); sp != std::string_view::npos && sp > from; sp = line.rfind(' ', sp - 1)) {
        const std::size_t before = line.rfind(' ', sp - 1);
        if (before == std::string_view::npos || before == 0)
            return std::nullopt;
        if (!marks->has(line.substr(before + 1, sp - before - 1)))
            continue;
        // ("... - Rubens Valadão - 12.nov.2026/Folhapress": the dash before the archive's day parts no credit; the
        // one before the name does.)
        if (const std::string_view after = line.substr(sp + 1); after.find('/') != std::string_view::npos &&
                                                                 archive_day(after.substr(0, after.find('/'))))
            continue;
        const std::string_view caption = text::trim(line.substr(0, before));
        if (!person_slash_outlet(line.substr(sp + 1)) || !text::starts_upper(caption) ||
            text::split_ws(caption).size() < least_caption_words)
            return std::nullopt;
        return sp + 1;
    }
    return std::nullopt;
}

// "... prasowej. Fot. Jan Roe / Agencja": the stop at `dot` closes a credit's shortened label (lexicon section
// credit_prefixes), the word it ends.
bool label_stop(std::string_view line, std::size_t dot) {
    static const LexiconSection* prefixes = common_lexicon().section("credit_prefixes"); // (looked up once)
    const std::size_t space = line.rfind(' ', dot);
    const std::size_t from = space == std::string_view::npos ? 0 : space + 1;
    return prefixes != nullptr && dot >= from && prefixes->has(text::lower(line.substr(from, dot - from + 1)));
}

// slashed_name_closing() (or archive_credit_closing(), marked_person_outlet_closing()) of the line as a caption and
// its credit (a separator mark between them is neither's).
std::optional<std::pair<std::string, std::string>> slashed_name_split(std::string_view line) {
    auto at = slashed_name_closing(line);
    if (!at)
        at = archive_credit_closing(line);
    if (!at)
        at = marked_person_outlet_closing(line);
    if (!at)
        return std::nullopt;
    std::string caption = text::collapse(without_separator(line.substr(0, *at)));
    if (caption.empty())
        return std::nullopt;
    return std::make_pair(std::move(caption), std::string(line.substr(*at)));
}

// "... en la calle Mayor. / Ayuntamiento de Villanueva de la Sierra", "... após as cheias. / Câmara Municipal de
// Vila Nova", "... przy moście. / Fundacja Miasto dla Ludzi", "... / Ayto. de San Martín": an institution's name,
// which a slash or a bar after a caption's stop leads to. Two to eight words, the first and the last capitalised,
// each capitalised (letters, a stop closing a shortened one: "Ayto.") or a small word of the particles of a name
// (lexicon sections place_particle_words, name_particle_words, institution_particle_words) between two. ("... el
// pleno. / Leer más": a word in small letters that no name holds; "... | Compartir": one word, a button's as well.)
bool institution_credit(std::string_view credit) {
    const std::size_t most_words = 8;
    const auto words = text::split_ws(text::trim(credit));
    if (words.size() < 2 || words.size() > most_words || !text::starts_upper(words.back()))
        return false;
    static const LexiconSection* places = common_lexicon().section("place_particle_words");       // (looked up once)
    static const LexiconSection* names = common_lexicon().section("name_particle_words");         // (looked up once)
    static const LexiconSection* bodies = common_lexicon().section("institution_particle_words"); // (looked up once)
    const auto particle = [](std::string_view w) {
        for (const LexiconSection* list : {places, names, bodies})
            if (list != nullptr && list->has(w))
                return true;
        return false;
    };
    for (std::size_t k = 0; k < words.size(); ++k) {
        std::string_view w = words[k];
        if (!text::starts_upper(w)) {
            if (k == 0 || !particle(w))
                return false;
            continue;
        }
        if (w.ends_with(".") && k + 1 < words.size())
            w.remove_suffix(1);
        if (std::any_of(w.begin(), w.end(), [](char c) {
                const auto u = static_cast<unsigned char>(c);
                return u < 0x80 && std::isalpha(u) == 0 && c != '-' && c != '\'';
            }))
            return false;
    }
    return true;
}

// "File photo", "Foto de archivo.", "Archivbild": a picture's label of lexicon section picture_labels, capitalised, a
// stop perhaps closing it, alone after a caption's stop.
bool picture_label_after_stop(std::string_view tail) {
    static const LexiconSection* labels = common_lexicon().section("picture_labels"); // (looked up once)
    if (tail.ends_with("."))
        tail.remove_suffix(1);
    return labels != nullptr && !tail.empty() && tail.size() <= labels->longest && text::starts_upper(tail) &&
           labels->has(text::lower(tail));
}

// The credit's separator mark opening `tail` (lexicon section credit_separator_marks, a space after it), or 0.
std::size_t separator_opening(std::string_view tail) {
    static const LexiconSection* marks = common_lexicon().section("credit_separator_marks"); // (looked up once)
    const std::size_t space = tail.find(' ');
    if (marks == nullptr || space == std::string_view::npos || space == 0 || !marks->has(tail.substr(0, space)))
        return 0;
    return space + 1;
}

// "in pictures:", "en images :", "in bildern:": the lower-cased opening of a line up to its colon is a gallery's title
// label (lexicon section gallery_title_labels).
bool gallery_title_label(std::string_view low) {
    static const LexiconSection* labels = common_lexicon().section("gallery_title_labels"); // (looked up once)
    if (labels == nullptr || low.empty() || low.back() != ':')
        return false;
    return labels->has(text::trim(low.substr(0, low.size() - 1)));
}

// "Un uliveto colpito dalla Xylella - RIPRODUZIONE RISERVATA", "Le quai au lever du jour - Tous droits réservés": a
// rights notice (lexicon section caption_rights_tails) after a separator mark closing a caption of three words or
// more, no copyright sign or word in the line (a site's footer); where the credit opens (at the notice), 0 when the
// line has none.
std::size_t rights_tail(std::string_view line) {
    static const LexiconSection* tails = common_lexicon().section("caption_rights_tails"); // (looked up once)
    const std::size_t least_caption_words = 3;
    if (tails == nullptr || line.empty() || line.back() == '.')
        return 0;
    // (Only the line's end, as long as the longest notice, is lowered: a notice is sought there alone.)
    const std::size_t end_bytes = std::min(line.size(), tails->longest);
    const std::string low = text::lower(line.substr(line.size() - end_bytes));
    if (low.size() != end_bytes) // (the notice is found in the lowered end, cut from the line as printed)
        return 0;
    for (std::string_view tail : tails->entries) {
        if (tail.size() + 4 > line.size() || !std::string_view(low).ends_with(tail))
            continue;
        const std::size_t notice = line.size() - tail.size();
        const std::string_view before = text::trim(line.substr(0, notice));
        const std::size_t space = before.rfind(' ');
        const std::string_view caption = text::trim(before.substr(0, space == std::string_view::npos ? 0 : space));
        const std::string_view mark = space == std::string_view::npos ? before : before.substr(space + 1);
        static const LexiconSection* marks = common_lexicon().section("credit_separator_marks"); // (looked up once)
        // ("© 2026 Harbour Media - All rights reserved", "Copyright Harbour Media | ...": the site's own notice.)
        const bool copyright = line.find("\u00a9") != std::string_view::npos ||
                               text::lower(line).find("copyright") != std::string::npos;
        if (marks != nullptr && marks->has(mark) && !copyright &&
            text::split_ws(caption).size() >= least_caption_words)
            return notice;
    }
    return 0;
}

// "Neve sull'autostrada A24 (foto d'archivio) © ANSA", "The flooded square on Monday. © Reuters", "Der Steg im
// Winter © Keystone", "La alcaldesa en el pleno © EFE/Ana Ruiz", "La piscine de Grandval en 2019 © Anne Dubois": a
// copyright sign between spaces, then one to three capitalised words with no figure, an agency or a credit word among
// them (is_credit_word(), or glued by a slash to a name) or a person's bare name (bare_name(): no article, "© Le
// Courrier" names a paper's notice), close a caption of three words or more that opens with a capital and holds small
// letters. A site's notice ("Riproduzione riservata © ANSA", "Copyright 2026 © Harbour Media")
// names rights or a year, no picture. Returns where the credit opens (at the sign). ("Ruud Claessens © ANP": a caption
// of two words, `least_caption_words` 2, is a person's name the caller tells from a photographer's.)
std::optional<std::size_t> copyright_credit_closing(std::string_view line, std::size_t least_caption_words = 3) {
    const std::size_t most_credit_words = 3;
    const std::string_view sign = " \u00a9 ";
    const std::size_t at = line.rfind(sign);
    if (at == std::string_view::npos || at == 0)
        return std::nullopt;
    const auto credit = text::split_ws(line.substr(at + sign.size()));
    if (credit.empty() || credit.size() > most_credit_words ||
        std::any_of(credit.begin(), credit.end(), [](std::string_view w) {
            return !text::starts_upper(w) || w.find_first_of("0123456789") != std::string_view::npos;
        }) ||
        (std::none_of(credit.begin(), credit.end(),
                      [](std::string_view w) {
                          // ("... © EFE/Ana Ruiz", "... © ANP/Robin Utrecht": the agency glued by a slash to the
                          // photographer's first name is a credit word too.)
                          const std::size_t slash = w.find('/');
                          return is_credit_word(w) ||
                                 (slash != std::string_view::npos && slash > 0 &&
                                  (is_credit_word(w.substr(0, slash)) || is_credit_word(w.substr(slash + 1))));
                      }) &&
         !bare_name(credit)))
        return std::nullopt;
    const std::string_view caption = text::trim(without_separator(line.substr(0, at)));
    if (!text::starts_upper(caption) || text::split_ws(caption).size() < least_caption_words ||
        caption.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string_view::npos)
        return std::nullopt;
    const std::string low = text::lower(caption);
    static const LexiconSection* rights = common_lexicon().section("caption_rights_tails"); // (looked up once)
    if (low.find("copyright") != std::string::npos ||
        (rights != nullptr && std::any_of(rights->entries.begin(), rights->entries.end(), [&low](std::string_view r) {
             return low.find(r) != std::string::npos;
         })))
        return std::nullopt;
    return at + 1;
}

// "Rubbish piled up on the estate in HarwickCredit: Jane Roe", "... on Thursday.Credit...Jane Roe for The Daily
// Record", "... in the rain.CreditCreditJane Roe/The Daily Record", "Der neue Steg am HafenFoto: Anna Muster": a
// credit's label (lexicon section glued_credit_labels), capitalised and glued to the caption's last letter, figure or
// stop (the space lost with the markup between them), then a colon, an ellipsis or the credit's capital: where the
// credit opens, or npos. The caption before it holds three words or more; the credit, a few words, closes the line
// with no stop (a sentence goes on). A capital glued to a small letter is no word of a sentence.
} // namespace

std::optional<std::pair<std::string, std::string>> name_over_copyright(std::string_view line) {
    const std::size_t most_name_words = 3;
    const auto sign = copyright_credit_closing(line, 2);
    if (!sign)
        return std::nullopt;
    const std::string_view name = text::trim(line.substr(0, *sign));
    const auto words = text::split_ws(name);
    if (words.size() > most_name_words || !bare_name(words))
        return std::nullopt;
    return std::make_pair(std::string(name), std::string(line.substr(*sign)));
}

bool topic_subheading(const Block& b) {
    const int most_words = 8;
    const std::size_t most_topic_words = 3, least_rest_words = 2;
    if (b.words < 3 || b.words > most_words || b.end_punct || !heading_like(b))
        return false;
    const std::string_view line = b.text;
    const std::size_t colon = line.find(": ");
    if (colon == std::string_view::npos || colon == 0 || line.find(':', colon + 1) != std::string_view::npos)
        return false;
    const std::string_view topic = text::trim(line.substr(0, colon)), rest = text::trim(line.substr(colon + 2));
    return !topic.empty() && text::starts_upper(topic) && text::split_ws(topic).size() <= most_topic_words &&
           text::starts_upper(rest) && text::split_ws(rest).size() >= least_rest_words;
}

std::size_t glued_label_opening(std::string_view line) {
    const std::size_t least_caption_words = 3, most_credit_words = 10;
    // The labels capitalised, as they stand glued ("Credit", "Foto"), found once each: most lines hold none.
    static const std::vector<std::string> capitalised = [] {
        std::vector<std::string> out;
        for (const auto& label : common_lexicon().list("glued_credit_labels"))
            if (label.size() >= 4 && label[0] >= 'a' && label[0] <= 'z')
                out.push_back(static_cast<char>(label[0] - 'a' + 'A') + std::string(label.substr(1)));
        return out;
    }();
    // The labels' first letters, a byte table: the label's capital glued to a small letter or a figure must stand
    // in the line's last words (the credit after it has at most ten), which one look back over them settles for
    // most lines before any search.
    static const std::array<bool, 256> opens_label = [] {
        std::array<bool, 256> table{};
        for (const std::string& label : capitalised)
            table[static_cast<unsigned char>(label[0])] = true;
        return table;
    }();
    // (The credit closes the line without a stop: a line ending on one, most of a text's, is settled by its last byte.)
    const std::string_view trimmed = text::trim(line);
    if (trimmed.empty() || std::string_view(".!?:,;").find(trimmed.back()) != std::string_view::npos)
        return std::string_view::npos;
    bool glued_capital = false;
    std::size_t words_seen = 0;
    for (std::size_t at = line.size(); at > 1 && words_seen <= most_credit_words + 1 && !glued_capital; --at) {
        const auto c = static_cast<unsigned char>(line[at - 1]), before = static_cast<unsigned char>(line[at - 2]);
        if (c == ' ' && before != ' ')
            ++words_seen;
        glued_capital = opens_label[c] && ((before >= 'a' && before <= 'z') || (before >= '0' && before <= '9'));
    }
    if (!glued_capital)
        return std::string_view::npos;
    for (const std::string& label : capitalised) {
        const char capital = label[0];
        const std::string_view rest_of_label = std::string_view(label).substr(1);
        for (std::size_t open = line.find(label, 1); open != std::string_view::npos;
             open = line.find(label, open + 1)) {
            const auto before = static_cast<unsigned char>(line[open - 1]);
            // (After a stop the older rule below reads the glued credit, "... in 2023.CreditJane Roe/Agency".)
            if (line[open] != capital || !((before >= 'a' && before <= 'z') || (before >= '0' && before <= '9')))
                continue;
            // ("... in 2023.CreditCreditJane Roe": the second of a label printed twice opens no credit.)
            if (open >= label.size() && line[open - label.size()] == capital &&
                line.substr(open - label.size() + 1, rest_of_label.size()) == rest_of_label)
                continue;
            std::string_view credit = line.substr(open + label.size());
            // ("CreditCreditJane Roe": the label printed twice.)
            if (credit.size() > label.size() && credit[0] == capital && credit.substr(1).starts_with(rest_of_label))
                credit.remove_prefix(label.size());
            if (credit.starts_with(":"))
                credit.remove_prefix(1);
            else if (credit.starts_with("..."))
                credit.remove_prefix(3);
            else if (credit.starts_with("\u2026"))
                credit.remove_prefix(3);
            else if (credit.empty() || credit[0] < 'A' || credit[0] > 'Z')
                continue;
            credit = text::trim(credit);
            if (credit.empty() || !text::starts_upper(credit) || credit.find(". ") != std::string_view::npos ||
                std::string_view(".!?:,;").find(credit.back()) != std::string_view::npos ||
                more_tokens_than(credit, most_credit_words) ||
                text::split_ws(line.substr(0, open)).size() < least_caption_words)
                continue;
            return open;
        }
    }
    return std::string_view::npos;
}

namespace {

// "Credit...Jane Roe for The Harbour Daily Record", "Photo: Jeanne Morel pour Le Quotidien": a credit's label
// (lexicon section glued_credit_labels), capitalised, then an ellipsis or a colon, then a photographer's name and the
// outlet the picture was taken for (photographer_for_outlet()).
bool labelled_photographer_for_outlet(std::string_view tail) {
    static const auto& labels = common_lexicon().list("glued_credit_labels"); // (looked up once)
    if (tail.empty() || tail[0] < 'A' || tail[0] > 'Z')
        return false;
    for (const auto& label : labels) {
        if (label.size() >= tail.size() || text::lower(tail.substr(0, label.size())) != label)
            continue;
        std::string_view rest = tail.substr(label.size());
        if (rest.starts_with("..."))
            rest.remove_prefix(3);
        else if (rest.starts_with("\u2026"))
            rest.remove_prefix(std::string_view("\u2026").size());
        else if (rest.starts_with(":"))
            rest.remove_prefix(1);
        else
            continue;
        rest = text::trim(rest);
        return text::starts_upper(rest) && photographer_for_outlet(rest);
    }
    return false;
}

// split_trailing_credit() of `line`, the block `b`'s text when a block is given (its words then stand for the scan of
// the line's spaces for a credit prefix).
// "Il sindaco durante la seduta - Foto Ansa", "... | foto LaPresse", "Le maire en séance - Photo AFP": a caption of
// three words or more and no stop, a separator mark between spaces (lexicon section credit_separator_marks), then the
// picture's word with no colon (caption_picture_labels) and its credit (is_credit_line(), with the word or after it),
// four words at most.
std::optional<std::pair<std::string, std::string>> marked_picture_credit(std::string_view line) {
    const std::size_t least_caption_words = 3, most_credit_words = 4;
    static const LexiconSection* marks = common_lexicon().section("credit_separator_marks"); // (looked up once)
    static const LexiconSection* words = common_lexicon().section("caption_picture_labels"); // (looked up once)
    if (marks == nullptr || words == nullptr)
        return std::nullopt;
    std::size_t end = line.size();
    for (std::size_t tokens = 0; tokens <= most_credit_words + 1; ++tokens) {
        const std::size_t space = end == 0 ? std::string_view::npos : line.rfind(' ', end - 1);
        if (space == std::string_view::npos || space == 0)
            return std::nullopt;
        const std::string_view token = line.substr(space + 1, end - space - 1);
        end = space;
        if (tokens < 2 || !marks->has(token))
            continue;
        const std::string_view caption = text::trim(line.substr(0, space));
        const std::string_view credit = text::trim(line.substr(space + 1 + token.size()));
        const std::size_t word_end = credit.find(' ');
        if (word_end == std::string_view::npos || !words->has(text::lower(credit.substr(0, word_end))) ||
            !(is_credit_line(credit) || is_credit_line(credit.substr(word_end + 1))) ||
            caption.find_first_of(".!?") != std::string_view::npos || !text::starts_upper(caption) ||
            text::split_ws(caption).size() < least_caption_words)
            return std::nullopt;
        return std::make_pair(text::collapse(caption), std::string(credit));
    }
    return std::nullopt;
}

// "La frana sulla strada cantonale (foto d'archivio) Keystone", "Le pont avant les travaux (photo d'archives)
// Keystone", "Die alte Brücke (Archivbild) KEYSTONE", "The old pier (file photo) Getty Images": a caption closed by a
// picture's label in parentheses (lexicon section picture_labels) and then a picture agency's bare name, one to three
// capitalised words each a credit's word (credit_words or an agency's name: is_credit_word()), or an agency in small
// letters ("dpa"): the label stays the caption's, the agency is the credit. Returns where the credit opens, or npos.
std::size_t agency_after_picture_label(std::string_view line) {
    const std::size_t most_credit_words = 3, least_caption_words = 2;
    if (line.empty() || line.back() == ')' || line.back() == '.')
        return std::string_view::npos;
    const std::size_t close = line.rfind(") ");
    if (close == std::string_view::npos)
        return std::string_view::npos;
    const std::size_t open = line.rfind('(', close);
    static const LexiconSection* labels = common_lexicon().section("picture_labels"); // (looked up once)
    if (open == std::string_view::npos || open == 0 || labels == nullptr)
        return std::string_view::npos;
    const std::string_view credit = line.substr(close + 2);
    const auto words = text::split_ws(credit);
    if (words.empty() || words.size() > most_credit_words ||
        std::any_of(words.begin(), words.end(), [&words](std::string_view w) {
            return !is_credit_word(w) || (!text::starts_upper(w) && words.size() > 1);
        }) ||
        !labels->has(text::lower(line.substr(open + 1, close - open - 1))))
        return std::string_view::npos;
    const std::string_view caption = text::trim(line.substr(0, open));
    if (!text::starts_upper(caption) || text::split_ws(caption).size() < least_caption_words ||
        caption.find_first_of(".!?") != std::string_view::npos)
        return std::string_view::npos;
    return close + 2;
}

std::optional<std::pair<std::string, std::string>> split_credit(std::string_view line, const Block* b) {
    // "Le président à Berne. (Photo: Keystone)", "Die neue Brücke. Bild: Keystone"
    line = text::trim(line);
    // "…四成。（記者吳志明攝）", "…報道官＝ロイター": a CJK caption and its credit (cjk_captions.cpp).
    if (cjk_caption_sign(line))
        if (auto cjk = cjk_caption_credit(line))
            return cjk;
    // "Wer die Sperre gebaut hat, ist unklar (Symbolbild).", "The pier after the storm (file photo)": a label saying
    // the picture stands for the story closes its caption, before or after the caption's full stop.
    if (std::string_view inner = line.ends_with(").") ? line.substr(0, line.size() - 1) : line; inner.ends_with(")")) {
        auto open = inner.rfind('(');
        static const LexiconSection* labels = common_lexicon().section("picture_labels"); // (looked up once)
        if (open != std::string_view::npos && open > 0 && labels != nullptr &&
            labels->has(text::lower(inner.substr(open + 1, inner.size() - open - 2)))) {
            std::string caption = text::collapse(line.substr(0, open));
            if (line.back() == '.' && !caption.empty() && caption.back() != '.')
                caption += '.';
            if (!caption.empty())
                return std::make_pair(caption, std::string(inner.substr(open)));
        }
    }
    if (const std::size_t at = agency_after_picture_label(line); at != std::string_view::npos)
        return std::make_pair(std::string(text::trim(line.substr(0, at))), std::string(line.substr(at)));
    // "... on Wednesday morning. [Photo: Joel Chebet, Observer]", "... am Steg. [Jane Roe/Seeblatt]": square brackets
    // closing a caption of three words or more hold its credit as a parenthesis does.
    if (line.ends_with("]")) {
        const std::size_t least_caption_words = 3;
        const std::size_t open = line.rfind('[');
        if (open != std::string_view::npos && open > 0) {
            const std::string_view inner = line.substr(open + 1, line.size() - open - 2);
            const std::string caption = text::collapse(without_separator(line.substr(0, open)));
            if ((is_credit_line(inner) || slashed_credit(inner) || person_slash_outlet(inner)) &&
                text::starts_upper(caption) && text::split_ws(caption).size() >= least_caption_words)
                return std::make_pair(caption, std::string(line.substr(open)));
        }
    }
    if (!line.empty() && line.back() == ')') {
        auto open = line.rfind('(');
        // "... según la Delegación del Gobierno. (Europa Press)": a parenthesis naming a news agency alone closes a
        // text the agency wrote (its tag, agency_tag()), as "(EFE)" and "(ANSA)" do, and credits no picture; the
        // words of a picture's credit ("(Photo: Jane Roe)", "(AP Photo/Jane Roe)", "(Keystone)") are no agency's tag.
        // "La sede del Comune di Valle (Ansa)", "Der neue Steg am Hafen (dpa)": after a short phrase that no stop
        // closes, a caption's words, the agency credits the picture.
        // ("... chalutiers. / Jean Morel (AFP)": the agency closes a photographer's credit after a slash or a bar,
        // read with the credits after the caption's stop below.)
        const auto credit_after_mark = [&] {
            const std::size_t dot = rfind_stop(line, open);
            return dot != std::string_view::npos && dot + 4 < open &&
                   (line.substr(dot + 2).starts_with("/ ") || line.substr(dot + 2).starts_with("| "));
        };
        if (open != std::string_view::npos && agency_tag(line.substr(open)) && !credit_after_mark()) {
            // "... este martes en La Moncloa. Fernando Sánchez Luján (EFE)", "... am Hafen. Anna Muster (dpa)": the
            // photographer's name (bare_name(), two to four words) and the agency, glued after the caption's last
            // stop with no mark, credit the picture (name_shaped_credit()); a text's tag follows its stop alone.
            if (const std::size_t dot = rfind_stop(line, open);
                dot != std::string_view::npos && dot > 0 && name_shaped_credit(line.substr(dot + 2)) &&
                text::split_ws(line.substr(0, dot)).size() >= 3)
                return std::make_pair(text::collapse(line.substr(0, dot + 1)), std::string(line.substr(dot + 2)));
            // ("Mario Rossi (ANSA)", "Ana Ruiz (EFE)": a bare name before the agency is the author signing with it
            // over the date, or a photographer's credit under a caption: no caption of a name.)
            if (!phrase_before_credit(line.substr(0, open)) ||
                bare_name(text::split_ws(text::trim(line.substr(0, open)))))
                return std::nullopt;
            return std::make_pair(text::collapse(line.substr(0, open)), std::string(line.substr(open)));
        }
        // "... in Richmond on Nov. 30. (Jane Roe for The Daily Record)", "... à Lorient. (Jeanne Morel pour Le
        // Quotidien)": a photographer's name and the outlet the picture was taken for, in a parenthesis after the
        // caption's stop (photographer_for_outlet()).
        const auto for_outlet = [&] {
            return open > 2 && line[open - 1] == ' ' && line[open - 2] == '.' &&
                   photographer_for_outlet(line.substr(open + 1, line.size() - open - 2));
        };
        if (open != std::string_view::npos && open > 0 &&
            (is_credit_line(line.substr(open)) || slashed_credit(line.substr(open + 1, line.size() - open - 2)) ||
             person_slash_outlet(line.substr(open + 1, line.size() - open - 2)) || for_outlet())) {
            std::string caption = text::collapse(without_separator(line.substr(0, open)));
            // ("Mario Rossi (Imagoeconomica)": a picture agency's one word after a bare name is the photographer's
            // credit whole, under the caption, no caption of a name.)
            const std::string_view inner = line.substr(open + 1, line.size() - open - 2);
            const bool photographer = inner.find_first_of(" /") == std::string_view::npos &&
                                      caption.find('.') == std::string::npos && bare_name(text::split_ws(caption));
            if (!caption.empty() && !photographer)
                return std::make_pair(caption, std::string(line.substr(open)));
        }
    }
    if (const auto sign =
            line.find("\u00a9") == std::string_view::npos ? std::nullopt : copyright_credit_closing(line)) {
        std::string caption = text::collapse(without_separator(line.substr(0, *sign)));
        if (!caption.empty())
            return std::make_pair(std::move(caption), std::string(line.substr(*sign)));
    }
    if (const std::size_t notice = rights_tail(line); notice > 0) {
        const std::string_view before = text::trim(line.substr(0, notice));
        return std::make_pair(text::collapse(before.substr(0, before.rfind(' '))), std::string(line.substr(notice)));
    }
    if (const std::size_t glued = glued_label_opening(line); glued != std::string_view::npos)
        return std::make_pair(text::collapse(line.substr(0, glued)), std::string(line.substr(glued)));
    if (auto marked = marked_picture_credit(line))
        return marked;
    // Both credits below follow a full stop: a line without one (most short lines) is settled by one search.
    if (const std::size_t last_dot = rfind_dot(line); last_dot != std::string_view::npos) {
        // "... mercredi 11 mars. MAXIME LE GALL / LA GAZETTE DU VAL", "... l'hiver dernier. PHOTO JACQUES MOREL,
        // ARCHIVES LE QUOTIDIEN": a credit in capitals, longer than the credits below may run, after the caption's
        // last stop (its comma cuts no credit from the caption).
        if (last_dot > 0 && last_dot + 2 < line.size() && line[last_dot + 1] == ' ') {
            std::string_view tail = text::trim(line.substr(last_dot + 1));
            if ((capital_slashed_credit(tail) || capital_comma_credit(tail)) &&
                text::split_ws(line.substr(0, last_dot)).size() >= 3) {
                // ("... en octobre 2026. | ARCHIVES LE COURRIER / PAUL ROUX": a bar or a slash leading to the credit
                // belongs to neither.)
                if (const std::size_t mark = separator_opening(tail);
                    mark > 0 && (tail.front() == '/' || tail.front() == '|'))
                    tail = text::trim(tail.substr(mark));
                return std::make_pair(text::collapse(line.substr(0, last_dot + 1)), std::string(tail));
            }
        }
        // "... le 20 octobre 2016. THOMAS VERNIER / AFP": a credit after the caption's last full stop.
        for (std::size_t dot = rfind_stop(line, line.size()); dot != std::string_view::npos && dot > 0;
             dot = rfind_stop(line, dot - 1)) {
            std::string_view tail = text::trim(line.substr(dot + 1));
            // "... en la calle Mayor. / Ayuntamiento de Villanueva de la Sierra": an institution's name after a slash
            // or a bar is the credit, up to eight words (institution_credit()), more than the credits below.
            if (const std::size_t mark = separator_opening(tail);
                mark > 0 && (tail.front() == '/' || tail.front() == '|') && institution_credit(tail.substr(mark)) &&
                text::split_ws(line.substr(0, dot)).size() >= 3)
                return std::make_pair(text::collapse(line.substr(0, dot + 1)),
                                      std::string(text::trim(tail.substr(mark))));
            // "... en Madrid (España). - Eduardo Parra - Europa Press - Archivo", "... al porto. – Anna Riva – Ansa": a
            // credit of parts between spaced dashes (the photographer, the agency, the archive: dashed_credit()) after
            // the caption's stop runs past six tokens; the dash opening it belongs to neither.
            const std::size_t sign_mark = separator_opening(tail);
            if (sign_mark > 0 && !tail.substr(sign_mark).starts_with("\u00a9") && more_tokens_than(tail, 6) &&
                is_credit_line(tail) && text::split_ws(line.substr(0, dot)).size() >= 3)
                return std::make_pair(text::collapse(line.substr(0, dot + 1)),
                                      std::string(text::trim(tail.substr(sign_mark))));
            // ("... le 2 décembre 2026. — © Jeanne Morel / Le Courrier", "... at dawn. – © Jane Roe / Harbour News":
            // the separator before a copyright sign is no token of the credit's.)
            if (more_tokens_than(
                    sign_mark > 0 && tail.substr(sign_mark).starts_with("\u00a9") ? tail.substr(sign_mark) : tail, 6)) {
                // "... le 3 mai 2026. JEANNE MOREL POUR « LE QUOTIDIEN »": a photographer's credit for an outlet
                // runs past six tokens when quotation marks stand around the outlet's name (nine at most).
                const std::size_t most_for_outlet_tokens = 9;
                if (text::starts_upper(tail) && !more_tokens_than(tail, most_for_outlet_tokens) &&
                    photographer_for_outlet(tail) && text::split_ws(line.substr(0, dot)).size() >= 3)
                    return std::make_pair(text::collapse(line.substr(0, dot + 1)), std::string(tail));
                break;
            }
            // "... del Cabanyal. / Rober Solsona", "... am Hafen. | Jane Roe/Keystone": a separator mark after the
            // stop leads to the credit and belongs to neither. A name alone is a credit only after a slash or a bar:
            // a dash after a stop also leads to a text's signature ("... until Sunday. — Jane Roe").
            if (const std::size_t mark = separator_opening(tail); mark > 0) {
                const std::string_view credit = text::trim(tail.substr(mark));
                const bool slash_or_bar = tail.front() == '/' || tail.front() == '|';
                // ("... am Freitagmorgen. - keystone", "... vendredi. - afp": a known agency's or credit's word
                // alone, in small letters too, is the credit, is_credit_word(); a name after a dash still signs.)
                const bool credit_word = credit.find(' ') == std::string_view::npos && is_credit_word(credit);
                // ("... devant sa boulangerie, mercredi. | LA GAZETTE-DU-VAL", "... at the quay. / HARBOUR NEWS":
                // the outlet's name in capitals, after a slash or a bar, is the credit too.)
                if ((is_credit_line(credit) || credit_word ||
                     (slash_or_bar && (name_shaped_credit(credit) || capital_outlet(credit)))) &&
                    text::split_ws(line.substr(0, dot)).size() >= 3)
                    return std::make_pair(text::collapse(line.substr(0, dot + 1)), std::string(credit));
            }
            // "... on the quay in 2019. File photo", "... en el pleno de 2019. Foto de archivo": a label saying the
            // picture comes from the archive (lexicon section picture_labels), as "(file photo)" does in a
            // parenthesis, is the credit after the stop.
            // "... em 2019. Arquivo DM", "... en Guatemala. Archivo.": so is an archive's credit (archive_credit()).
            // "... in Columbus, Ohio, on Nov. 20. Maddie McGarvey for The Daily Record": so is a photographer's name
            // and the outlet the picture was taken for (photographer_for_outlet()).
            // "... on Wednesday. Ellen Marsh/WKVR": so is a photographer's name and the outlet after a slash
            // (person_slash_outlet()), whichever outlet it is.
            // "... en su casa de Madrid. Andrea Comas": so is a photographer's name alone after a one-sentence
            // caption (bare_name_after_caption()).
            // "... w 2001 roku. Fot. PAP/Anna Sowa", "... przy parku. Fot. Fundacja Miasto dla Ludzi": a stop that
            // closes the credit's own shortened label (label_stop()) leaves the label with the credit it opens,
            // whatever shape the credit has ("Fundacja Miasto dla Ludzi" reads as a photographer for an outlet).
            if ((picture_label_after_stop(tail) || archive_credit(text::split_ws(tail), true) ||
                 photographer_for_outlet(tail) || person_slash_outlet(tail) || bare_name_after_caption(line, dot) ||
                 is_credit_line(tail)) &&
                text::split_ws(line.substr(0, dot)).size() >= 3) {
                if (const std::size_t space = line.rfind(' ', dot);
                    space != std::string_view::npos && label_stop(line, dot))
                    return std::make_pair(text::collapse(line.substr(0, space)),
                                          std::string(line.substr(space + 1)));
                return std::make_pair(text::collapse(line.substr(0, dot + 1)), std::string(tail));
            }
        }
        // "... as much energy as a city uses in an hour.Photograph: Jane Roe", "... in March 2023.CreditJane Roe/Agency":
        // the credit glued to the caption's full stop (a small letter or a figure before the stop, a capital after
        // it: no abbreviation such as "U.S."), its label perhaps glued to the name too.
        // (The bytes around a stop settle most stops before the tokens after it are counted: a stop further left has
        // a longer tail, so the first glued stop whose tail runs past six tokens ends the search.)
        for (std::size_t dot = last_dot; dot != std::string_view::npos && dot > 0; dot = rfind_dot(line, dot - 1)) {
            std::string_view tail = line.substr(dot + 1);
            const unsigned char before = static_cast<unsigned char>(line[dot - 1]);
            const unsigned char after = tail.empty() ? 0 : static_cast<unsigned char>(tail.front());
            if (!(((before >= 'a' && before <= 'z') || (before >= '0' && before <= '9')) && after >= 'A' &&
                  after <= 'Z'))
                continue;
            // ("... last week.Credit...Jane Roe for The Harbour Daily Record": after its label, a photographer's
            // name and the outlet the picture was taken for run to ten tokens, photographer_for_outlet()'s most.)
            const bool labelled_for_outlet = more_tokens_than(tail, 6) && labelled_photographer_for_outlet(tail);
            if (more_tokens_than(tail, 6) && !labelled_for_outlet)
                break;
            if ((labelled_for_outlet || is_credit_line(tail) || glued_credit_label(tail)) &&
                text::split_ws(line.substr(0, dot)).size() >= 3)
                return std::make_pair(text::collapse(line.substr(0, dot + 1)), std::string(tail));
        }
    }
    // (A credit prefix is sought before a slashed name closing the line: "... Photo by Jane Roe/AFP" is credited
    // from its prefix.)
    if (b != nullptr ? !may_open_prefix(*b) : !may_open_prefix(line))
        return slashed_name_split(line);
    const std::string low = text::lower(line);
    std::vector<std::size_t> spaces;
    for (std::size_t k = 0; k < low.size(); ++k)
        if (low[k] == ' ')
            spaces.push_back(k);
    // A prefix is found after a space (rfind_word): the first four bytes of the line's words say which prefixes
    // can be there, without a search of the line for every prefix.
    const auto& prefixes = common_lexicon().list("credit_prefixes");
    const auto& heads = credit_prefix_heads();
    const auto& sieve = credit_head_sieve();
    std::vector<bool> opens_word(prefixes.size(), false);
    bool any = false;
    for (std::size_t sp : spaces)
        if (sp + 5 <= low.size()) {
            std::pair<std::uint32_t, std::size_t> key{head4(std::string_view(low).substr(sp + 1, 4)), 0};
            if (!sieve.test(head_slot(key.first)))
                continue;
            for (auto it = std::lower_bound(heads.begin(), heads.end(), key); it != heads.end() && it->first == key.first;
                 ++it)
                opens_word[it->second] = any = true;
        }
    if (!any)
        return slashed_name_split(line);
    for (std::size_t k = 0; k < prefixes.size(); ++k) {
        const std::string_view prefix = prefixes[k];
        // Most lines hold no prefix at all: one search of the line settles it before a look at every word.
        if (prefix.size() < 4 || !opens_word[k] || low.find(prefix) == std::string::npos)
            continue;
        auto at = rfind_word(low, spaces, prefix);
        // ("... station. File | Photo Credit: The Hindu": the word before a prefix may open a longer one, "photo
        // credit:" before "credit:", which the credit opens with.)
        if (static const LexiconSection* listed = common_lexicon().section("credit_prefixes");
            at != std::string::npos && at > 0 && listed != nullptr) {
            const std::size_t before = low.rfind(' ', at - 1);
            // ("(Image credit: Jane Roe)", "Image credit: Harbour Tech": the longer prefix, perhaps after the
            // parenthesis opening it, opens the line, which is a credit whole: no caption before it.)
            const std::size_t word = before == std::string::npos ? 0 : before + 1;
            const std::size_t from = word < at && low[word] == '(' ? word + 1 : word;
            if (from < at && listed->has(std::string_view(low).substr(from, at - from + 1 + prefix.size()))) {
                if (before == std::string::npos)
                    continue;
                at = before;
            }
        }
        // "In pictures: Storm Edwina batters the coast", "En images : la crue", "In foto: la piena del Po": a
        // gallery's title label (lexicon section gallery_title_labels) opens the line, whose prefix word is the
        // label's, no credit's; the line is a title, not a caption.
        if (at != std::string::npos && at > 0 && gallery_title_label(low.substr(0, at + 1 + prefix.size())))
            continue;
        if (at != std::string::npos && at > 0 && is_credit_line(line.substr(at + 1))) {
            // "... near the new hospital. (Express Photo by Jane Roe)", "... am Hafen (Archiv Foto: Anna Muster)":
            // a prefix inside the parenthesis that closes the line, a word or three of the paper or the kind
            // of picture before it, credits from the parenthesis's opening.
            const std::size_t most_words_before = 3;
            if (const std::size_t open = line.rfind('(', at); line.back() == ')' && open != std::string_view::npos &&
                                                                open > 0 && line.find(')', open) == line.size() - 1) {
                const std::string_view inside = line.substr(open + 1, at - open - 1);
                if (text::split_ws(inside).size() <= most_words_before &&
                    inside.find_first_of(".,;:") == std::string_view::npos) {
                    std::string caption = text::collapse(without_separator(line.substr(0, open)));
                    if (!caption.empty())
                        return std::make_pair(caption, std::string(line.substr(open)));
                }
            }
            // (". Imagen: Télam", ". Foto: EFE": a stop left over from the markup before the credit is no caption;
            // a caption says what the picture shows, in a letter or a figure at least.)
            std::string caption = text::collapse(without_separator(line.substr(0, at)));
            if (std::none_of(caption.begin(), caption.end(), [](char c) {
                    return static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c)) != 0;
                }))
                continue;
            // ("... the new pier (Image credit: Jane Roe)": words leaving a bracket open hold the credit's opening,
            // no caption's end.)
            if (std::count(caption.begin(), caption.end(), '(') > std::count(caption.begin(), caption.end(), ')'))
                continue;
            return std::make_pair(caption, std::string(line.substr(at + 1)));
        }
    }
    return slashed_name_split(line);
}

} // namespace

bool person_outlet_credit(std::string_view line) {
    // (The slash joins two words: "Pain / Anesthetics", "Redaktion Lokales / Katrin Mayer" are a menu's entries and a
    // desk's byline.)
    const std::size_t slash = line.find('/');
    if (slash == std::string_view::npos || slash == 0 || slash + 1 >= line.size() || line[slash - 1] == ' ' ||
        line[slash + 1] == ' ')
        return false;
    return person_slash_outlet(line) || outlet_slash_person(line);
}

bool person_first_credit(std::string_view line) {
    const std::size_t slash = line.find('/');
    return slash != std::string_view::npos && slash > 0 && slash + 1 < line.size() && line[slash - 1] != ' ' &&
           line[slash + 1] != ' ' && person_slash_outlet(line);
}

bool picture_label_line(std::string_view line) {
    line = text::trim(line);
    if (line.ends_with(")."))
        line.remove_suffix(1);
    return picture_label_credit(line) || picture_label_after_stop(line);
}

namespace {

// "EL MUNDO", "OUEST-FRANCE": an outlet's name in capitals, one to `most_words` words, at least four capitals, no
// small letter, figure or mark but an apostrophe (and a hyphen inside a word, where `hyphens`).
bool capital_words(std::string_view line, std::size_t most_words, bool hyphens) {
    const std::size_t least_capitals = 4;
    std::size_t capitals = 0, spaces = 0;
    // (Bytes only: no word is read before the line is known to be in capitals.)
    for (std::size_t k = 0; k < line.size(); ++k) {
        const char c = line[k];
        const bool inner_hyphen = hyphens && c == '-' && k > 0 && k + 1 < line.size() && line[k - 1] != ' ' &&
                                  line[k + 1] != ' ';
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
            (c != ' ' && c != '\'' && !inner_hyphen && std::ispunct(static_cast<unsigned char>(c)) != 0))
            return false;
        capitals += c >= 'A' && c <= 'Z' ? 1 : 0;
        spaces += c == ' ' ? 1 : 0;
    }
    return capitals >= least_capitals && spaces < most_words;
}

} // namespace

bool capital_outlet(std::string_view credit) {
    const std::size_t most_outlet_words = 4, longest = 40;
    credit = text::trim(credit);
    return credit.size() >= 4 && credit.size() <= longest && capital_words(credit, most_outlet_words, true);
}

bool lone_credit_line(std::string_view line) {
    const std::size_t most_outlet_words = 4;
    line = text::trim(line);
    if (line.size() < 3 || line.size() > 40)
        return false;
    // "(Ansa)", "(EFE)": a news agency's name alone in parentheses.
    if (line.front() == '(')
        return line.back() == ')' && line.find(' ') == std::string_view::npos && agency_tag(line).has_value();
    // "Archivo", "Archivio": an archive's word alone.
    if (line.find(' ') == std::string_view::npos && archive_word(line))
        return true;
    // "EL MUNDO", "LA STAMPA": the outlet's name in capitals, one to four words, no small letter, figure or mark.
    return capital_words(line, most_outlet_words, false);
}

namespace {

// The figures opening `s` ("12" of "12 of 40"), or 0.
std::size_t figures_opening(std::string_view s) {
    std::size_t n = 0;
    while (n < s.size() && s[n] >= '0' && s[n] <= '9')
        ++n;
    return n;
}

// "Item 1 of 2 A crane lifts the pier's last beam.", "[1/2] A crane lifts ...", "Bild 2 von 5 Der neue Steg": a
// gallery's counter opening a caption, "[N/M]" or two words around its two figures (both in lexicon section
// gallery_counter_words), belongs to the slider, not the caption: the caption after it (itself when none opens it).
std::string_view without_gallery_counter(std::string_view caption) {
    std::size_t end = 0;
    if (caption.starts_with("[")) {
        const std::size_t n = figures_opening(caption.substr(1));
        const std::size_t m = n == 0 || caption.size() < n + 3 || caption[n + 1] != '/'
                                  ? 0
                                  : figures_opening(caption.substr(n + 2));
        if (m > 0 && caption.size() > n + m + 3 && caption[n + m + 2] == ']')
            end = n + m + 3;
    } else if (static const LexiconSection* words = common_lexicon().section("gallery_counter_words");
               words != nullptr && caption.size() > 8 && std::isalpha(static_cast<unsigned char>(caption[0])) != 0) {
        // (The word, its figures, the second word, its figures: "Item 1 of 2".)
        const auto tokens = text::split_ws(caption, 5);
        if (tokens.size() == 5 && figures_opening(tokens[1]) == tokens[1].size() &&
            figures_opening(tokens[3]) == tokens[3].size() &&
            words->has(text::lower(tokens[0])) && words->has(text::lower(tokens[2])))
            end = static_cast<std::size_t>(tokens[3].data() + tokens[3].size() - caption.data());
    }
    const std::string_view rest = end == 0 ? std::string_view() : text::trim(caption.substr(end));
    return text::starts_upper(rest) && rest.find(' ') != std::string_view::npos ? rest : caption;
}

// "REUTERS/Jane Roe Purchase Licensing Rights": a button printed after a picture's credit (lexicon section
// picture_buttons, as in section boilerplate on a line of its own) is no word of the credit: the credit before it.
std::string_view without_picture_button(std::string_view credit) {
    static const LexiconSection* buttons = common_lexicon().section("picture_buttons"); // (looked up once)
    if (buttons == nullptr)
        return credit;
    const text::LowerCased low(credit);
    for (const std::string_view button : buttons->entries)
        if (low.view().size() == credit.size() && low.view().size() > button.size() + 1 &&
            low.view().ends_with(button) &&
            low.view()[low.view().size() - button.size() - 1] == ' ')
            return text::trim(credit.substr(0, credit.size() - button.size()));
    return credit;
}

std::optional<std::pair<std::string, std::string>> without_gallery_marks(
    std::optional<std::pair<std::string, std::string>> split) {
    if (split) {
        if (const std::string_view caption = without_gallery_counter(split->first);
            caption.size() < split->first.size())
            split->first = std::string(caption);
        if (const std::string_view credit = without_picture_button(split->second); credit.size() < split->second.size())
            split->second = std::string(credit);
    }
    return split;
}

} // namespace

std::optional<std::pair<std::string, std::string>> split_trailing_credit(std::string_view line) {
    return without_gallery_marks(split_credit(line, nullptr));
}

std::optional<std::pair<std::string, std::string>> split_trailing_credit(const Block& b) {
    return without_gallery_marks(split_credit(b.text, &b));
}


} // namespace archive
