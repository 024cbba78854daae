// The boilerplate phrases of the classify stage: the site's known phrases (menus, share and related-link labels
// glued to titles, form fields, button rows, rights and affiliate notices) and blog footers. The notices a page
// prints around an article are in notices.cpp, block quality in quality.cpp, the shapes of lines in lines.cpp.
#include "classify.hpp"
#include "page_jumps.hpp"
#include "cjk_notices.hpp"

#include "bylines.hpp"
#include "dates.hpp"
#include "lexicon.hpp"
#include "lexicon_openings.hpp"
#include "notices_parts.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <bitset>
#include <cstdint>
#include <cstring>
#include <initializer_list>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace archive {

namespace {

// Entries that open with the same two bytes (or fewer, for a shorter entry), in the order their first one is met.
using PairGroup = std::pair<std::string_view, std::vector<std::string_view>>;

std::vector<PairGroup> pair_groups(std::span<const std::string_view> entries) {
    std::vector<PairGroup> groups;
    for (const std::string_view e : entries) {
        const std::string_view head = e.substr(0, 2);
        auto it = std::find_if(groups.begin(), groups.end(), [head](const PairGroup& g) { return g.first == head; });
        if (it == groups.end())
            it = groups.insert(groups.end(), PairGroup{head, {}});
        it->second.push_back(e);
    }
    return groups;
}

// The spaces of `s`, counted eight bytes a step up to `most`.
std::size_t spaces_up_to(std::string_view s, std::size_t most) {
    std::size_t n = 0, k = 0;
    for (; k + 8 <= s.size() && n < most; k += 8) {
        n += static_cast<std::size_t>(text::count8(text::bytes_equal8(text::load8(s.data() + k), ' ')));
    }
    for (; k < s.size() && n < most; ++k)
        n += s[k] == ' ';
    return std::min(n, most);
}

// "Next articleFerries return to the eastern pier", "Vorheriger Artikel++ Sturm am Ostkai ++", "Related TopicsHarbour":
// a label of two words or more that the page prints as a link, glued to the title it leads to (the line is the link's
// text run together with its target's). The label ends on a small letter glued to a capital, a digit, an opening
// quote mark or a "+" or "#" (not to "[edit]": a wiki's heading).
bool glued_label(std::string_view line) {
    const std::size_t most = 40;
    auto known_label = [line](std::size_t at) {
        std::string label = text::lower(line.substr(0, at));
        return any_language_has("boilerplate", label) || any_language_has("terminators", label) ||
               any_language_has("related_prefixes", label);
    };
    // Nothing is glued before the label's first space, and what follows the space follows no small letter.
    std::size_t i = line.find(' ');
    if (i == std::string_view::npos || i >= most)
        return false;
    bool prev_lower = false;
    const std::size_t stop = std::min(line.size(), most);
    for (++i; i < stop;) {
        // Eight ASCII bytes at once: a glue byte right after a small letter.
        if (i + 8 <= stop) {
            const std::uint64_t v = text::load8(line.data() + i);
            if ((v & 0x8080808080808080ULL) == 0) {
                const std::uint64_t lower = text::in_range8(v, 'a', 'z');
                const std::uint64_t glue = text::in_range8(v, 'A', 'Z') | text::in_range8(v, '0', '9') |
                                           text::bytes_equal8(v, '+') | text::bytes_equal8(v, '#') |
                                           text::bytes_equal8(v, '"');
                for (std::uint64_t after = ((lower << 8) | (prev_lower ? 0x80 : 0)) & glue; after != 0;
                     after &= after - 1) {
                    std::size_t at = i + static_cast<std::size_t>(std::countr_zero(after) / 8);
                    if (at + 1 < line.size() && known_label(at))
                        return true;
                }
                prev_lower = (lower >> 63) != 0;
                i += 8;
                continue;
            }
        }
        std::size_t at = i;
        auto b = static_cast<unsigned char>(line[i]);
        bool glue, lower;
        if (b < 0x80) {
            ++i;
            glue = (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '+' || b == '#' || b == '"';
            lower = b >= 'a' && b <= 'z';
        } else {
            char32_t cp = text::next_cp_multibyte(line, i);
            glue = text::is_upper(cp) || text::is_open_quote(cp);
            lower = text::is_lower(cp);
        }
        if (glue && prev_lower && i < line.size() && known_label(at))
            return true;
        prev_lower = lower;
    }
    return false;
}

// "Name (required)", "E-Mail (wird benötigt und nicht veröffentlicht)", "Site web (facultatif)": a form field's label
// of one to three words, then a parenthesis whose note says whether the field must be filled or will be shown.
bool form_field_label(std::string_view low) {
    if (low.empty() || low.back() != ')')
        return false;
    auto open = low.find('(');
    if (open == std::string_view::npos || open == 0 || std::count(low.begin(), low.begin() + open, ' ') > 3)
        return false;
    // The note is made of the phrases and at most two words joining them ("wird ... und ...").
    std::string note(low.substr(open + 1, low.size() - open - 2));
    bool found = false;
    for (const auto& phrase : common_lexicon().list("form_field_notes"))
        for (auto at = note.find(phrase); at != std::string::npos; at = note.find(phrase)) {
            note.erase(at, phrase.size());
            found = true;
        }
    return found && text::split_ws(note).size() <= 2;
}

// (A row of share buttons holds a verb and a network per button: four to six buttons.)
constexpr std::size_t action_labels_most_words = 20;

// "Rezept drucken", "Print recipe | Save to Pinterest", "Commander le livre": the labels of a page's buttons, an
// action's verb and the thing it acts on (a recipe, a book, a board), with at most a few small words joining them;
// nothing else on the line. "Share on Reddit Share on Xing Share on Flipboard", "Compartir en Mastodon Compartir
// en Telegram": a row of share buttons, a verb and two networks or more, may run longer. `words`: the words of `low`
// when they are at hand (a block's), nullptr to read them from `low`.
bool action_labels(std::string_view low, const text::Words* words) {
    // The four kinds of words in one table, a bit each: a word is looked up once, not in four lists. (The common
    // lexicon is built once and never changed: the table keeps views of its entries.)
    enum ActionTag : std::uint8_t { verb_tag = 1, thing_tag = 2, network_tag = 4, glue_tag = 8 };
    static const TagTable<std::uint8_t> kinds = [] {
        TagTable<std::uint8_t> table(256);
        const std::pair<const char*, ActionTag> sections[] = {{"action_verb_words", verb_tag},
                                                              {"action_object_words", thing_tag},
                                                              {"social_network_words", network_tag},
                                                              {"action_glue_words", glue_tag}};
        for (const auto& [name, tag] : sections)
            if (const LexiconSection* section = common_lexicon().section(name))
                for (const std::string_view w : section->entries)
                    table.add(w, tag);
        return table;
    }();
    static const bool complete = common_lexicon().section("action_verb_words") != nullptr &&
                                 common_lexicon().section("action_object_words") != nullptr &&
                                 common_lexicon().section("action_glue_words") != nullptr &&
                                 common_lexicon().section("social_network_words") != nullptr;
    if (!complete)
        return false;
    const std::size_t most = 8, most_in_share_row = action_labels_most_words;
    // The words one at a time: most lines are settled by their first word, none of the four kinds. (The line is
    // lower-cased: its words are read in place, when they are not at hand.)
    int verb = 0, thing = 0, network = 0;
    std::size_t n = 0, i = 0;
    auto next = [&]() -> std::string_view {
        if (words != nullptr)
            return i < words->size() ? (*words)[i++] : std::string_view();
        return text::next_word_of_lowered(low, i);
    };
    for (std::string_view w = next(); n <= most_in_share_row && !w.empty(); w = next(), ++n) {
        const std::uint8_t tags = kinds.of(w);
        if ((tags & verb_tag) != 0)
            ++verb;
        else if ((tags & thing_tag) != 0)
            ++thing;
        else if ((tags & network_tag) != 0)
            ++network;
        else if ((tags & glue_tag) == 0)
            return false;
    }
    if (n < 2 || verb == 0)
        return false;
    return (n <= most && thing + network > 0) || (n <= most_in_share_row && network >= 2);
}

// "You must be logged in to post a comment.", "Para comentar debes registrarte.", "Zum Kommentieren bitte anmelden.":
// a comment form's notice, a word of commenting and one of an account in a short line. `words`: the words of `low`
// when they are at hand (a block's), nullptr to split it.
bool comment_login_notice(std::string_view low, const BytePairs& pairs, const text::Words* words) {
    auto holds = [&pairs](std::string_view piece) { return pairs.holds(piece); };
    if (!holds("comment") && !holds("coment") && !holds("komment") && !holds("komentar"))
        return false;
    const LexiconSection* comment = common_lexicon().section("comment_action_words");
    const LexiconSection* account = common_lexicon().section("account_words");
    if (comment == nullptr || account == nullptr)
        return false;
    auto comment_and_account = [comment, account](const auto& ws) {
        return std::any_of(ws.begin(), ws.end(), [comment](std::string_view w) { return comment->has(w); }) &&
               std::any_of(ws.begin(), ws.end(), [account](std::string_view w) { return account->has(w); });
    };
    return words != nullptr ? comment_and_account(*words) : comment_and_account(text::words_lower(low));
}

// "Lire aussi | Transport par câble...", "Read more: ...", "Mehr zum Thema: ...": a related-link prefix, then a
// separator, then at least two more bytes. "Up Next Ferries return to the pier", "Lesen Sie auch Der Hafen öffnet
// wieder": a prefix of two words or more glued to the title of another article, without a separator, a title without
// final punctuation. `low` is the line lower-cased, its final marks taken off (see is_boilerplate_phrase).
bool related_prefix(std::string_view line, std::string_view low, const LexiconSection& related) {
    // Both prefixes end at a space or a colon within the first related.longest + 1 bytes: those bytes are read once,
    // eight at a step, each space or colon a bit of a mask.
    const std::size_t stop = std::min(low.size(), related.longest + 1);
    std::optional<std::string> orig; // the line as printed, made for the first glued prefix found
    bool first_space = true;         // (a glued prefix has two words at least: it ends at a later space)
    bool glued_ended = false;        // a glued prefix was found before a title that cannot be one
    for (std::size_t k = 0; k < stop; k += 8) {
        std::uint64_t v = 0; // (zeros past the line: no space or colon)
        if (k + 8 <= low.size())
            v = text::load8(low.data() + k);
        else
            std::memcpy(&v, low.data() + k, low.size() - k);
        std::uint64_t ends = text::bytes_equal8(v, ' ') | text::bytes_equal8(v, ':');
        if (k + 8 > stop)
            ends &= (std::uint64_t{1} << (8 * (stop - k))) - 1;
        for (; ends != 0; ends &= ends - 1) {
            const std::size_t at = k + static_cast<std::size_t>(std::countr_zero(ends) / 8);
            const bool space = low[at] == ' ';
            const std::string_view rest = low.substr(at);
            // ("Lire aussi : <title>": French sets a space before the colon)
            const bool separator = !space ||
                                   (rest.size() > 1 && (rest[1] == '|' || rest[1] == '>' || rest[1] == '-' || rest[1] == ':')) ||
                                   rest.starts_with(" »") || rest.starts_with(" –");
            const bool glued = space && !first_space && !glued_ended;
            first_space = first_space && !space;
            if (!(separator && low.size() > at + 2) && !glued)
                continue;
            if (!related.has(low.substr(0, at)))
                continue;
            if (separator && low.size() > at + 2)
                return true;
            if (!orig)
                orig = text::collapse(line);
            const char last = orig->empty() ? '.' : orig->back();
            if (orig->size() != low.size() || last == '.' || last == '!' || last == '?') {
                glued_ended = true;
                continue;
            }
            if (at + 1 >= orig->size())
                continue;
            std::size_t i = at + 1;
            if (text::is_upper(text::next_cp(*orig, i)))
                return true;
        }
    }
    return false;
}

// The tests of is_boilerplate_phrase that read a line from its start each need the line's first token (up to its
// first space or colon, lower-cased) to be the first token of one of their phrases: a related-link prefix ends at a
// space or colon of the line ("lire aussi | ..."), a label glued to a title holds the line's first space ("Next
// articleFerries return"), a blog footer's label ends at one ("Posted in News"). Those tokens, gathered once in one
// table, settle most lines ("The council met on Tuesday.", "Der Rat tagte am Dienstag.") with one look-up, before
// any of the three tests is run.
enum OpeningTag : std::uint8_t {
    opens_related = 1, // related_prefixes
    opens_glued = 2,   // boilerplate, terminators and related_prefixes (see glued_label)
    opens_footer = 4,  // post_footers
    opens_action = 8,  // the words of action_labels (a word of letters and digits: the line's first word)
    opens_review = 16, // review_credits
    opens_broadcast = 32, // broadcast_notes
};

// A token of lower-case ASCII letters and digits only: the first token of a lower-cased line, when it is one, is also
// its first word (text::next_word_of_lowered's).
bool plain_word(std::string_view token) {
    for (char c : token)
        if ((c < 'a' || c > 'z') && (c < '0' || c > '9'))
            return false;
    return !token.empty();
}

// text::first_token(s), and whether its bytes are all ASCII, found in one pass.
struct FirstToken {
    std::string_view token;
    bool ascii;
};

FirstToken first_token_ascii(std::string_view s) {
    constexpr std::uint64_t tops = 0x8080808080808080ULL;
    std::uint64_t high = 0; // the top bits of the token's bytes read so far
    // Eight bytes a step, the last ones with zeros after them (as text::first_token).
    for (std::size_t i = 0; i < s.size(); i += 8) {
        const std::uint64_t v = i + 8 <= s.size() ? text::load8(s.data() + i) : text::load_short(s.data() + i, s.size() - i);
        if (const std::uint64_t stop = text::bytes_equal8(v, ' ') | text::bytes_equal8(v, ':'); stop != 0) {
            high |= v & tops & ((stop & (~stop + 1)) - 1); // (the bits below the first stop's: the bytes before it)
            return {s.substr(0, i + static_cast<std::size_t>(std::countr_zero(stop) / 8)), high == 0};
        }
        high |= v & tops;
    }
    return {s, high == 0};
}

// A character of `token` read by text::next_cp() would run past its end: a lead byte among its last three bytes
// that opens more bytes than are left. (Lower-cased alone, the token then ends in U+FFFD there; as part of its line,
// the character takes the bytes after it in, the space or colon that ended the token among them.)
bool runs_past_end(std::string_view token) {
    const std::size_t n = token.size();
    for (std::size_t k = n > 3 ? n - 3 : 0; k < n; ++k) {
        const auto lead = static_cast<unsigned char>(token[k]);
        if (lead >= 0xC0 && k + (lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2) > n)
            return true;
    }
    return false;
}

class OpeningTokens {
public:
    OpeningTokens() : table_(1024) {
        add("related_prefixes", opens_related | opens_glued);
        add("boilerplate", opens_glued);
        add("terminators", opens_glued);
        add("post_footers", opens_footer);
        add("review_credits", opens_review);
        add("broadcast_notes", opens_broadcast);
        for (const char* name : {"action_verb_words", "action_object_words", "social_network_words", "action_glue_words"})
            if (const LexiconSection* words = common_lexicon().section(name))
                for (const std::string_view w : words->entries)
                    add_token(w, opens_action);
    }
    /// The tags of a lower-cased first token, 0 when no phrase opens with it.
    std::uint8_t of_lowered(std::string_view token) const { return token.size() > longest_ ? 0 : table_.of(token); }
    /// The tags of a token as printed, lower-cased first (on the stack: a first word is short).
    std::uint8_t of(std::string_view token) const {
        // (Lower-casing never takes a code point to less than a third of its bytes: U+212A, three bytes, is "k".)
        if (token.size() > 3 * longest_)
            return 0;
        if (token.size() > most_on_stack)
            return of_lowered(text::lower(token));
        char low[3 * most_on_stack + 8]; // (the most lower_into writes for most_on_stack bytes)
        // An ASCII token (most first words) is lower-cased here, eight bytes a step (the last ones with zeros after
        // them); one with a byte from 0x80 by lower_into.
        bool ascii = true;
        for (std::size_t k = 0; k < token.size() && ascii; k += 8) {
            const std::size_t rest = token.size() - k;
            const std::uint64_t v = rest >= 8 ? text::load8(token.data() + k) : text::load_short(token.data() + k, rest);
            ascii = (v & 0x8080808080808080ULL) == 0;
            const std::uint64_t lowered = text::lower8(v);
            std::memcpy(low + k, &lowered, 8);
        }
        if (ascii)
            return of_lowered(std::string_view(low, token.size()));
        return of_lowered(std::string_view(low, text::lower_into(token, low)));
    }

private:
    static constexpr std::size_t most_on_stack = 32;
    void add(std::string_view section, unsigned tags) {
        // (The merged sections live as long as the program: the table keeps views of their entries.)
        for (const std::string_view entry : any_language_section(section).entries)
            add_token(text::first_token(entry), tags);
    }
    void add_token(std::string_view token, unsigned tags) {
        longest_ = std::max(longest_, token.size());
        table_.add(token, static_cast<std::uint8_t>(tags));
    }
    TagTable<std::uint8_t> table_;
    std::size_t longest_ = 0;
};

} // namespace

bool is_boilerplate_phrase(std::string_view line) {
    return is_boilerplate_phrase(line, text::lower(text::collapse(line)));
}

namespace {

// Whether `low` holds one of the pieces that notice_pieces() looks for in a line of fewer than 50 spaces before it
// reads the line's phrases: "affili", "afili", "provision", "commission", "comisión", "prowizj" (affiliate notices),
// "serv", "vorbehalt", "zastrze", "voorbehoud" (rights notices), "©", and with `comment` "comment", "coment",
// "komment", "komentar" (comment notices). Each piece is found by one of its bytes, all five of them rare in running
// text ("v", "z", "f", "m" and the lead byte of "©"): sixteen bytes a step are compared with those five, and only where
// one of them stands are the pieces around it compared. "Der Stadtrat tagte am Dienstag." holds none; "Alle Rechte
// vorbehalten." holds "vorbehalt". (The byte pairs of the line, BytePairs, cost several instructions a byte; most
// lines hold none of the pieces and skip them.)
bool holds_notice_piece(std::string_view low, bool comment) {
    const std::size_t n = low.size();
    // (the piece at byte `from` of the line, for a `from` that may stand before the line's start)
    auto at = [low, n](std::size_t i, std::size_t back, std::string_view piece) {
        return i >= back && i - back + piece.size() <= n && std::memcmp(low.data() + i - back, piece.data(), piece.size()) == 0;
    };
    // (the bytes next to the one found settle most places before a piece is compared: "m" after "o" only, "v"
    // after "r" or "o" or before "o", "z" before "a" or "j", "f" before "f" or "i", the lead byte before 0xA9)
    auto byte = [low, n](std::size_t i) { return i < n ? static_cast<unsigned char>(low[i]) : 0u; }; // (i - 1 of 0 is past n)
    auto found_at = [&at, &byte, comment](std::size_t i, unsigned char b) {
        switch (b) {
        case 'v':
            if (byte(i - 1) == 'r')
                return byte(i - 2) == 'e' && byte(i - 3) == 's';
            if (byte(i - 1) == 'o')
                return at(i, 3, "provision");
            return byte(i + 1) == 'o' && (at(i, 0, "vorbehalt") || at(i, 0, "voorbehoud"));
        case 'z':
            return (byte(i + 1) == 'a' && at(i, 0, "zastrze")) || (byte(i + 1) == 'j' && at(i, 5, "prowizj"));
        case 'f':
            return (byte(i + 1) == 'f' && at(i, 1, "affili")) || (byte(i + 1) == 'i' && at(i, 1, "afili"));
        case 'm':
            if (byte(i - 1) != 'o')
                return false;
            return at(i, 2, "commission") || at(i, 2, "comisi\xC3\xB3n") ||
                   (comment && (at(i, 2, "comment") || at(i, 2, "coment") || at(i, 2, "komment") || at(i, 2, "komentar")));
        default: // (0xC2)
            return byte(i + 1) == 0xA9;
        }
    };
#if defined(__SSE2__)
    const __m128i v = _mm_set1_epi8('v'), z = _mm_set1_epi8('z'), f = _mm_set1_epi8('f'), m = _mm_set1_epi8('m'),
                  c2 = _mm_set1_epi8(static_cast<char>(0xC2));
    for (std::size_t k = 0; k < n; k += 16) {
        __m128i x;
        if (k + 16 <= n) {
            x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(low.data() + k));
        } else { // (the last bytes, zeros after them: a zero is none of the five)
            alignas(16) char last[16] = {};
            std::memcpy(last, low.data() + k, n - k);
            x = _mm_load_si128(reinterpret_cast<const __m128i*>(last));
        }
        const __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, v), _mm_cmpeq_epi8(x, z)),
                                          _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, f), _mm_cmpeq_epi8(x, m)),
                                                       _mm_cmpeq_epi8(x, c2)));
        for (auto mask = static_cast<unsigned>(_mm_movemask_epi8(hits)); mask != 0; mask &= mask - 1) {
            const std::size_t i = k + static_cast<std::size_t>(std::countr_zero(mask));
            if (found_at(i, static_cast<unsigned char>(low[i])))
                return true;
        }
    }
