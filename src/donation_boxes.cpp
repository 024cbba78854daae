// A charity's story asks for a gift between two of its parts: a box of amounts, each over what it pays for, and the
// box's button. The story goes on under it ("... the water committee. / £25 / could pay for a spare parts kit / £60 /
// could train a pump mechanic / Donate today / The challenge ahead / <text>"): the box weighs nothing for or against
// the region (region.cpp) and leaves the body (drop_donation_boxes()).
#include "donation_boxes.hpp"

#include "closing_arrows.hpp"
#include "lexicon.hpp"
#include "text.hpp"

#include <string_view>

namespace archive {

namespace {

// "£25", "$50", "€10", "25 €", "1,000 kr": an amount alone on its line, a currency's sign or code (lexicon section
// currency_mark_words) and a figure.
bool amount_line(const Block& b) {
    static const LexiconSection* marks = common_lexicon().section("currency_mark_words"); // (looked up once)
    const std::size_t most_bytes = 16;
    const std::string_view s = text::trim(b.lower);
    if (marks == nullptr || b.digits == 0 || s.size() > most_bytes)
        return false;
    // (The line without its figures, separators and spaces is the mark.)
    std::string mark;
    bool figure = false;
    for (char c : s) {
        if (c >= '0' && c <= '9')
            figure = true;
        else if (c != ' ' && c != '.' && c != ',' && c != '\'')
            mark += c;
    }
    return figure && !mark.empty() && marks->has(mark);
}

// "could pay for a spare parts kit", "kann ein Ersatzteil-Set bezahlen", "peut financer une formation": what an amount
// pays for, opening with a verb of the lexicon section amount_effect_words, three to twenty words, no heading.
bool effect_line(const Block& b) {
    static const LexiconSection& effects = any_language_section("amount_effect_words"); // (merged once)
    const int least_words = 3, most_words = 20;
    if (b.words < least_words || b.words > most_words)
        return false;
    const text::Words words = b.lower_words();
    return !words.empty() && effects.has(words[0]);
}

// "Donate today", "Jetzt spenden", "Je donne": the box's button, the whole line (a closing arrow aside) an entry of
// the lexicon section appeal_buttons.
bool donate_button(const Block& b) {
    static const LexiconSection& buttons = any_language_section("appeal_buttons"); // (merged once)
    const int most_words = 4;
    return b.words > 0 && b.words <= most_words && buttons.has(without_closing_arrow(b.lower));
}

} // namespace

std::size_t donation_box_end(const Page& p, std::size_t k) {
    const std::size_t least_pairs = 2;
    const std::vector<Block>& blocks = p.blocks;
    const std::size_t n = blocks.size();
    std::size_t j = k, pairs = 0;
    while (j + 1 < n && amount_line(blocks[j]) && effect_line(blocks[j + 1])) {
        ++pairs;
        j += 2;
    }
    return pairs >= least_pairs && j < n && donate_button(blocks[j]) ? j : 0;
}

std::size_t above_donation_box(const Page& p, std::size_t at) {
    const std::size_t least_lines = 5, most_pairs = 8; // (two amounts and the button, at least)
    if (at < least_lines || p.role[at - 1] != Role::boilerplate || !donate_button(p.blocks[at - 1]))
        return at;
    for (std::size_t top = at - least_lines;; top -= 2) {
        if (p.role[top] == Role::boilerplate && donation_box_end(p, top) == at - 1)
            return top;
        if (top < 2 || at - 1 - top >= 2 * most_pairs)
            return at;
    }
}

void drop_donation_boxes(Page& p, std::size_t rs, std::size_t re) {
    for (std::size_t k = rs; k <= re && k < p.blocks.size(); ++k)
        if (p.role[k] == Role::none && p.blocks[k].digits > 0)
            if (const std::size_t end = donation_box_end(p, k); end != 0) {
                for (std::size_t j = k; j <= end; ++j)
                    p.role[j] = Role::boilerplate;
                k = end;
            }
}

} // namespace archive
