// Captions of the classify stage closed by their picture's credit: split_trailing_credit() ("The new pier. (Photo:
// Jane Roe)", "... in May. Foto: Hafenamt") and the sieve of credit prefixes it reads first. The shapes of the credit
// closing a caption are in credit_closings.cpp, a caption's label and a person's place in the picture in
// caption_labels.cpp; what a line of credit is, and the credits naming no picture's author, are in credits.cpp; the
// words a credit needs in credit_signs.cpp.
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
                 is_credit_line(tail) || body_slash_agency(tail)) &&
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