#else
    // (one byte a step: the five bytes compared in turn)
    for (std::size_t i = 0; i < n; ++i) {
        const auto b = static_cast<unsigned char>(low[i]);
        if ((b == 'v' || b == 'z' || b == 'f' || b == 'm' || b == 0xC2) && found_at(i, b))
            return true;
    }
#endif
    return false;
}

// The phrases of is_boilerplate_phrase found by their pieces wherever they stand in a line: reading times, comment
// notices, affiliate and rights notices, copyright marks. `low` is the line lower-cased, its final marks taken off;
// `spaces` its spaces, counted up to 50; `words` its words when they are at hand (a block's), or nullptr.
bool notice_pieces(std::string_view low, std::size_t spaces, const text::Words* words) {
    // (A line of fewer than 50 spaces holding none of the pieces, and no reading time, is settled without its pairs:
    // it holds no phrase but a line opening with "copyright".)
    if (spaces < 50 && !(spaces < 6 && text::has_ascii_digit(low)) && !holds_notice_piece(low, spaces < 20))
        return low.rfind("copyright", 0) == 0;
    // (The pairs are gathered for a line of fewer than 50 spaces, where the affiliate and comment notices are looked
    // for too, their many pieces settled by the pairs; a paragraph is searched for the few pieces of the rights
    // notices alone, which costs less than the pass.)
    const BytePairs pairs(low, spaces < 50 ? low.size() : 0);
    auto holds = [&pairs](std::string_view piece) { return pairs.holds(piece); };
    // "5 min read", "Lesezeit: 3 Min.", "Temps de lecture : 4 minutes": how long the article takes to read.
    // (The phrases grouped by their first two bytes, gathered once: a line lacking the pair skips the group.)
    static const std::vector<PairGroup> reading_groups = pair_groups(any_language_section("reading_time").entries);
    if (spaces < 6 && text::has_ascii_digit(low))
        for (const PairGroup& group : reading_groups)
            if (pairs.may_hold(group.first))
                for (std::string_view phrase : group.second)
                    if (holds(phrase))
                        return true;
    // ("Lecture 3 min.", "Lectura: 4 min": the reading time's label, its figure and unit alone.)
    if (spaces < 6 && reading_time_label_line(low))
        return true;
    if (spaces < 20 && comment_login_notice(low, pairs, words))
        return true;
    // "Wir erhalten ggf. eine Provision vom Händler", "We may earn a commission from links on this page": the page's
    // notice on its affiliate links, wherever it stands in a line of a few sentences. ("Cet article contient des liens
    // affiliés", "enlaces de afiliados": the links' word in a Romance language is no "affiliate".)
    if (spaces < 50 && (holds("affili") || holds("afili") || holds("provision") || holds("commission") ||
                        holds("comisión") || holds("prowizj")))
        for (const auto& phrase : common_lexicon().list("affiliate_notices"))
            if (holds(phrase))
                return true;
    // "Some rights reserved 2017-2025 by Harbour Media", "Tous droits réservés · Le Courrier": the footer's notice
    // wherever it stands in the line.
    // Each phrase holds one of these pieces: most lines are settled by their byte pairs, without a search.
    // ("serv" is searched for by its "v": a paragraph's every "s" would stop the search.)
    if (pairs.holds("serv", 3) || holds("vorbehalt") || holds("zastrze") || holds("voorbehoud")) {
        // (A paragraph's pairs, not gathered above, are gathered once one of the pieces is there: its many "serve"
        // and "service" would otherwise have each phrase searched for, stopping at every one of its first bytes.)
        const BytePairs phrase_pairs = pairs.gathered() ? pairs : BytePairs(low, low.size());
        for (const auto& phrase : common_lexicon().list("rights_reserved"))
            if (phrase_pairs.holds(phrase))
                return true;
    }
    // "© 2025 Example Media", "Copyright 2024". A longer line needs the year of a copyright notice after its mark:
    // a paragraph may follow a picture's "© Provided by ..." or name a trademark.
    const std::size_t most_words = 25;
    if (std::size_t mark = pairs.may_hold("©") ? low.find("©") : std::string::npos; mark != std::string::npos) {
        if (tokens_up_to(low, most_words + 1) <= most_words)
            return true;
        for (; mark != std::string::npos; mark = low.find("©", mark + 1)) {
            std::size_t at = mark + std::string_view("©").size();
            while (at < low.size() && low[at] == ' ')
                ++at;
            if (at < low.size() && low[at] >= '0' && low[at] <= '9')
                return true;
        }
    }
    return low.rfind("copyright", 0) == 0;
}

