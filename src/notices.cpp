// Boilerplate lines and notices of the classify stage: the site's known phrases (menus, share and related-link
// labels glued to titles, form fields, button rows, rights and affiliate notices), blog footers, and the notices a
// page prints around an article (cookie and privacy consents, subscription and donation prompts, licences, update
// notes). Block quality is in quality.cpp, the shapes of lines in lines.cpp.
#include "classify.hpp"

#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <bitset>
#include <cstdint>
#include <cstring>
#include <optional>

namespace archive {

namespace {

// The pairs of adjacent bytes of a line, in 1024 bits (five low bits of each byte): a piece holding a pair that the
// line lacks is not in the line. One pass over a line settles most of the many searches for the pieces of notices.
class BytePairs {
public:
    /// The pairs of `s`; none gathered (every piece may be there) for a line longer than `most` bytes, whose searches
    /// cost less than the pass (memchr steps through long lines many bytes at once).
    BytePairs(std::string_view s, std::size_t most) : line_(s), all_(s.size() > most) {
        if (all_ || s.empty())
            return;
        // (The previous byte's row is kept from one step to the next: a shift and an or a byte, the bytes loaded
        // eight at a time.)
        std::size_t prev = low5(s[0]);
        std::size_t k = 1;
        for (; k + 8 <= s.size(); k += 8) {
            // (The five low bits of the eight bytes taken at once, each byte then read from memory.)
            std::array<unsigned char, 8> cur;
            const std::uint64_t v = text::load8(s.data() + k) & 0x1F1F1F1F1F1F1F1FULL;
            std::memcpy(cur.data(), &v, 8);
            for (unsigned char c : cur) {
                rows_[prev] |= std::uint32_t{1} << c;
                prev = c;
            }
        }
        for (; k < s.size(); ++k) {
            const std::size_t cur = low5(s[k]);
            rows_[prev] |= std::uint32_t{1} << cur;
            prev = cur;
        }
    }
    /// `piece` may be in the line; false when it surely is not.
    bool may_hold(std::string_view piece) const {
        if (all_)
            return true;
        for (std::size_t k = 1; k < piece.size(); ++k)
            if ((rows_[low5(piece[k - 1])] >> low5(piece[k]) & 1) == 0)
                return false;
        return true;
    }
    /// `piece` is in the line: searched for only when its pairs are all there.
    bool holds(std::string_view piece) const {
        return may_hold(piece) && line_.find(piece) != std::string_view::npos;
    }

private:
    static std::size_t low5(char c) { return static_cast<unsigned char>(c) & 31; }
    std::string_view line_;
    std::array<std::uint32_t, 32> rows_{}; // bit b of row a: a pair whose bytes' five low bits are a and b
    bool all_;
};

// How many tokens of text::split_ws(s) there are, counted up to `most` (the rest is not read) without keeping them.
std::size_t tokens_up_to(std::string_view s, std::size_t most) {
    std::size_t n = 0, i = 0;
    while (n < most && !text::next_token(s, i).empty())
        ++n;
    return n;
}

// Entries that open with the same two bytes (or fewer, for a shorter entry), in the order their first one is met.
using PairGroup = std::pair<std::string_view, std::vector<std::string_view>>;

std::vector<PairGroup> pair_groups(const std::vector<std::string>& entries) {
    std::vector<PairGroup> groups;
    for (const std::string& e : entries) {
        const std::string_view head = std::string_view(e).substr(0, 2);
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
// en Telegram": a row of share buttons, a verb and two networks or more, may run longer.
bool action_labels(std::string_view low) {
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
                for (const std::string& w : section->entries)
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
    // lower-cased: its words are read in place.)
    int verb = 0, thing = 0, network = 0;
    std::size_t n = 0, i = 0;
    for (std::string_view w = text::next_word_of_lowered(low, i); n <= most_in_share_row && !w.empty();
         w = text::next_word_of_lowered(low, i), ++n) {
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
// a comment form's notice, a word of commenting and one of an account in a short line.
bool comment_login_notice(std::string_view low, const BytePairs& pairs) {
    auto holds = [&pairs](std::string_view piece) { return pairs.holds(piece); };
    if (!holds("comment") && !holds("coment") && !holds("komment") && !holds("komentar"))
        return false;
    const LexiconSection* comment = common_lexicon().section("comment_action_words");
    const LexiconSection* account = common_lexicon().section("account_words");
    if (comment == nullptr || account == nullptr)
        return false;
    auto words = text::words_lower(low);
    return std::any_of(words.begin(), words.end(), [comment](const std::string& w) { return comment->has(w); }) &&
           std::any_of(words.begin(), words.end(), [account](const std::string& w) { return account->has(w); });
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
            const bool separator = !space || (rest.size() > 1 && (rest[1] == '|' || rest[1] == '>' || rest[1] == '-')) ||
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
};

// A token of lower-case ASCII letters and digits only: the first token of a lower-cased line, when it is one, is also
// its first word (text::next_word_of_lowered's).
bool plain_word(std::string_view token) {
    for (char c : token)
        if ((c < 'a' || c > 'z') && (c < '0' || c > '9'))
            return false;
    return !token.empty();
}

class OpeningTokens {
public:
    OpeningTokens() : table_(1024) {
        add("related_prefixes", opens_related | opens_glued);
        add("boilerplate", opens_glued);
        add("terminators", opens_glued);
        add("post_footers", opens_footer);
        for (const char* name : {"action_verb_words", "action_object_words", "social_network_words", "action_glue_words"})
            if (const LexiconSection* words = common_lexicon().section(name))
                for (const std::string& w : words->entries)
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
        for (const std::string& entry : any_language_section(section).entries)
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

// The phrases of is_boilerplate_phrase found by their pieces wherever they stand in a line: reading times, comment
// notices, affiliate and rights notices, copyright marks. `low` is the line lower-cased, its final marks taken off;
// `spaces` its spaces, counted up to 50.
bool notice_pieces(std::string_view low, std::size_t spaces) {
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
    if (spaces < 20 && comment_login_notice(low, pairs))
        return true;
    // "Wir erhalten ggf. eine Provision vom Händler", "We may earn a commission from links on this page": the page's
    // notice on its affiliate links, wherever it stands in a line of a few sentences.
    if (spaces < 50 &&
        (holds("affiliate") || holds("provision") || holds("commission") || holds("comisión") || holds("prowizj")))
        for (const auto& phrase : common_lexicon().list("affiliate_notices"))
            if (holds(phrase))
                return true;
    // "Some rights reserved 2017-2025 by Harbour Media", "Tous droits réservés · Le Courrier": the footer's notice
    // wherever it stands in the line.
    // Each phrase holds one of these pieces: most lines are settled by their byte pairs, without a search.
    if (holds("serv") || holds("vorbehalt") || holds("zastrze") || holds("voorbehoud"))
        for (const auto& phrase : common_lexicon().list("rights_reserved"))
            if (holds(phrase))
                return true;
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

} // namespace

namespace {

// is_boilerplate_phrase() of a line, its lower-cased text and a count of its spaces: up to 50 at least (whatever
// counts more stands for 50 or more: the tests below ask whether a line has fewer than 50 spaces at most).
bool boilerplate_phrase(std::string_view line, std::string_view low, std::size_t counted_spaces);

} // namespace

bool is_boilerplate_phrase(std::string_view line, std::string_view low) {
    // (A paragraph's spaces are not counted to its end.)
    return boilerplate_phrase(line, low, spaces_up_to(low, 50));
}

bool is_boilerplate_phrase(const Block& b) {
    // One space between each two words, which lower() keeps as they are. (Taking off the final marks and the
    // parentheses below takes off no space.)
    return boilerplate_phrase(b.text, b.lower, b.words > 0 ? static_cast<std::size_t>(b.words - 1) : 0);
}

namespace {

bool boilerplate_phrase(std::string_view line, std::string_view low, std::size_t counted_spaces) {
    while (!low.empty() && (low.back() == ':' || low.back() == '.' || low.back() == '!'))
        low.remove_suffix(1);
    // "(Anzeige)", "(Alle Angaben ohne Gewähr)": a known line in parentheses is the same line.
    if (low.size() > 2 && low.front() == '(' && low.back() == ')' && low.find('(', 1) == std::string::npos)
        low = low.substr(1, low.size() - 2);
    if (low.empty())
        return false;
    // (Each language's sections, merged once and never changed: looked up once, not for every line.)
    static const LexiconSection& boilerplate = any_language_section("boilerplate");
    static const LexiconSection& related = any_language_section("related_prefixes");
    static const LexiconSection& skip_links = any_language_section("skip_links");
    if (boilerplate.has(low))
        return true;
    const std::size_t spaces = std::min<std::size_t>(counted_spaces, 50);
    // (`low` may have lost an opening parenthesis: the line's own first token is looked up for the tests that read
    // the line as printed.)
    static const OpeningTokens openings;
    const std::string_view low_token = text::first_token(low);
    const std::uint8_t opens_low = openings.of_lowered(low_token);
    const std::uint8_t opens_line = openings.of(text::first_token(line));
    if (((opens_low & opens_related) != 0 && related_prefix(line, low, related)) ||
        ((opens_line & opens_glued) != 0 && glued_label(line)) || (low.back() == ')' && form_field_label(low)))
        return true;
    // "Skip to contentSkip to navigation", "Zum Inhalt springen Zur Hauptnavigation springen": the links for
    // screen readers that open a page, often glued together.
    std::string_view raw = text::trim(line);
    // (The links by their first byte, gathered once: a line is compared with those opening with its own first byte.)
    static const std::bitset<257> skip_fronts = first_bytes(skip_links.entries);
    static const std::array<std::vector<std::string_view>, 256> skip_by_front = by_first_byte(skip_links.entries);
    if (spaces < 12 && !raw.empty() && raw.back() != '.' && raw.back() != '?') {
        if (skip_fronts.test(256))
            return true; // (an empty link opens every line)
        for (std::string_view prefix : skip_by_front[static_cast<unsigned char>(low.front())])
            if (low.starts_with(prefix))
                return true;
    }
    if ((opens_line & opens_footer) != 0 && post_footer(line))
        return true;
    // (A line whose first word is none of action_labels' opens no row of buttons.)
    if (spaces < action_labels_most_words && raw.back() != '.' && raw.back() != '?' &&
        ((opens_low & opens_action) != 0 || !plain_word(low_token)) && action_labels(low))
        return true;
    return notice_pieces(low, spaces);
}


struct NoticeWords {
    int key = 0, context = 0, words = 0;
};

// How many of the line's words carry each tag (a word may carry several).
struct TagCounts {
    int words = 0;
    std::array<int, notice_tag_kinds> of{}; // by bit: of[k] counts the words tagged 1 << k
    int count(NoticeTag t) const { return of[static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(t)))]; }
};

TagCounts count_tags(const std::vector<std::string>& words) {
    TagCounts n;
    n.words = static_cast<int>(words.size());
    for (const auto& w : words)
        for (unsigned t = notice_tags_of(w); t != 0; t &= t - 1)
            ++n.of[static_cast<std::size_t>(std::countr_zero(t))];
    return n;
}

// count_tags() of a block's words, counted by segment() with its stopwords.
TagCounts count_tags(const Block& b) {
    TagCounts n;
    n.words = static_cast<int>(b.lower_words.size());
    std::copy(b.notice_tags.begin(), b.notice_tags.end(), n.of.begin());
    return n;
}

// "Wer den Film abspielt, akzeptiert die Datenschutzerklärung von Hafentube.", "By sending the form you agree to our
// privacy policy.", "Die Hinweise zur Privatsphäre habe ich gelesen, ich stimme zu.": a form's or an
// embedded post's consent to the privacy statement, which it names together with a verb of consent. (An article on
// privacy names the statement or the verb among many other words, rarely both in a sentence of a few dozen words.)
// Each privacy phrase holds one of these pieces: most lines are settled by a few searches.
constexpr std::array<std::string_view, 8> privacy_pieces = {"priva",           "prywatn",         "datenschutz",
                                                            "personenbezogen", "externe inhalte", "confidential",
                                                            "personnelles",    "personales"};

// "Hiermit stimme ich der Datenschutzerklärung des Vereins zu. Die Daten werden ... (and eighty words more)": a
// form's consent goes on to tell what is stored and how to withdraw it, past the length of a sentence of an
// article. Such a long line is a notice when its short first sentence is the consent itself.
bool opens_with_privacy_consent(std::string_view low, const std::vector<std::string>& phrases,
                                const LexiconSection& verbs) {
    std::size_t end = low.size();
    for (std::string_view stop : {". ", "! ", "? "})
        end = std::min(end, low.find(stop));
    const std::string_view first = low.substr(0, end);
    if (end == low.size() || tokens_up_to(first, 31) > 30)
        return false;
    if (std::none_of(phrases.begin(), phrases.end(),
                     [first](const std::string& ph) { return first.find(ph) != std::string_view::npos; }))
        return false;
    const std::vector<std::string> first_words = text::words_of_lowered(first);
    return std::any_of(first_words.begin(), first_words.end(), [&verbs](const std::string& w) { return verbs.has(w); });
}

bool privacy_consent(std::string_view low, const std::vector<std::string>& words) {
    bool piece = false;
    for (std::string_view p : privacy_pieces)
        piece = piece || low.find(p) != std::string::npos;
    if (!piece)
        return false;
    static const LexiconSection* verbs = common_lexicon().section("privacy_consent_words");
    static const auto& phrases = common_lexicon().list("privacy_phrases");
    if (verbs == nullptr || std::none_of(phrases.begin(), phrases.end(), [&low](const std::string& ph) {
            return low.find(ph) != std::string::npos;
        }))
        return false;
    if (tokens_up_to(low, 61) > 60)
        return opens_with_privacy_consent(low, phrases, *verbs);
    return std::any_of(words.begin(), words.end(), [](const std::string& w) { return verbs->has(w); });
}

// The pieces one of which every consent notice holds (the cookie words, the privacy pieces), by their first two
// bytes: one pass over a line turns most lines away, where a search for each piece costs a call per piece.
class NoticePieces {
public:
    explicit NoticePieces(const LexiconSection* cookie_words) {
        groups_.emplace_back(); // 0: no piece opens with the byte
        auto add = [this](std::string_view p) {
            if (p.empty()) {
                always_ = true;
                return;
            }
            auto first = static_cast<unsigned char>(p[0]);
            if (group_of_[first] == 0) {
                group_of_[first] = static_cast<std::uint16_t>(groups_.size());
                groups_.emplace_back();
            }
            Group& g = groups_[group_of_[first]];
            if (p.size() == 1)
                g.second.set();
            else
                g.second.set(static_cast<unsigned char>(p[1]));
            g.pieces.emplace_back(p);
        };
        if (cookie_words != nullptr)
            for (const std::string& c : cookie_words->entries)
                add(c);
        for (std::string_view p : privacy_pieces)
            add(p);
    }
    bool in(std::string_view low) const {
        if (always_)
            return true;
        for (std::size_t i = 0; i < low.size(); ++i) {
            std::uint16_t g = group_of_[static_cast<unsigned char>(low[i])];
            if (g == 0)
                continue;
            const Group& group = groups_[g];
            if (i + 1 < low.size() && !group.second.test(static_cast<unsigned char>(low[i + 1])))
                continue;
            const std::string_view rest = low.substr(i);
            for (const std::string& p : group.pieces)
                if (rest.starts_with(p))
                    return true;
        }
        return false;
    }

private:
    struct Group {
        std::bitset<256> second; // the second bytes of the pieces
        std::vector<std::string> pieces;
    };
    std::vector<Group> groups_;
    std::array<std::uint16_t, 256> group_of_{};
    bool always_ = false;
};

// is_consent_notice() of a line lower-cased, its text::words_lower() words and their count_tags().
bool consent_notice(std::string_view low, const std::vector<std::string>& words, const TagCounts& n) {
    static const NoticePieces pieces(common_lexicon().section("consent_words"));
    // "We use cookies to improve your experience..." / "Ce site utilise des cookies afin de..."
    // (The common lexicon is built once: its sections are looked up once, not for every line.)
    static const LexiconSection* cookie_words = common_lexicon().section("consent_words");
    static const LexiconSection* context_words = common_lexicon().section("consent_context_words");
    if (cookie_words == nullptr || context_words == nullptr)
        return false;
    auto cookie_in_line = [&] {
        return std::any_of(cookie_words->entries.begin(), cookie_words->entries.end(),
                           [&low](const std::string& c) { return low.find(c) != std::string::npos; });
    };
    // A paragraph of an article about tracking names cookies too, but among many other words: a banner
    // packs them, one in twenty words at least.
    const int key = n.count(cookie_word), context = n.count(consent_context);
    // (The words are looked up first: a line without a cookie word is a consent only with a verb of consent, and
    // most lines have neither.)
    if (key > 0 && cookie_in_line())
        return context >= 1 && (key + context) * 20 >= n.words;
    if (key == 0 && n.count(privacy_verb) == 0)
        return false;
    if (!pieces.in(low))
        return false;
    // Every word is a piece of the lower-cased line: no cookie word there, no cookie word among the words.
    if (!cookie_in_line())
        return privacy_consent(low, words);
    return key > 0 && context >= 1 && (key + context) * 20 >= n.words;
}

} // namespace

bool is_consent_notice(const Block& b) {
    return consent_notice(b.lower, b.lower_words, count_tags(b));
}

bool is_consent_notice(std::string_view line) {
    const std::string low = text::lower(line);
    const auto words = text::words_lower(low);
    return consent_notice(low, words, count_tags(words));
}

namespace {

// The prompt's key words ("newsletter", "abonnieren", "don") and context words ("free", "jetzt", "gratuit") among
// a line's text::words_lower() words, whose count_tags() are `tags`.
std::optional<NoticeWords> promo_words_of(const std::vector<std::string>& words, const TagCounts& tags) {
    // (The common lexicon is built once: its sections are looked up once, not for every line.)
    static const LexiconSection* promo_words = common_lexicon().section("promo_words");
    static const LexiconSection* context_words = common_lexicon().section("promo_context_words");
    static const LexiconSection* phrases = common_lexicon().section("promo_phrases");
    if (promo_words == nullptr || context_words == nullptr)
        return std::nullopt;
    NoticeWords n{tags.count(promo_word), tags.count(promo_context), tags.words};
    // "Ihr Beitrag hilft, unsere Arbeit weiterhin kostenlos anzubieten.", "Cancela cuando quieras.": an appeal for
    // support or a subscription's terms in a phrase of common words, each of which counts as a key word. Only lines
    // with another prompt word are searched, from the words that open a phrase.
    if (phrases != nullptr && n.key + n.context > 0 && n.words <= 60 && tags.count(promo_phrase_start) > 0) {
        for (std::size_t i = 0; i < words.size(); ++i) {
            if ((notice_tags_of(words[i]) & promo_phrase_start) == 0)
                continue;
            for (const auto& p : phrases->phrases_from(words[i]))
                if (i + p.words.size() <= words.size() &&
                    std::equal(p.words.begin(), p.words.end(), words.begin() + static_cast<std::ptrdiff_t>(i))) {
                    n.key += static_cast<int>(p.words.size());
                    break;
                }
        }
    }
    return n;
}

// is_promo_notice() of a line's text::words_lower() words and their count_tags().
bool promo_notice(const std::vector<std::string>& words, const TagCounts& tags) {
    // "Sign up for our free weekly newsletter", "Jetzt kostenlos abonnieren und nichts mehr verpassen!",
    // "Soutenez un journalisme indépendant : faites un don": the page asks for an address, a subscription or money.
    // An article about newsletters or donations names them among many other words: a prompt packs them, one word
    // in six at least, and is a sentence or two (a longer line is settled before its words are looked up).
    if (words.size() > 60)
        return false;
    auto n = promo_words_of(words, tags);
    return n && n->key > 0 && n->context >= 1 && (n->key + n->context) * 6 >= n->words && n->words <= 60;
}

} // namespace

bool is_promo_notice(const Block& b) {
    return b.lower_words.size() <= 60 && promo_notice(b.lower_words, count_tags(b));
}

bool is_promo_notice(std::string_view line) {
    const auto words = text::words_lower(line);
    return words.size() <= 60 && promo_notice(words, count_tags(words));
}

bool is_consent_or_promo_notice(const Block& b, bool promo) {
    const TagCounts tags = count_tags(b);
    return consent_notice(b.lower, b.lower_words, tags) ||
           (promo && b.lower_words.size() <= 60 && promo_notice(b.lower_words, tags));
}

// "Update, July 3, 8:05AM: Added the harbour master's reply." / "Nachtrag (12.5.): Der Rat hat zugestimmt.": a note on
// a change to the article, an update word, a colon within its first words, then a sentence of three words or more.
bool update_note(std::string_view line) {
    line = text::trim(line);
    auto colon = line.find(':');
    if (colon == std::string_view::npos || colon > 60 || line.back() != '.')
        return false;
    if (tokens_up_to(line.substr(colon + 1), 3) < 3)
        return false;
    std::string low = text::lower(line.substr(0, colon));
    for (const auto& word : common_lexicon().list("update_notes")) {
        if (low.rfind(word, 0) == 0 &&
            (low.size() == word.size() || !text::is_letter(static_cast<unsigned char>(low[word.size()]))))
            return true;
    }
    return false;
}

namespace {
// closing_notice() of a line's first 61 text::words_lower() words (all of them when it has fewer), the line ending in
// `last`.
bool closing_prompt(const std::vector<std::string>& words, char last) {
    auto n = promo_words_of(words, count_tags(words));
    if (!n || n->words > 60 || n->key + n->context < 2)
        return false;
    bool call = last == '!';
    if (n->key > 0)
        return (n->key + n->context) * 12 >= n->words;
    return (n->context >= 3 || call) && n->context * 6 >= n->words;
}
} // namespace

bool closing_notice(std::string_view line) {
    // "Lust auf mehr? Die besten Storys jede Woche in deinem Posteingang.", "Already a subscriber? Log in for
    // immediate access.": after the article's last paragraph, a key word and another word of a prompt are enough,
    // one word in twelve (within the article a sentence needs more of them, see is_promo_notice). Without a key
    // word, a prompt packs context words: three ("Sign up for a free account to get the latest news"), or two in a
    // call ending in "!" ("Jetzt einfach hier klicken und registrieren!"); "The report is due next month, the
    // council said today." has two.
    // (A line of more than 60 words is no prompt: its 61st word settles it, the rest is not read.)
    std::string_view t = text::trim(line);
    return closing_prompt(text::words_lower(line, 61), t.empty() ? ' ' : t.back());
}

bool closing_notice(const Block& b) {
    // (A line of more than 60 words is no prompt; the block's text is trimmed already.)
    return b.lower_words.size() <= 60 && closing_prompt(b.lower_words, b.text.empty() ? ' ' : b.text.back());
}

namespace {
// `phrase` in `low` as whole words: "content" is not read in "discontent".
bool whole_words_at(std::string_view low, std::string_view phrase) {
    auto letter = [](char c) {
        auto u = static_cast<unsigned char>(c);
        return u >= 0x80 || std::isalnum(u) != 0;
    };
    for (std::size_t at = low.find(phrase); at != std::string_view::npos; at = low.find(phrase, at + 1)) {
        std::size_t end = at + phrase.size();
        if ((at == 0 || !letter(low[at - 1])) && (end == low.size() || !letter(low[end])))
            return true;
    }
    return false;
}

// license_notice() of a line and its text::lower(text::collapse(line)).
bool license_notice_of(std::string_view line, std::string_view low) {
    // "All texts on this blog are licensed under a Creative Commons license.", "Die Inhalte dieser Website stehen
    // unter einer Creative-Commons-Lizenz.": the site's license under its pages. A license and what it covers: the
    // site, its texts ("The library is licensed under the MIT license." tells about software, not the page).
    const std::size_t most_words = 60;
    if (tokens_up_to(line, most_words + 1) > most_words)
        return false;
    // (The line's byte pairs settle most phrases without a search: a line of 60 words is gathered in one pass.)
    const BytePairs pairs(low, low.size());
    auto names = [&](const LexiconSection& section) {
        return std::any_of(section.entries.begin(), section.entries.end(), [&](const std::string& phrase) {
            return pairs.may_hold(phrase) && whole_words_at(low, phrase);
        });
    };
    // (Each language's sections, merged once and never changed: looked up once, not for every line.)
    static const LexiconSection& phrases = any_language_section("license_phrases");
    static const LexiconSection& subjects = any_language_section("license_subjects");
    return names(phrases) && names(subjects);
}
} // namespace

bool license_notice(std::string_view line) {
    return license_notice_of(line, text::lower(text::collapse(line)));
}

bool license_notice(const Block& b) {
    return license_notice_of(b.text, b.lower); // (a block's text is collapsed already)
}

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
        for (const std::string& label : footers.entries)
            set.insert(label.substr(0, label.find_first_of(" :")));
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

} // namespace archive
