// Credits of the classify stage: photo credits and the captions they close. Agency tags and datelines are in
// agencies.cpp, bylines and their authors in bylines.cpp.
#include "classify.hpp"
#include "page.hpp"

#include "credits_parts.hpp"
#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <bitset>
#include <cstdint>
#include <cstring>
#include <span>
#include <string.h> // memrchr

namespace archive {

namespace {

// "The", "From": a small word that English title case capitalises (lexicon section credit_title_words), which opens
// no name or agency of a credit.
bool is_title_word(std::string_view w) {
    static const LexiconSection* title_words = common_lexicon().section("credit_title_words"); // (looked up once)
    return title_words != nullptr && w.size() <= title_words->longest && title_words->has(text::lower(w));
}

} // namespace

bool is_credit_word(std::string_view w) {
    const text::LowerCased lowered(w); // (on the stack: a word)
    std::string_view low = lowered.view();
    while (!low.empty() && (low.back() == ',' || low.back() == ')' || low.back() == '.'))
        low.remove_suffix(1);
    while (!low.empty() && low.front() == '(')
        low.remove_prefix(1);
    static const LexiconSection* credit_words = common_lexicon().section("credit_words"); // (looked up once)
    // (Lower-cased here already: the agency's spellings are looked up without a second lowering.)
    return (credit_words != nullptr && credit_words->has(low)) || agency_id_of_lowered(text::trim(low)) != nullptr;
}

// "CreditJane Roe for The Daily Star", "FotoAnna Muster/Agentur", "PhotoJohn Doe": a credit's label glued to the
// capitalised name it gives, a few words without a final stop ("Photography" glues no capital to its label).
bool glued_credit_label(std::string_view line) {
    const std::size_t most_words = 10;
    if (line.size() < 6 || !text::starts_upper(line))
        return false;
    static const auto& labels = common_lexicon().list("glued_credit_labels"); // (looked up once)
    // (A label is lower-cased from the line only when its first letter is the line's: most lines are settled there.)
    const char front = static_cast<char>(line[0] | 0x20);
    for (const auto& label : labels) {
        if (label.empty() || label[0] != front || line.size() <= label.size() + 1 ||
            text::lower(line.substr(0, label.size())) != label)
            continue;
        std::string_view rest = line.substr(label.size());
        if (!text::starts_upper(rest))
            continue;
        char last = rest.back();
        return last != '.' && last != '!' && last != '?' && last != ':' && text::split_ws(rest).size() <= most_words;
    }
    return false;
}

namespace {

// "photo de" in "photo depuis le quai": a prefix that ends with a letter (an ASCII one: "©" ends with a byte from
// 0x80, and "©iStock" is a credit) ends a word of the line, the byte after it (`next`) no letter of a word going on.
bool prefix_ends_word(std::string_view prefix, char next) {
    const auto last = static_cast<unsigned char>(prefix.back()), after = static_cast<unsigned char>(next);
    const bool letter_last = last >= 'a' && last <= 'z';
    return !letter_last || !((after >= 'a' && after <= 'z') || (after >= 'A' && after <= 'Z') || after >= 0x80);
}

// "© 2026 Harbour Media Ltd", "©2020 Example Group Inc.", "© 2024-2026 Editoriale Crinale S.r.l.": `rest`, the line
// after its "©", opens with a year and names a company's legal form (lexicon section company_form_words): the site's
// copyright notice, a footer's line or a menu's last, no picture's credit ("© 2012 APA/AP", "© Jane Roe" still are).
bool copyright_notice(std::string_view rest) {
    const std::size_t most_read = 8;
    std::size_t at = 0, count = 0;
    std::string_view w = text::next_token(rest, at);
    if (w.size() < 4 || !std::all_of(w.begin(), w.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }))
        return false;
    static const LexiconSection* forms = common_lexicon().section("company_form_words"); // (looked up once)
    if (forms == nullptr)
        return false;
    for (w = text::next_token(rest, at); !w.empty() && count < most_read; w = text::next_token(rest, at), ++count) {
        while (!w.empty() && (w.back() == '.' || w.back() == ','))
            w.remove_suffix(1);
        if (!w.empty() && w.size() <= forms->longest && forms->has(text::lower(w)))
            return true;
    }
    return false;
}

// "Photo de Jean Dupont / AFP", "Quelle: Statistisches Bundesamt", but "photo de la jetée avec une pose plus longue.",
// "source: a memo that was sent to the harbour board.": `rest`, the line after a credit prefix, is no sentence of
// five words or more closed by a stop, half of its words or more in lower case; after a prefix whose preposition
// opens the name credited (lexicon section credit_name_prefixes: "photo de", "Foto von"), it names someone within its
// first two words, a capital ("Photo de la Ville de Lorval").
bool credit_after_prefix(std::string_view prefix, std::string_view rest) {
    const std::size_t name_within = 2, sentence_words = 5, most_read = 16;
    if ((prefix == "©" || prefix == "(c)") && copyright_notice(rest))
        return false;
    std::size_t at = 0, count = 0, lower = 0;
    bool named = false;
    // (Words only: "/", "|" and figures between them are neither a name nor prose.)
    for (std::string_view w = text::next_token(rest, at); !w.empty() && count < most_read;
         w = text::next_token(rest, at)) {
        std::size_t i = 0;
        const char32_t first = text::next_cp(w, i);
        if (!text::is_letter(first))
            continue;
        named = named || (count < name_within && text::is_upper(first));
        lower += text::is_lower(first) ? 1 : 0;
        ++count;
    }
    const std::string_view trimmed = text::trim(rest);
    const char last = trimmed.empty() ? '\0' : trimmed.back();
    if (count >= sentence_words && lower * 2 >= count && (last == '.' || last == '!' || last == '?'))
        return false;
    static const LexiconSection* name_prefixes = common_lexicon().section("credit_name_prefixes"); // (looked up once)
    return named || name_prefixes == nullptr || !name_prefixes->has(prefix);
}

} // namespace