// "Medizinisch geprüft von Dr. med. Eva Roth, Fachärztin für Innere Medizin", "Revisado por Dra. Ana Ruiz",
// "Konsultacja merytoryczna: adw. Jan Nowak", "Medically reviewed by Sam Lee, MD": the credit of the expert who checked
// a health, law or money page for its author (lexicon section review_credits), no author of it, nor its title or its
// text. The credit opens the line, a name follows it (a capital among its next three words, after the titles that
// degree_word() knows), and the line is short and no sentence: "Revisado por el comité, el plan fue aprobado." is one.
// (Asked only of a line whose first token opens a credit: OpeningTokens' opens_review.)
bool review_credit_line(std::string_view line, std::string_view low, std::size_t spaces) {
    static const LexiconSection& credits = any_language_section("review_credits"); // (merged once)
    const std::size_t least_spaces = 2, most_spaces = 16, most_name_words = 3;
    if (spaces < least_spaces || spaces >= most_spaces || low.empty() || line.empty() || line.back() == '.' ||
        line.back() == '!' || line.back() == '?')
        return false;
    for (const std::string_view phrase : credits.entries) {
        if (low.size() <= phrase.size() + 1 || !low.starts_with(phrase) ||
            !(low[phrase.size()] == ' ' || phrase.back() == ':'))
            continue;
        // (The line as printed from the credit's end: a lower-cased letter takes the bytes of its capital here.)
        if (line.size() <= phrase.size() || text::lower(line.substr(0, phrase.size())) != phrase)
            return false;
        const auto words = text::split_ws(line.substr(phrase.size()));
        for (std::size_t k = 0; k < words.size() && k < most_name_words; ++k) {
            if (degree_word(words[k]))
                continue;
            return text::starts_upper(words[k]);
        }
        return false;
    }
    return false;
}

