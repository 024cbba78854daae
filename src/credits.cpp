// Credits of the classify stage: bylines and their authors, photo credits and the captions they close. Agency tags
// and datelines are in agencies.cpp.
#include "classify.hpp"
#include "page.hpp"

#include "credits_parts.hpp"
#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <bitset>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <set>
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

// "Photo de Jean Dupont / AFP", "Quelle: Statistisches Bundesamt", but "photo de la jetée avec une pose plus longue.",
// "source: a memo that was sent to the harbour board.": `rest`, the line after a credit prefix, is no sentence of
// five words or more closed by a stop, half of its words or more in lower case; after a prefix whose preposition
// opens the name credited (lexicon section credit_name_prefixes: "photo de", "Foto von"), it names someone within its
// first two words, a capital ("Photo de la Ville de Lorval").
bool credit_after_prefix(std::string_view prefix, std::string_view rest) {
    const std::size_t name_within = 2, sentence_words = 5, most_read = 16;
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
    // "Archives, Reuters", "KEYSTONE/Peter Klaunzer", "Getty Images", "AFP PHOTO / John Doe"
    // The first seven tokens (more than six is too many), without a vector, every word without a slash capitalised
    // (or a separator): most lines fail at their first words, before the rest is read or any word is looked up.
    std::array<std::string_view, 7> tokens_read;
    std::size_t count = 0, at = 0;
    for (std::string_view w = text::next_token(line, at); !w.empty() && count < tokens_read.size();
         w = text::next_token(line, at)) {
        // (A capitalised word is settled before it is searched for a slash: most are.)
        if (!text::starts_upper(w) && w != "-" && w != "|" && w.find('/') == std::string_view::npos)
            return false;
        tokens_read[count++] = w;
    }
    std::span<const std::string_view> words(tokens_read.data(), count);
    if (words.size() > 6 || (!line.empty() && (line.back() == '.' && words.size() > 2)))
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
    // (A label opening with another byte is passed over before its bytes are compared: most are.)
    for (const auto& label : labels->entries) {
        if (head.size() <= label.size() || (!label.empty() && label[0] != head[0]) ||
            head.compare(0, label.size(), label) != 0)
            continue;
        const bool words = label.find(' ') != std::string::npos;
        const std::size_t colon = head.find_first_not_of(' ', label.size());
        if (!(words && head[label.size()] == ' ') && (colon == std::string_view::npos || head[colon] != ':'))
            continue;
        std::string_view rest = text::trim(line.substr(label.size()));
        if (!rest.empty() && rest.front() == ':')
            rest = text::trim(rest.substr(1));
        if (text::split_ws(rest).size() >= 2)
            return std::string(rest);
    }
    return std::nullopt;
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
    // "... le 20 octobre 2016. THOMAS VERNIER / AFP": a credit after the caption's last full stop.
    for (std::size_t dot = rfind_stop(line, line.size()); dot != std::string_view::npos && dot > 0;
         dot = rfind_stop(line, dot - 1)) {
        std::string_view tail = text::trim(line.substr(dot + 1));
        if (more_tokens_than(tail, 6))
            break;
        if (is_credit_line(tail) && text::split_ws(line.substr(0, dot)).size() >= 3)
            return std::make_pair(text::collapse(line.substr(0, dot + 1)), std::string(tail));
    }
    // "... as much energy as a city uses in an hour.Photograph: Jane Roe": the credit glued to the caption's full stop
    // (a small letter before the stop, a capital after it: no abbreviation such as "U.S.").
    for (std::size_t dot = rfind_dot(line); dot != std::string_view::npos && dot > 0; dot = rfind_dot(line, dot - 1)) {
        std::string_view tail = line.substr(dot + 1);
        if (more_tokens_than(tail, 6))
            break;
        unsigned char before = static_cast<unsigned char>(line[dot - 1]), after = tail.empty() ? 0 : tail.front();
        if (before >= 'a' && before <= 'z' && after >= 'A' && after <= 'Z' && is_credit_line(tail) &&
            text::split_ws(line.substr(0, dot)).size() >= 3)
            return std::make_pair(text::collapse(line.substr(0, dot + 1)), std::string(tail));
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
        const std::string& prefix = prefixes[k];
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

namespace {

// A small word inside a person's name ("Anna von Berg", "Luca di Marco", "Ana dos Santos"), written in small letters.
bool name_particle(std::string_view w) {
    static const std::set<std::string_view> particles = {"de", "du", "von", "van", "der", "den", "di", "da",
                                                         "del", "la", "le", "y", "bin", "al", "dos", "das"};
    return particles.count(w) != 0;
}

// A person's name: 1 to 5 words, each capitalised (particles allowed), no digits.
bool name_like(std::string_view s) {
    auto words = text::split_ws(s);
    if (words.empty() || words.size() > 5)
        return false;
    int capitalised = 0;
    for (auto w : words) {
        for (char c : w)
            if (c >= '0' && c <= '9')
                return false;
        if (text::starts_upper(w))
            ++capitalised;
        else if (!name_particle(w))
            return false;
    }
    return capitalised >= 1;
}

// A piece of a byline holding a word of a job title ("Senior Staff Writer", "Redakteurin", "rédactrice en chef").
bool job_title(std::string_view piece) {
    static const LexiconSection& titles = any_language_section("job_title_words"); // merged once
    for (auto w : text::split_ws(piece)) {
        std::string low = text::lower(w);
        while (!low.empty() && (low.back() == ',' || low.back() == '.' || low.back() == ':'))
            low.pop_back();
        if (titles.has(low))
            return true;
    }
    return false;
}

std::vector<std::string> split_authors(std::string_view names, const std::vector<std::string>& joiners) {
    std::vector<std::string> out;
    std::string cur;
    auto flush = [&]() {
        std::string n = text::collapse(cur);
        while (!n.empty() && (n.back() == ',' || n.back() == '.' || n.back() == ';' || n.back() == ':'))
            n.pop_back();
        if (!n.empty())
            out.push_back(n);
        cur.clear();
    };
    for (auto w : text::split_ws(names)) {
        std::string low = text::lower(w);
        if (std::find(joiners.begin(), joiners.end(), low) != joiners.end() || w == "&") {
            flush();
            continue;
        }
        cur += ' ';
        cur += w;
        if (w.back() == ',' || w.back() == ';')
            flush();
    }
    flush();
    return out;
}

// "Jane Doe Feb 8, 2020 5 min read", "Anna Muster 12. März 2021": the names of a byline printed with the date on
// the same line end where the date starts, at a number or at a month's name followed by a number ("Theresa May"
// is a name).
std::string before_date(std::string_view names) {
    auto words = text::split_ws(names);
    auto month = [](std::string_view w) {
        std::string low = text::lower(w);
        while (!low.empty() && (low.back() == '.' || low.back() == ','))
            low.pop_back();
        for (const Lexicon* lex : languages())
            if (lex->months.find(low) != lex->months.end())
                return true;
        return false;
    };
    auto has_digit = [](std::string_view w) {
        return std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    for (std::size_t k = 1; k < words.size(); ++k) {
        bool date = has_digit(words[k]) || (month(words[k]) && k + 1 < words.size() && has_digit(words[k + 1]));
        if (!date)
            continue;
        // "Par Jean Dupont le 3 mars", "By Jane Doe | Feb 8": the words that lead to the date go with it.
        std::size_t last = k;
        while (last > 1 && !text::starts_upper(words[last - 1]))
            --last;
        std::size_t end = static_cast<std::size_t>(words[last].data() - names.data());
        return text::collapse(names.substr(0, end));
    }
    return std::string(names);
}

} // namespace

namespace {

// Every language's byline words, merged once.
const LexiconSection& byline_words() {
    static const LexiconSection& bylines = any_language_section("byline");
    return bylines;
}

// text::lower(text::collapse(line)) may open with a byline word: its first byte is one of theirs. (Read on the
// line's first code point that is no space: most lines are settled before they are collapsed.)
bool may_open_byline(std::string_view line) {
    static const std::bitset<257> fronts = first_bytes(byline_words().entries);
    if (fronts.test(256))
        return true;
    if (const int front = lower_ascii_front(line); front >= 0)
        return fronts.test(static_cast<std::size_t>(front));
    for (std::size_t i = 0; i < line.size();) {
        std::size_t start = i;
        if (text::is_space(text::next_cp(line, i)))
            continue;
        char first[4 * 3 + 8];
        text::lower_into(line.substr(start, i - start), first);
        return fronts.test(static_cast<unsigned char>(first[0]));
    }
    return false;
}

// The byline phrases' first words, cut at their first space or colon ("by", "von", "written" of "written by").
const std::vector<std::string_view>& byline_openers() {
    static const std::vector<std::string_view> openers = [] {
        std::vector<std::string_view> out;
        for (const auto& e : byline_words().entries)
            out.push_back(text::first_token(e));
        return out;
    }();
    return openers;
}

// "Harbour news: ...", "Bylines and credits": a line opening with ASCII letters and then a space or a colon, which
// text::collapse() leaves as they are, opens a byline only with one of byline_openers(), lower-cased. False when the
// start does not settle it.
bool opens_with_other_word(std::string_view line) {
    std::size_t k = 0;
    auto letter = [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
    while (k < line.size() && letter(line[k]))
        ++k;
    if (k == 0 || k >= line.size() || (line[k] != ' ' && line[k] != ':'))
        return false;
    auto same = [&](std::string_view opener) {
        for (std::size_t j = 0; j < k; ++j)
            if (static_cast<char>(line[j] | 0x20) != opener[j])
                return false;
        return true;
    };
    // (The openers by their size, gathered once: the word is compared with those of its own size only.)
    static const std::vector<std::vector<std::string_view>> by_size = [] {
        std::vector<std::vector<std::string_view>> out;
        for (std::string_view opener : byline_openers()) {
            if (out.size() <= opener.size())
                out.resize(opener.size() + 1);
            out[opener.size()].push_back(opener);
        }
        return out;
    }();
    return k >= by_size.size() || std::none_of(by_size[k].begin(), by_size[k].end(), same);
}

// "ByJane Roe", "Veröffentlicht vonJane Roe": a page that dropped the space between a byline word and the name
// glues a small letter to a capital; the space is put back. A byline word that is also a particle of names,
// capitalised, glues nothing ("DiCaprio", "VonDerLeyen" are names).
std::string unglued_byline(std::string s) {
    auto small = [](char c) { return c >= 'a' && c <= 'z'; };
    auto capital = [](char c) { return c >= 'A' && c <= 'Z'; };
    for (const auto& word : byline_words().entries) {
        const std::size_t n = word.size();
        if (s.size() <= n + 1 || !small(s[n - 1]) || !capital(s[n]))
            continue;
        if (text::lower(std::string_view(s).substr(0, n)) != word)
            continue;
        // (The glued word's own first letter: "vonJane" is no name, "VonDerLeyen" may be one.)
        const std::size_t token = s.rfind(' ', n - 1);
        const char first = s[token == std::string::npos ? 0 : token + 1];
        if (!small(first) && name_particle(std::string_view(word).substr(word.rfind(' ') + 1)))
            continue;
        s.insert(n, 1, ' ');
        return s;
    }
    return s;
}

} // namespace

bool byline_word(std::string_view line) {
    if (!may_open_byline(line) || opens_with_other_word(line))
        return false;
    // "Autor:" / "Anna Muster": a label's colon closes the byline word alone on its line.
    std::string low = text::lower(text::collapse(line));
    if (!low.empty() && low.back() == ':')
        low = text::collapse(low.substr(0, low.size() - 1));
    return byline_words().has(low);
}

namespace {
bool bare_name_word(std::string_view w);
} // namespace

std::optional<std::vector<std::string>> byline_authors(std::string_view line, std::string_view language,
                                                       bool lone_names) {
    // (Most lines are settled by their first word, before the line is collapsed; a first word of ASCII letters
    // gluing a small letter to a capital may be a byline word glued to a name: "ByJane Roe".)
    auto glued_front = [line] {
        for (std::size_t k = 1; k < line.size() && std::isalpha(static_cast<unsigned char>(line[k])); ++k)
            if (std::islower(static_cast<unsigned char>(line[k - 1])) &&
                std::isupper(static_cast<unsigned char>(line[k])))
                return true;
        return false;
    };
    if (!may_open_byline(line) || (opens_with_other_word(line) && !glued_front()))
        return std::nullopt;
    std::string s = unglued_byline(text::collapse(line));
    if (s.empty() || (s.size() > 160 && text::length_cp(s) > 160)) // (no more code points than bytes)
        return std::nullopt;
    // (Every language's byline words, merged once: a line opening with none of them, then a space or a colon, is
    // settled before the languages are tried one by one. The test reads the line's first bytes, lower-cased: its
    // first `longest` + 2 code points make as many bytes at least.)
    const LexiconSection& bylines = byline_words();
    std::size_t head_end = 0;
    for (std::size_t cps = 0; cps < bylines.longest + 2 && head_end < s.size(); ++cps)
        text::next_cp(s, head_end);
    const std::string head = text::lower(std::string_view(s).substr(0, head_end));
    bool opens = false;
    for (std::size_t at = text::find_byte_of(head, " :"); !opens && at != std::string::npos && at <= bylines.longest;
         at = text::find_byte_of(head, " :", at + 1))
        opens = head.size() > at + 1 && bylines.has(std::string_view(head).substr(0, at));
    if (!opens)
        return std::nullopt;
    std::string low = head_end == s.size() ? head : text::lower(s);
    // Which byline word opens the line? Try the page's language first, then every language.
    std::vector<const Lexicon*> order;
    if (const Lexicon* lex = lexicon(language))
        order.push_back(lex);
    for (const Lexicon* lex : languages())
        if (std::find(order.begin(), order.end(), lex) == order.end())
            order.push_back(lex);
    for (const Lexicon* lex : order) {
        for (const auto& word : lex->list("byline")) {
            if (low.size() <= word.size() + 1 || low.compare(0, word.size(), word) != 0)
                continue;
            char next = low[word.size()];
            if (next != ' ' && next != ':')
                continue;
            std::string rest = text::collapse(std::string_view(s).substr(word.size() + 1));
            if (!rest.empty() && rest.front() == ':')
                rest = text::collapse(rest.substr(1));
            if (!text::starts_upper(rest))
                continue;
            // "Par Lucien Ferrand (avec Odile Marchal)": the parenthesis holds co-authors.
            std::string flat;
            for (char c : rest)
                if (c != '(' && c != ')')
                    flat += c;
            flat = before_date(flat);
            std::vector<std::string> joiners = lex->list("author_joiners");
            for (const Lexicon* other : languages())
                for (const auto& j : other->list("author_joiners"))
                    joiners.push_back(j);
            // Keep the leading run of name-like pieces ("By A, B and C"); without a joiner the comma opens
            // a job title ("By A, Senior Writer" keeps A).
            bool has_joiner = flat.find(" & ") != std::string::npos;
            for (auto w : text::split_ws(flat))
                has_joiner = has_joiner || std::find(joiners.begin(), joiners.end(), text::lower(w)) != joiners.end();
            if (!has_joiner && flat.find(',') != std::string::npos) {
                // "Par Jean Dupont, nous avons appris la nouvelle.", "Von Anna Muster, der Hafenmeisterin, stammt
                // die Idee.": a clause of five words or more closed by a stop after the comma is a sentence of
                // prose opened by a preposition, no job title ("Par Jean Dupont, envoyé spécial à Berlin").
                const std::size_t clause_words = 5;
                const char last = s.back();
                if ((last == '.' || last == '!' || last == '?') &&
                    text::split_ws(std::string_view(flat).substr(flat.find(',') + 1)).size() >= clause_words)
                    continue;
                flat = flat.substr(0, flat.find(','));
            }
            std::vector<std::string> names;
            bool first_piece = true;
            for (auto& piece : split_authors(flat, joiners)) {
                // "Jane Doe | Reuters", "Jean Dupont - Le Monde": cut at a separator.
                auto bar = piece.find(" |");
                if (bar != std::string::npos)
                    piece = piece.substr(0, bar);
                // "Por Ana Ruiz aruiz@diario.example", "By Jane Roe @janeroe", "By Jane Roe@JaneRoe": the author's
                // address or handle after the name is no part of it (a handle glued to the name's last word is cut
                // off it).
                for (auto words = text::split_ws(piece); words.size() >= 2; words = text::split_ws(piece)) {
                    const std::string_view last = words.back();
                    const std::size_t at = last.find('@');
                    if (at == std::string_view::npos)
                        break;
                    const bool glued = at > 0 && text::starts_upper(last);
                    piece = text::collapse(std::string_view(piece).substr(
                        0, static_cast<std::size_t>(last.data() - piece.data()) + (glued ? at : 0)));
                    if (glued)
                        break;
                }
                // "Anna Muster/dpa", "Jane Roe / harbour-news.example": a slash closes the name with its agency, kept
                // after it (a source), or with the paper's site, dropped; "Jane Roe / John Doe" joins two names.
                std::vector<std::string> after_slash;
                if (auto slash = piece.find('/'); slash != std::string::npos && slash > 0) {
                    std::string_view tail = std::string_view(piece).substr(slash + 1);
                    for (std::size_t from = 0; from <= tail.size();) {
                        std::size_t to = std::min(tail.find('/', from), tail.size());
                        std::string part = text::collapse(tail.substr(from, to - from));
                        if (agency_id(part) ||
                            (name_like(part) && text::split_ws(part).size() >= 2 &&
                             stopword_languages(text::lower(text::first_token(part))) == 0))
                            after_slash.push_back(part);
                        else
                            break;
                        from = to + 1;
                    }
                    piece = text::collapse(std::string_view(piece).substr(0, slash));
                }
                // "By Jane Roe, Senior Staff Technologist, Harbour Project": a piece after the name holding a job
                // title's word names nobody, and neither do the pieces after it.
                if (!first_piece && job_title(piece))
                    break;
                first_piece = false;
                // "Autor: Rechtsanwalt Max Beispiel", "Par avocat Jean Dupont": a job title before a name of two
                // words or more is no part of it.
                if (auto words = text::split_ws(piece); words.size() >= 3 && job_title(words.front()))
                    piece = text::collapse(std::string_view(piece).substr(
                        static_cast<std::size_t>(words[1].data() - piece.data())));
                // "Von Stadtplänen, Bau-Politik und ...": a lone capitalised word is a German noun or a title
                // word, not a person; a lone agency ("Par AFP") is a source.
                const bool lone = text::split_ws(piece).size() < 2;
                if (!name_like(piece) || (lone && !agency_id(piece) && (!lone_names || !bare_name_word(piece))))
                    break;
                // "By The Harbour Weekly", "Par Le Petit Journal": a name opened by an article or another small
                // word of a language is a paper's or a site's, not a person's: the line is a byline naming nobody.
                if (stopword_languages(text::lower(text::first_token(piece))) != 0) {
                    if (names.empty())
                        return names;
                    break;
                }
                names.push_back(piece);
                for (auto& part : after_slash)
                    if (std::find(names.begin(), names.end(), part) == names.end())
                        names.push_back(part);
            }
            if (names.empty())
                continue;
            return names;
        }
    }
    return std::nullopt;
}

namespace {

// A word of a bare name: capitalised, or a particle of a name ("von", "de"), no digit, no stopword of a language (but
// the particles) and no other character than letters, a full stop ("J."), a hyphen or an apostrophe.
bool bare_name_word(std::string_view w) {
    if (name_particle(w))
        return true;
    if (!text::starts_upper(w))
        return false;
    const std::string low = text::lower(w);
    if (stopword_languages(low) != 0)
        return false;
    // A month or a day of the week opens the date after the name ("Jane Roe March 3, 2021", "Founded February").
    static const LexiconSection& weekdays = any_language_section("weekdays");
    if (weekdays.has(low) || std::any_of(languages().begin(), languages().end(), [&low](const Lexicon* lex) {
            return lex->months.find(low) != lex->months.end();
        }))
        return false;
    // "ByJane", "DJV-Online": a capital after a small letter glues two words ("McRae" is a name); "EC", "TV": an
    // acronym of two or three capitals names a firm or a desk.
    std::size_t capitals = 0;
    for (std::size_t k = 0; k < w.size(); ++k) {
        const auto u = static_cast<unsigned char>(w[k]);
        if (u < 0x80 && !std::isalpha(u) && w[k] != '.' && w[k] != '-' && w[k] != '\'')
            return false;
        if (std::isupper(u)) {
            ++capitals;
            if (k > 0 && std::islower(static_cast<unsigned char>(w[k - 1])) && w.substr(0, k) != "Mc")
                return false;
        }
    }
    return !(w.size() <= 3 && capitals == w.size());
}

std::string join_words(const std::vector<std::string_view>& words) {
    std::string out;
    for (auto w : words) {
        if (!out.empty())
            out += ' ';
        out.append(w);
    }
    return out;
}

// 2 to 4 words of a bare name, the first and last capitalised, not an agency's name.
bool bare_name(const std::vector<std::string_view>& words) {
    if (words.size() < 2 || words.size() > 4 || !text::starts_upper(words.front()) ||
        !text::starts_upper(words.back()))
        return false;
    if (!std::all_of(words.begin(), words.end(), bare_name_word))
        return false;
    const std::string name = join_words(words);
    return !agency_id(name) && !agency_tag(name);
}

} // namespace

std::optional<std::string> name_line(std::string_view line) {
    const auto words = text::split_ws(line);
    if (!bare_name(words))
        return std::nullopt;
    return text::collapse(line);
}

std::optional<std::string> name_before_date(std::string_view line) {
    // ("Jane Roe , Apr 16, 2015": a comma standing alone is one too.)
    static const std::set<std::string_view> separators = {"|",      "-", "\u2013", "\u2014", "\u2022",
                                                          "\u00b7", "/", "\u22c5", ","};
    const auto words = text::split_ws(line);
    std::size_t k = 0;
    while (k < words.size() && !separators.count(words[k]) && bare_name_word(words[k]))
        ++k;
    if (k == words.size())
        return std::nullopt;
    // What follows the name: a separator, or the date's first word (a number, or a month's name and a number).
    const std::string_view next = words[k];
    const bool digit = std::any_of(next.begin(), next.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!separators.count(next) && !digit)
        return std::nullopt;
    // "Jane Roe, 3 May": a comma glued to the last word of the name.
    std::vector<std::string_view> name(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(k));
    if (!bare_name(name))
        return std::nullopt;
    return join_words(name);
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
    return std::any_of(phrases.entries.begin(), phrases.entries.end(), [&b](const std::string& e) {
        return b.lower.size() > e.size() + 1 && b.lower.starts_with(e) && b.lower[e.size()] == ' ';
    });
}

} // namespace archive