namespace {

// "Jane Doe/AFP/Getty Images": a photographer and the agencies that sell the picture, in the parenthesis closing a
// caption. A few capitalised words, a slash, and a credit word on one side of a slash.
bool slashed_credit(std::string_view inner) {
    auto words = text::split_ws(inner);
    if (words.empty() || words.size() > 6 || inner.find('/') == std::string_view::npos)
        return false;
    bool credit = false;
    for (auto w : words) {
        if (!text::starts_upper(w))
            return false;
        for (std::size_t from = 0; from <= w.size();) {
            std::size_t slash = std::min(w.find('/', from), w.size());
            credit = credit || is_credit_word(w.substr(from, slash - from));
            from = slash + 1;
        }
    }
    return credit;
}

// "(PA Media)", "(AFP Photo)", "(ANP Foto)": an agency's name, then one or two capitalised words of its picture
// service, in the parenthesis closing a caption. (A lone agency, "(Reuters)", tags a text and credits no picture.)
bool agency_service_credit(std::string_view inner) {
    const auto words = text::split_ws(inner);
    if (words.size() < 2 || words.size() > 3 || !text::starts_upper(words.front()) ||
        agency_id_of_lowered(text::lower(words.front())) == nullptr)
        return false;
    return std::all_of(words.begin() + 1, words.end(), [](std::string_view w) {
        return text::starts_upper(w) && w.find('/') == std::string_view::npos && !is_title_word(w);
    });
}

// "(foto Luca Bertoni)", "(Foto Reuters)", "(Bild Hans Muster)": a picture's label without its colon (lexicon section
// glued_credit_labels), then one to four capitalised words, a name or an agency, in the parenthesis closing a caption.
// ("(foto del giorno)", "(Foto in alto)": small words after the label say what the picture is, not whose.)
bool labelled_name_credit(std::string_view inner) {
    const std::size_t most_name_words = 4;
    const auto words = text::split_ws(inner);
    if (words.size() < 2 || words.size() > most_name_words + 1)
        return false;
    static const LexiconSection* labels = common_lexicon().section("glued_credit_labels"); // (looked up once)
    if (labels == nullptr || !labels->has(text::lower(words.front())))
        return false;
    return std::all_of(words.begin() + 1, words.end(), [](std::string_view w) {
        return text::starts_upper(w) && w.find_first_of("/:") == std::string_view::npos && !is_title_word(w);
    });
}

// line.find(" / ", from), the first spaced slash from `from`, sought by its slashes: most lines hold none and are
// settled by one search, where the search for " / " stops at every space of the line.
std::size_t spaced_slash(std::string_view line, std::size_t from) {
    for (std::size_t slash = line.find('/', from + 1); slash != std::string_view::npos;
         slash = line.find('/', slash + 1))
        if (slash + 1 < line.size() && line[slash - 1] == ' ' && line[slash + 1] == ' ')
            return slash - 1;
    return std::string_view::npos;
}

// "Photo Le Courrier de la Vallière / Luc Ferrand", "Foto Stadtarchiv Lindau / Maria Berger": a picture's label
// (lexicon section glued_credit_labels) without its colon, then the medium and the photographer on both sides of a
// spaced slash, the only one. A capital opens the medium, every word after the slash is capitalised (a name, an
// agency), and no stop or colon closes the line: "Photos / Vidéos" has no medium, "Foto / mehr Bilder" no name.
bool labelled_slashed_credit(std::string_view line) {
    const std::size_t most_before = 8, most_after = 4;
    const std::size_t slash_at = spaced_slash(line, 0);
    if (slash_at == std::string_view::npos || spaced_slash(line, slash_at + 3) != std::string_view::npos)
        return false;
    const char last = line.back();
    if (last == '.' || last == ':' || last == '!' || last == '?')
        return false;
    const auto before = text::split_ws(line.substr(0, slash_at));
    const auto after = text::split_ws(line.substr(slash_at + 3));
    if (before.size() < 2 || before.size() > most_before + 1 || after.empty() || after.size() > most_after ||
        !text::starts_upper(before[0]) || !text::starts_upper(before[1]))
        return false;
    static const LexiconSection* labels = common_lexicon().section("glued_credit_labels"); // (looked up once)
    if (labels == nullptr || before[0].size() > labels->longest || !labels->has(text::lower(before[0])))
        return false;
    return std::all_of(after.begin(), after.end(), [](std::string_view w) { return text::starts_upper(w); });
}

// is_credit_line() of `line`, or of a Block's text when `b` is given: its line is trimmed already, and its
// Block::lower and Block::chars stand for the lower-cased line and its length, which are then not made again.
bool credit_line(std::string_view line, const Block* b) {
    if (b == nullptr)
        line = text::trim(line);
    // (No more code points than bytes: the line is counted only past 90 bytes.)
    if (line.empty() || (line.size() > 90 && (b != nullptr ? b->chars : text::length_cp(line)) > 90))
        return false;
    // "Fotos von der Einweihung findet ihr hier:": a line closed by a colon announces what follows; a credit names
    // and ends there.
    if (line.back() == ':')
        return false;
    // "(Photo: Jane Roe)": the prefix may open inside a parenthesis that closes the line. ('(' and ')' are their own
    // lower case, and one byte.)
    const std::size_t from = line.front() == '(' && line.back() == ')' ? 1 : 0;
    // (The prefixes' first bytes, gathered once: most lines open with none of them and skip the loop. The first
    // code point of the body is lower-cased alone to ask them.)
    static const std::bitset<257> prefix_fronts = first_bytes(common_lexicon().list("credit_prefixes"));
    if (line.size() > 2 * from) {
        char front[4 * 3 + 8];
        if (b != nullptr && b->lower.size() > from) {
            front[0] = b->lower[from]; // ('(' is one byte of the lowered line too)
        } else if (const int ascii = lower_ascii_front(line.substr(from)); ascii >= 0) {
            front[0] = static_cast<char>(ascii);
        } else {
            std::size_t next = from;
            text::next_cp(line, next);
            text::lower_into(line.substr(from, next - from), front);
        }
        if (prefix_fronts.test(256) || prefix_fronts.test(static_cast<unsigned char>(front[0]))) {
            // (On the stack for most lines: a credit runs 90 code points at most.)
            const text::LowerCased low(b != nullptr ? std::string_view() : line);
            std::string_view body = b != nullptr ? std::string_view(b->lower) : low.view();
            if (from == 1)
                body = body.substr(1, body.size() - 2);
            // (The prefixes by their first byte, gathered once: the line is compared with those opening as it does.
            // An empty prefix, were there one, opens every line longer than it.)
            static const std::array<std::vector<std::string_view>, 256> by_front =
                by_first_byte(common_lexicon().list("credit_prefixes"));
            if (!body.empty() && prefix_fronts.test(256))
                return true;
            if (!body.empty())
                for (std::string_view prefix : by_front[static_cast<unsigned char>(body.front())])
                    if (body.size() > prefix.size() && body.starts_with(prefix) &&
                        prefix_ends_word(prefix, body[prefix.size()]) &&
                        credit_after_prefix(prefix, line.substr(from + prefix.size())))
                        return true;
        }
    }
    if (from == 0 && labelled_slashed_credit(line))
        return true;
    // "(AP Photo/Jane Roe)" alone on the line under its caption: the parenthesis that closes a caption ("... on
    // Monday. (AP Photo/Jane Roe)") printed on a line of its own.
    if (from == 1 && (slashed_credit(line.substr(1, line.size() - 2)) ||
                      agency_service_credit(line.substr(1, line.size() - 2)) ||
                      labelled_name_credit(line.substr(1, line.size() - 2))))
        return true;
    // "Archives, Reuters", "KEYSTONE/Peter Klaunzer", "Getty Images", "AFP PHOTO / John Doe"
    // The first seven tokens (more than six is too many), without a vector, every word without a slash capitalised
    // (or a separator): most lines fail at their first words, before the rest is read or any word is looked up.
    // (A block of more than six tokens, segment() counted them, is too long without a token read.)
    const std::size_t most_tokens = 6;
    if (b != nullptr && static_cast<std::size_t>(b->words) > most_tokens)
        return false;
    std::array<std::string_view, most_tokens + 1> tokens_read;
    std::size_t count = 0, at = 0;
    for (std::string_view w = text::next_token(line, at); !w.empty() && count < tokens_read.size();
         w = text::next_token(line, at)) {
        // (A capitalised word is settled before it is searched for a slash: most are.)
        if (!text::starts_upper(w) && w != "-" && w != "|" && w.find('/') == std::string_view::npos)
            return false;
        tokens_read[count++] = w;
    }
    std::span<const std::string_view> words(tokens_read.data(), count);
    if (words.size() > most_tokens || (!line.empty() && (line.back() == '.' && words.size() > 2)))
        return false;
    bool credit = false;
    for (auto w : words) {
        std::string_view part = w;
        // "KEYSTONE/Peter" counts on both sides of the slash.
        auto slash = part.find('/');
        if (slash != std::string_view::npos) {
            credit = credit || is_credit_word(part.substr(0, slash)) || is_credit_word(part.substr(slash + 1));
            continue;
        }
        // "From The Archive", "Getty Images And The Museum": a title in title case, over a section of the text.
        if ((!text::starts_upper(part) && part != "/" && part != "-" && part != "|") || is_title_word(part))
            return false;
        credit = credit || is_credit_word(part);
    }
    return credit;
}

} // namespace