// "Diffusé sur France Bleu Vallée le 7 décembre 2026 à 12h", "Ce sujet a été diffusé dans le 19.30", "Servizio
// andato in onda su Radio Lago alle 12:00", "This story aired on Valley Radio's Midday Report on December 7, 2026.",
// "As heard on Valley Radio Drive Time": a broadcaster's note on the programme that aired the story, under the byline
// (lexicon section broadcast_notes), no paragraph of its text. The note opens the line, the programme follows it (its
// next word opens with a capital or a figure, or the line holds a figure), and the line is short and one clause: no
// comma before a small word but a time's or a date's ("..., at 12:00", "..., le 7 décembre"). "This story aired on
// the evening news on Monday." and "Diffusé sur Arte dimanche, le documentaire a réuni trois millions de
// téléspectateurs." are sentences of a text.
// (Asked only of a line whose first token opens a note: OpeningTokens' opens_broadcast.)
bool broadcast_note(std::string_view line, std::string_view low, std::size_t spaces) {
    static const LexiconSection& notes = any_language_section("broadcast_notes");    // (merged once)
    static const LexiconSection& times = any_language_section("time_opening_words"); // (merged once)
    const std::size_t least_spaces = 2, most_spaces = 18;
    if (spaces < least_spaces || spaces >= most_spaces || low.empty() || line.empty())
        return false;
    for (const std::string_view phrase : notes.entries) {
        if (low.size() <= phrase.size() + 1 || !low.starts_with(phrase) || low[phrase.size()] != ' ')
            continue;
        // (The line as printed from the note's end: a lower-cased letter takes the bytes of its capital here.)
        if (line.size() <= phrase.size() || text::lower(line.substr(0, phrase.size())) != phrase)
            return false;
        const std::string_view rest = line.substr(phrase.size());
        const auto words = text::split_ws(rest);
        if (words.empty())
            return false;
        auto figure = [](std::string_view w) { return w.front() >= '0' && w.front() <= '9'; };
        if (!text::starts_upper(words.front()) && !figure(words.front()) && !text::has_ascii_digit(rest))
            return false;
        for (std::size_t k = 0; k + 1 < words.size(); ++k) {
            if (words[k].back() != ',')
                continue;
            // (", at 12:00", ", le 7 décembre 2026": a time's or a date's small word)
            const std::string_view next = words[k + 1];
            const auto first = static_cast<unsigned char>(next.front());
            if (first >= 'a' && first <= 'z' && !times.has(text::lower(next)) &&
                !(k + 2 < words.size() && figure(words[k + 2])))
                return false;
        }
        return true;
    }
    return false;
}

// "(Reporting by Jane Roe in Harbourtown; Editing by Sam Vale)", "Reporting by Jane Roe; Writing by Ann Lee; Editing
// by Sam Vale": a wire story's credit of its reporters and editors, not its text. Its pieces cut apart by semicolons
// each open with a writing or an editing credit (lexicon sections writing_credits, editing_credits), two of them at
// least or the whole in parentheses. (A credit sentence, "Jane Roe in Salem contributed to this report.", stays text:
// the gold keeps it.) `low` is the line lower-cased, its final marks and its parentheses taken off; `bracketed`
// tells whether they were there.
bool wire_credit_line(std::string_view line, std::string_view low, std::size_t spaces, bool bracketed) {
    struct Tables {
        const LexiconSection& writing = any_language_section("writing_credits");
        const LexiconSection& editing = any_language_section("editing_credits");
        std::bitset<256> fronts; // the writing credits' first bytes
        Tables() {
            for (const std::string_view phrase : writing.entries)
                if (!phrase.empty())
                    fronts.set(static_cast<unsigned char>(phrase.front()));
        }
    };
    static const Tables tables;
    const std::size_t most_spaces = 40;
    if (spaces >= most_spaces || low.empty())
        return false;
    auto opens_with = [](std::string_view piece, const LexiconSection& phrases) {
        for (const std::string_view phrase : phrases.entries)
            if (piece.size() > phrase.size() + 1 && piece.starts_with(phrase) &&
                (piece[phrase.size()] == ' ' || phrase.back() == ':'))
                return true;
        return false;
    };
    // (A line opening with the first letter of no credit is settled on its first byte.)
    if (!tables.fronts.test(static_cast<unsigned char>(low.front())))
        return false;
    // Pieces of credits, or one in parentheses.
    if (!bracketed && low.find(';') == std::string_view::npos)
        return false;
    std::size_t count = 0;
    for (std::size_t from = 0; from <= low.size();) {
        const std::size_t to = std::min(low.find(';', from), low.size());
        const std::string_view piece = text::trim(low.substr(from, to - from));
        from = to + 1;
        if (piece.empty())
            continue;
        if (!opens_with(piece, count == 0 ? tables.writing : tables.editing) &&
            !(count > 0 && opens_with(piece, tables.writing)))
            return false;
        ++count;
    }
    // ("(Additional reporting by AAP)": an agency's credit in parentheses is the text's tag.)
    const std::size_t fewest_pieces = 2;
    return (count >= fewest_pieces || (bracketed && count == 1)) && !agency_tag(line).has_value();
}

} // namespace

namespace {

// is_boilerplate_phrase() of a line, its lower-cased text and a count of its spaces: up to 50 at least (whatever
// counts more stands for 50 or more: the tests below ask whether a line has fewer than 50 spaces at most).
// `words`: a Block's lower_words() when `line` and `low` are its text and lower (`low` is then text::lower(line)
// itself, the line collapsed, so that an ASCII first token of the line is lower-cased already at the start of `low`);
// nullptr for a line.
bool boilerplate_phrase(std::string_view line, std::string_view low, std::size_t counted_spaces,
                        const text::Words* words);

} // namespace