bool is_credit_line(std::string_view line) {
    return credit_line(line, nullptr);
}

bool is_credit_line(const Block& b) {
    return credit_line(b.text, &b);
}

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

} // namespace

namespace {

// line.rfind('.', from), found backwards by memrchr many bytes a step: a line holds few full stops.
std::size_t rfind_dot(std::string_view line, std::size_t from = std::string_view::npos) {
    if (line.empty())
        return std::string_view::npos;
    const void* at = memrchr(line.data(), '.', std::min(from, line.size() - 1) + 1);
    return at == nullptr ? std::string_view::npos : static_cast<std::size_t>(static_cast<const char*>(at) - line.data());
}

// line.rfind(". ", from).
std::size_t rfind_stop(std::string_view line, std::size_t from) {
    if (line.size() < 2)
        return std::string_view::npos;
    for (std::size_t dot = rfind_dot(line, std::min(from, line.size() - 2)); dot != std::string_view::npos;
         dot = dot > 0 ? rfind_dot(line, dot - 1) : std::string_view::npos)
        if (line[dot + 1] == ' ')
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
        if (head.size() <= label.size() || head.compare(0, label.size(), label) != 0)
            return std::nullopt;
        const bool words = label.find(' ') != std::string_view::npos;
        const std::size_t colon = head.find_first_not_of(' ', label.size());
        if (!(words && head[label.size()] == ' ') && (colon == std::string_view::npos || head[colon] != ':'))
            return std::nullopt;
        std::string_view rest = text::trim(line.substr(label.size()));
        if (!rest.empty() && rest.front() == ':')
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
        if (positions.has(text::LowerCased(line.substr(open + 1, close - open - 1)).view()))
            return true;
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

// split_trailing_credit() of `line`, the block `b`'s text when a block is given (its words then stand for the scan of
// the line's spaces for a credit prefix).
std::optional<std::pair<std::string, std::string>> split_credit(std::string_view line, const Block* b) {
    // "Le président à Berne. (Photo: Keystone)", "Die neue Brücke. Bild: Keystone"
    line = text::trim(line);
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
    if (!line.empty() && line.back() == ')') {
        auto open = line.rfind('(');
        if (open != std::string_view::npos && open > 0 &&
            (is_credit_line(line.substr(open)) || slashed_credit(line.substr(open + 1, line.size() - open - 2)))) {
            std::string caption = text::collapse(line.substr(0, open));
            if (!caption.empty())
                return std::make_pair(caption, std::string(line.substr(open)));
        }
    }
    // Both credits below follow a full stop: a line without one (most short lines) is settled by one search.
    if (const std::size_t last_dot = rfind_dot(line); last_dot != std::string_view::npos) {
        // "... le 20 octobre 2016. THOMAS VERNIER / AFP": a credit after the caption's last full stop.
        for (std::size_t dot = rfind_stop(line, line.size()); dot != std::string_view::npos && dot > 0;
             dot = rfind_stop(line, dot - 1)) {
            std::string_view tail = text::trim(line.substr(dot + 1));
            if (more_tokens_than(tail, 6))
                break;
            if (is_credit_line(tail) && text::split_ws(line.substr(0, dot)).size() >= 3) {
                // "... w 2001 roku. Fot. PAP/Anna Sowa": the stop closes the credit's own shortened label, which
                // opens it.
                static const LexiconSection* prefixes =
                    common_lexicon().section("credit_prefixes"); // (looked up once)
                const std::size_t space = line.rfind(' ', dot);
                if (space != std::string_view::npos && prefixes != nullptr &&
                    prefixes->has(text::lower(line.substr(space + 1, dot - space))))
                    return std::make_pair(text::collapse(line.substr(0, space)),
                                          std::string(line.substr(space + 1)));
                return std::make_pair(text::collapse(line.substr(0, dot + 1)), std::string(tail));
            }
        }
        // "... as much energy as a city uses in an hour.Photograph: Jane Roe": the credit glued to the caption's full
        // stop (a small letter before the stop, a capital after it: no abbreviation such as "U.S.").
        // (The bytes around a stop settle most stops before the tokens after it are counted: a stop further left has
        // a longer tail, so the first glued stop whose tail runs past six tokens ends the search.)
        for (std::size_t dot = last_dot; dot != std::string_view::npos && dot > 0; dot = rfind_dot(line, dot - 1)) {
            std::string_view tail = line.substr(dot + 1);
            unsigned char before = static_cast<unsigned char>(line[dot - 1]), after = tail.empty() ? 0 : tail.front();
            if (!(before >= 'a' && before <= 'z' && after >= 'A' && after <= 'Z'))
                continue;
            if (more_tokens_than(tail, 6))
                break;
            if (is_credit_line(tail) && text::split_ws(line.substr(0, dot)).size() >= 3)
                return std::make_pair(text::collapse(line.substr(0, dot + 1)), std::string(tail));
        }
    }
    if (b != nullptr ? !may_open_prefix(*b) : !may_open_prefix(line))
        return std::nullopt;
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
        return std::nullopt;
    for (std::size_t k = 0; k < prefixes.size(); ++k) {
        const std::string_view prefix = prefixes[k];
        // Most lines hold no prefix at all: one search of the line settles it before a look at every word.
        if (prefix.size() < 4 || !opens_word[k] || low.find(prefix) == std::string::npos)
            continue;
        auto at = rfind_word(low, spaces, prefix);
        if (at != std::string::npos && at > 0 && is_credit_line(line.substr(at + 1))) {
            std::string caption = text::collapse(line.substr(0, at));
            return std::make_pair(caption, std::string(line.substr(at + 1)));
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<std::pair<std::string, std::string>> split_trailing_credit(std::string_view line) {
    return split_credit(line, nullptr);
}

std::optional<std::pair<std::string, std::string>> split_trailing_credit(const Block& b) {
    return split_credit(b.text, &b);
}

bool picture_label_credit(std::string_view credit) {
    static const LexiconSection* labels = common_lexicon().section("picture_labels"); // (looked up once)
    return labels != nullptr && credit.size() > 2 && credit.front() == '(' && credit.back() == ')' &&
           labels->has(text::lower(credit.substr(1, credit.size() - 2)));
}

bool text_source_credit(std::string_view credit) {
    // "Quelle: Landesregierung", "Source : Insee", "(Fuente: INE)": a label naming where a text or its figures come
    // from (lexicon section text_source_words), closed by its colon; "Foto: Jane Roe" and "Bildquelle: Hafenamt"
    // credit a picture.
    static const LexiconSection* labels = common_lexicon().section("text_source_words"); // (looked up once)
    credit = text::trim(credit);
    if (!credit.empty() && credit.front() == '(')
        credit.remove_prefix(1);
    const std::size_t colon = credit.find(':');
    if (labels == nullptr || colon == std::string_view::npos)
        return false;
    return labels->has(text::lower(text::trim(credit.substr(0, colon))));
}

bool embedded_post_credit(const Block& b) {
    // "A post shared by Jane Roe (@janeroe)", "Ein Beitrag geteilt von Hafenblatt (@hafenblatt)": the line that a post
    // of a photo network embedded in the page prints under its picture, a phrase of sharing (lexicon section
    // embed_credits), then the account's name and its handle in parentheses. No text of the article: its author
    // quotes the post, the network credits it. (Most lines are turned away by their last byte.)
    const int most_words = 20;
    if (b.text.empty() || b.text.back() != ')' || b.words > most_words || b.text.find("(@") == std::string::npos)
        return false;
    static const LexiconSection& phrases = any_language_section("embed_credits"); // (merged once)
    return std::any_of(phrases.entries.begin(), phrases.entries.end(), [&b](const std::string_view e) {
        return b.lower.size() > e.size() + 1 && b.lower.starts_with(e) && b.lower[e.size()] == ' ';
    });
}

} // namespace archive