namespace {

// "Artikel vorlesen lassen 4:12", "Écouter l'article 3:05", "Listen to article 5 min": a read-aloud player's button
// (lexicon section read_aloud_buttons) with the recording's length after it and no mark between them (the player's
// parts copied as one line): its length a clock's figure ("4:12", "1:02:30") or a figure and a minute's word
// (audio_length_words). read_aloud_with_length() reads the button with a mark before its length.
bool read_aloud_unmarked_length(const Block& b) {
    const int most_words = 8;
    if (b.words < 2 || b.words > most_words || b.urls > 0 || b.digits == 0)
        return false;
    static const LexiconSection& buttons = any_language_section("read_aloud_buttons");
    static const LexiconSection* units = common_lexicon().section("audio_length_words");
    const std::string_view low = b.lower;
    std::size_t cut = low.rfind(' ');
    if (cut == std::string_view::npos || cut == 0)
        return false;
    auto clock = [](std::string_view t) { // "4:12", "04:12", "1:02:30"
        int colons = 0;
        for (const char c : t)
            if (c == ':')
                ++colons;
            else if (!text::is_digit(static_cast<unsigned char>(c)))
                return false;
        return colons >= 1 && colons <= 2 && t.size() >= 4 && t.front() != ':' && t[t.size() - 3] == ':';
    };
    const std::string_view last = low.substr(cut + 1);
    if (!clock(last)) {
        // ("5 min", "4 Min.": a figure, then a minute's word.)
        if (units == nullptr || !units->has(last) || b.words < 3)
            return false;
        const std::size_t before = low.rfind(' ', cut - 1);
        if (before == std::string_view::npos || before == 0)
            return false;
        const std::string_view figure = low.substr(before + 1, cut - before - 1);
        for (const char c : figure)
            if (!text::is_digit(static_cast<unsigned char>(c)))
                return false;
        cut = before;
    }
    return buttons.has(low.substr(0, cut));
}

} // namespace

bool is_boilerplate_phrase(std::string_view line, std::string_view low) {
    // (A paragraph's spaces are not counted to its end.)
    return boilerplate_phrase(line, low, spaces_up_to(low, 50), nullptr);
}

bool is_boilerplate_phrase(const Block& b) {
    // One space between each two words, which lower() keeps as they are. (Taking off the final marks and the
    // parentheses below takes off no space.)
    const text::Words words = b.lower_words();
    // "Artikel zum Hören • 4 Min", "Écouter l'article · 3 min", "Listen to this article (5 min)": a read-aloud
    // player's button with the recording's length after a mark (read_aloud_with_length()), wherever the player
    // stands (between two paragraphs as well as under the date line), is the page's, no paragraph. (Asked of a short
    // line with a figure alone: the button without its length is a whole line of [boilerplate]. Not a reading time's
    // line, "By Jane Roe Feb 8, 2020 5 min read": a teaser's byline under another article's title, read where it
    // stands.)
    const int most_words = 10;
    if (b.digits > 0 && b.words <= most_words && (read_aloud_with_length(b) || read_aloud_unmarked_length(b)) &&
        !reading_time_line(b))
        return true;
    // "▶️ Leia também:", "👉 Lesen Sie auch:", "📱 Read more: <title>": a known line led by a pictograph or an arrow
    // (and the emoji form's U+FE0F) is the same line (after_heading_mark(); asked only of a line opening with a byte
    // of such a mark).
    if (!b.text.empty() && static_cast<unsigned char>(b.text.front()) >= 0xE2) {
        const std::string_view after = after_heading_mark(b.text);
        if (after.size() != b.text.size() && is_boilerplate_phrase(after))
            return true;
    }
    return boilerplate_phrase(b.text, b.lower, b.words > 0 ? static_cast<std::size_t>(b.words - 1) : 0, &words);
}

// "bild 3 von 12", "image 2 of 7", "foto 2 de 8", "zdjęcie 2 z 6", "immagine 3 di 10": a gallery's counter of its
// pictures, a line of four words: a picture's word (lexicon section
// gallery_counter_words), the picture's number, a word of "of" (gallery_count_of_words) and the gallery's count, no
// smaller. `low` is the line lower-cased.
bool gallery_counter(std::string_view low) {
    static const LexiconSection* pictures = common_lexicon().section("gallery_counter_words"); // (looked up once)
    static const LexiconSection* ofs = common_lexicon().section("gallery_count_of_words");
    if (pictures == nullptr || ofs == nullptr || !text::has_ascii_digit(low))
        return false;
    const std::vector<std::string_view> w = text::split_ws(low);
    auto number = [](std::string_view t, int& value) {
        if (t.empty() || t.size() > 3)
            return false;
        value = 0;
        for (const char c : t) {
            if (c < '0' || c > '9')
                return false;
            value = value * 10 + (c - '0');
        }
        return value > 0;
    };
    int at = 0, of = 0;
    return w.size() == 4 && number(w[1], at) && number(w[3], of) && at <= of && ofs->has(w[2]) &&
           pictures->has(w[0]);
}

namespace {

// "Fortsetzung Seite 4", "Suite de la page 7", "Continued on page 12", "Segue a pagina 2": a newspaper's jump to or
// from the page where its article goes on, printed between the paragraphs of a PDF's or an e-paper's text: a phrase of
// the lexicon section page_jumps and a page's number (up to three digits), nothing else. `low` is the line lower-cased,
// its final marks taken off. ("Continued on page 4 of the report, the figures ..." is a sentence: more after the
// number.)
bool page_jump(std::string_view low) {
    if (low.empty() || !text::is_digit(static_cast<unsigned char>(low.back())))
        return false;
    const std::size_t space = low.rfind(' ');
    const std::size_t most_digits = 3;
    if (space == std::string_view::npos || low.size() - space - 1 > most_digits)
        return false;
    for (std::size_t k = space + 1; k < low.size(); ++k)
        if (!text::is_digit(static_cast<unsigned char>(low[k])))
            return false;
    static const LexiconSection& jumps = any_language_section("page_jumps"); // (merged once)
    return jumps.has(low.substr(0, space));
}

} // namespace

bool page_jump_line(std::string_view line) {
    // (Most lines end in no digit, or are longer than any jump: settled without lower-casing them.)
    const std::size_t longest = 60;
    if (line.empty() || line.size() > longest || !text::is_digit(static_cast<unsigned char>(line.back())) ||
        line.find(' ') == std::string_view::npos)
        return false;
    return page_jump(text::lower(line));
}

namespace {

// "Why you can trust Harbour News", "Pourquoi faire confiance à Ouest-Journal", "Warum Sie uns vertrauen können": the
// link to the page on the site's standards, printed over or under the article: three to ten words opening with a
// phrase of the lexicon section trust_link_openers, holding a word of trust (trust_words), no question mark, and
// closed by the site's name (a last word in capitals) or by one word at most after the phrase ("Why you can trust
// us"). (`low` is the line lower-cased, its final marks taken off.) "Why trust matters to voters" opens with no such
// phrase; "Why you can trust the new vaccine" names no site; a question is a heading of the text.
bool trust_link(std::string_view line, std::string_view low, std::size_t spaces) {
    const std::size_t least_spaces = 2, most_spaces = 9;
    if (spaces < least_spaces || spaces > most_spaces)
        return false;
    static const LexiconSection& openers = any_language_section("trust_link_openers"); // (merged once)
    static const LexiconSection& trust = any_language_section("trust_words");
    const std::size_t opener = opens_with_entry(openers, low);
    if (opener == 0 || low.find('?') != std::string_view::npos)
        return false;
    const std::string_view rest = text::trim(low.substr(opener));
    const std::string_view printed = text::trim(line);
    const std::size_t last_space = printed.rfind(' ');
    if (rest.find(' ') != std::string_view::npos &&
        (last_space == std::string_view::npos || !text::starts_upper(printed.substr(last_space + 1))))
        return false;
    std::size_t at = 0;
    for (std::string_view w = text::next_word_of_lowered(low, at); !w.empty(); w = text::next_word_of_lowered(low, at))
        if (trust.has(w))
            return true;
    return false;
}

bool boilerplate_phrase(std::string_view line, std::string_view low, std::size_t counted_spaces,
                        const text::Words* words) {
    const bool whole = words != nullptr;
    const std::string_view whole_low = low; // (before its final marks and parentheses are taken off)
    while (!low.empty() && (low.back() == ':' || low.back() == '.' || low.back() == '!'))
        low.remove_suffix(1);
    // "(Anzeige)", "(Alle Angaben ohne Gewähr)": a known line in parentheses is the same line.
    if (low.size() > 2 && low.front() == '(' && low.back() == ')' && low.find('(', 1) == std::string::npos)
        low = low.substr(1, low.size() - 2);
    if (low.empty())
        return false;
    const bool bracketed = low.size() + 2 <= whole_low.size() && low.data() > whole_low.data() && low.data()[-1] == '(';
    // (Each language's sections, merged once and never changed, and the tables made of them: looked up once, not for
    // every line. One object: the static's guard is asked once a line, not once for each of them.)
    struct Tables {
        const LexiconSection& boilerplate = any_language_section("boilerplate");
        const LexiconSection& related = any_language_section("related_prefixes");
        const LexiconSection& skip_links = any_language_section("skip_links");
        const LexiconSection& read_aloud = any_language_section("read_aloud_buttons");
        const OpeningTokens openings;
        // (The links by their first byte: a line is compared with those opening with its own first byte.)
        const std::bitset<257> skip_fronts = first_bytes(skip_links.entries);
        const std::array<std::vector<std::string_view>, 256> skip_by_front = by_first_byte(skip_links.entries);
    };
    static const Tables tables;
    const LexiconSection& related = tables.related;
    const OpeningTokens& openings = tables.openings;
    if (tables.boilerplate.has(low))
        return true;
    // "本文为某某原创，未经授权不得转载。", "標籤：北都 土地", "（本報記者）": the notices around a CJK page's text
    // (cjk_notice_line(); a western line is turned away by its first byte).
    if (cjk_notice_line(line))
        return true;
    // (A site's trust link opens with a few known words: its first byte settles most lines, trust_link().)
    if (trust_link(line, low, counted_spaces))
        return true;
    // "Artikel zum Hören", "Escuchar noticia", "Artikel voorlezen": a read-aloud player's button alone (lexicon section
    // read_aloud_buttons, of a few words), wherever the player stands: between two paragraphs as well as under the
    // date line (where classify_lede.cpp reading_aid() reads it), never a heading of the text under it.
    const std::size_t most_button_spaces = 4;
    if (counted_spaces <= most_button_spaces && tables.read_aloud.has(low))
        return true;
    const std::size_t spaces = std::min<std::size_t>(counted_spaces, 50);
    // (`low` may have lost an opening parenthesis: the line's own first token is looked up for the tests that read
    // the line as printed.)
    // An ASCII first token of a block's text is lower-cased byte for byte and ends where its lower-cased copy ends,
    // at the start of `low` as a whole: when `low` kept its start, its first token is that copy, cut where `low` ends
    // (its final marks taken off), found without a second pass.
    const FirstToken line_first = first_token_ascii(line);
    const std::string_view low_token = whole && line_first.ascii && low.data() == whole_low.data()
                                           ? low.substr(0, std::min(line_first.token.size(), low.size()))
                                           : text::first_token(low);
    const std::uint8_t opens_low = openings.of_lowered(low_token);
    const std::uint8_t opens_line = [&] {
        // The line's first token is looked up once more only when `low` lost its start or its final marks (a
        // paragraph's first token is most often the same as `low`'s, and its lower-cased copy is at hand).
        const std::string_view token = line_first.token;
        if (!whole || (!line_first.ascii && runs_past_end(token)))
            return openings.of(token);
        // (A block's lower is text::lower(line), which lowers a character at a time and writes no space or colon for
        // a character from U+0080: the first token lowered is its first token, not lowered again.)
        const std::string_view lowered = line_first.ascii ? whole_low.substr(0, token.size()) : text::first_token(whole_low);
        return lowered.data() == low_token.data() && lowered.size() == low_token.size() ? opens_low
                                                                                        : openings.of_lowered(lowered);
    }();
    if (((opens_low & opens_related) != 0 && related_prefix(line, low, related)) ||
        ((opens_line & opens_glued) != 0 && glued_label(line)) || (low.back() == ')' && form_field_label(low)))
        return true;
    // "Skip to contentSkip to navigation", "Zum Inhalt springen Zur Hauptnavigation springen": the links for
    // screen readers that open a page, often glued together.
    // (A block's text is collapsed, trimmed already: trimmed again only for a line.)
    const std::string_view raw = whole ? line : text::trim(line);
    if (spaces < 12 && !raw.empty() && raw.back() != '.' && raw.back() != '?') {
        if (tables.skip_fronts.test(256))
            return true; // (an empty link opens every line)
        for (std::string_view prefix : tables.skip_by_front[static_cast<unsigned char>(low.front())])
            if (low.starts_with(prefix))
                return true;
    }
    if ((opens_line & opens_footer) != 0 && post_footer(line))
        return true;
    if (wire_credit_line(line, low, spaces, bracketed))
        return true;
    if ((opens_low & opens_review) != 0 && review_credit_line(line, low, spaces))
        return true;
    if ((opens_low & opens_broadcast) != 0 && broadcast_note(line, low, spaces))
        return true;
    if (spaces == 3 && gallery_counter(low))
        return true;
    const std::size_t most_jump_spaces = 5;
    if (spaces >= 2 && spaces <= most_jump_spaces && page_jump(low))
        return true;
    // "Hier findest du günstige Unterkünfte in Lissabon*", "Check prices for the hotel here*", "Voir les offres*": a
    // link of a few words whose last word carries the star a footer explains ("* Affiliate-Link"), an advertiser's
    // link, no heading nor sentence of the text. (The star right after a letter, no stop before it, and the line's
    // only star: "*Ab Montag* Neue Aktion *Test*" is emphasis.)
    const std::size_t most_link_spaces = 14;
    if (spaces >= 1 && spaces <= most_link_spaces && raw.size() >= 2 && raw.back() == '*' &&
        raw.find('*') == raw.size() - 1 &&
        (text::is_letter(static_cast<unsigned char>(raw[raw.size() - 2])) ||
         static_cast<unsigned char>(raw[raw.size() - 2]) >= 0x80))
        return true;
    // (The marks and parentheses taken off `low` are ASCII bytes of no word, cut from the valid UTF-8 that lower()
    // writes: its words are the block's.)
    // (A line whose first word is none of action_labels' opens no row of buttons.)
    if (spaces < action_labels_most_words && raw.back() != '.' && raw.back() != '?' &&
        ((opens_low & opens_action) != 0 || !plain_word(low_token)) && action_labels(low, words))
        return true;
    return notice_pieces(low, spaces, words);
}

} // namespace

bool post_footer(std::string_view line) {
    // "Dieser Beitrag wurde veröffentlicht in Garten und verschlagwortet mit ...", "Posted in News | Tagged ...",
    // "Publié dans Société": a blog's line of categories and tags under the post, however long its list. Only the
    // line's start is lower-cased.
    static const LexiconSection& footers = any_language_section("post_footers"); // merged once, never changed
    if (footers.entries.empty())
        return false;
    // (The labels' first bytes, gathered once: a line opening with an ASCII byte none of them opens with is settled
    // before its start is lower-cased.)
    static const std::bitset<257> fronts = first_bytes(footers.entries);
    if (!line.empty() && !fronts.test(256)) {
        auto first = static_cast<unsigned char>(line.front());
        if (first < 0x80 && !fronts.test(first >= 'A' && first <= 'Z' ? first - 'A' + 'a' : first))
            return false;
    }
    std::string_view start = line.substr(0, std::min(line.size(), footers.longest + 1));
    // (The labels' first words, up to a space or a colon, gathered once: a line whose first word is ASCII and opens
    // no label is settled before its start is lower-cased, whatever follows that word.)
    static const StringSet first_words = [] {
        StringSet set;
        for (const std::string_view label : footers.entries)
            set.insert(std::string(label.substr(0, label.find_first_of(" :"))));
        return set;
    }();
    static const WordSketch first_word_sketch = [] { // (most first words stop at their bit, without hashing)
        WordSketch sketch;
        for (const std::string& w : first_words)
            sketch.add(w);
        return sketch;
    }();
    std::size_t end = 0;
    while (end < start.size() && start[end] != ' ' && start[end] != ':' && static_cast<unsigned char>(start[end]) < 0x80)
        ++end;
    if (end == start.size())
        return false; // no label ends in the start
    if (start[end] == ' ' || start[end] == ':') {
        char word[48];
        if (end <= sizeof word) {
            for (std::size_t k = 0; k < end; ++k)
                word[k] = start[k] >= 'A' && start[k] <= 'Z' ? static_cast<char>(start[k] + 32) : start[k];
            const std::string_view w(word, end);
            if (!first_word_sketch.may_have(w) || first_words.find(w) == first_words.end())
                return false;
        }
    }
    const text::LowerCased lowered(start); // (a short start on the stack)
    const std::string_view head = lowered.view();
    // "Publicado en 1998, el libro...": a sentence may open with the few words of a short label ("publicado en",
    // "posted in"); a line of categories is no sentence.
    char last = line.empty() ? ' ' : line.back();
    bool sentence = last == '.' || last == '!' || last == '?';
    int words = 1;
    for (std::size_t at = text::find_byte_of(head, " :"); at != std::string::npos;
         at = text::find_byte_of(head, " :", at + 1)) {
        if (footers.has(head.substr(0, at)) && line.size() > at + 2 && (words >= 4 || !sentence))
            return true;
        words += head[at] == ' ';
    }
    return false;
}

// "Jetzt kostenlos anmelden »", "Learn more ›", "Weitere Fragen und Antworten >", "← Previous: Ferries return to the
// pier", "« Articles plus anciens": a link or a button, its arrow (lexicon sections next_link_marks, back_link_marks)
// after its last word or before its first, a few words at most. The same marks around a quote ("Les « quais » du
// port", "‹Hafen› ist das Wort") open and close it in the line: such a line is no link.
bool arrow_link(std::string_view line) {
    if (line.size() < 3)
        return false;
    // (Most lines open with a letter and end with a letter or a stop: settled by two bytes.)
    const auto first = static_cast<unsigned char>(line.front()), last = static_cast<unsigned char>(line.back());
    const bool may_end = last == '>' || last >= 0x80, may_open = first == '<' || first >= 0x80;
    const std::size_t most_spaces = 14;
    if ((!may_end && !may_open) || spaces_up_to(line, most_spaces + 1) > most_spaces)
        return false;
    static const LexiconSection* next = common_lexicon().section("next_link_marks");
    static const LexiconSection* back = common_lexicon().section("back_link_marks");
    if (next == nullptr || back == nullptr)
        return false;
    // The link's words: no stop closing them ("Wir sehen uns. »", the last line of a quote), a letter opening them
    // after a mark ("< 5 km", a figure, is none) or one among them before a mark.
    auto letter = [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0xC3;
    };
    auto worded = [&letter](std::string_view s, bool after_mark) {
        if (s.empty() || s.back() == '.' || s.back() == '!' || s.back() == '?' || s.back() == ',' || s.back() == ';')
            return false;
        return after_mark ? letter(s.front()) : std::any_of(s.begin(), s.end(), letter);
    };
    auto holds_any = [](std::string_view s, std::initializer_list<std::string_view> marks) {
        return std::any_of(marks.begin(), marks.end(), [s](std::string_view m) { return s.find(m) != std::string_view::npos; });
    };
    if (may_end)
        if (const std::size_t space = line.rfind(' '); space != std::string_view::npos && space > 0 &&
                                                         next->has(line.substr(space + 1))) {
            const std::string_view words = line.substr(0, space);
            if (!holds_any(words, {"\xC2\xAB", "\xE2\x80\xB9", "<"}))
                return worded(words, false);
        }
    if (may_open)
        if (const std::size_t space = line.find(' '); space != std::string_view::npos && back->has(line.substr(0, space))) {
            const std::string_view words = line.substr(space + 1);
            if (!holds_any(words, {"\xC2\xBB", "\xE2\x80\xBA", ">"}))
                return worded(words, true);
        }
    return false;
}

// "How to pack for the islands | Harbour TV", "Profil | Jane Roe", "El puerto reabre sus muelles | VIDEO": the title of
// another page (a video, a profile, a teaser) printed with its site's name or its label after a bar, or its label before
// it, as the page it leads to titles itself. One bar between two short parts, no stop closing the line; a line of
// several bars is a menu or a table's row, a sentence cut by a bar is text.
bool barred_title(std::string_view line) {
    const std::size_t bar = line.find(" | ");
    if (bar == std::string_view::npos || bar == 0 || bar + 3 >= line.size() ||
        line.find(" | ", bar + 3) != std::string_view::npos)
        return false;
    const char end = line.back();
    if (end == '.' || end == '!' || end == '?' || end == ':' || end == ',' || end == ';')
        return false;
    const auto first = static_cast<unsigned char>(line.front());
    if (first == '^' || first == '[' || first == '(')
        return false;
    const std::size_t most_part = 10, most_spaces = 15; // (the bar's two spaces counted)
    return spaces_up_to(line.substr(0, bar), most_part) < most_part &&
           spaces_up_to(line.substr(bar + 3), most_part) < most_part && spaces_up_to(line, most_spaces + 1) <= most_spaces;
}

} // namespace archive
